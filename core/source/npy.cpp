// SPDX-License-Identifier: MIT
#include "source/npy.h"

#include <cctype>
#include <cstring>
#include <limits>
#include <new>

namespace ps {

namespace {

constexpr uint8_t kMagic[] = {0x93, 'N', 'U', 'M', 'P', 'Y'};
constexpr size_t kMagicSize = sizeof kMagic;
/// Deepest literal nesting accepted (structured dtypes nest a few levels at most).
constexpr int kMaxLiteralDepth = 64;

/// A Python literal, as far as .npy headers use them. Never evaluated, only parsed.
struct Literal
{
    enum class Kind { Str, Int, Bool, None, Tuple, List, Dict };
    Kind kind = Kind::None;
    std::string str;            ///< Str
    uint64_t magnitude = 0;     ///< Int: absolute value
    bool negative = false;      ///< Int: sign
    bool boolean = false;       ///< Bool
    std::vector<Literal> items; ///< Tuple/List elements; Dict: key, value, key, value, …
    size_t begin = 0;           ///< text range of the literal in the header
    size_t end = 0;
};

class LiteralParser
{
public:
    explicit LiteralParser(std::string_view text)
        : m_text(text)
    {}

    /// Parses one literal that must span the whole text (up to trailing whitespace).
    bool parseDocument(Literal &out)
    {
        if (!parseValue(out, 0))
            return false;
        skipSpace();
        if (m_pos != m_text.size())
            return fail("unexpected text after the header dictionary");
        return true;
    }

    const std::string &error() const { return m_error; }
    size_t errorPos() const { return m_errorPos; }

private:
    bool fail(std::string message)
    {
        if (m_error.empty()) {
            m_error = std::move(message);
            m_errorPos = m_pos;
        }
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()
               && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n'
                   || m_text[m_pos] == '\r' || m_text[m_pos] == '\f' || m_text[m_pos] == '\v'))
            ++m_pos;
    }

    bool startsWithWord(std::string_view word) const
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return false;
        const size_t after = m_pos + word.size();
        if (after >= m_text.size())
            return true;
        const char ch = m_text[after];
        return !(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_');
    }

    bool parseValue(Literal &out, int depth)
    {
        if (depth > kMaxLiteralDepth)
            return fail("literal nested too deeply");
        skipSpace();
        if (m_pos >= m_text.size())
            return fail("unexpected end of the header");
        out.begin = m_pos;
        const char ch = m_text[m_pos];
        bool ok;
        if (ch == '{')
            ok = parseSequence(out, Literal::Kind::Dict, '}', depth);
        else if (ch == '[')
            ok = parseSequence(out, Literal::Kind::List, ']', depth);
        else if (ch == '(')
            ok = parseSequence(out, Literal::Kind::Tuple, ')', depth);
        else if (ch == '\'' || ch == '"')
            ok = parseString(out);
        else if ((ch == 'u' || ch == 'U' || ch == 'b' || ch == 'B') && m_pos + 1 < m_text.size()
                 && (m_text[m_pos + 1] == '\'' || m_text[m_pos + 1] == '"')) {
            ++m_pos; // Python 2 u'…' / b'…' prefixes
            ok = parseString(out);
        } else if (ch == '-' || ch == '+' || (ch >= '0' && ch <= '9'))
            ok = parseInt(out);
        else if (startsWithWord("True") || startsWithWord("False")) {
            out.kind = Literal::Kind::Bool;
            out.boolean = ch == 'T';
            m_pos += out.boolean ? 4 : 5;
            ok = true;
        } else if (startsWithWord("None")) {
            out.kind = Literal::Kind::None;
            m_pos += 4;
            ok = true;
        } else {
            return fail(std::string("unexpected character '") + ch + "'");
        }
        if (ok)
            out.end = m_pos;
        return ok;
    }

