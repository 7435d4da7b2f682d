// SPDX-License-Identifier: MIT
#include "insight/tree.h"

#include "document/document.h"
#include "document/interpretation.h"
#include "insight/values.h"
#include "path/path.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace ps::insight {

using namespace detail;

namespace {

bool fail(std::string *why, const std::string &message)
{
    if (why)
        *why = message;
    return false;
}

/// The first `count` elements of a numeric array member as T, or false.
template<typename T>
bool readColumn(const Document &document, const Interpretation &tree, const char *name,
                uint64_t count, std::vector<T> &out, std::string *why)
{
    const auto array = numericArray(document, member(tree, name));
    if (!array)
        return fail(why, std::string("the tree has no numeric ") + name);
    if (array->count() == UINT64_MAX || array->count() < count)
        return fail(why, std::string("the tree's ") + name + " is shorter than node_count");
    out.resize(count);
    for (uint64_t i = 0; i < count; ++i) {
        if constexpr (std::is_floating_point_v<T>) {
            const auto v = array->floatAt(i);
            if (!v)
                return fail(why, std::string("the tree's ") + name + " is not numeric");
            out[i] = *v;
        } else {
            const auto v = array->intAt(i);
            if (!v)
                return fail(why, std::string("the tree's ") + name + " holds a non-integer");
            out[i] = static_cast<T>(*v);
        }
    }
    return true;
}

std::string fixed(double v, int decimals)
{
    // Python's '{:.Nf}' and glibc's "%.*f" both round the exact binary value to N decimals
    // (half to even) and spell nan / inf alike.
    char buffer[512];
    const int n = std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    if (n > 0 && static_cast<size_t>(n) < sizeof buffer)
        return std::string(buffer, static_cast<size_t>(n));
    std::string big(static_cast<size_t>(n) + 1, '\0');
    std::snprintf(big.data(), big.size(), "%.*f", decimals, v);
    big.resize(static_cast<size_t>(n));
    return big;
}

/// The export_text indent of a depth (1 = the root's split lines): "|   |---".
std::string indentOf(uint64_t depth, int spacing)
{
    std::string indent;
    for (uint64_t i = 0; i < depth; ++i) {
        indent += '|';
        indent.append(static_cast<size_t>(spacing), ' ');
    }
    indent.resize(indent.size() - static_cast<size_t>(spacing));
    indent.append(static_cast<size_t>(spacing), '-');
    return indent;
}

bool isTreeEstimatorClass(const std::string &cls)
{
    return cls == "DecisionTreeClassifier" || cls == "DecisionTreeRegressor"
           || cls == "ExtraTreeClassifier" || cls == "ExtraTreeRegressor";
}

bool isEnsembleClass(const std::string &cls)
{
    return cls == "RandomForestClassifier" || cls == "RandomForestRegressor"
           || cls == "ExtraTreesClassifier" || cls == "ExtraTreesRegressor"
           || cls == "RandomTreesEmbedding" || cls == "IsolationForest"
           || cls == "GradientBoostingClassifier" || cls == "GradientBoostingRegressor";
}

} // namespace

size_t indexOfMax(std::span<const double> values)
{
    size_t best = 0;
    for (size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i]))
            return i; // numpy: NaN is the maximum, the first one wins
        if (values[i] > values[best])
            best = i;
    }
    return best;
}

size_t majorityClass(const DecisionTree &t, uint64_t node)
{
    const uint64_t classes
        = t.nClasses.empty() || t.nClasses[0] < 1
              ? 1
              : std::min<uint64_t>(static_cast<uint64_t>(t.nClasses[0]), t.maxClasses);
    return indexOfMax(t.valueOf(node).first(classes));
}

