// SPDX-License-Identifier: MIT
#include "insight/feature_names.h"

#include "document/document.h"
#include "insight/values.h"
#include "path/path.h"
#include "present/children.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace ps::insight::detail {

namespace {

/// Composites nested deeper than this are not named (the file decides the nesting).
constexpr int kMaxNesting = 16;

using NameList = std::vector<std::string>;
using OptionalNames = std::optional<NameList>;

/// Transformers whose output names are their input names (OneToOneFeatureMixin in 1.2).
constexpr std::array<std::string_view, 10> kOneToOne = {
    "StandardScaler", "MinMaxScaler",     "MaxAbsScaler",        "RobustScaler",
    "Normalizer",     "Binarizer",        "QuantileTransformer", "PowerTransformer",
    "OrdinalEncoder", "TfidfTransformer",
};

template<size_t N>
bool contains(const std::array<std::string_view, N> &names, std::string_view name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::optional<Names> outputNamesAt(const Document &document, NodeId estimator,
                                   const OptionalNames &input, int depth);

/// The estimator of a step ("passthrough", None and "drop" are not estimators).
bool isPassthrough(const Document &document, NodeId step)
{
    return isString(document, step, "passthrough") || document.graph().kind(step) == Kind::None;
}

/// A (name, estimator[, columns]) tuple of a steps / transformer list.
struct Step
{
    std::string name;
    NodeId estimator = kNoNode;
    size_t index = 0;
};

std::vector<Step> stepsOf(const Document &document, NodeId composite, std::string_view list,
                          size_t arity)
{
    std::vector<Step> out;
    const auto items = itemsOf(document, attribute(document, composite, list));
    if (!items)
        return out;
    for (size_t i = 0; i < items->size(); ++i) {
        const auto parts = itemsOf(document, (*items)[i]);
        if (!parts || parts->size() != arity)
            return {};
        const auto name = strOf(document, (*parts)[0]);
        if (!name)
            return {};
        out.push_back({*name, followAlias(document, (*parts)[1]), i});
    }
    return out;
}

OptionalNames givenOrOwn(const Document &document, NodeId estimator, const OptionalNames &input)
{
    if (input)
        return input;
    if (auto own = ownInputNames(document, estimator))
        return std::move(own->names);
    return std::nullopt;
}

/// CountVectorizer / TfidfVectorizer: the vocabulary's terms ordered by column index.
OptionalNames vocabularyNames(const Document &document, NodeId estimator)
{
    const auto items = dictItemsOf(document, attribute(document, estimator, "vocabulary_"));
    if (!items)
        return std::nullopt;
    std::vector<std::pair<int64_t, std::string>> columns;
    columns.reserve(items->size());
    for (const auto &[key, value] : *items) {
        auto term = strOf(document, key);
        const auto column = intOf(document, value);
        if (!term || !column)
            return std::nullopt;
        columns.emplace_back(*column, std::move(*term));
    }
    std::stable_sort(columns.begin(), columns.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    NameList out;
    out.reserve(columns.size());
    for (auto &c : columns)
        out.push_back(std::move(c.second));
    return out;
}

/// OneHotEncoder.drop_idx_: per input feature the index of the dropped category, if any
/// (None, an int array, or an object array with None items).
std::vector<std::optional<int64_t>> droppedCategories(const Document &document, NodeId dropNode,
                                                      size_t features)
{
    std::vector<std::optional<int64_t>> drops(features);
    dropNode = followAlias(document, dropNode);
    if (dropNode == kNoNode || document.graph().kind(dropNode) == Kind::None)
        return drops;
    if (const auto items = itemsOf(document, dropNode)) {
        for (size_t i = 0; i < features && i < items->size(); ++i)
            drops[i] = intOf(document, (*items)[i]);
    } else if (const auto numbers = numbersOf(document, dropNode, kMaxFeatureNames)) {
        for (size_t i = 0; i < features && i < numbers->values.size(); ++i)
            drops[i] = static_cast<int64_t>(numbers->values[i]);
    }
    return drops;
}

/// OneHotEncoder: `input_i + "_" + str(category)`, infrequent categories grouped as
/// "infrequent_sklearn", dropped categories left out.
OptionalNames oneHotNames(const Document &document, NodeId estimator, const NameList &input)
{
    const auto categories = itemsOf(document, attribute(document, estimator, "categories_"));
    if (!categories || categories->size() != input.size())
        return std::nullopt;
    const std::vector<std::optional<int64_t>> drops = droppedCategories(
        document, attribute(document, estimator, "drop_idx_"), categories->size());
    const NodeId infrequentOn = attribute(document, estimator, "_infrequent_enabled");
    const auto mappings
        = intOf(document, infrequentOn).value_or(0) != 0
              ? itemsOf(document, attribute(document, estimator, "_default_to_infrequent_mappings"))
              : std::nullopt;
    NameList out;
    for (size_t i = 0; i < categories->size(); ++i) {
        auto cats = stringsOf(document, (*categories)[i]);
        if (!cats)
            return std::nullopt;
        if (mappings && i < mappings->size()) {
            const auto map = numbersOf(document, (*mappings)[i], kMaxFeatureNames);
            if (map && !map->values.empty() && map->values.size() == cats->size()) {
                const double top = *std::max_element(map->values.begin(), map->values.end());
                NameList frequent;
                for (size_t c = 0; c < cats->size(); ++c) {
                    if (map->values[c] < top)
                        frequent.push_back((*cats)[c]);
                }
                frequent.push_back("infrequent_sklearn");
                cats = std::move(frequent);
            }
        }
        for (size_t c = 0; c < cats->size(); ++c) {
            if (drops[i] && static_cast<int64_t>(c) == *drops[i])
                continue;
            out.push_back(input[i] + "_" + (*cats)[c]);
        }
    }
    return out;
}

/// ClassNamePrefixFeaturesOutMixin: lower-case class name plus 0…n-1.
OptionalNames classPrefixNames(const Document &document, NodeId estimator, const std::string &cls)
{
    std::optional<int64_t> count
        = intOf(document, attribute(document, estimator, "_n_features_out"));
    if (!count && cls != "RandomTreesEmbedding") {
        const auto interp = estimatorInterpretation(document, estimator);
        const bool decomposition
            = interp && interp->pythonType.rfind("sklearn.decomposition.", 0) == 0;
        const char *rowsOf = cls == "KernelPCA" ? "eigenvalues_" : "components_";
        if (decomposition) {
            if (const auto a = arrayOfNode(document, attribute(document, estimator, rowsOf));
                a && !a->shape.empty())
                count = static_cast<int64_t>(a->shape[0]);
        }
    }
    if (!count || *count < 0 || static_cast<uint64_t>(*count) > kMaxFeatureNames)
        return std::nullopt;
    std::string prefix = cls;
    for (char &c : prefix)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    NameList out;
    for (int64_t i = 0; i < *count; ++i)
        out.push_back(prefix + std::to_string(i));
    return out;
}

std::optional<Names> pipelineNames(const Document &document, NodeId pipeline,
                                   const OptionalNames &input, int depth)
{
    OptionalNames names = input;
    const auto steps = stepsOf(document, pipeline, "steps", 2);
    if (steps.empty())
        return std::nullopt;
    for (const Step &s : steps) {
        if (isPassthrough(document, s.estimator))
            continue;
        auto next = outputNamesAt(document, s.estimator, names, depth + 1);
        if (!next)
            return std::nullopt;
        names = std::move(next->names);
    }
    if (!names)
        return std::nullopt;
    return Names{std::move(*names), "steps"};
}

/// A list of ints or a 1-d integer array.
std::optional<std::vector<int64_t>> integersOf(const Document &document, NodeId id)
{
    std::vector<int64_t> out;
    if (const auto items = itemsOf(document, id)) {
        for (const NodeId item : *items) {
            const auto v = intOf(document, item);
            if (!v)
                return std::nullopt;
            out.push_back(*v);
        }
        return out;
    }
    const auto array = numericArray(document, id);
    if (!array || array->ndim() != 1 || array->dtype->kind == 'f')
        return std::nullopt;
    for (uint64_t i = 0; i < array->shape[0]; ++i) {
        const auto v = array->intAt(i);
        if (!v)
            return std::nullopt;
        out.push_back(*v);
    }
    return out;
}

/// The indices of a ColumnTransformer's columns per transformer name.
std::unordered_map<std::string, std::vector<int64_t>> columnIndices(const Document &document,
                                                                    NodeId transformer)
{
    std::unordered_map<std::string, std::vector<int64_t>> out;
    const auto items
        = dictItemsOf(document, attribute(document, transformer, "_transformer_to_input_indices"));
    if (!items)
        return out;
    for (const auto &[key, value] : *items) {
        const auto name = strOf(document, key);
        auto columns = integersOf(document, value);
        if (name && columns)
            out.emplace(*name, std::move(*columns));
    }
    return out;
}

OptionalNames pick(const NameList &names, const std::vector<int64_t> &indices)
{
    NameList out;
    for (const int64_t i : indices) {
        if (i < 0 || static_cast<uint64_t>(i) >= names.size())
            return std::nullopt;
        out.push_back(names[static_cast<size_t>(i)]);
    }
    return out;
}

std::optional<Names> columnTransformerNames(const Document &document, NodeId transformer,
                                            const OptionalNames &input, int depth)
{
    const OptionalNames in = givenOrOwn(document, transformer, input);
    const auto steps = stepsOf(document, transformer, "transformers_", 3);
    if (!in || steps.empty())
        return std::nullopt;
    const auto columns = columnIndices(document, transformer);
    const NodeId verboseNode = attribute(document, transformer, "verbose_feature_names_out");
    const bool verbose = verboseNode == kNoNode || intOf(document, verboseNode).value_or(1) != 0;
    NameList out;
    std::unordered_set<std::string> seen;
    for (const Step &s : steps) {
        const auto it = columns.find(s.name);
        if (isString(document, s.estimator, "drop") || it == columns.end() || it->second.empty())
            continue;
        OptionalNames names = pick(*in, it->second);
        if (names && !isString(document, s.estimator, "passthrough")) {
            auto made = outputNamesAt(document, s.estimator, names, depth + 1);
            names = made ? std::optional(std::move(made->names)) : std::nullopt;
        }
        if (!names)
            return std::nullopt;
        for (std::string &n : *names) {
            if (!verbose && !seen.insert(n).second)
                return std::nullopt; // scikit-learn refuses names that are not unique
            out.push_back(verbose ? s.name + "__" + n : std::move(n));
        }
    }
    return Names{std::move(out), "transformers_"};
}

std::optional<Names> featureUnionNames(const Document &document, NodeId union_,
                                       const OptionalNames &input, int depth)
{
    const auto steps = stepsOf(document, union_, "transformer_list", 2);
    if (steps.empty())
        return std::nullopt;
    NameList out;
    for (const Step &s : steps) {
        if (isString(document, s.estimator, "drop"))
            continue;
        OptionalNames names = input;
        if (!isString(document, s.estimator, "passthrough")) {
            auto made = outputNamesAt(document, s.estimator, input, depth + 1);
            names = made ? std::optional(std::move(made->names)) : std::nullopt;
        }
        if (!names)
            return std::nullopt;
        for (const std::string &n : *names)
            out.push_back(s.name + "__" + n);
    }
    return Names{std::move(out), "transformer_list"};
}

std::optional<Names> outputNamesAt(const Document &document, NodeId estimator,
                                   const OptionalNames &input, int depth)
{
    if (depth > kMaxNesting || !isEstimator(document, estimator))
        return std::nullopt;
    const std::string cls = estimatorClass(document, estimator);
    if (cls == "Pipeline")
        return pipelineNames(document, estimator, input, depth);
    if (cls == "ColumnTransformer")
        return columnTransformerNames(document, estimator, input, depth);
    if (cls == "FeatureUnion")
        return featureUnionNames(document, estimator, input, depth);
    if (cls == "CountVectorizer" || cls == "TfidfVectorizer") {
        if (auto names = vocabularyNames(document, estimator))
            return Names{std::move(*names), "vocabulary_"};
        return std::nullopt;
    }
    if (cls == "DictVectorizer") {
        if (auto names = stringsOf(document, attribute(document, estimator, "feature_names_")))
            return Names{std::move(*names), "feature_names_"};
        return std::nullopt;
    }
    if (cls == "OneHotEncoder") {
        const OptionalNames in = givenOrOwn(document, estimator, input);
        if (!in)
            return std::nullopt;
        if (auto names = oneHotNames(document, estimator, *in))
            return Names{std::move(*names), "categories_"};
        return std::nullopt;
    }
    if (contains(kOneToOne, cls)) {
        if (auto names = givenOrOwn(document, estimator, input))
            return Names{std::move(*names), "one-to-one"};
        return std::nullopt;
    }
    if (auto names = classPrefixNames(document, estimator, cls))
        return Names{std::move(*names), "class name"};
    return std::nullopt;
}

/// How a step's output names are described as the next step's source.
std::string sourceOf(const Names &made, const std::string &stepPath)
{
    const bool stored = made.source == "vocabulary_" || made.source == "feature_names_";
    return (stored ? made.source : std::string("get_feature_names_out")) + " of " + stepPath;
}

std::string stepPath(const std::string &path, std::string_view list, size_t index, int item)
{
    std::string p = pathOf(path, PathStep::attribute(std::string(list)));
    p = pathOf(p, PathStep::index({static_cast<int64_t>(index)}));
    return pathOf(p, PathStep::index({item}));
}

} // namespace

std::optional<Names> ownInputNames(const Document &document, NodeId estimator)
{
    NodeId current = estimator;
    for (int depth = 0; depth <= kMaxNesting; ++depth) {
        if (!isEstimator(document, current))
            return std::nullopt;
        if (auto names = stringsOf(document, attribute(document, current, "feature_names_in_"))) {
            return Names{std::move(*names), "feature_names_in_"};
        }
        if (const auto n = intOf(document, attribute(document, current, "n_features_in_"))) {
            if (*n < 0 || static_cast<uint64_t>(*n) > kMaxFeatureNames)
                return std::nullopt;
            return Names{generatedNames(static_cast<uint64_t>(*n)), "generated"};
        }
        if (estimatorClass(document, current) != "Pipeline")
            return std::nullopt;
        const auto steps = stepsOf(document, current, "steps", 2);
        if (steps.empty())
            return std::nullopt;
        current = steps.front().estimator;
    }
    return std::nullopt;
}

std::optional<Names> outputNames(const Document &document, NodeId estimator,
                                 const std::optional<std::vector<std::string>> &input)
{
    return outputNamesAt(document, estimator, input, 0);
}

bool isComposite(const Document &document, NodeId estimator)
{
    const std::string cls = estimatorClass(document, estimator);
    return cls == "Pipeline" || cls == "ColumnTransformer" || cls == "FeatureUnion";
}

std::vector<std::pair<NodeId, Names>> subEstimatorInputs(const Document &document, NodeId composite,
                                                         const std::string &path,
                                                         const std::optional<Names> &input)
{
    std::vector<std::pair<NodeId, Names>> out;
    const std::string cls = estimatorClass(document, composite);
    if (cls == "Pipeline") {
        std::optional<Names> names = input;
        for (const Step &s : stepsOf(document, composite, "steps", 2)) {
            if (isPassthrough(document, s.estimator))
                continue;
            if (names)
                out.emplace_back(s.estimator, *names);
            const OptionalNames given = names ? OptionalNames(names->names) : std::nullopt;
            const auto made = outputNames(document, s.estimator, given);
            names = made ? std::optional<Names>(
                        Names{made->names, sourceOf(*made, stepPath(path, "steps", s.index, 1))})
                         : std::nullopt;
        }
    } else if (cls == "ColumnTransformer") {
        const OptionalNames in
            = givenOrOwn(document, composite, input ? OptionalNames(input->names) : std::nullopt);
        if (!in)
            return out;
        const auto columns = columnIndices(document, composite);
        const std::string source = "columns of " + (path.empty() ? std::string("<root>") : path);
        for (const Step &s : stepsOf(document, composite, "transformers_", 3)) {
            const auto it = columns.find(s.name);
            if (it == columns.end() || !isEstimator(document, s.estimator))
                continue;
            if (auto names = pick(*in, it->second))
                out.emplace_back(s.estimator, Names{std::move(*names), source});
        }
    } else if (cls == "TfidfVectorizer") {
        // Its TfidfTransformer weighs the term counts: one column per vocabulary term.
        const NodeId inner = followAlias(document, attribute(document, composite, "_tfidf"));
        if (auto names = vocabularyNames(document, composite);
            names && isEstimator(document, inner))
            out.emplace_back(inner, Names{std::move(*names),
                                          "vocabulary_ of " + (path.empty() ? "<root>" : path)});
    } else if (cls == "FeatureUnion" && input) {
        for (const Step &s : stepsOf(document, composite, "transformer_list", 2)) {
            if (isEstimator(document, s.estimator))
                out.emplace_back(s.estimator, *input);
        }
    }
    return out;
}

} // namespace ps::insight::detail
