// SPDX-License-Identifier: MIT
#include "opcodes/opcode_reader.h"

#include "util/py_escape.h"

#include "util/bigint.h"
#include "util/utf8.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace ps {
namespace {

uint64_t readLE(const uint8_t *p, int n)
{
    uint64_t v = 0;
    for (int i = n - 1; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

std::string opName(const OpcodeInfo *info)
{
    return std::string(info->name);
}

Error truncated(const OpcodeInfo *info, uint64_t offset, std::string_view what, uint64_t need,
                uint64_t left)
{
    return makeError(offset,
                     std::string(what) + " needs " + std::to_string(need) + " bytes but only "
                         + std::to_string(left) + " are left (truncated file?)",
                     opName(info));
}

int hexValue(uint8_t c)
{
    return pyescape::hexDigit(static_cast<char>(c));
}

} // namespace

std::string describeByte(uint8_t byte)
{
    if (byte >= 0x20 && byte < 0x7F && byte != '\\' && byte != '\'')
        return std::string("'") + static_cast<char>(byte) + "'";
    static const char digits[] = "0123456789abcdef";
    std::string s = "'\\x";
    s += digits[byte >> 4];
    s += digits[byte & 15];
    s += '\'';
    return s;
}

bool decodeInstruction(std::span<const uint8_t> buffer, uint64_t offset, RawInstruction &in)
{
    if (offset >= buffer.size())
        return false;
    const OpcodeInfo *info = opcodeInfo(buffer[offset]);
    if (!info)
        return false;
    in.info = info;
    in.offset = offset;
    const uint64_t argStart = offset + 1;
    const uint64_t left = buffer.size() - argStart;
    const uint8_t *p = buffer.data() + argStart;

    auto counted = [&](uint64_t headerSize, uint64_t count) -> bool {
        if (count > left - headerSize)
            return false;
        in.payload = buffer.subspan(argStart + headerSize, count);
        in.length = 1 + headerSize + count;
        return true;
    };
    auto line = [&](uint64_t start, std::span<const uint8_t> &out) -> uint64_t {
        // Returns the length of the line including '\n', or 0 when there is none.
        if (start >= buffer.size())
            return 0;
        const void *nl = std::memchr(buffer.data() + start, '\n', buffer.size() - start);
        if (!nl)
            return 0;
        const uint64_t end = static_cast<const uint8_t *>(nl) - buffer.data();
        out = buffer.subspan(start, end - start);
        return end - start + 1;
    };

    switch (info->arg) {
    case ArgKind::None:
        in.length = 1;
        return true;
    case ArgKind::UInt1:
        if (left < 1)
            return false;
        in.intArg = p[0];
        in.length = 2;
        return true;
    case ArgKind::UInt2:
        if (left < 2)
            return false;
        in.intArg = static_cast<int64_t>(readLE(p, 2));
        in.length = 3;
        return true;
    case ArgKind::Int4:
        if (left < 4)
            return false;
        in.intArg = static_cast<int32_t>(static_cast<uint32_t>(readLE(p, 4)));
        in.length = 5;
        return true;
    case ArgKind::UInt4:
        if (left < 4)
            return false;
        in.intArg = static_cast<int64_t>(readLE(p, 4));
        in.length = 5;
        return true;
    case ArgKind::UInt8:
        if (left < 8)
            return false;
        in.uintArg = readLE(p, 8);
        in.length = 9;
        return true;
    case ArgKind::Float8: {
        if (left < 8)
            return false;
        uint64_t bits = 0;
        for (int i = 0; i < 8; ++i) // big-endian (struct '>d'), FORMAT.md §1.3
            bits = (bits << 8) | p[i];
        std::memcpy(&in.floatArg, &bits, 8);
        in.length = 9;
        return true;
    }
    case ArgKind::String1:
    case ArgKind::Bytes1:
    case ArgKind::UnicodeString1:
    case ArgKind::Long1:
        if (left < 1)
            return false;
        in.intArg = p[0];
        return counted(1, p[0]);
    case ArgKind::String4:
    case ArgKind::Long4: {
        if (left < 4)
            return false;
        const int32_t n = static_cast<int32_t>(static_cast<uint32_t>(readLE(p, 4)));
        if (n < 0)
            return false;
        in.intArg = n;
        return counted(4, static_cast<uint64_t>(n));
    }
    case ArgKind::Bytes4:
    case ArgKind::UnicodeString4: {
        if (left < 4)
            return false;
        const uint64_t n = readLE(p, 4);
        in.intArg = static_cast<int64_t>(n);
        return counted(4, n);
    }
    case ArgKind::Bytes8:
    case ArgKind::ByteArray8:
    case ArgKind::UnicodeString8: {
        if (left < 8)
            return false;
        const uint64_t n = readLE(p, 8); // unsigned: never cast to a signed type
        in.uintArg = n;
        return counted(8, n);
    }
    case ArgKind::DecimalNlShort:
    case ArgKind::DecimalNlLong:
    case ArgKind::FloatNl:
    case ArgKind::StringNl:
    case ArgKind::StringNlNoEscape:
    case ArgKind::UnicodeStringNl: {
        const uint64_t n = line(argStart, in.payload);
        if (!n)
            return false;
        in.length = 1 + n;
        return true;
    }
    case ArgKind::StringNlNoEscapePair: {
        const uint64_t n1 = line(argStart, in.payload);
        if (!n1)
            return false;
        const uint64_t n2 = line(argStart + n1, in.payload2);
        if (!n2)
            return false;
        in.length = 1 + n1 + n2;
        return true;
    }
    }
    return false;
}

namespace {

/// Why decodeInstruction refused the opcode at `offset`.
Error undecodable(std::span<const uint8_t> buffer, uint64_t offset)
{
    if (offset >= buffer.size())
        return makeError(offset, "pickle data was truncated: expected an opcode (STOP missing)");
    const uint8_t byte = buffer[offset];
    const OpcodeInfo *info = opcodeInfo(byte);
    if (!info)
        return makeError(offset, "invalid load key " + describeByte(byte) + ": not an opcode");
    const uint64_t argStart = offset + 1;
    const uint64_t left = buffer.size() - argStart;
    const uint8_t *p = buffer.data() + argStart;
    auto tooLong = [&](uint64_t headerSize, const std::string &count) {
        return makeError(offset,
                         std::string(info->name) + " length " + count + " exceeds the "
                             + std::to_string(left - headerSize) + " bytes left",
                         opName(info));
    };
    auto noNewline = [&](const char *what) {
        return makeError(offset,
                         "no newline found after the " + std::string(info->name) + " " + what
                             + " (truncated file?)",
                         opName(info));
    };

    switch (info->arg) {
    case ArgKind::None:
        break;
    case ArgKind::UInt1:
        return truncated(info, offset, "its 1-byte argument", 1, left);
    case ArgKind::UInt2:
        return truncated(info, offset, "its 2-byte argument", 2, left);
    case ArgKind::Int4:
    case ArgKind::UInt4:
        return truncated(info, offset, "its 4-byte argument", 4, left);
    case ArgKind::UInt8:
        return truncated(info, offset, "its 8-byte argument", 8, left);
    case ArgKind::Float8:
        return truncated(info, offset, "its 8-byte float", 8, left);
    case ArgKind::String1:
    case ArgKind::Bytes1:
    case ArgKind::UnicodeString1:
    case ArgKind::Long1:
        if (left < 1)
            return truncated(info, offset, "its 1-byte length", 1, left);
        return tooLong(1, std::to_string(p[0]));
    case ArgKind::String4:
    case ArgKind::Long4: {
        if (left < 4)
            return truncated(info, offset, "its 4-byte length", 4, left);
        const int32_t n = static_cast<int32_t>(static_cast<uint32_t>(readLE(p, 4)));
        if (n < 0)
            return makeError(
                offset, std::string(info->name) + " length " + std::to_string(n) + " is negative",
                opName(info));
        return tooLong(4, std::to_string(n));
    }
    case ArgKind::Bytes4:
    case ArgKind::UnicodeString4:
        if (left < 4)
            return truncated(info, offset, "its 4-byte length", 4, left);
        return tooLong(4, std::to_string(readLE(p, 4)));
    case ArgKind::Bytes8:
    case ArgKind::ByteArray8:
    case ArgKind::UnicodeString8:
        if (left < 8)
            return truncated(info, offset, "its 8-byte length", 8, left);
        return tooLong(8, std::to_string(readLE(p, 8)));
    case ArgKind::DecimalNlShort:
    case ArgKind::DecimalNlLong:
    case ArgKind::FloatNl:
    case ArgKind::StringNl:
    case ArgKind::StringNlNoEscape:
    case ArgKind::UnicodeStringNl:
        return noNewline("argument");
    case ArgKind::StringNlNoEscapePair:
        if (!std::memchr(p, '\n', left))
            return noNewline("module name");
        return noNewline("qualified name");
    }
    return makeError(offset, "internal error: unknown argument kind", opName(info));
}

} // namespace

Result<RawInstruction> readInstruction(std::span<const uint8_t> buffer, uint64_t offset)
{
    RawInstruction in;
    if (decodeInstruction(buffer, offset, in))
        return in;
    return undecodable(buffer, offset);
}

Result<IntValue> parseIntLine(std::span<const uint8_t> line, bool isLong, uint64_t maxDigits)
{
    std::string_view s(reinterpret_cast<const char *>(line.data()), line.size());
    IntValue v;
    if (!isLong && (s == "00" || s == "01")) {
        // INT's "00"/"01" mean False/True (FORMAT.md §1.3, [C:load_int]).
        v.isBool = true;
        v.small = s == "01";
        return v;
    }
    if (isLong && !s.empty() && s.back() == 'L')
        s.remove_suffix(1);
    // Python's int(): surrounding whitespace allowed, optional sign, base prefixes, '_' between
    // digits. C's strtol (INT) also reads a leading 0 as octal.
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    bool negative = false;
    if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    int base = 10;
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s.remove_prefix(2);
    } else if (s.size() > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) {
        base = 8;
        s.remove_prefix(2);
    } else if (s.size() > 2 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
        base = 2;
        s.remove_prefix(2);
    } else if (!isLong && s.size() > 1 && s[0] == '0') {
        base = 8;
    }
    std::string digits;
    digits.reserve(std::min<size_t>(s.size(), 64));
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '_' && i > 0 && i + 1 < s.size() && s[i + 1] != '_')
            continue;
        const int d = hexValue(static_cast<uint8_t>(c));
        if (d < 0 || d >= base)
            return makeError(0, std::string(isLong ? "LONG" : "INT") + " argument '"
                                    + std::string(line.begin(), line.end())
                                    + "' is not an integer");
        digits += c;
    }
    if (digits.empty())
        return makeError(0, std::string(isLong ? "LONG" : "INT") + " argument is empty");
    if (digits.size() > maxDigits)
        return makeError(0, "integer has " + std::to_string(digits.size())
                                + " digits, more than the limit of " + std::to_string(maxDigits));
    if (base == 10) {
        std::vector<uint8_t> big = bigint::fromDecimal(digits, negative);
        if (auto small = bigint::toInt64(big)) {
            v.small = *small;
        } else {
            v.isBig = true;
            v.big = std::move(big);
        }
        return v;
    }
    // Other bases: accumulate in base 2^8 through repeated multiply-add.
    std::vector<uint8_t> mag; // little-endian magnitude
    for (char c : digits) {
        uint32_t carry = static_cast<uint32_t>(hexValue(static_cast<uint8_t>(c)));
        for (auto &b : mag) {
            const uint32_t x = b * static_cast<uint32_t>(base) + carry;
            b = static_cast<uint8_t>(x);
            carry = x >> 8;
        }
        while (carry) {
            mag.push_back(static_cast<uint8_t>(carry));
            carry >>= 8;
        }
    }
    mag.push_back(0); // sign byte
    if (negative) {
        unsigned carry = 1;
        for (auto &b : mag) {
            const unsigned x = static_cast<uint8_t>(~b) + carry;
            b = static_cast<uint8_t>(x);
            carry = x >> 8;
        }
    }
    bigint::normalize(mag);
    if (auto small = bigint::toInt64(mag)) {
        v.small = *small;
    } else {
        v.isBig = true;
        v.big = std::move(mag);
    }
    return v;
}

