// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

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

/// One node of the object graph. Compact (40 bytes): variable data lives in side tables. The
/// stream index is 32-bit because a file may hold more than 65,536 pickles (Limits::maxPickles).
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
static_assert(sizeof(Node) == 40, "Node is meant to stay compact");

/// Arena of nodes plus side tables. Owns everything that is not a view into the input.
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
    NodeId addContainer(Kind kind, std::vector<NodeId> items, uint32_t stream, uint64_t begin,
                        uint64_t end);
    NodeId addGlobal(std::string module, std::string name, uint32_t stream, uint64_t begin,
                     uint64_t end);
    NodeId addObject(Kind kind, ObjectData data, uint32_t stream, uint64_t begin, uint64_t end);

    /// Makes room for the nodes a pickle of `bytes` bytes usually builds (one per 4 bytes at most,
    /// capped), so that reading does not copy the node arrays as they grow. Memory reserved
    /// but never written costs address space, not resident memory. A hint: never fails.
    void reserveForInput(uint64_t bytes);

    // --- access ---
    size_t size() const { return m_nodes.size(); }
    const Node &node(NodeId id) const { return m_nodes[id]; }
    Node &node(NodeId id) { return m_nodes[id]; }
    Kind kind(NodeId id) const { return m_nodes[id].kind; }

    /// Items of Tuple/List/Dict/Set/FrozenSet (Dict: key, value interleaved).
    const std::vector<NodeId> &items(NodeId id) const { return m_containers[m_nodes[id].aux]; }
    std::vector<NodeId> &items(NodeId id) { return m_containers[m_nodes[id].aux]; }
    bool isContainer(NodeId id) const;

    /// Bytes of Str (UTF-8), Bytes, ByteArray, Py2String.
    std::span<const uint8_t> bytes(NodeId id) const;
    std::string_view text(NodeId id) const;

    const std::vector<uint8_t> &bigint(NodeId id) const { return m_bigints[m_nodes[id].aux]; }
    const GlobalData &global(NodeId id) const { return m_globals[m_nodes[id].aux]; }
    GlobalData &mutableGlobal(NodeId id) { return m_globals[m_nodes[id].aux]; }
    const ObjectData &object(NodeId id) const { return m_objects[m_nodes[id].aux]; }
    ObjectData &object(NodeId id) { return m_objects[m_nodes[id].aux]; }
    bool isObject(NodeId id) const
    {
        const Kind k = m_nodes[id].kind;
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
    struct TextRef
    {
        const uint8_t *data = nullptr;
        uint64_t size = 0;
    };

    std::vector<Node> m_nodes;
    std::vector<std::vector<NodeId>> m_containers;
    std::vector<TextRef> m_texts;
    std::vector<std::unique_ptr<std::string>> m_ownedTexts;
    std::vector<std::vector<uint8_t>> m_bigints;
    std::vector<GlobalData> m_globals;
    std::vector<ObjectData> m_objects;
    std::vector<std::shared_ptr<const void>> m_retained;
};

} // namespace ps