std::optional<std::vector<double>> parseFeatureVector(std::string_view text, size_t *badItem,
                                                      std::string *badText)
{
    std::vector<double> out;
    size_t i = 0;
    const auto separator = [](char c) {
        return c == ',' || c == ';' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    };
    while (i < text.size()) {
        while (i < text.size() && separator(text[i]))
            ++i;
        size_t end = i;
        while (end < text.size() && !separator(text[end]))
            ++end;
        if (end == i)
            break;
        std::string item(text.substr(i, end - i));
        for (char &c : item)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        double v = 0;
        const auto [stop, error] = std::from_chars(item.data(), item.data() + item.size(), v);
        if (error != std::errc() || stop != item.data() + item.size()) {
            if (badItem)
                *badItem = out.size();
            if (badText)
                *badText = std::string(text.substr(i, end - i));
            return std::nullopt;
        }
        out.push_back(v);
        i = end;
    }
    return out;
}

uint32_t DecisionTree::subtreeDepth(uint64_t node) const
{
    // Children have larger indices than their parent (readTree checks it), so the nodes of a
    // subtree follow it and one pass from `node` sees every parent before its children.
    uint32_t deepest = depth[node];
    std::vector<uint64_t> stack{node};
    while (!stack.empty()) {
        const uint64_t n = stack.back();
        stack.pop_back();
        deepest = std::max(deepest, depth[n]);
        if (!isLeaf(n)) {
            stack.push_back(static_cast<uint64_t>(left[n]));
            stack.push_back(static_cast<uint64_t>(right[n]));
        }
    }
    return deepest - depth[node] + 1;
}

std::optional<DecisionTree> readTree(const Document &document, NodeId treeNode, std::string *why)
{
    const Interpretation *in = interpretationAs(document, treeNode, Recognised::SkTree);
    if (!in) {
        fail(why, "not a sklearn.tree._tree.Tree");
        return std::nullopt;
    }
    DecisionTree t;
    const auto nodeCount = intOf(document, member(*in, "node_count"));
    const auto nFeatures = intOf(document, member(*in, "n_features"));
    const auto nOutputs = intOf(document, member(*in, "n_outputs"));
    const auto nClasses = numbersOf(document, member(*in, "n_classes"), kMaxFeatureNames);
    if (!nodeCount || *nodeCount < 1 || !nFeatures || *nFeatures < 0 || !nOutputs || *nOutputs < 1
        || !nClasses || nClasses->omitted
        || nClasses->values.size() != static_cast<uint64_t>(*nOutputs)) {
        fail(why,
             "the tree's node_count, n_features, n_outputs or n_classes is missing or invalid");
        return std::nullopt;
    }
    t.nodeCount = static_cast<uint64_t>(*nodeCount);
    t.nFeatures = *nFeatures;
    t.nOutputs = static_cast<uint64_t>(*nOutputs);
    for (const double c : nClasses->values)
        t.nClasses.push_back(static_cast<int64_t>(c));
    const uint64_t n = t.nodeCount;
    if (!readColumn(document, *in, "children_left", n, t.left, why)
        || !readColumn(document, *in, "children_right", n, t.right, why)
        || !readColumn(document, *in, "feature", n, t.feature, why)
        || !readColumn(document, *in, "threshold", n, t.threshold, why)
        || !readColumn(document, *in, "impurity", n, t.impurity, why)
        || !readColumn(document, *in, "n_node_samples", n, t.samples, why)
        || !readColumn(document, *in, "weighted_n_node_samples", n, t.weightedSamples, why))
        return std::nullopt;
    if (member(*in, "missing_go_to_left") != kNoNode
        && !readColumn(document, *in, "missing_go_to_left", n, t.missingGoToLeft, why))
        return std::nullopt;

    const auto values = numericArray(document, member(*in, "value"));
    if (!values || values->ndim() != 3 || values->shape[0] < n || values->shape[1] != t.nOutputs
        || values->shape[2] == 0) {
        fail(why, "the tree's value array is not node_count × n_outputs × classes");
        return std::nullopt;
    }
    t.maxClasses = values->shape[2];
    const uint64_t perNode = t.nOutputs * t.maxClasses;
    if (perNode > values->count() / n) {
        fail(why, "the tree's value array is too short");
        return std::nullopt;
    }
    t.value.resize(n * perNode);
    for (uint64_t i = 0; i < n * perNode; ++i) {
        const auto v = values->floatAt(i);
        if (!v) {
            fail(why, "the tree's value array is not numeric");
            return std::nullopt;
        }
        t.value[i] = *v;
    }

    // A tree: every split's children come after it, and every node but the root has exactly
    // one parent (a shared child would make walks exponential).
    std::vector<uint8_t> parents(n, 0);
    t.depth.assign(n, 0);
    for (uint64_t i = 0; i < n; ++i) {
        if (t.left[i] == kTreeLeaf && t.right[i] == kTreeLeaf)
            continue;
        const auto l = t.left[i], r = t.right[i];
        if (l <= static_cast<int64_t>(i) || r <= static_cast<int64_t>(i)
            || static_cast<uint64_t>(l) >= n || static_cast<uint64_t>(r) >= n || l == r
            || t.feature[i] < 0 || t.feature[i] >= t.nFeatures) {
            fail(why, "node " + std::to_string(i)
                          + ": children or split feature out of range (not a tree)");
            return std::nullopt;
        }
        if (++parents[static_cast<uint64_t>(l)] > 1 || ++parents[static_cast<uint64_t>(r)] > 1) {
            fail(why, "node " + std::to_string(i) + ": a child with two parents (not a tree)");
            return std::nullopt;
        }
        t.depth[static_cast<uint64_t>(l)] = t.depth[i] + 1;
        t.depth[static_cast<uint64_t>(r)] = t.depth[i] + 1;
    }
    for (uint64_t i = 1; i < n; ++i) {
        if (parents[i] == 0) {
            fail(why, "node " + std::to_string(i) + " is not reached from the root (not a tree)");
            return std::nullopt;
        }
    }
    return t;
}

