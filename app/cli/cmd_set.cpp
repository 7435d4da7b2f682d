// SPDX-License-Identifier: MIT
// `picklescope-cli set FILE PATH VALUE -o OUT [--in-place] [--root N]`: edit one value.
#include "cli/cli.h"
#include "cli/commands.h"

#include "editing/edit.h"
#include "pickler/atomic_file.h"
#include "pickler/save.h"

namespace ps::cli {

int runSet(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    static const char *usage
        = "Usage: picklescope-cli set FILE PATH VALUE (-o OUT | --in-place) [--root N]\n"
          "VALUE is a Python literal: 0.25, -7, 'text', b'raw', True, None\n";
    ParsedArgs parsed;
    std::string problem;
    uint64_t root = 1;
    if (!parseArgs(args, {"--in-place"}, {"-o", "--output", "--root"}, parsed, problem)
        || parsed.positional.size() != 3
        || (parsed.values.count("--root")
            && !parseCount(parsed.values["--root"], "--root", root, problem))
        || root == 0) {
        err << "picklescope-cli set: "
            << (problem.empty() ? "expected FILE, PATH and VALUE" : problem) << '\n'
            << usage;
        return ExitError;
    }
    const std::string &file = parsed.positional[0];
    std::string output
        = parsed.values.count("-o") ? parsed.values["-o"] : parsed.values["--output"];
    if (output.empty()) {
        if (!parsed.has("--in-place")) {
            err << "picklescope-cli set: refusing to overwrite " << file
                << " without --in-place; give -o OUT to write a new file\n";
            return ExitError;
        }
        output = file;
    }
    auto doc = openForCommand(file, Need::Complete, err);
    if (!doc)
        return ExitError;
    auto edit = makeSetValue(*doc, parsed.positional[1], parsed.positional[2],
                             static_cast<uint32_t>(root - 1));
    if (!edit.ok()) {
        err << file << ": " << edit.error().message << '\n';
        return ExitError;
    }
    if (Status s = (*edit)->apply(*doc); !s.ok()) {
        err << file << ": " << s.error().message << '\n';
        return ExitError;
    }
    auto bytes = savedBytes(*doc);
    if (!bytes.ok()) {
        err << file << ": " << bytes.error().message << '\n';
        return ExitError;
    }
    const Status written = writeFileAtomic(output, *bytes);
    if (!written.ok()) {
        err << written.error().file << ": " << written.error().message << '\n';
        return ExitError;
    }
    out << (*edit)->description() << " → " << output << '\n';
    return ExitOk;
}

} // namespace ps::cli
