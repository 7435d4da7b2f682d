// SPDX-License-Identifier: MIT
#include "present/disassembly.h"

#include "document/instruction_walker.h"
#include "opcodes/opcode_reader.h"
#include "opcodes/opcode_table.h"
#include "present/json_emitter.h"
#include "util/bigint.h"
#include "util/py_escape.h"
#include "util/pyrepr.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <utility>

namespace ps {
namespace {

/// Python's codecs.escape_decode (what pickletools applies to STRING, PERSID, GLOBAL lines):
/// malformed escapes and a trailing backslash are kept as they are.
std::string escapeDecode(std::span<const uint8_t> in)
{
    const std::string_view text(reinterpret_cast<const char *>(in.data()), in.size());
    std::string out;
    out.reserve(in.size());
    for (size_t i = 0; i < text.size();) {
        if (text[i] != '\\' || i + 1 >= text.size()) {
            out += text[i++];
            continue;
        }
        const size_t escape = i++;
        if (pyescape::decode(text, i, out, pyescape::Flavor::Bytes) != pyescape::Status::Ok)
            out.append(text.substr(escape, i - escape)); // "\\x" without two hex digits
    }
    return out;
}

std::span<const uint8_t> asBytes(std::string_view s)
{
    return {reinterpret_cast<const uint8_t *>(s.data()), s.size()};
}

std::string countSuffix(size_t n, const char *unit)
{
    return " (" + std::to_string(n) + " " + unit + ")";
}

std::string intValueRepr(const IntValue &v, size_t maxChars)
{
    if (v.isBool)
        return v.small ? "True" : "False";
    if (!v.isBig)
        return std::to_string(v.small);
    // Python refuses to print ints over 4300 digits; past a limit we say how big it is.
    const uint64_t maxBits
        = maxChars == SIZE_MAX ? (uint64_t(1) << 16) : std::max<uint64_t>(64, maxChars * 3);
    return reprBigInt(v.big, maxBits);
}

std::string strRepr(std::string_view utf8, size_t maxChars)
{
    if (maxChars == SIZE_MAX)
        return reprStr(utf8);
    const size_t n = codePointCount(utf8);
    if (n <= maxChars)
        return reprStr(utf8);
    return reprStr(utf8, maxChars) + countSuffix(n, "chars");
}

std::string latin1Repr(std::span<const uint8_t> bytes, size_t maxChars)
{
    if (bytes.size() <= maxChars)
        return reprLatin1(bytes);
    return reprLatin1(bytes, maxChars) + countSuffix(bytes.size(), "chars");
}

std::string bytesRepr(std::span<const uint8_t> bytes, size_t maxChars, bool bytearray)
{
    const size_t keep = maxChars == SIZE_MAX ? SIZE_MAX : std::max<size_t>(maxChars / 4, 16);
    if (bytes.size() <= keep || maxChars == SIZE_MAX) {
        const std::string full = bytearray ? reprByteArray(bytes) : reprBytes(bytes);
        if (full.size() <= maxChars)
            return full;
    }
    return (bytearray ? reprByteArray(bytes, keep) : reprBytes(bytes, keep))
           + countSuffix(bytes.size(), "bytes");
}

struct ArgKindInfo
{
    size_t before = 0;
    int beforeMark = -1;
    size_t after = 0;
    bool afterMark = false;
};

ArgKindInfo stackShape(const OpcodeInfo &info)
{
    ArgKindInfo s;
    auto scan = [](std::string_view text, size_t &count, int &markIndex) {
        size_t pos = 0;
        while (pos < text.size()) {
            while (pos < text.size() && text[pos] == ' ')
                ++pos;
            if (pos >= text.size())
                break;
            const size_t end = std::min(text.find(' ', pos), text.size());
            if (text.substr(pos, end - pos) == "mark" && markIndex < 0)
                markIndex = static_cast<int>(count);
            ++count;
            pos = end;
        }
    };
    scan(info.stackBefore, s.before, s.beforeMark);
    int afterMark = -1;
    scan(info.stackAfter, s.after, afterMark);
    s.afterMark = afterMark >= 0;
    return s;
}

/// The memo indices pickletools.dis has seen (it numbers MEMOIZE by their count): a bit per
/// index for the dense ones pickles use, a set for the others. The bits never outgrow a
/// constant factor of the indices stored, whatever indices a file names.
class MemoIndices
{
public:
    size_t size() const { return m_count; }
    /// True when `index` was not there yet.
    bool insert(int64_t index)
    {
        const uint64_t bound = 4 * (m_count + 1) + 4096;
        if (index >= 0 && static_cast<uint64_t>(index) < bound) {
            const auto i = static_cast<size_t>(index);
            if (i >= m_dense.size()) {
                m_dense.resize(
                    std::min<size_t>(std::max<size_t>(i + 1, 2 * m_dense.size()), bound));
                // Indices the bits now cover move over from the set.
                for (auto it = m_sparse.begin(); it != m_sparse.end();) {
                    if (*it >= 0 && static_cast<uint64_t>(*it) < m_dense.size()) {
                        m_dense[static_cast<size_t>(*it)] = true;
                        it = m_sparse.erase(it);
                    } else {
                        ++it;
                    }
                }
            }
            const bool added = !m_dense[i];
            m_count += added;
            m_dense[i] = true;
            return added;
        }
        if (index >= 0 && static_cast<uint64_t>(index) < m_dense.size()) {
            const bool added = !m_dense[static_cast<size_t>(index)];
            m_count += added;
            m_dense[static_cast<size_t>(index)] = true;
            return added;
        }
        const bool added = m_sparse.insert(index).second;
        m_count += added;
        return added;
    }

private:
    std::vector<bool> m_dense;
    std::set<int64_t> m_sparse;
    size_t m_count = 0;
};

/// stackShape() of every opcode byte, parsed once.
const ArgKindInfo &cachedStackShape(const OpcodeInfo &info)
{
    static const std::vector<ArgKindInfo> shapes = [] {
        std::vector<ArgKindInfo> v(256);
        for (int b = 0; b < 256; ++b)
            if (const OpcodeInfo *i = opcodeInfo(static_cast<uint8_t>(b)))
                v[static_cast<size_t>(b)] = stackShape(*i);
        return v;
    }();
    return shapes[static_cast<uint8_t>(info.op)];
}

/// repr(opcode.code)[1:-1]: printable ASCII as is, others as \xNN.
void appendOpcodeCode(std::string &out, uint8_t byte)
{
    if (byte >= 0x20 && byte < 0x7F) {
        if (byte == '\\')
            out += "\\\\";
        else
            out += static_cast<char>(byte);
        return;
    }
    static const char hex[] = "0123456789abcdef";
    out += "\\x";
    out += hex[byte >> 4];
    out += hex[byte & 0xF];
}

/// repr(arg) for one opcode, or nullopt when it takes no argument.
std::optional<std::string> argumentRepr(const RawInstruction &raw, size_t maxChars,
                                        std::string &problem)
{
    const OpcodeInfo &info = *raw.info;
    switch (info.arg) {
    case ArgKind::None:
        return std::nullopt;
    case ArgKind::UInt1:
    case ArgKind::UInt2:
    case ArgKind::Int4:
    case ArgKind::UInt4:
        return std::to_string(raw.intArg);
    case ArgKind::UInt8:
        return std::to_string(raw.uintArg);
    case ArgKind::DecimalNlShort:
    case ArgKind::DecimalNlLong: {
        auto v = parseIntLine(raw.payload, info.arg == ArgKind::DecimalNlLong, 1u << 20);
        if (!v) {
            problem = v.error().message;
            return latin1Repr(raw.payload, maxChars);
        }
        return intValueRepr(*v, maxChars);
    }
    case ArgKind::FloatNl: {
        auto v = parseFloatLine(raw.payload);
        if (!v) {
            problem = v.error().message;
            return latin1Repr(raw.payload, maxChars);
        }
        return reprFloat(*v);
    }
    case ArgKind::Float8:
        return reprFloat(raw.floatArg);
    case ArgKind::StringNl: {
        auto v = decodeQuotedString(raw.payload);
        if (!v) {
            problem = v.error().message;
            return latin1Repr(raw.payload, maxChars);
        }
        return latin1Repr(asBytes(*v), maxChars);
    }
    case ArgKind::StringNlNoEscape:
        return latin1Repr(asBytes(escapeDecode(raw.payload)), maxChars);
    case ArgKind::StringNlNoEscapePair:
        return latin1Repr(asBytes(escapeDecode(raw.payload) + " " + escapeDecode(raw.payload2)),
                          maxChars);
    case ArgKind::String1:
    case ArgKind::String4:
        return latin1Repr(raw.payload, maxChars);
    case ArgKind::Bytes1:
    case ArgKind::Bytes4:
    case ArgKind::Bytes8:
        return bytesRepr(raw.payload, maxChars, false);
    case ArgKind::ByteArray8:
        return bytesRepr(raw.payload, maxChars, true);
    case ArgKind::UnicodeStringNl: {
        auto v = decodeRawUnicodeEscape(raw.payload);
        if (!v) {
            problem = v.error().message;
            return latin1Repr(raw.payload, maxChars);
        }
        return strRepr(*v, maxChars);
    }
    case ArgKind::UnicodeString1:
    case ArgKind::UnicodeString4:
    case ArgKind::UnicodeString8:
        return strRepr(std::string_view(reinterpret_cast<const char *>(raw.payload.data()),
                                        raw.payload.size()),
                       maxChars);
    case ArgKind::Long1:
    case ArgKind::Long4:
        return intValueRepr(parseLongBytes(raw.payload), maxChars);
    }
    return std::nullopt;
}

} // namespace

namespace {

/// What pickletools.dis notes after an instruction.
enum class Note : uint8_t { None, MarkAt, NoMark, MemoizedAs };
/// The mark pairing of one instruction.
struct Pairing
{
    uint64_t value = 0; ///< MarkAt: the MARK's offset; MemoizedAs: the memo index
    uint32_t markDepth = 0;
    Note note = Note::None;
};

/// pickletools.dis' crude stack emulation of one pickle (a nested pickle has its own): where
/// the MARKs lie on the stack, as run lengths (runs[j] items above the j-th MARK, runs[0] below
/// the first), the offsets of the MARKs open, and how many memo indices the pickle has seen.
/// Memory grows with the MARKs open, not with the items on the stack.
struct MarkState
{
    std::vector<uint64_t> runs = std::vector<uint64_t>(1);
    std::vector<uint64_t> marks;
    uint64_t memoCount = 0;

