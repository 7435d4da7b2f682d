// SPDX-License-Identifier: MIT
// The security analysis: what loading the file would import and call, decided on the object
// graph the symbolic unpickler built (nothing is ever imported or run).
#include "security/analysis.h"

#include "document/document.h"
#include "opcodes/opcode_table.h"
#include "present/children.h"
#include "reader/reader.h"
#include "security/allowlist.h"
#include "security/expression.h"
#include "source/zip_reader.h"
#include "util/pyrepr.h"

#include <algorithm>
#include <deque>
#include <new>
#include <unordered_map>
#include <unordered_set>

namespace ps::security {

std::string_view findingKindId(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Call:
        return "call";
    case FindingKind::Reference:
        return "reference";
    case FindingKind::Extension:
        return "extension";
    case FindingKind::PersistentId:
        return "persistent-id";
    case FindingKind::Mutation:
        return "mutation";
    case FindingKind::Container:
        return "container";
    }
    return "call";
}

int SecurityReport::exitCode() const
{
    if (flagged())
        return 1;
    if (error || unreadable)
        return 2;
    return 0;
}

std::string_view SecurityReport::verdict() const
{
    if (flagged())
        return "dangerous";
    if (error || unreadable)
        return "error";
    if (unknown > 0)
        return "unknown";
    return "allow-listed";
}

std::vector<size_t> SecurityReport::findingsFor(NodeId node) const
{
    std::vector<size_t> out;
    for (size_t i = 0; i < findings.size(); ++i)
        if (findings[i].node == node && node != kNoNode && findings[i].entry.empty())
            out.push_back(i);
    return out;
}

namespace {

/// How a node is used by the nodes that refer to it.
enum UseFlag : uint8_t {
    UseInvoke = 1, ///< called: REDUCE callable, INST / OBJ class
    UseNew = 2,    ///< instantiated without __init__: NEWOBJ / NEWOBJ_EX class
    UseOther = 4,  ///< a value: an item, an argument, a state, a root, a mutation target
};

enum class UseKind : uint8_t { Invoke, New, Reference };

/// Calls that chain through getattr & co. are followed at most this many links.
constexpr int kMaxReachHops = 64;
/// Steps of a tree path at most (deeper findings get the path of an ancestor).
constexpr size_t kMaxPathSteps = 4096;
/// Length of argument expressions inside mutation expressions.
constexpr size_t kMaxMutationExprChars = 120;

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

/// A dunder attribute name a BUILD state may not set without changing how Python treats the
/// object (__setstate__ is called by the next BUILD, __class__ changes its type, …).
bool isStateTrickKey(std::string_view key)
{
    return key.size() > 4 && key.starts_with("__") && key.ends_with("__") && key != "__dict__"
           && key != "__weakref__" && key != "__doc__";
}

/// What a chain of getattr / __import__ / resolve_name calls reaches, statically.
struct Reach
{
    std::string module;
    std::string qualname; ///< may be empty: the module object itself
    std::string via;      ///< the resolver that was followed ("builtins.getattr")

    std::string full() const { return qualname.empty() ? module : module + "." + qualname; }
};

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

Classification dangerous(Category c, std::string reason)
{
    return {Severity::Dangerous, c, std::move(reason)};
}

/// Where a stream's buffer sits in the file, if it does.
std::optional<uint64_t> fileOffsetOf(const Document &doc, uint32_t stream, uint64_t offset)
{
    if (stream >= doc.streams().size())
        return std::nullopt;
    const uint32_t b = doc.streams()[stream].buffer;
    if (b >= doc.buffers().size())
        return std::nullopt;
    const Buffer &buf = doc.buffers()[b];
    if (buf.isFile)
        return offset;
    if (doc.format() == Format::TorchZip && buf.fileOffset > 0)
        return buf.fileOffset + offset;
    return std::nullopt;
}

class Analyser
{
public:
    Analyser(const Document &doc, const ScanOptions &options, SecurityReport &report, int depth)
        : m_doc(doc)
        , m_g(doc.graph())
        , m_opt(options)
        , m_rep(report)
        , m_depth(depth)
    {}

    void run()
    {
        m_rep.strict = m_opt.strict;
        m_rep.error = m_doc.error();
        m_rep.unreadable = m_doc.error() && m_doc.streams().empty() && m_doc.roots().empty();
        // A later pickle that stopped with an error: what follows it was not scanned.
        for (const PickleStream &s : m_doc.streams())
            if (!m_rep.error && s.error)
                m_rep.error = s.error;
        for (const std::string &w : m_doc.warnings())
            m_rep.notes.push_back(w);
        computeUses();
        m_callSeverity.assign(m_g.size(), 0);
        for (NodeId id = 0; id < m_g.size(); ++id) {
            switch (m_g.kind(id)) {
            case Kind::Global:
                globalNode(id);
                break;
            case Kind::Call:
            case Kind::Instance:
                callNode(id);
                break;
            case Kind::PersId:
                persistentId(id);
                break;
            case Kind::Ext:
                extension(id);
                break;
            default:
                break;
            }
        }
        mutations();
        objectMutations();
        readAnomalies();
        locate();
        if (m_depth == 0)
            joblibAsPickle();
        if (m_opt.scanArchiveEntries && m_depth == 0) {
            archiveEntries();
            tarMembers();
        }
        std::stable_sort(m_rep.findings.begin(), m_rep.findings.end(),
                         [](const Finding &a, const Finding &b) {
                             if (a.entry != b.entry)
                                 return a.entry.empty() || (!b.entry.empty() && a.entry < b.entry);
                             if (a.stream != b.stream)
                                 return a.stream < b.stream;
                             return a.offset < b.offset;
                         });
    }

private:
    const Document &m_doc;
    const Graph &m_g;
    const ScanOptions &m_opt;
    SecurityReport &m_rep;
    int m_depth;
    std::vector<uint8_t> m_use;
    /// Per Call / Instance node: its call's severity + 1 (0 = not a call).
    std::vector<uint8_t> m_callSeverity;
    std::unordered_map<std::string, size_t> m_summaryIndex;

