// SPDX-License-Identifier: MIT
#pragma once
// Comparing two documents by meaning: which values changed, were added or removed, where (a
// Python path as `picklescope-cli get` takes it) and by how much, plus a model-aware summary
// in plain language. Nothing is executed; arrays are compared in place in the mapped files.

#include "graph/graph.h"
#include "insight/insight.h"
#include "util/result.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ps {
class Document;
class JsonEmitter;
} // namespace ps

namespace ps::diff {

/// How two documents are compared.
struct DiffOptions
{
    /// numpy.isclose semantics for floating-point values (array elements, Python floats):
    /// old and new are equal when |old - new| <= atol + rtol * |new|. NaN equals NaN; ±inf
    /// equals only itself. Integers, bools, strings and everything else compare exactly. The
    /// defaults (0, 0) mean "bit-for-bit the same number" (-0.0 equals 0.0).
    double rtol = 0;
    double atol = 0;
    /// Positions kept per array (the largest absolute differences), and feature changes
    /// listed per learned parameter in the summary.
    uint32_t maxPositions = 10;
    /// Changes kept in DiffResult::changes; past it they are only counted
    /// (DiffResult::changeCount) and DiffResult::truncated is set.
    uint64_t maxChanges = 100000;
    /// Pairs of values visited at most. Shared objects are compared once per (old, new) pair,
    /// but two hostile graphs of shared tuples can pair every node of one with every node of
    /// the other; past this bound the walk stops and DiffResult::truncated is set.
    uint64_t maxVisits = 100'000'000;
    /// Called now and then with (work done, total work) — units are graph nodes plus array
    /// elements / 4096, so the pair is only good for a progress bar. Return false to cancel:
    /// compare() then returns what it found so far with DiffResult::cancelled set. May be
    /// empty. Called on the comparing thread.
    std::function<bool(uint64_t done, uint64_t total)> progress;
};

/// What happened to a value.
enum class ChangeKind : uint8_t {
    Changed,     ///< same type, other value (for arrays: shape, dtype or elements)
    TypeChanged, ///< another Python type (list → tuple, LogisticRegression → SVC, int → float)
    Added,       ///< only in the new document
    Removed,     ///< only in the old document
};
/// "changed", "type", "added", "removed" (the JSON and CLI spelling).
std::string_view kindName(ChangeKind kind);

/// One array element that differs (largest absolute differences first).
struct Position
{
    std::vector<uint64_t> index; ///< numpy index tuple into the array (old side)
    /// The name of each index when known, one per axis ("" when unknown): the class and
    /// feature of coef_[1, 93] → {"'spam'", "'money'"} (Python reprs). See ArrayDiff::axes.
    std::vector<std::string> labels;
    std::string oldRepr; ///< the elements as Python shows them (scalarRepr): 1.92, 3, True, 'a'
    std::string newRepr;
    double oldValue = 0; ///< numeric arrays: the elements as doubles (NaN for non-numbers)
    double newValue = 0;
    double absDiff = 0; ///< |old - new| (inf when exactly one side is NaN or inf)
    double relDiff = 0; ///< |old - new| / |new| (inf when new is 0 and old is not)
};

/// How two arrays differ (numpy ndarray, numpy scalar, torch tensor, joblib-wrapped array, or
/// one field of a structured array — then Change::path ends in `['field']`).
struct ArrayDiff
{
    std::vector<uint64_t> oldShape;
    std::vector<uint64_t> newShape;
    std::string oldDType; ///< dtype.name ("float64", "str160"); structured: numpy's description
    std::string newDType;
    bool shapeChanged = false;
    bool dtypeChanged = false;
    /// What each axis means when known: "class", "feature", "output", "" (unknown).
    std::vector<std::string> axes;
    /// Element comparison, when the shapes are the same. Numeric dtypes (b i u f c M m, also
    /// across a dtype change such as float32 → float64) get the numbers below; strings ('U',
    /// 'S', 'V') and records (same dtype only; fields are compared one by one where the walk
    /// can, see Change::path) only `differing`. Plain object arrays are not compared here:
    /// their elements are walked like list items.
    bool numeric = false;
    uint64_t compared = 0;  ///< elements compared
    uint64_t differing = 0; ///< elements that are not equal within the tolerance
    double maxAbsDiff = 0;  ///< over the differing elements (0 when none)
    double maxRelDiff = 0;
    std::vector<Position> top; ///< at most DiffOptions::maxPositions, largest absDiff first
};

/// One difference between the documents.
struct Change
{
    ChangeKind kind = ChangeKind::Changed;
    uint32_t root = 0; ///< which root (index into Document::roots()); 0 for most files
    /// Where, in `get` syntax: the old document's path (the new one's for Added).
    std::string path;
    /// The path of the same value in the new document (empty for Removed). Differs from
    /// `path` only where alignment is by name (pipeline steps, ColumnTransformer transformers
    /// reordered).
    std::string newPath;
    NodeId oldNode = kNoNode; ///< kNoNode for Added
    NodeId newNode = kNoNode; ///< kNoNode for Removed
    std::string oldType;      ///< pythonType(): "numpy.ndarray", "builtins.float", "" when absent
    std::string newType;
    std::string oldSummary; ///< one-line summaries (present/summary.h), "" when absent
    std::string newSummary;
    /// Set for arrays (shape/dtype change or element comparison).
    bool hasArray = false;
    ArrayDiff array;
};

/// The topic of a summary line.
enum class Category : uint8_t {
    Format,         ///< container, protocol, compression (these never make a difference)
    Version,        ///< scikit-learn version that saved an estimator
    Estimator,      ///< estimators added, removed, replaced (class changed), pipeline steps
    HyperParameter, ///< constructor arguments (C, n_estimators, max_depth ...)
    Features,       ///< feature names added/removed (vocabulary_, feature_names_in_ ...)
    Learned,        ///< learned parameters per class and feature (coef_, intercept_ ...)
    Trees,          ///< trees added / removed in a forest or boosting ensemble
    Importances,    ///< feature importances (computed from the trees)
};
/// "format", "version", "estimator", "hyperparameter", "features", "learned", "trees",
/// "importances".
std::string_view categoryName(Category category);

/// One line of the model-aware summary, in plain language, e.g.
/// "coef_ for class 'spam', feature 'money': 1.92 → 2.40".
struct SummaryItem
{
    Category category = Category::Learned;
    std::string text;
    uint32_t root = 0;
    std::string path; ///< what the line is about (an estimator, an attribute), "" for the file
};

/// A learned parameter of an estimator present in both documents, aligned by feature NAME so
/// that both can be drawn on one scale (a delta chart): features = old features in order, then
/// the features only the new model has. Only parameters whose columns are features
/// (insight::Role Coefficients, FeatureImportances, FeatureLogProb, ClassMeans,
/// ClassVariances) with values on both sides.
struct ParameterDelta
{
    uint32_t root = 0;
    std::string estimatorPath; ///< the estimator's path (same on both sides)
    std::string className;     ///< the estimator's class ("LogisticRegression")
    std::string name;          ///< "coef_", "feature_importances_", ...
    insight::Role role = insight::Role::Coefficients;
    std::vector<std::string> features; ///< union of the feature names (plain text, not repr)
    /// One row per class (Python reprs) for 2-D parameters; a single "" row for 1-D ones and
    /// for binary coef_ (one row).
    std::vector<std::string> rows;
    /// rows × features values in row-major order; NaN where a side lacks that row or feature.
    std::vector<double> oldValues;
    std::vector<double> newValues;
    bool changed = false; ///< some value differs (within the tolerance) or a feature/row differs
};

/// The container facts of one file.
struct FileFacts
{
    std::string path;
    std::string format;      ///< "pickle", "joblib", "torch-zip", "torch-legacy"
    std::string compression; ///< "none", "zlib", "gzip", ...
    int protocol = 0;
    uint64_t fileSize = 0;
    size_t roots = 0;
};

/// Container differences: never a reason for `equal` to be false.
struct FormatFacts
{
    FileFacts oldFile;
    FileFacts newFile;
    /// Plain-language differences, e.g. "protocol 2 → 5", "container pickle → joblib",
    /// "compression none → zlib"; empty when the containers are alike.
    std::vector<std::string> differences;
};

/// Everything compare() found.
struct DiffResult
{
    /// No value differs (format differences do not count). False when cancelled or
    /// truncated.
    bool equal = true;
    bool cancelled = false; ///< the progress callback returned false: results are partial
    /// More than DiffOptions::maxChanges changes (the rest only counted), or the walk stopped
    /// after DiffOptions::maxVisits pairs.
    bool truncated = false;
    uint64_t changeCount = 0;         ///< all changes found (changes.size() unless truncated)
    std::vector<Change> changes;      ///< in tree order (depth-first, old document's order)
    std::vector<SummaryItem> summary; ///< model-aware summary, most important first
    std::vector<ParameterDelta> parameters;
    FormatFacts format;
    double seconds = 0; ///< wall time compare() took
};

/// Compares two documents: the roots pairwise by index (extra roots are added / removed),
/// then everything reachable from them, aligned by meaning — dict keys, object attributes
/// (BUILD state, recognised members), list/tuple/array indices, Pipeline / ColumnTransformer /
/// FeatureUnion / ensemble steps by name — never by bytes, so the same content written at
/// another protocol, as joblib or compressed is equal. Numeric arrays are compared element by
/// element in place; object arrays element by element as values. Shared objects and cycles are
/// compared once per (old, new) pair. Iterative: the input's depth never reaches the C++
/// stack. Errors only when a document could not be read completely (Document::error()).
Result<DiffResult> compare(const Document &oldDocument, const Document &newDocument,
                           const DiffOptions &options = {});

/// The same for two chosen nodes (e.g. one estimator of each file); paths in the result are
/// relative to them and `root` is 0. Never fails; the summary covers estimators at or below
/// the nodes.
DiffResult compareNodes(const Document &oldDocument, NodeId oldNode, const Document &newDocument,
                        NodeId newNode, const DiffOptions &options = {});

/// The readable report `picklescope-cli diff` prints: the files, the summary, then every
/// change ("changed .steps[1][1].C: 1.0 → 0.5", array statistics and positions indented
/// below). Ends with a newline. "Files are equal" style first line when equal.
std::string textReport(const DiffResult &result);

/// The JSON report (`picklescope-cli diff --json`) written into an emitter:
/// {"equal", "cancelled", "truncated", "change_count", "old": {file facts}, "new": {...},
///  "format": [differences], "summary": [{"category", "text", "path", "root"}],
///  "changes": [{"path", "new_path", "kind", "root", "old_type", "new_type", "old", "new",
///               "array": {"old_shape", "new_shape", "old_dtype", "new_dtype", "axes",
///                         "compared", "differing", "max_abs_diff", "max_rel_diff",
///                         "top": [{"index", "labels", "old", "new", "abs_diff",
///                                  "rel_diff"}]}}],
///  "parameters": [{"root", "estimator", "class", "name", "role", "features", "rows", "old",
///                  "new", "changed"}]}
/// Floats follow the project's JSON rules (NaN/±inf as strings).
void writeJsonReport(JsonEmitter &json, const DiffResult &result);
/// The JSON report as text.
std::string jsonReport(const DiffResult &result, bool pretty = true);

} // namespace ps::diff
