// SPDX-License-Identifier: MIT
#pragma once
// Feature names as scikit-learn 1.2 would report them: the input names an estimator recorded,
// get_feature_names_out() of transformers and composites, and the names each step of a
// Pipeline / ColumnTransformer / FeatureUnion receives.

#include "graph/graph.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ps {
class Document;
}

namespace ps::insight::detail {

/// A list of feature names and where it came from (see Estimator::featureNamesSource).
struct Names
{
    std::vector<std::string> names;
    std::string source;
};

/// The input names an estimator recorded itself: feature_names_in_, else x0…x(n-1) from
/// n_features_in_ ("generated"). A Pipeline answers for its first step. nullopt when neither
/// is stored.
std::optional<Names> ownInputNames(const Document &document, NodeId estimator);

/// What get_feature_names_out(input) returns for an estimator: `input` (nullopt = not given,
/// the estimator's own input names are used, as scikit-learn does). `source` says how the
/// names were made ("vocabulary_", "one-to-one", "steps", ...). nullopt when the estimator has
/// no such method or the names cannot be worked out from the file.
std::optional<Names> outputNames(const Document &document, NodeId estimator,
                                 const std::optional<std::vector<std::string>> &input);

/// For a Pipeline, ColumnTransformer, FeatureUnion (and the TfidfTransformer inside a
/// TfidfVectorizer): the input names each direct sub-estimator receives when the composite receives
/// `input`, with a source naming the step that made them relative to `path` (the composite's path),
/// e.g. "vocabulary_ of .steps[0][1]". Empty for other estimators.
std::vector<std::pair<NodeId, Names>> subEstimatorInputs(const Document &document, NodeId composite,
                                                         const std::string &path,
                                                         const std::optional<Names> &input);

/// True for Pipeline, ColumnTransformer and FeatureUnion, whose parts see other inputs than
/// the composite itself.
bool isComposite(const Document &document, NodeId estimator);

} // namespace ps::insight::detail
