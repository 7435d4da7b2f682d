// SPDX-License-Identifier: MIT
#include "cli/cli.h"

#include "cli/commands.h"
#include "reader/reader.h"

#include <exception>
#include <string>
#include <vector>

namespace ps::cli {
namespace {

constexpr const char kUsage[]
    = "Usage: picklescope-cli COMMAND FILE [OPTIONS]\n"
      "\n"
      "Inspect Python pickle, joblib and PyTorch files without executing them.\n"
      "\n"
      "Commands:\n"
      "  info FILE [--json]                 format, protocol, compression, sizes, root types,\n"
      "                                     streams and every global the file references\n"
      "  tree FILE [--depth N] [--json]     the object tree (default depth 4)\n"
      "  dis FILE [--json]                  opcode listing like pickletools.dis\n"
      "  get FILE PATH [--json] [--root N]  one value; PATH is the Python expression you would\n"
      "                                     type after loading, e.g. .steps[1][1].coef_[0, 3]\n"
      "                                     or ['vocabulary_']['money']; \"\" is the root.\n"
      "                                     --root N picks the N-th top-level object (1 = first,\n"
      "                                     numbered as in `tree`: <root>, <root 2>, ...)\n"
      "  set FILE PATH VALUE -o OUT         edit one value (VALUE: a Python literal such as 0.25,\n"
      "                                     -7, 'text', b'raw', True, None) and write a new file;\n"
      "                                     --in-place instead of -o overwrites FILE\n"
      "  convert FILE -o OUT [--protocol N] [--format pickle|joblib] [--compress NAME[:LEVEL]]\n"
      "                                     write the objects again (protocol 0-5; joblib\n"
      "                                     compressed with zlib, gzip, bz2, xz, lzma or lz4);\n"
      "                                     without options the identical bytes\n"
      "  export FILE PATH -o OUT.csv|.json|.npy\n"
      "                                     an array or table to CSV, any value to JSON, an array\n"
      "                                     to .npy (numpy.load reads it)\n"
      "  scan FILE... [--json] [--strict] [--all]\n"
      "                                     what loading would import and call, classified\n"
      "                                     known-safe / unknown / dangerous; exit 0 nothing\n"
      "                                     dangerous, 1 dangerous found (even in a file that\n"
      "                                     is malformed after it), 2 error; --strict counts\n"
      "                                     unknown globals as dangerous, --all also lists\n"
      "                                     every allow-listed use\n"
      "  insight FILE [--json]              the scikit-learn estimators: path, class, version,\n"
      "                                     hyper-parameters, learned parameters, classes,\n"
      "                                     feature names and feature importances\n"
      "  insight FILE --tree PATH [--predict X] [--max-depth N] [--decimals N] [--json]\n"
      "                                     one decision tree (PATH: a DecisionTree*/ExtraTree*,\n"
      "                                     or .estimators_[i] of a forest, [i, k] of boosting)\n"
      "                                     as sklearn.tree.export_text prints it, every node\n"
      "                                     with --json, and the decision path of the input\n"
      "                                     vector X (comma-separated numbers)\n"
      "  diff A B [--json] [--rtol R] [--atol A] [--max N]\n"
      "                                     what changed between two files, by meaning (paths\n"
      "                                     as `get` takes them), with a model-aware summary;\n"
      "                                     floats equal within |a-b| <= atol + rtol*|b| (default\n"
      "                                     exact), --max positions per array (default 10);\n"
      "                                     exit 0 equal, 1 different, 2 error\n"
      "\n"
      "Options:\n"
      "  --help        show this help\n"
      "  --version     show the version\n"
      "\n"
      "Exit status: 0 on success, 2 on any error (the message names the file, the byte offset\n"
      "and what was expected). A file that fails part way is still shown as far as it was read,\n"
      "with exit status 2.\n";

struct Command
{
    const char *name;
    int (*run)(const std::vector<std::string> &, std::ostream &, std::ostream &);
};

// Further commands (set, convert, diff, scan, insight, export) plug in here.
const Command kCommands[] = {
    {"info", &runInfo},       {"tree", &runTree},       {"dis", &runDis},       {"get", &runGet},
    {"set", &runSet},         {"convert", &runConvert}, {"export", &runExport}, {"scan", &runScan},
    {"insight", &runInsight}, {"diff", &runDiff},
};

} // namespace

int run(int argc, char **argv, std::ostream &out, std::ostream &err)
{
    try {
        std::vector<std::string> args;
        for (int i = 1; i < argc; ++i)
            args.emplace_back(argv[i] ? argv[i] : "");
        if (args.empty()) {
            err << kUsage;
            return ExitError;
        }
        const std::string &command = args.front();
        if (command == "--help" || command == "-h" || command == "help") {
            out << kUsage;
            return ExitOk;
        }
        if (command == "--version" || command == "-V") {
            out << "picklescope-cli " << PICKLESCOPE_VERSION << '\n';
            return ExitOk;
        }
        for (const Command &c : kCommands) {
            if (command == c.name) {
                const std::vector<std::string> rest(args.begin() + 1, args.end());
                for (const auto &a : rest) {
                    if (a == "--help" || a == "-h") {
                        out << kUsage;
                        return ExitOk;
                    }
                    if (a == "--")
                        break;
                }
                const int code = c.run(rest, out, err);
                out.flush();
                return code;
            }
        }
        err << "picklescope-cli: unknown command '" << command << "'\n\n" << kUsage;
        return ExitError;
    } catch (const std::exception &e) {
        err << "picklescope-cli: internal error: " << e.what() << '\n';
        return ExitError;
    } catch (...) {
        err << "picklescope-cli: internal error\n";
        return ExitError;
    }
}

bool parseArgs(const std::vector<std::string> &args, const std::set<std::string> &boolFlags,
               const std::set<std::string> &valueFlags, ParsedArgs &out, std::string &error)
{
    bool optionsDone = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        const bool shortOption
            = a.size() == 2 && a[0] == '-' && (valueFlags.count(a) || boolFlags.count(a));
        if (optionsDone || a.size() < 2 || a[0] != '-' || (a[1] != '-' && !shortOption)) {
            out.positional.push_back(a);
            continue;
        }
        if (a == "--") {
            optionsDone = true;
            continue;
        }
        const size_t eq = a.find('=');
        const std::string name = a.substr(0, eq);
        if (boolFlags.count(name)) {
            if (eq != std::string::npos) {
                error = "option " + name + " takes no value";
                return false;
            }
            out.flags.insert(name);
            continue;
        }
        if (valueFlags.count(name)) {
            if (eq != std::string::npos) {
                out.values[name] = a.substr(eq + 1);
            } else if (i + 1 < args.size()) {
                out.values[name] = args[++i];
            } else {
                error = "option " + name + " needs a value";
                return false;
            }
            continue;
        }
        error = "unknown option " + name;
        return false;
    }
    return true;
}