    bool valid(NodeId id) const { return id != kNoNode && id < m_g.size(); }

    std::optional<std::string> literalText(NodeId id) const
    {
        if (!valid(id))
            return std::nullopt;
        const Kind k = m_g.kind(id);
        if (k == Kind::Str)
            return std::string(m_g.text(id));
        if (k == Kind::Py2String) {
            const auto b = m_g.bytes(id);
            for (uint8_t c : b)
                if (c >= 0x80)
                    return std::nullopt;
            return std::string(b.begin(), b.end());
        }
        return std::nullopt;
    }

    const std::vector<NodeId> *tupleItems(NodeId id) const
    {
        if (!valid(id) || m_g.kind(id) != Kind::Tuple)
            return nullptr;
        return &m_g.items(id);
    }

    std::string canonicalGlobal(NodeId id) const
    {
        const GlobalData &gd = m_g.global(id);
        const auto [module, name] = canonicalName(gd.module, gd.name);
        return module + "." + name;
    }

    bool isComputed(NodeId id) const { return (m_g.node(id).flags & FlagComputed) != 0; }

    // --- uses -----------------------------------------------------------------------------

    void mark(NodeId id, uint8_t flag)
    {
        if (valid(id))
            m_use[id] |= flag;
    }

    void computeUses()
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

    // --- findings and summaries -----------------------------------------------------------

    void countSeverity(Severity s)
    {
        switch (s) {
        case Severity::Dangerous:
            ++m_rep.dangerous;
            break;
        case Severity::Unknown:
            ++m_rep.unknown;
            break;
        case Severity::Safe:
            ++m_rep.safe;
            break;
        }
    }

    /// Records a finding at `node` (its stream and range); returns it or nullptr when it is
    /// not kept (a Safe one without listSafe, or beyond the cap).
    Finding *add(FindingKind kind, NodeId node, const Classification &c, std::string global,
                 std::string expression)
    {
        countSeverity(c.severity);
        if (c.severity == Severity::Safe && !m_opt.listSafe)
            return nullptr;
        if (m_rep.findings.size() >= m_opt.maxFindings) {
            m_rep.truncated = true;
            return nullptr;
        }
        Finding f;
        f.severity = c.severity;
        f.category = c.category;
        f.kind = kind;
        f.global = std::move(global);
        f.expression = std::move(expression);
        f.explanation = c.reason;
        f.node = node;
        if (valid(node)) {
            const Node &n = m_g.node(node);
            f.stream = n.stream;
            f.offset = n.begin;
            f.endOffset = n.end;
        }
        if (f.stream < m_doc.streams().size())
            f.streamName = m_doc.streams()[f.stream].name;
        f.fileOffset = fileOffsetOf(m_doc, f.stream, f.offset);
        m_rep.findings.push_back(std::move(f));
        return &m_rep.findings.back();
    }

    /// The summary row of a global node's name.
    GlobalSummary &summary(NodeId globalNode)
    {
        const std::string name = m_g.global(globalNode).full();
        auto [it, inserted] = m_summaryIndex.try_emplace(name, m_rep.globals.size());
        if (inserted) {
            GlobalSummary s;
            s.global = name;
            s.severity = Severity::Safe;
            s.category = Category::KnownSafe;
            s.firstNode = globalNode;
            s.stream = m_g.node(globalNode).stream;
            s.offset = m_g.node(globalNode).begin;
            m_rep.globals.push_back(std::move(s));
        }
        return m_rep.globals[it->second];
    }

    void noteUse(NodeId globalNode, const Classification &c)
    {
        if (!valid(globalNode) || m_g.kind(globalNode) != Kind::Global)
            return;
        GlobalSummary &s = summary(globalNode);
        if (s.reason.empty() || c.severity > s.severity) {
            s.severity = c.severity;
            s.category = c.category;
            s.reason = c.reason;
        }
    }

    // --- classification -------------------------------------------------------------------

    /// A global used as `use`: the lists, then the rules for dotted names.
    Classification classifyGlobalUse(NodeId id, UseKind use) const
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

