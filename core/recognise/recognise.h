// SPDX-License-Identifier: MIT
#pragma once

#include "array/dtype_decode.h" // decodeDType, used with the recognisers
#include "graph/graph.h"

namespace ps {

class Document;

/// Whether any recogniser looks at nodes of this kind (globals, objects, persistent ids and
/// the nodes standing for .npy arrays); plain values and containers are never interpreted.
bool recognisable(Kind kind);

/// Runs every recogniser over the document's graph and stores Interpretations.
/// Never fails: what is not understood stays a generic node.
void recogniseAll(Document &document);

} // namespace ps
