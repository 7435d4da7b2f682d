// SPDX-License-Identifier: MIT
#include "security/classification.h"

#include "security/allowlist.h"
#include "security/denylist.h"

namespace ps::security {

std::string_view severityName(Severity severity)
{
    switch (severity) {
    case Severity::Safe:
        return "safe";
    case Severity::Unknown:
        return "unknown";
    case Severity::Dangerous:
        return "dangerous";
    }
    return "unknown";
}

std::string_view categoryId(Category category)
{
    switch (category) {
    case Category::KnownSafe:
        return "known-safe";
    case Category::UnknownGlobal:
        return "unknown-global";
    case Category::CodeExecution:
        return "code-execution";
    case Category::OsCommand:
        return "os-command";
    case Category::Reflection:
        return "reflection";
    case Category::NestedDeserialization:
        return "nested-deserialization";
    case Category::FileSystem:
        return "file-system";
    case Category::Network:
        return "network";
    case Category::Ffi:
        return "ffi";
    case Category::ProcessState:
        return "process-state";
    case Category::ScannerTampering:
        return "scanner-tampering";
    case Category::Mutation:
        return "mutation";
    case Category::PersistentId:
        return "persistent-id";
    case Category::Container:
        return "container";
    case Category::Malformed:
        return "malformed";
    }
    return "unknown-global";
}

std::string_view categoryTitle(Category category)
{
    switch (category) {
    case Category::KnownSafe:
        return "Known safe";
    case Category::UnknownGlobal:
        return "Unknown global";
    case Category::CodeExecution:
        return "Code execution";
    case Category::OsCommand:
        return "OS commands / processes";
    case Category::Reflection:
        return "Reflection / name resolution";
    case Category::NestedDeserialization:
        return "Nested deserialization";
    case Category::FileSystem:
        return "File system";
    case Category::Network:
        return "Network";
    case Category::Ffi:
        return "Native code / raw memory";
    case Category::ProcessState:
        return "Process state";
    case Category::ScannerTampering:
        return "Scanner tampering";
    case Category::Mutation:
        return "Changes an existing object";
    case Category::PersistentId:
        return "Persistent id";
    case Category::Container:
        return "Container anomaly";
    case Category::Malformed:
        return "Malformed file";
    }
    return "Unknown global";
}

bool isBuiltinsModule(std::string_view module)
{
    return module == "builtins" || module == "__builtin__" || module == "__builtins__";
}

std::string canonicalModule(std::string_view module)
{
    if (isBuiltinsModule(module))
        return "builtins";
    if (module == "copy_reg")
        return "copyreg";
    std::string out(module);
    if (out == "numpy._core" || out.starts_with("numpy._core."))
        out.replace(0, 11, "numpy.core");
    if (out == "numpy.core._multiarray_umath")
        out = "numpy.core.multiarray";
    return out;
}

namespace {

/// Splits "a.b.c" into its components.
template<typename F>
void forEachComponent(std::string_view dotted, F &&f)
{
    size_t from = 0;
    for (;;) {
        const size_t dot = dotted.find('.', from);
        f(dotted.substr(from, dot == std::string_view::npos ? dot : dot - from));
        if (dot == std::string_view::npos)
            return;
        from = dot + 1;
    }
}

Classification fromDeny(const DenyMatch &m)
{
    return {Severity::Dangerous, m.category, std::string(m.reason)};
}

} // namespace

std::pair<std::string, std::string> canonicalName(std::string_view module,
                                                  std::string_view qualname)
{
    auto [m, q] = fixImports(module, qualname);
    return {canonicalModule(m), std::move(q)};
}

namespace {

Classification byLists(const std::string &canonical, const std::string &qualname, Use use,
                       int aliasDepth);

/// An allow-list hit, judged by the use.
Classification allowed(const AllowInfo &info, const std::string &full, Use use)
{
    if (use == Use::Call && !info.callSafe)
        return {Severity::Unknown, Category::UnknownGlobal,
                full + " is allow-listed as a value (" + std::string(info.reason)
                    + "), but calling it while loading is not reviewed as safe"};
    if (use == Use::New && info.kind != AllowKind::Class)
        return {Severity::Unknown, Category::UnknownGlobal,
                full + " is instantiated with NEWOBJ but is not a class"};
    return {Severity::Safe, Category::KnownSafe, std::string(info.reason)};
}

Classification byLists(const std::string &canonical, const std::string &qualname, Use use,
                       int aliasDepth)
{
    const std::string full = qualname.empty() ? canonical : canonical + "." + qualname;
    const std::optional<DenyMatch> denied = findDenied(full);
    if (denied && denied->rule == full)
        return fromDeny(*denied); // an exact entry wins over the allow-list (numpy.load)
    if (auto info = findAllowed(canonical, qualname))
        return allowed(*info, full, use);

    // A re-export or a module alias: what the name really is.
    if (aliasDepth < 4) {
        if (const auto target = resolveAlias(full); target && *target != full) {
            // Where the target's module ends is not known here: every split, the worst wins.
            Classification c
                = byLists(canonicalModule(*target), std::string(), use, aliasDepth + 1);
            for (size_t d = target->find('.'); d != std::string::npos;
                 d = target->find('.', d + 1)) {
                Classification alt = byLists(canonicalModule(target->substr(0, d)),
                                             target->substr(d + 1), use, aliasDepth + 1);
                if (alt.severity > c.severity)
                    c = std::move(alt);
            }
            if (c.severity == Severity::Dangerous)
                return {Severity::Dangerous, c.category,
                        full + " is " + *target + " imported under another name: " + c.reason};
            return {Severity::Unknown, Category::UnknownGlobal,
                    full + " is " + *target
                        + " imported under another name; pickle names a global where it is "
                          "defined, so only a hand-made file names it this way"};
        }
    }

    // An attribute of a class allowed by name inside a denied module (an enum member of
    // http.HTTPStatus that is not listed) is not denied by its module; the use decides.
    bool allowedBase = false;
    for (size_t dot = qualname.find('.'); dot != std::string::npos && !allowedBase;
         dot = qualname.find('.', dot + 1))
        allowedBase = findAllowed(canonical, std::string_view(qualname).substr(0, dot)).has_value();
    if (denied && !allowedBase)
        return fromDeny(*denied);

    // A dangerous module reached through another module's path ("six.moves.builtins") or
    // through an attribute walk ("pathlib" + "os.system").
    std::optional<DenyMatch> component;
    bool first = true;
    forEachComponent(canonical, [&](std::string_view c) {
        if (!component && !first)
            component = findDeniedComponent(c, false);
        first = false;
    });
    // Every component of the name, a single one too: `sklearn.base.__builtins__` is the
    // builtins module of an allowed module.
    forEachComponent(qualname, [&](std::string_view c) {
        if (!component)
            component = findDeniedComponent(c, true);
    });
    if (component)
        return fromDeny(*component);

    if (canonical == "builtins")
        return {Severity::Unknown, Category::UnknownGlobal,
                "a builtin that is not a plain data constructor"};
    return {Severity::Unknown, Category::UnknownGlobal,
            "not on the allow-list: loading imports its module and uses it"};
}

} // namespace

Classification classifyName(std::string_view module, std::string_view qualname, Use use)
{
    const auto [canonical, name] = canonicalName(module, qualname);
    return byLists(canonical, name, use, 0);
}

} // namespace ps::security
