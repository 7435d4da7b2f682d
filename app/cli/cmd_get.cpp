// SPDX-License-Identifier: MIT
// `picklescope-cli get FILE PATH [--json] [--root N]`: one value.
#include "cli/cli.h"
#include "cli/commands.h"

#include "path/path.h"
#include "present/children.h"
#include "present/json_writer.h"
#include "present/python_type.h"
#include "present/summary.h"
#include "resolve/resolve.h"

namespace ps::cli {
namespace {

constexpr size_t kValueWidth = 4000; ///< a str / bytes value is shown up to this many chars
constexpr size_t kChildWidth = 80;
constexpr size_t kMaxChildren = 50;
constexpr size_t kArrayThreshold = 1000;

void writeText(std::ostream &out, const Document &doc, const Resolved &r, const std::string &path)
{
    const std::string type = pythonType(doc, r);
    out << (path.empty() ? std::string("<root>") : path) << ": " << type << " = "
        << summary(doc, r, kValueWidth) << '\n';
    if (r.array && !r.isElement) {
        if (r.array->ndim() > 0)
            out << renderArray(doc, *r.array, kArrayThreshold) << '\n';
        return;
    }
    if (r.array)
        return;
    const size_t count = childCount(doc, r.node);
    if (count == 0)
        return;
    for (const Child &c : children(doc, r.node, 0, kMaxChildren)) {
        const std::string childType = shortType(doc, c.node);
        const std::string text = summary(doc, c.node, kChildWidth);
        out << "  " << c.label << ": " << childType;
        if (text != childType)
            out << " = " << text;
        out << '\n';
    }
    if (count > kMaxChildren)
        out << "  … " << (count - kMaxChildren) << " more\n";
}

} // namespace

int runGet(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    ParsedArgs parsed;
    std::string problem;
    uint64_t root = 1;
    if (!parseArgs(args, {"--json"}, {"--root"}, parsed, problem) || parsed.positional.size() != 2
        || (parsed.values.count("--root")
            && !parseCount(parsed.values["--root"], "--root", root, problem))) {
        err << "picklescope-cli get: " << (problem.empty() ? "expected a FILE and a PATH" : problem)
            << "\nUsage: picklescope-cli get FILE PATH [--json] [--root N]\n";
        return ExitError;
    }
    if (root == 0) {
        err << "picklescope-cli get: --root counts from 1 (the first top-level object, shown as "
               "<root> by `tree`)\n";
        return ExitError;
    }
    const std::string &file = parsed.positional[0];
    const std::string &pathText = parsed.positional[1];
    const auto doc = openForCommand(file, Need::Partial, err);
    if (!doc)
        return ExitError;
    auto steps = parsePath(pathText);
    if (!steps) {
        err << file << ": path " << pathText << ": " << steps.error().message << '\n';
        return ExitError;
    }
    const std::string canonical = formatPath(*steps);
    const auto &roots = doc->roots();
    if (root > roots.size()) {
        err << file << ": ";
        if (roots.empty())
            err << "no top-level object was read";
        else
            err << "--root " << root << ": the file has " << roots.size() << " top-level "
                << (roots.size() == 1 ? "object" : "objects");
        err << '\n';
        if (doc->error())
            err << errorText(*doc) << '\n';
        return ExitError;
    }
    auto resolved = resolveSteps(*doc, *steps, roots[root - 1]);
    if (!resolved) {
        err << file << ": path " << (canonical.empty() ? "\"\"" : canonical) << ": "
            << resolved.error().message << '\n';
        if (doc->error())
            err << errorText(*doc) << '\n';
        return ExitError;
    }
    if (parsed.has("--json")) {
        JsonOptions options;
        options.basePath = canonical;
        const Status status = writeJson(out, *doc, *resolved, options);
        out << '\n';
        if (!status.ok()) {
            out.flush();
            err << file << ": path " << canonical << ": " << status.error().message << '\n';
            return ExitError;
        }
    } else {
        writeText(out, *doc, *resolved, canonical);
    }
    return finishWith(*doc, out, err);
}

} // namespace ps::cli