    bool parseString(Literal &out)
    {
        const char quote = m_text[m_pos++];
        out.kind = Literal::Kind::Str;
        while (m_pos < m_text.size()) {
            const char ch = m_text[m_pos++];
            if (ch == quote)
                return true;
            if (ch == '\n')
                return fail("line break inside a string");
            if (ch != '\\') {
                out.str += ch;
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const char esc = m_text[m_pos++];
            switch (esc) {
            case 'n':
                out.str += '\n';
                break;
            case 't':
                out.str += '\t';
                break;
            case 'r':
                out.str += '\r';
                break;
            case '0':
                out.str += '\0';
                break;
            case '\\':
            case '\'':
            case '"':
                out.str += esc;
                break;
            case 'x': {
                if (m_pos + 2 > m_text.size())
                    return fail("truncated \\x escape");
                int value = 0;
                for (int i = 0; i < 2; ++i) {
                    const char h = m_text[m_pos++];
                    value *= 16;
                    if (h >= '0' && h <= '9')
                        value += h - '0';
                    else if (h >= 'a' && h <= 'f')
                        value += h - 'a' + 10;
                    else if (h >= 'A' && h <= 'F')
                        value += h - 'A' + 10;
                    else
                        return fail("invalid \\x escape");
                }
                out.str += static_cast<char>(value);
                break;
            }
            default: // Python keeps unknown escapes verbatim
                out.str += '\\';
                out.str += esc;
                break;
            }
        }
        return fail("unterminated string");
    }

    bool parseInt(Literal &out)
    {
        out.kind = Literal::Kind::Int;
        if (m_text[m_pos] == '-' || m_text[m_pos] == '+') {
            out.negative = m_text[m_pos] == '-';
            ++m_pos;
            skipSpace();
        }
        const size_t digitsStart = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
            const uint64_t digit = static_cast<uint64_t>(m_text[m_pos] - '0');
            if (out.magnitude > (std::numeric_limits<uint64_t>::max() - digit) / 10)
                return fail("integer too large");
            out.magnitude = out.magnitude * 10 + digit;
            ++m_pos;
        }
        if (m_pos == digitsStart)
            return fail("expected digits");
        // Python 2 headers: "(3L, 4L)" (numpy's _filter_header drops the L).
        if (m_pos < m_text.size() && (m_text[m_pos] == 'L' || m_text[m_pos] == 'l'))
            ++m_pos;
        if (m_pos < m_text.size()
            && (m_text[m_pos] == '.' || m_text[m_pos] == 'e' || m_text[m_pos] == 'E'
                || m_text[m_pos] == 'j' || m_text[m_pos] == 'x' || m_text[m_pos] == '_'))
            return fail("only decimal integers are expected here");
        return true;
    }

    bool parseSequence(Literal &out, Literal::Kind kind, char close, int depth)
    {
        out.kind = kind;
        ++m_pos; // opening bracket
        bool trailingComma = false;
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size())
                return fail(std::string("missing '") + close + "'");
            if (m_text[m_pos] == close) {
                ++m_pos;
                break;
            }
            if (!out.items.empty() && !trailingComma)
                return fail(std::string("expected ',' or '") + close + "'");
            Literal item;
            if (!parseValue(item, depth + 1))
                return false;
            out.items.push_back(std::move(item));
            skipSpace();
            if (kind == Literal::Kind::Dict) {
                if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                    return fail("expected ':' after a dictionary key");
                ++m_pos;
                Literal value;
                if (!parseValue(value, depth + 1))
                    return false;
                out.items.push_back(std::move(value));
                skipSpace();
            }
            trailingComma = m_pos < m_text.size() && m_text[m_pos] == ',';
            if (trailingComma)
                ++m_pos;
        }
        // "(x)" is a parenthesised value, not a tuple.
        if (kind == Literal::Kind::Tuple && out.items.size() == 1 && !trailingComma) {
            Literal inner = std::move(out.items.front());
            const size_t begin = out.begin;
            out = std::move(inner);
            out.begin = begin;
        }
        return true;
    }

    std::string_view m_text;
    size_t m_pos = 0;
    std::string m_error;
    size_t m_errorPos = 0;
};

