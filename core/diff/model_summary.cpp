// SPDX-License-Identifier: MIT
#include "diff/model_summary.h"

#include "diff/array_compare.h"
#include "document/document.h"
#include "insight/values.h"
#include "path/path.h"
#include "present/children.h"
#include "present/python_type.h"
#include "present/summary.h"
#include "util/pyrepr.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <set>

namespace ps::diff::detail {
namespace {

using insight::Estimator;
using insight::Parameter;
using insight::Role;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Where a summary line points: `<root>` for the root itself, `<root 2>.x` for later roots.
std::string shownPath(uint32_t root, const std::string &path)
{
    if (root == 0)
        return path.empty() ? "<root>" : path;
    return "<root " + std::to_string(root + 1) + ">" + path;
}

/// "LogisticRegression at .steps[1][1]" (just the class for the root).
std::string estimatorLabel(const Estimator &e, const EstimatorPair &pair)
{
    if (pair.oldPath.empty() && pair.root == 0)
        return e.className;
    return e.className + " at " + shownPath(pair.root, pair.oldPath);
}

/// Parameters whose last axis is the estimator's input features.
bool hasFeatureAxis(Role role)
{
    return role == Role::Coefficients || role == Role::FeatureImportances
           || role == Role::FeatureLogProb || role == Role::ClassMeans
           || role == Role::ClassVariances;
}

/// An estimator inside an ensemble (a tree of a forest): summarised by its ensemble only.
bool isEnsembleMember(const std::string &path)
{
    return path.find(".estimators_[") != std::string::npos;
}

/// Changes by (root, path of the old side), to find the changes at or below a path.
class ChangeIndex
{
public:
    explicit ChangeIndex(const std::vector<Change> &changes)
        : m_changes(changes)
    {
        for (size_t i = 0; i < changes.size(); ++i)
            m_byPath.emplace(std::make_pair(changes[i].root, changes[i].path), i);
    }

    /// The change exactly at `path`, or nullptr.
    const Change *at(uint32_t root, const std::string &path) const
    {
        const auto it = m_byPath.find({root, path});
        return it == m_byPath.end() ? nullptr : &m_changes[it->second];
    }

