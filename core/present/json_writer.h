// SPDX-License-Identifier: MIT
#pragma once

#include "path/path.h"
#include "util/result.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace ps {

class Document;

/// Options of the JSON mapping.
struct JsonOptions
{
    bool pretty = true; ///< indented like Python's json.dumps(indent=2); else no whitespace
    int indent = 2;
    /// Graph nodes visited at most (shared nodes are written again each time they are met, so
    /// a "billion laughs" DAG of tuples would otherwise take forever).
    uint64_t maxNodes = 10'000'000;
    /// Array elements written at most (the same guard for arrays shared many times).
    uint64_t maxElements = 1'000'000'000;
    /// Bytes of JSON text at most (UINT64_MAX: unlimited).
    uint64_t maxOutputBytes = UINT64_MAX;
    /// The path of the value being written; `$cycle` references are this path plus the steps
    /// below it.
    std::string basePath;
};

/// The value at `resolved` in PickleScope's JSON mapping (the same rules as the fixture
/// generator's `to_json`):
///  * None → null; bool → true/false; int → exact number (any size); float → number with
///    Python's repr digits (1.0, 1e+100, -0.0), NaN/±inf → "nan", "inf", "-inf".
///  * str → string (lone surrogates as \udXXX); Python 2 str → string (latin-1);
///    bytes/bytearray → {"$bytes": "<lowercase hex>"}; complex → {"$complex": [re, im]}.
///  * list/tuple/deque/set/frozenset → array (file order).
///  * dict, OrderedDict, defaultdict, Counter: all keys str → object in insertion order (a
///    repeated key keeps its first position and its last value); otherwise
///    {"$dict": [[key, value], ...]}.
///  * ndarray → nested lists like .tolist() (0-d → the scalar): bool, exact ints, floats as
///    above (float32/float16/long double widened to double), complex, datetime64/timedelta64 →
///    int64 count, 'U' → str, 'S' / unstructured 'V' → $bytes, structured → {field: value},
///    object arrays → their elements. Byte order honoured. numpy scalars the same.
///  * datetime/date/time → {"$datetime"|"$date"|"$time": isoformat}; timedelta →
///    {"$timedelta": [days, seconds, microseconds]}; Decimal → {"$decimal": text}; Enum →
///    {"$enum": "module.Class.NAME"}; class or function → {"$global": "module.qualname"};
///    numpy dtype → {"$dtype": dtype.str}; torch tensor → nested lists; pandas Series / Index
///    → list of values; DataFrame → {"$dataframe": {column: [values]}}; any other object →
///    {"$class": "module.qualname", "$state": <its last BUILD state or null>}.
///  * Extensions for values the mapping does not cover: persistent ids {"$persid": pid},
///    extension codes {"$ext": code}, out-of-band buffers {"$buffer": index}, values the
///    reader could not build → null.
///  * A node that is its own ancestor in the walk → {"$cycle": "<path of that ancestor>"}.
/// Iterative: never recursive on the input's depth.
Result<std::string> toJson(const Document &document, const Resolved &resolved,
                           const JsonOptions &options = {});

/// The same, streamed to `out` (nothing is buffered beyond a small chunk). On error, the
/// output written so far is incomplete JSON.
Status writeJson(std::ostream &out, const Document &document, const Resolved &resolved,
                 const JsonOptions &options = {});

/// A JSON string literal (with quotes) for UTF-8/WTF-8 text: escapes like Python's json with
/// ensure_ascii=False; lone surrogates as \udXXX; invalid bytes as U+FFFD.
std::string jsonString(std::string_view utf8);

/// A JSON number for a double by Python's repr, or "nan" / "inf" / "-inf" strings.
std::string jsonFloat(double value);

/// A small streaming JSON emitter (used by toJson and by the CLI's documents).
class JsonEmitter
{
public:
    /// `sink`: when set, text is flushed there in chunks; otherwise it accumulates in text().
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

private:
    void valueStart();
    void newline();
    void put(std::string_view text);

    struct Context
    {
        bool object = false;
        size_t count = 0;
        bool afterKey = false;
    };
    bool m_pretty;
    int m_indent;
    std::ostream *m_sink;
    std::string m_buffer;
    uint64_t m_written = 0;
    std::vector<Context> m_contexts;
};

} // namespace ps
