// SPDX-License-Identifier: MIT
// `picklescope-cli scan FILE... [--json] [--strict] [--all]`: what loading each file would
// import and call, classified known-safe / unknown / dangerous. Nothing is ever run.
#include "cli/cli.h"
#include "cli/commands.h"

#include "present/json_emitter.h"
#include "security/analysis.h"

namespace ps::cli {
namespace {

using security::Finding;
using security::SecurityReport;
using security::Severity;

std::string rootedPath(const Finding &f)
{
    const std::string root = f.root == 0 ? "<root>" : "<root " + std::to_string(f.root + 1) + ">";
    if (f.root == 0 && !f.path.empty())
        return f.path;
    return root + f.path;
}

std::string location(const Finding &f)
{
    std::string out;
    if (!f.entry.empty())
        out += "zip entry " + f.entry + ", ";
    out += "offset " + std::to_string(f.offset);
    if (!f.streamName.empty() && f.entry.empty())
        out += " (" + f.streamName + ")";
    if (f.fileOffset && *f.fileOffset != f.offset)
        out += ", file offset " + std::to_string(*f.fileOffset);
    if (f.reachable)
        out += (f.pathToHolder ? ", inside the value at path " : ", path ") + rootedPath(f);
    return out;
}

std::string label(Severity s, bool strict)
{
    switch (s) {
    case Severity::Dangerous:
        return "DANGEROUS";
    case Severity::Unknown:
        return strict ? "UNKNOWN (strict: counts as dangerous)" : "UNKNOWN";
    case Severity::Safe:
        return "allow-listed";
    }
    return "UNKNOWN";
}

std::string headline(const SecurityReport &r)
{
    const std::string counts = std::to_string(r.dangerous) + " dangerous, "
                               + std::to_string(r.unknown) + " unknown, " + std::to_string(r.safe)
                               + " allow-listed";
    if (r.flagged())
        return "DANGEROUS (" + counts + ")";
    if (r.unreadable)
        return "ERROR: the file could not be read";
    if (r.error)
        return "INCOMPLETE: nothing dangerous before the error (" + counts + ")";
    if (r.unknown > 0)
        return "WARNING: nothing known to be dangerous, but unknown globals (" + counts + ")";
    if (r.safe == 0)
        return "nothing dangerous: the file imports and calls nothing (" + counts + ")";
    return "nothing dangerous: every global is on the allow-list (" + counts
           + "; this is not a proof of safety)";
}

void writeText(std::ostream &out, const std::string &file, const SecurityReport &r)
{
    out << file << ": " << headline(r) << '\n';
    for (const Finding &f : r.findings) {
        out << "  [" << label(f.severity, r.strict) << "] "
            << (f.global.empty() ? std::string(security::findingKindId(f.kind)) : f.global);
        if (!f.via.empty())
            out << " (via " << f.via << ")";
        out << " — " << security::categoryTitle(f.category) << '\n';
        out << "      " << f.expression << '\n';
        out << "      at " << location(f) << '\n';
        out << "      " << f.explanation << '\n';
    }
    if (r.truncated)
        out << "  (more findings than shown)\n";
    std::vector<std::string> safe;
    for (const auto &g : r.globals)
        if (g.severity == Severity::Safe)
            safe.push_back(g.global + " (" + std::to_string(g.uses) + ")");
    if (!safe.empty()) {
        out << "  allow-listed globals:";
        for (size_t i = 0; i < safe.size(); ++i)
            out << (i ? ", " : " ") << safe[i];
        out << '\n';
    }
    for (const std::string &n : r.notes)
        out << "  note: " << n << '\n';
    if (r.error)
        out << "  error: " << r.error->toString()
            << (r.unreadable ? std::string() : " (everything before it was scanned)") << '\n';
}

void optionalNumber(JsonEmitter &json, const std::optional<uint64_t> &v)
{
    if (v)
        json.number(*v);
    else
        json.null();
}

void writeJsonFile(JsonEmitter &json, const std::string &file, const Document &doc,
                   const SecurityReport &r)
{
    json.beginObject();
    json.field("file", file);
    json.key("format");
    if (r.unreadable)
        json.null();
    else
        json.string(formatName(doc.format()));
    json.field("verdict", r.verdict());
    json.field("exit_code", r.exitCode());
    json.field("dangerous", r.dangerous);
    json.field("unknown", r.unknown);
    json.field("allow_listed", r.safe);
    json.field("truncated", r.truncated);
    json.key("error");
    if (r.error)
        json.string(r.error->toString());
    else
        json.null();
    json.key("findings");
    json.beginArray();
    for (const Finding &f : r.findings) {
        json.beginObject();
        json.field("severity", security::severityName(f.severity));
        json.field("category", security::categoryId(f.category));
        json.field("kind", security::findingKindId(f.kind));
        json.field("global", f.global);
        json.fieldOrNull("via", f.via);
        json.field("expression", f.expression);
        json.field("explanation", f.explanation);
        json.fieldOrNull("entry", f.entry);
        json.field("stream", static_cast<uint64_t>(f.stream));
        json.field("stream_name", f.streamName);
        json.field("offset", f.offset);
        json.field("end_offset", f.endOffset);
        json.key("file_offset");
        optionalNumber(json, f.fileOffset);
        json.field("reachable", f.reachable);
        json.field("root", static_cast<uint64_t>(f.root));
        json.key("path");
        if (f.reachable)
            json.string(f.path);
        else
            json.null();
        json.field("path_to_holder", f.pathToHolder);
        json.end();
    }
    json.end();
    json.key("globals");
    json.beginArray();
    for (const auto &g : r.globals) {
        json.beginObject();
        json.field("global", g.global);
        json.field("severity", security::severityName(g.severity));
        json.field("category", security::categoryId(g.category));
        json.field("reason", g.reason);
        json.field("uses", g.uses);
        json.field("offset", g.offset);
        json.field("stream", static_cast<uint64_t>(g.stream));
        json.end();
    }
    json.end();
    json.key("notes");
    json.beginArray();
    for (const std::string &n : r.notes)
        json.string(n);
    json.end();
    json.end();
}

} // namespace

int runScan(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    ParsedArgs parsed;
    std::string problem;
    if (!parseArgs(args, {"--json", "--strict", "--all"}, {}, parsed, problem)
        || parsed.positional.empty()) {
        err << "picklescope-cli scan: "
            << (problem.empty() ? "expected at least one FILE" : problem)
            << "\nUsage: picklescope-cli scan FILE... [--json] [--strict] [--all]\n";
        return ExitError;
    }
    security::ScanOptions options;
    options.strict = parsed.has("--strict");
    options.listSafe = parsed.has("--all");
    const bool asJson = parsed.has("--json");

    bool anyFlagged = false;
    bool anyError = false;
    JsonEmitter json(true, 2, &out);
    if (asJson) {
        json.beginObject();
        json.field("strict", options.strict);
        json.key("files");
        json.beginArray();
    }
    for (const std::string &file : parsed.positional) {
        const auto doc = openDocument(file);
        SecurityReport report = security::analyse(*doc, options);
        if (Status unchanged = doc->verifyMappedBytes(); !unchanged.ok() && !report.error)
            report.error = unchanged.error(); // the verdict was read from changing bytes
        anyFlagged = anyFlagged || report.flagged();
        anyError = anyError || report.exitCode() == ExitError;
        if (asJson) {
            writeJsonFile(json, file, *doc, report);
        } else {
            writeText(out, file, report);
            if (report.error) {
                out.flush();
                err << report.error->toString() << '\n';
            }
        }
    }
    // A dangerous finding outranks an error: a payload before a broken tail still runs.
    const int code = anyFlagged ? ExitDifferent : anyError ? ExitError : ExitOk;
    if (asJson) {
        json.end();
        json.field("exit_code", code);
        json.end();
        json.flush();
        out << '\n';
    }
    return code;
}

} // namespace ps::cli
