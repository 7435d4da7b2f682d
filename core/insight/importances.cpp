// SPDX-License-Identifier: MIT
#include "insight/importances.h"

#include "document/document.h"
#include "document/interpretation.h"
#include "insight/tree.h"
#include "insight/values.h"
#include "present/children.h"

#include <array>
#include <string_view>

namespace ps::insight::detail {

namespace {

constexpr std::array<std::string_view, 5> kForests = {
    "RandomForestClassifier", "RandomForestRegressor", "ExtraTreesClassifier",
    "ExtraTreesRegressor",    "RandomTreesEmbedding",
};

constexpr std::array<std::string_view, 2> kBoosting = {
    "GradientBoostingClassifier",
    "GradientBoostingRegressor",
};

template<size_t N>
bool contains(const std::array<std::string_view, N> &names, std::string_view name)
{
    for (const std::string_view n : names) {
        if (n == name)
            return true;
    }
    return false;
}

const Interpretation *treeInterpretation(const Document &document, NodeId tree)
{
    return interpretationAs(document, tree, Recognised::SkTree);
}

/// The tree_ of a tree estimator, or kNoNode.
NodeId treeOf(const Document &document, NodeId estimator)
{
    const NodeId tree = attribute(document, estimator, "tree_");
    return treeInterpretation(document, tree) ? tree : kNoNode;
}

/// Column-wise mean of rows of equal length (sequential sums, as numpy's axis-0 reduction),
/// then divided by the mean's sum (numpy divides even by zero: nan).
std::vector<double> normalisedMean(const std::vector<std::vector<double>> &rows)
{
    std::vector<double> mean(rows.front().size(), 0.0);
    for (const auto &row : rows) {
        for (size_t i = 0; i < mean.size(); ++i)
            mean[i] += row[i];
    }
    const double count = static_cast<double>(rows.size());
    double total = 0.0;
    for (double &v : mean) {
        v /= count;
        total += v;
    }
    for (double &v : mean)
        v /= total;
    return mean;
}

/// The Tree nodes of an ensemble's estimators_ in C order; nullopt when an item is not a tree
/// estimator.
std::optional<std::vector<NodeId>> ensembleTrees(const Document &document, NodeId estimator)
{
    const auto estimators = ensembleTreeEstimators(document, estimator);
    if (!estimators)
        return std::nullopt;
    std::vector<NodeId> trees;
    trees.reserve(estimators->size());
    for (const NodeId item : *estimators)
        trees.push_back(treeOf(document, item));
    return trees;
}

std::optional<std::vector<double>> ensembleImportances(const Document &document, NodeId estimator,
                                                       bool boosting)
{
    const auto trees = ensembleTrees(document, estimator);
    if (!trees)
        return std::nullopt;
    std::vector<std::vector<double>> rows;
    // A forest's node arrays are most of its file, read once here: the pages read are given
    // back every few MiB, so the pass holds a few trees' pages, not the whole file.
    constexpr uint64_t kReleaseEvery = uint64_t(16) << 20;
    constexpr uint64_t kTreeNodeBytes = 64; // one record of a Tree's `nodes` array (FORMAT.md)
    uint64_t readSinceRelease = 0;
    for (const NodeId tree : *trees) {
        const auto nodeCount = treeNodeCount(document, tree);
        if (!nodeCount)
            return std::nullopt;
        if (*nodeCount <= 1)
            continue; // single-node trees are left out of the mean
        auto row = treeImportances(document, tree, !boosting);
        if (!row || (!rows.empty() && row->size() != rows.front().size()))
            return std::nullopt;
        rows.push_back(std::move(*row));
        readSinceRelease += static_cast<uint64_t>(*nodeCount) * kTreeNodeBytes;
        if (readSinceRelease >= kReleaseEvery) {
            document.releaseMappedPages();
            readSinceRelease = 0;
        }
    }
    if (rows.empty()) {
        const auto n = intOf(document, attribute(document, estimator, "n_features_in_"));
        if (!n || *n < 0 || static_cast<uint64_t>(*n) > kMaxFeatureNames)
            return std::nullopt;
        return std::vector<double>(static_cast<size_t>(*n), 0.0);
    }
    return normalisedMean(rows);
}

} // namespace

std::optional<int64_t> treeNodeCount(const Document &document, NodeId tree)
{
    const Interpretation *in = treeInterpretation(document, tree);
    if (!in)
        return std::nullopt;
    return intOf(document, member(*in, "node_count"));
}

std::optional<std::vector<double>> treeImportances(const Document &document, NodeId tree,
                                                   bool normalize)
{
    const auto t = readTree(document, tree);
    if (!t || static_cast<uint64_t>(t->nFeatures) > kMaxFeatureNames)
        return std::nullopt;
    std::vector<double> importances(static_cast<size_t>(t->nFeatures), 0.0);
    const auto term = [&](int64_t node) {
        return t->weightedSamples[static_cast<uint64_t>(node)]
               * t->impurity[static_cast<uint64_t>(node)];
    };
    for (uint64_t node = 0; node < t->nodeCount; ++node) {
        if (t->isLeaf(node))
            continue;
        importances[static_cast<size_t>(t->feature[node])]
            += term(static_cast<int64_t>(node)) - term(t->left[node]) - term(t->right[node]);
    }
    for (double &v : importances)
        v /= t->weightedSamples[0];
    if (normalize) {
        double total = 0.0;
        for (const double v : importances)
            total += v;
        if (total > 0.0) {
            for (double &v : importances)
                v /= total;
        }
    }
    return importances;
}

std::optional<std::vector<double>> featureImportances(const Document &document, NodeId estimator)
{
    const std::string cls = estimatorClass(document, estimator);
    if (cls.empty())
        return std::nullopt;
    if (contains(kForests, cls))
        return ensembleImportances(document, estimator, false);
    if (contains(kBoosting, cls))
        return ensembleImportances(document, estimator, true);
    const NodeId tree = treeOf(document, estimator);
    if (tree == kNoNode)
        return std::nullopt;
    return treeImportances(document, tree, true);
}

} // namespace ps::insight::detail
