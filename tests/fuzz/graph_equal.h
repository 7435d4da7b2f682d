// SPDX-License-Identifier: MIT
#pragma once

#include "document/document.h"

#include <string>

namespace ps::fuzz {

/// Compares what two documents load as, root by root, node by node: the graph `written` read
/// back from what the writer made of `original`. Equal up to the normalisations the writer
/// documents (pickler.h): Python-2 strings become str, Python-2 module names their Python 3
/// names, bytes / bytearray / set / NEWOBJ(_EX) take the helper forms of lower protocols
/// (followed through their Alias interpretations or copyreg's __newobj__ / __newobj_ex__),
/// INST becomes OBJ, ints may change between the small and the big form, and arrays may
/// change form (_reconstruct, _frombuffer, joblib payloads): arrays are compared by shape,
/// loaded dtype and elements. Mutable objects must be shared (and cycles closed) the same way.
/// Returns "" when equal, else where and how they first differ.
std::string compareDocuments(const Document &original, const Document &written);

} // namespace ps::fuzz