IntValue parseLongBytes(std::span<const uint8_t> payload)
{
    IntValue v;
    if (auto small = bigint::toInt64(payload)) {
        v.small = *small;
        return v;
    }
    v.isBig = true;
    v.big.assign(payload.begin(), payload.end());
    bigint::normalize(v.big);
    return v;
}

Result<double> parseFloatLine(std::span<const uint8_t> line)
{
    std::string_view s(reinterpret_cast<const char *>(line.data()), line.size());
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    bool negative = false;
    std::string_view body = s;
    if (!body.empty() && (body.front() == '+' || body.front() == '-')) {
        negative = body.front() == '-';
        body.remove_prefix(1);
    }
    std::string lower(body);
    for (auto &c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "inf" || lower == "infinity")
        return negative ? -HUGE_VAL : HUGE_VAL;
    if (lower == "nan")
        return negative ? -std::nan("") : std::nan("");
    double value = 0;
    const char *first = body.data();
    const char *last = body.data() + body.size();
    if (body.empty()
        || !(std::isdigit(static_cast<unsigned char>(body.front())) || body.front() == '.'))
        return makeError(0, "FLOAT argument '" + std::string(s) + "' is not a number");
    auto [ptr, ec] = std::from_chars(first, last, value, std::chars_format::general);
    if (ec == std::errc::result_out_of_range) {
        // Python's float() rounds to inf / 0 rather than failing; PyOS_string_to_double with an
        // overflow exception (the C unpickler) refuses overflow. Follow the C unpickler.
        bool tiny = false;
        for (char c : lower)
            if (c == '-')
                tiny = true;
        if (!tiny)
            return makeError(0, "FLOAT argument '" + std::string(s) + "' is out of range");
        value = 0.0;
        ptr = last;
    } else if (ec != std::errc()) {
        return makeError(0, "FLOAT argument '" + std::string(s) + "' is not a number");
    }
    if (ptr != last)
        return makeError(0, "FLOAT argument '" + std::string(s) + "' is not a number");
    return negative ? -value : value;
}

