// SPDX-License-Identifier: MIT
// `picklescope-cli dis FILE [--json]`: the opcode listing, like pickletools.dis.
#include "cli/cli.h"
#include "cli/commands.h"

#include "present/disassembly.h"

namespace ps::cli {

int runDis(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    ParsedArgs parsed;
    std::string problem;
    if (!parseArgs(args, {"--json"}, {}, parsed, problem) || parsed.positional.size() != 1) {
        err << "picklescope-cli dis: " << (problem.empty() ? "expected exactly one FILE" : problem)
            << "\nUsage: picklescope-cli dis FILE [--json]\n";
        return ExitError;
    }
    // The listing streams from the file's bytes; only joblib's raw array data needs the
    // unpickler's records of where it lies.
    auto doc = openForCommand(parsed.positional[0], Need::Partial, err, Listing::NotNeeded);
    if (doc && !listableFromBytes(*doc)) {
        doc.reset();
        doc = openForCommand(parsed.positional[0], Need::Partial, err);
    }
    if (!doc)
        return ExitError;
    if (parsed.has("--json"))
        writeDisassemblyJson(out, *doc);
    else
        writeDisassembly(out, *doc);
    return finishWith(*doc, out, err);
}

} // namespace ps::cli
