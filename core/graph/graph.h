// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/pod_array.h"

namespace ps {

/// Index of a node inside a Graph. Nodes are shared by reference: the same NodeId reached
/// through two paths (memo GET) is the same Python object, never a copy.
using NodeId = uint32_t;
inline constexpr NodeId kNoNode = UINT32_MAX;

/// What a node is, as the symbolic unpickler built it (before recognisers interpret it).
enum class Kind : uint8_t {
    None,
    Bool,      ///< v.i is 0 or 1
    Int,       ///< fits int64: v.i
    BigInt,    ///< arbitrary size: bigint(id) = little-endian two's complement bytes
    Float,     ///< v.f
    Str,       ///< UTF-8 (WTF-8 for lone surrogates) in text(id)
    Bytes,     ///< raw bytes in text(id)
    ByteArray, ///< raw bytes in text(id)
    Py2String, ///< STRING/BINSTRING/SHORT_BINSTRING: raw bytes, decoded by the reader's encoding
    Tuple,     ///< items(id)
    List,      ///< items(id)
    Dict,      ///< items(id) = key0, value0, key1, value1, ... in insertion order
    Set,       ///< items(id)
    FrozenSet, ///< items(id)
    Global,    ///< a reference to module.qualname — never imported: global(id)
    Call,      ///< callable(*args) from REDUCE: object(id)
    Instance,  ///< cls.__new__ / cls(*args) from NEWOBJ, NEWOBJ_EX, INST, OBJ: object(id)
    PersId,    ///< persistent id: object(id).args holds the pid node
    Ext,       ///< extension code (copyreg registry): v.i is the code
    Buffer,    ///< out-of-band buffer (NEXT_BUFFER), v.i = buffer index; flags & ReadOnly
    Unknown,   ///< a value the reader could not build (e.g. after an error); kept for display
};

/// Node flags.
enum NodeFlag : uint8_t {
    FlagReadOnly = 1,    ///< READONLY_BUFFER applied
    FlagMemoized = 2,    ///< stored in the memo at least once
    FlagShared = 4,      ///< reached from more than one place (set by Graph::computeSharing)
    FlagFromStack = 8,   ///< Global built by STACK_GLOBAL (operands from the stack)
    FlagDotted = 16,     ///< Global whose qualname contains a dot
    FlagIncomplete = 32, ///< container/object still being filled when the stream ended
    FlagComputed = 64    ///< Global whose STACK_GLOBAL operands were computed (not literal str)
};

/// The payload of REDUCE / NEWOBJ / NEWOBJ_EX / INST / OBJ nodes and everything the stream
/// later did to the object (BUILD states, APPEND(S), SETITEM(S), ADDITEMS on a non-builtin).
struct ObjectData
{
    enum class Origin : uint8_t { Reduce, NewObj, NewObjEx, Inst, Obj, PersId };
    Origin origin = Origin::Reduce;
    NodeId callable = kNoNode;     ///< REDUCE callable, or the class for NEWOBJ/INST/OBJ
    NodeId args = kNoNode;         ///< argument tuple (may be kNoNode for INST/OBJ with no args)
    NodeId kwargs = kNoNode;       ///< NEWOBJ_EX keyword dict
    std::vector<NodeId> states;    ///< BUILD states, in order
    std::vector<NodeId> listItems; ///< APPEND/APPENDS on this object (e.g. deque, custom list)
    std::vector<NodeId> dictItems; ///< SETITEM(S) on this object: key, value, key, value, ...
    std::vector<NodeId> setItems;  ///< ADDITEMS on this object
};

/// A global reference: module and (possibly dotted) qualified name, exactly as in the file.
struct GlobalData
{
    std::string module;
    std::string name;
    /// For FlagComputed globals: the operand nodes (call results that may yield a str at load
    /// time); module/name then read "?".
    NodeId moduleNode = kNoNode;
    NodeId nameNode = kNoNode;
    std::string full() const { return module + "." + name; }
};

/// One node of the object graph, as a value: Graph::node() assembles it from the packed
/// storage (8 to 16 bytes per node, see Graph). The stream index is 32-bit because a file may
/// hold more than 65,536 pickles (Limits::maxPickles).
struct Node
{
    Kind kind = Kind::None;
    uint8_t flags = 0;
    uint32_t stream = 0; ///< index of the stream (pickle) that produced the node
    uint32_t aux = 0;    ///< index into the side table of its kind (items, text, object, ...)
    uint64_t begin = 0;  ///< first byte (stream offset) of the opcode that created the node
    uint64_t end = 0;    ///< one past the last byte of the last opcode that changed it
    union
    {
        int64_t i;
        double f;
    } v{0};
};

/// The items of a container that may not be there: tested like a pointer, read like a span
/// (`if (t && t->size() == 2) use((*t)[0])`).
class OptionalItems
{
public:
    OptionalItems() = default;
    OptionalItems(std::nullptr_t) {}
    explicit OptionalItems(std::span<const NodeId> items)
        : m_items(items)
        , m_present(true)
    {}
    explicit operator bool() const { return m_present; }
    const std::span<const NodeId> &operator*() const { return m_items; }
    const std::span<const NodeId> *operator->() const { return &m_items; }

private:
    std::span<const NodeId> m_items;
    bool m_present = false;
};

/// Arena of nodes plus side tables. Owns everything that is not a view into the input.
///
/// A pickle of small objects holds one node per few bytes of file, so a node's size is what
/// the graph costs (SECURITY.md's memory bound, issue 13's "half of Python's memory"). Each node
/// has a 64-bit head and a 64-bit payload:
///   head:    kind (5 bits) | flags (7) | extent code (8) | begin (44 bits: 16 TiB)
///   payload: the value of None/Bool/Int/Float/Ext/Buffer/Unknown nodes, whose extent
///            (end - begin) is the head's code when below 255; for every other kind the index
///            into its side table (low 32 bits) and the extent (high 32 bits).
/// Heads are one array. Payloads are stored only where the file cannot give them back: a
/// node the unpickler made from one opcode (NONE, NEWTRUE, BININT1, BINFLOAT, SHORT_BINUNICODE,
/// ...) in a stream whose base is set has its payload decoded again from those bytes when
/// read, which is most of the leaves of an object-dense file. A bit per node says which nodes
/// have a stored payload, and the stored payloads before every block of 64 nodes are counted,
/// so finding one is a popcount. A file-backed node whose payload changes later moves to a
/// small map. Extents that do not fit live in a small map too. The stream of a node comes from a
/// table of runs (nodes are created stream after stream). Container items live in one pool: a
/// container is a range of it, relocated to the pool's end when it grows past its capacity.
class Graph
{
public:
    Graph();

