// SPDX-License-Identifier: MIT
// The path grammar: parsing a path into steps (with the key literals inside subscripts) and
// printing steps back.
#include "path/path.h"

#include "path/literal_parser.h"
#include "util/pyrepr.h"

namespace ps {

namespace {

using pathsyntax::isIdentChar;
using pathsyntax::isIdentStart;
using pathsyntax::pathError;

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

// ---------------------------------------------------------------------------------------------
// Parser

class Parser : public pathsyntax::LiteralParser
{
public:
    explicit Parser(std::string_view text)
        : LiteralParser(text, Mode::Keys)
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
            auto lit = parseKey(0, isBare);
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
    if (Status utf8 = pathsyntax::checkUtf8(path); !utf8.ok())
        return utf8.error();
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