    bool topIsMark() const { return runs.size() > 1 && runs.back() == 0; }
    void push(bool mark)
    {
        if (mark)
            runs.push_back(0);
        else
            ++runs.back();
    }
    /// Pops `n` items, or all there are.
    void pop(uint64_t n)
    {
        while (n > 0) {
            const uint64_t take = std::min(n, runs.back());
            runs.back() -= take;
            n -= take;
            if (n == 0 || runs.size() == 1)
                break;
            runs.pop_back(); // the MARK item
            --n;
        }
    }
    /// Pops the items above the topmost MARK item and that item (everything when none).
    void popToMark()
    {
        if (runs.size() > 1)
            runs.pop_back();
        else
            runs[0] = 0;
    }
};

void putVarint(std::vector<uint8_t> &out, uint64_t v)
{
    while (v >= 0x80) {
        out.push_back(static_cast<uint8_t>(v | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<uint8_t>(v));
}

uint64_t getVarint(const uint8_t *&in)
{
    uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
        const uint8_t b = *in++;
        v |= uint64_t(b & 0x7F) << shift;
        if (!(b & 0x80))
            return v;
    }
}

bool testBit(const std::vector<uint64_t> &bits, uint64_t i)
{
    return i / 64 < bits.size() && ((bits[i / 64] >> (i % 64)) & 1);
}

/// pickletools.dis' pairing of MARKs, one instruction after the other (a nested pickle
/// starts afresh). Bounded by the MARKs open and the memo, never by the listing's length.
/// Its state can be saved and restored (DisassemblyIndex's checkpoints): then whether a memo
/// store names a new index comes from the bits the first pass wrote, not from the memo.
class Pairer
{
public:
    /// Keeps the memo indices; `duplicates` (may be null) gets a bit set for each memo store
    /// (numbered from 0 in stream order) that names an index seen before.
    explicit Pairer(std::vector<uint64_t> *duplicates = nullptr)
        : m_duplicatesOut(duplicates)
    {}

    /// `raw` is the decoded opcode (null when it could not be decoded).
    Pairing next(const Instruction &ins, const RawInstruction *raw)
    {
        Pairing pairing;
        if (ins.type != Instruction::Type::Opcode)
            return pairing;
        if (m_states.size() <= ins.nesting) {
            m_states.resize(ins.nesting + 1u);
            if (m_tracking)
                m_memo.resize(ins.nesting + 1u);
        }
        if (ins.nesting > m_previousNesting) { // a nested pickle starts afresh
            m_states[ins.nesting] = MarkState();
            if (m_tracking)
                m_memo[ins.nesting] = MemoIndices();
        }
        m_previousNesting = ins.nesting;
        MarkState &st = m_states[ins.nesting];
        pairing.markDepth = static_cast<uint32_t>(st.marks.size());
        if (!raw)
            return pairing;
        const OpcodeInfo *info = raw->info;
        std::optional<int64_t> memoArg;
        if (info->op == Op::PUT || info->op == Op::BINPUT || info->op == Op::LONG_BINPUT) {
            if (info->arg == ArgKind::DecimalNlShort) {
                if (auto v = parseIntLine(raw->payload, false, 64); v && !v->isBig)
                    memoArg = v->small;
            } else {
                memoArg = raw->intArg;
            }
        }

        // Marks, exactly as pickletools.dis pairs them.
        const ArgKindInfo &shape = cachedStackShape(*info);
        size_t toPop = shape.before;
        if (shape.beforeMark >= 0 || (info->op == Op::POP && st.topIsMark())) {
            if (!st.marks.empty()) {
                pairing.note = Note::MarkAt;
                pairing.value = st.marks.back();
                st.marks.pop_back();
                st.popToMark();
                toPop = shape.beforeMark >= 0 ? static_cast<size_t>(shape.beforeMark) : 0;
            } else {
                pairing.note = Note::NoMark;
            }
        }
        if (info->op == Op::MEMOIZE) {
            pairing.note = Note::MemoizedAs;
            pairing.value = st.memoCount;
            store(ins.nesting, static_cast<int64_t>(st.memoCount));
        } else if (memoArg) {
            store(ins.nesting, *memoArg);
        }
        st.pop(toPop);
        if (shape.afterMark)
            st.marks.push_back(ins.offset);
        for (size_t i = 0; i < shape.after; ++i)
            st.push(shape.afterMark);
        return pairing;
    }

    /// About the bytes save() writes, without writing them.
    size_t stateBytes() const
    {
        size_t bytes = 8;
        for (size_t level = 0; level <= m_previousNesting && level < m_states.size(); ++level)
            bytes += 6 + 2 * m_states[level].runs.size() + 3 * m_states[level].marks.size();
        return bytes;
    }
    void save(std::vector<uint8_t> &out) const
    {
        putVarint(out, m_previousNesting);
        putVarint(out, m_memoStores);
        const size_t levels = std::min<size_t>(m_previousNesting + 1u, m_states.size());
        putVarint(out, levels);
        for (size_t level = 0; level < levels; ++level) {
            const MarkState &st = m_states[level];
            putVarint(out, st.memoCount);
            putVarint(out, st.runs.size());
            for (uint64_t run : st.runs)
                putVarint(out, run);
            putVarint(out, st.marks.size());
            uint64_t previous = 0;
            for (uint64_t mark : st.marks) // MARKs open lie in offset order
                putVarint(out, mark - std::exchange(previous, mark));
        }
    }
    /// The state save() wrote; memo stores are then told apart by `duplicates`.
    void restore(const uint8_t *&in, const std::vector<uint64_t> &duplicates)
    {
        m_tracking = false;
        m_memo.clear();
        m_duplicatesIn = &duplicates;
        m_previousNesting = static_cast<uint8_t>(getVarint(in));
        m_memoStores = getVarint(in);
        m_states.assign(getVarint(in), MarkState());
        for (MarkState &st : m_states) {
            st.memoCount = getVarint(in);
            st.runs.resize(getVarint(in));
            for (uint64_t &run : st.runs)
                run = getVarint(in);
            st.marks.resize(getVarint(in));
            uint64_t previous = 0;
            for (uint64_t &mark : st.marks)
                previous = mark = previous + getVarint(in);
        }
    }

private:
    void store(uint8_t level, int64_t index)
    {
        bool added = false;
        if (m_tracking) {
            added = m_memo[level].insert(index);
            if (!added && m_duplicatesOut) {
                if (m_duplicatesOut->size() <= m_memoStores / 64)
                    m_duplicatesOut->resize(m_memoStores / 64 + 1);
                (*m_duplicatesOut)[m_memoStores / 64] |= uint64_t(1) << (m_memoStores % 64);
            }
        } else {
            added = !testBit(*m_duplicatesIn, m_memoStores);
        }
        m_states[level].memoCount += added;
        ++m_memoStores;
    }

    std::vector<MarkState> m_states = std::vector<MarkState>(1);
    std::vector<MemoIndices> m_memo = std::vector<MemoIndices>(1); ///< while tracking
    uint8_t m_previousNesting = 0;
    uint64_t m_memoStores = 0;
    bool m_tracking = true;
    std::vector<uint64_t> *m_duplicatesOut = nullptr;
    const std::vector<uint64_t> *m_duplicatesIn = nullptr;
};

/// A line of the listing from its instruction (`raw`: decoded, null when it could not be).
void fillLine(DisLine &line, const Instruction &ins, const Pairing &pairing,
              std::span<const uint8_t> buffer, const RawInstruction *raw, size_t maxArgChars)
{
    // Assigning keeps the strings' capacity: a listing reuses one line.
    line.opcode = 0;
    line.code.clear();
    line.markDepth = 0;
    line.argument.reset();
    line.note.clear();
    line.problem.clear();
    line.offset = ins.offset;
    line.length = ins.length;
    line.type = ins.type;
    line.nesting = ins.nesting;
    if (ins.type == Instruction::Type::JoblibPad || ins.type == Instruction::Type::JoblibData) {
        line.name = ins.type == Instruction::Type::JoblibPad ? "JOBLIB_PAD" : "JOBLIB_DATA";
        line.argument = std::to_string(ins.length);
        return;
    }
    line.opcode = ins.opcode;
    appendOpcodeCode(line.code, ins.opcode);
    const OpcodeInfo *info = opcodeInfo(ins.opcode);
    line.name = info ? info->name : std::string_view("?");
    line.markDepth = pairing.markDepth;
    if (!info) {
        line.problem = "invalid load key " + describeByte(ins.opcode);
        return;
    }
    if (raw) {
        line.argument = argumentRepr(*raw, maxArgChars, line.problem);
    } else if (auto decoded = readInstruction(buffer, ins.offset)) {
        line.argument = argumentRepr(*decoded, maxArgChars, line.problem);
    } else {
        line.problem = decoded.error().message;
    }
    switch (pairing.note) {
    case Note::None:
        break;
    case Note::MarkAt:
        line.note = "(MARK at ";
        line.note += std::to_string(pairing.value);
        line.note += ')';
        break;
    case Note::NoMark:
        line.note = "no MARK exists on stack";
        break;
    case Note::MemoizedAs:
        line.note = "(as ";
        line.note += std::to_string(pairing.value);
        line.note += ')';
        break;
    }
}

/// Checkpoints are at least this many lines apart...
constexpr uint64_t kMinSpacing = 128;
/// ...and further when their state is big: a listing keeps at most about this many bytes of
/// checkpoints per line, whatever MARKs a file leaves open.
constexpr uint64_t kBytesPerLine = 1;

void saveWalker(std::vector<uint8_t> &out, const InstructionWalker::Position &at)
{
    putVarint(out, at.region);
    putVarint(out, at.nested.size());
    for (uint64_t end : at.nested)
        putVarint(out, end);
}

InstructionWalker::Position restoreWalker(const uint8_t *&in, uint64_t offset)
{
    InstructionWalker::Position at;
    at.offset = offset;
    at.region = static_cast<size_t>(getVarint(in));
    at.nested.resize(getVarint(in));
    for (uint64_t &end : at.nested)
        end = getVarint(in);
    return at;
}

} // namespace

struct DisassemblyIndex::Data
{
    struct Checkpoint
    {
        uint64_t line = 0;   ///< index of the line read next
        uint64_t offset = 0; ///< its offset
        uint64_t state = 0;  ///< where its walker and pairer state starts in `states`
    };
    const Document *document = nullptr;
    size_t stream = 0;
    uint64_t lines = 0;
    std::vector<Checkpoint> checkpoints;
    std::vector<uint8_t> states;
    std::vector<uint64_t> duplicates; ///< Pairer's memo-store bits
};

DisassemblyIndex::DisassemblyIndex(const Document &document, size_t streamIndex,
                                   const std::atomic<bool> *cancel)
{
    constexpr uint64_t kReleaseEveryLines = (uint64_t(1) << 19) - 1; // about 5-10 MB of opcodes
    auto data = std::make_shared<Data>();
    data->document = &document;
    data->stream = streamIndex;
    if (streamIndex < document.streams().size()) {
        InstructionWalker walker(document, streamIndex);
        Pairer pairer(&data->duplicates);
        Instruction ins;
        RawInstruction raw;
        uint64_t since = UINT64_MAX;
        for (uint64_t line = 0;; ++line) {
            if (since >= kMinSpacing
                && (since == UINT64_MAX
                    || since * kBytesPerLine >= pairer.stateBytes() + sizeof(Data::Checkpoint))) {
                const auto &at = walker.position();
                data->checkpoints.push_back({line, at.offset, data->states.size()});
                saveWalker(data->states, at);
                pairer.save(data->states);
                since = 0;
            }
            if (!walker.next(ins, raw))
                break;
            (void)pairer.next(ins, ins.type == Instruction::Type::Opcode ? &raw : nullptr);
            ++since;
            if ((line & 0xFFFF) == 0 && cancel && cancel->load(std::memory_order_relaxed))
                break;
            // The pass reads the whole file once: give its pages back as it goes, or a file
            // would end up resident in full (the rows shown later map theirs again).
            if ((line & kReleaseEveryLines) == kReleaseEveryLines)
                document.releaseMappedPages();
            data->lines = line + 1;
        }
        data->checkpoints.shrink_to_fit();
        data->states.shrink_to_fit();
        data->duplicates.shrink_to_fit();
    }
    m_data = std::move(data);
}

size_t DisassemblyIndex::size() const
{
    return m_data ? static_cast<size_t>(m_data->lines) : 0;
}

size_t DisassemblyIndex::memoryBytes() const
{
    if (!m_data)
        return 0;
    return sizeof(Data) + m_data->checkpoints.capacity() * sizeof(Data::Checkpoint)
           + m_data->states.capacity() + m_data->duplicates.capacity() * sizeof(uint64_t);
}

struct DisassemblyIndex::Cursor::State
{
    State(const Document &document, size_t stream)
        : walker(document, stream)
    {}
    InstructionWalker walker;
    Pairer pairer;
    uint64_t next = UINT64_MAX; ///< the line walker and pairer read next (MAX: none yet)
    uint64_t current = UINT64_MAX;
    size_t currentChars = 0;
    DisLine line;
};

DisassemblyIndex::Cursor::Cursor(const DisassemblyIndex &index)
    : m_data(index.m_data)
{}

DisassemblyIndex::Cursor::~Cursor() = default;
DisassemblyIndex::Cursor::Cursor(Cursor &&) noexcept = default;
DisassemblyIndex::Cursor &DisassemblyIndex::Cursor::operator=(Cursor &&) noexcept = default;

const DisLine &DisassemblyIndex::Cursor::line(size_t index, size_t maxArgChars)
{
    static const DisLine kNone;
    if (!m_data || index >= m_data->lines)
        return kNone;
    const Data &d = *m_data;
    if (!m_state)
        m_state = std::make_unique<State>(*d.document, d.stream);
    State &s = *m_state;
    if (s.current == index && s.currentChars == maxArgChars)
        return s.line;
    // The last checkpoint at or before the line, unless the cursor stands between them.
    const auto cp = std::prev(
        std::partition_point(d.checkpoints.begin(), d.checkpoints.end(),
                             [index](const Data::Checkpoint &c) { return c.line <= index; }));
    if (s.next == UINT64_MAX || s.next > index || cp->line > s.next) {
        const uint8_t *in = d.states.data() + cp->state;
        s.walker.seek(restoreWalker(in, cp->offset));
        s.pairer.restore(in, d.duplicates);
        s.next = cp->line;
    }
    const std::span<const uint8_t> buffer
        = streamBytes(*d.document, d.document->streams()[d.stream]);
    Instruction ins;
    RawInstruction raw;
    while (s.next <= index) {
        if (!s.walker.next(ins, raw)) {
            s.next = UINT64_MAX;
            s.current = UINT64_MAX;
            return kNone;
        }
        const RawInstruction *decoded = ins.type == Instruction::Type::Opcode ? &raw : nullptr;
        const Pairing pairing = s.pairer.next(ins, decoded);
        if (s.next == index)
            fillLine(s.line, ins, pairing, buffer, decoded, maxArgChars);
        ++s.next;
    }
    s.current = index;
    s.currentChars = maxArgChars;
    return s.line;
}

DisLine DisassemblyIndex::line(size_t index, size_t maxArgChars) const
{
    Cursor cursor(*this);
    return cursor.line(index, maxArgChars);
}

size_t DisassemblyIndex::linesBefore(uint64_t offset, Instruction *last) const
{
    if (!m_data || m_data->checkpoints.empty())
        return 0;
    const Data &d = *m_data;
    auto cp
        = std::partition_point(d.checkpoints.begin(), d.checkpoints.end(),
                               [offset](const Data::Checkpoint &c) { return c.offset < offset; });
    if (cp != d.checkpoints.begin())
        --cp;
    InstructionWalker walker(*d.document, d.stream);
    const uint8_t *in = d.states.data() + cp->state;
    walker.seek(restoreWalker(in, cp->offset));
    uint64_t n = cp->line;
    Instruction ins;
    RawInstruction raw;
    while (n < d.lines && walker.next(ins, raw) && ins.offset < offset) {
        if (last)
            *last = ins;
        ++n;
    }
    return static_cast<size_t>(n);
}

std::optional<size_t> DisassemblyIndex::instructionAt(uint64_t offset) const
{
    Instruction last;
    const size_t n = linesBefore(offset + 1, &last);
    if (n == 0 || offset >= last.offset + std::max<uint64_t>(last.length, 1))
        return std::nullopt;
    return n - 1;
}

std::optional<std::pair<size_t, size_t>> DisassemblyIndex::linesOverlapping(uint64_t begin,
                                                                            uint64_t end) const
{
    Instruction before;
    size_t first = linesBefore(begin + 1, &before);
    if (first > 0 && before.offset + std::max<uint64_t>(before.length, 1) > begin)
        --first; // the line that holds `begin`
    const size_t last = linesBefore(std::max(end, begin + 1));
    if (first >= last)
        return std::nullopt;
    return std::make_pair(first, last - 1);
}

void DisassemblyIndex::forEachLine(const Document &document, size_t streamIndex, size_t maxArgChars,
                                   const std::function<void(const DisLine &)> &sink)
{
    const auto &streams = document.streams();
    if (streamIndex >= streams.size())
        return;
    const PickleStream &stream = streams[streamIndex];
    const std::span<const uint8_t> buffer = streamBytes(document, stream);
    Pairer pairer;
    DisLine line;
    RawInstruction raw;
    if (!stream.instructions.empty()) {
        // Recorded (OpenOptions::recordInstructions): what the unpickler read, as it read it.
        for (const Instruction &ins : stream.instructions) {
            const bool decoded = ins.type == Instruction::Type::Opcode
                                 && decodeInstruction(buffer, ins.offset, raw);
            const RawInstruction *r = decoded ? &raw : nullptr;
            fillLine(line, ins, pairer.next(ins, r), buffer, r, maxArgChars);
            sink(line);
        }
        return;
    }
    // The same instructions, read again from the bytes (and the stream's regions).
    InstructionWalker walker(buffer, stream);
    Instruction ins;
    while (walker.next(ins, raw)) {
        const RawInstruction *r = ins.type == Instruction::Type::Opcode ? &raw : nullptr;
        fillLine(line, ins, pairer.next(ins, r), buffer, r, maxArgChars);
        sink(line);
    }
}

std::vector<DisLine> disassembleStream(const Document &document, size_t streamIndex,
                                       size_t maxArgChars)
{
    std::vector<DisLine> lines;
    DisassemblyIndex::forEachLine(document, streamIndex, maxArgChars,
                                  [&](const DisLine &line) { lines.push_back(line); });
    return lines;
}

void appendDisLine(std::string &s, const DisLine &line)
{
    char digits[24];
    const auto [endDigits, ec] = std::to_chars(digits, digits + sizeof digits, line.offset);
    (void)ec;
    const auto width = static_cast<size_t>(endDigits - digits);
    if (width < 5)
        s.append(5 - width, ' ');
    s.append(digits, width);
    s += ": ";
    s.append(2 * static_cast<size_t>(line.nesting), ' ');
    if (line.type == Instruction::Type::JoblibPad || line.type == Instruction::Type::JoblibData) {
        s += line.type == Instruction::Type::JoblibPad ? "[joblib padding: " : "[raw array data: ";
        s += std::to_string(line.length);
        s += " bytes]";
        return;
    }
    s += line.code;
    if (line.code.size() < 4)
        s.append(4 - line.code.size(), ' ');
    s += ' ';
    s.append(4 * line.markDepth, ' ');
    s += line.name;
    if (line.argument || !line.note.empty()) {
        if (line.name.size() < 10)
            s.append(10 - line.name.size(), ' ');
        if (line.argument) {
            s += ' ';
            s += *line.argument;
        }
        if (!line.note.empty()) {
            s += ' ';
            s += line.note;
        }
    }
    if (!line.problem.empty()) {
        s += "  ! ";
        s += line.problem;
    }
}

std::string formatDisLine(const DisLine &line)
{
    std::string s;
    appendDisLine(s, line);
    return s;
}

namespace {

/// Collects output in a block and hands it to the stream a block at a time.
class BlockWriter
{
public:
    explicit BlockWriter(std::ostream &out)
        : m_out(out)
    {
        m_block.reserve(kBlock + 4096);
    }
    ~BlockWriter() { flush(); }
    std::string &block() { return m_block; }
    void maybeFlush()
    {
        if (m_block.size() >= kBlock)
            flush();
    }
    void flush()
    {
        m_out.write(m_block.data(), static_cast<std::streamsize>(m_block.size()));
        m_block.clear();
    }

private:
    static constexpr size_t kBlock = 1 << 16;
    std::ostream &m_out;
    std::string m_block;
};

} // namespace

void writeDisassembly(std::ostream &out, const Document &document, size_t maxArgChars)
{
    const auto &streams = document.streams();
    const auto &buffers = document.buffers();
    BlockWriter writer(out);
    std::string &text = writer.block();
    for (size_t i = 0; i < streams.size(); ++i) {
        const PickleStream &st = streams[i];
        if (i)
            text += '\n';
        text += "== " + st.name + " · protocol " + std::to_string(st.protocol) + " · bytes "
                + std::to_string(st.begin) + "–" + std::to_string(st.end);
        if (st.buffer < buffers.size() && !buffers[st.buffer].isFile
            && !buffers[st.buffer].name.empty())
            text += " of " + buffers[st.buffer].name;
        text += " ==\n";
        int maxProto = -1;
        DisassemblyIndex::forEachLine(document, i, maxArgChars, [&](const DisLine &line) {
            appendDisLine(text, line);
            text += '\n';
            writer.maybeFlush();
            if (line.type == Instruction::Type::Opcode && line.nesting == 0) {
                if (const OpcodeInfo *info = opcodeInfo(line.opcode))
                    maxProto = std::max<int>(maxProto, info->proto);
            }
        });
        text += "highest protocol among opcodes = " + std::to_string(maxProto) + '\n';
        if (st.error)
            text += "error: " + st.error->toString() + '\n';
    }
}

void writeDisassemblyJson(std::ostream &out, const Document &document, bool pretty)
{
    JsonEmitter json(pretty, 1, &out);
    json.beginObject();
    json.key("streams");
    json.beginArray();
    const auto &streams = document.streams();
    for (size_t i = 0; i < streams.size(); ++i) {
        const PickleStream &st = streams[i];
        json.beginObject();
        json.key("name");
        json.string(st.name);
        json.key("begin");
        json.number(st.begin);
        json.key("ops");
        json.beginArray();
        // The ops are compact one-liners like the fixtures' .dis.json.
        DisassemblyIndex::forEachLine(document, i, SIZE_MAX, [&](const DisLine &line) {
            std::string op
                = "[" + std::to_string(line.offset - st.begin) + ", " + jsonString(line.name) + ", "
                  + (line.argument ? jsonString(*line.argument) : std::string("null")) + "]";
            json.raw(op);
        });
        json.end();
        if (st.error) {
            json.key("error");
            json.string(st.error->toString());
        }
        json.end();
    }
    json.end();
    json.end();
    json.flush();
    out << '\n';
}

} // namespace ps
