// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace ps {

/// A JSON string literal (with quotes) for UTF-8/WTF-8 text: escapes like Python's json with
/// ensure_ascii=False; lone surrogates as \udXXX; invalid bytes as U+FFFD.
std::string jsonString(std::string_view utf8);

/// A JSON number for a double by Python's repr, or "nan" / "inf" / "-inf" strings.
std::string jsonFloat(double value);

/// Pretty-printed JSON is indented one step per open object or array, like Python's
/// json.dumps(indent=N), up to this many levels; deeper levels keep this indentation. So a
/// line never starts with more than `indent × kJsonMaxIndentLevels` spaces, and the text of a
/// value nested n deep grows with n, not n² (a 1 MB pickle of dicts nested 200,000 deep
/// would otherwise need 80 GB).
inline constexpr size_t kJsonMaxIndentLevels = 32;

/// A streaming JSON emitter: syntax (commas, colons, brackets), escaping and indentation.
/// With a sink, text goes there in chunks of at most ~64 KiB as it is produced (nothing else
/// is kept); without one it accumulates in text(). The emitter never checks that the value
/// sequence makes sense (a key inside an array is ignored); callers produce valid documents.
class JsonEmitter
{
public:
    /// `indent`: spaces per level when `pretty`. `sink`: see the class comment.
    explicit JsonEmitter(bool pretty = true, int indent = 2, std::ostream *sink = nullptr);

    void beginObject();
    void beginArray();
    /// Closes the innermost object or array.
    void end();
    /// The key of the next value (inside an object).
    void key(std::string_view utf8);
    void string(std::string_view utf8);
    void number(int64_t value);
    void number(uint64_t value);
    void number(int value) { number(static_cast<int64_t>(value)); }
    void floating(double value);
    void boolean(bool value);
    void null();
    /// A complete, already valid JSON value (e.g. a number's text).
    void raw(std::string_view json);

    /// `"key": value` in one call, for objects built field by field.
    void field(std::string_view name, std::string_view utf8)
    {
        key(name);
        string(utf8);
    }
    void field(std::string_view name, const char *utf8)
    {
        key(name);
        string(utf8);
    }
    void field(std::string_view name, const std::string &utf8)
    {
        key(name);
        string(utf8);
    }
    void field(std::string_view name, int64_t value)
    {
        key(name);
        number(value);
    }
    void field(std::string_view name, uint64_t value)
    {
        key(name);
        number(value);
    }
    void field(std::string_view name, int value)
    {
        key(name);
        number(value);
    }
    void field(std::string_view name, bool value)
    {
        key(name);
        boolean(value);
    }
    /// `"key": ["a", "b", ...]`.
    void field(std::string_view name, const std::vector<std::string> &items)
    {
        key(name);
        beginArray();
        for (const std::string &item : items)
            string(item);
        end();
    }
    /// `"key": "text"`, or `"key": null` when `utf8` is empty.
    void fieldOrNull(std::string_view name, std::string_view utf8)
    {
        key(name);
        if (utf8.empty())
            null();
        else
            string(utf8);
    }

    /// Open objects/arrays.
    size_t depth() const { return m_contexts.size(); }
    /// Bytes produced so far (flushed or not).
    uint64_t bytesWritten() const { return m_written + m_buffer.size(); }
    /// The accumulated text (when there is no sink).
    const std::string &text() const { return m_buffer; }
    std::string take() { return std::move(m_buffer); }
    /// Writes buffered text to the sink.
    void flush();
    /// The sink reported an error (e.g. the disk is full); later text is lost.
    bool sinkFailed() const { return m_sink && m_sink->fail(); }

private:
    void valueStart();
    void newline();
    void put(std::string_view text);
    void put(char c);

    struct Context
    {
        bool object = false;
        bool afterKey = false;
        size_t count = 0;
    };
    bool m_pretty;
    int m_indent;
    std::ostream *m_sink;
    std::string m_buffer;
    uint64_t m_written = 0;
    std::vector<Context> m_contexts;
};

} // namespace ps
