// SPDX-License-Identifier: MIT
// `picklescope-cli info FILE [--json]`: what the file is, at a glance.
#include "cli/cli.h"
#include "cli/commands.h"

#include "present/json_emitter.h"
#include "present/python_type.h"

#include <algorithm>
#include <iomanip>
#include <sstream>

namespace ps::cli {
namespace {

void writeJsonInfo(std::ostream &out, const Document &doc)
{
    JsonEmitter json(true, 2, &out);
    json.beginObject();
    json.field("file", doc.path());
    json.field("format", formatName(doc.format()));
    json.field("protocol", doc.protocol());
    json.field("compression", doc.compression());
    json.field("file_size", doc.fileSize());
    json.field("roots", static_cast<uint64_t>(doc.roots().size()));
    json.key("root_types");
    json.beginArray();
    for (const NodeId root : doc.roots())
        json.string(pythonType(doc, root));
    json.end();
    json.key("streams");
    json.beginArray();
    for (const PickleStream &s : doc.streams()) {
        json.beginObject();
        json.field("name", s.name);
        json.field("protocol", s.protocol);
        json.field("begin", s.begin);
        json.field("end", s.end);
        json.field("opcodes", s.opcodes);
        json.end();
    }
    json.end();
    json.field("objects", static_cast<uint64_t>(doc.graph().size()));
    json.key("globals");
    json.beginArray();
    for (const GlobalRef &g : doc.globals())
        json.string(g.full());
    json.end();
    json.key("warnings");
    json.beginArray();
    for (const std::string &w : doc.warnings())
        json.string(w);
    json.end();
    json.key("error");
    if (doc.error())
        json.string(errorText(doc));
    else
        json.null();
    json.end();
    json.flush();
    out << '\n';
}

void line(std::ostream &out, const char *key, const std::string &value)
{
    out << std::left << std::setw(13) << (std::string(key) + ":") << value << '\n';
}

void writeTextInfo(std::ostream &out, const Document &doc)
{
    line(out, "File", doc.path());
    line(out, "Format", std::string(formatName(doc.format())));
    const bool arraysOnly = (doc.format() == Format::Npy || doc.format() == Format::Npz)
                            && std::all_of(doc.streams().begin(), doc.streams().end(),
                                           [](const PickleStream &s) { return s.opcodes == 0; });
    line(out, "Protocol",
         arraysOnly ? std::string("none (arrays only, no pickle)")
                    : std::to_string(doc.protocol()));
    line(out, "Compression", std::string(doc.compression()));
    line(out, "File size", std::to_string(doc.fileSize()) + " bytes");
    line(out, "Roots", std::to_string(doc.roots().size()));
    std::string types;
    for (const NodeId root : doc.roots())
        types += (types.empty() ? "" : ", ") + pythonType(doc, root);
    line(out, "Root types", types.empty() ? "-" : types);
    line(out, "Objects", std::to_string(doc.graph().size()));
    line(out, "Streams", std::to_string(doc.streams().size()));
    for (const PickleStream &s : doc.streams()) {
        if (s.opcodes == 0 && !s.error) { // a numeric .npy array: raw data, no pickle
            out << "  " << s.name << ": array data, bytes " << s.begin << "–" << s.end << '\n';
            continue;
        }
        out << "  " << s.name << ": protocol " << s.protocol << ", bytes " << s.begin << "–"
            << s.end << ", " << s.opcodes << " opcodes" << (s.error ? ", stopped early" : "")
            << '\n';
    }
    line(out, "Globals", std::to_string(doc.globals().size()));
    for (const GlobalRef &g : doc.globals())
        out << "  " << g.full() << '\n';
    line(out, "Warnings", doc.warnings().empty() ? "none" : std::to_string(doc.warnings().size()));
    for (const std::string &w : doc.warnings())
        out << "  " << w << '\n';
    line(out, "Error", doc.error() ? errorText(doc) : "none");
}

} // namespace

int runInfo(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    ParsedArgs parsed;
    std::string problem;
    if (!parseArgs(args, {"--json"}, {}, parsed, problem) || parsed.positional.size() != 1) {
        err << "picklescope-cli info: " << (problem.empty() ? "expected exactly one FILE" : problem)
            << "\nUsage: picklescope-cli info FILE [--json]\n";
        return ExitError;
    }
    const auto doc = openForCommand(parsed.positional[0], Need::Partial, err);
    if (!doc)
        return ExitError;
    if (parsed.has("--json"))
        writeJsonInfo(out, *doc);
    else
        writeTextInfo(out, *doc);
    return finishWith(*doc, out, err);
}

} // namespace ps::cli
