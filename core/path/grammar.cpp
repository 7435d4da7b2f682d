// SPDX-License-Identifier: MIT
// The path grammar: parsing a path into steps (with the key literals inside subscripts) and
// printing steps back.
#include "path/path.h"

#include "util/py_escape.h"
#include "util/pyrepr.h"
#include "util/utf8.h"

#include <charconv>
#include <cmath>

namespace ps {

namespace {

bool isIdentStart(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c >= 0x80;
}

bool isIdentChar(unsigned char c)
{
    return isIdentStart(c) || (c >= '0' && c <= '9');
}

bool isIdentifier(std::string_view s)
{
    if (s.empty() || !isIdentStart(static_cast<unsigned char>(s[0])))
        return false;
    for (const char c : s)
        if (!isIdentChar(static_cast<unsigned char>(c)))
            return false;
    return true;
}

bool isPseudoName(std::string_view s)
{
    if (s.size() < 3 || s.front() != '<' || s.back() != '>')
        return false;
    for (size_t i = 1; i + 1 < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (!(isIdentChar(c) || c == ' ' || c == '-'))
            return false;
    }
    return true;
}

Error pathError(size_t column, std::string message)
{
    Error e;
    e.offset = column > 0 ? column - 1 : 0;
    e.message = "column " + std::to_string(column) + ": " + std::move(message);
    return e;
}

// ---------------------------------------------------------------------------------------------
// Parser

class Parser
{
public:
    explicit Parser(std::string_view text)
        : m_s(text)
    {}

