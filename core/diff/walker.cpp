// SPDX-License-Identifier: MIT
#include "diff/walker.h"

#include "document/document.h"
#include "document/interpretation.h"
#include "present/children.h"
#include "present/python_type.h"
#include "present/summary.h"
#include "util/pyrepr.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace ps::diff::detail {
namespace {

/// Width of one-line summaries in changes.
constexpr size_t kSummaryWidth = 80;
/// Width up to which recognised scalars (datetime, Decimal, enum, dtype ...) are compared by
/// their text.
constexpr size_t kLeafWidth = size_t(1) << 16;
/// Progress is reported on the first unit, then at most every this many units.
constexpr uint64_t kReportEvery = 256;

/// Lists of (name, estimator[, columns]) tuples that scikit-learn addresses by name.
bool isNamedList(const std::string &attribute)
{
    return attribute == "steps" || attribute == "transformers" || attribute == "transformers_"
           || attribute == "transformer_list" || attribute == "estimators";
}

/// The names of a list of (name, ...) tuples, when every item is one and the names are
/// unique; nullopt otherwise.
std::optional<std::vector<std::string>> itemNames(const Document &document, NodeId list)
{
    const Graph &g = document.graph();
    list = followAlias(document, list);
    if (list == kNoNode || (g.kind(list) != Kind::List && g.kind(list) != Kind::Tuple))
        return std::nullopt;
    std::vector<std::string> names;
    std::unordered_map<std::string, int> seen;
    for (NodeId item : g.items(list)) {
        item = followAlias(document, item);
        if (item == kNoNode || g.kind(item) != Kind::Tuple || g.items(item).size() < 2)
            return std::nullopt;
        const NodeId name = g.items(item)[0];
        if (name == kNoNode || g.kind(name) != Kind::Str)
            return std::nullopt;
        names.emplace_back(g.text(name));
        if (!seen.try_emplace(names.back(), 0).second)
            return std::nullopt;
    }
    return names;
}

/// Python-equality identities of a set's items, when every item has a literal form.
std::optional<std::vector<std::string>> setIdentities(const Document &document,
                                                      const std::vector<Child> &items)
{
    std::vector<std::string> out;
    out.reserve(items.size());
    for (const Child &c : items) {
        if (!keyLiteralOf(document, c.node))
            return std::nullopt;
        out.push_back(keyIdentity(document, c.node));
    }
    return out;
}

bool isSet(const Graph &g, NodeId id)
{
    return id != kNoNode && (g.kind(id) == Kind::Set || g.kind(id) == Kind::FrozenSet);
}

bool isText(Kind k)
{
    return k == Kind::Str || k == Kind::Bytes || k == Kind::ByteArray || k == Kind::Py2String;
}

std::string intText(const Graph &g, NodeId id)
{
    return g.kind(id) == Kind::Int ? reprInt(g.node(id).v.i) : reprBigInt(g.bigint(id));
}

} // namespace

Walker::Walker(const Document &oldDocument, const Document &newDocument, const DiffOptions &options,
               Labeler labeler)
    : m_a(oldDocument)
    , m_b(newDocument)
    , m_options(options)
    , m_labeler(std::move(labeler))
{}

void Walker::compare(uint32_t root, NodeId oldNode, NodeId newNode, const std::string &oldPath,
                     const std::string &newPath)
{
    Frame f;
    f.a = oldNode;
    f.b = newNode;
    f.pathA = oldPath;
    f.pathB = newPath;
    run(root, std::move(f));
}

void Walker::added(uint32_t root, NodeId newNode, const std::string &path)
{
    Frame f;
    f.b = newNode;
    f.pathB = path;
    record(makeChange(ChangeKind::Added, root, f));
}

void Walker::removed(uint32_t root, NodeId oldNode, const std::string &path)
{
    Frame f;
    f.a = oldNode;
    f.pathA = path;
    record(makeChange(ChangeKind::Removed, root, f));
}