Error npyError(uint64_t offset, std::string message)
{
    Error e = makeError(offset, std::move(message));
    e.stream = "npy header";
    return e;
}

/// A tuple of non-negative ints, as numpy requires for shapes.
bool toShape(const Literal &lit, std::vector<uint64_t> &shape)
{
    if (lit.kind != Literal::Kind::Tuple)
        return false;
    shape.clear();
    for (const Literal &item : lit.items) {
        if (item.kind != Literal::Kind::Int || (item.negative && item.magnitude != 0))
            return false;
        shape.push_back(item.magnitude);
    }
    return true;
}

/// Parses a structured descr (list of field tuples). Returns an error text or empty.
std::string toFields(const Literal &list, std::string_view text, std::vector<NpyField> &fields)
{
    for (const Literal &item : list.items) {
        if (item.kind != Literal::Kind::Tuple || item.items.size() < 2 || item.items.size() > 3)
            return "a structured descr entry is not a (name, type[, shape]) tuple";
        NpyField field;
        const Literal &name = item.items[0];
        if (name.kind == Literal::Kind::Str) {
            field.name = name.str;
        } else if (name.kind == Literal::Kind::Tuple && name.items.size() == 2
                   && name.items[0].kind == Literal::Kind::Str
                   && name.items[1].kind == Literal::Kind::Str) {
            field.title = name.items[0].str;
            field.name = name.items[1].str;
        } else {
            return "a structured descr field name is not a string or a (title, name) pair";
        }
        const Literal &type = item.items[1];
        if (type.kind == Literal::Kind::Str) {
            field.typestr = type.str;
        } else if (type.kind == Literal::Kind::List) {
            field.nested = true;
            field.typestr = std::string(text.substr(type.begin, type.end - type.begin));
        } else {
            return "field " + field.name + ": the type is not a string or a list of fields";
        }
        if (item.items.size() == 3) {
            const Literal &shape = item.items[2];
            if (shape.kind == Literal::Kind::Int && !shape.negative)
                field.shape = {shape.magnitude};
            else if (!toShape(shape, field.shape))
                return "field " + field.name + ": the sub-array shape is not valid";
        }
        fields.push_back(std::move(field));
    }
    return {};
}

