// SPDX-License-Identifier: MIT
#include "present/disassembly.h"

#include "opcodes/opcode_reader.h"
#include "opcodes/opcode_table.h"
#include "present/json_emitter.h"
#include "util/bigint.h"
#include "util/py_escape.h"
#include "util/pyrepr.h"

#include <algorithm>
#include <charconv>
#include <set>

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
    void insert(int64_t index)
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
            m_count += !m_dense[i];
            m_dense[i] = true;
            return;
        }
        if (index >= 0 && static_cast<uint64_t>(index) < m_dense.size()) {
            m_count += !m_dense[static_cast<size_t>(index)];
            m_dense[static_cast<size_t>(index)] = true;
            return;
        }
        m_count += m_sparse.insert(index).second;
    }

private:
    std::vector<bool> m_dense;
    std::set<int64_t> m_sparse;
    size_t m_count = 0;
};

/// pickletools.dis' crude stack emulation: enough to know which MARK an opcode pops.
struct MarkState
{
    std::vector<bool> stack; ///< true = a MARK
    std::vector<uint64_t> markStack;
    MemoIndices memo;
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

/// pickletools.dis' pairing of MARKs, one instruction after the other (a nested pickle
/// starts afresh). Bounded by the stack depth and the memo, never by the listing's length.
class Pairer
{
public:
    using Pairing = DisassemblyIndex::Pairing;
    using Note = DisassemblyIndex::Note;

    /// `raw` is the decoded instruction when the caller has it (saves decoding PUTs again).
    Pairing next(const Instruction &ins, std::span<const uint8_t> buffer, const RawInstruction *raw)
    {
        Pairing pairing;
        if (ins.type != Instruction::Type::Opcode)
            return pairing;
        const OpcodeInfo *info = opcodeInfo(ins.opcode);
        if (m_states.size() <= ins.nesting)
            m_states.resize(ins.nesting + 1u);
        if (ins.nesting > m_previousNesting)
            m_states[ins.nesting] = MarkState(); // a nested pickle starts afresh
        m_previousNesting = ins.nesting;
        MarkState &st = m_states[ins.nesting];
        pairing.markDepth = static_cast<uint32_t>(st.markStack.size());
        if (!info)
            return pairing;
        std::optional<int64_t> memoArg;
        if (info->op == Op::PUT || info->op == Op::BINPUT || info->op == Op::LONG_BINPUT) {
            Result<RawInstruction> decoded
                = raw ? Result<RawInstruction>(*raw) : readInstruction(buffer, ins.offset);
            if (decoded) {
                if (info->arg == ArgKind::DecimalNlShort) {
                    if (auto v = parseIntLine(decoded->payload, false, 64); v && !v->isBig)
                        memoArg = v->small;
                } else {
                    memoArg = decoded->intArg;
                }
            }
        }

        // Marks, exactly as pickletools.dis pairs them.
        const ArgKindInfo &shape = cachedStackShape(*info);
        size_t toPop = shape.before;
        if (shape.beforeMark >= 0
            || (info->op == Op::POP && !st.stack.empty() && st.stack.back())) {
            if (!st.markStack.empty()) {
                pairing.note = Note::MarkAt;
                pairing.value = st.markStack.back();
                st.markStack.pop_back();
                while (!st.stack.empty() && !st.stack.back())
                    st.stack.pop_back();
                if (!st.stack.empty())
                    st.stack.pop_back();
                toPop = shape.beforeMark >= 0 ? static_cast<size_t>(shape.beforeMark) : 0;
            } else {
                pairing.note = Note::NoMark;
            }
        }
        if (info->op == Op::MEMOIZE) {
            pairing.note = Note::MemoizedAs;
            pairing.value = st.memo.size();
            st.memo.insert(static_cast<int64_t>(st.memo.size()));
        } else if (memoArg) {
            st.memo.insert(*memoArg);
        }
        toPop = std::min(toPop, st.stack.size());
        st.stack.resize(st.stack.size() - toPop);
        if (shape.afterMark)
            st.markStack.push_back(ins.offset);
        for (size_t i = 0; i < shape.after; ++i)
            st.stack.push_back(shape.afterMark);
        return pairing;
    }

private:
    std::vector<MarkState> m_states = std::vector<MarkState>(1);
    uint8_t m_previousNesting = 0;
};

std::span<const uint8_t> streamBytes(const Document &document, const PickleStream &stream)
{
    const auto &buffers = document.buffers();
    return stream.buffer < buffers.size() ? buffers[stream.buffer].bytes
                                          : std::span<const uint8_t>();
}

} // namespace

