// SPDX-License-Identifier: MIT
#include "reader/stream_scan.h"

#include "opcodes/opcode_reader.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace ps {
namespace {

/// What the scan knows of a value: the unpickler's node kind, and for tuples whether Python
/// could hash them. Nothing per object beyond this byte.
enum class Tag : uint8_t {
    Absent, ///< memo: no entry
    None,
    Bool,
    Int,
    BigInt,
    Float,
    Str,
    Py2Ascii, ///< a protocol-2 string the unpickler takes as a str (ASCII)
    Py2Other,
    Bytes,
    ByteArray,
    Tuple,
    TupleUnhashable, ///< a tuple holding a list, dict, set or bytearray (at any depth)
    List,
    Dict,
    Set,
    FrozenSet,
    Global,
    Call,
    Instance,
    PersId,
    Ext,
    Buffer,
};

bool isObject(Tag t)
{
    return t == Tag::Call || t == Tag::Instance || t == Tag::PersId;
}
/// Kinds the unpickler lets stand for anything at load time (a call may return any value).
bool isOpaque(Tag t)
{
    return isObject(t) || t == Tag::Ext;
}
bool unhashable(Tag t)
{
    return t == Tag::List || t == Tag::Dict || t == Tag::Set || t == Tag::ByteArray
           || t == Tag::TupleUnhashable;
}
bool strLike(Tag t)
{
    return t == Tag::Str || t == Tag::Py2Ascii;
}
bool asciiText(std::span<const uint8_t> b)
{
    return std::all_of(b.begin(), b.end(), [](uint8_t c) { return c < 0x80; });
}
std::string_view text(std::span<const uint8_t> b)
{
    return {reinterpret_cast<const char *>(b.data()), b.size()};
}
bool isWrapperName(std::string_view name)
{
    if (!name.empty() && name.back() == '\r')
        name.remove_suffix(1);
    return name == "NumpyArrayWrapper";
}

/// Memo entries by index, one byte each, dense from 0 as picklers write them; an index far
/// beyond the entries stored is left to the unpickler (its memo is a hash map).
class TagMemo
{
public:
    size_t size() const { return m_count; }
    /// nullptr when the index is beyond what the scan keeps.
    Tag *slot(uint64_t index)
    {
        if (index >= m_dense.size()) {
            const uint64_t bound = 4 * (m_count + 1) + 4096;
            if (index >= bound)
                return nullptr;
            m_dense.resize(static_cast<size_t>(
                std::min<uint64_t>(std::max<uint64_t>(index + 1, 2 * m_dense.size()), bound)));
        }
        return &m_dense[static_cast<size_t>(index)];
    }
    std::optional<Tag> get(uint64_t index) const
    {
        if (index >= m_dense.size() || m_dense[static_cast<size_t>(index)] == Tag::Absent)
            return std::nullopt;
        return m_dense[static_cast<size_t>(index)];
    }
    void put(Tag *slot, Tag tag)
    {
        m_count += *slot == Tag::Absent;
        *slot = tag;
    }

private:
    std::vector<Tag> m_dense;
    size_t m_count = 0;
};

/// The unpickler's stack discipline (Unpickler::Impl) over kinds: every check that could make it
/// stop is either proven to pass or answered with Step::Unsure.
class KindMachine
{
public:
    enum class Step : uint8_t { Next, Stop, Unsure };

    KindMachine(std::span<const uint8_t> buffer, const ReadLimits &limits, bool joblibArrays)
        : m_buffer(buffer)
        , m_limits(limits)
        , m_joblibArrays(joblibArrays)
    {}

    int protocol = 0;
    bool hasProto = false;
    Tag root = Tag::Absent;
    /// The first FRAME longer than the bytes left: the pickle's error, wherever reading ends.
    std::optional<Error> truncatedFrame;