void Walker::finish()
{
    if (m_options.progress && !m_cancelled)
        m_options.progress(std::max(m_done, m_total), std::max(m_done, m_total));
}

bool Walker::tick(uint64_t units)
{
    m_done += units;
    if (!m_options.progress || m_cancelled)
        return !m_cancelled;
    if (m_lastReport == 0 || m_done - m_lastReport >= kReportEvery || units > 1) {
        m_lastReport = m_done;
        if (!m_options.progress(m_done, std::max(m_done, m_total)))
            m_cancelled = true;
    }
    return !m_cancelled;
}

void Walker::run(uint32_t root, Frame first)
{
    std::vector<Frame> stack;
    stack.push_back(std::move(first));
    while (!stack.empty() && !m_cancelled && !m_stopped) {
        Frame frame = std::move(stack.back());
        stack.pop_back();
        visit(root, frame, stack);
    }
}

Change Walker::makeChange(ChangeKind kind, uint32_t root, const Frame &frame) const
{
    Change c;
    c.kind = kind;
    c.root = root;
    c.path = kind == ChangeKind::Added ? frame.pathB : frame.pathA;
    if (kind != ChangeKind::Removed)
        c.newPath = frame.pathB;
    if (kind != ChangeKind::Added && frame.a != kNoNode) {
        c.oldNode = frame.a;
        c.oldType = pythonType(m_a, frame.a);
        c.oldSummary = summary(m_a, frame.a, kSummaryWidth);
    }
    if (kind != ChangeKind::Removed && frame.b != kNoNode) {
        c.newNode = frame.b;
        c.newType = pythonType(m_b, frame.b);
        c.newSummary = summary(m_b, frame.b, kSummaryWidth);
    }
    return c;
}

void Walker::record(Change change)
{
    ++m_changeCount;
    if (m_changes.size() < m_options.maxChanges)
        m_changes.push_back(std::move(change));
}

void Walker::visit(uint32_t root, Frame &frame, std::vector<Frame> &stack)
{
    if (frame.a == kNoNode) {
        record(makeChange(ChangeKind::Added, root, frame));
        return;
    }
    if (frame.b == kNoNode) {
        record(makeChange(ChangeKind::Removed, root, frame));
        return;
    }
    // Shared containers, objects and arrays are compared once per (old, new) pair; scalars
    // every time (a memoized string can hold several attributes that change independently).
    const Graph &ga = m_a.graph();
    const bool composite = frame.a < ga.size() && (ga.isContainer(frame.a) || ga.isObject(frame.a));
    if (composite && !m_visited.insert((uint64_t(frame.a) << 32) | frame.b).second)
        return;
    if (!tick(1))
        return;
    if (++m_visits > m_options.maxVisits) {
        m_stopped = true;
        return;
    }
    const NodeId a = followAlias(m_a, frame.a);
    const NodeId b = followAlias(m_b, frame.b);
    if (a == kNoNode || b == kNoNode || a >= m_a.graph().size() || b >= m_b.graph().size())
        return;
    if (pythonType(m_a, a) != pythonType(m_b, b)) {
        record(makeChange(ChangeKind::TypeChanged, root, frame));
        return;
    }
    if (compareArraysAt(root, frame, a, b))
        return;

    const Interpretation *ia = m_a.interpretation(a);
    const Interpretation *ib = m_b.interpretation(b);
    if (ia && ib && ia->what == Recognised::Estimator && ib->what == Recognised::Estimator) {
        m_estimatorPairs.push_back({root, a, b, frame.pathA, frame.pathB});
        if (ia->version != ib->version) {
            Change c;
            c.kind = ChangeKind::Changed;
            c.root = root;
            const PathStep step = PathStep::attribute("_sklearn_version");
            c.path = pathOf(frame.pathA, step);
            c.newPath = pathOf(frame.pathB, step);
            c.oldType = c.newType = "builtins.str";
            c.oldSummary = ia->version.empty() ? std::string() : reprStr(ia->version);
            c.newSummary = ib->version.empty() ? std::string() : reprStr(ib->version);
            record(std::move(c));
        }
    }
    if (childCount(m_a, a) == 0 && childCount(m_b, b) == 0) {
        if (!leafEqual(a, b))
            record(makeChange(ChangeKind::Changed, root, frame));
        return;
    }
    pushChildren(frame, a, b, stack);
}

