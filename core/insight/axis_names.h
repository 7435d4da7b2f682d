// SPDX-License-Identifier: MIT
#pragma once
// The names along the axes of an array an estimator holds: coef_ rows by class and columns by
// feature, feature_importances_ by feature, a vectorizer's idf by vocabulary word.

#include "insight/insight.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ps {
class Document;
}

namespace ps::insight {

/// Names for each axis of an array; an axis without names has an empty list.
struct AxisNames
{
    std::vector<std::vector<std::string>> axes; ///< one entry per axis of the array
    std::vector<std::string> sources;           ///< per axis: "classes_", "features", ...

    bool empty() const;
};

/// The names along the axes of the array at `path` (from root `root`) with shape `shape`,
/// when it is an attribute of an estimator in `estimators` (an analyse() result) whose meaning
/// is known: per-class rows (coef_, intercept_, feature_log_prob_, theta_, class_count_ …;
/// a binary coef_'s single row is the positive class), per-feature columns or entries (coef_,
/// components_, cluster_centers_, feature_importances_, mean_, scale_, idf_ …, and the
/// TfidfTransformer's `_idf_diag` data through its column indices), an MLP's first layer by
/// input feature and last layer by class. Names come from the estimator's insight (its
/// feature names and classes); axes whose length does not match stay unnamed.
AxisNames arrayAxisNames(const Document &document, const std::vector<Estimator> &estimators,
                         uint32_t root, const std::string &path,
                         const std::vector<uint64_t> &shape);

} // namespace ps::insight
