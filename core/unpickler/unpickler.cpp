// SPDX-License-Identifier: MIT
#include "unpickler/unpickler.h"

#include "array/dtype_decode.h"
#include "graph/pod_array.h"
#include "opcodes/opcode_reader.h"
#include "util/byte_order.h"

#include <algorithm>
#include <cstring>
#include <new>
#include <optional>
#include <unordered_map>

namespace ps {
namespace {

/// A stack slot: the node and the offset of the opcode that pushed it (so a node built from
/// slots knows the first byte that produced it).
struct Slot
{
    NodeId node;
    uint64_t start;
};

constexpr uint64_t kProgressInterval = 1u << 16;

/// The memo: a flat table for the dense indices pickles use (MEMOIZE numbers entries 0, 1, 2,
/// ...; BINPUT counts up), a hash map for indices far beyond the entries stored. The table never
/// grows past a constant factor of the entries it holds, whatever indices a file names.
class Memo
{
public:
    size_t size() const { return m_count; }

    std::optional<NodeId> find(uint64_t index) const
    {
        if (index < m_dense.size()) {
            if (m_dense[index] == 0)
                return std::nullopt;
            return m_dense[index] - 1;
        }
        const auto it = m_sparse.find(index);
        if (it == m_sparse.end())
            return std::nullopt;
        return it->second;
    }

    void put(uint64_t index, NodeId node)
    {
        if (index < m_dense.size()) {
            m_count += m_dense[index] == 0;
            m_dense[index] = node + 1;
            return;
        }
        if (index >= 4 * (m_count + 1) + 4096) [[unlikely]] {
            m_count += m_sparse.insert_or_assign(index, node).second;
            return;
        }
        // The table grows entry by entry (MEMOIZE appends), so its pages are faulted in ahead
        // like any PodArray's. Room past a PodArray's size is fresh anonymous memory, all zero,
        // as long as nothing was written there (the memo never shrinks): skipped indices read
        // empty without being filled.
        if (index > m_dense.size())
            m_dense.extend(index - m_dense.size());
        m_dense.push_back(node + 1);
        ++m_count;
        if (!m_sparse.empty()) [[unlikely]]
            takeCovered();
    }

private:
    /// Entries the table now covers move over from the hash map.
    void takeCovered()
    {
        for (auto it = m_sparse.begin(); it != m_sparse.end();) {
            if (it->first < m_dense.size()) {
                NodeId &slot = m_dense[it->first];
                if (slot != 0)
                    --m_count; // the put that just grew the table replaced this entry
                else
                    slot = it->second + 1;
                it = m_sparse.erase(it);
            } else {
                ++it;
            }
        }
    }

    PodArray<NodeId> m_dense; ///< node + 1, 0: no entry
    std::unordered_map<uint64_t, NodeId> m_sparse;
    size_t m_count = 0;
};

bool isAsciiText(std::span<const uint8_t> b)
{
    return std::all_of(b.begin(), b.end(), [](uint8_t c) { return c < 0x80; });
}

} // namespace

/// The machine state of one run. Errors are returned as values; nothing throws out of run().
struct Unpickler::Impl
{
    Unpickler &u;
    Graph &g;
    const ReadLimits &limits;
    PodArray<Slot> stack;      ///< grows without copying, pushes stay inline in the hot loop
    std::vector<size_t> marks; ///< stack sizes at each MARK
    Memo memo;
    std::vector<Slot> scratch; ///< the items popMark took off the stack (reused)
    int protocol = 0;
    int maxOpcodeProto = 0;
    bool hasProto = false;
    uint64_t opcodes = 0;  ///< read so far, nested pickles included
    uint64_t frameEnd = 0; ///< end of the current FRAME, 0 when none
    /// A FRAME longer than the bytes left (a truncated file): Python stops there; we report
    /// that error but read on through the bytes that are there, to recover their objects.
    std::optional<Error> truncatedFrame;

    // Current instruction, for error messages.
    const RawInstruction *cur = nullptr;

    explicit Impl(Unpickler &owner)
        : u(owner)
        , g(owner.m_session.graph)
        , limits(owner.m_session.limits)
    {
        g.setStreamBase(owner.m_stream, owner.m_buffer.data());
    }

    Error fail(std::string message) const
    {
        Error e = makeError(cur ? cur->offset : 0, std::move(message),
                            cur ? std::string(cur->info->name) : std::string());
        return e;
    }

    size_t fence() const { return marks.empty() ? 0 : marks.back(); }

    // Pops respect the topmost MARK like _pickle.c's Pdata fence.
    std::optional<Error> underflow(size_t needed = 1) const
    {
        if (!marks.empty() && stack.size() >= needed)
            return fail("unexpected MARK found: the stack item this opcode needs is behind a MARK");
        return fail("unpickling stack underflow: the opcode needs an item but the stack is empty");
    }

    bool canPop(size_t n) const { return stack.size() >= fence() + n; }

    Slot pop()
    {
        Slot s = stack.back();
        stack.pop_back();
        return s;
    }

    std::optional<Error> push(NodeId node, uint64_t start)
    {
        if (stack.size() >= limits.maxStack)
            return fail("the stack exceeds the limit of " + std::to_string(limits.maxStack)
                        + " items");
        stack.push_back({node, start});
        return std::nullopt;
    }

    uint64_t opEnd() const { return cur->offset + cur->length; }
    uint32_t sid() const { return u.m_stream; }

    /// Pops everything above the topmost MARK and the MARK itself.
    std::optional<Error> popMark(std::vector<Slot> &out, uint64_t &markStart)
    {
        if (marks.empty())
            return fail("could not find MARK: this opcode needs a MARK on the stack");
        const size_t m = marks.back();
        marks.pop_back();
        out.assign(stack.begin() + static_cast<std::ptrdiff_t>(m), stack.end());
        stack.truncate(m);
        markStart = markStarts.empty() ? cur->offset : markStarts.back();
        if (!markStarts.empty())
            markStarts.pop_back();
        return std::nullopt;
    }
    std::vector<uint64_t> markStarts; ///< offsets of the MARK opcodes

    /// Room for `more` items, growing geometrically (an exact reserve per APPENDS batch would
    /// copy a long list again for every batch).
    static void growFor(std::vector<NodeId> &v, size_t more)
    {
        if (v.capacity() - v.size() < more)
            v.reserve(std::max(v.size() + more, 2 * v.capacity()));
    }

    /// The nodes of `slots`, in a buffer reused from one container to the next.
    std::span<const NodeId> ids(std::span<const Slot> slots)
    {
        idScratch.resize(slots.size());
        for (size_t i = 0; i < slots.size(); ++i)
            idScratch[i] = slots[i].node;
        return idScratch;
    }
    std::vector<NodeId> idScratch;

