// SPDX-License-Identifier: MIT
#pragma once

#include "document/document.h"

#include <map>
#include <memory>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ps::cli {

/// The arguments of one command after option parsing.
struct ParsedArgs
{
    std::vector<std::string> positional;
    std::set<std::string> flags;               ///< boolean options that were given ("--json")
    std::map<std::string, std::string> values; ///< options with a value ("--depth" → "3")

    bool has(std::string_view flag) const { return flags.count(std::string(flag)) != 0; }
};

/// Splits `args` into positional arguments, boolean flags and valued options
/// (`--depth 3` or `--depth=3`); `--` ends the options. Returns false with `error` set for an
/// unknown option or a missing value.
bool parseArgs(const std::vector<std::string> &args, const std::set<std::string> &boolFlags,
               const std::set<std::string> &valueFlags, ParsedArgs &out, std::string &error);

/// A non-negative integer option value; false (with `error`) when it is not one.
bool parseCount(const std::string &text, const std::string &option, uint64_t &value,
                std::string &error);

/// Opens a document; never null. Failures to read are in Document::error().
std::unique_ptr<Document> openDocument(const std::string &path);

/// True when the file could not be read at all (missing, unreadable, not a pickle): then
/// commands print only the error.
bool unreadable(const Document &document);

/// How much of a file a command needs.
enum class Need { Partial, Complete };
/// Opens FILE for a command. Returns nullptr after printing the error on `err` when the file
/// could not be read at all, or (Need::Complete, for commands that write) when reading
/// stopped early.
std::unique_ptr<Document> openForCommand(const std::string &path, Need need, std::ostream &err);
/// The exit code after a command printed what it read: 0, or 2 with the document's error on
/// `err` when reading stopped part way or the file was rewritten or truncated on disk while
/// the command read it (Document::verifyMappedBytes).
int finishWith(const Document &document, std::ostream &out, std::ostream &err);

/// The document's error as the CLI prints it ("file: offset N: OPCODE: message").
std::string errorText(const Document &document);

/// `picklescope-cli info FILE [--json]`.
int runInfo(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
/// `picklescope-cli tree FILE [--depth N] [--json]`.
int runTree(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
/// `picklescope-cli dis FILE [--json]`.
int runDis(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
/// `picklescope-cli get FILE PATH [--json] [--root N]`.
int runGet(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int runSet(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int runExport(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int runConvert(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
/// `picklescope-cli scan FILE... [--json] [--strict] [--all]`.
int runScan(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
/// `picklescope-cli insight FILE [--json]`.
int runInsight(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
/// `picklescope-cli insight FILE --tree PATH [--predict x0,...] [--max-depth N] [--decimals N]
/// [--json]` (runInsight with --tree).
int runInsightTree(const std::string &file, const ParsedArgs &parsed, std::ostream &out,
                   std::ostream &err);
/// `picklescope-cli diff A B [--json] [--rtol R] [--atol A] [--max N]`.
int runDiff(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace ps::cli
