// SPDX-License-Identifier: MIT
#pragma once
// What a model file is at a glance: whether each estimator was fitted (a Pipeline judged by
// its steps) and which estimator makes the model's predictions.

#include "insight/insight.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ps::insight {

/// Whether an estimator was fitted, as far as the file tells.
enum class FitState : uint8_t {
    Fitted,    ///< it stores fitted attributes, or every estimator it is made of is fitted
    NotFitted, ///< nothing fitted
    Partly,    ///< a composite some of whose parts are fitted and others not
};

/// How the fit was judged.
struct FitJudgement
{
    FitState state = FitState::NotFitted;
    /// True when the estimator stores no fitted attribute of its own (Pipeline, FeatureUnion,
    /// an unfitted search) and was judged by the estimators it is made of.
    bool byParts = false;
    std::vector<size_t> parts; ///< those estimators (indices into the analyse() result)
    size_t fittedParts = 0;
};

/// Judges estimator `index` of `estimators` (an analyse() result): fitted when it stores a
/// fitted attribute (a name ending in `_`); otherwise by the estimators directly inside it —
/// a Pipeline's steps, a FeatureUnion's transformers — fitted when all of them are.
FitJudgement judgeFit(const std::vector<Estimator> &estimators, size_t index);

/// True for learned parameters that say most about a model: coefficients, importances,
/// log-probabilities, layer weights, centres, components.
bool isTellingParameter(const Parameter &parameter);

/// The estimator that makes the predictions of the model at root `root`: the root estimator
/// when it learned telling parameters itself, else a Pipeline's last step or a search's
/// best_estimator_ (followed down), else the first estimator inside with telling parameters.
/// nullopt when the root holds no estimator.
std::optional<size_t> finalEstimator(const std::vector<Estimator> &estimators, uint32_t root);

/// The estimators directly inside estimator `index` (those whose `parent` it is), in order.
std::vector<size_t> directParts(const std::vector<Estimator> &estimators, size_t index);

/// A group of many estimators of one kind in one fitted list (the trees of a forest, the
/// stages of gradient boosting), shown as one line instead of one line each.
struct EstimatorGroup
{
    size_t parent = 0;     ///< the estimator holding the list
    std::string attribute; ///< "estimators_"
    std::vector<size_t> members;
};

/// The outline of the model at root `root`: every estimator of that root in tree order, except
/// members of lists of more than `maxListed` estimators, which are returned as groups.
struct Outline
{
    std::vector<size_t> estimators;
    std::vector<EstimatorGroup> groups;
};
Outline outline(const std::vector<Estimator> &estimators, uint32_t root, size_t maxListed = 4);

} // namespace ps::insight
