// SPDX-License-Identifier: MIT
#include "insight/axis_names.h"

#include "document/document.h"
#include "path/path.h"
#include "resolve/resolve.h"

#include <algorithm>
#include <string_view>

namespace ps::insight {

namespace {

constexpr std::string_view kClassByFeature[]
    = {"coef_", "feature_log_prob_", "feature_count_", "theta_", "sigma_", "means_",
       "var_" /* GaussianNB: 2-D */};
constexpr std::string_view kByFeatureColumns[]
    = {"cluster_centers_", "components_", "support_vectors_", "scalings_"};
constexpr std::string_view kByClass[]
    = {"intercept_", "class_count_", "class_log_prior_", "class_prior_", "priors_"};
constexpr std::string_view kByFeature[] = {"feature_importances_",
                                           "mean_",
                                           "var_",
                                           "scale_",
                                           "min_",
                                           "data_min_",
                                           "data_max_",
                                           "data_range_",
                                           "idf_",
                                           "center_",
                                           "statistics_",
                                           "variances_",
                                           "scores_",
                                           "pvalues_",
                                           "max_abs_",
                                           "coef_" /* one target: 1-D */};

template<size_t N>
bool contains(const std::string_view (&list)[N], std::string_view name)
{
    return std::find(list, list + N, name) != list + N;
}

/// The estimator an attribute path belongs to: the one with the longest path that is a
/// prefix of it followed by an attribute step.
const Estimator *owner(const std::vector<Estimator> &estimators, uint32_t root,
                       const std::string &path)
{
    const Estimator *best = nullptr;
    for (const Estimator &e : estimators) {
        if (e.root != root || path.size() <= e.path.size() + 1
            || path.compare(0, e.path.size(), e.path) != 0 || path[e.path.size()] != '.')
            continue;
        if (!best || e.path.size() > best->path.size())
            best = &e;
    }
    return best;
}

std::vector<std::string> classNames(const Estimator &e, uint64_t n)
{
    if (e.classes.size() == n)
        return e.classes;
    if (n == 1 && e.classes.size() == 2)
        return {e.classes[1]}; // a binary model's single row: the positive class
    return {};
}

std::vector<std::string> featureNames(const Estimator &e, uint64_t n)
{
    return e.featureNames.size() == n && n > 0 ? e.featureNames : std::vector<std::string>{};
}

/// The MLP layer index of "coefs_[k]" and the number of layers, or -1.
int layerOf(const Estimator &e, std::string_view relative, int *layers)
{
    *layers = 0;
    for (const Parameter &p : e.parameters)
        *layers += p.role == Role::LayerWeights ? 1 : 0;
    constexpr std::string_view prefix = "coefs_[";
    if (relative.substr(0, prefix.size()) != prefix || relative.back() != ']')
        return -1;
    int k = 0;
    for (char c : relative.substr(prefix.size(), relative.size() - prefix.size() - 1)) {
        if (c < '0' || c > '9')
            return -1;
        k = k * 10 + (c - '0');
    }
    return k;
}

} // namespace

bool AxisNames::empty() const
{
    return std::all_of(axes.begin(), axes.end(), [](const auto &a) { return a.empty(); });
}

AxisNames arrayAxisNames(const Document &document, const std::vector<Estimator> &estimators,
                         uint32_t root, const std::string &path, const std::vector<uint64_t> &shape)
{
    AxisNames names;
    names.axes.resize(shape.size());
    names.sources.resize(shape.size());
    const Estimator *e = owner(estimators, root, path);
    if (!e || shape.empty() || shape.size() > 2)
        return names;
    const std::string relative = path.substr(e->path.size() + 1);
    auto set = [&](size_t axis, std::vector<std::string> list, const char *source) {
        if (!list.empty()) {
            names.axes[axis] = std::move(list);
            names.sources[axis] = source;
        }
    };
    if (shape.size() == 2) {
        if (contains(kClassByFeature, relative)) {
            set(0, classNames(*e, shape[0]), "classes_");
            set(1, featureNames(*e, shape[1]), "features");
        } else if (contains(kByFeatureColumns, relative)) {
            set(1, featureNames(*e, shape[1]), "features");
        } else {
            int layers = 0;
            const int layer = layerOf(*e, relative, &layers);
            if (layer == 0)
                set(0, featureNames(*e, shape[0]), "features");
            if (layer >= 0 && layer + 1 == layers)
                set(1, classNames(*e, shape[1]), "classes_");
        }
        return names;
    }
    if (contains(kByClass, relative)) {
        set(0, classNames(*e, shape[0]), "classes_");
    } else if (contains(kByFeature, relative)) {
        set(0, featureNames(*e, shape[0]), "features");
    } else if (relative == "_idf_diag.data") {
        // The diagonal of the idf matrix (scikit-learn before 1.3): entry i is the idf of the
        // feature in column indices[i].
        const auto indices = resolvePath(document, e->path + "._idf_diag.indices", root);
        if (!indices || !indices->array || indices->array->count() != shape[0])
            return names;
        std::vector<std::string> list;
        for (uint64_t i = 0; i < shape[0]; ++i) {
            const auto column = indices->array->intAt(i);
            if (!column || *column < 0 || static_cast<uint64_t>(*column) >= e->featureNames.size())
                return names;
            list.push_back(e->featureNames[static_cast<size_t>(*column)]);
        }
        set(0, std::move(list), "features");
    }
    return names;
}

} // namespace ps::insight
