// SPDX-License-Identifier: MIT
// `picklescope-cli insight FILE [--json]`: the scikit-learn estimators a file holds, their
// hyper-parameters, what they learned, their feature names and feature importances.
#include "cli/cli.h"
#include "cli/commands.h"

#include "insight/insight.h"
#include "path/path.h"
#include "present/children.h"
#include "present/json_emitter.h"
#include "present/json_writer.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <numeric>
#include <sstream>

namespace ps::cli {
namespace {

using insight::Estimator;
using insight::Parameter;
using insight::Role;

/// Features listed per parameter in the text report.
constexpr size_t kTopFeatures = 10;
/// Rows (classes) of a 2-D coefficient matrix listed in the text report.
constexpr size_t kTopRows = 10;

std::string rootedPath(const Estimator &e)
{
    if (e.root == 0)
        return e.path.empty() ? "<root>" : e.path;
    return "<root " + std::to_string(e.root + 1) + ">" + e.path;
}

const Parameter *findParameter(const Estimator &e, Role role)
{
    for (const Parameter &p : e.parameters) {
        if (p.role == role)
            return &p;
    }
    return nullptr;
}

std::string roleId(Role role)
{
    std::string id = insight::roleName(role);
    std::replace(id.begin(), id.end(), ' ', '_');
    std::replace(id.begin(), id.end(), '-', '_');
    return id;
}

// --- JSON ---

/// The values of a parameter as nested lists following its shape (1-D or 2-D).
void writeValues(JsonEmitter &json, const Parameter &p)
{
    if (p.valuesOmitted) {
        json.null();
        return;
    }
    const uint64_t columns = p.shape.size() == 2 ? p.shape[1] : p.values.size();
    const uint64_t rows = p.shape.size() == 2 ? p.shape[0] : 1;
    if (p.shape.size() == 2)
        json.beginArray();
    for (uint64_t r = 0; r < rows; ++r) {
        json.beginArray();
        for (uint64_t c = 0; c < columns && r * columns + c < p.values.size(); ++c)
            json.floating(p.values[r * columns + c]);
        json.end();
    }
    if (p.shape.size() == 2)
        json.end();
}

/// A hyper-parameter: its JSON value when it is a simple value, else {"$summary": ...}.
void writeHyperParameter(JsonEmitter &json, const Document &doc, const insight::Attribute &a)
{
    json.key(a.name);
    const NodeId node = followAlias(doc, a.node);
    const Graph &g = doc.graph();
    const bool simple
        = node != kNoNode && node < g.size()
          && (g.kind(node) == Kind::None || g.kind(node) == Kind::Bool || g.kind(node) == Kind::Int
              || g.kind(node) == Kind::BigInt || g.kind(node) == Kind::Float
              || g.kind(node) == Kind::Str || g.kind(node) == Kind::Global);
    if (simple) {
        JsonOptions options;
        options.pretty = false;
        if (auto text = toJson(doc, resolvedNode(doc, node), options); text.ok()) {
            json.raw(*text);
            return;
        }
    }
    json.beginObject();
    json.field("$summary", a.summary);
    json.end();
}

void writeJsonEstimator(JsonEmitter &json, const Document &doc, const Estimator &e)
{
    json.beginObject();
    json.field("root", static_cast<uint64_t>(e.root));
    json.field("path", e.path);
    json.field("class", e.className);
    json.field("python_type", e.pythonType);
    json.fieldOrNull("version", e.version);
    json.field("parent", static_cast<int64_t>(e.parent));
    json.key("hyper_parameters");
    json.beginObject();
    for (const insight::Attribute &a : e.hyperParameters)
        writeHyperParameter(json, doc, a);
    json.end();
    json.key("fitted_attributes");
    json.beginArray();
    for (const insight::Attribute &a : e.fittedAttributes)
        json.string(a.name);
    json.end();
    json.key("n_features_in");
    if (e.nFeaturesIn)
        json.number(*e.nFeaturesIn);
    else
        json.null();
    json.field("feature_names", e.featureNames);
    json.fieldOrNull("feature_names_source", e.featureNamesSource);
    json.field("feature_names_out", e.outputFeatureNames);
    json.fieldOrNull("feature_names_out_source", e.outputFeatureNamesSource);
    json.field("classes", e.classes);
    if (const Parameter *coef = findParameter(e, Role::Coefficients)) {
        json.key("coefficients");
        writeValues(json, *coef);
    }
    if (const Parameter *intercept = findParameter(e, Role::Intercept)) {
        json.key("intercept");
        writeValues(json, *intercept);
    }
    if (const Parameter *fi = findParameter(e, Role::FeatureImportances)) {
        json.key("feature_importances");
        writeValues(json, *fi);
    }
    json.key("parameters");
    json.beginArray();
    for (const Parameter &p : e.parameters) {
        json.beginObject();
        json.field("name", p.name);
        json.field("role", roleId(p.role));
        json.field("computed", p.computed);
        json.fieldOrNull("path", p.path);
        json.key("shape");
        json.beginArray();
        for (const uint64_t d : p.shape)
            json.number(d);
        json.end();
        json.key("values");
        writeValues(json, p);
        json.end();
    }
    json.end();
    json.end();
}

void writeJson(std::ostream &out, const Document &doc, const std::vector<Estimator> &all)
{
    JsonEmitter json(true, 2, &out);
    json.beginObject();
    json.field("file", doc.path());
    json.key("estimators");
    json.beginArray();
    for (const Estimator &e : all)
        writeJsonEstimator(json, doc, e);
    json.end();
    json.fieldOrNull("error", errorText(doc)); // "" when the file was read completely
    json.end();
    json.flush();
    out << '\n';
}

// --- text ---

std::string number(double v)
{
    std::ostringstream s;
    s << std::setprecision(6) << v;
    return s.str();
}

std::string featureName(const Estimator &e, size_t column)
{
    if (column < e.featureNames.size())
        return e.featureNames[column];
    return "[" + std::to_string(column) + "]";
}

/// The columns of one row ordered by |value| (largest first), at most kTopFeatures.
std::vector<size_t> topColumns(const double *row, size_t columns)
{
    std::vector<size_t> order(columns);
    std::iota(order.begin(), order.end(), size_t(0));
    const size_t n = std::min(columns, kTopFeatures);
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n), order.end(),
                      [&](size_t a, size_t b) { return std::fabs(row[a]) > std::fabs(row[b]); });
    order.resize(n);
    return order;
}

