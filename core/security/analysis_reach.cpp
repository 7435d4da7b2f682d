// SPDX-License-Identifier: MIT
// How the nodes of the graph are used (called, instantiated, kept as values) and what a
// global use or a chain of getattr / __import__ / resolve_name calls reaches, classified.
#include "security/analyser.h"

#include "security/allowlist.h"

namespace ps::security::detail {

namespace {

/// Calls that chain through getattr & co. are followed at most this many links.
constexpr int kMaxReachHops = 64;

Use toUse(UseKind use)
{
    switch (use) {
    case UseKind::Invoke:
        return Use::Call;
    case UseKind::New:
        return Use::New;
    case UseKind::Reference:
        break;
    }
    return Use::Reference;
}

std::string joinReversed(const std::vector<std::string> &names)
{
    std::string out;
    for (auto it = names.rbegin(); it != names.rend(); ++it) {
        if (!out.empty())
            out += '.';
        out += *it;
    }
    return out;
}

bool isCapWordsComponent(std::string_view c)
{
    return !c.empty() && c.front() >= 'A' && c.front() <= 'Z';
}

} // namespace

void Analyser::mark(NodeId id, uint8_t flag)
{
    if (valid(id))
        m_use[id] |= flag;
}

void Analyser::computeUses()
{
    m_use.assign(m_g.size(), 0);
    for (NodeId id = 0; id < m_g.size(); ++id) {
        const Kind k = m_g.kind(id);
        if (m_g.isContainer(id)) {
            for (NodeId item : m_g.items(id))
                mark(item, UseOther);
        } else if (m_g.isObject(id)) {
            const ObjectData &obj = m_g.object(id);
            const bool newObj = obj.origin == ObjectData::Origin::NewObj
                                || obj.origin == ObjectData::Origin::NewObjEx;
            if (k != Kind::PersId)
                mark(obj.callable, newObj ? UseNew : UseInvoke);
            mark(obj.args, UseOther);
            mark(obj.kwargs, UseOther);
            for (const auto *v : {&obj.states, &obj.listItems, &obj.dictItems, &obj.setItems})
                for (NodeId item : *v)
                    mark(item, UseOther);
        } else if (k == Kind::Global && isComputed(id)) {
            const GlobalData &gd = m_g.global(id);
            mark(gd.moduleNode, UseOther);
            mark(gd.nameNode, UseOther);
        }
    }
    for (NodeId r : m_doc.roots())
        mark(r, UseOther);
    for (const auto &m : m_doc.foreignMutations()) {
        mark(m.target, UseOther);
        mark(m.value, UseOther);
    }
}

Classification Analyser::classifyGlobalUse(NodeId id, UseKind use) const
{
    const GlobalData &gd = m_g.global(id);
    if (isComputed(id))
        return dangerous(Category::Reflection,
                         "STACK_GLOBAL takes its module or name from values computed while "
                         "loading: which global it imports cannot be known without running "
                         "the file");
    Classification c = classifyName(gd.module, gd.name, toUse(use));
    if (c.severity != Severity::Unknown || gd.name.find('.') == std::string::npos)
        return c;
    // A dotted name is an attribute walk (GHSA-5j3x-jp52-966f, modelscan #85).
    if (use == UseKind::Invoke)
        return dangerous(Category::Reflection,
                         "calls " + gd.full()
                             + ", an attribute reached through a dotted "
                               "name: a name list cannot vouch for what such a walk reaches");
    const std::string_view q = gd.name;
    size_t from = 0;
    for (size_t dot = q.find('.'); dot != std::string_view::npos; dot = q.find('.', from)) {
        const std::string_view part = q.substr(from, dot - from);
        if (!isCapWordsComponent(part))
            return dangerous(Category::Reflection,
                             "the dotted name walks through '" + std::string(part)
                                 + "', which is not a class: attribute walks can reach "
                                   "anything");
        from = dot + 1;
    }
    return {Severity::Unknown, Category::UnknownGlobal,
            "a nested class (dotted name), not on the allow-list: loading imports its "
            "module and uses it"};
}

std::optional<Reach> Analyser::reachOf(NodeId start) const
{
    std::vector<std::string> names;
    std::string via;
    NodeId cur = start;
    for (int hop = 0; hop < kMaxReachHops; ++hop) {
        if (!valid(cur))
            return std::nullopt;
        const Kind k = m_g.kind(cur);
        if (k == Kind::Global) {
            if (isComputed(cur))
                return std::nullopt;
            const GlobalData &gd = m_g.global(cur);
            names.push_back(gd.name);
            return Reach{gd.module, joinReversed(names), via};
        }
        if (k != Kind::Call)
            return std::nullopt;
        const ObjectData &obj = m_g.object(cur);
        const auto args = tupleItems(obj.args);
        if (!args)
            return std::nullopt;
        const NodeId callee = obj.callable;
        if (!valid(callee))
            return std::nullopt;
        if (m_g.kind(callee) == Kind::Call) {
            // operator.attrgetter('a.b')(obj)
            const ObjectData &inner = m_g.object(callee);
            const auto innerArgs = tupleItems(inner.args);
            if (!valid(inner.callable) || m_g.kind(inner.callable) != Kind::Global
                || isComputed(inner.callable) || !innerArgs || innerArgs->size() != 1
                || args->size() != 1)
                return std::nullopt;
            const std::string name = canonicalGlobal(inner.callable);
            const auto attr = literalText((*innerArgs)[0]);
            if ((name != "operator.attrgetter" && name != "_operator.attrgetter") || !attr)
                return std::nullopt;
            std::vector<std::string> parts;
            size_t from = 0;
            for (;;) {
                const size_t dot = attr->find('.', from);
                parts.push_back(attr->substr(from, dot == std::string::npos ? dot : dot - from));
                if (dot == std::string::npos)
                    break;
                from = dot + 1;
            }
            for (auto it = parts.rbegin(); it != parts.rend(); ++it)
                names.push_back(*it);
            if (via.empty())
                via = m_g.global(inner.callable).full();
            cur = (*args)[0];
            continue;
        }
        if (m_g.kind(callee) != Kind::Global || isComputed(callee))
            return std::nullopt;
        const std::string name = canonicalGlobal(callee);
        const std::string calleeName = m_g.global(callee).full();
        if (name == "builtins.getattr") {
            if (args->size() < 2 || args->size() > 3)
                return std::nullopt;
            const auto attr = literalText((*args)[1]);
            if (!attr || attr->empty())
                return std::nullopt;
            names.push_back(*attr);
            if (via.empty())
                via = calleeName;
            cur = (*args)[0];
            continue;
        }
        if (via.empty())
            via = calleeName;
        if (name == "builtins.__import__" || name == "importlib.import_module") {
            const auto module = args->empty() ? std::nullopt : literalText((*args)[0]);
            if (!module || module->empty())
                return std::nullopt;
            std::string target = *module;
            // __import__('a.b') returns the package 'a' unless a fromlist is given.
            const bool fromlist = args->size() >= 4 && valid((*args)[3])
                                  && m_g.isContainer((*args)[3]) && !m_g.items((*args)[3]).empty();
            if (name == "builtins.__import__" && !fromlist)
                target = target.substr(0, target.find('.'));
            return Reach{target, joinReversed(names), via};
        }
        if (name == "numpy.core._ufunc_reconstruct"
            || name == "numpy.core.multiarray._ufunc_reconstruct") {
            if (args->size() != 2)
                return std::nullopt;
            const auto module = literalText((*args)[0]);
            const auto attr = literalText((*args)[1]);
            if (!module || !attr || module->empty() || attr->empty())
                return std::nullopt;
            names.push_back(*attr);
            return Reach{*module, joinReversed(names), via};
        }
        if (name == "pkgutil.resolve_name") {
            const auto text = args->empty() ? std::nullopt : literalText((*args)[0]);
            if (!text || text->empty())
                return std::nullopt;
            const size_t colon = text->find(':');
            if (colon != std::string::npos) {
                if (colon + 1 < text->size())
                    names.push_back(text->substr(colon + 1));
                return Reach{text->substr(0, colon), joinReversed(names), via};
            }
            const size_t dot = text->rfind('.');
            if (dot == std::string::npos)
                return Reach{*text, joinReversed(names), via};
            names.push_back(text->substr(dot + 1));
            return Reach{text->substr(0, dot), joinReversed(names), via};
        }
        return std::nullopt;
    }
    return std::nullopt;
}

Classification Analyser::classifyGetattr(NodeId call, const std::optional<Reach> &reach) const
{
    if (!reach)
        return dangerous(Category::Reflection,
                         "getattr on a value computed while loading, or with a computed "
                         "name: what it reaches cannot be known without running the file");
    const std::string target = reach->full();
    const Classification c = classifyName(reach->module, reach->qualname);
    if (c.severity == Severity::Dangerous)
        return dangerous(c.category, "reaches " + target + ": " + c.reason);
    if (c.severity == Severity::Safe)
        return {Severity::Safe, Category::KnownSafe, "reaches " + target + ": " + c.reason};
    if (m_use[call] & UseInvoke)
        return dangerous(Category::Reflection, "reaches " + target
                                                   + " and the file calls it: getattr can reach "
                                                     "any callable and no list vouches for this "
                                                     "one");
    const size_t dot = reach->qualname.rfind('.');
    if (dot == std::string::npos)
        return {Severity::Unknown, Category::UnknownGlobal,
                "reaches " + target
                    + ", an attribute of a module that is not on the "
                      "allow-list"};
    const std::string baseName = reach->module + "." + reach->qualname.substr(0, dot);
    // Only the attribute itself can be allow-listed (an enum member is): that its base
    // is says nothing about what the attribute is.
    return {Severity::Unknown, Category::UnknownGlobal,
            "reaches " + target + ", an attribute of " + baseName
                + " that is not itself on the allow-list"};
}

Classification Analyser::classifyReachedCall(const Reach &reach, UseKind use) const
{
    const std::string target = reach.full();
    const Classification c = classifyName(reach.module, reach.qualname, toUse(use));
    if (c.severity == Severity::Dangerous)
        return dangerous(c.category, "calls " + target + ": " + c.reason);
    if (c.severity == Severity::Safe)
        return {Severity::Safe, Category::KnownSafe, "calls " + target + ": " + c.reason};
    if (use == UseKind::Invoke)
        return dangerous(Category::Reflection, "calls " + target + ", reached through " + reach.via
                                                   + ": no list vouches for calling it");
    return {Severity::Unknown, Category::UnknownGlobal,
            "instantiates " + target + ", reached through " + reach.via
                + ", which is not on the allow-list"};
}

} // namespace ps::security::detail