    Result<std::vector<PathStep>> parse()
    {
        std::vector<PathStep> steps;
        // Surrounding whitespace is ignored.
        while (m_pos < m_s.size() && isSpace(m_s[m_pos]))
            ++m_pos;
        size_t end = m_s.size();
        while (end > m_pos && isSpace(m_s[end - 1]))
            --end;
        m_s = m_s.substr(0, end);
        if (m_pos < m_s.size() && isIdentStart(static_cast<unsigned char>(m_s[m_pos])))
            steps.push_back(PathStep::attribute(readIdentifier()));
        while (m_pos < m_s.size()) {
            const char c = m_s[m_pos];
            if (c == '.') {
                ++m_pos;
                auto step = parseAttribute();
                if (!step)
                    return step.error();
                steps.push_back(std::move(*step));
            } else if (c == '[') {
                ++m_pos;
                auto step = parseSubscript();
                if (!step)
                    return step.error();
                steps.push_back(std::move(*step));
            } else {
                return pathError(column(), "expected '.' or '[' but found " + describe());
            }
        }
        return steps;
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t'; }

    size_t column() const { return m_pos + 1; }

    std::string describe() const
    {
        if (m_pos >= m_s.size())
            return "the end of the path";
        size_t p = m_pos;
        char32_t cp;
        nextCodePoint(m_s, p, cp);
        return reprStr(m_s.substr(m_pos, p - m_pos));
    }

    void skipSpaces()
    {
        while (m_pos < m_s.size() && isSpace(m_s[m_pos]))
            ++m_pos;
    }

    std::string readIdentifier()
    {
        const size_t start = m_pos;
        while (m_pos < m_s.size() && isIdentChar(static_cast<unsigned char>(m_s[m_pos])))
            ++m_pos;
        return std::string(m_s.substr(start, m_pos - start));
    }

    Result<PathStep> parseAttribute()
    {
        if (m_pos >= m_s.size())
            return pathError(column(), "expected an attribute name after '.'");
        const char c = m_s[m_pos];
        if (c == '<') {
            const size_t start = m_pos;
            const size_t close = m_s.find('>', m_pos);
            if (close == std::string_view::npos)
                return pathError(column(), "expected '>' to close the pseudo attribute");
            const std::string_view name = m_s.substr(start, close - start + 1);
            if (!isPseudoName(name))
                return pathError(column() + 1, "expected a pseudo attribute such as <args>, "
                                               "<state> or <value 3>");
            m_pos = close + 1;
            return PathStep::attribute(std::string(name));
        }
        if (c == '\'' || c == '"') {
            auto text = parseString(false, false);
            if (!text)
                return text.error();
            return PathStep::attribute(std::move(*text));
        }
        if (isIdentStart(static_cast<unsigned char>(c)))
            return PathStep::attribute(readIdentifier());
        return pathError(column(), "expected an attribute name after '.' but found " + describe());
    }

    Result<PathStep> parseSubscript()
    {
        const size_t open = column() - 1;
        std::vector<KeyLiteral> items;
        std::vector<bool> bare;
        bool trailingComma = false;
        skipSpaces();
        if (m_pos < m_s.size() && m_s[m_pos] == ']')
            return pathError(column(), "expected a key or an index inside '[]'");
        while (true) {
            bool isBare = false;
            auto lit = parseLiteral(0, isBare);
            if (!lit)
                return lit.error();
            items.push_back(std::move(*lit));
            bare.push_back(isBare);
            skipSpaces();
            if (m_pos >= m_s.size())
                return pathError(column(),
                                 "expected ']' to close the '[' at column " + std::to_string(open));
            if (m_s[m_pos] == ',') {
                ++m_pos;
                skipSpaces();
                if (m_pos < m_s.size() && m_s[m_pos] == ']') {
                    trailingComma = true;
                    break;
                }
                continue;
            }
            if (m_s[m_pos] == ']')
                break;
            return pathError(column(),
                             "expected ',' or ']' after the subscript but found " + describe());
        }
        ++m_pos; // ']'
        if (items.size() == 1 && !trailingComma)
            return PathStep::keyStep(std::move(items[0]));
        return PathStep::keyStep(KeyLiteral::fromTuple(std::move(items)));
    }

    Result<KeyLiteral> parseLiteral(int depth, bool &bareInt)
    {
        bareInt = false;
        skipSpaces();
        if (m_pos >= m_s.size())
            return pathError(column(), "expected a key but the path ended");
        if (depth > 32)
            return pathError(column(), "tuple keys nested too deeply");
        const char c = m_s[m_pos];
        if (c == '(') {
            ++m_pos;
            std::vector<KeyLiteral> items;
            bool sawComma = false;
            skipSpaces();
            if (m_pos < m_s.size() && m_s[m_pos] == ')') {
                ++m_pos;
                return KeyLiteral::fromTuple({});
            }
            while (true) {
                bool innerBare = false;
                auto lit = parseLiteral(depth + 1, innerBare);
                if (!lit)
                    return lit.error();
                items.push_back(std::move(*lit));
                skipSpaces();
                if (m_pos >= m_s.size())
                    return pathError(column(), "expected ')' to close the tuple");
                if (m_s[m_pos] == ',') {
                    sawComma = true;
                    ++m_pos;
                    skipSpaces();
                    if (m_pos < m_s.size() && m_s[m_pos] == ')') {
                        ++m_pos;
                        break;
                    }
                    continue;
                }
                if (m_s[m_pos] == ')') {
                    ++m_pos;
                    if (!sawComma && items.size() == 1) {
                        bareInt = innerBare; // (3) is just 3
                        return std::move(items[0]);
                    }
                    break;
                }
                return pathError(column(),
                                 "expected ',' or ')' in the tuple but found " + describe());
            }
            return KeyLiteral::fromTuple(std::move(items));
        }
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
            return pathError(column(), "expected a key (a quoted string, a number, True, "
                                       "False, None or a tuple) but found the name '"
                                           + word + "'; string keys need quotes");
        }
        return pathError(column(), "expected a key (a quoted string, a number, True, False, "
                                   "None or a tuple) but found "
                                       + describe());
    }

