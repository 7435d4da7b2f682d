// SPDX-License-Identifier: MIT
#pragma once
// Decision trees read from the node arrays of a pickled sklearn.tree._tree.Tree, without
// scikit-learn: the nodes with their splits and values, the decision path of an input, and
// the text rendering of sklearn.tree.export_text (scikit-learn 1.2, sklearn/tree/_export.py).

#include "graph/graph.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ps {
class Document;
}

namespace ps::insight {

/// sklearn.tree._tree: TREE_LEAF (a leaf's child index) and TREE_UNDEFINED (a leaf's feature).
inline constexpr int64_t kTreeLeaf = -1;
inline constexpr int64_t kTreeUndefined = -2;

/// One Tree as plain arrays, node i at index i. Every split's children have larger indices
/// than the split (scikit-learn's builders append children after their parent); readTree
/// refuses arrays that break it, so walks over a tree always end.
struct DecisionTree
{
    uint64_t nodeCount = 0;
    int64_t nFeatures = 0;
    uint64_t nOutputs = 0;
    std::vector<int64_t> nClasses; ///< per output (1 for regression)
    uint64_t maxClasses = 0;       ///< the last axis of `value`
    std::vector<int64_t> left, right, feature, samples;
    std::vector<double> threshold, impurity, weightedSamples;
    std::vector<uint8_t> missingGoToLeft; ///< empty when the file predates scikit-learn 1.3
    std::vector<double> value;            ///< nodeCount × nOutputs × maxClasses, C order
    std::vector<uint32_t> depth;          ///< the root has depth 0

    bool isLeaf(uint64_t node) const { return left[node] == kTreeLeaf; }
    /// The value rows of a node: nOutputs × maxClasses.
    std::span<const double> valueOf(uint64_t node) const
    {
        return std::span<const double>(value).subspan(node * nOutputs * maxClasses,
                                                      nOutputs * maxClasses);
    }
    /// The depth of the deepest leaf below (and including) a node, counted from 1 there (what
    /// export_text reports for a truncated branch).
    uint32_t subtreeDepth(uint64_t node) const;
};

/// Reads a recognised Tree node. nullopt (with the reason in `why`) when an array is missing,
/// too short, or the children do not form a tree.
std::optional<DecisionTree> readTree(const Document &document, NodeId tree,
                                     std::string *why = nullptr);

/// np.argmax: the index of the first largest value (the first NaN when there is one); 0 for
/// an empty span. How a leaf's class is chosen from its value row.
size_t indexOfMax(std::span<const double> values);

/// The class a node predicts: indexOfMax over its first output's row (the first
/// nClasses[0] values).
size_t majorityClass(const DecisionTree &tree, uint64_t node);

/// Numbers separated by commas, semicolons or white space ("5.1, 3.5 1.4;0.2"; nan and inf
/// allowed), locale-independent. nullopt when an item is not a number: its 0-based position
/// in `badItem` and its text in `badText`.
std::optional<std::vector<double>> parseFeatureVector(std::string_view text,
                                                      size_t *badItem = nullptr,
                                                      std::string *badText = nullptr);

/// A tree estimator of a file with what rendering it needs.
struct TreeEstimator
{
    NodeId estimator = kNoNode;            ///< the DecisionTree*/ExtraTree* estimator
    NodeId tree = kNoNode;                 ///< its tree_
    std::string className;                 ///< DecisionTreeClassifier, ExtraTreeRegressor, ...
    bool classifier = false;               ///< a *Classifier: leaves name a class
    std::vector<std::string> classNames;   ///< str() of the estimator's own classes_
    std::vector<std::string> featureNames; ///< feature_names_in_ when stored, else empty
};

/// The tree estimator at a node: a DecisionTree*/ExtraTree* estimator, or nullopt.
std::optional<TreeEstimator> treeEstimator(const Document &document, NodeId estimator);

/// The trees of an ensemble (RandomForest*, ExtraTrees*, RandomTreesEmbedding,
/// IsolationForest, GradientBoosting*): the nodes of estimators_' items in C order (a
/// boosting model's stages × outputs grid flattened). nullopt when the node is not such an
/// ensemble or an item is not a tree estimator.
std::optional<std::vector<NodeId>> ensembleTreeEstimators(const Document &document,
                                                          NodeId estimator);

/// sklearn.tree.export_text's options (the same defaults).
struct ExportTextOptions
{
    int decimals = 2;
    int spacing = 3;
    int maxDepth = 10;
    bool showWeights = false;
};

/// The text sklearn.tree.export_text(estimator, feature_names=...) prints: feature names from
/// `names` (feature_<i> when empty), leaves by class name for classifiers, by value for
/// regressors. Iterative (input controls the depth).
std::string exportText(const DecisionTree &tree, const TreeEstimator &estimator,
                       const std::vector<std::string> &names,
                       const ExportTextOptions &options = {});

/// The nodes an input visits from the root to its leaf, as DecisionTreeClassifier.
/// decision_path() finds them: the input is converted to float32 first (scikit-learn's
/// DTYPE), a split sends x[feature] <= threshold left; NaN follows missing_go_to_left where
/// the tree has it, else goes right. nullopt (reason in `why`) when the input has fewer
/// values than the tree's features.
std::optional<std::vector<uint64_t>>
decisionPath(const DecisionTree &tree, std::span<const double> input, std::string *why = nullptr);

} // namespace ps::insight
