// SPDX-License-Identifier: MIT
// The one parser of Python literals: keys inside path subscripts and the values of edits.
#include "path/literal_parser.h"

#include "util/py_escape.h"
#include "util/pyrepr.h"
#include "util/utf8.h"

#include <charconv>
#include <cmath>

namespace ps {
namespace pathsyntax {

bool isIdentStart(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c >= 0x80;
}

bool isIdentChar(unsigned char c)
{
    return isIdentStart(c) || (c >= '0' && c <= '9');
}

Error pathError(size_t column, std::string message)
{
    Error e;
    e.offset = column > 0 ? column - 1 : 0;
    e.message = "column " + std::to_string(column) + ": " + std::move(message);
    return e;
}

Status checkUtf8(std::string_view text)
{
    for (size_t pos = 0; pos < text.size();) {
        const size_t at = pos;
        char32_t codePoint = 0;
        if (!nextCodePoint(text, pos, codePoint)) {
            static const char hex[] = "0123456789ABCDEF";
            const auto byte = static_cast<uint8_t>(text[at]);
            return pathError(at + 1, std::string("invalid UTF-8 (byte 0x") + hex[byte >> 4]
                                         + hex[byte & 15] + ")");
        }
    }
    return {};
}

namespace {

ValueLiteral scalarValue(KeyLiteral key)
{
    ValueLiteral v;
    v.scalar = std::move(key);
    return v;
}

/// A tuple: a Scalar (KeyLiteral tuple) when every item is a scalar, else a Tuple of values.
ValueLiteral tupleValue(std::vector<ValueLiteral> items)
{
    std::vector<KeyLiteral> keys;
    for (const ValueLiteral &item : items) {
        if (item.type != ValueLiteral::Type::Scalar)
            break;
        keys.push_back(item.scalar);
    }
    if (keys.size() == items.size())
        return scalarValue(KeyLiteral::fromTuple(std::move(keys)));
    ValueLiteral v;
    v.type = ValueLiteral::Type::Tuple;
    v.items = std::move(items);
    return v;
}

} // namespace

bool LiteralParser::isSpace(char c) const
{
    if (c == ' ' || c == '\t')
        return true;
    return m_mode == Mode::Values && (c == '\n' || c == '\r' || c == '\f' || c == '\v');
}

std::string LiteralParser::describe() const
{
    if (m_pos >= m_s.size())
        return m_mode == Mode::Keys ? "the end of the path" : "the end of the literal";
    size_t p = m_pos;
    char32_t cp;
    nextCodePoint(m_s, p, cp);
    return reprStr(m_s.substr(m_pos, p - m_pos));
}

void LiteralParser::skipSpaces()
{
    while (m_pos < m_s.size() && isSpace(m_s[m_pos]))
        ++m_pos;
}

std::string LiteralParser::readIdentifier()
{
    const size_t start = m_pos;
    while (m_pos < m_s.size() && isIdentChar(static_cast<unsigned char>(m_s[m_pos])))
        ++m_pos;
    return std::string(m_s.substr(start, m_pos - start));
}

std::string LiteralParser::expectedWhat() const
{
    return m_mode == Mode::Keys ? "expected a key (a quoted string, a number, True, False, None "
                                  "or a tuple)"
                                : "expected a literal (a quoted string, a number, True, False, "
                                  "None, a tuple, a list, a dict or a set)";
}

Result<KeyLiteral> LiteralParser::parseKey(int depth, bool &bareInt)
{
    auto value = parseValue(depth, bareInt);
    if (!value)
        return value.error();
    // Keys mode reads no lists, dicts or sets: every value is a scalar or a tuple of them.
    return std::move(value->scalar);
}

Result<ValueLiteral> LiteralParser::parseValue(int depth, bool &bareInt)
{
    bareInt = false;
    skipSpaces();
    if (m_pos >= m_s.size())
        return pathError(column(), m_mode == Mode::Keys ? "expected a key but the path ended"
                                                        : "expected a literal but the text ended");
    if (m_mode == Mode::Keys && depth > 32)
        return pathError(column(), "tuple keys nested too deeply");
    if (depth > kMaxValueLiteralDepth)
        return pathError(column(),
                         "the literal nests deeper than " + std::to_string(kMaxValueLiteralDepth));
    const char c = m_s[m_pos];
    if (c == '(') {
        ++m_pos;
        std::vector<ValueLiteral> items;
        bool sawComma = false;
        bool innerBare = false;
        if (Status s = parseItems(')', "tuple", depth, items, sawComma, innerBare); !s.ok())
            return s.error();
        if (!sawComma && items.size() == 1) {
            bareInt = innerBare; // (3) is just 3
            return std::move(items[0]);
        }
        return tupleValue(std::move(items));
    }
    if (m_mode == Mode::Values && c == '[') {
        ++m_pos;
        ValueLiteral v;
        v.type = ValueLiteral::Type::List;
        bool sawComma = false;
        bool lastBare = false;
        if (Status s = parseItems(']', "list", depth, v.items, sawComma, lastBare); !s.ok())
            return s.error();
        return v;
    }
    if (m_mode == Mode::Values && c == '{')
        return parseDictOrSet(depth);
    auto key = parseScalar(bareInt);
    if (!key)
        return key.error();
    return scalarValue(std::move(*key));
}

Status LiteralParser::parseItems(char close, const char *what, int depth,
                                 std::vector<ValueLiteral> &items, bool &sawComma, bool &lastBare)
{
    skipSpaces();
    if (m_pos < m_s.size() && m_s[m_pos] == close) {
        ++m_pos;
        return {};
    }
    while (true) {
        auto item = parseValue(depth + 1, lastBare);
        if (!item)
            return item.error();
        items.push_back(std::move(*item));
        skipSpaces();
        if (m_pos >= m_s.size())
            return pathError(column(),
                             std::string("expected '") + close + "' to close the " + what);
        if (m_s[m_pos] == ',') {
            sawComma = true;
            ++m_pos;
            skipSpaces();
            if (m_pos < m_s.size() && m_s[m_pos] == close) {
                ++m_pos;
                return {};
            }
            continue;
        }
        if (m_s[m_pos] == close) {
            ++m_pos;
            return {};
        }
        return pathError(column(), std::string("expected ',' or '") + close + "' in the " + what
                                       + " but found " + describe());
    }
}

Result<ValueLiteral> LiteralParser::parseDictOrSet(int depth)
{
    ++m_pos; // '{'
    ValueLiteral v;
    v.type = ValueLiteral::Type::Dict;
    skipSpaces();
    if (m_pos < m_s.size() && m_s[m_pos] == '}') {
        ++m_pos;
        return v; // {} is an empty dict
    }
    bool first = true;
    while (true) {
        skipSpaces();
        const size_t keyColumn = column();
        bool bare = false;
        auto key = parseValue(depth + 1, bare);
        if (!key)
            return key.error();
        skipSpaces();
        if (first) {
            first = false;
            if (m_pos >= m_s.size() || m_s[m_pos] != ':')
                v.type = ValueLiteral::Type::Set;
        }
        if (key->type != ValueLiteral::Type::Scalar)
            return pathError(keyColumn, "dict keys and set items must be scalars or tuples");
        v.items.push_back(std::move(*key));
        const bool isDict = v.type == ValueLiteral::Type::Dict;
        if (isDict) {
            if (m_pos >= m_s.size() || m_s[m_pos] != ':')
                return pathError(column(),
                                 "expected ':' after the dict key but found " + describe());
            ++m_pos;
            auto value = parseValue(depth + 1, bare);
            if (!value)
                return value.error();
            v.items.push_back(std::move(*value));
            skipSpaces();
        }
        const std::string what = isDict ? "dict" : "set";
        if (m_pos >= m_s.size())
            return pathError(column(), "expected '}' to close the " + what);
        if (m_s[m_pos] == ',') {
            ++m_pos;
            skipSpaces();
            if (m_pos < m_s.size() && m_s[m_pos] == '}') {
                ++m_pos;
                return v;
            }
            continue;
        }
        if (m_s[m_pos] == '}') {
            ++m_pos;
            return v;
        }
        return pathError(column(),
                         "expected ',' or '}' in the " + what + " but found " + describe());
    }
}

Result<ValueLiteral> LiteralParser::parseAll()
{
    std::vector<ValueLiteral> items;
    bool sawComma = false;
    while (true) {
        bool bare = false;
        auto item = parseValue(0, bare);
        if (!item)
            return item.error();
        items.push_back(std::move(*item));
        skipSpaces();
        if (m_pos >= m_s.size())
            break;
        if (m_s[m_pos] != ',')
            return pathError(column(), "unexpected " + describe() + " after the literal");
        sawComma = true;
        ++m_pos;
        skipSpaces();
        if (m_pos >= m_s.size())
            break;
    }
    if (!sawComma)
        return std::move(items[0]);
    return tupleValue(std::move(items));
}

Result<KeyLiteral> LiteralParser::parseScalar(bool &bareInt)
{
    const char c = m_s[m_pos];
    // String prefixes: b, r, u, br, rb (any case) directly followed by a quote.
    {
        size_t p = m_pos;
        bool isBytes = false;
        bool raw = false;
        bool unicode = false;
        while (p < m_s.size() && p - m_pos < 2) {
            const char l = static_cast<char>(m_s[p] | 0x20);
            if (l == 'b' && !isBytes && !unicode)
                isBytes = true;
            else if (l == 'r' && !raw)
                raw = true;
            else if (l == 'u' && !isBytes && !raw && !unicode)
                unicode = true;
            else
                break;
            ++p;
        }
        if (p < m_s.size() && (m_s[p] == '\'' || m_s[p] == '"')) {
            m_pos = p;
            auto text = parseString(isBytes, raw);
            if (!text)
                return text.error();
            return isBytes ? KeyLiteral::fromBytes(std::move(*text))
                           : KeyLiteral::fromStr(std::move(*text));
        }
    }
    if (c == '\'' || c == '"') {
        auto text = parseString(false, false);
        if (!text)
            return text.error();
        return KeyLiteral::fromStr(std::move(*text));
    }
    if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'))
        return parseNumber(bareInt);
    if (isIdentStart(static_cast<unsigned char>(c))) {
        const size_t start = m_pos;
        const std::string word = readIdentifier();
        if (word == "True")
            return KeyLiteral::fromBool(true);
        if (word == "False")
            return KeyLiteral::fromBool(false);
        if (word == "None")
            return KeyLiteral::none();
        if (word == "inf")
            return KeyLiteral::fromFloat(INFINITY);
        if (word == "nan")
            return KeyLiteral::fromFloat(NAN);
        m_pos = start;
        return pathError(column(), expectedWhat() + " but found the name '" + word + "'; "
                                       + (m_mode == Mode::Keys ? "string keys" : "strings")
                                       + " need quotes");
    }
    return pathError(column(), expectedWhat() + " but found " + describe());
}

Result<KeyLiteral> LiteralParser::parseNumber(bool &bareInt)
{
    const size_t start = m_pos;
    bool negative = false;
    if (m_s[m_pos] == '-' || m_s[m_pos] == '+') {
        negative = m_s[m_pos] == '-';
        ++m_pos;
        skipSpaces();
    }
    if (m_s.substr(m_pos).starts_with("inf")
        && (m_pos + 3 >= m_s.size() || !isIdentChar(static_cast<unsigned char>(m_s[m_pos + 3])))) {
        m_pos += 3;
        return KeyLiteral::fromFloat(negative ? -INFINITY : INFINITY);
    }
    // 0x / 0o / 0b integers
    if (m_pos + 1 < m_s.size() && m_s[m_pos] == '0') {
        const char p = static_cast<char>(m_s[m_pos + 1] | 0x20);
        const int base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (base) {
            m_pos += 2;
            std::string digits;
            while (
                m_pos < m_s.size()
                && (std::isxdigit(static_cast<unsigned char>(m_s[m_pos])) || m_s[m_pos] == '_')) {
                if (m_s[m_pos] != '_')
                    digits += m_s[m_pos];
                ++m_pos;
            }
            uint64_t v = 0;
            const auto res = std::from_chars(digits.data(), digits.data() + digits.size(), v, base);
            if (digits.empty() || res.ec != std::errc() || res.ptr != digits.data() + digits.size()
                || v > (uint64_t(1) << 63) || (!negative && v == (uint64_t(1) << 63)))
                return pathError(start + 1, "invalid integer literal");
            bareInt = true;
            return KeyLiteral::fromInt(negative ? static_cast<int64_t>(0 - v)
                                                : static_cast<int64_t>(v));
        }
    }
    std::string digits;
    bool isFloat = false;
    auto readDigits = [&] {
        size_t n = 0;
        while (m_pos < m_s.size()
               && ((m_s[m_pos] >= '0' && m_s[m_pos] <= '9') || (m_s[m_pos] == '_' && n > 0))) {
            if (m_s[m_pos] != '_')
                digits += m_s[m_pos];
            ++m_pos;
            ++n;
        }
        return n;
    };
    size_t intDigits = readDigits();
    size_t fracDigits = 0;
    if (m_pos < m_s.size() && m_s[m_pos] == '.') {
        isFloat = true;
        digits += '.';
        ++m_pos;
        fracDigits = readDigits();
    }
    if (intDigits == 0 && fracDigits == 0)
        return pathError(start + 1, "expected a number");
    if (m_pos < m_s.size() && (m_s[m_pos] == 'e' || m_s[m_pos] == 'E')) {
        isFloat = true;
        digits += 'e';
        ++m_pos;
        if (m_pos < m_s.size() && (m_s[m_pos] == '+' || m_s[m_pos] == '-'))
            digits += m_s[m_pos++];
        if (readDigits() == 0 || digits.back() == '+' || digits.back() == '-')
            return pathError(column(), "expected the digits of the exponent");
    }
    if (m_pos < m_s.size() && isIdentChar(static_cast<unsigned char>(m_s[m_pos])))
        return pathError(column(), "unexpected " + describe() + " after the number");
    if (isFloat) {
        double v = 0;
        const auto res = std::from_chars(digits.data(), digits.data() + digits.size(), v);
        if (res.ec == std::errc::result_out_of_range) {
            v = digits.find("e-") != std::string::npos ? 0.0 : INFINITY;
        } else if (res.ec != std::errc() || res.ptr != digits.data() + digits.size()) {
            return pathError(start + 1, "invalid float literal");
        }
        return KeyLiteral::fromFloat(negative ? -v : v);
    }
    // canonical decimal: no leading zeros, "-" only for non-zero values
    size_t nz = digits.find_first_not_of('0');
    std::string canon = nz == std::string::npos ? "0" : digits.substr(nz);
    if (negative && canon != "0")
        canon.insert(canon.begin(), '-');
    KeyLiteral k;
    k.type = KeyLiteral::Type::Int;
    k.text = std::move(canon);
    bareInt = true;
    return k;
}

Result<std::string> LiteralParser::parseString(bool isBytes, bool raw)
{
    const char quote = m_s[m_pos];
    const size_t startColumn = column();
    ++m_pos;
    std::string out;
    while (true) {
        if (m_pos >= m_s.size())
            return pathError(startColumn, "unterminated string starting here");
        const char c = m_s[m_pos];
        if (c == quote) {
            ++m_pos;
            return out;
        }
        if (isBytes && static_cast<unsigned char>(c) >= 0x80)
            return pathError(column(), "bytes can only contain ASCII literal characters");
        if (c != '\\') {
            out += c;
            ++m_pos;
            continue;
        }
        if (m_pos + 1 >= m_s.size())
            return pathError(startColumn, "unterminated string starting here");
        const char e = m_s[m_pos + 1];
        if (raw) {
            out += '\\';
            out += e;
            m_pos += 2;
            continue;
        }
        const size_t escColumn = column();
        ++m_pos; // the escape's letter
        switch (pyescape::decode(m_s, m_pos, out,
                                 isBytes ? pyescape::Flavor::Bytes : pyescape::Flavor::Str)) {
        case pyescape::Status::Ok:
            break;
        case pyescape::Status::BadHex:
            return pathError(escColumn, "truncated \\xXX escape");
        case pyescape::Status::BadUnicode:
            return pathError(escColumn, e == 'u' ? "truncated \\uXXXX escape"
                                                 : "truncated \\UXXXXXXXX escape");
        case pyescape::Status::IllegalUnicode:
            return pathError(escColumn, "illegal Unicode character");
        case pyescape::Status::NamedEscape:
            return pathError(escColumn, "\\N{...} escapes are not supported");
        }
    }
}

} // namespace pathsyntax

namespace {

std::string notALiteral(std::string_view text)
{
    return "'" + std::string(text)
           + "' is not a Python literal (e.g. 0.25, -7, 'text', b'raw', True, None)";
}

} // namespace

Result<ValueLiteral> parseValueLiteral(std::string_view text)
{
    using pathsyntax::LiteralParser;
    Status utf8 = pathsyntax::checkUtf8(text);
    if (!utf8.ok())
        return makeError(0, notALiteral(text) + ": " + utf8.error().message);
    auto value = LiteralParser(text, LiteralParser::Mode::Values).parseAll();
    if (!value)
        return makeError(0, notALiteral(text) + ": " + value.error().message);
    return value;
}

Result<KeyLiteral> parseKeyLiteral(std::string_view text)
{
    auto value = parseValueLiteral(text);
    if (!value)
        return value.error();
    if (value->type != ValueLiteral::Type::Scalar)
        return makeError(0, "'" + std::string(text)
                                + "' is not a single Python literal (a number, a string, bytes, "
                                  "True, False, None or a tuple of those)");
    return std::move(value->scalar);
}

} // namespace ps
