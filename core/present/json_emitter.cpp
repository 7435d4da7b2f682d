// SPDX-License-Identifier: MIT
#include "present/json_emitter.h"

#include "util/pyrepr.h"
#include "util/utf8.h"

#include <algorithm>
#include <cmath>

namespace ps {

// ---------------------------------------------------------------------------------------------
// Strings and numbers

std::string jsonString(std::string_view s)
{
    static const char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (size_t pos = 0; pos < s.size();) {
        const auto c = static_cast<unsigned char>(s[pos]);
        if (c < 0x80) {
            ++pos;
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (c < 0x20) {
                    out += "\\u00";
                    out += hex[c >> 4];
                    out += hex[c & 0xF];
                } else {
                    out += static_cast<char>(c);
                }
            }
            continue;
        }
        const size_t start = pos;
        char32_t cp;
        if (!nextCodePoint(s, pos, cp)) {
            out += "\xEF\xBF\xBD"; // U+FFFD for an invalid byte
            continue;
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            out += "\\u";
            for (int i = 3; i >= 0; --i)
                out += hex[(cp >> (4 * i)) & 0xF];
            continue;
        }
        out.append(s.substr(start, pos - start));
    }
    out += '"';
    return out;
}

std::string jsonFloat(double v)
{
    if (std::isnan(v))
        return "\"nan\"";
    if (std::isinf(v))
        return v > 0 ? "\"inf\"" : "\"-inf\"";
    return reprFloat(v);
}

// ---------------------------------------------------------------------------------------------
// JsonEmitter

namespace {
/// Buffered text is handed to the sink once it reaches this size.
constexpr size_t kFlushBytes = size_t(1) << 16;
} // namespace

JsonEmitter::JsonEmitter(bool pretty, int indent, std::ostream *sink)
    : m_pretty(pretty)
    , m_indent(std::max(indent, 0))
    , m_sink(sink)
{}

void JsonEmitter::put(std::string_view text)
{
    m_buffer.append(text);
    if (m_sink && m_buffer.size() >= kFlushBytes)
        flush();
}

void JsonEmitter::put(char c)
{
    m_buffer += c;
    if (m_sink && m_buffer.size() >= kFlushBytes)
        flush();
}

void JsonEmitter::flush()
{
    if (!m_sink || m_buffer.empty())
        return;
    m_sink->write(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
    m_written += m_buffer.size();
    m_buffer.clear();
}

void JsonEmitter::newline()
{
    if (!m_pretty)
        return;
    const size_t levels = std::min(m_contexts.size(), kJsonMaxIndentLevels);
    put('\n');
    m_buffer.append(static_cast<size_t>(m_indent) * levels, ' ');
}

void JsonEmitter::valueStart()
{
    if (m_contexts.empty())
        return;
    Context &c = m_contexts.back();
    if (c.object && c.afterKey) {
        c.afterKey = false;
        return;
    }
    if (c.count++)
        put(',');
    newline();
}

void JsonEmitter::key(std::string_view utf8)
{
    if (m_contexts.empty())
        return;
    Context &c = m_contexts.back();
    if (c.count++)
        put(',');
    newline();
    put(jsonString(utf8));
    put(m_pretty ? std::string_view(": ") : std::string_view(":"));
    c.afterKey = true;
}

void JsonEmitter::beginObject()
{
    valueStart();
    put('{');
    m_contexts.push_back({true, false, 0});
}

void JsonEmitter::beginArray()
{
    valueStart();
    put('[');
    m_contexts.push_back({false, false, 0});
}

void JsonEmitter::end()
{
    if (m_contexts.empty())
        return;
    const Context c = m_contexts.back();
    m_contexts.pop_back();
    if (c.count)
        newline();
    put(c.object ? '}' : ']');
}

void JsonEmitter::string(std::string_view utf8)
{
    valueStart();
    put(jsonString(utf8));
}

void JsonEmitter::number(int64_t value)
{
    valueStart();
    put(std::to_string(value));
}

void JsonEmitter::number(uint64_t value)
{
    valueStart();
    put(std::to_string(value));
}

void JsonEmitter::floating(double value)
{
    valueStart();
    put(jsonFloat(value));
}

void JsonEmitter::boolean(bool value)
{
    valueStart();
    put(value ? std::string_view("true") : std::string_view("false"));
}

void JsonEmitter::null()
{
    valueStart();
    put(std::string_view("null"));
}

void JsonEmitter::raw(std::string_view json)
{
    valueStart();
    put(json);
}

} // namespace ps