    /// Python refuses unhashable dict keys and set items (SECURITY.md (a) 23).
    /// The usual keys (str, int, bool, None, float, bytes): hashable, nothing to look into and
    /// nothing to allocate. The fast lane takes only these.
    bool plainKey(NodeId key) const
    {
        constexpr uint32_t plain = 1u << unsigned(Kind::Str) | 1u << unsigned(Kind::Int)
                                   | 1u << unsigned(Kind::Bool) | 1u << unsigned(Kind::None)
                                   | 1u << unsigned(Kind::Float) | 1u << unsigned(Kind::Bytes);
        return (plain >> unsigned(g.kind(key))) & 1u;
    }

    std::optional<Error> checkHashable(NodeId key, const char *what)
    {
        if (plainKey(key))
            return std::nullopt;
        std::vector<NodeId> work{key};
        size_t visited = 0;
        while (!work.empty() && visited < 100000) {
            const NodeId k = work.back();
            work.pop_back();
            ++visited;
            switch (g.kind(k)) {
            case Kind::List:
                return fail(std::string("unhashable type: 'list' used as a ") + what);
            case Kind::Dict:
                return fail(std::string("unhashable type: 'dict' used as a ") + what);
            case Kind::Set:
                return fail(std::string("unhashable type: 'set' used as a ") + what);
            case Kind::ByteArray:
                return fail(std::string("unhashable type: 'bytearray' used as a ") + what);
            case Kind::Tuple:
            case Kind::FrozenSet:
                for (NodeId c : g.items(k))
                    work.push_back(c);
                break;
            default:
                break;
            }
        }
        return std::nullopt;
    }

    NodeId newText(Kind kind, std::span<const uint8_t> bytes)
    {
        return g.addTextView(kind, bytes, sid(), cur->offset, opEnd());
    }

    std::optional<Error> pushInt(const IntValue &v)
    {
        NodeId id;
        if (v.isBool)
            id = g.addBool(v.small != 0, sid(), cur->offset, opEnd());
        else if (v.isBig)
            id = g.addBigInt(v.big, sid(), cur->offset, opEnd());
        else
            id = g.addInt(v.small, sid(), cur->offset, opEnd());
        return push(id, cur->offset);
    }

    std::optional<Error> memoPut(uint64_t index)
    {
        if (stack.size() <= fence())
            return stack.empty() ? fail("memo PUT with an empty stack")
                                 : fail("memo PUT of a MARK: a MARK cannot be stored in the memo");
        if (!memo.find(index) && memo.size() >= limits.maxMemo)
            return fail("the memo exceeds the limit of " + std::to_string(limits.maxMemo)
                        + " entries");
        const NodeId top = stack.back().node;
        memo.put(index, top);
        g.addFlags(top, FlagMemoized);
        return std::nullopt;
    }

    std::optional<Error> memoGet(uint64_t index)
    {
        const std::optional<NodeId> found = memo.find(index);
        if (!found)
            return fail("Memo value not found at index " + std::to_string(index));
        return push(*found, cur->offset);
    }

    /// Appends `items` to a list-like target below them (APPEND/APPENDS).
    std::optional<Error> appendTo(const Slot &target, std::span<const Slot> items)
    {
        const Kind k = g.kind(target.node);
        if (k == Kind::List) {
            const std::span<NodeId> out = g.appendItems(target.node, items.size());
            for (size_t i = 0; i < items.size(); ++i)
                out[i] = items[i].node;
        } else if (g.isObject(target.node)) {
            auto &v = g.object(target.node).listItems;
            for (const Slot &s : items)
                v.push_back(s.node);
        } else if (k == Kind::Global || k == Kind::Unknown) {
            for (const Slot &s : items)
                u.m_session.foreignMutations.push_back(
                    {target.node, s.node, static_cast<uint8_t>(cur->op()), cur->offset});
        } else {
            return fail("cannot append to a " + kindName(k) + ": APPEND needs a list");
        }
        g.touch(target.node, g.begin(target.node), opEnd());
        return std::nullopt;
    }

    std::optional<Error> setItemsOn(const Slot &target, std::span<const Slot> kv)
    {
        if (kv.size() % 2 != 0)
            return fail("odd number of items for " + std::string(cur->info->name)
                        + ": keys and values must come in pairs");
        for (size_t i = 0; i < kv.size(); i += 2) {
            if (auto e = checkHashable(kv[i].node, "dict key"))
                return e;
        }
        const Kind k = g.kind(target.node);
        if (k == Kind::Dict) {
            const std::span<NodeId> out = g.appendItems(target.node, kv.size());
            for (size_t i = 0; i < kv.size(); ++i)
                out[i] = kv[i].node;
        } else if (g.isObject(target.node)) {
            std::vector<NodeId> &dest = g.object(target.node).dictItems;
            growFor(dest, kv.size());
            for (const Slot &s : kv)
                dest.push_back(s.node);
        } else if (k == Kind::Global || k == Kind::Unknown) {
            for (const Slot &s : kv)
                u.m_session.foreignMutations.push_back(
                    {target.node, s.node, static_cast<uint8_t>(cur->op()), cur->offset});
        } else {
            return fail("cannot set items on a " + kindName(k) + ": " + std::string(cur->info->name)
                        + " needs a dict");
        }
        g.touch(target.node, g.begin(target.node), opEnd());
        return std::nullopt;
    }

    static std::string kindName(Kind k)
    {
        switch (k) {
        case Kind::None:
            return "None";
        case Kind::Bool:
            return "bool";
        case Kind::Int:
        case Kind::BigInt:
            return "int";
        case Kind::Float:
            return "float";
        case Kind::Str:
        case Kind::Py2String:
            return "str";
        case Kind::Bytes:
            return "bytes";
        case Kind::ByteArray:
            return "bytearray";
        case Kind::Tuple:
            return "tuple";
        case Kind::List:
            return "list";
        case Kind::Dict:
            return "dict";
        case Kind::Set:
            return "set";
        case Kind::FrozenSet:
            return "frozenset";
        case Kind::Global:
            return "global reference";
        case Kind::Call:
            return "call result";
        case Kind::Instance:
            return "instance";
        case Kind::PersId:
            return "persistent object";
        case Kind::Ext:
            return "extension object";
        case Kind::Buffer:
            return "buffer";
        case Kind::Unknown:
            return "unknown value";
        }
        return "value";
    }

    bool isStrLike(NodeId id) const
    {
        const Kind k = g.kind(id);
        return k == Kind::Str || (k == Kind::Py2String && isAsciiText(g.bytes(id)));
    }

