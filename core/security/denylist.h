// SPDX-License-Identifier: MIT
#pragma once

#include "security/classification.h"

#include <optional>
#include <string_view>

namespace ps::security {

/// A deny-list entry that matched: why the name is dangerous, and the entry itself.
struct DenyMatch
{
    Category category = Category::CodeExecution;
    std::string_view reason; ///< what loading would do, e.g. "runs a shell command"
    std::string_view rule;   ///< the entry: "os" (the whole module) or "builtins.eval"
};

/// Looks a canonical dotted path up in the deny-list (SECURITY.md (b)): an exact entry
/// ("builtins.eval", "pkgutil.resolve_name"), or a denied module that is a leading part of the
/// path ("os" denies "os.system" and "os.path.join"; "asyncio" denies
/// "asyncio.unix_events._UnixSubprocessTransport._start"). Exact entries are checked first.
std::optional<DenyMatch> findDenied(std::string_view canonicalPath);

/// For one component of an attribute walk (a dotted name, getattr's attribute, a module path):
/// the deny entry when the component names a module that must never be reached that way
/// ("os", "subprocess", "builtins", "sys", "pickle", ...), or a reflective dunder attribute
/// ("__globals__", "__builtins__", "__subclasses__", ...) when `dunders` is true.
std::optional<DenyMatch> findDeniedComponent(std::string_view component, bool dunders);

} // namespace ps::security