void writeTopFeatures(std::ostream &out, const Estimator &e, const double *row, size_t columns,
                      const std::string &indent)
{
    for (const size_t c : topColumns(row, columns))
        out << indent << std::left << std::setw(24) << featureName(e, c) << ' ' << number(row[c])
            << '\n';
}

std::string shapeString(const std::vector<uint64_t> &shape)
{
    std::string s = "(";
    for (size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + (shape.size() == 1 ? ",)" : ")");
}

std::string joined(const std::vector<std::string> &items, size_t max)
{
    std::string s;
    for (size_t i = 0; i < items.size() && i < max; ++i)
        s += (i ? ", " : "") + items[i];
    if (items.size() > max)
        s += ", … (" + std::to_string(items.size()) + " in all)";
    return s;
}

void writeTextParameter(std::ostream &out, const Estimator &e, const Parameter &p)
{
    out << "  " << p.name << ' ' << shapeString(p.shape) << " — " << insight::roleName(p.role)
        << (p.computed ? " (computed from the trees)" : "");
    if (p.valuesOmitted) {
        out << ": too large to list\n";
        return;
    }
    const bool byFeature = p.role == Role::Coefficients || p.role == Role::FeatureImportances;
    if (!byFeature || p.values.empty()) {
        std::vector<std::string> shown;
        for (size_t i = 0; i < p.values.size() && i < kTopFeatures; ++i)
            shown.push_back(number(p.values[i]));
        out << ": " << joined(shown, kTopFeatures) << (p.values.size() > kTopFeatures ? " …" : "")
            << '\n';
        return;
    }
    const size_t columns = p.shape.size() == 2 ? p.shape[1] : p.values.size();
    const size_t rows = columns == 0 ? 0 : p.values.size() / columns;
    out << ", top " << std::min(columns, kTopFeatures) << " by |value|:\n";
    for (size_t r = 0; r < rows && r < kTopRows; ++r) {
        if (rows > 1)
            out << "    row " << r
                << (r < e.classes.size() && rows == e.classes.size()
                        ? " (class " + e.classes[r] + ")"
                        : std::string())
                << ":\n";
        writeTopFeatures(out, e, p.values.data() + r * columns, columns,
                         rows > 1 ? "      " : "    ");
    }
}

void writeTextEstimator(std::ostream &out, const Estimator &e)
{
    out << rootedPath(e) << "  " << e.className;
    if (!e.version.empty())
        out << "  (scikit-learn " << e.version << ")";
    out << '\n';
    std::vector<std::string> params;
    for (const insight::Attribute &a : e.hyperParameters)
        params.push_back(a.name + "=" + a.summary);
    out << "  hyper-parameters: " << (params.empty() ? "-" : joined(params, SIZE_MAX)) << '\n';
    std::vector<std::string> fitted;
    for (const insight::Attribute &a : e.fittedAttributes)
        fitted.push_back(a.name);
    out << "  fitted: " << (fitted.empty() ? "-" : joined(fitted, SIZE_MAX)) << '\n';
    if (!e.classes.empty())
        out << "  classes: " << joined(e.classes, 20) << '\n';
    if (!e.featureNames.empty())
        out << "  input features (" << e.featureNames.size() << ", " << e.featureNamesSource
            << "): " << joined(e.featureNames, 12) << '\n';
    else if (e.nFeaturesIn)
        out << "  input features: " << *e.nFeaturesIn << '\n';
    if (!e.outputFeatureNames.empty())
        out << "  output features (" << e.outputFeatureNames.size()
            << "): " << joined(e.outputFeatureNames, 12) << '\n';
    for (const Parameter &p : e.parameters)
        writeTextParameter(out, e, p);
}

void writeText(std::ostream &out, const Document &doc, const std::vector<Estimator> &all)
{
    out << doc.path() << ": " << all.size()
        << (all.size() == 1 ? " scikit-learn estimator" : " scikit-learn estimators") << '\n';
    for (const Estimator &e : all) {
        out << '\n';
        writeTextEstimator(out, e);
    }
}

} // namespace

