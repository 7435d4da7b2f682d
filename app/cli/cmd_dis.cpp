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
        err << "picklescope-cli dis: "
            << (problem.empty() ? "expected exactly one FILE" : problem)
            << "\nUsage: picklescope-cli dis FILE [--json]\n";
        return ExitError;
    }
    const auto doc = openDocument(parsed.positional[0]);
    if (unreadable(*doc)) {
        err << errorText(*doc) << '\n';
        return ExitError;
    }
    if (parsed.has("--json"))
        writeDisassemblyJson(out, *doc);
    else
        writeDisassembly(out, *doc);
    if (doc->error()) {
        out.flush();
        err << errorText(*doc) << '\n';
        return ExitError;
    }
    return ExitOk;
}

} // namespace ps::cli
