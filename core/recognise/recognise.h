// SPDX-License-Identifier: MIT
#pragma once

#include "array/dtype_decode.h" // decodeDType, used with the recognisers

namespace ps {

class Document;

/// Runs every recogniser over the document's graph and stores Interpretations.
/// Never fails: what is not understood stays a generic node.
void recogniseAll(Document &document);

} // namespace ps
