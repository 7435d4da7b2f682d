// SPDX-License-Identifier: MIT
// Fuzz target "path": the path grammar (and the Python literals inside its subscripts). A
// parsed path prints to a fixed point — formatPath(parsePath(x)) parses back to the same steps
// and prints the same again — and resolves on real files without failing but by an error value.
#include "targets.h"

#include "fixture.h"
#include "path/path.h"
#include "present/summary.h"
#include "resolve/resolve.h"

#include <string>
#include <string_view>

namespace ps::fuzz {

void path(std::span<const uint8_t> input)
{
    const std::string_view text(reinterpret_cast<const char *>(input.data()), input.size());
    auto steps = parsePath(text);
    if (!steps.ok())
        return;
    const std::string printed = formatPath(*steps);
    auto again = parsePath(printed);
    if (!again.ok())
        fail("a printed path does not parse: " + printed + " (" + again.error().message + ")");
    if (!(*again == *steps))
        fail("a printed path parses to other steps: " + printed);
    if (formatPath(*again) != printed)
        fail("formatPath is not a fixed point: " + printed);
    for (std::string_view fixture : {"sk_pipeline_scaler_svc_p4.pkl", "pydata_p4.pkl"}) {
        const Document &doc = fixtureDocument(fixture);
        auto resolved = resolveSteps(doc, *steps, doc.roots().front());
        if (resolved.ok())
            (void)summary(doc, *resolved);
    }
}

} // namespace ps::fuzz