    // --- creation (used by the unpickler and recognisers) ---
    NodeId addNode(Kind kind, uint32_t stream, uint64_t begin, uint64_t end);
    NodeId addInt(int64_t value, uint32_t stream, uint64_t begin, uint64_t end);
    NodeId addFloat(double value, uint32_t stream, uint64_t begin, uint64_t end);
    NodeId addBool(bool value, uint32_t stream, uint64_t begin, uint64_t end);
    /// Str/Bytes/ByteArray/Py2String whose bytes are a view into the input (not copied).
    NodeId addTextView(Kind kind, std::span<const uint8_t> bytes, uint32_t stream, uint64_t begin,
                       uint64_t end);
    /// Str/Bytes/... whose bytes had to be decoded (escapes, UTF-8 conversions): owned copy.
    NodeId addTextOwned(Kind kind, std::string bytes, uint32_t stream, uint64_t begin,
                        uint64_t end);
    NodeId addBigInt(std::vector<uint8_t> twosComplementLE, uint32_t stream, uint64_t begin,
                     uint64_t end);
    NodeId addContainer(Kind kind, std::span<const NodeId> items, uint32_t stream, uint64_t begin,
                        uint64_t end);
    NodeId addGlobal(std::string module, std::string name, uint32_t stream, uint64_t begin,
                     uint64_t end);
    NodeId addObject(Kind kind, ObjectData data, uint32_t stream, uint64_t begin, uint64_t end);

    /// addInt / addFloat / addBool / addNode(None) inline, for the unpickler's hot loop: `bits`
    /// is the payload (the int64, the double's bits, 0 or 1) of a kind without side table.
    [[gnu::always_inline]] NodeId addValue(Kind kind, uint64_t bits, uint32_t stream,
                                           uint64_t begin, uint64_t end)
    {
        if (shortValue(stream, begin, end)) [[likely]] {
            const NodeId id = pushHead(valueHead(kind, begin, end));
            pushPayload(id, bits);
            return id;
        }
        const NodeId id = addNode(kind, stream, begin, end);
        m_payload.back() = bits;
        return id;
    }
    /// addValue for a node made from exactly one NONE, NEWTRUE, NEWFALSE, BININT1, BININT2,
    /// BININT or BINFLOAT opcode at [begin, end) of a stream whose base is set: `bits` is what
    /// those bytes decode to, so the payload is not stored (the unpickler's hot loop).
    [[gnu::always_inline]] NodeId addValueFromFile(Kind kind, uint64_t bits, uint32_t stream,
                                                   uint64_t begin, uint64_t end)
    {
        if (!shortValue(stream, begin, end)) [[unlikely]]
            return addValue(kind, bits, stream, begin, end);
        const NodeId id = pushHead(valueHead(kind, begin, end));
        assert(payloadFromFile(id) == bits);
        return id;
    }