    /// Follows getattr / __import__ / resolve_name / attrgetter / _ufunc_reconstruct calls with
    /// literal operands back to a global: what the value at `start` is, statically.
    std::optional<Reach> reachOf(NodeId start) const
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
            const std::vector<NodeId> *args = tupleItems(obj.args);
            if (!args)
                return std::nullopt;
            const NodeId callee = obj.callable;
            if (!valid(callee))
                return std::nullopt;
            if (m_g.kind(callee) == Kind::Call) {
                // operator.attrgetter('a.b')(obj)
                const ObjectData &inner = m_g.object(callee);
                const std::vector<NodeId> *innerArgs = tupleItems(inner.args);
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
                    parts.push_back(
                        attr->substr(from, dot == std::string::npos ? dot : dot - from));
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
                                      && m_g.isContainer((*args)[3])
                                      && !m_g.items((*args)[3]).empty();
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

    /// getattr(X, 'name') itself: dangerous only when what it reaches is.
    Classification classifyGetattr(NodeId call, const std::optional<Reach> &reach) const
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
            return dangerous(Category::Reflection,
                             "reaches " + target
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

    /// A call of something a resolver reached (getattr(os, 'system')('id')).
    Classification classifyReachedCall(const Reach &reach, UseKind use) const
    {
        const std::string target = reach.full();
        const Classification c = classifyName(reach.module, reach.qualname, toUse(use));
        if (c.severity == Severity::Dangerous)
            return dangerous(c.category, "calls " + target + ": " + c.reason);
        if (c.severity == Severity::Safe)
            return {Severity::Safe, Category::KnownSafe, "calls " + target + ": " + c.reason};
        if (use == UseKind::Invoke)
            return dangerous(Category::Reflection, "calls " + target + ", reached through "
                                                       + reach.via
                                                       + ": no list vouches for calling it");
        return {Severity::Unknown, Category::UnknownGlobal,
                "instantiates " + target + ", reached through " + reach.via
                    + ", which is not on the allow-list"};
    }

    // --- node handlers --------------------------------------------------------------------

    void globalNode(NodeId id)
    {
        ++summary(id).uses;
        const uint8_t use = m_use[id];
        if (use != 0 && (use & UseOther) == 0)
            return; // only called: the call findings cover it
        const Classification c = classifyGlobalUse(id, UseKind::Reference);
        noteUse(id, c);
        Finding *f
            = add(FindingKind::Reference, id, c, m_g.global(id).full(), expressionOf(m_doc, id));
        if (f && use == 0 && c.severity != Severity::Safe)
            f->explanation += ". The reference is imported while loading and then discarded";
    }

    void callNode(NodeId id)
    {
        const ObjectData &obj = m_g.object(id);
        const bool newObj = obj.origin == ObjectData::Origin::NewObj
                            || obj.origin == ObjectData::Origin::NewObjEx;
        const UseKind use = newObj ? UseKind::New : UseKind::Invoke;
        const NodeId callee = obj.callable;
        Classification c;
        std::string global;
        std::string via;
        if (!valid(callee)) {
            c = dangerous(Category::Reflection, "calls a value that could not be read");
        } else if (m_g.kind(callee) == Kind::Global) {
            bool noted = false;
            global = m_g.global(callee).full();
            const std::string name = isComputed(callee) ? std::string() : canonicalGlobal(callee);
            if (name == "builtins.getattr" && !newObj) {
                const auto reach = reachOf(id);
                c = classifyGetattr(id, reach);
                if (reach) {
                    via = global;
                    global = reach->full();
                }
            } else if ((name == "numpy.core._ufunc_reconstruct"
                        || name == "numpy.core.multiarray._ufunc_reconstruct")
                       && !newObj) {
                // numpy's ufunc unpickling helper: import + getattr, explained like getattr.
                const auto reach = reachOf(id);
                c = classifyGetattr(id, reach);
                if (reach) {
                    via = global;
                    global = reach->full();
                }
            } else {
                c = classifyGlobalUse(callee, use);
                if (c.severity == Severity::Dangerous && c.category == Category::Reflection
                    && !newObj) {
                    if (const auto reach = reachOf(id))
                        c.reason += "; here it reaches " + reach->full();
                }
                noteUse(callee, c);
                if (c.severity == Severity::Safe && !newObj && !isComputed(callee))
                    judgeLaunderer(id, name, c, global, via);
                noted = true;
            }
            if (!noted)
                noteUse(callee, c);
        } else if (const auto reach = reachOf(callee)) {
            c = classifyReachedCall(*reach, use);
            global = reach->full();
            via = reach->via;
        } else {
            if (m_g.kind(callee) == Kind::Ext)
                global = "<extension " + std::to_string(m_g.node(callee).v.i) + ">";
            c = dangerous(Category::Reflection,
                          "calls a value computed while loading (the result of another call, "
                          "an extension code or a persistent id): what runs cannot be known "
                          "without running the file");
        }
        m_callSeverity[id] = static_cast<uint8_t>(c.severity) + 1;
        Finding *f = add(FindingKind::Call, id, c, std::move(global), expressionOf(m_doc, id));
        if (f)
            f->via = std::move(via);
    }

    /// An allowed function that calls one of its arguments: the call is judged by what it is
    /// given (copyreg._reconstructor(cls, base, state), torch's _rebuild_from_type_v2(func, …),
    /// numpy's RNG constructors taking a ctor, pandas' pipe(obj, func) …).
    void judgeLaunderer(NodeId call, const std::string &name, Classification &c,
                        std::string &global, std::string &via) const
    {
        const auto launderer = findLaunderer(name);
        if (!launderer)
            return;
        const std::vector<NodeId> *args = tupleItems(m_g.object(call).args);
        if (!args)
            return;
        const std::string calleeName = global;
        for (const LaundererArg &a : launderer->args) {
            if (a.index < 0 || static_cast<size_t>(a.index) >= args->size())
                continue;
            const NodeId arg = (*args)[static_cast<size_t>(a.index)];
            if (!valid(arg))
                continue;
            const UseKind use = a.instantiates ? UseKind::New : UseKind::Invoke;
            const Kind k = m_g.kind(arg);
            Classification ac;
            std::string target;
            if (k == Kind::Global) {
                ac = classifyGlobalUse(arg, use);
                target = m_g.global(arg).full();
            } else if (k == Kind::Call || k == Kind::Instance || k == Kind::Ext || k == Kind::PersId
                       || k == Kind::Unknown) {
                if (const auto reach = reachOf(arg)) {
                    ac = classifyReachedCall(*reach, use);
                    target = reach->full();
                } else {
                    ac = dangerous(Category::Reflection,
                                   "is given a value computed while loading to call: what runs "
                                   "cannot be known without running the file");
                }
            } else {
                continue; // a literal (numpy's bit generator name): nothing is called
            }
            if (ac.severity <= c.severity)
                continue;
            c = ac;
            c.reason = calleeName + " " + std::string(launderer->reason) + "; "
                       + (target.empty() ? c.reason : target + ": " + c.reason);
            if (!target.empty()) {
                via = calleeName;
                global = target;
            }
        }
    }

    void persistentId(NodeId id)
    {
        const NodeId pid = m_g.object(id).args;
        const bool torch
            = m_doc.format() == Format::TorchZip || m_doc.format() == Format::TorchLegacy;
        const std::vector<NodeId> *items = tupleItems(pid);
        const auto tag = items && !items->empty() ? literalText(items->front()) : std::nullopt;
        Classification c;
        if (torch && tag && (*tag == "storage" || *tag == "module")) {
            c = {Severity::Safe, Category::KnownSafe,
                 "a PyTorch storage reference: torch.load reads the tensor bytes it names"};
        } else {
            c = {Severity::Unknown, Category::PersistentId,
                 "a persistent id is handed to the loader's persistent_load: plain pickle.load "
                 "refuses it, other loaders decide what it becomes"};
        }
        add(FindingKind::PersistentId, id, c, std::string(), expressionOf(m_doc, id));
    }

    void extension(NodeId id)
    {
        const Classification c
            = dangerous(Category::Reflection,
                        "an extension code: the global it names is looked up in copyreg's "
                        "registry at load time, so it cannot be known from the file");
        add(FindingKind::Extension, id, c, "<extension " + std::to_string(m_g.node(id).v.i) + ">",
            expressionOf(m_doc, id));
    }

    std::string shortExpression(NodeId id) const
    {
        ExpressionLimits limits;
        limits.maxChars = kMaxMutationExprChars;
        limits.maxDepth = 3;
        return expressionOf(m_doc, id, limits);
    }

    std::string buildExpression(const std::string &target, NodeId state) const
    {
        if (valid(state) && m_g.kind(state) == Kind::Tuple && m_g.items(state).size() == 2) {
            const NodeId slots = m_g.items(state)[1];
            if (valid(slots) && m_g.kind(slots) == Kind::Dict && m_g.items(slots).size() >= 2) {
                const auto &kv = m_g.items(slots);
                std::string out = "setattr(" + target + ", " + shortExpression(kv[0]) + ", "
                                  + shortExpression(kv[1]) + ")";
                if (kv.size() > 2)
                    out += "; …";
                return out;
            }
        }
        if (valid(state) && m_g.kind(state) == Kind::Dict)
            return target + ".__dict__.update(" + shortExpression(state) + ")";
        return target + ".__setstate__(" + shortExpression(state) + ")";
    }

    void mutations()
    {
        const auto &list = m_doc.foreignMutations();
        for (size_t i = 0; i < list.size(); ++i) {
            const auto &m = list[i];
            if (!valid(m.target))
                continue;
            const bool isGlobal = m_g.kind(m.target) == Kind::Global;
            const std::string target = shortExpression(m.target);
            std::string expression;
            std::string what;
            switch (static_cast<Op>(m.opcode)) {
            case Op::BUILD:
                expression = buildExpression(target, m.value);
                what = "BUILD sets attributes";
                break;
            case Op::SETITEM:
            case Op::SETITEMS: {
                NodeId value = kNoNode;
                if (i + 1 < list.size() && list[i + 1].target == m.target
                    && list[i + 1].offset == m.offset) {
                    value = list[i + 1].value;
                    ++i;
                }
                expression
                    = target + "[" + shortExpression(m.value) + "] = " + shortExpression(value);
                what = std::string(m.opcode == static_cast<uint8_t>(Op::SETITEM) ? "SETITEM"
                                                                                 : "SETITEMS")
                       + " stores items";
                break;
            }
            case Op::ADDITEMS:
                expression = target + ".add(" + shortExpression(m.value) + ")";
                what = "ADDITEMS adds items";
                break;
            default:
                expression = target + ".append(" + shortExpression(m.value) + ")";
                what = "APPEND adds items";
                break;
            }
            Classification c;
            if (isGlobal) {
                c = dangerous(Category::Mutation,
                              what + " on " + m_g.global(m.target).full()
                                  + ", a module-level object: loading changes it for the whole "
                                    "process (a setattr gadget)");
            } else {
                c = {Severity::Unknown, Category::Mutation,
                     what
                         + " on a value that is not a fresh object: Python would call its "
                           "methods or fail"};
            }
            if (isGlobal)
                noteUse(m.target, c);
            Finding *f = add(FindingKind::Mutation, m.target, c,
                             isGlobal ? m_g.global(m.target).full() : std::string(),
                             std::move(expression));
            if (f) {
                f->stream = m.stream;
                f->streamName = m.stream < m_doc.streams().size() ? m_doc.streams()[m.stream].name
                                                                  : std::string();
                f->offset = m.offset;
                f->endOffset = m.offset + 1;
                f->fileOffset = fileOffsetOf(m_doc, m.stream, m.offset);
            }
        }
    }

    /// Mutations of objects built by calls (BUILD / APPEND / SETITEM on the result of a REDUCE,
    /// INST or OBJ), and BUILD states that set special attributes.
    void objectMutations()
    {
        for (NodeId id = 0; id < m_g.size(); ++id) {
            const Kind k = m_g.kind(id);
            if (k != Kind::Call && k != Kind::Instance)
                continue;
            const ObjectData &obj = m_g.object(id);
            for (size_t i = 0; i < obj.states.size(); ++i)
                stateTricks(id, obj, i);
            const bool mutated = !obj.states.empty() || !obj.listItems.empty()
                                 || !obj.dictItems.empty() || !obj.setItems.empty();
            const bool fresh = obj.origin == ObjectData::Origin::NewObj
                               || obj.origin == ObjectData::Origin::NewObjEx;
            if (!mutated || fresh)
                continue;
            const std::string what
                = !obj.states.empty() ? "BUILD sets attributes" : "APPEND / SETITEM adds items";
            if (const auto reach = reachOf(id)) {
                const Classification c = dangerous(
                    Category::Mutation, what + " on " + reach->full()
                                            + ", an existing object reached through " + reach->via
                                            + ": loading changes it for the whole process");
                add(FindingKind::Mutation, id, c, reach->full(), mutationExpression(id, obj));
                continue;
            }
            const uint8_t cs = m_callSeverity[id];
            if (cs == 0 || cs - 1 == static_cast<uint8_t>(Severity::Safe))
                continue; // a fresh object from a reviewed constructor
            const Classification c{
                static_cast<Severity>(cs - 1), Category::Mutation,
                what
                    + " on the result of a call that is not a reviewed constructor: it may "
                      "return an existing object (a module, the builtins, sys.modules), which "
                      "loading would change"};
            const NodeId callee = obj.callable;
            add(FindingKind::Mutation, id, c,
                valid(callee) && m_g.kind(callee) == Kind::Global ? m_g.global(callee).full()
                                                                  : std::string(),
                mutationExpression(id, obj));
        }
    }

    std::string mutationExpression(NodeId id, const ObjectData &obj) const
    {
        const std::string target = shortExpression(id);
        if (!obj.states.empty())
            return buildExpression(target, obj.states.front());
        if (!obj.dictItems.empty())
            return target + "[" + shortExpression(obj.dictItems.front()) + "] = …";
        if (!obj.listItems.empty())
            return target + ".append(" + shortExpression(obj.listItems.front()) + ")";
        return target + ".add(…)";
    }

    /// A BUILD state that sets __setstate__, __reduce_ex__, __class__ … on the object: a later
    /// BUILD calls the value (or the object changes type). Honest pickles never do this.
    void stateTricks(NodeId id, const ObjectData &obj, size_t index)
    {
        std::vector<NodeId> dicts;
        const NodeId state = obj.states[index];
        if (!valid(state))
            return;
        if (m_g.kind(state) == Kind::Dict)
            dicts.push_back(state);
        else if (m_g.kind(state) == Kind::Tuple && m_g.items(state).size() == 2)
            for (NodeId part : m_g.items(state))
                if (valid(part) && m_g.kind(part) == Kind::Dict)
                    dicts.push_back(part);
        for (NodeId d : dicts) {
            const auto &kv = m_g.items(d);
            for (size_t i = 0; i + 1 < kv.size(); i += 2) {
                const auto key = literalText(kv[i]);
                if (!key || !isStateTrickKey(*key))
                    continue;
                const NodeId value = kv[i + 1];
                const bool called = *key == "__setstate__" && index + 1 < obj.states.size();
                std::string reason = "BUILD sets " + *key + " on the object through its state";
                reason += called ? ": the next BUILD calls it with the next state"
                                 : ": it changes how Python treats the object (the next BUILD, "
                                   "copy or pickle calls it)";
                const bool global = valid(value) && m_g.kind(value) == Kind::Global;
                Finding *f = add(FindingKind::Mutation, id, dangerous(Category::Mutation, reason),
                                 global ? m_g.global(value).full() : std::string(),
                                 called ? shortExpression(value) + "("
                                              + shortExpression(obj.states[index + 1]) + ")"
                                        : "setattr(" + shortExpression(id) + ", " + reprStr(*key)
                                              + ", " + shortExpression(value) + ")");
                if (f && called)
                    f->kind = FindingKind::Call;
            }
        }
    }

    /// Structure violations the reader read on (frames): suspicious, honest picklers never
    /// write them, and parsers that follow the frames read the file differently.
    void readAnomalies()
    {
        for (const auto &a : m_doc.readAnomalies()) {
            const Classification c{Severity::Unknown, Category::Malformed,
                                   a.message
                                       + ". Honest picklers never write this; scanners that "
                                         "follow the frames read something else than "
                                         "pickle.loads runs"};
            Finding *f = add(FindingKind::Container, kNoNode, c, std::string(),
                             "opcode at offset " + std::to_string(a.offset));
            if (!f)
                continue;
            f->stream = a.stream;
            f->streamName = a.stream < m_doc.streams().size() ? m_doc.streams()[a.stream].name
                                                              : std::string();
            f->offset = a.offset;
            f->endOffset = a.offset + 1;
            f->fileOffset = fileOffsetOf(m_doc, a.stream, a.offset);
        }
    }

    /// joblib.load steps over the array bytes after a NumpyArrayWrapper; pickle.load (and any
    /// loader that is not joblib's) runs them as opcodes. The same bytes read that way, and
    /// every finding the joblib reading did not have.
    void joblibAsPickle()
    {
        std::vector<uint32_t> buffers;
        for (const auto &p : m_doc.joblibPayloads())
            if (std::find(buffers.begin(), buffers.end(), p.buffer) == buffers.end())
                buffers.push_back(p.buffer);
        for (uint32_t b : buffers) {
            if (b >= m_doc.buffers().size())
                continue;
            const Buffer &buf = m_doc.buffers()[b];
            OpenOptions options;
            options.joblibArrays = false;
            const auto sub = openDocumentBytes(
                std::vector<uint8_t>(buf.bytes.begin(), buf.bytes.end()), m_doc.path(), options);
            SecurityReport inner;
            Analyser(*sub, m_opt, inner, m_depth + 1).run();
            uint32_t stream = 0;
            for (uint32_t i = 0; i < m_doc.streams().size(); ++i)
                if (m_doc.streams()[i].buffer == b) {
                    stream = i;
                    break;
                }
            auto key = [](const Finding &f) {
                return std::to_string(f.offset) + '/' + std::to_string(int(f.kind)) + '/'
                       + f.global;
            };
            std::unordered_set<std::string> known;
            for (const Finding &mine : m_rep.findings)
                if (mine.entry.empty())
                    known.insert(key(mine));
            auto seen = [&](const Finding &f) {
                return known.count(key(f)) > 0;
            };
            for (Finding &f : inner.findings) {
                if (f.kind == FindingKind::Container || seen(f))
                    continue;
                countSeverity(f.severity);
                if (m_rep.findings.size() >= m_opt.maxFindings) {
                    m_rep.truncated = true;
                    continue;
                }
                f.node = kNoNode;
                f.reachable = false;
                f.path.clear();
                f.stream = stream;
                f.streamName = (stream < m_doc.streams().size() ? m_doc.streams()[stream].name
                                                                : std::string())
                               + " read by pickle.load";
                f.fileOffset = buf.isFile ? std::optional<uint64_t>(f.offset) : std::nullopt;
                f.explanation
                    += " (pickle.load runs the bytes that joblib.load takes as array "
                       "data as opcodes: loading this file with pickle.load or torch.load "
                       "runs it)";
                m_rep.findings.push_back(std::move(f));
            }
        }
    }

    // --- tree paths -----------------------------------------------------------------------

    enum How : uint8_t {
        Unvisited,
        Root,
        Child, ///< index into children(parent)
        RawCallable,
        RawArgs,
        RawKwargs,
        RawState,   ///< index = BUILD state number
        RawItem,    ///< tuple / list / set item
        RawDictKey, ///< index = entry number
        RawDictValue,
        RawInside, ///< APPEND / SETITEM items of an object, STACK_GLOBAL operands: no step
    };

    struct Link
    {
        NodeId parent = kNoNode;
        uint32_t index = 0;
        How how = Unvisited;
    };

    /// One breadth-first search from the roots over the browsing tree (children()) and the raw
    /// pickle structure (callable, arguments, states), then a path for every located finding.
    void locate()
    {
        size_t remaining = 0;
        std::vector<uint8_t> target(m_g.size(), 0);
        for (const Finding &f : m_rep.findings)
            if (valid(f.node) && !target[f.node]) {
                target[f.node] = 1;
                ++remaining;
            }
        if (remaining == 0)
            return;
        std::vector<Link> links(m_g.size());
        std::deque<NodeId> queue;
        const auto &roots = m_doc.roots();
        for (uint32_t r = 0; r < roots.size(); ++r)
            if (valid(roots[r]) && links[roots[r]].how == Unvisited) {
                links[roots[r]] = {kNoNode, r, Root};
                queue.push_back(roots[r]);
            }
        size_t visits = 0;
        auto visit = [&](NodeId parent, NodeId child, uint32_t index, How how) {
            if (valid(child) && links[child].how == Unvisited) {
                links[child] = {parent, index, how};
                queue.push_back(child);
            }
        };
        while (!queue.empty() && remaining > 0 && visits < m_opt.maxPathVisits) {
            const NodeId n = queue.front();
            queue.pop_front();
            ++visits;
            if (target[n])
                --remaining;
            // Plain lists and tuples: children() would list the items by index, which the raw
            // edges below do without building a Child per item.
            const Kind kind = m_g.kind(n);
            if ((kind != Kind::List && kind != Kind::Tuple) || m_doc.interpretation(n)) {
                const auto kids = children(m_doc, n, 0, m_opt.maxPathVisits - visits);
                for (size_t i = 0; i < kids.size(); ++i)
                    visit(n, kids[i].node, static_cast<uint32_t>(i), Child);
            }
            if (m_g.isObject(n)) {
                const ObjectData &obj = m_g.object(n);
                if (m_g.kind(n) != Kind::PersId)
                    visit(n, obj.callable, 0, RawCallable);
                visit(n, obj.args, 0, RawArgs);
                visit(n, obj.kwargs, 0, RawKwargs);
                for (size_t i = 0; i < obj.states.size(); ++i)
                    visit(n, obj.states[i], static_cast<uint32_t>(i), RawState);
                for (const auto *v : {&obj.listItems, &obj.dictItems, &obj.setItems})
                    for (NodeId item : *v)
                        visit(n, item, 0, RawInside);
            } else if (kind == Kind::Dict) {
                // <key N> / <value N> count the entries Python keeps (dictEntries): a key
                // repeated later keeps its first key node and its last value; the values it
                // replaced were built while loading but no path reaches them.
                const auto &items = m_g.items(n);
                const auto entries = dictEntries(m_doc, items);
                for (size_t k = 0; k < entries.size(); ++k) {
                    visit(n, items[entries[k].keyIndex], static_cast<uint32_t>(k), RawDictKey);
                    visit(n, items[entries[k].valueIndex], static_cast<uint32_t>(k), RawDictValue);
                }
                for (NodeId item : items)
                    visit(n, item, 0, RawInside);
            } else if (m_g.isContainer(n)) {
                const auto &items = m_g.items(n);
                for (size_t i = 0; i < items.size(); ++i)
                    visit(n, items[i], static_cast<uint32_t>(i), RawItem);
            } else if (kind == Kind::Global && isComputed(n)) {
                visit(n, m_g.global(n).moduleNode, 0, RawInside);
                visit(n, m_g.global(n).nameNode, 0, RawInside);
            }
        }
        const bool complete = queue.empty() || remaining == 0;
        for (Finding &f : m_rep.findings) {
            if (!valid(f.node))
                continue;
            if (links[f.node].how == Unvisited) {
                if (complete && f.kind == FindingKind::Call)
                    f.explanation += m_doc.error()
                                         ? ". Its result is not part of what was read before "
                                           "the error, but the call runs while loading"
                                         : ". Its result is discarded, but the call still runs "
                                           "while loading";
                continue;
            }
            f.reachable = true;
            f.path = pathOf(links, f.node, f.root, f.pathToHolder);
        }
    }

    std::string pathOf(const std::vector<Link> &links, NodeId node, uint32_t &root,
                       bool &toHolder) const
    {
        std::vector<PathStep> steps;
        NodeId cur = node;
        size_t hops = 0;
        while (links[cur].how != Root && hops++ < m_g.size()) {
            const Link &l = links[cur];
            switch (l.how) {
            case Child: {
                const auto kid = children(m_doc, l.parent, l.index, 1);
                if (!kid.empty())
                    steps.push_back(kid.front().step);
                break;
            }
            case RawCallable:
                steps.push_back(PathStep::attribute("<callable>"));
                break;
            case RawArgs:
                steps.push_back(PathStep::attribute("<args>"));
                break;
            case RawKwargs:
                steps.push_back(PathStep::attribute("<kwargs>"));
                break;
            case RawState:
                steps.push_back(PathStep::attribute("<state " + std::to_string(l.index) + ">"));
                break;
            case RawItem:
                steps.push_back(PathStep::index({static_cast<int64_t>(l.index)}));
                break;
            case RawDictKey:
                steps.push_back(PathStep::attribute("<key " + std::to_string(l.index) + ">"));
                break;
            case RawDictValue:
                steps.push_back(PathStep::attribute("<value " + std::to_string(l.index) + ">"));
                break;
            case RawInside:
                // No syntax reaches this value: the path leads to the object holding it.
                steps.clear();
                toHolder = true;
                break;
            default:
                break;
            }
            cur = l.parent;
        }
        root = links[cur].index;
        if (steps.size() > kMaxPathSteps) {
            // Too deep to show: the path to an ancestor, kMaxPathSteps below the root.
            steps.erase(steps.begin(), steps.end() - static_cast<ptrdiff_t>(kMaxPathSteps));
            toHolder = true;
        }
        std::reverse(steps.begin(), steps.end());
        return formatPath(steps);
    }

    // --- other ZIP entries ------------------------------------------------------------------

    static bool sniffPickle(std::span<const uint8_t> data, bool storage)
    {
        if (data.size() < 2)
            return false;
        if (data[0] == 0x80 && data[1] <= 5)
            return true;
        if (storage)
            return false;
        // Protocols 0 and 1 have no PROTO: an opcode that can start a pickle, and STOP last.
        size_t end = data.size();
        while (end > 0 && (data[end - 1] == '\n' || data[end - 1] == '\r'))
            --end;
        static constexpr std::string_view kStarts = "(cNIJKLMFSUTXV]})l.diGBC";
        return end > 1 && data[end - 1] == '.'
               && kStarts.find(static_cast<char>(data[0])) != std::string_view::npos;
    }

    static std::string anomalyText(uint32_t a)
    {
        std::string out;
        auto add = [&](ZipAnomaly bit, const char *text) {
            if (a & bit)
                out += (out.empty() ? "" : "; ") + std::string(text);
        };
        add(ZipNameMismatch, "its local header names another file (CVE-2025-1944)");
        add(ZipSuspiciousFlags, "encryption/patch flag bits on plain data (CVE-2025-1945)");
        add(ZipCrcMismatch, "CRC-32 mismatch: loaders that skip the check read it anyway "
                            "(CVE-2025-10156)");
        add(ZipDuplicateName, "another entry has the same name: which one is read depends on "
                              "the ZIP reader");
        add(ZipMethodMismatch, "local header and directory disagree on method or sizes");
        add(ZipOverlapping, "its data overlaps another entry");
        add(ZipUnreadable, "it lies outside the file");
        add(ZipUnsupportedMethod, "unsupported compression method");
        return out;
    }

    void containerFinding(const std::string &name, uint64_t offset, Classification c)
    {
        countSeverity(c.severity);
        if (m_rep.findings.size() >= m_opt.maxFindings) {
            m_rep.truncated = true;
            return;
        }
        Finding f;
        f.severity = c.severity;
        f.category = c.category;
        f.kind = FindingKind::Container;
        f.explanation = std::move(c.reason);
        f.entry = name;
        f.expression = "member " + reprStr(name);
        f.offset = offset;
        f.endOffset = offset + 512;
        f.fileOffset = offset;
        m_rep.findings.push_back(std::move(f));
    }

    void containerFinding(const ZipEntry &e, Classification c)
    {
        countSeverity(c.severity);
        if (m_rep.findings.size() >= m_opt.maxFindings) {
            m_rep.truncated = true;
            return;
        }
        Finding f;
        f.severity = c.severity;
        f.category = c.category;
        f.kind = FindingKind::Container;
        f.explanation = std::move(c.reason);
        f.entry = e.name;
        f.expression = "zip entry " + reprStr(e.name);
        f.offset = e.localHeaderOffset;
        f.endOffset = e.dataOffset + e.compressedSize;
        f.fileOffset = e.localHeaderOffset;
        m_rep.findings.push_back(std::move(f));
    }

    void archiveEntries()
    {
        const auto file = m_doc.fileBytes();
        if (file.empty() || !looksLikeZip(file))
            return;
        auto archive = readZip(file);
        if (!archive.ok()) {
            m_rep.notes.push_back("the ZIP directory could not be read: "
                                  + archive.error().message);
            return;
        }
        // The entry the document itself read (the first '<name>/data.pkl').
        std::string primary;
        for (const PickleStream &s : m_doc.streams())
            if (s.buffer < m_doc.buffers().size() && !m_doc.buffers()[s.buffer].isFile) {
                primary = m_doc.buffers()[s.buffer].name;
                break;
            }
        std::string storagePrefix;
        if (const size_t slash = primary.rfind('/'); slash != std::string::npos)
            storagePrefix = primary.substr(0, slash + 1) + "data/";
        bool primarySeen = false;
        for (const ZipEntry &e : archive->entries) {
            if (e.anomalies)
                containerFinding(e, {Severity::Unknown, Category::Container,
                                     "ZIP entry " + e.name + ": " + anomalyText(e.anomalies)});
            const bool isPrimary = !primarySeen && !primary.empty() && e.name == primary;
            if (isPrimary) {
                primarySeen = true;
                continue;
            }
            if (!e.readable() || (e.method != 0 && e.method != 8))
                continue;
            const bool storage = !storagePrefix.empty() && e.name.starts_with(storagePrefix);
            scanEntry(file, e, storage, e.name == primary);
        }
    }

    void scanEntry(std::span<const uint8_t> file, const ZipEntry &e, bool storage,
                   bool duplicateOfPrimary)
    {
        // Sniff the first bytes before copying anything.
        if (e.method == 0) {
            if (e.dataOffset > file.size() || file.size() - e.dataOffset < e.compressedSize)
                return;
            if (!sniffPickle(file.subspan(e.dataOffset, e.compressedSize), storage))
                return;
        }
        if (e.uncompressedSize > m_opt.maxEntryBytes) {
            containerFinding(e, {Severity::Unknown, Category::Container,
                                 "ZIP entry " + e.name + " is " + std::to_string(e.uncompressedSize)
                                     + " bytes, more than the scan inflates ("
                                     + std::to_string(m_opt.maxEntryBytes)
                                     + "): whether it holds a pickle cannot be decided"});
            return;
        }
        ByteBuffer inflated;
        DecompressLimits limits;
        limits.maxOutputBytes = m_opt.maxEntryBytes;
        auto data = entryData(file, e, inflated, limits);
        if (!data.ok()) {
            containerFinding(e,
                             {Severity::Unknown, Category::Container,
                              "ZIP entry " + e.name + " could not be read (" + data.error().message
                                  + "): whether it holds a pickle cannot be decided"});
            return;
        }
        if (!sniffPickle(*data, storage))
            return;
        const std::string where
            = duplicateOfPrimary ? " (in a second ZIP entry named " + e.name
                                       + ": which one a loader reads depends on its ZIP reader)"
                                 : " (in ZIP entry " + e.name
                                       + ", which torch.load does not unpickle; other "
                                         "tools may)";
        scanMember("ZIP entry", e.name, *data,
                   e.method == 0 ? std::optional<uint64_t>(e.dataOffset) : std::nullopt, where);
    }

    /// Legacy PyTorch TAR checkpoints (torch <= 0.1.x; torch.load still tries tarfile first):
    /// members "sys_info", "pickle", "storages", "tensors" hold pickles, some followed by raw
    /// storage bytes. Every member that looks like a pickle is scanned.
    void tarMembers()
    {
        const auto file = m_doc.fileBytes();
        if (file.size() < 512
            || std::string_view(reinterpret_cast<const char *>(file.data()) + 257, 5) != "ustar")
            return;
        uint64_t pos = 0;
        while (file.size() - pos >= 512) {
            const uint8_t *h = file.data() + pos;
            if (std::all_of(h, h + 512, [](uint8_t c) { return c == 0; }))
                break;
            std::string name(reinterpret_cast<const char *>(h), 100);
            name.resize(std::min(name.find('\0'), name.size()));
            uint64_t size = 0;
            for (int i = 124; i < 136 && h[i] >= '0' && h[i] <= '7'; ++i)
                size = size * 8 + (h[i] - '0');
            const uint64_t data = pos + 512;
            if (size > file.size() - data) {
                containerFinding(name, pos,
                                 {Severity::Unknown, Category::Container,
                                  "TAR member " + name
                                      + " runs past the end of the file: what it "
                                        "holds cannot be decided"});
                break;
            }
            const char type = static_cast<char>(h[156]);
            if ((type == '0' || type == '\0') && sniffPickle(file.subspan(data, size), false))
                scanMember("TAR member", name, file.subspan(data, size), data,
                           " (in TAR member " + name
                               + " of a legacy PyTorch checkpoint, which torch.load unpickles)");
            pos = data + (size + 511) / 512 * 512;
            if (pos > file.size())
                break;
        }
    }

    /// Scans bytes held inside the file (a ZIP entry, a TAR member) as pickles of their own and
    /// merges what it finds.
    void scanMember(const std::string &kind, const std::string &name, std::span<const uint8_t> data,
                    std::optional<uint64_t> fileOffset, const std::string &where)
    {
        auto sub = openDocumentBytes(std::vector<uint8_t>(data.begin(), data.end()),
                                     m_doc.path() + ":" + name);
        if (sub->streams().empty() || sub->streams().front().instructions.empty()) {
            m_rep.notes.push_back(kind + " " + name + " looks like a pickle but is not one");
            return;
        }
        SecurityReport inner;
        Analyser(*sub, m_opt, inner, m_depth + 1).run();
        m_rep.notes.push_back(kind + " " + name + " was scanned as a pickle of its own");
        if (inner.error)
            m_rep.notes.push_back(kind + " " + name + ": " + inner.error->toString());
        m_rep.dangerous += inner.dangerous;
        m_rep.unknown += inner.unknown;
        m_rep.safe += inner.safe;
        for (Finding &f : inner.findings) {
            if (m_rep.findings.size() >= m_opt.maxFindings) {
                m_rep.truncated = true;
                break;
            }
            f.entry = name;
            f.streamName = name;
            f.node = kNoNode;
            f.reachable = false;
            f.fileOffset
                = fileOffset ? std::optional<uint64_t>(*fileOffset + f.offset) : std::nullopt;
            f.explanation += where;
            m_rep.findings.push_back(std::move(f));
        }
        m_rep.truncated = m_rep.truncated || inner.truncated;
        for (GlobalSummary &s : inner.globals) {
            auto [it, inserted] = m_summaryIndex.try_emplace(s.global, m_rep.globals.size());
            if (inserted) {
                s.firstNode = kNoNode;
                m_rep.globals.push_back(std::move(s));
                continue;
            }
            GlobalSummary &mine = m_rep.globals[it->second];
            mine.uses += s.uses;
            if (s.severity > mine.severity) {
                mine.severity = s.severity;
                mine.category = s.category;
                mine.reason = s.reason;
            }
        }
    }
};

} // namespace

SecurityReport analyse(const Document &document, const ScanOptions &options)
{
    SecurityReport report;
    try {
        Analyser(document, options, report, 0).run();
    } catch (const std::bad_alloc &) {
        report.error = makeError(0, "out of memory during the security analysis");
        report.error->file = document.path();
    } catch (const std::exception &e) {
        report.error
            = makeError(0, std::string("internal error in the security analysis: ") + e.what());
        report.error->file = document.path();
    }
    return report;
}

} // namespace ps::security