bool parseCount(const std::string &text, const std::string &option, uint64_t &value,
                std::string &error)
{
    if (text.empty() || text.size() > 18
        || text.find_first_not_of("0123456789") != std::string::npos) {
        error = option + " needs a non-negative whole number, not '" + text + "'";
        return false;
    }
    value = std::stoull(text);
    return true;
}

std::unique_ptr<Document> openDocument(const std::string &path)
{
    return ps::openDocument(path);
}

bool unreadable(const Document &document)
{
    return document.error() && document.streams().empty() && document.roots().empty();
}

std::unique_ptr<Document> openForCommand(const std::string &path, Need need, std::ostream &err)
{
    auto doc = ps::openDocument(path);
    if (unreadable(*doc) || (need == Need::Complete && !doc->ok())) {
        err << errorText(*doc) << '\n';
        return nullptr;
    }
    return doc;
}

int finishWith(const Document &document, std::ostream &out, std::ostream &err)
{
    // What was printed was read from the mapped file: say so when it changed underneath.
    if (Status unchanged = document.verifyMappedBytes(); !unchanged.ok()) {
        out.flush();
        err << unchanged.error().toString() << '\n';
        return ExitError;
    }
    if (!document.error())
        return ExitOk;
    out.flush();
    err << errorText(document) << '\n';
    return ExitError;
}

std::string errorText(const Document &document)
{
    if (!document.error())
        return {};
    Error e = *document.error();
    if (e.file.empty())
        e.file = document.path();
    return e.toString();
}

} // namespace ps::cli
