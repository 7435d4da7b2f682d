// SPDX-License-Identifier: MIT
// `picklescope-cli insight FILE --tree PATH [--predict x0,x1,...] [--max-depth N]
// [--decimals N] [--json]`: one decision tree of a file as sklearn.tree.export_text prints it,
// every node's numbers, and the decision path of an input.
#include "cli/cli.h"
#include "cli/commands.h"

#include "document/document.h"
#include "insight/tree.h"
#include "path/literal.h"
#include "present/json_emitter.h"
#include "resolve/resolve.h"
#include "util/pyrepr.h"

namespace ps::cli {
namespace {

std::string featureLabel(const insight::DecisionTree &t, const std::vector<std::string> &names,
                         uint64_t node)
{
    const auto f = static_cast<uint64_t>(t.feature[node]);
    return f < names.size() ? names[f] : "feature_" + std::to_string(f);
}

/// What a leaf predicts: the class with the largest value (classifiers with one output), else
/// the value rows.
std::string prediction(const insight::DecisionTree &t, const insight::TreeEstimator &e,
                       uint64_t leaf)
{
    const auto rows = t.valueOf(leaf);
    if (e.classifier && t.nOutputs == 1) {
        const size_t best = insight::majorityClass(t, leaf);
        return "class " + (best < e.classNames.size() ? e.classNames[best] : std::to_string(best));
    }
    std::string out = "value [";
    for (size_t i = 0; i < rows.size(); ++i)
        out += (i ? ", " : "") + reprFloat(rows[i]);
    return out + "]";
}

void writeJson(std::ostream &out, const Document &doc, const std::string &path,
               const insight::DecisionTree &t, const insight::TreeEstimator &e,
               const std::vector<std::string> &names, const std::string &text,
               const std::optional<std::vector<uint64_t>> &visited,
               const std::vector<double> &input)
{
    JsonEmitter json(true, 2, &out);
    json.beginObject();
    json.field("file", doc.path());
    json.field("path", path);
    json.field("class", e.className);
    json.field("node_count", t.nodeCount);
    uint32_t maxDepth = 0;
    for (const uint32_t d : t.depth)
        maxDepth = std::max(maxDepth, d);
    json.field("max_depth", static_cast<uint64_t>(maxDepth));
    json.field("n_features", t.nFeatures);
    json.field("n_outputs", t.nOutputs);
    json.key("classes");
    json.beginArray();
    for (const std::string &c : e.classNames)
        json.string(c);
    json.end();
    json.key("feature_names");
    json.beginArray();
    for (const std::string &n : names)
        json.string(n);
    json.end();
    json.key("nodes");
    json.beginArray();
    for (uint64_t i = 0; i < t.nodeCount; ++i) {
        json.beginObject();
        json.field("id", i);
        json.field("depth", static_cast<uint64_t>(t.depth[i]));
        if (t.isLeaf(i)) {
            json.field("leaf", true);
        } else {
            json.field("feature", t.feature[i]);
            json.field("feature_name", featureLabel(t, names, i));
            json.key("threshold");
            json.floating(t.threshold[i]);
            json.field("left", t.left[i]);
            json.field("right", t.right[i]);
        }
        json.key("impurity");
        json.floating(t.impurity[i]);
        json.field("samples", t.samples[i]);
        json.key("weighted_samples");
        json.floating(t.weightedSamples[i]);
        json.key("value");
        json.beginArray();
        const auto rows = t.valueOf(i);
        for (uint64_t o = 0; o < t.nOutputs; ++o) {
            json.beginArray();
            for (uint64_t c = 0; c < t.maxClasses; ++c)
                json.floating(rows[o * t.maxClasses + c]);
            json.end();
        }
        json.end();
        json.end();
    }
    json.end();
    json.field("export_text", text);
    if (visited) {
        json.key("input");
        json.beginArray();
        for (const double v : input)
            json.floating(v);
        json.end();
        json.key("decision_path");
        json.beginArray();
        for (const uint64_t n : *visited)
            json.number(n);
        json.end();
        json.field("prediction", prediction(t, e, visited->back()));
    }
    json.end();
    json.flush();
    out << '\n';
}

void writeText(std::ostream &out, const Document &doc, const std::string &path,
               const insight::DecisionTree &t, const insight::TreeEstimator &e,
               const std::vector<std::string> &names, const std::string &text,
               const std::optional<std::vector<uint64_t>> &visited,
               const std::vector<double> &input)
{
    uint32_t maxDepth = 0;
    uint64_t leaves = 0;
    for (uint64_t i = 0; i < t.nodeCount; ++i) {
        maxDepth = std::max(maxDepth, t.depth[i]);
        leaves += t.isLeaf(i) ? 1 : 0;
    }
    out << doc.path() << ": " << (path.empty() ? "<root>" : path) << ": " << e.className << ", "
        << t.nodeCount << " nodes, " << leaves << " leaves, depth " << maxDepth << ", "
        << t.nFeatures << " features";
    if (!e.classNames.empty()) {
        out << ", classes:";
        for (const std::string &c : e.classNames)
            out << ' ' << c;
    }
    out << "\n\n" << text;
    if (!visited)
        return;
    out << "\ndecision path:\n";
    for (size_t step = 0; step < visited->size(); ++step) {
        const uint64_t n = (*visited)[step];
        out << "  node " << n << ": ";
        if (t.isLeaf(n)) {
            out << "leaf, " << t.samples[n] << " samples → " << prediction(t, e, n) << '\n';
            continue;
        }
        const double x = input[static_cast<size_t>(t.feature[n])];
        const bool left = t.left[n] == static_cast<int64_t>((*visited)[step + 1]);
        out << featureLabel(t, names, n) << " = " << reprFloat(x) << (left ? " <= " : " > ")
            << reprFloat(t.threshold[n]) << " → node " << (left ? t.left[n] : t.right[n]) << '\n';
    }
}

} // namespace

int runInsightTree(const std::string &file, const ParsedArgs &parsed, std::ostream &out,
                   std::ostream &err)
{
    const std::string usage = "\nUsage: picklescope-cli insight FILE --tree PATH [--predict "
                              "x0,x1,...] [--max-depth N] [--decimals N] [--json]\n";
    insight::ExportTextOptions options;
    for (const auto &[flag, target] : {std::pair{"--max-depth", &options.maxDepth},
                                       std::pair{"--decimals", &options.decimals}}) {
        const auto it = parsed.values.find(flag);
        if (it == parsed.values.end())
            continue;
        uint64_t value = 0;
        std::string problem;
        if (!parseCount(it->second, flag, value, problem) || value > 1000) {
            err << "picklescope-cli insight: "
                << (problem.empty() ? std::string(flag) + " must be at most 1000" : problem)
                << usage;
            return ExitError;
        }
        *target = static_cast<int>(value);
    }
    std::vector<double> input;
    const auto predict = parsed.values.find("--predict");
    if (predict != parsed.values.end()) {
        size_t bad = 0;
        std::string badText;
        auto parsed = insight::parseFeatureVector(predict->second, &bad, &badText);
        if (!parsed) {
            err << "picklescope-cli insight: --predict: value " << bad + 1 << " ('" << badText
                << "') is not a number" << usage;
            return ExitError;
        }
        input = std::move(*parsed);
    }
    const auto doc = openForCommand(file, Need::Partial, err);
    if (!doc)
        return ExitError;
    const std::string path = parsed.values.at("--tree");
    const auto resolved = resolvePath(*doc, path);
    if (!resolved.ok()) {
        err << doc->path() << ": " << resolved.error().message << '\n';
        return ExitError;
    }
    const NodeId node = resolved->node;
    auto estimator = insight::treeEstimator(*doc, node);
    if (!estimator) {
        if (const auto trees = insight::ensembleTreeEstimators(*doc, node)) {
            // Gradient boosting keeps a (stages × outputs) grid, the others a list.
            const auto first = resolvePath(*doc, path + ".estimators_[0]");
            const bool list = first.ok() && insight::treeEstimator(*doc, first->node);
            err << doc->path() << ": " << (path.empty() ? "<root>" : path) << " is an ensemble of "
                << trees->size() << " trees: name one, e.g. --tree '" << path << ".estimators_["
                << (list ? "0" : "0, 0") << "]'\n";
            return ExitError;
        }
        err << doc->path() << ": " << (path.empty() ? "<root>" : path)
            << " is not a decision tree estimator (DecisionTree*, ExtraTree*, or one tree of a "
               "forest or boosting model)\n";
        return ExitError;
    }
    std::string why;
    const auto tree = insight::readTree(*doc, estimator->tree, &why);
    if (!tree) {
        err << doc->path() << ": " << path << ".tree_: " << why << '\n';
        return ExitError;
    }
    std::optional<std::vector<uint64_t>> visited;
    if (predict != parsed.values.end()) {
        visited = insight::decisionPath(*tree, input, &why);
        if (!visited) {
            err << "picklescope-cli insight: --predict: " << why << '\n';
            return ExitError;
        }
    }
    const std::string text
        = insight::exportText(*tree, *estimator, estimator->featureNames, options);
    if (parsed.has("--json"))
        writeJson(out, *doc, path, *tree, *estimator, estimator->featureNames, text, visited,
                  input);
    else
        writeText(out, *doc, path, *tree, *estimator, estimator->featureNames, text, visited,
                  input);
    return finishWith(*doc, out, err);
}

} // namespace ps::cli