    Step step(const RawInstruction &in)
    {
        switch (in.op()) {
        case Op::NONE:
            return push(Tag::None);
        case Op::NEWTRUE:
        case Op::NEWFALSE:
            return push(Tag::Bool);
        case Op::INT:
        case Op::LONG: {
            auto v = parseIntLine(in.payload, in.op() == Op::LONG, m_limits.maxDecimalDigits);
            if (!v.ok())
                return Step::Unsure;
            return push(v->isBool ? Tag::Bool : v->isBig ? Tag::BigInt : Tag::Int);
        }
        case Op::BININT:
        case Op::BININT1:
        case Op::BININT2:
            return push(Tag::Int);
        case Op::LONG1:
        case Op::LONG4:
            if (in.payload.size() > m_limits.maxLongBytes)
                return Step::Unsure;
            return push(parseLongBytes(in.payload).isBig ? Tag::BigInt : Tag::Int);
        case Op::FLOAT:
            return parseFloatLine(in.payload).ok() ? push(Tag::Float) : Step::Unsure;
        case Op::BINFLOAT:
            return push(Tag::Float);
        case Op::STRING: {
            auto v = decodeQuotedString(in.payload);
            if (!v.ok())
                return Step::Unsure;
            const std::span<const uint8_t> bytes(reinterpret_cast<const uint8_t *>(v->data()),
                                                 v->size());
            return pushText(asciiText(bytes) ? Tag::Py2Ascii : Tag::Py2Other, *v);
        }
        case Op::BINSTRING:
        case Op::SHORT_BINSTRING:
            return pushText(asciiText(in.payload) ? Tag::Py2Ascii : Tag::Py2Other,
                            text(in.payload));
        case Op::BINBYTES:
        case Op::SHORT_BINBYTES:
        case Op::BINBYTES8:
            return push(Tag::Bytes);
        case Op::BYTEARRAY8:
            return push(Tag::ByteArray);
        case Op::UNICODE: {
            auto v = decodeRawUnicodeEscape(in.payload);
            if (!v.ok())
                return Step::Unsure;
            return pushText(Tag::Str, *v);
        }
        case Op::SHORT_BINUNICODE:
        case Op::BINUNICODE:
        case Op::BINUNICODE8:
            if (!isValidUtf8SurrogatePass(in.payload))
                return Step::Unsure;
            return pushText(Tag::Str, text(in.payload));

        case Op::EMPTY_TUPLE:
            return push(Tag::Tuple);
        case Op::EMPTY_LIST:
            return push(Tag::List);
        case Op::EMPTY_DICT:
            return push(Tag::Dict);
        case Op::EMPTY_SET:
            return push(Tag::Set);
        case Op::TUPLE1:
        case Op::TUPLE2:
        case Op::TUPLE3: {
            const size_t n = in.op() == Op::TUPLE1 ? 1 : in.op() == Op::TUPLE2 ? 2 : 3;
            if (!canPop(n))
                return Step::Unsure;
            const Tag t = tupleOf(m_stack.end() - static_cast<std::ptrdiff_t>(n), m_stack.end());
            m_stack.resize(m_stack.size() - n);
            return push(t);
        }
        case Op::TUPLE:
        case Op::LIST:
        case Op::FROZENSET: {
            size_t from = 0;
            if (!popMark(from))
                return Step::Unsure;
            const auto items = m_stack.begin() + static_cast<std::ptrdiff_t>(from);
            if (in.op() == Op::FROZENSET && std::any_of(items, m_stack.end(), unhashable))
                return Step::Unsure;
            const Tag t = in.op() == Op::TUPLE  ? tupleOf(items, m_stack.end())
                          : in.op() == Op::LIST ? Tag::List
                                                : Tag::FrozenSet;
            m_stack.resize(from);
            return push(t);
        }
        case Op::DICT: {
            size_t from = 0;
            if (!popMark(from) || !pairsWithHashableKeys(from))
                return Step::Unsure;
            m_stack.resize(from);
            return push(Tag::Dict);
        }
        case Op::APPEND:
            if (!canPop(2))
                return Step::Unsure;
            m_stack.pop_back();
            return accepts(m_stack.back(), Tag::List);
        case Op::APPENDS: {
            size_t from = 0;
            if (!popMark(from) || !canPop(1 + (m_stack.size() - from)))
                return Step::Unsure;
            m_stack.resize(from);
            return accepts(m_stack.back(), Tag::List);
        }
        case Op::SETITEM:
            if (!canPop(3) || unhashable(m_stack[m_stack.size() - 2]))
                return Step::Unsure;
            m_stack.resize(m_stack.size() - 2);
            return accepts(m_stack.back(), Tag::Dict);
        case Op::SETITEMS: {
            size_t from = 0;
            if (!popMark(from) || !canPop(1 + (m_stack.size() - from))
                || !pairsWithHashableKeys(from))
                return Step::Unsure;
            m_stack.resize(from);
            return accepts(m_stack.back(), Tag::Dict);
        }
        case Op::ADDITEMS: {
            size_t from = 0;
            if (!popMark(from) || !canPop(1 + (m_stack.size() - from))
                || std::any_of(m_stack.begin() + static_cast<std::ptrdiff_t>(from), m_stack.end(),
                               unhashable))
                return Step::Unsure;
            m_stack.resize(from);
            return accepts(m_stack.back(), Tag::Set);
        }

        case Op::MARK:
            if (m_marks.size() >= m_limits.maxMarks)
                return Step::Unsure;
            m_marks.push_back(m_stack.size());
            return Step::Next;
        case Op::POP:
            if (!m_marks.empty() && m_stack.size() == m_marks.back()) {
                m_marks.pop_back();
                return Step::Next;
            }
            if (!canPop(1))
                return Step::Unsure;
            m_stack.pop_back();
            return Step::Next;
        case Op::POP_MARK: {
            size_t from = 0;
            if (!popMark(from))
                return Step::Unsure;
            m_stack.resize(from);
            return Step::Next;
        }
        case Op::DUP:
            return canPop(1) ? push(m_stack.back()) : Step::Unsure;

        case Op::PUT: {
            auto v = parseIntLine(in.payload, false, 20);
            if (!v.ok() || v->isBig || v->isBool || v->small < 0)
                return Step::Unsure;
            return memoPut(static_cast<uint64_t>(v->small));
        }
        case Op::BINPUT:
        case Op::LONG_BINPUT:
            return memoPut(static_cast<uint64_t>(in.intArg));
        case Op::MEMOIZE:
            return memoPut(m_memo.size());
        case Op::GET: {
            auto v = parseIntLine(in.payload, false, 20);
            if (!v.ok() || v->isBig || v->isBool || v->small < 0)
                return Step::Unsure;
            return memoGet(static_cast<uint64_t>(v->small));
        }
        case Op::BINGET:
        case Op::LONG_BINGET:
            return memoGet(static_cast<uint64_t>(in.intArg));

        case Op::GLOBAL:
            if (!isValidUtf8SurrogatePass(in.payload) || !isValidUtf8SurrogatePass(in.payload2)
                || (m_joblibArrays && isWrapperName(text(in.payload2))))
                return Step::Unsure;
            return push(Tag::Global);
        case Op::STACK_GLOBAL: {
            if (!canPop(2))
                return Step::Unsure;
            const Tag name = m_stack.back();
            const Tag module = m_stack[m_stack.size() - 2];
            auto maybeStr = [](Tag t) {
                return strLike(t) || isOpaque(t) || t == Tag::Global;
            };
            if (!maybeStr(name) || !maybeStr(module))
                return Step::Unsure;
            m_stack.resize(m_stack.size() - 2);
            return push(Tag::Global);
        }
        case Op::REDUCE:
        case Op::NEWOBJ: {
            if (!canPop(2))
                return Step::Unsure;
            const Tag args = m_stack.back();
            const Tag callable = m_stack[m_stack.size() - 2];
            if (!maybeTuple(args) || !maybeCallable(callable))
                return Step::Unsure;
            m_stack.resize(m_stack.size() - 2);
            return push(in.op() == Op::REDUCE ? Tag::Call : Tag::Instance);
        }
        case Op::NEWOBJ_EX: {
            if (!canPop(3))
                return Step::Unsure;
            const Tag kwargs = m_stack.back();
            const Tag args = m_stack[m_stack.size() - 2];
            const Tag cls = m_stack[m_stack.size() - 3];
            if ((kwargs != Tag::Dict && !isOpaque(kwargs)) || !maybeTuple(args)
                || !maybeCallable(cls))
                return Step::Unsure;
            m_stack.resize(m_stack.size() - 3);
            return push(Tag::Instance);
        }
        case Op::INST: {
            size_t from = 0;
            if (!asciiText(in.payload) || !asciiText(in.payload2)
                || (m_joblibArrays && isWrapperName(text(in.payload2))) || !popMark(from))
                return Step::Unsure;
            m_stack.resize(from);
            return push(Tag::Instance);
        }
        case Op::OBJ: {
            size_t from = 0;
            if (!popMark(from) || from == m_stack.size() || !maybeCallable(m_stack[from]))
                return Step::Unsure;
            m_stack.resize(from);
            return push(Tag::Instance);
        }
        case Op::BUILD:
            // Never refused (a BUILD on a non-object is recorded as a mutation); joblib's
            // wrapper never gets here (its name is left to the unpickler).
            if (!canPop(2))
                return Step::Unsure;
            m_stack.pop_back();
            return Step::Next;
        case Op::PERSID:
            return asciiText(in.payload) ? push(Tag::PersId) : Step::Unsure;
        case Op::BINPERSID:
            if (!canPop(1))
                return Step::Unsure;
            m_stack.back() = Tag::PersId;
            return Step::Next;
        case Op::EXT1:
        case Op::EXT2:
        case Op::EXT4:
            return in.intArg > 0 ? push(Tag::Ext) : Step::Unsure;
        case Op::NEXT_BUFFER:
            return push(Tag::Buffer);
        case Op::READONLY_BUFFER:
            return canPop(1) ? Step::Next : Step::Unsure;

        case Op::PROTO:
            if (in.intArg > 5)
                return Step::Unsure;
            if (!hasProto) {
                protocol = static_cast<int>(in.intArg);
                hasProto = true;
            }
            return Step::Next;
        case Op::FRAME: {
            // _pickle.c load_frame: a frame longer than the bytes left (a truncated file) makes
            // the pickle fail with this error once the unpickler has read on to its end.
            const uint64_t left = m_buffer.size() - (in.offset + in.length);
            if (in.uintArg > left && !truncatedFrame)
                truncatedFrame
                    = makeError(in.offset,
                                "FRAME length " + std::to_string(in.uintArg) + " exceeds the "
                                    + std::to_string(left) + " bytes left",
                                std::string(in.info->name));
            return Step::Next;
        }
        case Op::STOP:
            if (!canPop(1))
                return Step::Unsure;
            root = m_stack.back();
            return Step::Stop;
        }
        return Step::Unsure;
    }

private:
    std::span<const uint8_t> m_buffer;
    const ReadLimits &m_limits;
    bool m_joblibArrays;
    std::vector<Tag> m_stack;
    std::vector<size_t> m_marks; ///< stack sizes at the open MARKs
    TagMemo m_memo;