bool Walker::compareArraysAt(uint32_t root, const Frame &frame, NodeId a, NodeId b)
{
    const auto x = arrayOfNode(m_a, a);
    const auto y = arrayOfNode(m_b, b);
    if (!x || !y || !x->dtype || !y->dtype)
        return false;
    const bool objectX = x->dtype->kind == 'O' && !x->dtype->isStructured();
    const bool objectY = y->dtype->kind == 'O' && !y->dtype->isStructured();
    const WorkTick work = [this](uint64_t units) {
        return tick(units);
    };
    Change change = makeChange(ChangeKind::Changed, root, frame);
    change.hasArray = true;
    if (objectX && objectY) {
        // Object arrays: the elements are walked like list items when the shapes agree.
        if (x->shape == y->shape)
            return false;
        change.array.oldShape = x->shape;
        change.array.newShape = y->shape;
        change.array.oldDType = change.array.newDType = "object";
        change.array.shapeChanged = true;
        record(std::move(change));
        return true;
    }
    const bool structured = x->dtype->isStructured() && y->dtype->isStructured();
    if (structured && x->shape == y->shape && dtypeText(*x) == dtypeText(*y)
        && !x->dtype->hasObject()) {
        // One change per field that differs: `path['field']`, as `get` reaches it.
        for (const DType::Field &field : x->dtype->fields) {
            const auto fx = fieldView(*x, field.name);
            const auto fy = fieldView(*y, field.name);
            if (!fx || !fy)
                continue;
            Change fc = change;
            const PathStep step = PathStep::keyStep(KeyLiteral::fromStr(field.name));
            fc.path = pathOf(frame.pathA, step);
            fc.newPath = pathOf(frame.pathB, step);
            fc.oldSummary = arraySummary(*fx);
            fc.newSummary = arraySummary(*fy);
            if (!detail::compareArrays(m_a, *fx, m_b, *fy, m_options, work, fc.array, m_cancelled))
                record(std::move(fc));
            if (m_cancelled)
                break;
        }
        return true;
    }
    if (!detail::compareArrays(m_a, *x, m_b, *y, m_options, work, change.array, m_cancelled)) {
        if (m_labeler && frame.parentA != kNoNode && !frame.attribute.empty())
            m_labeler(frame.parentA, frame.attribute, change.array);
        record(std::move(change));
    }
    return true;
}

