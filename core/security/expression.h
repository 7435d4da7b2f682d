// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graph.h"

#include <cstddef>
#include <string>

namespace ps {
class Document;
}

namespace ps::security {

/// Bounds of an expression's text.
struct ExpressionLimits
{
    /// Nesting shown before "…" (calls in calls, containers in containers).
    static constexpr int kDefaultMaxDepth = 5;
    /// Items shown per container or argument list before "…".
    static constexpr size_t kDefaultMaxItems = 8;
    /// Characters of one str / bytes value shown.
    static constexpr size_t kDefaultMaxText = 60;
    /// Characters of the whole expression.
    static constexpr size_t kDefaultMaxChars = 240;

    int maxDepth = kDefaultMaxDepth;
    size_t maxItems = kDefaultMaxItems;
    size_t maxText = kDefaultMaxText;
    size_t maxChars = kDefaultMaxChars;
};

/// What loading would evaluate for a node, as a Python-like expression:
/// `os.system('echo pwned')`, `getattr(__import__('os'), 'system')`,
/// `numpy.core.multiarray._reconstruct(numpy.ndarray, (0,), b'b')`.
///  * REDUCE, INST and OBJ are calls: `callee(args)`;
///  * NEWOBJ is `cls.__new__(cls, args)` (and `**kwargs` for NEWOBJ_EX);
///  * builtins are written bare (`eval`, `getattr`), other globals as `module.qualname`;
///  * a STACK_GLOBAL with computed operands is `find_class(module_expr, name_expr)`;
///  * EXT codes are `find_class(*copyreg._inverted_registry[N])`, persistent ids
///    `persistent_load(pid)`.
/// Depth, items and length are bounded by `limits` (elided parts read "…"); the walk never goes
/// deeper than limits.maxDepth, whatever the input.
std::string expressionOf(const Document &document, NodeId node,
                         const ExpressionLimits &limits = {});

/// `module.qualname` as an expression: bare for builtins (`eval`), dotted otherwise.
std::string globalExpression(std::string_view module, std::string_view qualname);

} // namespace ps::security