    /// addTextView for the argument of one SHORT_BINUNICODE, BINUNICODE, SHORT_BINBYTES or
    /// BINBYTES opcode at [begin, end), after its `header` bytes (opcode and length field), in
    /// a stream whose base is set: the unpickler's hot loop, which knows this without comparing
    /// pointers. `header` is 2 or 5, `end - begin` < 2^32 - 1. A text of at most 126 bytes has
    /// no stored payload: the head's extent code holds its length and header.
    [[gnu::always_inline]] NodeId addInlineText(Kind kind, uint32_t header, uint32_t stream,
                                                uint64_t begin, uint64_t end)
    {
        if (const uint64_t length = end - begin - header;
            end >= begin + header && length <= kShortTextMax && sameRunShortNode(stream, begin))
            [[likely]] {
            const uint64_t code = length << 1 | (header == 5 ? 1 : 0);
            const NodeId id = pushHead(static_cast<uint64_t>(kind) | code << kExtentShift
                                       | begin << kBeginShift);
            assert(payloadFromFile(id) == ((end - begin) << 32 | kInlineText | header));
            return id;
        }
        return addAuxNode(kind, kInlineText | header, stream, begin, end);
    }
    /// addContainer(kind, {}, ...) inline.
    [[gnu::always_inline]] NodeId addEmptyContainer(Kind kind, uint32_t stream, uint64_t begin,
                                                    uint64_t end)
    {
        const auto index = static_cast<uint32_t>(m_ranges.size());
        m_ranges.push_back({m_pool.size(), 0, 0});
        return addAuxNode(kind, index, stream, begin, end);
    }
    /// touch(id, begin(id), end) for a container: its range now reaches `end`.
    [[gnu::always_inline]] void extendEnd(NodeId id, uint64_t end)
    {
        uint64_t &payload = storedPayload(id);
        const uint64_t b = begin(id);
        const uint64_t extent = payload >> 32;
        if (extent != kExtentInMap && end > b && end - b < kExtentInMap) [[likely]] {
            if (end - b > extent)
                payload = (payload & 0xffffffffu) | (end - b) << 32;
            return;
        }
        touch(id, b, end);
    }

    /// Where a stream's offsets start (the first base given wins): a text whose bytes are its own
    /// opcode's argument is then found from the node's range alone, with no entry in the text
    /// table.
    void setStreamBase(uint32_t stream, const uint8_t *base);
    const uint8_t *streamBase(uint32_t stream) const
    {
        return stream < m_streamBases.size() ? m_streamBases[stream] : nullptr;
    }

    /// Kept for callers that know the input size; the arrays grow without copying anyway.
    void reserveForInput(uint64_t bytes);

    // --- access ---
    size_t size() const { return m_head.size(); }
    /// The node as a value (assembled from the packed storage).
    Node node(NodeId id) const;
    Kind kind(NodeId id) const { return static_cast<Kind>(m_head[id] & kKindMask); }
    uint8_t flags(NodeId id) const
    {
        return static_cast<uint8_t>((m_head[id] >> kFlagsShift) & 0x7f);
    }
    uint64_t begin(NodeId id) const { return m_head[id] >> kBeginShift; }
    uint64_t end(NodeId id) const;
    uint32_t stream(NodeId id) const;
    int64_t intValue(NodeId id) const { return static_cast<int64_t>(payload(id)); }

    void addFlags(NodeId id, uint8_t flags);
    /// Sets the value of an Int/Bool/Ext/Buffer node.
    void setIntValue(NodeId id, int64_t value) { setPayload(id, static_cast<uint64_t>(value)); }