void Walker::pushChildren(const Frame &frame, NodeId a, NodeId b, std::vector<Frame> &stack)
{
    const std::vector<Child> ca = children(m_a, a);
    const std::vector<Child> cb = children(m_b, b);
    std::vector<Frame> next;
    next.reserve(ca.size() + 1);
    std::vector<bool> matched(cb.size(), false);
    auto pair = [&](size_t i, size_t j) {
        Frame f;
        f.a = ca[i].node;
        f.b = cb[j].node;
        f.pathA = pathOf(frame.pathA, ca[i].step);
        f.pathB = pathOf(frame.pathB, cb[j].step);
        f.parentA = a;
        if (ca[i].step.type == PathStep::Type::Attribute)
            f.attribute = ca[i].step.name;
        matched[j] = true;
        next.push_back(std::move(f));
    };
    auto removed = [&](size_t i) {
        Frame f;
        f.a = ca[i].node;
        f.pathA = pathOf(frame.pathA, ca[i].step);
        next.push_back(std::move(f));
    };

    // Keys that identify a child on both sides: names for named steps, values for set items,
    // the formatted step (attribute, key, index) otherwise.
    std::vector<std::string> keysA;
    std::vector<std::string> keysB;
    std::optional<std::vector<std::string>> namesA;
    std::optional<std::vector<std::string>> namesB;
    if (isNamedList(frame.attribute)) {
        namesA = itemNames(m_a, a);
        namesB = itemNames(m_b, b);
    }
    if (namesA && namesB && namesA->size() == ca.size() && namesB->size() == cb.size()) {
        keysA = std::move(*namesA);
        keysB = std::move(*namesB);
    } else if (isSet(m_a.graph(), a) && isSet(m_b.graph(), b)) {
        auto ia = setIdentities(m_a, ca);
        auto ib = setIdentities(m_b, cb);
        if (ia && ib) {
            keysA = std::move(*ia);
            keysB = std::move(*ib);
        }
    }
    if (keysA.empty() && keysB.empty()) {
        keysA.reserve(ca.size());
        for (const Child &c : ca)
            keysA.push_back(formatStep(c.step));
        keysB.reserve(cb.size());
        for (const Child &c : cb)
            keysB.push_back(formatStep(c.step));
    }
    std::unordered_map<std::string, size_t> indexB;
    indexB.reserve(keysB.size());
    for (size_t j = 0; j < keysB.size(); ++j)
        indexB.try_emplace(keysB[j], j);
    for (size_t i = 0; i < ca.size(); ++i) {
        const auto it = indexB.find(keysA[i]);
        if (it != indexB.end() && !matched[it->second])
            pair(i, it->second);
        else
            removed(i);
    }
    for (size_t j = 0; j < cb.size(); ++j) {
        if (matched[j])
            continue;
        Frame f;
        f.b = cb[j].node;
        f.pathB = pathOf(frame.pathB, cb[j].step);
        next.push_back(std::move(f));
    }
    for (auto it = next.rbegin(); it != next.rend(); ++it)
        stack.push_back(std::move(*it));
}

bool Walker::leafEqual(NodeId a, NodeId b) const
{
    const Graph &ga = m_a.graph();
    const Graph &gb = m_b.graph();
    const Kind ka = ga.kind(a);
    const Kind kb = gb.kind(b);
    const Interpretation *ia = m_a.interpretation(a);
    const Interpretation *ib = m_b.interpretation(b);
    if ((ia && ia->what != Recognised::None) || (ib && ib->what != Recognised::None))
        return summary(m_a, a, kLeafWidth) == summary(m_b, b, kLeafWidth);
    if (isText(ka) && isText(kb)) {
        if (ka == kb) {
            const auto x = ga.bytes(a);
            const auto y = gb.bytes(b);
            return x.size() == y.size() && std::equal(x.begin(), x.end(), y.begin());
        }
        return pythonRepr(m_a, a) == pythonRepr(m_b, b);
    }
    const bool intA = ka == Kind::Int || ka == Kind::BigInt;
    const bool intB = kb == Kind::Int || kb == Kind::BigInt;
    if (intA && intB)
        return intText(ga, a) == intText(gb, b);
    if (ka != kb)
        return summary(m_a, a, kLeafWidth) == summary(m_b, b, kLeafWidth);
    switch (ka) {
    case Kind::None:
    case Kind::Unknown:
        return true;
    case Kind::Bool:
    case Kind::Ext:
    case Kind::Buffer:
        return ga.node(a).v.i == gb.node(b).v.i;
    case Kind::Float:
        return closeEnough(ga.node(a).v.f, gb.node(b).v.f, m_options);
    case Kind::Global:
        return pythonGlobalName(ga.global(a).module, ga.global(a).name)
               == pythonGlobalName(gb.global(b).module, gb.global(b).name);
    default:
        return summary(m_a, a, kLeafWidth) == summary(m_b, b, kLeafWidth);
    }
}

} // namespace ps::diff::detail
