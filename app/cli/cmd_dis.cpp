// SPDX-License-Identifier: MIT
// `picklescope-cli dis FILE [--json]`: the opcode listing, like pickletools.dis.
#include "cli/cli.h"
#include "cli/commands.h"

#include "present/disassembly.h"
#include "reader/reader.h"

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
    // The listing streams from the file's bytes, and the pickles are located by an opcode scan
    // that builds no objects (OpenOptions::streamsOnly): the file is read in full only where
    // the unpickler alone knows what it holds (e.g. where joblib's raw array data lies, which
    // its PickleStream::regions then say).
    OpenOptions options;
    options.streamsOnly = true;
    auto doc = ps::openDocument(parsed.positional[0], options);
    if (unreadable(*doc)) {
        err << errorText(*doc) << '\n';
        return ExitError;
    }
    if (parsed.has("--json"))
        writeDisassemblyJson(out, *doc);
    else
        writeDisassembly(out, *doc);
    return finishWith(*doc, out, err);
}

} // namespace ps::cli
