// SPDX-License-Identifier: MIT
#pragma once
// scikit-learn-aware insight: which estimators a file holds, what they learned, what their
// features are called. Computed from the file alone; scikit-learn never runs.

#include "array/ndarray.h"
#include "graph/graph.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ps {
class Document;
}

namespace ps::insight {

/// A named value stored on an estimator (a hyper-parameter or a fitted attribute).
struct Attribute
{
    std::string name; ///< `C`, `coef_`, `estimators_`
    NodeId node = kNoNode;
    std::string path;    ///< full path from the estimator's root, e.g. `.steps[1][1].coef_`
    std::string summary; ///< one-line summary (present/summary.h)
};

/// What a learned parameter means; decides how it is charted.
enum class Role : uint8_t {
    Coefficients,           ///< coef_ (rows = classes or 1, columns = features)
    Intercept,              ///< intercept_ (one per class / output)
    FeatureImportances,     ///< trees/forests/boosting (computed from the node arrays)
    FeatureLogProb,         ///< Naive Bayes feature_log_prob_ (rows = classes)
    ClassLogPrior,          ///< Naive Bayes class_log_prior_
    ClassMeans,             ///< GaussianNB theta_ (rows = classes)
    ClassVariances,         ///< GaussianNB var_ / sigma_
    DualCoefficients,       ///< SVC dual_coef_
    SupportVectors,         ///< SVC support_vectors_ (columns = features)
    LayerWeights,           ///< MLP coefs_[i] (rows = inputs of the layer, columns = units)
    LayerBiases,            ///< MLP intercepts_[i]
    ClusterCenters,         ///< KMeans cluster_centers_ (columns = features)
    Components,             ///< PCA/TruncatedSVD components_ (columns = features)
    ExplainedVarianceRatio, ///< PCA explained_variance_ratio_
};

/// A learned parameter as numbers.
struct Parameter
{
    std::string name; ///< the attribute name (`coef_`, `coefs_[1]`,
                      ///< `feature_importances_` for the computed importances)
    Role role = Role::Coefficients;
    bool computed = false;       ///< true when computed by us (feature importances)
    std::string path;            ///< where the array is in the file ("" when computed)
    std::vector<uint64_t> shape; ///< 1-D or 2-D (0-d scalars are reported as shape (1,))
    std::vector<double> values;  ///< C order
    /// True when the array has more than kMaxParameterValues elements (or elements that are
    /// not numbers): `shape` is filled in, `values` is left empty.
    bool valuesOmitted = false;
};

/// Arrays with more elements than this are reported by shape only (Parameter::valuesOmitted).
inline constexpr uint64_t kMaxParameterValues = uint64_t(1) << 25;

/// One estimator found in the file.
struct Estimator
{
    uint32_t root = 0; ///< index into Document::roots()
    std::string path;  ///< path from that root; "" = the root itself
    NodeId node = kNoNode;
    std::string className;  ///< `LogisticRegression`
    std::string pythonType; ///< `sklearn.linear_model._logistic.LogisticRegression`
    std::string version;    ///< scikit-learn version that saved it ("" when unknown)
    std::vector<Attribute> hyperParameters;  ///< constructor arguments as stored, in file order
    std::vector<Attribute> fittedAttributes; ///< names ending in `_` (not starting with `_`)
    std::vector<std::string> classes;        ///< Python reprs of classes_ items ('spam', 0, True)
    std::optional<int64_t> nFeaturesIn;      ///< n_features_in_
    std::vector<std::string> featureNames;   ///< input features of this estimator (see below)
    /// Where the names came from: "feature_names_in_", "vocabulary_ of .steps[0][1]",
    /// "get_feature_names_out of .steps[0][1]", "generated" (x0…xn-1), or "" when unknown.
    std::string featureNamesSource;
    std::vector<Parameter> parameters; ///< learned parameters, in the order above
    /// What scikit-learn's get_feature_names_out() returns for this estimator (transformers,
    /// pipelines, ColumnTransformer, FeatureUnion, vectorizers, encoders, PCA-like and
    /// KMeans-like estimators); empty when it has none or it cannot be worked out.
    std::vector<std::string> outputFeatureNames;
    /// How the output names were made: "vocabulary_", "feature_names_", "categories_",
    /// "one-to-one", "class name", "steps", "transformers_", "transformer_list", or "".
    std::string outputFeatureNamesSource;
    /// Index (into analyse()'s result) of the nearest estimator this one is nested in, or -1.
    int32_t parent = -1;
};

/// Every estimator in the document (top level, inside Pipeline / FeatureUnion /
/// ColumnTransformer / ensembles / estimators_ / CalibratedClassifierCV / GridSearchCV's
/// best_estimator_ ...), depth-first in tree order; each node reported once.
std::vector<Estimator> analyse(const Document &document);
/// analyse() that stops between estimators once `cancel` is true (it then returns what it
/// described so far; the caller knows it cancelled).
std::vector<Estimator> analyse(const Document &document, const std::atomic<bool> *cancel);

/// analyse() restricted to the estimators whose path (from their root) `keep` accepts; the
/// others are not described and their learned parameters not computed (the trees of a big
/// forest when only the forest matters). `parent` then names the nearest kept estimator.
std::vector<Estimator> analyse(const Document &document,
                               const std::function<bool(const std::string &path)> &keep);

/// The insight for one estimator node (as reported by analyse()), or nullopt when the node
/// is not an estimator. Feature names from an enclosing pipeline are included.
std::optional<Estimator> estimatorAt(const Document &document, NodeId node);

/// Display name of a role ("coefficients", "intercept", "feature importances", ...).
std::string roleName(Role role);

} // namespace ps::insight