    /// Could this node be a tuple at load time? Tuples certainly; call results perhaps.
    bool maybeTuple(NodeId id) const
    {
        const Kind k = g.kind(id);
        return k == Kind::Tuple || k == Kind::Call || k == Kind::Instance || k == Kind::PersId
               || k == Kind::Ext || k == Kind::Unknown;
    }
    bool maybeDict(NodeId id) const
    {
        const Kind k = g.kind(id);
        return k == Kind::Dict || k == Kind::Call || k == Kind::Instance || k == Kind::PersId
               || k == Kind::Ext || k == Kind::Unknown;
    }
    bool maybeCallable(NodeId id) const
    {
        const Kind k = g.kind(id);
        return k == Kind::Global || k == Kind::Call || k == Kind::Instance || k == Kind::PersId
               || k == Kind::Ext || k == Kind::Unknown;
    }

    std::optional<Error> makeObject(Kind kind, ObjectData::Origin origin, NodeId callable,
                                    NodeId args, NodeId kwargs, uint64_t start)
    {
        ObjectData d;
        d.origin = origin;
        d.callable = callable;
        d.args = args;
        d.kwargs = kwargs;
        const NodeId id = g.addObject(kind, std::move(d), sid(), start, opEnd());
        return push(id, start);
    }

    std::optional<Error> readGlobalLines(std::string &module, std::string &name, bool asciiOnly)
    {
        const auto m = cur->payload;
        const auto n = cur->payload2;
        uint64_t bad = 0;
        if (asciiOnly) {
            if (!isAsciiText(m) || !isAsciiText(n))
                return fail("module and class names of INST must be ASCII");
        } else if (!isValidUtf8SurrogatePass(m, &bad) || !isValidUtf8SurrogatePass(n, &bad)) {
            return fail("module or qualified name of GLOBAL is not valid UTF-8");
        }
        module.assign(m.begin(), m.end());
        name.assign(n.begin(), n.end());
        if (!m.empty() && m.back() == '\r')
            module.pop_back();
        if (!n.empty() && n.back() == '\r')
            name.pop_back();
        return std::nullopt;
    }

    void anomaly(uint64_t offset, std::string message)
    {
        u.m_session.anomalies.push_back({u.m_stream, offset, std::move(message)});
    }

    /// joblib: after BUILD on a NumpyArrayWrapper, the array bytes follow in the raw stream.
    std::optional<Error> joblibPayload(NodeId wrapper, NodeId state, uint64_t &pos);

