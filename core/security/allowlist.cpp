// SPDX-License-Identifier: MIT
// The exact allow-list: generated data (allowlist_data.inc) looked up by exact name. Anything
// absent is "unknown" at least (SECURITY.md §0.1).
#include "security/allowlist.h"

#include <string>
#include <unordered_map>

namespace ps::security {
namespace {

struct AllowEntry
{
    std::string_view module;
    std::string_view qualname;
    AllowKind kind;
    uint8_t family;
    bool callSafe;
};

struct NamedReason
{
    std::string_view name;
    std::string_view reason;
};

struct LaundererEntry
{
    std::string_view name;
    std::string_view args; ///< pairs of <index digit><'c' call | 'n' new>
    std::string_view reason;
};

struct AliasEntry
{
    std::string_view name;
    std::string_view target;
};

struct CompatName
{
    std::string_view module, name, newModule, newName;
};

struct CompatModule
{
    std::string_view module, newModule;
};

#include "security/allowlist_data.inc"

std::string joined(std::string_view a, std::string_view b)
{
    std::string out;
    out.reserve(a.size() + b.size() + 1);
    out += a;
    out += '.';
    out += b;
    return out;
}

struct Tables
{
    std::unordered_map<std::string, const AllowEntry *> allowed;
    std::unordered_map<std::string_view, std::string_view> functionReasons;
    std::unordered_map<std::string_view, const LaundererEntry *> launderers;
    std::unordered_map<std::string_view, std::string_view> aliases;
    std::unordered_map<std::string, const CompatName *> compatNames;
    std::unordered_map<std::string_view, std::string_view> compatModules;

    Tables()
    {
        allowed.reserve(std::size(kAllowEntries));
        for (const AllowEntry &e : kAllowEntries)
            allowed.emplace(joined(e.module, e.qualname), &e);
        for (const NamedReason &r : kSafeFunctionReasons)
            functionReasons.emplace(r.name, r.reason);
        for (const LaundererEntry &l : kLaunderers)
            launderers.emplace(l.name, &l);
        aliases.reserve(std::size(kAliases));
        for (const AliasEntry &a : kAliases)
            aliases.emplace(a.name, a.target);
        for (const CompatName &c : kCompatNames)
            compatNames.emplace(joined(c.module, c.name), &c);
        for (const CompatModule &c : kCompatModules)
            compatModules.emplace(c.module, c.newModule);
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

} // namespace

std::optional<AllowInfo> findAllowed(std::string_view module, std::string_view qualname)
{
    const Tables &t = tables();
    const std::string full = joined(module, qualname);
    const auto it = t.allowed.find(full);
    if (it == t.allowed.end())
        return std::nullopt;
    const AllowEntry &e = *it->second;
    AllowInfo info;
    info.kind = e.kind;
    info.callSafe = e.callSafe;
    info.reason = e.family < std::size(kFamilyReasons) ? kFamilyReasons[e.family]
                                                       : std::string_view("allow-listed");
    if (e.kind == AllowKind::Function) {
        if (auto r = t.functionReasons.find(full); r != t.functionReasons.end())
            info.reason = r->second;
    }
    return info;
}

std::optional<LaundererInfo> findLaunderer(std::string_view canonicalFull)
{
    const Tables &t = tables();
    LaundererInfo info;
    if (const auto it = t.launderers.find(canonicalFull); it != t.launderers.end()) {
        const std::string_view spec = it->second->args;
        for (size_t i = 0; i + 1 < spec.size(); i += 2)
            info.args.push_back({spec[i] - '0', spec[i + 1] == 'n'});
        info.reason = it->second->reason;
        return info;
    }
    // Cython's __pyx_unpickle_<Class>(type, checksum, state): Class.__new__(type).
    const size_t dot = canonicalFull.rfind('.');
    if (dot != std::string_view::npos
        && canonicalFull.substr(dot + 1).starts_with("__pyx_unpickle_")) {
        info.args.push_back({0, true});
        info.reason = "Cython's unpickle helper instantiates the type it is given";
        return info;
    }
    return std::nullopt;
}

std::optional<std::string> resolveAlias(std::string_view full)
{
    const Tables &t = tables();
    // Longest leading part first: "a.b.np.load" tries "a.b.np.load", "a.b.np", ...
    size_t end = full.size();
    for (;;) {
        const std::string_view prefix = full.substr(0, end);
        if (const auto it = t.aliases.find(prefix); it != t.aliases.end())
            return std::string(it->second) + std::string(full.substr(end));
        const size_t dot = prefix.rfind('.');
        if (dot == std::string_view::npos || dot == 0)
            return std::nullopt;
        end = dot;
    }
}

std::pair<std::string, std::string> fixImports(std::string_view module, std::string_view name)
{
    const Tables &t = tables();
    if (const auto it = t.compatNames.find(joined(module, name)); it != t.compatNames.end())
        return {std::string(it->second->newModule), std::string(it->second->newName)};
    if (const auto it = t.compatModules.find(module); it != t.compatModules.end())
        return {std::string(it->second), std::string(name)};
    return {std::string(module), std::string(name)};
}

} // namespace ps::security