Result<NpyHeader> readNpyHeaderImpl(std::span<const uint8_t> file)
{
    if (file.size() < kMagicSize || std::memcmp(file.data(), kMagic, kMagicSize) != 0)
        return npyError(0, "not a .npy file (the \\x93NUMPY magic is missing)");
    if (file.size() < kMagicSize + 2)
        return npyError(file.size(), "truncated .npy header (no version)");
    NpyHeader header;
    header.major = file[6];
    header.minor = file[7];
    uint64_t length;
    if (header.major == 1 && header.minor == 0) {
        if (file.size() < 10)
            return npyError(file.size(), "truncated .npy header (no header length)");
        length = static_cast<uint64_t>(file[8]) | (static_cast<uint64_t>(file[9]) << 8);
        header.headerOffset = 10;
    } else if ((header.major == 2 || header.major == 3) && header.minor == 0) {
        if (file.size() < 12)
            return npyError(file.size(), "truncated .npy header (no header length)");
        length = static_cast<uint64_t>(file[8]) | (static_cast<uint64_t>(file[9]) << 8)
                 | (static_cast<uint64_t>(file[10]) << 16)
                 | (static_cast<uint64_t>(file[11]) << 24);
        header.headerOffset = 12;
    } else {
        return npyError(6, "unsupported .npy format version " + std::to_string(header.major) + "."
                               + std::to_string(header.minor));
    }
    header.headerLength = length;
    if (length > file.size() - header.headerOffset) {
        return npyError(header.headerOffset, "header length " + std::to_string(length)
                                                 + " exceeds the "
                                                 + std::to_string(file.size() - header.headerOffset)
                                                 + " bytes left in the file");
    }
    if (length > kNpyMaxHeaderSize) {
        return npyError(header.headerOffset, "header length " + std::to_string(length)
                                                 + " exceeds the limit of "
                                                 + std::to_string(kNpyMaxHeaderSize) + " bytes");
    }
    if (length > kNpyNumpyMaxHeaderSize) {
        header.warnings.push_back(
            "the header is " + std::to_string(length) + " bytes; numpy refuses headers over "
            + std::to_string(kNpyNumpyMaxHeaderSize) + " unless max_header_size is raised");
    }
    header.dataOffset = header.headerOffset + length;
    const std::string_view text(reinterpret_cast<const char *>(file.data() + header.headerOffset),
                                static_cast<size_t>(length));

    LiteralParser parser(text);
    Literal dict;
    if (!parser.parseDocument(dict))
        return npyError(header.headerOffset + parser.errorPos(),
                        "cannot parse the header dictionary: " + parser.error());
    if (dict.kind != Literal::Kind::Dict)
        return npyError(header.headerOffset, "the header is not a dictionary");

    const Literal *descr = nullptr;
    const Literal *fortran = nullptr;
    const Literal *shape = nullptr;
    for (size_t i = 0; i + 1 < dict.items.size(); i += 2) {
        const Literal &key = dict.items[i];
        const Literal &value = dict.items[i + 1];
        const uint64_t at = header.headerOffset + key.begin;
        if (key.kind != Literal::Kind::Str)
            return npyError(at, "a header key is not a string");
        const Literal **slot = key.str == "descr"           ? &descr
                               : key.str == "fortran_order" ? &fortran
                               : key.str == "shape"         ? &shape
                                                            : nullptr;
        if (!slot)
            return npyError(at, "unexpected header key '" + key.str
                                    + "' (numpy requires exactly descr, fortran_order, shape)");
        if (*slot)
            header.warnings.push_back("header key '" + key.str
                                      + "' appears twice; the last value is used (as Python does)");
        *slot = &value; // Python dict literals keep the last duplicate
    }
    if (!descr || !fortran || !shape) {
        return npyError(header.headerOffset, std::string("the header lacks the key '")
                                                 + (!descr     ? "descr"
                                                    : !fortran ? "fortran_order"
                                                               : "shape")
                                                 + "'");
    }

    if (fortran->kind != Literal::Kind::Bool)
        return npyError(header.headerOffset + fortran->begin, "fortran_order is not True/False");
    header.fortranOrder = fortran->boolean;

    if (!toShape(*shape, header.shape))
        return npyError(header.headerOffset + shape->begin,
                        "shape is not a tuple of non-negative integers");

    if (descr->kind == Literal::Kind::Str) {
        header.descr = descr->str;
    } else if (descr->kind == Literal::Kind::List) {
        header.structured = true;
        header.descr = std::string(text.substr(descr->begin, descr->end - descr->begin));
        const std::string problem = toFields(*descr, text, header.fields);
        if (!problem.empty())
            return npyError(header.headerOffset + descr->begin, "descr: " + problem);
    } else {
        return npyError(header.headerOffset + descr->begin,
                        "descr is neither a type string nor a list of fields");
    }
    return header;
}

} // namespace

std::optional<uint64_t> NpyHeader::elementCount() const
{
    uint64_t count = 1;
    for (uint64_t dim : shape) {
        if (dim != 0 && count > std::numeric_limits<uint64_t>::max() / dim)
            return std::nullopt;
        count *= dim;
    }
    return count;
}

Result<NpyHeader> readNpyHeader(std::span<const uint8_t> file)
{
    try {
        return readNpyHeaderImpl(file);
    } catch (const std::bad_alloc &) {
        return npyError(0, "out of memory while reading the .npy header");
    } catch (const std::exception &ex) {
        return npyError(0, std::string("cannot read the .npy header: ") + ex.what());
    }
}

} // namespace ps
