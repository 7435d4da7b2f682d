// SPDX-License-Identifier: MIT
#pragma once
// Impurity-based feature importances computed from the node arrays of pickled trees, the way
// scikit-learn 1.2 computes `feature_importances_` (Tree.compute_feature_importances, the
// forest mean, the gradient-boosting mean over stages).

#include "graph/graph.h"

#include <optional>
#include <vector>

namespace ps {
class Document;
}

namespace ps::insight::detail {

/// The importances of one sklearn.tree._tree.Tree node: for every split node, the weighted
/// impurity decrease added to its feature, divided by the root's weighted sample count, then
/// (`normalize`) scaled to sum 1 when the sum is positive. nullopt when the node arrays are
/// missing or inconsistent (child or feature indices out of range).
std::optional<std::vector<double>> treeImportances(const Document &document, NodeId tree,
                                                   bool normalize);

/// The Tree's node_count, or nullopt.
std::optional<int64_t> treeNodeCount(const Document &document, NodeId tree);

/// feature_importances_ of an estimator: decision / extra trees (through `tree_`), random
/// forests and extra-trees ensembles, gradient boosting. nullopt for other estimators and when
/// the trees cannot be read.
std::optional<std::vector<double>> featureImportances(const Document &document, NodeId estimator);

} // namespace ps::insight::detail