int runInsight(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    ParsedArgs parsed;
    std::string problem;
    if (!parseArgs(args, {"--json"}, {"--tree", "--predict", "--max-depth", "--decimals"}, parsed,
                   problem)
        || parsed.positional.size() != 1) {
        err << "picklescope-cli insight: "
            << (problem.empty() ? "expected exactly one FILE" : problem)
            << "\nUsage: picklescope-cli insight FILE [--json]\n"
               "       picklescope-cli insight FILE --tree PATH [--predict x0,x1,...] "
               "[--max-depth N] [--decimals N] [--json]\n";
        return ExitError;
    }
    if (parsed.values.count("--tree"))
        return runInsightTree(parsed.positional[0], parsed, out, err);
    for (const char *treeOnly : {"--predict", "--max-depth", "--decimals"}) {
        if (parsed.values.count(treeOnly)) {
            err << "picklescope-cli insight: " << treeOnly << " needs --tree PATH\n";
            return ExitError;
        }
    }
    const auto doc = openForCommand(parsed.positional[0], Need::Partial, err);
    if (!doc)
        return ExitError;
    const std::vector<Estimator> all = insight::analyse(*doc);
    if (parsed.has("--json"))
        writeJson(out, *doc, all);
    else
        writeText(out, *doc, all);
    return finishWith(*doc, out, err);
}

} // namespace ps::cli
