// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graph.h"

#include <string>
#include <string_view>

namespace ps {

class Document;
struct Resolved;

/// What `type(x).__module__ + '.' + type(x).__qualname__` would be for node `id` after
/// `pickle.load` with the real libraries, e.g. "builtins.dict", "numpy.ndarray", "numpy.float64",
/// "collections.OrderedDict", "sklearn.linear_model._logistic.LogisticRegression".
/// Rules: the recogniser's Interpretation::pythonType when set; builtin kinds map to their
/// builtins type (Py2String → builtins.str, as loaded with encoding='latin1'); generic objects
/// give their class (copy_reg/__builtin__ names mapped to their Python 3 modules, and
/// copyreg._reconstructor / __newobj__ / numpy _reconstruct unwrapped to the real class); a Global
/// used as a value is "builtins.type" when it looks like a class, else "builtins.function"
/// (best effort: the module is never imported). Never fails; "builtins.object" when unknowable.
std::string pythonType(const Document &document, NodeId id);

/// pythonType() of a resolved path: array elements are numpy scalars ("numpy.float64",
/// "numpy.void" for records), sub-arrays "numpy.ndarray"; parts of torch tensors are
/// "torch.Tensor".
std::string pythonType(const Document &document, const Resolved &resolved);

/// What Python's `.dtype.str` would say for a resolved array value, or "" when it is not one:
/// numpy byte-swaps non-native arrays to native order when it loads them (except protocol-5
/// `_frombuffer` arrays, which keep their byte order); numpy scalars (array elements) always
/// have native order, and str_/bytes_ scalars are sized to their content ('<U0' for '');
/// torch tensors give str(tensor.dtype), e.g. "torch.float32".
std::string pythonDType(const Document &document, const Resolved &resolved);

/// Python's repr() of a node, in full, for the exact builtin scalars: None, bool, int (any
/// size up to 2^20 bits), float, str (also Python 2 str, latin-1), bytes, bytearray. Anything
/// else gets its one-line summary (containers and objects are never expanded).
std::string pythonRepr(const Document &document, NodeId id);

/// The last component of pythonType(): "LogisticRegression", "ndarray", "dict", "float64".
std::string shortType(const Document &document, NodeId id);

/// The last dotted component of a "module.qualname" string.
std::string shortTypeName(std::string_view fullName);

/// "module.name" of a global reference with Python 2 names mapped the way Python 3's unpickler
/// maps them (fix_imports): __builtin__ → builtins, copy_reg → copyreg, exceptions.X →
/// builtins.X, __builtin__.unicode → builtins.str, ...
std::string pythonGlobalName(std::string_view module, std::string_view name);

/// True when a global reference most likely names a class (capitalised last component, a
/// builtin type, a numpy scalar type, ...). Best effort: nothing is imported.
bool globalLooksLikeClass(std::string_view module, std::string_view name);

} // namespace ps
