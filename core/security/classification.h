// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace ps::security {

/// How worrying a finding is. There is deliberately no "safe file" level: Safe means only
/// "on the allow-list", and a file whose findings are all Safe is "allow-listed only".
enum class Severity : uint8_t {
    Safe,      ///< on the allow-list: builds data the way the named library does
    Unknown,   ///< not on any list: loading imports and runs it (a warning, never "safe")
    Dangerous, ///< known to run code, touch files, processes or the network, or undecidable
};

/// Why a global or construct is classified as it is (SECURITY.md (b)).
enum class Category : uint8_t {
    KnownSafe,             ///< on the allow-list
    UnknownGlobal,         ///< not on any list
    CodeExecution,         ///< eval, exec, code objects, runpy, debuggers, profilers
    OsCommand,             ///< os, subprocess, pty, hidden subprocess helpers, installers
    Reflection,            ///< getattr, resolvers, operator getters, dotted names, EXT, computed
    NestedDeserialization, ///< pickle.loads, joblib.load, torch.load, numpy.load, ...
    FileSystem,            ///< open, shutil, tempfile, archives, databases
    Network,               ///< sockets, HTTP, mail, web browsers
    Ffi,                   ///< ctypes: raw memory and native calls
    ProcessState,          ///< sys, signal, threads, atexit, gc
    ScannerTampering,      ///< imports of pickle scanners (to disable or fool them)
    Mutation,     ///< BUILD / APPEND / SETITEM on a global or an existing object; state tricks
    PersistentId, ///< persistent ids: the loader's persistent_load decides
    Container,    ///< ZIP anomalies, entries that cannot be scanned
    Malformed,    ///< the file stops with an error: the rest was not scanned
};

/// "safe", "unknown", "dangerous".
std::string_view severityName(Severity severity);
/// A stable identifier for JSON: "code-execution", "os-command", "reflection", ...
std::string_view categoryId(Category category);
/// A short human title: "Code execution", "OS commands / processes", ...
std::string_view categoryTitle(Category category);

/// The verdict of the lists on one name.
struct Classification
{
    Severity severity = Severity::Unknown;
    Category category = Category::UnknownGlobal;
    std::string reason; ///< one sentence: what loading it would do, or why it is allowed
};

/// The module name the lists are written for: "__builtin__" and "__builtins__" → "builtins",
/// "copy_reg" → "copyreg", "numpy._core…" → "numpy.core…",
/// "numpy.core._multiarray_umath" → "numpy.core.multiarray". Other names are unchanged.
std::string canonicalModule(std::string_view module);

/// The canonical (module, qualname) a global is matched by: pickle's fix_imports mapping of
/// Python 2 names (`_compat_pickle`: `__builtin__`, `anydbm`, `SimpleHTTPServer`, …) first,
/// then canonicalModule().
std::pair<std::string, std::string> canonicalName(std::string_view module,
                                                  std::string_view qualname);

/// How the file uses a name.
enum class Use : uint8_t {
    Reference, ///< used as a value
    Call,      ///< called: REDUCE, INST, OBJ (or called by a launderer)
    New,       ///< instantiated without __init__: NEWOBJ, cls.__new__(cls)
};

/// Classifies a global by the lists alone, on its canonical name (canonicalName()):
///  1. an exact deny-list entry (`numpy.load`, `builtins.eval`) → Dangerous;
///  2. an exact allow-list entry (allowlist.h; generated from the installed libraries, only
///     names defined where they are named) → Safe — when called, only if reviewed as safe to
///     call (else Unknown); instantiated, only for classes;
///  3. a re-export or module alias in an allowed module (`sklearn.utils.discovery.
///     import_module`) → what it really is when that is Dangerous, else Unknown;
///  4. a denied module that is a leading part of the path, a dangerous module as a component
///     of the module path or of a dotted name, a dunder component inside a dotted name
///     → Dangerous (an attribute of a class allowed by exact name, `http.HTTPStatus.X`, is not
///     denied by its module);
///  5. anything else → Unknown.
/// Dotted names that pass these rules still need the context of their use (see analysis.h).
Classification classifyName(std::string_view module, std::string_view qualname,
                            Use use = Use::Reference);

/// True for the builtins module under any of its names.
bool isBuiltinsModule(std::string_view module);

} // namespace ps::security
