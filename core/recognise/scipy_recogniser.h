// SPDX-License-Identifier: MIT
#pragma once

#include "recognise/recognise_context.h"

#include <string>

namespace ps {

/// scipy.sparse `<fmt>_matrix` / `<fmt>_array` (csr, csc, coo, bsr, dia, lil, dok; any module
/// spelling under scipy.sparse) → Recognised::Sparse with the state attributes as members and
/// Interpretation::format / shape / nnz filled in (nnz as scipy's `.nnz` computes it).
bool recogniseSparse(RecogniseContext &ctx, NodeId id, const std::string &cls, Interpretation &out);

} // namespace ps
