// SPDX-License-Identifier: MIT
// The findings: one per global use, call, persistent id, EXT code and mutation of the
// graph, the per-global summaries and the severity counts.
#include "security/analyser.h"

#include "opcodes/opcode_table.h"
#include "reader/reader.h"
#include "security/allowlist.h"
#include "security/expression.h"
#include "util/pyrepr.h"

#include <algorithm>
#include <unordered_set>

namespace ps::security::detail {

namespace {

/// Length of argument expressions inside mutation expressions.
constexpr size_t kMaxMutationExprChars = 120;

/// A dunder attribute name a BUILD state may not set without changing how Python treats the
/// object (__setstate__ is called by the next BUILD, __class__ changes its type, …).
bool isStateTrickKey(std::string_view key)
{
    return key.size() > 4 && key.starts_with("__") && key.ends_with("__") && key != "__dict__"
           && key != "__weakref__" && key != "__doc__";
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

} // namespace

void Analyser::countSeverity(Severity s)
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

Finding *Analyser::add(FindingKind kind, NodeId node, const Classification &c, std::string global,
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

GlobalSummary &Analyser::summary(NodeId globalNode)
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

void Analyser::noteUse(NodeId globalNode, const Classification &c)
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

void Analyser::globalNode(NodeId id)
{
    ++summary(id).uses;
    const uint8_t use = m_use[id];
    if (use != 0 && (use & UseOther) == 0)
        return; // only called: the call findings cover it
    const Classification c = classifyGlobalUse(id, UseKind::Reference);
    noteUse(id, c);
    Finding *f = add(FindingKind::Reference, id, c, m_g.global(id).full(), expressionOf(m_doc, id));
    if (f && use == 0 && c.severity != Severity::Safe)
        f->explanation += ". The reference is imported while loading and then discarded";
}

void Analyser::callNode(NodeId id)
{
    const ObjectData &obj = m_g.object(id);
    const bool newObj
        = obj.origin == ObjectData::Origin::NewObj || obj.origin == ObjectData::Origin::NewObjEx;
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

void Analyser::judgeLaunderer(NodeId call, const std::string &name, Classification &c,
                              std::string &global, std::string &via) const
{
    const auto launderer = findLaunderer(name);
    if (!launderer)
        return;
    const auto args = tupleItems(m_g.object(call).args);
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

void Analyser::persistentId(NodeId id)
{
    const NodeId pid = m_g.object(id).args;
    const bool torch = m_doc.format() == Format::TorchZip || m_doc.format() == Format::TorchLegacy;
    const auto items = tupleItems(pid);
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

void Analyser::extension(NodeId id)
{
    const Classification c = dangerous(
        Category::Reflection, "an extension code: the global it names is looked up in copyreg's "
                              "registry at load time, so it cannot be known from the file");
    add(FindingKind::Extension, id, c, "<extension " + std::to_string(m_g.node(id).v.i) + ">",
        expressionOf(m_doc, id));
}

std::string Analyser::shortExpression(NodeId id) const
{
    ExpressionLimits limits;
    limits.maxChars = kMaxMutationExprChars;
    limits.maxDepth = 3;
    return expressionOf(m_doc, id, limits);
}

std::string Analyser::buildExpression(const std::string &target, NodeId state) const
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

void Analyser::mutations()
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
            expression = target + "[" + shortExpression(m.value) + "] = " + shortExpression(value);
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
        Finding *f
            = add(FindingKind::Mutation, m.target, c,
                  isGlobal ? m_g.global(m.target).full() : std::string(), std::move(expression));
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

void Analyser::objectMutations()
{
    for (NodeId id = 0; id < m_g.size(); ++id) {
        const Kind k = m_g.kind(id);
        if (k != Kind::Call && k != Kind::Instance)
            continue;
        const ObjectData &obj = m_g.object(id);
        for (size_t i = 0; i < obj.states.size(); ++i)
            stateTricks(id, obj, i);
        const bool mutated = !obj.states.empty() || !obj.listItems.empty() || !obj.dictItems.empty()
                             || !obj.setItems.empty();
        const bool fresh = obj.origin == ObjectData::Origin::NewObj
                           || obj.origin == ObjectData::Origin::NewObjEx;
        if (!mutated || fresh)
            continue;
        const std::string what
            = !obj.states.empty() ? "BUILD sets attributes" : "APPEND / SETITEM adds items";
        if (const auto reach = reachOf(id)) {
            const Classification c
                = dangerous(Category::Mutation,
                            what + " on " + reach->full() + ", an existing object reached through "
                                + reach->via + ": loading changes it for the whole process");
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

std::string Analyser::mutationExpression(NodeId id, const ObjectData &obj) const
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

void Analyser::stateTricks(NodeId id, const ObjectData &obj, size_t index)
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
                                    : "setattr(" + shortExpression(id) + ", " + reprStr(*key) + ", "
                                          + shortExpression(value) + ")");
            if (f && called)
                f->kind = FindingKind::Call;
        }
    }
}

void Analyser::readAnomalies()
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
        f->streamName
            = a.stream < m_doc.streams().size() ? m_doc.streams()[a.stream].name : std::string();
        f->offset = a.offset;
        f->endOffset = a.offset + 1;
        f->fileOffset = fileOffsetOf(m_doc, a.stream, a.offset);
    }
}

void Analyser::joblibAsPickle()
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
        options.cancel = m_opt.cancel;
        checkCancel();
        const auto sub = openDocumentBytes(std::vector<uint8_t>(buf.bytes.begin(), buf.bytes.end()),
                                           m_doc.path(), options);
        SecurityReport inner;
        Analyser(*sub, m_opt, inner, m_depth + 1).run();
        uint32_t stream = 0;
        for (uint32_t i = 0; i < m_doc.streams().size(); ++i)
            if (m_doc.streams()[i].buffer == b) {
                stream = i;
                break;
            }
        auto key = [](const Finding &f) {
            return std::to_string(f.offset) + '/' + std::to_string(int(f.kind)) + '/' + f.global;
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
            f.streamName
                = (stream < m_doc.streams().size() ? m_doc.streams()[stream].name : std::string())
                  + " read by pickle.load";
            f.fileOffset = buf.isFile ? std::optional<uint64_t>(f.offset) : std::nullopt;
            f.explanation += " (pickle.load runs the bytes that joblib.load takes as array "
                             "data as opcodes: loading this file with pickle.load or torch.load "
                             "runs it)";
            m_rep.findings.push_back(std::move(f));
        }
    }
}

} // namespace ps::security::detail
