// SPDX-License-Identifier: MIT
#include "insight/insight.h"

#include "document/document.h"
#include "document/interpretation.h"
#include "insight/discovery.h"
#include "insight/feature_names.h"
#include "insight/parameters.h"
#include "insight/values.h"
#include "path/path.h"
#include "present/summary.h"

#include <unordered_map>

namespace ps::insight {

namespace {

using detail::Names;

/// Class, version, attributes, classes, n_features_in_ and learned parameters: everything
/// that does not depend on where the estimator sits.
Estimator describe(const Document &document, const detail::FoundEstimator &found)
{
    Estimator e;
    e.root = found.root;
    e.path = found.path;
    e.node = found.node;
    e.parent = found.parent;
    const Interpretation *in = detail::estimatorInterpretation(document, found.node);
    if (!in)
        return e;
    e.pythonType = in->pythonType;
    e.className = detail::shortName(in->pythonType);
    e.version = in->version;
    for (const Member &m : in->members) {
        if (m.style != MemberStyle::Attribute || m.name.empty() || m.name.front() == '_')
            continue;
        Attribute a;
        a.name = m.name;
        a.node = m.value;
        a.path = pathOf(found.path, PathStep::attribute(m.name));
        a.summary = summary(document, m.value);
        (m.name.back() == '_' ? e.fittedAttributes : e.hyperParameters).push_back(std::move(a));
    }
    if (auto classes
        = detail::reprsOf(document, detail::attribute(document, found.node, "classes_")))
        e.classes = std::move(*classes);
    e.nFeaturesIn
        = detail::intOf(document, detail::attribute(document, found.node, "n_features_in_"));
    e.parameters = detail::learnedParameters(document, found.node, found.path);
    return e;
}

bool fits(const Estimator &e, const std::vector<std::string> &names)
{
    return !e.nFeaturesIn || *e.nFeaturesIn == static_cast<int64_t>(names.size());
}

/// The input names of `e`: its own feature_names_in_, then what an enclosing composite gives
/// it, then its enclosing (non-composite) estimator's names, then x0…x(n-1).
void nameInputs(const Document &document, Estimator &e, const std::vector<Estimator> &done,
                const std::unordered_map<NodeId, Names> &given)
{
    auto own = detail::ownInputNames(document, e.node);
    if (own && own->source == "feature_names_in_") {
        e.featureNames = std::move(own->names);
        e.featureNamesSource = std::move(own->source);
        return;
    }
    if (const auto it = given.find(e.node); it != given.end() && fits(e, it->second.names)) {
        e.featureNames = it->second.names;
        e.featureNamesSource = it->second.source;
        return;
    }
    if (e.parent >= 0 && e.nFeaturesIn) {
        const Estimator &outer = done[static_cast<size_t>(e.parent)];
        if (!detail::isComposite(document, outer.node) && !outer.featureNames.empty()
            && fits(e, outer.featureNames)) {
            e.featureNames = outer.featureNames;
            e.featureNamesSource
                = outer.featureNamesSource == "feature_names_in_"
                      ? "feature_names_in_ of " + (outer.path.empty() ? "<root>" : outer.path)
                      : outer.featureNamesSource;
            return;
        }
    }
    if (own) {
        e.featureNames = std::move(own->names);
        e.featureNamesSource = std::move(own->source);
    }
}

std::vector<Estimator> analyseFound(const Document &document,
                                    const std::vector<detail::FoundEstimator> &found,
                                    const std::atomic<bool> *cancel = nullptr)
{
    std::vector<Estimator> out;
    out.reserve(found.size());
    std::unordered_map<NodeId, Names> given;
    // Describing an estimator may read its arrays (a tree's nodes for its importances): the
    // mapped file's pages are given back now and then, or a 300-tree forest would hold its whole
    // file resident by the end of the pass.
    constexpr size_t kReleaseEvery = 8;
    for (const detail::FoundEstimator &f : found) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            break;
        if (out.size() % kReleaseEvery == kReleaseEvery - 1)
            document.releaseMappedPages();
        Estimator e = describe(document, f);
        nameInputs(document, e, out, given);
        const bool known = !e.featureNamesSource.empty();
        const auto input = known ? std::optional(e.featureNames) : std::nullopt;
        if (auto names = detail::outputNames(document, e.node, input)) {
            e.outputFeatureNames = std::move(names->names);
            e.outputFeatureNamesSource = std::move(names->source);
        }
        const auto inputNames
            = known ? std::optional(Names{e.featureNames, e.featureNamesSource}) : std::nullopt;
        for (auto &[node, names] : detail::subEstimatorInputs(document, e.node, e.path, inputNames))
            given.try_emplace(node, std::move(names));
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace

std::vector<Estimator> analyse(const Document &document)
{
    return analyseFound(document, detail::findEstimators(document));
}

std::vector<Estimator> analyse(const Document &document, const std::atomic<bool> *cancel)
{
    return analyseFound(document, detail::findEstimators(document), cancel);
}

std::vector<Estimator> analyse(const Document &document,
                               const std::function<bool(const std::string &path)> &keep)
{
    const std::vector<detail::FoundEstimator> found = detail::findEstimators(document);
    std::vector<int32_t> keptIndex(found.size(), -1);
    std::vector<detail::FoundEstimator> kept;
    for (size_t i = 0; i < found.size(); ++i) {
        if (!keep(found[i].path))
            continue;
        detail::FoundEstimator f = found[i];
        int32_t parent = f.parent;
        while (parent >= 0 && keptIndex[static_cast<size_t>(parent)] < 0)
            parent = found[static_cast<size_t>(parent)].parent;
        f.parent = parent >= 0 ? keptIndex[static_cast<size_t>(parent)] : -1;
        keptIndex[i] = static_cast<int32_t>(kept.size());
        kept.push_back(std::move(f));
    }
    return analyseFound(document, kept);
}

std::optional<Estimator> estimatorAt(const Document &document, NodeId node)
{
    if (!detail::isEstimator(document, node))
        return std::nullopt;
    auto all = analyse(document);
    for (Estimator &e : all) {
        if (e.node == node) {
            e.parent = -1;
            return std::move(e);
        }
    }
    // Not reachable from the roots: described on its own.
    detail::FoundEstimator alone;
    alone.node = node;
    auto single = analyseFound(document, {alone});
    return std::move(single.front());
}

std::string roleName(Role role)
{
    switch (role) {
    case Role::Coefficients:
        return "coefficients";
    case Role::Intercept:
        return "intercept";
    case Role::FeatureImportances:
        return "feature importances";
    case Role::FeatureLogProb:
        return "feature log-probabilities";
    case Role::ClassLogPrior:
        return "class log-priors";
    case Role::ClassMeans:
        return "class means";
    case Role::ClassVariances:
        return "class variances";
    case Role::DualCoefficients:
        return "dual coefficients";
    case Role::SupportVectors:
        return "support vectors";
    case Role::LayerWeights:
        return "layer weights";
    case Role::LayerBiases:
        return "layer biases";
    case Role::ClusterCenters:
        return "cluster centers";
    case Role::Components:
        return "components";
    case Role::ExplainedVarianceRatio:
        return "explained variance ratio";
    }
    return "parameters";
}

} // namespace ps::insight