DisassemblyIndex::DisassemblyIndex(const Document &document, size_t streamIndex)
    : m_document(&document)
    , m_stream(streamIndex)
{
    const auto &streams = document.streams();
    if (streamIndex >= streams.size())
        return;
    const PickleStream &stream = streams[streamIndex];
    const std::span<const uint8_t> buffer = streamBytes(document, stream);
    Pairer pairer;
    m_pairing.reserve(stream.instructions.size());
    for (const Instruction &ins : stream.instructions)
        m_pairing.push_back(pairer.next(ins, buffer, nullptr));
}

void DisassemblyIndex::fillLine(DisLine &line, const Instruction &ins, const Pairing &pairing,
                                std::span<const uint8_t> buffer, const RawInstruction *raw,
                                size_t maxArgChars)
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

DisLine DisassemblyIndex::line(size_t index, size_t maxArgChars) const
{
    const auto &streams = m_document->streams();
    if (m_stream >= streams.size() || index >= m_pairing.size())
        return DisLine();
    const PickleStream &stream = streams[m_stream];
    DisLine out;
    fillLine(out, stream.instructions[index], m_pairing[index], streamBytes(*m_document, stream),
             nullptr, maxArgChars);
    return out;
}

std::optional<size_t> DisassemblyIndex::instructionAt(uint64_t offset) const
{
    const auto &streams = m_document->streams();
    if (m_stream >= streams.size())
        return std::nullopt;
    const auto &instructions = streams[m_stream].instructions;
    auto it = std::upper_bound(
        instructions.begin(), instructions.end(), offset,
        [](uint64_t value, const Instruction &ins) { return value < ins.offset; });
    if (it == instructions.begin())
        return std::nullopt;
    --it;
    if (offset >= it->offset + std::max<uint64_t>(it->length, 1))
        return std::nullopt;
    return static_cast<size_t>(it - instructions.begin());
}

bool listableFromBytes(const Document &document)
{
    // The unpickler steps over joblib's raw array bytes once it has seen the wrapper class
    // (by name, whatever the module): only its records know where they are.
    return std::none_of(document.globals().begin(), document.globals().end(),
                        [](const GlobalRef &g) { return g.name == "NumpyArrayWrapper"; });
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
    if (!stream.instructions.empty() || stream.opcodes == 0 || !listableFromBytes(document)) {
        for (const Instruction &ins : stream.instructions) {
            fillLine(line, ins, pairer.next(ins, buffer, nullptr), buffer, nullptr, maxArgChars);
            sink(line);
        }
        return;
    }
    // Not recorded: the same instructions, read again from the bytes. The unpickler read
    // every opcode from begin to end one after the other (it stopped at STOP, or after the
    // opcode it could not run, or before the bytes it could not read as an opcode).
    uint64_t pos = stream.begin;
    while (pos < stream.end) {
        auto raw = readInstruction(buffer, pos);
        if (!raw)
            break;
        Instruction ins;
        ins.offset = pos;
        ins.length = raw->length;
        ins.opcode = buffer[pos];
        fillLine(line, ins, pairer.next(ins, buffer, &*raw), buffer, &*raw, maxArgChars);
        sink(line);
        pos += raw->length;
    }
}

std::vector<DisLine> disassembleStream(const Document &document, size_t streamIndex,
                                       size_t maxArgChars)
{
    std::vector<DisLine> lines;
    if (streamIndex < document.streams().size())
        lines.reserve(document.streams()[streamIndex].instructions.size());
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
