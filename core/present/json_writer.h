// SPDX-License-Identifier: MIT
#pragma once

#include "path/path.h"
#include "util/result.h"

#include <cstdint>
#include <ostream>
#include <string>

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
/// Iterative: never recursive on the input's depth. Pretty output is indented as
/// JsonEmitter does: at most kJsonMaxIndentLevels levels deep.
Result<std::string> toJson(const Document &document, const Resolved &resolved,
                           const JsonOptions &options = {});

/// The same, streamed to `out` as it is produced (nothing is held beyond a 64 KiB chunk, so
/// memory does not grow with the output). On error, the output written so far is incomplete
/// JSON. Neither function throws: running out of memory is an Error too.
Status writeJson(std::ostream &out, const Document &document, const Resolved &resolved,
                 const JsonOptions &options = {});

} // namespace ps