std::optional<TreeEstimator> treeEstimator(const Document &document, NodeId estimator)
{
    const std::string cls = estimatorClass(document, estimator);
    if (!isTreeEstimatorClass(cls))
        return std::nullopt;
    const NodeId tree = attribute(document, estimator, "tree_");
    if (!interpretationAs(document, tree, Recognised::SkTree))
        return std::nullopt;
    TreeEstimator out;
    out.estimator = estimator;
    out.tree = tree;
    out.className = cls;
    out.classifier = cls.size() > 10 && cls.compare(cls.size() - 10, 10, "Classifier") == 0;
    if (out.classifier) {
        if (auto names = stringsOf(document, attribute(document, estimator, "classes_")))
            out.classNames = std::move(*names);
    }
    if (auto names = stringsOf(document, attribute(document, estimator, "feature_names_in_")))
        out.featureNames = std::move(*names);
    return out;
}

std::optional<std::vector<NodeId>> ensembleTreeEstimators(const Document &document,
                                                          NodeId estimator)
{
    if (!isEnsembleClass(estimatorClass(document, estimator)))
        return std::nullopt;
    const NodeId list = attribute(document, estimator, "estimators_");
    std::optional<std::vector<NodeId>> items = itemsOf(document, list);
    if (!items) {
        // Gradient boosting: a (stages × outputs) object array.
        const auto array = arrayOfNode(document, list);
        if (!array || !array->dtype || !array->dtype->hasObject()
            || array->objects.size() != array->count())
            return std::nullopt;
        items = array->objects;
    }
    for (const NodeId item : *items) {
        if (!treeEstimator(document, item))
            return std::nullopt;
    }
    return items;
}

