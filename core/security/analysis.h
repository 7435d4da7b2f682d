// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graph.h"
#include "security/classification.h"
#include "util/error.h"

#include <atomic>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ps {
class Document;
}

namespace ps::security {

/// Options of the security analysis.
struct ScanOptions
{
    /// Findings kept at most (the counts keep counting beyond it).
    static constexpr size_t kDefaultMaxFindings = 100'000;
    /// Nodes the search for tree paths visits at most (paths of findings beyond it are empty).
    static constexpr size_t kDefaultMaxPathVisits = 4'000'000;
    /// Bytes of a ZIP entry copied out to be scanned as a pickle at most.
    static constexpr uint64_t kDefaultMaxEntryBytes = 512ull * 1024 * 1024;

    /// Unknown findings count as dangerous for the verdict and the exit code.
    bool strict = false;
    /// Also list every allow-listed use as a Safe finding (otherwise they are only counted and
    /// summarised in SecurityReport::globals).
    bool listSafe = false;
    /// Scan every ZIP entry that looks like a pickle, not only the one the loader reads.
    bool scanArchiveEntries = true;
    size_t maxFindings = kDefaultMaxFindings;
    size_t maxPathVisits = kDefaultMaxPathVisits;
    uint64_t maxEntryBytes = kDefaultMaxEntryBytes;
    /// When set and true, the analysis stops soon (between nodes, entries and inflated
    /// chunks) and returns a report marked `cancelled`.
    const std::atomic<bool> *cancel = nullptr;
};

/// What a finding is about.
enum class FindingKind : uint8_t {
    Call,         ///< REDUCE / NEWOBJ / NEWOBJ_EX / INST / OBJ: something called while loading
    Reference,    ///< a global imported and used as a value (not, or not only, called)
    Extension,    ///< EXT1/2/4: a global looked up in copyreg's registry at load time
    PersistentId, ///< PERSID / BINPERSID: handed to the loader's persistent_load
    Mutation,     ///< BUILD / APPEND / SETITEM(S) / ADDITEMS on a global or a non-object
    Container,    ///< a ZIP anomaly, or an archive entry that could not be scanned
};

/// "call", "reference", "extension", "persistent-id", "mutation", "container".
std::string_view findingKindId(FindingKind kind);

/// One thing loading the file would do, classified.
struct Finding
{
    Severity severity = Severity::Unknown;
    Category category = Category::UnknownGlobal;
    FindingKind kind = FindingKind::Call;
    /// The global the finding is about, "module.qualname" as in the file (`os.system`,
    /// `__builtin__.eval`). For what getattr / __import__ / pkgutil.resolve_name chains reach:
    /// the reached name, with `via` naming the resolver. Computed STACK_GLOBALs read
    /// "?.name" / "?.?"; EXT codes "<extension N>"; empty for container findings.
    std::string global;
    std::string via;         ///< "builtins.getattr" when the global was reached through it
    std::string expression;  ///< Python-like: `os.system('echo pwned')` (see expression.h)
    std::string explanation; ///< what it would do and why it is classified so
    /// The node in the analysed document (Call / Instance / Global / Ext / PersId / the target
    /// of a mutation). kNoNode for container findings and for findings inside other ZIP
    /// entries (see `entry`).
    NodeId node = kNoNode;
    uint32_t stream = 0;    ///< index into Document::streams() (of the entry's own document)
    std::string streamName; ///< "pickle 1", "archive/data.pkl", ...
    std::string entry;      ///< the ZIP entry scanned separately, "" for the document itself
    uint64_t offset = 0;    ///< first byte of the construct inside the stream's buffer
    uint64_t endOffset = 0; ///< one past its last byte
    std::optional<uint64_t> fileOffset; ///< the same position in the file, when it is there
    /// Where the value sits in the loaded object: a path for `picklescope-cli get` relative to
    /// root `root` (0-based). Empty when the value is not part of the loaded object (a call
    /// whose result is discarded still runs while loading) or the search budget ran out.
    std::string path;
    uint32_t root = 0;
    bool reachable = false; ///< `path` is valid: the value ends up in the loaded object
    /// `path` leads to the object that holds the value rather than to the value itself (items
    /// APPENDed to a recognised object, STACK_GLOBAL operands: no path syntax reaches them).
    bool pathToHolder = false;
};

/// One distinct global the file references, with the worst classification of its uses.
struct GlobalSummary
{
    std::string global; ///< "module.qualname" as in the file
    Severity severity = Severity::Unknown;
    Category category = Category::UnknownGlobal;
    std::string reason;
    uint64_t uses = 0;          ///< GLOBAL / STACK_GLOBAL / INST opcodes naming it
    NodeId firstNode = kNoNode; ///< its first Global node
    uint32_t stream = 0;
    uint64_t offset = 0;
};

/// The outcome of the analysis of one document.
struct SecurityReport
{
    std::vector<Finding> findings;      ///< in file order (entry, stream, offset)
    std::vector<GlobalSummary> globals; ///< every distinct global, in file order
    std::vector<std::string> notes;     ///< reading warnings, ZIP entries scanned or skipped
    /// Reading stopped with this error: everything before it was analysed (CPython runs it
    /// before failing), nothing after it.
    std::optional<Error> error;
    bool unreadable = false; ///< nothing could be read at all
    bool truncated = false;  ///< more findings than ScanOptions::maxFindings
    bool cancelled = false;  ///< ScanOptions::cancel stopped the analysis: the report is partial
    bool strict = false;     ///< the options' strict flag
    uint64_t dangerous = 0;  ///< Dangerous findings (all of them, even beyond the cap)
    uint64_t unknown = 0;    ///< Unknown findings
    uint64_t safe = 0;       ///< allow-listed uses

