// SPDX-License-Identifier: MIT
#include "insight/overview.h"

#include <string_view>

namespace ps::insight {

namespace {

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

/// The index of the part of `index` reached by the relative path `relative`, if any.
std::optional<size_t> partAt(const std::vector<Estimator> &estimators, size_t index,
                             std::string_view relative)
{
    const std::string want = estimators[index].path + std::string(relative);
    for (size_t part : directParts(estimators, index))
        if (estimators[part].path == want)
            return part;
    return std::nullopt;
}

/// A Pipeline's last step: the part at `.steps[k][1]` with the largest k.
std::optional<size_t> lastStep(const std::vector<Estimator> &estimators, size_t pipeline)
{
    const std::string prefix = estimators[pipeline].path + ".steps[";
    std::optional<size_t> last;
    long lastStep = -1;
    for (size_t part : directParts(estimators, pipeline)) {
        const std::string &path = estimators[part].path;
        if (!startsWith(path, prefix) || path.size() < prefix.size() + 4)
            continue;
        const std::string_view rest = std::string_view(path).substr(prefix.size());
        const size_t close = rest.find(']');
        if (close == std::string_view::npos || rest.substr(close) != "][1]")
            continue;
        long step = 0;
        for (char c : rest.substr(0, close)) {
            if (c < '0' || c > '9')
                return last;
            step = step * 10 + (c - '0');
        }
        if (step > lastStep) {
            lastStep = step;
            last = part;
        }
    }
    return last;
}

bool hasTellingParameter(const Estimator &estimator)
{
    for (const Parameter &p : estimator.parameters)
        if (!p.values.empty() && isTellingParameter(p))
            return true;
    return false;
}

} // namespace

std::vector<size_t> directParts(const std::vector<Estimator> &estimators, size_t index)
{
    std::vector<size_t> parts;
    for (size_t i = index + 1; i < estimators.size(); ++i)
        if (estimators[i].parent == static_cast<int32_t>(index))
            parts.push_back(i);
    return parts;
}

FitJudgement judgeFit(const std::vector<Estimator> &estimators, size_t index)
{
    FitJudgement judgement;
    if (index >= estimators.size())
        return judgement;
    if (!estimators[index].fittedAttributes.empty()) {
        judgement.state = FitState::Fitted;
        return judgement;
    }
    judgement.parts = directParts(estimators, index);
    if (judgement.parts.empty())
        return judgement;
    judgement.byParts = true;
    for (size_t part : judgement.parts)
        judgement.fittedParts += judgeFit(estimators, part).state == FitState::Fitted ? 1 : 0;
    judgement.state = judgement.fittedParts == judgement.parts.size() ? FitState::Fitted
                      : judgement.fittedParts == 0                    ? FitState::NotFitted
                                                                      : FitState::Partly;
    return judgement;
}

bool isTellingParameter(const Parameter &parameter)
{
    switch (parameter.role) {
    case Role::Coefficients:
    case Role::FeatureImportances:
    case Role::FeatureLogProb:
    case Role::LayerWeights:
    case Role::ClusterCenters:
    case Role::Components:
    case Role::ClassMeans:
    case Role::DualCoefficients:
        return true;
    default:
        return false;
    }
}

std::optional<size_t> finalEstimator(const std::vector<Estimator> &estimators, uint32_t root)
{
    std::optional<size_t> start;
    for (size_t i = 0; i < estimators.size() && !start; ++i)
        if (estimators[i].root == root && estimators[i].parent < 0)
            start = i;
    if (!start)
        return std::nullopt;
    size_t current = *start;
    // Follow the estimator that predicts: a Pipeline's last step, a search's best estimator.
    for (size_t depth = 0; depth < estimators.size(); ++depth) {
        if (hasTellingParameter(estimators[current]))
            return current;
        std::optional<size_t> next;
        if (estimators[current].className == "Pipeline")
            next = lastStep(estimators, current);
        if (!next)
            next = partAt(estimators, current, ".best_estimator_");
        if (!next)
            break;
        current = *next;
    }
    // Else the first estimator inside the root with something telling to show.
    for (size_t i = *start; i < estimators.size() && estimators[i].root == root; ++i)
        if (hasTellingParameter(estimators[i]))
            return i;
    return current;
}

Outline outline(const std::vector<Estimator> &estimators, uint32_t root, size_t maxListed)
{
    Outline result;
    // The list attribute an estimator sits in, relative to its parent: "estimators_" for
    // ".estimators_[3]", "" when it is not in a fitted list.
    auto listOf = [&](size_t i) -> std::string {
        const Estimator &e = estimators[i];
        if (e.parent < 0)
            return {};
        const std::string &base = estimators[static_cast<size_t>(e.parent)].path;
        if (!startsWith(e.path, base) || e.path.size() <= base.size() + 1
            || e.path[base.size()] != '.')
            return {};
        const std::string_view rest = std::string_view(e.path).substr(base.size() + 1);
        const size_t bracket = rest.find('[');
        if (bracket == std::string_view::npos || bracket == 0 || rest[bracket - 1] != '_')
            return {};
        return std::string(rest.substr(0, bracket));
    };
    std::vector<std::string> lists(estimators.size());
    for (size_t i = 0; i < estimators.size(); ++i) {
        if (estimators[i].root != root)
            continue;
        lists[i] = listOf(i);
        if (lists[i].empty())
            continue;
        const auto parent = static_cast<size_t>(estimators[i].parent);
        EstimatorGroup *group = nullptr;
        for (auto &g : result.groups)
            if (g.parent == parent && g.attribute == lists[i])
                group = &g;
        if (!group) {
            result.groups.push_back({parent, lists[i], {}});
            group = &result.groups.back();
        }
        group->members.push_back(i);
    }
    std::erase_if(result.groups,
                  [&](const EstimatorGroup &g) { return g.members.size() <= maxListed; });
    std::vector<bool> hidden(estimators.size(), false);
    for (const auto &g : result.groups)
        for (size_t m : g.members)
            hidden[m] = true;
    for (size_t i = 0; i < estimators.size(); ++i) {
        if (estimators[i].root != root)
            continue;
        // Inside a hidden estimator (a tree's own parts): hidden too.
        const int32_t parent = estimators[i].parent;
        if (parent >= 0 && hidden[static_cast<size_t>(parent)])
            hidden[i] = true;
        if (!hidden[i])
            result.estimators.push_back(i);
    }
    return result;
}

} // namespace ps::insight
