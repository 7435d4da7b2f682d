// SPDX-License-Identifier: MIT
// `picklescope-cli convert FILE -o OUT [--protocol N] [--format pickle|joblib]
//  [--compress NAME[:LEVEL]]`: write the objects again, in another protocol or container.
#include "cli/cli.h"
#include "cli/commands.h"

#include "pickler/atomic_file.h"
#include "pickler/pickler.h"

namespace ps::cli {

int runConvert(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    static const char *usage = "Usage: picklescope-cli convert FILE -o OUT [--protocol N] "
                               "[--format pickle|joblib] [--compress NAME[:LEVEL]]\n";
    ParsedArgs parsed;
    std::string problem;
    if (!parseArgs(args, {}, {"-o", "--output", "--protocol", "--format", "--compress"}, parsed,
                   problem)
        || parsed.positional.size() != 1) {
        err << "picklescope-cli convert: " << (problem.empty() ? "expected one FILE" : problem)
            << '\n'
            << usage;
        return ExitError;
    }
    std::string output
        = parsed.values.count("-o") ? parsed.values["-o"] : parsed.values["--output"];
    if (output.empty()) {
        err << "picklescope-cli convert: -o OUT is required\n" << usage;
        return ExitError;
    }
    const std::string &file = parsed.positional[0];
    const auto doc = openForCommand(file, Need::Complete, err);
    if (!doc)
        return ExitError;
    const bool changes = parsed.values.count("--protocol") || parsed.values.count("--format")
                         || parsed.values.count("--compress");
    std::vector<uint8_t> bytes;
    if (!changes) {
        // Nothing asked: the identical bytes (the mapped file itself).
        const auto original = doc->fileBytes();
        bytes.assign(original.begin(), original.end());
    } else {
        ConvertOptions options;
        if (parsed.values.count("--protocol")) {
            uint64_t p = 0;
            if (!parseCount(parsed.values["--protocol"], "--protocol", p, problem) || p > 5) {
                err << "picklescope-cli convert: --protocol must be 0 to 5\n";
                return ExitError;
            }
            options.protocol = static_cast<int>(p);
        }
        std::string format = parsed.values.count("--format")
                                 ? parsed.values["--format"]
                                 : (doc->format() == Format::Joblib ? "joblib" : "pickle");
        if (parsed.values.count("--compress"))
            format = "joblib";
        if (format != "pickle" && format != "joblib") {
            err << "picklescope-cli convert: --format is pickle or joblib, not " << format << '\n';
            return ExitError;
        }
        options.container = format == "joblib" ? ConvertOptions::Container::Joblib
                                               : ConvertOptions::Container::Pickle;
        if (parsed.values.count("--compress")) {
            std::string spec = parsed.values["--compress"];
            const auto colon = spec.find(':');
            if (colon != std::string::npos) {
                uint64_t level = 0;
                if (!parseCount(spec.substr(colon + 1), "--compress level", level, problem)
                    || level > 12) {
                    err << "picklescope-cli convert: bad compression level in " << spec << '\n';
                    return ExitError;
                }
                options.level = static_cast<int>(level);
                spec.resize(colon);
            }
            options.compression = spec;
        }
        auto converted = convertDocument(*doc, options);
        if (!converted.ok()) {
            Error e = converted.error();
            e.file = file;
            err << e.toString() << '\n';
            return ExitError;
        }
        bytes = std::move(*converted);
    }
    const Status written = writeFileAtomic(output, bytes);
    if (!written.ok()) {
        err << written.error().file << ": " << written.error().message << '\n';
        return ExitError;
    }
    out << output << ": " << bytes.size() << " bytes written\n";
    return ExitOk;
}

} // namespace ps::cli
