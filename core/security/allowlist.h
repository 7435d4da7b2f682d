// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ps::security {

/// What an allow-listed name is.
enum class AllowKind : uint8_t {
    Class,    ///< a class defined in that module under that qualified name
    Function, ///< a function defined there
    Value,    ///< a value that pickles itself by that name (ufunc, dtype, enum member)
};

/// An entry of the exact allow-list (allowlist_data.inc, written by
/// tests/fixtures/generate_allowlist.py from the installed libraries).
struct AllowInfo
{
    AllowKind kind = AllowKind::Class;
    /// Reviewed: calling it while loading (REDUCE / INST / OBJ) only builds data. Classes are
    /// always safe to instantiate without __init__ (NEWOBJ).
    bool callSafe = false;
    std::string_view reason; ///< why it is allowed (the family, or the function's review)
};

/// Looks a canonical name up in the exact allow-list: only names whose object is defined where
/// it is named (its __module__ / __qualname__), never module objects or re-exports.
std::optional<AllowInfo> findAllowed(std::string_view module, std::string_view qualname);

/// How a launderer uses one of its arguments.
struct LaundererArg
{
    int index = 0;
    bool instantiates = false; ///< cls.__new__(cls) rather than a call
};

/// An allowed function that calls one of its arguments (copyreg._reconstructor, numpy's RNG
/// constructors taking a ctor, torch's _rebuild_from_type_v2, pandas' pipe …): a call of it is
/// judged by the callable it is given.
struct LaundererInfo
{
    std::vector<LaundererArg> args;
    std::string_view reason;
};

/// The launderer entry of a canonical "module.qualname", or nullopt.
std::optional<LaundererInfo> findLaunderer(std::string_view canonicalFull);

/// What a name in an allowed module really is when it is a re-export or a module attribute
/// that is a module ("sklearn.utils.discovery.import_module" → "importlib.import_module",
/// "sklearn.utils.validation.np" → "numpy"). Longest matching leading part of the dotted
/// path; the rest of the path is appended. nullopt when no part is an alias.
std::optional<std::string> resolveAlias(std::string_view canonicalFull);

/// pickle's fix_imports (Lib/_compat_pickle.py): Python 2 names → Python 3 names, applied
/// the way Unpickler.find_class applies them (a (module, name) pair first, else the module).
std::pair<std::string, std::string> fixImports(std::string_view module, std::string_view name);

} // namespace ps::security
