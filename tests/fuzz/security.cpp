// SPDX-License-Identifier: MIT
// Fuzz target "security": the analysis of any file (it also re-reads joblib payloads as
// pickle.load would, and scans other ZIP entries). Every finding must point into the graph,
// and the path given for a reachable finding must resolve, as `picklescope-cli get` is told to.
#include "targets.h"

#include "document/document.h"
#include "path/path.h"
#include "reader/reader.h"
#include "resolve/resolve.h"
#include "security/analysis.h"

#include <vector>

namespace ps::fuzz {

void security(std::span<const uint8_t> input)
{
    auto doc = openDocumentBytes(std::vector<uint8_t>(input.begin(), input.end()), "fuzz");
    security::ScanOptions options;
    options.listSafe = true;
    const security::SecurityReport report = security::analyse(*doc, options);
    const int code = report.exitCode();
    if (code < 0 || code > 2)
        fail("exit code outside 0-2");
    if (report.verdict().empty())
        fail("empty verdict");
    uint64_t dangerous = 0;
    for (const security::Finding &f : report.findings) {
        if (f.severity == security::Severity::Dangerous)
            ++dangerous;
        if (!f.entry.empty())
            continue;
        if (f.node != kNoNode && f.node >= doc->graph().size())
            fail("a finding's node is outside the graph");
        if (f.reachable && !resolvePath(*doc, f.path, f.root).ok())
            fail("the path of a reachable finding does not resolve: " + f.path);
    }
    if (!report.truncated && dangerous != report.dangerous)
        fail("the dangerous count differs from the findings listed");
}

} // namespace ps::fuzz
