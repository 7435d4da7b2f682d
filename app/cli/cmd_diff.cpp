// SPDX-License-Identifier: MIT
// `picklescope-cli diff A B [--json] [--rtol R] [--atol A] [--max N]`: what changed between two
// files, by meaning (paths as `get` takes them), with a model-aware summary. Exit status like
// diff(1): 0 equal, 1 different, 2 error.
#include "cli/cli.h"
#include "cli/commands.h"

#include "diff/diff.h"

#include <cmath>
#include <cstdlib>

namespace ps::cli {
namespace {

constexpr const char kDiffUsage[]
    = "Usage: picklescope-cli diff A B [--json] [--rtol R] [--atol A] [--max N]\n";

/// A finite non-negative number option (`--rtol 1e-6`); false with `error` otherwise.
bool parseTolerance(const std::string &text, const std::string &option, double &value,
                    std::string &error)
{
    char *end = nullptr;
    const double v = text.empty() ? -1 : std::strtod(text.c_str(), &end);
    if (text.empty() || !end || *end != '\0' || !std::isfinite(v) || v < 0) {
        error = option + " needs a non-negative number, not '" + text + "'";
        return false;
    }
    value = v;
    return true;
}

} // namespace

int runDiff(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    ParsedArgs parsed;
    std::string problem;
    diff::DiffOptions options;
    bool ok = parseArgs(args, {"--json"}, {"--rtol", "--atol", "--max"}, parsed, problem);
    if (ok && parsed.positional.size() != 2) {
        problem = "expected two files, A and B";
        ok = false;
    }
    if (ok && parsed.values.count("--rtol"))
        ok = parseTolerance(parsed.values["--rtol"], "--rtol", options.rtol, problem);
    if (ok && parsed.values.count("--atol"))
        ok = parseTolerance(parsed.values["--atol"], "--atol", options.atol, problem);
    if (ok && parsed.values.count("--max")) {
        uint64_t max = 0;
        ok = parseCount(parsed.values["--max"], "--max", max, problem);
        if (ok && max > 1000000) {
            problem = "--max is at most 1000000";
            ok = false;
        }
        options.maxPositions = static_cast<uint32_t>(max);
    }
    if (!ok) {
        err << "picklescope-cli diff: " << problem << '\n' << kDiffUsage;
        return ExitError;
    }
    const auto a = openForCommand(parsed.positional[0], Need::Complete, err);
    if (!a)
        return ExitError;
    const auto b = openForCommand(parsed.positional[1], Need::Complete, err);
    if (!b)
        return ExitError;
    const auto result = diff::compare(*a, *b, options);
    if (!result.ok()) {
        err << result.error().toString() << '\n';
        return ExitError;
    }
    for (const Document *doc : {a.get(), b.get()})
        if (Status unchanged = doc->verifyMappedBytes(); !unchanged.ok()) {
            err << unchanged.error().toString() << '\n';
            return ExitError;
        }
    out << (parsed.has("--json") ? diff::jsonReport(*result) : diff::textReport(*result));
    return result->equal ? ExitOk : ExitDifferent;
}

} // namespace ps::cli
