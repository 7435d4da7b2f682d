// SPDX-License-Identifier: MIT
#pragma once
// Reading estimator attributes as plain values (numbers, names, sequences) for the insight
// layer. Each helper looks at one node and its direct items: nothing recurses.

#include "array/ndarray.h"
#include "graph/graph.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ps {
class Document;
struct Interpretation;
enum class Recognised : uint8_t;
} // namespace ps

namespace ps::insight::detail {

/// The interpretation of a node (aliases followed) when it is a `what`, or nullptr.
const Interpretation *interpretationAs(const Document &document, NodeId id, Recognised what);

/// The value of an interpretation's attribute member, or kNoNode.
NodeId member(const Interpretation &interpretation, std::string_view name);

/// The estimator interpretation of a node (aliases followed), or nullptr.
const Interpretation *estimatorInterpretation(const Document &document, NodeId id);

/// True when a node is a scikit-learn estimator: a recognised sklearn object that pickled
/// `_sklearn_version` (BaseEstimator does), or one without a version whose class looks like a
/// public estimator (old files). Loss objects, splitters and private helpers are not.
bool isEstimator(const Document &document, NodeId id);

/// The value of an estimator's state attribute, or kNoNode.
NodeId attribute(const Document &document, NodeId estimator, std::string_view name);

/// The last component of a dotted Python name (`sklearn.svm._classes.SVC` → `SVC`).
std::string shortName(std::string_view pythonType);

/// The short class name of an estimator node, or "".
std::string estimatorClass(const Document &document, NodeId id);

/// An integer: Python int/bool, or a numpy integer/bool scalar.
std::optional<int64_t> intOf(const Document &document, NodeId id);

/// True for the Python string `text` (str, or a Python 2 str).
bool isString(const Document &document, NodeId id, std::string_view text);

/// A numeric array, numpy scalar or Python number as doubles in C order. The shape is that
/// of the array (0-d: empty). Values are left empty (and `omitted` set) past `maxValues`
/// elements. nullopt when the node is not numeric.
struct Numbers
{
    std::vector<uint64_t> shape;
    std::vector<double> values;
    bool omitted = false;
};
std::optional<Numbers> numbersOf(const Document &document, NodeId id, uint64_t maxValues);

/// The numeric array of a node (numeric non-structured dtypes only), or nullptr.
std::shared_ptr<const NdArray> numericArray(const Document &document, NodeId id);

/// The items of a list or tuple, or the elements of a 1-d object array (aliases followed).
std::optional<std::vector<NodeId>> itemsOf(const Document &document, NodeId id);

/// str() of a simple value the way scikit-learn builds names from it: str text, int, float
/// (Python repr digits), bool, None. nullopt for anything else.
std::optional<std::string> strOf(const Document &document, NodeId id);

/// str() of every element of a 1-d array or list/tuple (strings, numbers, bools, None).
std::optional<std::vector<std::string>> stringsOf(const Document &document, NodeId id);

/// repr() of every element of a 1-d array or list/tuple, as Python shows the items of
/// `list(x)`: 'spam', 0, 1.5, True.
std::optional<std::vector<std::string>> reprsOf(const Document &document, NodeId id);

/// The (key, value) entries of a dict, OrderedDict, defaultdict or Counter, as Python keeps
/// them (a repeated key: first position, last value).
std::optional<std::vector<std::pair<NodeId, NodeId>>> dictItemsOf(const Document &document,
                                                                  NodeId id);

/// Feature names are made for at most this many features (n_features_in_ is input data).
inline constexpr uint64_t kMaxFeatureNames = uint64_t(1) << 24;

/// x0, x1, ..., x(n-1): scikit-learn's generated input feature names (empty past
/// kMaxFeatureNames).
std::vector<std::string> generatedNames(uint64_t count);

} // namespace ps::insight::detail