    Result<KeyLiteral> parseNumber(bool &bareInt)
    {
        const size_t start = m_pos;
        bool negative = false;
        if (m_s[m_pos] == '-' || m_s[m_pos] == '+') {
            negative = m_s[m_pos] == '-';
            ++m_pos;
            skipSpaces();
        }
        if (m_s.substr(m_pos).starts_with("inf")
            && (m_pos + 3 >= m_s.size()
                || !isIdentChar(static_cast<unsigned char>(m_s[m_pos + 3])))) {
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
                while (m_pos < m_s.size()
                       && (std::isxdigit(static_cast<unsigned char>(m_s[m_pos]))
                           || m_s[m_pos] == '_')) {
                    if (m_s[m_pos] != '_')
                        digits += m_s[m_pos];
                    ++m_pos;
                }
                uint64_t v = 0;
                const auto res
                    = std::from_chars(digits.data(), digits.data() + digits.size(), v, base);
                if (digits.empty() || res.ec != std::errc()
                    || res.ptr != digits.data() + digits.size() || v > (uint64_t(1) << 63)
                    || (!negative && v == (uint64_t(1) << 63)))
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

    /// Parses a quoted string at m_pos (the quote). Escapes follow Python's rules for str
    /// (or bytes when `isBytes`); raw strings keep backslashes.
    Result<std::string> parseString(bool isBytes, bool raw)
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

    std::string_view m_s;
    size_t m_pos = 0;
};

} // namespace

// ---------------------------------------------------------------------------------------------
// PathStep

PathStep PathStep::attribute(std::string name)
{
    PathStep s;
    s.type = Type::Attribute;
    s.name = std::move(name);
    return s;
}

PathStep PathStep::keyStep(KeyLiteral key)
{
    if (const auto v = key.int64())
        return index({*v});
    if (key.type == KeyLiteral::Type::Tuple && key.items.size() >= 2) {
        std::vector<int64_t> ints;
        for (const auto &item : key.items) {
            const auto v = item.int64();
            if (!v)
                break;
            ints.push_back(*v);
        }
        if (ints.size() == key.items.size())
            return index(std::move(ints));
    }
    PathStep s;
    s.type = Type::Key;
    s.key = std::move(key);
    return s;
}

PathStep PathStep::index(std::vector<int64_t> indices)
{
    PathStep s;
    s.type = Type::Index;
    s.indices = std::move(indices);
    return s;
}

bool PathStep::isPseudo() const
{
    return type == Type::Attribute && isPseudoName(name);
}

bool PathStep::operator==(const PathStep &o) const
{
    if (type != o.type)
        return false;
    switch (type) {
    case Type::Attribute:
        return name == o.name;
    case Type::Key:
        return key == o.key;
    case Type::Index:
        return indices == o.indices;
    }
    return false;
}

Result<std::vector<PathStep>> parsePath(std::string_view path)
{
    // A path is UTF-8 text (WTF-8 for lone surrogates). Other bytes are refused: read as
    // Latin-1 they would name a key the printed path no longer names (fuzz finding).
    for (size_t pos = 0; pos < path.size();) {
        const size_t at = pos;
        char32_t codePoint = 0;
        if (!nextCodePoint(path, pos, codePoint)) {
            static const char hex[] = "0123456789ABCDEF";
            const auto byte = static_cast<uint8_t>(path[at]);
            return pathError(at + 1, std::string("invalid UTF-8 (byte 0x") + hex[byte >> 4]
                                         + hex[byte & 15] + ")");
        }
    }
    return Parser(path).parse();
}

std::string formatStep(const PathStep &step)
{
    switch (step.type) {
    case PathStep::Type::Attribute:
        if (isIdentifier(step.name) || isPseudoName(step.name))
            return "." + step.name;
        return "." + reprStr(step.name);
    case PathStep::Type::Key:
        return "[" + step.key.repr() + "]";
    case PathStep::Type::Index: {
        std::string s = "[";
        for (size_t i = 0; i < step.indices.size(); ++i) {
            if (i)
                s += ", ";
            s += std::to_string(step.indices[i]);
        }
        return s + "]";
    }
    }
    return {};
}

std::string formatPath(const std::vector<PathStep> &steps)
{
    std::string s;
    for (const auto &step : steps)
        s += formatStep(step);
    return s;
}

std::string pathOf(std::string_view parentPath, const PathStep &step)
{
    return std::string(parentPath) + formatStep(step);
}

} // namespace ps
