// SPDX-License-Identifier: MIT
// `picklescope-cli export FILE PATH -o OUT.csv|.json|.npy [--root N]`.
#include "cli/cli.h"
#include "cli/commands.h"

#include "export/export.h"
#include "pickler/atomic_file.h"
#include "resolve/resolve.h"

namespace ps::cli {

int runExport(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    static const char *usage = "Usage: picklescope-cli export FILE PATH -o OUT.csv|.json|.npy "
                               "[--root N]\n";
    ParsedArgs parsed;
    std::string problem;
    uint64_t root = 1;
    if (!parseArgs(args, {}, {"-o", "--output", "--root"}, parsed, problem)
        || parsed.positional.size() != 2
        || (parsed.values.count("--root")
            && !parseCount(parsed.values["--root"], "--root", root, problem))
        || root == 0) {
        err << "picklescope-cli export: " << (problem.empty() ? "expected FILE and PATH" : problem)
            << '\n'
            << usage;
        return ExitError;
    }
    const std::string output
        = parsed.values.count("-o") ? parsed.values["-o"] : parsed.values["--output"];
    const auto format = exportFormatFor(output);
    if (output.empty() || !format) {
        err << "picklescope-cli export: -o OUT must end in .csv, .json or .npy\n" << usage;
        return ExitError;
    }
    const std::string &file = parsed.positional[0];
    const auto doc = openForCommand(file, Need::Partial, err);
    if (!doc)
        return ExitError;
    auto value = resolvePath(*doc, parsed.positional[1], static_cast<uint32_t>(root - 1));
    if (!value.ok()) {
        err << file << ": path " << parsed.positional[1] << ": " << value.error().message << '\n';
        return ExitError;
    }
    const Result<uint64_t> written = writeFileAtomic(
        output, [&](std::ostream &stream) { return exportValue(stream, *doc, *value, *format); });
    if (!written.ok()) {
        const Error &e = written.error();
        err << (e.file.empty() ? file : e.file) << ": " << e.message << '\n';
        return ExitError;
    }
    out << output << ": " << *written << " bytes written\n";
    return ExitOk;
}

} // namespace ps::cli
