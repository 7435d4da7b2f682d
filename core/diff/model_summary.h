// SPDX-License-Identifier: MIT
#pragma once
// The model-aware part of a comparison: feature and class names for array positions, learned
// parameters aligned by feature name, and the plain-language summary.

#include "diff/diff.h"
#include "diff/walker.h"
#include "insight/insight.h"

#include <unordered_map>
#include <vector>

namespace ps::diff::detail {

/// The scikit-learn insight of both documents, indexed by estimator node (aliases followed).
struct Models
{
    std::vector<insight::Estimator> oldEstimators;
    std::vector<insight::Estimator> newEstimators;
    std::unordered_map<NodeId, size_t> oldByNode;
    std::unordered_map<NodeId, size_t> newByNode;
};

Models analyseModels(const Document &oldDocument, const Document &newDocument);

/// Names the axes and positions of an array stored as attribute `attribute` of the old
/// estimator `oldParent` (classes on the first axis, features on the last), when they fit.
void labelArray(const Models &models, NodeId oldParent, const std::string &attribute,
                ArrayDiff &diff);

/// Fills DiffResult::parameters and DiffResult::summary from the changes already in `result`,
/// the estimators the walk paired and the format facts.
void summarise(const Document &oldDocument, const Document &newDocument, const Models &models,
               const std::vector<EstimatorPair> &pairs, const DiffOptions &options,
               DiffResult &result);

/// A number for a summary line: 6 significant digits, more when that would hide a change.
std::string shortNumber(double value);

} // namespace ps::diff::detail
