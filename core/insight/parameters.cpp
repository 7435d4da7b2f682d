// SPDX-License-Identifier: MIT
#include "insight/parameters.h"

#include "document/interpretation.h"
#include "insight/importances.h"
#include "insight/values.h"
#include "path/path.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace ps::insight::detail {

namespace {

constexpr std::string_view kNaiveBayes = "sklearn.naive_bayes.";

/// A stored attribute and the role its values play, in Role order. `layers`: a list with one
/// array per layer (`coefs_[i]`).
struct Source
{
    std::string_view name;
    Role role;
    bool layers = false;
    /// Only for classes of this module (var_ is also a StandardScaler attribute).
    std::string_view module = {};
};

constexpr std::array<Source, 14> kSources = {{
    {"coef_", Role::Coefficients},
    {"intercept_", Role::Intercept},
    {"feature_log_prob_", Role::FeatureLogProb},
    {"class_log_prior_", Role::ClassLogPrior},
    {"theta_", Role::ClassMeans, false, kNaiveBayes},
    {"var_", Role::ClassVariances, false, kNaiveBayes},
    {"sigma_", Role::ClassVariances, false, kNaiveBayes},
    {"dual_coef_", Role::DualCoefficients},
    {"support_vectors_", Role::SupportVectors},
    {"coefs_", Role::LayerWeights, true},
    {"intercepts_", Role::LayerBiases, true},
    {"cluster_centers_", Role::ClusterCenters},
    {"components_", Role::Components},
    {"explained_variance_ratio_", Role::ExplainedVarianceRatio},
}};

/// Shapes are reported 1-D or 2-D: 0-d as (1,), n-d as (first axis, the rest flattened).
std::vector<uint64_t> reportedShape(const std::vector<uint64_t> &shape)
{
    if (shape.empty())
        return {1};
    if (shape.size() <= 2)
        return shape;
    uint64_t rest = 1;
    for (size_t i = 1; i < shape.size(); ++i) {
        if (__builtin_mul_overflow(rest, shape[i], &rest))
            return {shape[0], UINT64_MAX};
    }
    return {shape[0], rest};
}

std::optional<Parameter> parameterOf(const Document &document, NodeId node, std::string name,
                                     Role role, std::string path)
{
    auto numbers = numbersOf(document, node, kMaxParameterValues);
    if (!numbers)
        return std::nullopt;
    Parameter p;
    p.name = std::move(name);
    p.role = role;
    p.path = std::move(path);
    p.shape = reportedShape(numbers->shape);
    p.values = std::move(numbers->values);
    p.valuesOmitted = numbers->omitted;
    return p;
}

} // namespace

std::vector<Parameter> learnedParameters(const Document &document, NodeId estimator,
                                         const std::string &path)
{
    std::vector<Parameter> out;
    const Interpretation *in = estimatorInterpretation(document, estimator);
    if (!in)
        return out;
    bool haveVariances = false;
    for (const Source &s : kSources) {
        if (s.role == Role::ClassVariances && haveVariances)
            continue; // var_ replaced sigma_; a file with both reports var_
        if (!s.module.empty() && in->pythonType.rfind(s.module, 0) != 0)
            continue;
        const NodeId node = attribute(document, estimator, s.name);
        if (node == kNoNode)
            continue;
        const std::string attrPath = pathOf(path, PathStep::attribute(std::string(s.name)));
        if (!s.layers) {
            if (auto p = parameterOf(document, node, std::string(s.name), s.role, attrPath)) {
                haveVariances = haveVariances || s.role == Role::ClassVariances;
                out.push_back(std::move(*p));
            }
            continue;
        }
        const auto layers = itemsOf(document, node);
        if (!layers)
            continue;
        for (size_t i = 0; i < layers->size(); ++i) {
            const PathStep step = PathStep::index({static_cast<int64_t>(i)});
            if (auto p = parameterOf(document, (*layers)[i], std::string(s.name) + formatStep(step),
                                     s.role, pathOf(attrPath, step)))
                out.push_back(std::move(*p));
        }
    }
    if (auto importances = featureImportances(document, estimator)) {
        Parameter p;
        p.name = "feature_importances_";
        p.role = Role::FeatureImportances;
        p.computed = true;
        p.shape = {importances->size()};
        p.values = std::move(*importances);
        out.push_back(std::move(p));
    }
    std::stable_sort(out.begin(), out.end(), [](const Parameter &a, const Parameter &b) {
        return static_cast<int>(a.role) < static_cast<int>(b.role);
    });
    return out;
}

} // namespace ps::insight::detail
