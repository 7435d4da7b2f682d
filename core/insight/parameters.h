// SPDX-License-Identifier: MIT
#pragma once
// The learned parameters of one estimator (coef_, dual_coef_, MLP layers, computed feature
// importances ...), as numbers.

#include "insight/insight.h"

#include <string>
#include <vector>

namespace ps::insight::detail {

/// Every learned parameter the estimator stores (or, for trees, forests and gradient
/// boosting, the computed feature importances), ordered by Role. `path` is the estimator's
/// path; parameter paths extend it.
std::vector<Parameter> learnedParameters(const Document &document, NodeId estimator,
                                         const std::string &path);

} // namespace ps::insight::detail