Result<std::string> decodeQuotedString(std::span<const uint8_t> line)
{
    // The line must start and end with the same quote (CPython load_string).
    if (line.size() < 2 || (line[0] != '\'' && line[0] != '"') || line.back() != line[0])
        return makeError(0, "the STRING opcode argument must be quoted");
    const auto inner = line.subspan(1, line.size() - 2);
    const std::string_view text(reinterpret_cast<const char *>(inner.data()), inner.size());
    std::string out;
    out.reserve(inner.size());
    for (size_t i = 0; i < text.size();) {
        if (text[i] != '\\') {
            out += text[i++];
            continue;
        }
        if (++i >= text.size())
            return makeError(0, "STRING argument ends with a lone backslash");
        if (pyescape::decode(text, i, out, pyescape::Flavor::Bytes) != pyescape::Status::Ok)
            return makeError(0, "invalid \\x escape in STRING argument");
    }
    return out;
}

Result<std::string> decodeRawUnicodeEscape(std::span<const uint8_t> line)
{
    std::string out;
    out.reserve(line.size());
    size_t i = 0;
    while (i < line.size()) {
        const uint8_t c = line[i];
        if (c != '\\') {
            appendUtf8(out, c); // each byte is a code point 0-255
            ++i;
            continue;
        }
        // Count the run of backslashes: only an odd-length run followed by u/U escapes.
        size_t run = 0;
        while (i + run < line.size() && line[i + run] == '\\')
            ++run;
        const size_t after = i + run;
        const bool escape
            = (run % 2 == 1) && after < line.size() && (line[after] == 'u' || line[after] == 'U');
        if (!escape) {
            for (size_t k = 0; k < run; ++k)
                out += '\\';
            i = after;
            continue;
        }
        for (size_t k = 0; k + 1 < run; ++k)
            out += '\\';
        const int digits = line[after] == 'u' ? 4 : 8;
        if (after + digits >= line.size())
            return makeError(after, "truncated \\" + std::string(1, static_cast<char>(line[after]))
                                        + "XXXX escape in UNICODE argument");
        uint32_t cp = 0;
        for (int k = 1; k <= digits; ++k) {
            const int h = hexValue(line[after + k]);
            if (h < 0)
                return makeError(after, "truncated \\uXXXX escape in UNICODE argument");
            cp = cp * 16 + static_cast<uint32_t>(h);
        }
        if (cp > 0x10FFFF)
            return makeError(after, "\\Uxxxxxxxx out of range in UNICODE argument");
        appendUtf8(out, cp);
        i = after + 1 + digits;
    }
    return out;
}

bool isValidUtf8SurrogatePass(std::span<const uint8_t> b, uint64_t *badOffset)
{
    size_t i = 0;
    const size_t n = b.size();
    while (i < n) {
        const uint8_t c = b[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        uint32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            if (badOffset)
                *badOffset = i;
            return false;
        }
        if (i + len > n) {
            if (badOffset)
                *badOffset = i;
            return false;
        }
        for (int k = 1; k < len; ++k) {
            if ((b[i + k] & 0xC0) != 0x80) {
                if (badOffset)
                    *badOffset = i;
                return false;
            }
            cp = (cp << 6) | (b[i + k] & 0x3F);
        }
        const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF) {
            if (badOffset)
                *badOffset = i;
            return false;
        }
        i += len;
    }
    return true;
}

} // namespace ps