    UnpickleOutcome run(uint64_t start);
    std::optional<Error> step(const RawInstruction &in, uint64_t &pos, bool &stop, NodeId &root);
    void fastRun(uint64_t &pos);
    /// popMark's fence for the fast lane: the items above the topmost MARK, and whether a
    /// target sits below that MARK (above the MARK before it).
    bool markedItemsOnTarget(size_t &mark) const
    {
        if (marks.empty())
            return false;
        mark = marks.back();
        const size_t below = marks.size() >= 2 ? marks[marks.size() - 2] : 0;
        return mark >= below + 1;
    }
    /// Drops the topmost MARK and the items above it (after the fast lane used them).
    void dropMarked(size_t mark)
    {
        stack.truncate(mark);
        marks.pop_back();
        markStarts.pop_back();
    }
};

std::optional<Error> Unpickler::Impl::joblibPayload(NodeId wrapper, NodeId state, uint64_t &pos)
{
    // State dict keys (FORMAT.md §3.2): subclass, shape, order, dtype, allow_mmap,
    // numpy_array_alignment_bytes (joblib >= 1.2; None when tell() failed).
    if (g.kind(state) != Kind::Dict)
        return fail("joblib NumpyArrayWrapper state is not a dict");
    NodeId shape = kNoNode, dtype = kNoNode, order = kNoNode, align = kNoNode;
    bool hasAlign = false;
    const auto &kv = g.items(state);
    for (size_t i = 0; i + 1 < kv.size(); i += 2) {
        if (!isStrLike(kv[i]))
            continue;
        const std::string_view key = g.text(kv[i]);
        if (key == "shape")
            shape = kv[i + 1];
        else if (key == "dtype")
            dtype = kv[i + 1];
        else if (key == "order")
            order = kv[i + 1];
        else if (key == "numpy_array_alignment_bytes") {
            align = kv[i + 1];
            hasAlign = true;
        }
    }
    (void)order;
    if (shape == kNoNode || dtype == kNoNode)
        return fail("joblib NumpyArrayWrapper state lacks 'shape' or 'dtype'");
    auto dt = decodeDType(g, dtype);
    if (!dt.ok())
        return fail("joblib NumpyArrayWrapper has an unreadable dtype: " + dt.error().message);
    JoblibPayload payload;
    payload.wrapper = wrapper;
    payload.buffer = u.m_bufferIndex;
    if ((*dt)->hasObject()) {
        // Object arrays are a complete nested pickle (FORMAT.md §3.2 step 3).
        if (u.m_nesting >= limits.maxNestedPickles)
            return fail("joblib object arrays nest deeper than the limit of "
                        + std::to_string(limits.maxNestedPickles));
        const size_t region = u.m_regions ? u.m_regions->size() : 0;
        if (u.m_regions)
            u.m_regions->push_back({pos, 0, 0, Instruction::Type::NestedPickle,
                                    static_cast<uint8_t>(u.m_nesting + 1)});
        Unpickler nested(u.m_session, u.m_buffer, u.m_bufferIndex, u.m_stream, u.m_instructions,
                         u.m_regions, static_cast<uint8_t>(u.m_nesting + 1));
        UnpickleOutcome out = nested.run(pos);
        opcodes += out.opcodes;
        if (u.m_regions)
            (*u.m_regions)[region].length = out.end - pos;
        if (out.error) {
            Error e = *out.error;
            e.message = "in the nested pickle of a joblib object array: " + e.message;
            return e;
        }
        payload.nestedRoot = out.root;
        payload.offset = pos;
        payload.size = out.end - pos;
        pos = out.end;
        u.m_session.joblibPayloads.push_back(payload);
        return std::nullopt;
    }
    if (g.kind(shape) != Kind::Tuple)
        return fail("joblib NumpyArrayWrapper shape is not a tuple");
    uint64_t count = 1;
    for (NodeId d : g.items(shape)) {
        if (g.kind(d) != Kind::Int || g.intValue(d) < 0)
            return fail("joblib NumpyArrayWrapper shape holds a non-integer or negative dimension");
        const uint64_t dim = static_cast<uint64_t>(g.intValue(d));
        if (dim != 0 && count > UINT64_MAX / dim)
            return fail("joblib array shape product overflows");
        count *= dim;
    }
    const uint64_t itemSize = (*dt)->itemSize;
    if (itemSize != 0 && count > UINT64_MAX / itemSize)
        return fail("joblib array byte size overflows");
    const uint64_t size = count * itemSize;
    if (hasAlign && g.kind(align) != Kind::None) {
        if (pos >= u.m_buffer.size())
            return fail("joblib array padding byte is missing (truncated file?)");
        const uint8_t pad = u.m_buffer[pos];
        if (pad > u.m_buffer.size() - pos - 1)
            return fail("joblib array padding of " + std::to_string(pad)
                        + " bytes runs past the end of the data");
        if (pad == 0 || pad > 16)
            u.m_session.warnings.push_back("joblib padding length " + std::to_string(pad)
                                           + " at offset " + std::to_string(pos)
                                           + " is outside 1..16");
        const Instruction padding{pos, uint64_t(pad) + 1, 0, Instruction::Type::JoblibPad,
                                  u.m_nesting};
        if (u.m_instructions)
            u.m_instructions->push_back(padding);
        if (u.m_regions)
            u.m_regions->push_back(padding);
        pos += 1 + pad;
    }
    if (size > u.m_buffer.size() - pos)
        return fail("joblib array data of " + std::to_string(size) + " bytes exceeds the "
                    + std::to_string(u.m_buffer.size() - pos) + " bytes left");
    const Instruction data{pos, size, 0, Instruction::Type::JoblibData, u.m_nesting};
    if (u.m_instructions)
        u.m_instructions->push_back(data);
    if (u.m_regions)
        u.m_regions->push_back(data);
    payload.offset = pos;
    payload.size = size;
    pos += size;
    g.touch(wrapper, g.begin(wrapper), pos);
    u.m_session.joblibPayloads.push_back(payload);
    return std::nullopt;
}

std::optional<Error> Unpickler::Impl::step(const RawInstruction &in, uint64_t &pos, bool &stop,
                                           NodeId &root)
{
    const uint64_t at = in.offset;
    switch (in.op()) {
    // --- constants ---
    case Op::NONE:
        return push(g.addNode(Kind::None, sid(), at, opEnd()), at);
    case Op::NEWTRUE:
    case Op::NEWFALSE:
        return push(g.addBool(in.op() == Op::NEWTRUE, sid(), at, opEnd()), at);
    case Op::INT:
    case Op::LONG: {
        auto v = parseIntLine(in.payload, in.op() == Op::LONG, limits.maxDecimalDigits);
        if (!v.ok())
            return fail(v.error().message);
        return pushInt(*v);
    }
    case Op::BININT:
    case Op::BININT1:
    case Op::BININT2:
        return push(g.addInt(in.intArg, sid(), at, opEnd()), at);
    case Op::LONG1:
    case Op::LONG4:
        if (in.payload.size() > limits.maxLongBytes)
            return fail("integer of " + std::to_string(in.payload.size())
                        + " bytes exceeds the limit of " + std::to_string(limits.maxLongBytes));
        return pushInt(parseLongBytes(in.payload));
    case Op::FLOAT: {
        auto v = parseFloatLine(in.payload);
        if (!v.ok())
            return fail(v.error().message);
        return push(g.addFloat(*v, sid(), at, opEnd()), at);
    }
    case Op::BINFLOAT:
        return push(g.addFloat(in.floatArg, sid(), at, opEnd()), at);

    // --- strings and bytes ---
    case Op::STRING: {
        auto v = decodeQuotedString(in.payload);
        if (!v.ok())
            return fail(v.error().message);
        return push(g.addTextOwned(Kind::Py2String, std::move(*v), sid(), at, opEnd()), at);
    }
    case Op::BINSTRING:
    case Op::SHORT_BINSTRING:
        return push(newText(Kind::Py2String, in.payload), at);
    case Op::BINBYTES:
    case Op::SHORT_BINBYTES:
    case Op::BINBYTES8:
        return push(newText(Kind::Bytes, in.payload), at);
    case Op::BYTEARRAY8:
        return push(newText(Kind::ByteArray, in.payload), at);
    case Op::UNICODE: {
        auto v = decodeRawUnicodeEscape(in.payload);
        if (!v.ok())
            return fail("UNICODE argument: " + v.error().message);
        return push(g.addTextOwned(Kind::Str, std::move(*v), sid(), at, opEnd()), at);
    }
    case Op::SHORT_BINUNICODE:
    case Op::BINUNICODE:
    case Op::BINUNICODE8: {
        uint64_t bad = 0;
        if (!isValidUtf8SurrogatePass(in.payload, &bad))
            return fail("'utf-8' codec can't decode byte at position " + std::to_string(bad)
                        + " of the string");
        return push(newText(Kind::Str, in.payload), at);
    }

    // --- containers ---
    case Op::EMPTY_TUPLE:
        return push(g.addContainer(Kind::Tuple, {}, sid(), at, opEnd()), at);
    case Op::EMPTY_LIST:
        return push(g.addContainer(Kind::List, {}, sid(), at, opEnd()), at);
    case Op::EMPTY_DICT:
        return push(g.addContainer(Kind::Dict, {}, sid(), at, opEnd()), at);
    case Op::EMPTY_SET:
        return push(g.addContainer(Kind::Set, {}, sid(), at, opEnd()), at);
    case Op::TUPLE1:
    case Op::TUPLE2:
    case Op::TUPLE3: {
        const size_t n = in.op() == Op::TUPLE1 ? 1 : in.op() == Op::TUPLE2 ? 2 : 3;
        if (!canPop(n))
            return underflow(n);
        const std::span<const Slot> items(stack.data() + stack.size() - n, n);
        const uint64_t start = items.front().start;
        const NodeId tuple = g.addContainer(Kind::Tuple, ids(items), sid(), start, opEnd());
        stack.truncate(stack.size() - n);
        return push(tuple, start);
    }
    case Op::TUPLE:
    case Op::LIST:
    case Op::FROZENSET: {
        std::vector<Slot> &items = scratch;
        uint64_t ms = 0;
        if (auto e = popMark(items, ms))
            return e;
        if (in.op() == Op::FROZENSET)
            for (const Slot &s : items)
                if (auto e = checkHashable(s.node, "frozenset item"))
                    return e;
        const Kind k = in.op() == Op::TUPLE  ? Kind::Tuple
                       : in.op() == Op::LIST ? Kind::List
                                             : Kind::FrozenSet;
        return push(g.addContainer(k, ids(items), sid(), ms, opEnd()), ms);
    }
    case Op::DICT: {
        std::vector<Slot> &items = scratch;
        uint64_t ms = 0;
        if (auto e = popMark(items, ms))
            return e;
        if (items.size() % 2 != 0)
            return fail("odd number of items for DICT: keys and values must come in pairs");
        for (size_t i = 0; i < items.size(); i += 2)
            if (auto e = checkHashable(items[i].node, "dict key"))
                return e;
        return push(g.addContainer(Kind::Dict, ids(items), sid(), ms, opEnd()), ms);
    }
    case Op::APPEND: {
        if (!canPop(2))
            return underflow(2);
        const Slot value = pop();
        return appendTo(stack.back(), std::span<const Slot>(&value, 1));
    }
    case Op::APPENDS: {
        std::vector<Slot> &items = scratch;
        uint64_t ms = 0;
        if (auto e = popMark(items, ms))
            return e;
        if (!canPop(1))
            return fail("APPENDS has no list below its MARK");
        return appendTo(stack.back(), items);
    }
    case Op::SETITEM: {
        if (!canPop(3))
            return underflow(3);
        const Slot value = pop();
        const Slot key = pop();
        const Slot kv[2] = {key, value};
        return setItemsOn(stack.back(), kv);
    }
    case Op::SETITEMS: {
        std::vector<Slot> &items = scratch;
        uint64_t ms = 0;
        if (auto e = popMark(items, ms))
            return e;
        if (!canPop(1))
            return fail("SETITEMS has no dict below its MARK");
        return setItemsOn(stack.back(), items);
    }
    case Op::ADDITEMS: {
        std::vector<Slot> &items = scratch;
        uint64_t ms = 0;
        if (auto e = popMark(items, ms))
            return e;
        if (!canPop(1))
            return fail("ADDITEMS has no set below its MARK");
        for (const Slot &s : items)
            if (auto e = checkHashable(s.node, "set item"))
                return e;
        const Slot &target = stack.back();
        const Kind k = g.kind(target.node);
        if (k == Kind::Set) {
            const std::span<NodeId> out = g.appendItems(target.node, items.size());
            for (size_t i = 0; i < items.size(); ++i)
                out[i] = items[i].node;
        } else if (g.isObject(target.node)) {
            auto &v = g.object(target.node).setItems;
            for (const Slot &s : items)
                v.push_back(s.node);
        } else if (k == Kind::Global || k == Kind::Unknown) {
            for (const Slot &s : items)
                u.m_session.foreignMutations.push_back(
                    {target.node, s.node, static_cast<uint8_t>(in.op()), at});
        } else {
            return fail("cannot add items to a " + kindName(k) + ": ADDITEMS needs a set");
        }
        g.touch(target.node, g.begin(target.node), opEnd());
        return std::nullopt;
    }

    // --- stack manipulation ---
    case Op::MARK:
        if (marks.size() >= limits.maxMarks)
            return fail("more than " + std::to_string(limits.maxMarks) + " open MARKs");
        marks.push_back(stack.size());
        markStarts.push_back(at);
        return std::nullopt;
    case Op::POP:
        if (!marks.empty() && stack.size() == marks.back()) {
            // POP on a MARK removes the mark (pickle.py load_pop, _pickle.c load_pop).
            marks.pop_back();
            markStarts.pop_back();
            return std::nullopt;
        }
        if (!canPop(1))
            return underflow();
        pop();
        return std::nullopt;
    case Op::POP_MARK: {
        std::vector<Slot> &items = scratch;
        uint64_t ms = 0;
        return popMark(items, ms);
    }
    case Op::DUP:
        if (!canPop(1))
            return underflow();
        return push(stack.back().node, at);

    // --- memo ---
    case Op::PUT: {
        auto v = parseIntLine(in.payload, false, 20);
        if (!v.ok() || v->isBig || v->isBool)
            return fail("PUT argument is not a valid memo index");
        if (v->small < 0)
            return fail("negative PUT argument");
        return memoPut(static_cast<uint64_t>(v->small));
    }
    case Op::BINPUT:
    case Op::LONG_BINPUT:
        return memoPut(static_cast<uint64_t>(in.intArg));
    case Op::MEMOIZE:
        return memoPut(memo.size());
    case Op::GET: {
        auto v = parseIntLine(in.payload, false, 20);
        if (!v.ok() || v->isBig || v->isBool || v->small < 0)
            return fail("GET argument is not a valid memo index");
        return memoGet(static_cast<uint64_t>(v->small));
    }
    case Op::BINGET:
    case Op::LONG_BINGET:
        return memoGet(static_cast<uint64_t>(in.intArg));

    // --- globals and calls (never imported, never called) ---
    case Op::GLOBAL: {
        std::string module, name;
        if (auto e = readGlobalLines(module, name, false))
            return e;
        return push(g.addGlobal(std::move(module), std::move(name), sid(), at, opEnd()), at);
    }
    case Op::STACK_GLOBAL: {
        if (!canPop(2))
            return underflow(2);
        const Slot name = pop();
        const Slot module = pop();
        const bool literal = isStrLike(name.node) && isStrLike(module.node);
        if (!literal) {
            // A call result may be a str when Python runs it (fickling #125): keep a computed
            // global for the analysis. Anything that can never be a str is refused as CPython
            // refuses it ("STACK_GLOBAL requires str").
            // A global can be a str too (a module-level constant, or one an earlier BUILD
            // changed): read on, the analysis reports the computed global.
            auto maybeStr = [&](NodeId n) {
                const Kind k = g.kind(n);
                return isStrLike(n) || k == Kind::Call || k == Kind::Instance || k == Kind::PersId
                       || k == Kind::Ext || k == Kind::Unknown || k == Kind::Global;
            };
            if (!maybeStr(name.node) || !maybeStr(module.node))
                return fail("STACK_GLOBAL requires str operands, got "
                            + kindName(g.kind(module.node)) + " and "
                            + kindName(g.kind(name.node)));
            const NodeId id
                = g.addGlobal(isStrLike(module.node) ? std::string(g.text(module.node)) : "?",
                              isStrLike(name.node) ? std::string(g.text(name.node)) : "?", sid(),
                              module.start, opEnd());
            g.addFlags(id, FlagFromStack | FlagComputed);
            g.mutableGlobal(id).moduleNode = module.node;
            g.mutableGlobal(id).nameNode = name.node;
            return push(id, module.start);
        }
        const NodeId id = g.addGlobal(std::string(g.text(module.node)),
                                      std::string(g.text(name.node)), sid(), module.start, opEnd());
        g.addFlags(id, FlagFromStack);
        return push(id, module.start);
    }
    case Op::REDUCE: {
        if (!canPop(2))
            return underflow(2);
        const Slot args = pop();
        const Slot callable = pop();
        if (!maybeTuple(args.node))
            return fail("REDUCE arguments must be a tuple, got " + kindName(g.kind(args.node)));
        if (!maybeCallable(callable.node))
            return fail("REDUCE callable is a " + kindName(g.kind(callable.node))
                        + ", which is not callable");
        return makeObject(Kind::Call, ObjectData::Origin::Reduce, callable.node, args.node, kNoNode,
                          callable.start);
    }
    case Op::NEWOBJ: {
        if (!canPop(2))
            return underflow(2);
        const Slot args = pop();
        const Slot cls = pop();
        if (!maybeTuple(args.node))
            return fail("NEWOBJ expected an argument tuple, got " + kindName(g.kind(args.node)));
        if (!maybeCallable(cls.node))
            return fail("NEWOBJ class argument is a " + kindName(g.kind(cls.node))
                        + ", not a type object");
        return makeObject(Kind::Instance, ObjectData::Origin::NewObj, cls.node, args.node, kNoNode,
                          cls.start);
    }
    case Op::NEWOBJ_EX: {
        if (!canPop(3))
            return underflow(3);
        const Slot kwargs = pop();
        const Slot args = pop();
        const Slot cls = pop();
        if (!maybeDict(kwargs.node))
            return fail("NEWOBJ_EX keyword arguments must be a dict, got "
                        + kindName(g.kind(kwargs.node)));
        if (!maybeTuple(args.node))
            return fail("NEWOBJ_EX arguments must be a tuple, got " + kindName(g.kind(args.node)));
        if (!maybeCallable(cls.node))
            return fail("NEWOBJ_EX class argument is a " + kindName(g.kind(cls.node))
                        + ", not a type object");
        return makeObject(Kind::Instance, ObjectData::Origin::NewObjEx, cls.node, args.node,
                          kwargs.node, cls.start);
    }
    case Op::INST: {
        std::string module, name;
        if (auto e = readGlobalLines(module, name, true))
            return e;
        std::vector<Slot> &items = scratch;
        uint64_t ms = 0;
        if (auto e = popMark(items, ms))
            return e;
        const NodeId cls = g.addGlobal(std::move(module), std::move(name), sid(), at, opEnd());
        const NodeId args = g.addContainer(Kind::Tuple, ids(items), sid(), ms, opEnd());
        return makeObject(Kind::Instance, ObjectData::Origin::Inst, cls, args, kNoNode, ms);
    }
    case Op::OBJ: {
        std::vector<Slot> &items = scratch;
        uint64_t ms = 0;
        if (auto e = popMark(items, ms))
            return e;
        if (items.empty())
            return fail("OBJ needs a class after its MARK, found nothing");
        const NodeId cls = items.front().node;
        if (!maybeCallable(cls))
            return fail("OBJ class is a " + kindName(g.kind(cls)) + ", not a type object");
        std::vector<Slot> rest(items.begin() + 1, items.end());
        const NodeId args = g.addContainer(Kind::Tuple, ids(rest), sid(), ms, opEnd());
        return makeObject(Kind::Instance, ObjectData::Origin::Obj, cls, args, kNoNode, ms);
    }
    case Op::BUILD: {
        if (!canPop(2))
            return underflow(2);
        const Slot state = pop();
        const Slot &target = stack.back();
        if (g.isObject(target.node)) {
            g.object(target.node).states.push_back(state.node);
            g.touch(target.node, g.begin(target.node), opEnd());
            // joblib's load_build: any instance of the wrapper, however it was built (NEWOBJ
            // or REDUCE), reads the array bytes that follow (the scan also reads them as
            // opcodes, the way pickle.load does).
            if (u.m_session.joblib
                && (g.kind(target.node) == Kind::Instance || g.kind(target.node) == Kind::Call)) {
                const std::string cls = g.calleeName(target.node);
                if (cls == "joblib.numpy_pickle.NumpyArrayWrapper")
                    return joblibPayload(target.node, state.node, pos);
            }
        } else {
            u.m_session.foreignMutations.push_back(
                {target.node, state.node, static_cast<uint8_t>(in.op()), at});
        }
        return std::nullopt;
    }
    case Op::PERSID: {
        if (!isAsciiText(in.payload))
            return fail("persistent IDs in protocol 0 must be ASCII strings");
        const NodeId pid = newText(Kind::Str, in.payload);
        return makeObject(Kind::PersId, ObjectData::Origin::PersId, kNoNode, pid, kNoNode, at);
    }
    case Op::BINPERSID: {
        if (!canPop(1))
            return underflow();
        const Slot pid = pop();
        return makeObject(Kind::PersId, ObjectData::Origin::PersId, kNoNode, pid.node, kNoNode,
                          pid.start);
    }
    case Op::EXT1:
    case Op::EXT2:
    case Op::EXT4: {
        if (in.intArg <= 0)
            return fail("EXT specifies code <= 0");
        const NodeId id = g.addNode(Kind::Ext, sid(), at, opEnd());
        g.setIntValue(id, in.intArg);
        return push(id, at);
    }
    case Op::NEXT_BUFFER: {
        const NodeId id = g.addNode(Kind::Buffer, sid(), at, opEnd());
        g.setIntValue(id, static_cast<int64_t>(u.m_session.nextBufferIndex++));
        return push(id, at);
    }
    case Op::READONLY_BUFFER:
        if (!canPop(1))
            return underflow();
        g.addFlags(stack.back().node, FlagReadOnly);
        return std::nullopt;

    // --- framing and protocol ---
    case Op::PROTO:
        if (in.intArg > 5)
            return fail("unsupported pickle protocol: " + std::to_string(in.intArg));
        if (hasProto && in.intArg != protocol)
            u.m_session.warnings.push_back("a second PROTO " + std::to_string(in.intArg)
                                           + " at offset " + std::to_string(at));
        if (!hasProto) {
            protocol = static_cast<int>(in.intArg);
            hasProto = true;
        }
        return std::nullopt;
    case Op::FRAME: {
        // _pickle.c load_frame (reading from bytes): the frame's bytes must be there, then the
        // frame is forgotten. A frame inside a frame is read on and reported.
        const uint64_t left = u.m_buffer.size() - opEnd();
        if (in.uintArg > left) {
            if (!truncatedFrame)
                truncatedFrame = fail("FRAME length " + std::to_string(in.uintArg) + " exceeds the "
                                      + std::to_string(left) + " bytes left");
            frameEnd = 0;
            return std::nullopt;
        }
        if (frameEnd && at < frameEnd)
            anomaly(at, "a new FRAME begins before the current frame ends (at offset "
                            + std::to_string(frameEnd)
                            + "); CPython's C unpickler reads on, the Python one refuses");
        frameEnd = opEnd() + in.uintArg;
        return std::nullopt;
    }
    case Op::STOP:
        if (!canPop(1))
            return underflow();
        root = pop().node;
        if (!stack.empty() || !marks.empty())
            u.m_session.warnings.push_back(
                "STOP at offset " + std::to_string(at) + " leaves " + std::to_string(stack.size())
                + " item(s) and " + std::to_string(marks.size()) + " MARK(s) on the stack");
        stop = true;
        return std::nullopt;
    }
    return fail("opcode not handled");
}

// The hot loop's small helpers stay inline whatever the compiler's budget says.
#define PS_ALWAYS_INLINE __attribute__((always_inline))

namespace {
bool asciiOnly(const uint8_t *p, size_t n)
{
    uint8_t any = 0;
    for (size_t i = 0; i < n; ++i)
        any |= p[i];
    return any < 0x80;
}
} // namespace

/// The opcodes of object-dense pickles (a list of a million small dicts is nothing else),
/// run one after the other without a RawInstruction or an Error per opcode. Each case checks
/// what step() checks and hands the opcode back to run() *before changing anything* when it
/// needs step(): an error to report, a frame or limit boundary, the progress call, an operand
/// step() treats specially. run() then reads that opcode the general way, so both lanes give
/// the same graph, errors and anomalies (tests/core/tst_fastlane.cpp).
void Unpickler::Impl::fastRun(uint64_t &pos)
{
    auto &session = u.m_session;
    const std::span<const uint8_t> buf = u.m_buffer;
    // Opcodes this run may take: up to the opcode limit and before the next progress call,
    // both of which run() handles.
    const uint64_t run = session.opcodesRun;
    if (run >= limits.maxOpcodes)
        return;
    const uint64_t budget
        = std::min(limits.maxOpcodes - run, kProgressInterval - 1 - run % kProgressInterval);
    const uint32_t s = sid();
    std::vector<Instruction> *const records = u.m_instructions;
    // The graph finds this stream's bytes again: leaves made from one opcode need no stored
    // payload.
    const bool fileBacked = g.streamBase(s) == buf.data();
    uint64_t taken = 0;
    int proto = maxOpcodeProto;
    // Where the current opcode must end: the frame's end, or the buffer's.
    uint64_t limit = frameEnd ? frameEnd : buf.size();
    for (; taken < budget; ++taken) {
        if (pos >= limit) {
            if (!frameEnd || pos >= buf.size())
                break;
            frameEnd = 0; // what run() does first as well
            limit = buf.size();
        }
        const uint8_t *p = buf.data() + pos;
        uint64_t length = 1;
        // The argument's bytes and the frame: what decodeInstruction and run() check.
        auto fits = [&](uint64_t n) PS_ALWAYS_INLINE {
            length = n;
            return n <= limit - pos;
        };
        auto pushable = [&]() PS_ALWAYS_INLINE {
            return stack.size() < limits.maxStack;
        };
        auto pushNode = [&](NodeId id) PS_ALWAYS_INLINE {
            stack.push_back({id, pos});
        };
        // A None/Bool/Int/Float node from this opcode alone (`bits` is its decoded argument).
        auto pushValue = [&](Kind kind, uint64_t bits) PS_ALWAYS_INLINE {
            pushNode(fileBacked ? g.addValueFromFile(kind, bits, s, pos, pos + length)
                                : g.addValue(kind, bits, s, pos, pos + length));
        };
        const Op op = static_cast<Op>(p[0]);
        switch (op) {
        case Op::MARK:
            if (!fits(1) || marks.size() >= limits.maxMarks)
                goto handBack;
            marks.push_back(stack.size());
            markStarts.push_back(pos);
            break;
        case Op::NONE:
        case Op::NEWTRUE:
        case Op::NEWFALSE:
            if (!fits(1) || !pushable())
                goto handBack;
            if (op == Op::NONE)
                pushValue(Kind::None, 0);
            else
                pushValue(Kind::Bool, op == Op::NEWTRUE);
            break;
        case Op::BININT1:
            if (!fits(2) || !pushable())
                goto handBack;
            pushValue(Kind::Int, p[1]);
            break;
        case Op::BININT2:
            if (!fits(3) || !pushable())
                goto handBack;
            pushValue(Kind::Int, readLE16(p + 1));
            break;
        case Op::BININT:
            if (!fits(5) || !pushable())
                goto handBack;
            pushValue(Kind::Int,
                      static_cast<uint64_t>(int64_t(static_cast<int32_t>(readLE32(p + 1)))));
            break;
        case Op::BINFLOAT: // big-endian IEEE 754 (struct '>d'), FORMAT.md §1.3
            if (!fits(9) || !pushable())
                goto handBack;
            pushValue(Kind::Float, readBE64(p + 1));
            break;
        case Op::SHORT_BINUNICODE:
        case Op::BINUNICODE:
        case Op::SHORT_BINBYTES:
        case Op::BINBYTES: {
            const bool shortForm = op == Op::SHORT_BINUNICODE || op == Op::SHORT_BINBYTES;
            const uint64_t header = shortForm ? 2 : 5;
            if (limit - pos < header)
                goto handBack;
            const uint64_t n = shortForm ? p[1] : readLE32(p + 1);
            if (!fits(header + n) || !pushable())
                goto handBack;
            const std::span<const uint8_t> payload(p + header, n);
            const bool text = op == Op::SHORT_BINUNICODE || op == Op::BINUNICODE;
            if (text && !asciiOnly(p + header, n) && !isValidUtf8SurrogatePass(payload))
                goto handBack;
            const Kind kind = text ? Kind::Str : Kind::Bytes;
            pushNode(fileBacked ? g.addInlineText(kind, uint32_t(header), s, pos, pos + length)
                                : g.addTextView(kind, payload, s, pos, pos + length));
            break;
        }
        case Op::EMPTY_DICT:
        case Op::EMPTY_LIST:
        case Op::EMPTY_TUPLE:
            if (!fits(1) || !pushable())
                goto handBack;
            pushNode(g.addEmptyContainer(op == Op::EMPTY_DICT   ? Kind::Dict
                                         : op == Op::EMPTY_LIST ? Kind::List
                                                                : Kind::Tuple,
                                         s, pos, pos + 1));
            break;
        case Op::MEMOIZE:
        case Op::BINPUT:
        case Op::LONG_BINPUT: {
            if (!fits(op == Op::MEMOIZE ? 1 : op == Op::BINPUT ? 2 : 5) || stack.size() <= fence())
                goto handBack;
            const uint64_t index = op == Op::MEMOIZE  ? memo.size()
                                   : op == Op::BINPUT ? p[1]
                                                      : readLE32(p + 1);
            if (!memo.find(index) && memo.size() >= limits.maxMemo)
                goto handBack;
            const NodeId top = stack.back().node;
            memo.put(index, top);
            g.addFlags(top, FlagMemoized);
            break;
        }
        case Op::BINGET:
        case Op::LONG_BINGET: {
            if (!fits(op == Op::BINGET ? 2 : 5) || !pushable())
                goto handBack;
            const std::optional<NodeId> found
                = memo.find(op == Op::BINGET ? p[1] : readLE32(p + 1));
            if (!found)
                goto handBack;
            pushNode(*found);
            break;
        }
        case Op::TUPLE1:
        case Op::TUPLE2:
        case Op::TUPLE3: {
            const size_t n = op == Op::TUPLE1 ? 1 : op == Op::TUPLE2 ? 2 : 3;
            if (!fits(1) || !canPop(n))
                goto handBack;
            const std::span<const Slot> items(stack.data() + stack.size() - n, n);
            const uint64_t start = items.front().start;
            const NodeId tuple = g.addContainer(Kind::Tuple, ids(items), s, start, pos + 1);
            stack.truncate(stack.size() - n);
            stack.push_back({tuple, start});
            break;
        }
        case Op::SETITEMS:
        case Op::APPENDS: {
            size_t mark = 0;
            if (!fits(1) || !markedItemsOnTarget(mark))
                goto handBack;
            const NodeId target = stack[mark - 1].node;
            const std::span<const Slot> items(stack.data() + mark, stack.size() - mark);
            if (op == Op::SETITEMS) {
                if (g.kind(target) != Kind::Dict || items.size() % 2 != 0)
                    goto handBack;
                for (size_t i = 0; i < items.size(); i += 2)
                    if (!plainKey(items[i].node))
                        goto handBack;
            } else if (g.kind(target) != Kind::List) {
                goto handBack;
            }
            const std::span<NodeId> out = g.appendItems(target, items.size());
            for (size_t i = 0; i < items.size(); ++i)
                out[i] = items[i].node;
            g.extendEnd(target, pos + 1);
            dropMarked(mark);
            break;
        }
        case Op::SETITEM:
        case Op::APPEND: {
            const size_t n = op == Op::SETITEM ? 2 : 1;
            if (!fits(1) || !canPop(n + 1))
                goto handBack;
            const NodeId target = stack[stack.size() - n - 1].node;
            if (op == Op::SETITEM
                    ? g.kind(target) != Kind::Dict || !plainKey(stack[stack.size() - 2].node)
                    : g.kind(target) != Kind::List)
                goto handBack;
            const std::span<NodeId> out = g.appendItems(target, n);
            for (size_t i = 0; i < n; ++i)
                out[i] = stack[stack.size() - n + i].node;
            g.extendEnd(target, pos + 1);
            stack.truncate(stack.size() - n);
            break;
        }
        default:
            goto handBack;
        }
        proto = std::max<int>(proto, kOpcodeProtocol[p[0]]);
        if (records)
            records->push_back({pos, length, p[0], Instruction::Type::Opcode, u.m_nesting});
        pos += length;
    }
handBack:
    session.opcodesRun += taken;
    opcodes += taken;
    maxOpcodeProto = proto;
}

UnpickleOutcome Unpickler::Impl::run(uint64_t start)
{
    UnpickleOutcome out;
    uint64_t pos = start;
    NodeId root = kNoNode;
    bool stop = false;
    auto &session = u.m_session;
    try {
        while (!stop) {
            if (session.fastLane)
                fastRun(pos);
            RawInstruction in;
            if (!decodeInstruction(u.m_buffer, pos, in)) {
                out.error = readInstruction(u.m_buffer, pos).error();
                break;
            }
            cur = &in;
            if (++session.opcodesRun > limits.maxOpcodes) {
                out.error = fail("more than " + std::to_string(limits.maxOpcodes)
                                 + " opcodes: limit reached");
                break;
            }
            if ((session.opcodesRun % kProgressInterval) == 0 && session.progress
                && !session.progress(pos, u.m_buffer.size())) {
                out.error = fail("cancelled");
                break;
            }
            // Frames (protocol 4+): an opcode may not straddle the end of its frame — the
            // divergence behind cpython#154848 (SECURITY.md (a) 13).
            if (frameEnd) {
                if (pos >= frameEnd) {
                    frameEnd = 0;
                } else if (pos + in.length > frameEnd) {
                    // pickle.loads (the C unpickler reading bytes) ignores frame boundaries:
                    // read on, and report the violation (cpython#154848).
                    cur = &in;
                    anomaly(pos, "the opcode crosses the end of its FRAME (frame ends at offset "
                                     + std::to_string(frameEnd)
                                     + "); CPython's C unpickler reads on, the Python one "
                                       "refuses");
                    frameEnd = 0;
                }
            }
            maxOpcodeProto = std::max<int>(maxOpcodeProto, in.info->proto);
            ++opcodes;
            if (u.m_instructions)
                u.m_instructions->push_back({pos, in.length, static_cast<uint8_t>(in.op()),
                                             Instruction::Type::Opcode, u.m_nesting});
            pos += in.length;
            if (in.op() == Op::GLOBAL || in.op() == Op::STACK_GLOBAL || in.op() == Op::INST) {
                // joblib mode starts at the first wrapper class reference.
                if (in.op() != Op::STACK_GLOBAL) {
                    const std::string_view name(reinterpret_cast<const char *>(in.payload2.data()),
                                                in.payload2.size());
                    if (name == "NumpyArrayWrapper" && session.joblibArrays)
                        session.joblib = true;
                }
            }
            if (auto e = step(in, pos, stop, root)) {
                out.error = *e;
                break;
            }
            if (in.op() == Op::STACK_GLOBAL && !stack.empty()
                && g.kind(stack.back().node) == Kind::Global
                && g.global(stack.back().node).name == "NumpyArrayWrapper" && session.joblibArrays)
                session.joblib = true;
        }
    } catch (const std::bad_alloc &) {
        out.error = fail("out of memory while reading the pickle");
    } catch (const std::exception &ex) {
        out.error = fail(std::string("internal error: ") + ex.what());
    }
    cur = nullptr;
    if (truncatedFrame) {
        // Loading fails at the FRAME: what was read after it is recovered, never a result.
        out.error = *truncatedFrame;
        if (root != kNoNode)
            stack.push_back(Slot{root, 0});
        root = kNoNode;
    }
    out.root = root;
    out.end = pos;
    out.protocol = hasProto ? protocol : maxOpcodeProto;
    out.hasProto = hasProto;
    out.opcodes = opcodes;
    if (out.error) {
        for (const Slot &s : stack)
            out.partialStack.push_back(s.node);
    }
    return out;
}

Unpickler::Unpickler(UnpickleSession &session, std::span<const uint8_t> buffer,
                     uint32_t bufferIndex, uint32_t streamIndex,
                     std::vector<Instruction> *instructions, std::vector<Instruction> *regions,
                     uint8_t nesting)
    : m_session(session)
    , m_buffer(buffer)
    , m_bufferIndex(bufferIndex)
    , m_stream(streamIndex)
    , m_instructions(instructions)
    , m_regions(regions)
    , m_nesting(nesting)
{}

UnpickleOutcome Unpickler::run(uint64_t start)
{
    Impl impl(*this);
    return impl.run(start);
}

} // namespace ps