    static bool maybeTuple(Tag t)
    {
        return t == Tag::Tuple || t == Tag::TupleUnhashable || isOpaque(t);
    }
    static bool maybeCallable(Tag t) { return t == Tag::Global || isOpaque(t); }

    size_t fence() const { return m_marks.empty() ? 0 : m_marks.back(); }
    bool canPop(size_t n) const { return m_stack.size() >= fence() + n; }
    bool popMark(size_t &from)
    {
        if (m_marks.empty())
            return false;
        from = m_marks.back();
        m_marks.pop_back();
        return true;
    }
    Step push(Tag t)
    {
        if (m_stack.size() >= m_limits.maxStack)
            return Step::Unsure;
        m_stack.push_back(t);
        return Step::Next;
    }
    Step pushText(Tag t, std::string_view value)
    {
        // A STACK_GLOBAL may name joblib's wrapper with it.
        if (m_joblibArrays && isWrapperName(value))
            return Step::Unsure;
        return push(t);
    }
    template<class It>
    static Tag tupleOf(It begin, It end)
    {
        return std::any_of(begin, end, unhashable) ? Tag::TupleUnhashable : Tag::Tuple;
    }
    /// The items above `from` are key/value pairs with hashable keys.
    bool pairsWithHashableKeys(size_t from) const
    {
        if ((m_stack.size() - from) % 2 != 0)
            return false;
        for (size_t i = from; i < m_stack.size(); i += 2)
            if (unhashable(m_stack[i]))
                return false;
        return true;
    }
    /// APPEND(S) / SETITEM(S) / ADDITEMS on `target`: its own container kind, an object, or a
    /// global (a recorded mutation).
    static Step accepts(Tag target, Tag container)
    {
        return target == container || isObject(target) || target == Tag::Global ? Step::Next
                                                                                : Step::Unsure;
    }
    Step memoPut(uint64_t index)
    {
        if (m_stack.size() <= fence())
            return Step::Unsure;
        Tag *slot = m_memo.slot(index);
        if (!slot || (*slot == Tag::Absent && m_memo.size() >= m_limits.maxMemo))
            return Step::Unsure;
        m_memo.put(slot, m_stack.back());
        return Step::Next;
    }
    Step memoGet(uint64_t index)
    {
        const auto t = m_memo.get(index);
        return t ? push(*t) : Step::Unsure;
    }
};

} // namespace