    /// Something dangerous was found (or, in strict mode, anything not allow-listed).
    bool flagged() const { return dangerous > 0 || (strict && unknown > 0); }
    /// The CLI exit code for this file, the picklescan convention: 1 when flagged — even when
    /// the file is malformed after the payload —, else 2 when the file could not be read to
    /// its end (what follows the error was not scanned), else 0.
    int exitCode() const;
    /// "dangerous", "error", "unknown" (warnings only) or "allow-listed" (every global is on
    /// the allow-list — which is not a proof of safety).
    std::string_view verdict() const;
    /// Indices into `findings` of the findings about a node.
    std::vector<size_t> findingsFor(NodeId node) const;
};

/// Analyses a document without running anything: every global reference, call, EXT code,
/// persistent id and mutation of a global in every pickle of the file — including calls whose
/// result is discarded, pickles after the first, nested joblib pickles, and everything read
/// before an error — plus, for ZIP files, every other entry that looks like a pickle.
///
/// Rules (SECURITY.md (a), (b)):
///  * globals are classified by classifyName(): allow-list → Safe, deny-list → Dangerous,
///    anything else → Unknown;
///  * a STACK_GLOBAL whose operands are computed at load time, an EXT code, a call of a value
///    computed at load time → Dangerous (undecidable without running the file);
///  * dotted names are attribute walks: Dangerous when called (REDUCE / INST / OBJ) or when
///    they walk through anything but classes, else Unknown (a nested class);
///  * getattr(X, 'name') (and pkgutil.resolve_name, numpy's _ufunc_reconstruct,
///    operator.attrgetter, __import__) are resolved statically when their operands are
///    literals: the finding names what is reached. getattr is dangerous only when what it
///    reaches is (or when the result is called and not allow-listed); an attribute of an
///    allow-listed class (an enum member) is Safe. Resolvers other than getattr stay
///    Dangerous whatever they reach;
///  * BUILD / APPEND / SETITEM on a global → Dangerous (it changes a module-level object);
///  * persistent ids other than PyTorch's ('storage', ...) → Unknown.
/// Never throws.
SecurityReport analyse(const Document &document, const ScanOptions &options = {});

} // namespace ps::security