    /// Items of Tuple/List/Dict/Set/FrozenSet (Dict: key, value interleaved). The span stays
    /// valid until the graph's items change.
    std::span<const NodeId> items(NodeId id) const
    {
        const ItemRange &r = m_ranges[aux(id)];
        return {m_pool.data() + r.offset, r.size};
    }
    /// Makes room for `count` more items at the end of a container and returns them to be
    /// filled (valid until the next change of any container).
    std::span<NodeId> appendItems(NodeId id, size_t count)
    {
        ItemRange &r = m_ranges[aux(id)];
        const size_t needed = size_t(r.size) + count;
        if (needed > r.capacity)
            relocate(r, std::max<size_t>(needed, size_t(r.capacity) * 2));
        NodeId *first = m_pool.data() + r.offset + r.size;
        r.size = static_cast<uint32_t>(needed);
        return {first, count};
    }
    void appendItem(NodeId id, NodeId item) { appendItems(id, 1)[0] = item; }
    void setItem(NodeId id, size_t index, NodeId item);
    /// Replaces `remove` items at `position` by `insert`.
    void spliceItems(NodeId id, size_t position, size_t remove, std::span<const NodeId> insert);
    bool isContainer(NodeId id) const;

    /// Bytes of Str (UTF-8), Bytes, ByteArray, Py2String.
    std::span<const uint8_t> bytes(NodeId id) const;
    std::string_view text(NodeId id) const;

    const std::vector<uint8_t> &bigint(NodeId id) const { return m_bigints[aux(id)]; }
    const GlobalData &global(NodeId id) const { return m_globals[aux(id)]; }
    GlobalData &mutableGlobal(NodeId id) { return m_globals[aux(id)]; }
    const ObjectData &object(NodeId id) const { return m_objects[aux(id)]; }
    ObjectData &object(NodeId id) { return m_objects[aux(id)]; }
    bool isObject(NodeId id) const
    {
        const Kind k = kind(id);
        return k == Kind::Call || k == Kind::Instance || k == Kind::PersId;
    }

    /// For Call/Instance: the Global node of the callable/class, or kNoNode when it is not a
    /// plain global (e.g. a computed callable).
    NodeId calleeGlobal(NodeId id) const;
    /// "module.name" of calleeGlobal, or empty.
    std::string calleeName(NodeId id) const;
    /// The last BUILD state of an object, or kNoNode.
    NodeId lastState(NodeId id) const;

    /// Extend a node's byte range to cover [begin, end).
    void touch(NodeId id, uint64_t begin, uint64_t end);

    /// Mark nodes reachable from more than one parent (FlagShared). Iterative.
    void computeSharing(std::span<const NodeId> roots);

    /// Approximate heap memory used by the graph (for benchmarks and limits).
    size_t memoryUsage() const;

    /// Keep a buffer alive as long as the graph (e.g. decompressed streams that views point into).
    void retain(std::shared_ptr<const void> owner) { m_retained.push_back(std::move(owner)); }

private:
    static constexpr uint64_t kKindMask = 0x1f;
    static constexpr unsigned kFlagsShift = 5;
    static constexpr unsigned kExtentShift = 12;
    static constexpr uint64_t kExtentInHead = 0xff; ///< head code: extent in m_longExtents
    static constexpr unsigned kBeginShift = 20;
    static constexpr uint64_t kMaxBegin = (uint64_t(1) << 44) - 1;
    static constexpr uint32_t kExtentInMap = UINT32_MAX; ///< payload: extent in m_longExtents
    /// Text aux: the bytes are the last (extent - header) bytes of the node's own range in its
    /// stream; the low 8 bits hold the header (opcode byte and length field).
    static constexpr uint32_t kInlineText = 0x80000000u;
    /// addInlineText: the longest text whose length and header fit the head's extent code.
    static constexpr uint64_t kShortTextMax = 126;

    struct TextRef
    {
        const uint8_t *data = nullptr;
        uint64_t size = 0;
    };
    struct ItemRange
    {
        uint64_t offset = 0;
        uint32_t size = 0;
        uint32_t capacity = 0;
    };
    struct StreamRun
    {
        NodeId first = 0;
        uint32_t stream = 0;
    };

    /// Kinds whose payload is a side-table index (and whose extent sits beside it).
    static bool hasAux(Kind k)
    {
        constexpr uint32_t valueKinds = 1u << unsigned(Kind::None) | 1u << unsigned(Kind::Bool)
                                        | 1u << unsigned(Kind::Int) | 1u << unsigned(Kind::Float)
                                        | 1u << unsigned(Kind::Ext) | 1u << unsigned(Kind::Buffer)
                                        | 1u << unsigned(Kind::Unknown);
        return !((valueKinds >> unsigned(k)) & 1u);
    }
    uint32_t aux(NodeId id) const { return static_cast<uint32_t>(payload(id)); }