StreamScan::StreamScan(std::span<const uint8_t> buffer, const ReadLimits &limits, bool joblibArrays,
                       uint64_t &opcodesRun)
    : m_buffer(buffer)
    , m_limits(limits)
    , m_joblibArrays(joblibArrays)
    , m_opcodesRun(opcodesRun)
{}

StreamScan::Outcome StreamScan::run(uint64_t start)
{
    Outcome out;
    KindMachine machine(m_buffer, m_limits, m_joblibArrays);
    uint64_t pos = start;
    int maxOpcodeProto = 0;
    try {
        for (;;) {
            auto r = readInstruction(m_buffer, pos);
            if (!r.ok()) {
                out.error = r.error();
                break;
            }
            if (++m_opcodesRun > m_limits.maxOpcodes) {
                out.needsUnpickler = true;
                break;
            }
            maxOpcodeProto = std::max<int>(maxOpcodeProto, r->info->proto);
            ++out.opcodes;
            pos += r->length;
            const KindMachine::Step step = machine.step(*r);
            if (step == KindMachine::Step::Unsure) {
                out.needsUnpickler = true;
                break;
            }
            if (step == KindMachine::Step::Stop)
                break;
        }
    } catch (const std::bad_alloc &) {
        out.needsUnpickler = true; // the unpickler reports it in its words
    }
    if (machine.truncatedFrame)
        out.error = machine.truncatedFrame; // the unpickler's error, even after its STOP
    out.end = pos;
    out.protocol = machine.hasProto ? machine.protocol : maxOpcodeProto;
    out.hasProto = machine.hasProto;
    out.bigIntRoot = !out.error && machine.root == Tag::BigInt;
    return out;
}

} // namespace ps