std::string exportText(const DecisionTree &t, const TreeEstimator &estimator,
                       const std::vector<std::string> &names, const ExportTextOptions &options)
{
    const bool classification = estimator.classifier;
    const auto featureName = [&](uint64_t node) {
        const auto f = static_cast<uint64_t>(t.feature[node]);
        return names.empty() ? "feature_" + std::to_string(f)
                             : (f < names.size() ? names[f] : std::string());
    };
    std::string report;
    const auto addLeaf = [&](uint64_t node, const std::string &indent) {
        // value = tree_.value[node][0] for one output, tree_.value[node].T[0] for several.
        std::vector<double> value;
        const auto rows = t.valueOf(node);
        if (t.nOutputs == 1)
            value.assign(rows.begin(), rows.begin() + static_cast<ptrdiff_t>(t.maxClasses));
        else
            for (uint64_t o = 0; o < t.nOutputs; ++o)
                value.push_back(rows[o * t.maxClasses]);
        const size_t best = indexOfMax(value);
        std::string className = std::to_string(best);
        if (t.nClasses[0] != 1 && t.nOutputs == 1 && best < estimator.classNames.size())
            className = estimator.classNames[best];
        std::string val;
        if (options.showWeights || !classification) {
            val = "[";
            for (size_t i = 0; i < value.size(); ++i)
                val += (i ? ", " : "") + fixed(value[i], options.decimals);
            val += "]";
        }
        if (classification)
            val += " class: " + className;
        report += indent;
        if (classification && options.showWeights)
            report += " weights: ";
        else if (!classification)
            report += " value: ";
        report += val;
        report += '\n';
    };

    struct Step
    {
        uint64_t node;
        uint64_t depth;
        bool rightLine; ///< the "name >  threshold" line before the right subtree
    };
    std::vector<Step> stack{{0, 1, false}};
    const uint64_t shownDepth = static_cast<uint64_t>(std::max(options.maxDepth, 0)) + 1;
    while (!stack.empty()) {
        const Step s = stack.back();
        stack.pop_back();
        const std::string indent = indentOf(s.depth, options.spacing);
        if (s.rightLine) {
            report += indent + ' ' + featureName(s.node) + " >  "
                      + fixed(t.threshold[s.node], options.decimals) + '\n';
            continue;
        }
        if (s.depth <= shownDepth) {
            if (!t.isLeaf(s.node)) {
                report += indent + ' ' + featureName(s.node)
                          + " <= " + fixed(t.threshold[s.node], options.decimals) + '\n';
                stack.push_back({static_cast<uint64_t>(t.right[s.node]), s.depth + 1, false});
                stack.push_back({s.node, s.depth, true});
                stack.push_back({static_cast<uint64_t>(t.left[s.node]), s.depth + 1, false});
            } else {
                addLeaf(s.node, indent);
            }
        } else {
            const uint32_t below = t.subtreeDepth(s.node);
            if (below == 1)
                addLeaf(s.node, indent);
            else
                report += indent + " truncated branch of depth " + std::to_string(below) + '\n';
        }
    }
    return report;
}

std::optional<std::vector<uint64_t>> decisionPath(const DecisionTree &t,
                                                  std::span<const double> input, std::string *why)
{
    if (input.size() < static_cast<uint64_t>(t.nFeatures)) {
        fail(why, "the tree reads " + std::to_string(t.nFeatures) + " features, the input has "
                      + std::to_string(input.size()));
        return std::nullopt;
    }
    std::vector<uint64_t> path;
    uint64_t node = 0;
    while (true) {
        path.push_back(node);
        if (t.isLeaf(node))
            return path;
        // scikit-learn converts X to float32 (DTYPE) before walking.
        const double x
            = static_cast<double>(static_cast<float>(input[static_cast<size_t>(t.feature[node])]));
        bool goLeft;
        if (std::isnan(x))
            goLeft = !t.missingGoToLeft.empty() && t.missingGoToLeft[node] != 0;
        else
            goLeft = x <= t.threshold[node];
        node = static_cast<uint64_t>(goLeft ? t.left[node] : t.right[node]);
    }
}

} // namespace ps::insight