    /// True when something changed at `path` or below it.
    bool under(uint32_t root, const std::string &path) const
    {
        for (auto it = m_byPath.lower_bound({root, path});
             it != m_byPath.end() && it->first.first == root; ++it) {
            const std::string &p = it->first.second;
            if (p.compare(0, path.size(), path) != 0)
                break;
            if (p.size() == path.size() || p[path.size()] == '.' || p[path.size()] == '[')
                return true;
        }
        return false;
    }

private:
    const std::vector<Change> &m_changes;
    std::multimap<std::pair<uint32_t, std::string>, size_t> m_byPath;
};

/// A parameter's path (from insight, relative to the estimator's root) moved under the path
/// the walk reached the estimator by.
std::string parameterPath(const Estimator &e, const Parameter &p, const std::string &walkPath)
{
    if (p.path.compare(0, e.path.size(), e.path) != 0)
        return p.path;
    return walkPath + p.path.substr(e.path.size());
}

const Parameter *findParameter(const Estimator &e, const Parameter &like)
{
    for (const Parameter &p : e.parameters)
        if (p.name == like.name && p.role == like.role)
            return &p;
    return nullptr;
}

/// The row names of a 1-D or 2-D parameter: classes when they fit (binary coef_: the
/// positive class), else row numbers; one "" row for 1-D parameters.
std::vector<std::string> rowNames(const Estimator &e, const Parameter &p)
{
    if (p.shape.size() != 2)
        return {""};
    const uint64_t rows = p.shape[0];
    if (e.classes.size() == rows)
        return e.classes;
    if (rows == 1 && e.classes.size() == 2)
        return {e.classes[1]};
    std::vector<std::string> out;
    for (uint64_t r = 0; r < rows && r < insight::detail::kMaxFeatureNames; ++r)
        out.push_back(std::to_string(r));
    return out;
}

std::vector<std::string> columnNames(const Estimator &e, const Parameter &p)
{
    const uint64_t columns = p.shape.empty() ? 1 : p.shape.back();
    if (e.featureNames.size() == columns)
        return e.featureNames;
    return insight::detail::generatedNames(columns);
}

/// Index of each name in `names`, appending the missing ones to `all`.
std::vector<size_t> unite(std::vector<std::string> &all, std::map<std::string, size_t> &where,
                          const std::vector<std::string> &names)
{
    std::vector<size_t> out;
    out.reserve(names.size());
    for (const std::string &n : names) {
        auto [it, inserted] = where.try_emplace(n, all.size());
        if (inserted)
            all.push_back(n);
        out.push_back(it->second);
    }
    return out;
}

std::optional<ParameterDelta> makeDelta(const Estimator &eo, const Estimator &en,
                                        const EstimatorPair &pair, const Parameter &p,
                                        const Parameter &q, const DiffOptions &options)
{
    if (p.valuesOmitted || q.valuesOmitted || p.shape.empty() || q.shape.empty()
        || p.shape.size() != q.shape.size() || p.shape.size() > 2)
        return std::nullopt;
    ParameterDelta d;
    d.root = pair.root;
    d.estimatorPath = pair.oldPath;
    d.className = eo.className;
    d.name = p.name;
    d.role = p.role;
    std::map<std::string, size_t> rowAt;
    std::map<std::string, size_t> featureAt;
    const auto rowsO = unite(d.rows, rowAt, rowNames(eo, p));
    const auto rowsN = unite(d.rows, rowAt, rowNames(en, q));
    const auto colsO = unite(d.features, featureAt, columnNames(eo, p));
    const auto colsN = unite(d.features, featureAt, columnNames(en, q));
    const size_t width = d.features.size();
    d.oldValues.assign(d.rows.size() * width, kNaN);
    d.newValues.assign(d.rows.size() * width, kNaN);
    auto fill = [width](std::vector<double> &into, const Parameter &from,
                        const std::vector<size_t> &rows, const std::vector<size_t> &cols) {
        for (size_t r = 0; r < rows.size(); ++r)
            for (size_t c = 0; c < cols.size(); ++c) {
                const size_t source = r * cols.size() + c;
                if (source < from.values.size())
                    into[rows[r] * width + cols[c]] = from.values[source];
            }
    };
    fill(d.oldValues, p, rowsO, colsO);
    fill(d.newValues, q, rowsN, colsN);
    for (size_t i = 0; i < d.oldValues.size() && !d.changed; ++i)
        d.changed = !closeEnough(d.oldValues[i], d.newValues[i], options);
    return d;
}

/// "coef_ for class 'spam', feature 'money'", "feature importance of 'money'".
std::string cellName(const ParameterDelta &d, size_t row, size_t feature)
{
    const std::string f = reprStr(d.features[feature], 80);
    if (d.role == Role::FeatureImportances)
        return "feature importance of " + f;
    if (d.rows[row].empty())
        return d.name + " for feature " + f;
    return d.name + " for class " + d.rows[row] + ", feature " + f;
}

std::string plural(uint64_t n, const char *one, const char *many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

/// "1.92", "2.4", and for changes smaller than 6 digits show the digits that differ.
std::string numberPair(double a, double b)
{
    std::string x = shortNumber(a);
    std::string y = shortNumber(b);
    if (x == y) {
        x = reprFloat(a);
        y = reprFloat(b);
    }
    return x + " → " + y;
}

/// The header and the largest changes of one learned parameter.
void summariseDelta(const ParameterDelta &d, const std::string &estimator, const std::string &path,
                    const DiffOptions &options, std::vector<SummaryItem> &out)
{
    const Category category
        = d.role == Role::FeatureImportances ? Category::Importances : Category::Learned;
    struct Cell
    {
        size_t row;
        size_t feature;
        double delta;
    };
    std::vector<Cell> cells;
    uint64_t both = 0;
    uint64_t onlyOld = 0;
    uint64_t onlyNew = 0;
    double largest = 0;
    const size_t width = d.features.size();
    for (size_t i = 0; i < d.oldValues.size(); ++i) {
        const double a = d.oldValues[i];
        const double b = d.newValues[i];
        const bool hasA = !std::isnan(a);
        const bool hasB = !std::isnan(b);
        if (hasA && hasB) {
            ++both;
            if (!closeEnough(a, b, options)) {
                const double delta = std::fabs(a - b);
                largest = std::max(largest, delta);
                cells.push_back({i / width, i % width, delta});
            }
        } else if (hasA) {
            ++onlyOld;
        } else if (hasB) {
            ++onlyNew;
        }
    }
    const std::string what
        = d.role == Role::FeatureImportances ? std::string("feature importances") : d.name;
    std::string header = what + " of " + estimator + ": " + std::to_string(cells.size()) + " of "
                         + plural(both, "value", "values") + " changed";
    if (!cells.empty())
        header += " (largest |Δ| " + shortNumber(largest) + ")";
    if (onlyNew)
        header += ", " + plural(onlyNew, "value", "values") + " only in the new model";
    if (onlyOld)
        header += ", " + plural(onlyOld, "value", "values") + " only in the old model";
    out.push_back({category, header, d.root, path});
    std::stable_sort(cells.begin(), cells.end(),
                     [](const Cell &x, const Cell &y) { return x.delta > y.delta; });
    for (size_t k = 0; k < cells.size() && k < options.maxPositions; ++k) {
        const Cell &c = cells[k];
        const size_t i = c.row * width + c.feature;
        out.push_back(
            {category,
             cellName(d, c.row, c.feature) + ": " + numberPair(d.oldValues[i], d.newValues[i]),
             d.root, path});
    }
}

/// One array change of a fitted attribute as summary lines (shape, dtype or statistics, then
/// the labelled positions).
void summariseArrayChange(const Change &c, const std::string &name, const std::string &estimator,
                          const DiffOptions &options, std::vector<SummaryItem> &out)
{
    const ArrayDiff &a = c.array;
    std::string header = name + " of " + estimator + ": ";
    if (a.shapeChanged)
        header += "shape " + shapeText(a.oldShape) + " → " + shapeText(a.newShape);
    else if (a.dtypeChanged && !a.numeric)
        header += "dtype " + a.oldDType + " → " + a.newDType;
    else {
        if (a.dtypeChanged)
            header += "dtype " + a.oldDType + " → " + a.newDType + ", ";
        header += std::to_string(a.differing) + " of " + plural(a.compared, "value", "values")
                  + " changed";
        if (a.numeric && a.differing)
            header += " (largest |Δ| " + shortNumber(a.maxAbsDiff) + ")";
    }
    out.push_back({Category::Learned, header, c.root, c.path});
    for (size_t k = 0; k < a.top.size() && k < options.maxPositions; ++k) {
        const Position &p = a.top[k];
        std::string where;
        for (size_t i = 0; i < p.labels.size() && i < a.axes.size(); ++i) {
            if (p.labels[i].empty() || a.axes[i].empty())
                continue;
            where += (where.empty() ? " for " : ", ") + a.axes[i] + " " + p.labels[i];
        }
        if (where.empty()) {
            where = "[";
            for (size_t i = 0; i < p.index.size(); ++i)
                where += (i ? ", " : "") + std::to_string(p.index[i]);
            where += "]";
        }
        const std::string values
            = a.numeric ? numberPair(p.oldValue, p.newValue) : p.oldRepr + " → " + p.newRepr;
        out.push_back({Category::Learned, name + where + ": " + values, c.root, c.path});
    }
}

/// Names listed at most in one features line.
std::string nameList(const std::vector<std::string> &names, size_t max)
{
    std::string s;
    for (size_t i = 0; i < names.size() && i < max; ++i)
        s += (i ? ", " : "") + reprStr(names[i], 80);
    if (names.size() > max)
        s += ", … (" + std::to_string(names.size() - max) + " more)";
    return s;
}

void compareNames(const std::vector<std::string> &oldNames,
                  const std::vector<std::string> &newNames, const std::string &what, uint32_t root,
                  const std::string &path, const DiffOptions &options,
                  std::vector<SummaryItem> &out)
{
    const std::set<std::string> a(oldNames.begin(), oldNames.end());
    const std::set<std::string> b(newNames.begin(), newNames.end());
    std::vector<std::string> added;
    std::vector<std::string> removed;
    for (const std::string &n : newNames)
        if (!a.count(n))
            added.push_back(n);
    for (const std::string &n : oldNames)
        if (!b.count(n))
            removed.push_back(n);
    const size_t max = std::max<size_t>(options.maxPositions, 1);
    if (!added.empty())
        out.push_back({Category::Features,
                       what + ": " + plural(added.size(), "feature", "features")
                           + " added: " + nameList(added, max),
                       root, path});
    if (!removed.empty())
        out.push_back({Category::Features,
                       what + ": " + plural(removed.size(), "feature", "features")
                           + " removed: " + nameList(removed, max),
                       root, path});
    if (added.empty() && removed.empty() && oldNames != newNames)
        out.push_back(
            {Category::Features, what + ": the same features in another order", root, path});
}

/// Number of sub-estimators in `estimators_` (a list, or an object array: its first axis).
std::optional<uint64_t> ensembleSize(const Document &document, NodeId estimator)
{
    const NodeId value = insight::detail::attribute(document, estimator, "estimators_");
    if (value == kNoNode)
        return std::nullopt;
    if (const auto array = arrayOfNode(document, value); array && !array->shape.empty())
        return array->shape[0];
    if (const auto items = insight::detail::itemsOf(document, value))
        return items->size();
    return std::nullopt;
}

bool isTreeEnsemble(const std::string &className)
{
    return className.find("Forest") != std::string::npos
           || className.find("Trees") != std::string::npos
           || className.find("Boosting") != std::string::npos;
}

/// For an added or removed value: "step 'pca' (PCA)", "RandomForestClassifier", or "".
std::string estimatorOrStep(const Document &document, NodeId node)
{
    if (node == kNoNode)
        return {};
    node = followAlias(document, node);
    if (insight::detail::isEstimator(document, node))
        return insight::detail::estimatorClass(document, node);
    const Graph &g = document.graph();
    if (g.kind(node) != Kind::Tuple || g.items(node).size() < 2)
        return {};
    const NodeId name = g.items(node)[0];
    const NodeId step = followAlias(document, g.items(node)[1]);
    if (g.kind(name) != Kind::Str)
        return {};
    if (!insight::detail::isEstimator(document, step))
        return {};
    return "step " + reprStr(g.text(name), 80) + " ("
           + insight::detail::estimatorClass(document, step) + ")";
}

} // namespace

std::string shortNumber(double value)
{
    if (std::isnan(value) || std::isinf(value))
        return reprFloat(value);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

Models analyseModels(const Document &oldDocument, const Document &newDocument)
{
    Models m;
    // Trees of an ensemble are summarised through their ensemble: not described one by one.
    const auto notMember = [](const std::string &path) {
        return !isEnsembleMember(path);
    };
    m.oldEstimators = insight::analyse(oldDocument, notMember);
    m.newEstimators = insight::analyse(newDocument, notMember);
    for (size_t i = 0; i < m.oldEstimators.size(); ++i)
        m.oldByNode.try_emplace(followAlias(oldDocument, m.oldEstimators[i].node), i);
    for (size_t i = 0; i < m.newEstimators.size(); ++i)
        m.newByNode.try_emplace(followAlias(newDocument, m.newEstimators[i].node), i);
    return m;
}

void labelArray(const Models &models, NodeId oldParent, const std::string &attribute,
                ArrayDiff &diff)
{
    const auto it = models.oldByNode.find(oldParent);
    if (it == models.oldByNode.end())
        return;
    const Estimator &e = models.oldEstimators[it->second];
    const auto &shape = diff.oldShape;
    if (shape.empty() || shape.size() > 2)
        return;
    diff.axes.assign(shape.size(), std::string());
    std::vector<std::vector<std::string>> names(shape.size());
    const bool binaryRow = shape.front() == 1 && e.classes.size() == 2
                           && (attribute == "coef_" || attribute == "intercept_");
    auto classNames = [&]() {
        return binaryRow ? std::vector<std::string>{e.classes[1]} : e.classes;
    };
    std::vector<std::string> features;
    for (const std::string &f : e.featureNames)
        features.push_back(reprStr(f, 80));
    std::vector<std::string> outputs;
    for (const std::string &f : e.outputFeatureNames)
        outputs.push_back(reprStr(f, 80));
    const uint64_t last = shape.back();
    if (!features.empty() && features.size() == last) {
        diff.axes.back() = "feature";
        names.back() = features;
    } else if (shape.size() == 1 && (e.classes.size() == last || binaryRow)) {
        diff.axes.back() = "class";
        names.back() = classNames();
    } else if (!outputs.empty() && outputs.size() == last) {
        diff.axes.back() = "output";
        names.back() = outputs;
    }
    if (shape.size() == 2 && (e.classes.size() == shape[0] || binaryRow)) {
        diff.axes[0] = "class";
        names[0] = classNames();
    }
    for (Position &p : diff.top) {
        p.labels.assign(p.index.size(), std::string());
        for (size_t a = 0; a < p.index.size() && a < names.size(); ++a)
            if (p.index[a] < names[a].size())
                p.labels[a] = names[a][p.index[a]];
    }
}

void summarise(const Document &oldDocument, const Document &newDocument, const Models &models,
               const std::vector<EstimatorPair> &pairs, const DiffOptions &options,
               DiffResult &result)
{
    const ChangeIndex index(result.changes);
    std::vector<SummaryItem> estimators, versions, hyper, features, trees, learned, importances;

    // Estimators replaced, added or removed (pipeline steps by name). A step removed and
    // another added at the same place is one replacement.
    std::map<std::pair<uint32_t, std::string>, std::string> removedAt;
    for (const Change &c : result.changes)
        if (c.kind == ChangeKind::Removed && !isEnsembleMember(c.path))
            if (std::string what = estimatorOrStep(oldDocument, c.oldNode); !what.empty())
                removedAt.emplace(std::make_pair(c.root, c.path), std::move(what));
    std::set<std::pair<uint32_t, std::string>> replaced;
    for (const Change &c : result.changes) {
        if (c.kind != ChangeKind::Added)
            continue;
        const auto it = removedAt.find({c.root, c.path});
        const std::string what = estimatorOrStep(newDocument, c.newNode);
        if (it == removedAt.end() || what.empty())
            continue;
        replaced.insert(it->first);
        estimators.push_back(
            {Category::Estimator,
             it->second + " at " + shownPath(c.root, c.path) + " replaced by " + what, c.root,
             c.path});
    }
    for (const Change &c : result.changes) {
        if (replaced.count({c.root, c.path}))
            continue;
        if (isEnsembleMember(c.path))
            continue;
        if (c.kind == ChangeKind::TypeChanged
            && (c.oldType.rfind("sklearn.", 0) == 0 || c.newType.rfind("sklearn.", 0) == 0)) {
            estimators.push_back({Category::Estimator,
                                  shownPath(c.root, c.path) + ": " + shortTypeName(c.oldType)
                                      + " replaced by " + shortTypeName(c.newType),
                                  c.root, c.path});
        } else if (c.kind == ChangeKind::Added) {
            const std::string what = estimatorOrStep(newDocument, c.newNode);
            if (!what.empty())
                estimators.push_back({Category::Estimator,
                                      what + " added at " + shownPath(c.root, c.path), c.root,
                                      c.path});
        } else if (c.kind == ChangeKind::Removed) {
            const std::string what = estimatorOrStep(oldDocument, c.oldNode);
            if (!what.empty())
                estimators.push_back({Category::Estimator,
                                      what + " removed from " + shownPath(c.root, c.path), c.root,
                                      c.path});
        }
    }

    std::map<std::pair<std::string, std::string>, uint64_t> versionChanges;
    for (const EstimatorPair &pair : pairs) {
        const auto io = models.oldByNode.find(pair.oldNode);
        const auto in = models.newByNode.find(pair.newNode);
        if (io == models.oldByNode.end() || in == models.newByNode.end())
            continue;
        const Estimator &eo = models.oldEstimators[io->second];
        const Estimator &en = models.newEstimators[in->second];
        if (eo.version != en.version)
            ++versionChanges[{eo.version, en.version}];
        if (isEnsembleMember(pair.oldPath))
            continue;
        const std::string label = estimatorLabel(eo, pair);

        // Hyper-parameters: values that are not estimators (those are compared themselves).
        std::set<std::string> seen;
        for (const insight::Attribute &h : eo.hyperParameters) {
            seen.insert(h.name);
            const std::string path = pathOf(pair.oldPath, PathStep::attribute(h.name));
            const auto other
                = std::find_if(en.hyperParameters.begin(), en.hyperParameters.end(),
                               [&](const insight::Attribute &x) { return x.name == h.name; });
            if (other == en.hyperParameters.end()) {
                hyper.push_back({Category::HyperParameter,
                                 h.name + " of " + label + " removed (was " + h.summary + ")",
                                 pair.root, path});
                continue;
            }
            const NodeId value = followAlias(oldDocument, h.node);
            if (insight::detail::isEstimator(oldDocument, value)
                || (h.name == "steps" || h.name == "transformers" || h.name == "transformer_list"
                    || h.name == "estimators"))
                continue;
            if (index.under(pair.root, path))
                hyper.push_back(
                    {Category::HyperParameter,
                     h.name + " of " + label + ": " + h.summary + " → " + other->summary, pair.root,
                     path});
        }
        for (const insight::Attribute &h : en.hyperParameters)
            if (!seen.count(h.name))
                hyper.push_back({Category::HyperParameter,
                                 h.name + " of " + label + " added: " + h.summary, pair.root,
                                 pathOf(pair.newPath, PathStep::attribute(h.name))});

        // Feature names the estimator records or makes.
        if (eo.featureNamesSource == "feature_names_in_"
            && en.featureNamesSource == "feature_names_in_")
            compareNames(eo.featureNames, en.featureNames, "feature_names_in_ of " + label,
                         pair.root, pathOf(pair.oldPath, PathStep::attribute("feature_names_in_")),
                         options, features);
        const std::string &source = eo.outputFeatureNamesSource;
        if ((source == "vocabulary_" || source == "feature_names_" || source == "categories_")
            && en.outputFeatureNamesSource == source)
            compareNames(eo.outputFeatureNames, en.outputFeatureNames, source + " of " + label,
                         pair.root, pathOf(pair.oldPath, PathStep::attribute(source)), options,
                         features);

        // Trees added or removed.
        const auto sizeO = ensembleSize(oldDocument, pair.oldNode);
        const auto sizeN = ensembleSize(newDocument, pair.newNode);
        if (sizeO && sizeN && *sizeO != *sizeN) {
            const bool forest = isTreeEnsemble(eo.className);
            const int64_t delta = static_cast<int64_t>(*sizeN) - static_cast<int64_t>(*sizeO);
            trees.push_back({Category::Trees,
                             label + ": " + std::to_string(*sizeO) + " → " + std::to_string(*sizeN)
                                 + (forest ? " trees (" : " estimators (") + (delta > 0 ? "+" : "")
                                 + std::to_string(delta) + ")",
                             pair.root, pathOf(pair.oldPath, PathStep::attribute("estimators_"))});
        }

        // Learned parameters: by feature name where they have features, else as arrays.
        std::set<std::string> covered
            = {"vocabulary_", "feature_names_in_", "estimators_", "classes_"};
        for (const Parameter &p : eo.parameters) {
            const std::string path = parameterPath(eo, p, pair.oldPath);
            covered.insert(p.name);
            const Parameter *q = findParameter(en, p);
            if (q && hasFeatureAxis(p.role)) {
                if (auto d = makeDelta(eo, en, pair, p, *q, options)) {
                    if (d->changed)
                        summariseDelta(*d, label, p.computed ? pair.oldPath : path, options,
                                       p.role == Role::FeatureImportances ? importances : learned);
                    result.parameters.push_back(std::move(*d));
                    continue;
                }
            }
            if (const Change *c = index.at(pair.root, path); c && c->hasArray)
                summariseArrayChange(*c, p.name, label, options, learned);
        }
        for (const insight::Attribute &f : eo.fittedAttributes) {
            if (covered.count(f.name))
                continue;
            const std::string path = pathOf(pair.oldPath, PathStep::attribute(f.name));
            const Change *c = index.at(pair.root, path);
            if (!c)
                continue;
            if (c->hasArray)
                summariseArrayChange(*c, f.name, label, options, learned);
            else if (c->kind == ChangeKind::Changed || c->kind == ChangeKind::TypeChanged)
                learned.push_back(
                    {Category::Learned,
                     f.name + " of " + label + ": " + c->oldSummary + " → " + c->newSummary,
                     c->root, c->path});
        }
    }
    if (versionChanges.size() == 1) {
        const auto &[v, count] = *versionChanges.begin();
        versions.push_back({Category::Version,
                            "saved with scikit-learn " + (v.first.empty() ? "?" : v.first) + " → "
                                + (v.second.empty() ? "?" : v.second) + " ("
                                + plural(count, "estimator", "estimators") + ")",
                            0, ""});
    } else {
        for (const auto &[v, count] : versionChanges)
            versions.push_back({Category::Version,
                                plural(count, "estimator", "estimators")
                                    + " saved with scikit-learn " + v.first + " → " + v.second,
                                0, ""});
    }

    std::vector<SummaryItem> &out = result.summary;
    for (auto *group : {&estimators, &versions, &hyper, &features, &trees, &learned, &importances})
        for (SummaryItem &item : *group)
            out.push_back(std::move(item));
    for (const std::string &d : result.format.differences)
        out.push_back({Category::Format, d, 0, ""});
}

} // namespace ps::diff::detail