    /// A value node whose extent fits the head's code, in the last stream run.
    [[gnu::always_inline]] bool shortValue(uint32_t stream, uint64_t begin, uint64_t end) const
    {
        return end >= begin && end - begin < kExtentInHead && sameRunShortNode(stream, begin);
    }
    static uint64_t valueHead(Kind kind, uint64_t begin, uint64_t end)
    {
        return static_cast<uint64_t>(kind) | (end - begin) << kExtentShift | begin << kBeginShift;
    }
    /// Appends a node's head; its payload, if stored, follows with pushPayload.
    [[gnu::always_inline]] NodeId pushHead(uint64_t head)
    {
        const auto id = static_cast<NodeId>(m_head.size());
        if ((id & 63) == 0) [[unlikely]] {
            m_storedBits.push_back(0);
            m_storedBefore.push_back(static_cast<uint32_t>(m_payload.size()));
        }
        m_head.push_back(head);
        return id;
    }
    /// Stores the payload of the node just appended.
    [[gnu::always_inline]] void pushPayload(NodeId id, uint64_t payload)
    {
        m_storedBits.back() |= uint64_t(1) << (id & 63);
        m_payload.push_back(payload);
    }
    /// The stored payload of a node, or nullptr for one whose payload comes from the file.
    const uint64_t *storedSlot(NodeId id) const
    {
        const uint64_t word = m_storedBits[id >> 6];
        const uint64_t bit = uint64_t(1) << (id & 63);
        if (!(word & bit))
            return nullptr;
        return &m_payload[m_storedBefore[id >> 6] + bitCount(word & (bit - 1))];
    }
    /// std::popcount without the POPCNT instruction (not in the x86-64 baseline) is a library
    /// call; these few operations inline.
    static uint32_t bitCount(uint64_t x)
    {
        x -= (x >> 1) & 0x5555555555555555u;
        x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
        x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fu;
        return static_cast<uint32_t>((x * 0x0101010101010101u) >> 56);
    }
    /// The payload of a node that has one stored (containers, objects, side-table texts).
    uint64_t &storedPayload(NodeId id) { return *const_cast<uint64_t *>(storedSlot(id)); }
    uint64_t payload(NodeId id) const
    {
        if (const uint64_t *slot = storedSlot(id)) [[likely]]
            return *slot;
        return payloadFromFile(id);
    }
    /// The payload of a node the file gives back: from the map once changed, else decoded
    /// again from its opcode.
    uint64_t payloadFromFile(NodeId id) const;
    void setPayload(NodeId id, uint64_t payload);
    /// addNode's common case: the node continues the last stream run and its begin fits.
    bool sameRunShortNode(uint32_t stream, uint64_t begin) const
    {
        return begin <= kMaxBegin && m_head.size() < kNoNode && !m_streamRuns.empty()
               && m_streamRuns.back().stream == stream;
    }
    [[gnu::always_inline]] NodeId addAuxNode(Kind kind, uint32_t aux, uint32_t stream,
                                             uint64_t begin, uint64_t end)
    {
        if (const uint64_t extent = end - begin;
            end >= begin && extent < kExtentInMap && sameRunShortNode(stream, begin)) [[likely]] {
            const NodeId id = pushHead(static_cast<uint64_t>(kind) | begin << kBeginShift);
            pushPayload(id, extent << 32 | aux);
            return id;
        }
        const NodeId id = addNode(kind, stream, begin, end);
        m_payload.back() |= aux;
        return id;
    }
    void setExtent(NodeId id, uint64_t extent);
    /// Gives a container `capacity` slots at the end of the pool (moving its items there).
    void relocate(ItemRange &r, size_t capacity);

    PodArray<uint64_t> m_head;
    PodArray<uint64_t> m_payload;      ///< stored payloads, in node order
    PodArray<uint64_t> m_storedBits;   ///< bit (id % 64) of word (id / 64): payload stored
    PodArray<uint32_t> m_storedBefore; ///< per 64 nodes: stored payloads before them
    std::unordered_map<NodeId, uint64_t> m_changedFromFile; ///< file-backed payloads changed
    std::vector<StreamRun> m_streamRuns;
    std::vector<const uint8_t *> m_streamBases;
    std::unordered_map<NodeId, uint64_t> m_longExtents;
    PodArray<NodeId> m_pool;
    PodArray<ItemRange> m_ranges;
    PodArray<TextRef> m_texts;
    std::vector<std::unique_ptr<std::string>> m_ownedTexts;
    std::vector<std::vector<uint8_t>> m_bigints;
    std::vector<GlobalData> m_globals;
    std::vector<ObjectData> m_objects;
    std::vector<std::shared_ptr<const void>> m_retained;
};

} // namespace ps
