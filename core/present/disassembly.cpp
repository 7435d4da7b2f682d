// SPDX-License-Identifier: MIT
#include "present/disassembly.h"

#include "opcodes/opcode_reader.h"
#include "opcodes/opcode_table.h"
#include "present/json_emitter.h"
#include "util/bigint.h"
#include "util/py_escape.h"
#include "util/pyrepr.h"

#include <algorithm>
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

/// pickletools.dis' crude stack emulation: enough to know which MARK an opcode pops.
struct MarkState
{
    std::vector<bool> stack; ///< true = a MARK
    std::vector<uint64_t> markStack;
    std::set<int64_t> memo;
};

std::string opcodeCode(uint8_t byte)
{
    // repr(opcode.code)[1:-1]: printable ASCII as is, others as \xNN.
    if (byte >= 0x20 && byte < 0x7F) {
        if (byte == '\\')
            return "\\\\";
        return std::string(1, static_cast<char>(byte));
    }
    static const char hex[] = "0123456789abcdef";
    std::string s = "\\x";
    s += hex[byte >> 4];
    s += hex[byte & 0xF];
    return s;
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

DisassemblyIndex::DisassemblyIndex(const Document &document, size_t streamIndex)
    : m_document(&document)
    , m_stream(streamIndex)
{
    const auto &streams = document.streams();
    if (streamIndex >= streams.size())
        return;
    const PickleStream &stream = streams[streamIndex];
    const auto &buffers = document.buffers();
    const std::span<const uint8_t> buffer = stream.buffer < buffers.size()
                                                ? buffers[stream.buffer].bytes
                                                : std::span<const uint8_t>();
    std::vector<MarkState> states(1);
    uint8_t previousNesting = 0;
    m_pairing.reserve(stream.instructions.size());
    for (const Instruction &ins : stream.instructions) {
        Pairing pairing;
        const OpcodeInfo *info
            = ins.type == Instruction::Type::Opcode ? opcodeInfo(ins.opcode) : nullptr;
        if (ins.type != Instruction::Type::Opcode) {
            m_pairing.push_back(pairing);
            continue;
        }
        if (states.size() <= ins.nesting)
            states.resize(ins.nesting + 1u);
        if (ins.nesting > previousNesting)
            states[ins.nesting] = MarkState(); // a nested pickle starts afresh
        previousNesting = ins.nesting;
        MarkState &st = states[ins.nesting];
        pairing.markDepth = static_cast<uint32_t>(st.markStack.size());
        if (!info) {
            m_pairing.push_back(pairing);
            continue;
        }
        std::optional<int64_t> memoArg;
        if (info->op == Op::PUT || info->op == Op::BINPUT || info->op == Op::LONG_BINPUT) {
            if (auto raw = readInstruction(buffer, ins.offset)) {
                if (info->arg == ArgKind::DecimalNlShort) {
                    if (auto v = parseIntLine(raw->payload, false, 64); v && !v->isBig)
                        memoArg = v->small;
                } else {
                    memoArg = raw->intArg;
                }
            }
        }

        // Marks, exactly as pickletools.dis pairs them.
        const ArgKindInfo shape = stackShape(*info);
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
        m_pairing.push_back(pairing);
    }
}

DisLine DisassemblyIndex::line(size_t index, size_t maxArgChars) const
{
    DisLine line;
    const auto &streams = m_document->streams();
    if (m_stream >= streams.size() || index >= m_pairing.size())
        return line;
    const PickleStream &stream = streams[m_stream];
    const Instruction &ins = stream.instructions[index];
    line.offset = ins.offset;
    line.length = ins.length;
    line.type = ins.type;
    line.nesting = ins.nesting;
    if (ins.type == Instruction::Type::JoblibPad || ins.type == Instruction::Type::JoblibData) {
        line.name = ins.type == Instruction::Type::JoblibPad ? "JOBLIB_PAD" : "JOBLIB_DATA";
        line.argument = std::to_string(ins.length);
        return line;
    }
    const Pairing &pairing = m_pairing[index];
    line.opcode = ins.opcode;
    line.code = opcodeCode(ins.opcode);
    const OpcodeInfo *info = opcodeInfo(ins.opcode);
    line.name = info ? std::string(info->name) : "?";
    line.markDepth = pairing.markDepth;
    if (!info) {
        line.problem = "invalid load key " + describeByte(ins.opcode);
        return line;
    }
    const auto &buffers = m_document->buffers();
    const std::span<const uint8_t> buffer = stream.buffer < buffers.size()
                                                ? buffers[stream.buffer].bytes
                                                : std::span<const uint8_t>();
    if (auto raw = readInstruction(buffer, ins.offset))
        line.argument = argumentRepr(*raw, maxArgChars, line.problem);
    else
        line.problem = raw.error().message;
    switch (pairing.note) {
    case Note::None:
        break;
    case Note::MarkAt:
        line.note = "(MARK at " + std::to_string(pairing.value) + ")";
        break;
    case Note::NoMark:
        line.note = "no MARK exists on stack";
        break;
    case Note::MemoizedAs:
        line.note = "(as " + std::to_string(pairing.value) + ")";
        break;
    }
    return line;
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

std::vector<DisLine> disassembleStream(const Document &document, size_t streamIndex,
                                       size_t maxArgChars)
{
    const DisassemblyIndex index(document, streamIndex);
    std::vector<DisLine> lines;
    lines.reserve(index.size());
    for (size_t i = 0; i < index.size(); ++i)
        lines.push_back(index.line(i, maxArgChars));
    return lines;
}

std::string formatDisLine(const DisLine &line)
{
    std::string offset = std::to_string(line.offset);
    std::string s;
    if (offset.size() < 5)
        s.append(5 - offset.size(), ' ');
    s += offset;
    s += ": ";
    s.append(2 * static_cast<size_t>(line.nesting), ' ');
    if (line.type == Instruction::Type::JoblibPad)
        return s + "[joblib padding: " + std::to_string(line.length) + " bytes]";
    if (line.type == Instruction::Type::JoblibData)
        return s + "[raw array data: " + std::to_string(line.length) + " bytes]";
    std::string code = line.code;
    if (code.size() < 4)
        code.append(4 - code.size(), ' ');
    s += code;
    s += ' ';
    s.append(4 * line.markDepth, ' ');
    s += line.name;
    if (line.argument || !line.note.empty()) {
        if (line.name.size() < 10)
            s.append(10 - line.name.size(), ' ');
        if (line.argument)
            s += " " + *line.argument;
        if (!line.note.empty())
            s += " " + line.note;
    }
    if (!line.problem.empty())
        s += "  ! " + line.problem;
    return s;
}

void writeDisassembly(std::ostream &out, const Document &document, size_t maxArgChars)
{
    const auto &streams = document.streams();
    const auto &buffers = document.buffers();
    for (size_t i = 0; i < streams.size(); ++i) {
        const PickleStream &st = streams[i];
        if (i)
            out << '\n';
        out << "== " << st.name << " · protocol " << st.protocol << " · bytes " << st.begin << "–"
            << st.end;
        if (st.buffer < buffers.size() && !buffers[st.buffer].isFile
            && !buffers[st.buffer].name.empty())
            out << " of " << buffers[st.buffer].name;
        out << " ==\n";
        int maxProto = -1;
        for (const DisLine &line : disassembleStream(document, i, maxArgChars)) {
            out << formatDisLine(line) << '\n';
            if (line.type == Instruction::Type::Opcode && line.nesting == 0) {
                if (const OpcodeInfo *info = opcodeInfo(line.opcode))
                    maxProto = std::max<int>(maxProto, info->proto);
            }
        }
        out << "highest protocol among opcodes = " << maxProto << '\n';
        if (st.error)
            out << "error: " << st.error->toString() << '\n';
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
        for (const DisLine &line : disassembleStream(document, i, SIZE_MAX)) {
            std::string op
                = "[" + std::to_string(line.offset - st.begin) + ", " + jsonString(line.name) + ", "
                  + (line.argument ? jsonString(*line.argument) : std::string("null")) + "]";
            json.raw(op);
        }
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
