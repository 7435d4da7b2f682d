// SPDX-License-Identifier: MIT
#pragma once

#include "path/path.h"
#include "util/result.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace ps {

/// A Python literal as `ast.literal_eval` reads it: a KeyLiteral (None, bool, int, float, str,
/// bytes, or a tuple of those) or a list, tuple, dict or set holding literals. What "set a
/// value" and "replace a subtree" write.
struct ValueLiteral
{
    enum class Type : uint8_t { Scalar, List, Tuple, Dict, Set };
    Type type = Type::Scalar;
    KeyLiteral scalar;               ///< Scalar (a tuple of scalars is a Scalar too)
    std::vector<ValueLiteral> items; ///< List, Tuple, Set; Dict: key, value, key, value, ...
};

/// How deep lists, tuples, dicts and sets may nest in a value literal.
inline constexpr int kMaxValueLiteralDepth = 100;

/// Parses a Python literal with the path grammar's literal syntax (the one parser of literals:
/// string prefixes and escapes, int/float forms, True/False/None, inf/nan), extended by lists,
/// dicts and sets. Whitespace between tokens is ignored; `1, 2` is the tuple (1, 2), as in
/// Python. Dict keys and set items must be hashable (scalars or tuples of scalars). The text
/// must be UTF-8. Errors read "'<text>' is not a Python literal (e.g. …): column N: …".
Result<ValueLiteral> parseValueLiteral(std::string_view text);

/// A literal that is a KeyLiteral (what a dict key, a list item or a renamed key may be): as
/// parseValueLiteral, refusing lists, dicts, sets and tuples holding them.
Result<KeyLiteral> parseKeyLiteral(std::string_view text);

} // namespace ps
