// SPDX-License-Identifier: MIT
#include "present/children.h"

#include "document/document.h"
#include "document/interpretation.h"
#include "opcodes/opcode_reader.h"
#include "present/python_type.h"
#include "present/summary.h"
#include "util/pyrepr.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

namespace ps {

ObjectStateDicts objectStateDicts(const Graph &g, NodeId id)
{
    ObjectStateDicts out;
    if (id == kNoNode || id >= g.size() || !g.isObject(id))
        return out;
    const ObjectData &obj = g.object(id);
    if (obj.states.empty())
        return out;
    const NodeId state = obj.states.back();
    if (state == kNoNode || state >= g.size())
        return out;
    if (g.kind(state) == Kind::Dict) {
        out.dict = state;
    } else if (g.kind(state) == Kind::Tuple && g.items(state).size() == 2) {
        const NodeId d = g.items(state)[0];
        const NodeId s = g.items(state)[1];
        if (d < g.size() && g.kind(d) == Kind::Dict)
            out.dict = d;
        if (s < g.size() && g.kind(s) == Kind::Dict)
            out.slots = s;
    }
    return out;
}

namespace {

/// dictEntries for the usual small dict of str keys (a record: "id", "name", ...): two str keys
/// are the same key exactly when their texts are equal, compared without building identities.
bool smallStrDictEntries(const Graph &g, std::span<const NodeId> flat,
                         std::vector<DictEntry> &entries)
{
    constexpr size_t kSmall = 32;
    const size_t n = flat.size() / 2;
    if (n > kSmall)
        return false;
    for (size_t i = 0; i < n; ++i)
        if (flat[2 * i] >= g.size() || g.kind(flat[2 * i]) != Kind::Str)
            return false;
    for (size_t i = 0; i < n; ++i) {
        const NodeId key = flat[2 * i];
        auto same = std::find_if(entries.begin(), entries.end(), [&](const DictEntry &e) {
            const NodeId other = flat[e.keyIndex];
            return other == key || g.text(other) == g.text(key);
        });
        if (same == entries.end())
            entries.push_back({2 * i, 2 * i + 1});
        else
            same->valueIndex = 2 * i + 1;
    }
    return true;
}

} // namespace

std::vector<DictEntry> dictEntries(const Document &document, std::span<const NodeId> flat)
{
    std::vector<DictEntry> entries;
    const size_t n = flat.size() / 2;
    entries.reserve(n);
    if (smallStrDictEntries(document.graph(), flat, entries))
        return entries;
    std::unordered_map<std::string, size_t> position;
    position.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        auto [it, inserted]
            = position.try_emplace(keyIdentity(document, flat[2 * i]), entries.size());
        if (inserted)
            entries.push_back({2 * i, 2 * i + 1});
        else
            entries[it->second].valueIndex = 2 * i + 1;
    }
    return entries;
}

namespace {

/// Collects a window [first, first + max) of the children while counting all of them.
class Collector
{
public:
    Collector(size_t first, size_t max, std::vector<Child> *out)
        : m_first(first)
        , m_max(max)
        , m_out(out)
    {}

    /// Adds `count` children produced on demand by `make(i)`.
    void segment(size_t count, const std::function<Child(size_t)> &make)
    {
        if (m_out) {
            size_t i = m_first > m_total ? m_first - m_total : 0;
            for (; i < count && m_out->size() < m_max; ++i)
                m_out->push_back(make(i));
        }
        m_total += count;
    }

    void one(Child child)
    {
        if (m_out && m_total >= m_first && m_out->size() < m_max)
            m_out->push_back(std::move(child));
        ++m_total;
    }

    size_t total() const { return m_total; }

private:
    size_t m_first;
    size_t m_max;
    std::vector<Child> *m_out;
    size_t m_total = 0;
};

std::string indexLabel(const std::vector<int64_t> &indices)
{
    std::string s;
    for (size_t i = 0; i < indices.size(); ++i) {
        if (i)
            s += ", ";
        s += std::to_string(indices[i]);
    }
    return s;
}

Child indexChild(int64_t index, NodeId node)
{
    return {PathStep::index({index}), std::to_string(index), node};
}

Child pseudoChild(const char *name, NodeId node)
{
    return {PathStep::attribute(name), name, node};
}

/// A child for a dict entry: a key step when the key has a literal form, else `<value N>`.
Child keyChild(const Document &document, NodeId key, NodeId value, size_t entryNumber)
{
    if (auto lit = keyLiteralOf(document, key)) {
        std::string label = lit->type == KeyLiteral::Type::Str ? reprStr(lit->text, 200)
                                                               : truncateText(lit->repr(), 200);
        return {PathStep::keyStep(std::move(*lit)), std::move(label), value};
    }
    const std::string name = "<value " + std::to_string(entryNumber) + ">";
    return {PathStep::attribute(name), summary(document, key, 60), value};
}

void dictSegment(const Document &document, std::span<const NodeId> flat, Collector &c)
{
    const auto entries = dictEntries(document, flat);
    c.segment(entries.size(), [&](size_t i) {
        return keyChild(document, flat[entries[i].keyIndex], flat[entries[i].valueIndex], i);
    });
}

void sequenceSegment(std::span<const NodeId> items, Collector &c)
{
    c.segment(items.size(),
              [&](size_t i) { return indexChild(static_cast<int64_t>(i), items[i]); });
}

void stateAttributes(const Document &document, NodeId dict, Collector &c)
{
    const Graph &g = document.graph();
    const auto &flat = g.items(dict);
    const auto entries = dictEntries(document, flat);
    std::vector<DictEntry> named;
    named.reserve(entries.size());
    for (const auto &e : entries) {
        const Kind k = g.kind(flat[e.keyIndex]);
        if (k == Kind::Str || k == Kind::Py2String)
            named.push_back(e);
    }
    c.segment(named.size(), [&](size_t i) {
        const NodeId key = flat[named[i].keyIndex];
        std::string name
            = g.kind(key) == Kind::Str ? std::string(g.text(key)) : latin1ToUtf8(g.bytes(key));
        Child child{PathStep::attribute(name), name, flat[named[i].valueIndex]};
        return child;
    });
}

bool isConstructorWrapper(const Graph &g, NodeId id)
{
    const std::string callee = g.calleeName(id);
    return callee == "copy_reg._reconstructor" || callee == "copyreg._reconstructor"
           || callee == "copyreg.__newobj__" || callee == "copy_reg.__newobj__"
           || callee == "copyreg.__newobj_ex__";
}

void objectChildren(const Document &document, NodeId id, Collector &c)
{
    const Graph &g = document.graph();
    const ObjectData &obj = g.object(id);
    if (g.kind(id) == Kind::PersId) {
        // A persistent object is what persistent_load returns; SETITEM, APPEND and BUILD
        // still apply to it afterwards, so they show as on any object.
        if (obj.args != kNoNode)
            c.one(pseudoChild("<pid>", obj.args));
        if (!obj.dictItems.empty())
            dictSegment(document, obj.dictItems, c);
        if (!obj.listItems.empty())
            sequenceSegment(obj.listItems, c);
        else if (!obj.setItems.empty())
            sequenceSegment(obj.setItems, c);
        if (!obj.states.empty())
            c.one(pseudoChild("<state>", obj.states.back()));
        return;
    }
    const ObjectStateDicts dicts = objectStateDicts(g, id);
    const bool hasDictState = dicts.dict != kNoNode || dicts.slots != kNoNode;
    if (dicts.dict != kNoNode)
        stateAttributes(document, dicts.dict, c);
    if (dicts.slots != kNoNode)
        stateAttributes(document, dicts.slots, c);
    if (!obj.dictItems.empty())
        dictSegment(document, obj.dictItems, c);
    if (!obj.listItems.empty())
        sequenceSegment(obj.listItems, c);
    else if (!obj.setItems.empty())
        sequenceSegment(obj.setItems, c);
    const bool hasArgs = obj.args != kNoNode && obj.args < g.size()
                         && !(g.kind(obj.args) == Kind::Tuple && g.items(obj.args).empty());
    if (hasDictState) {
        if (hasArgs && !isConstructorWrapper(g, id))
            c.one(pseudoChild("<args>", obj.args));
        return;
    }
    if (obj.callable != kNoNode)
        c.one(pseudoChild("<callable>", obj.callable));
    if (hasArgs)
        c.one(pseudoChild("<args>", obj.args));
    if (obj.kwargs != kNoNode)
        c.one(pseudoChild("<kwargs>", obj.kwargs));
    if (!obj.states.empty())
        c.one(pseudoChild("<state>", obj.states.back()));
}

void memberChildren(const Document &document, const Interpretation &in, Collector &c)
{
    // Key members behave like a dict: one child per distinct key, first position, last value.
    std::unordered_map<std::string, size_t> firstOf;
    std::vector<size_t> lastValue(in.members.size());
    std::vector<bool> shown(in.members.size(), true);
    for (size_t i = 0; i < in.members.size(); ++i) {
        lastValue[i] = i;
        const Member &m = in.members[i];
        if (m.style != MemberStyle::Key)
            continue;
        auto [it, inserted] = firstOf.try_emplace(keyIdentity(document, m.key), i);
        if (!inserted) {
            lastValue[it->second] = i;
            shown[i] = false;
        }
    }
    std::vector<size_t> order;
    for (size_t i = 0; i < in.members.size(); ++i)
        if (shown[i])
            order.push_back(i);
    size_t entryNumber = 0;
    std::vector<size_t> entryOf(in.members.size(), 0);
    for (const size_t i : order)
        if (in.members[i].style == MemberStyle::Key)
            entryOf[i] = entryNumber++;
    c.segment(order.size(), [&](size_t k) {
        const size_t i = order[k];
        const Member &m = in.members[i];
        switch (m.style) {
        case MemberStyle::Attribute:
            return Child{PathStep::attribute(m.name), m.name, m.value};
        case MemberStyle::Key:
            return keyChild(document, m.key, in.members[lastValue[i]].value, entryOf[i]);
        case MemberStyle::Index:
            break;
        }
        return indexChild(m.index, m.value);
    });
    if (in.what == Recognised::DefaultDict && in.value != kNoNode)
        c.one(Child{PathStep::attribute("default_factory"), "default_factory", in.value});
}

void arrayChildren(const NdArray &array, Collector &c)
{
    if (!array.dtype || array.dtype->kind != 'O' || array.ndim() == 0)
        return;
    const uint64_t n = std::min<uint64_t>(array.count(), array.objects.size());
    c.segment(static_cast<size_t>(n), [&](size_t flat) {
        std::vector<int64_t> idx(array.ndim());
        uint64_t rest = flat;
        for (size_t a = array.ndim(); a-- > 0;) {
            const uint64_t dim = std::max<uint64_t>(array.shape[a], 1);
            idx[a] = static_cast<int64_t>(rest % dim);
            rest /= dim;
        }
        std::string label = indexLabel(idx);
        return Child{PathStep::index(std::move(idx)), std::move(label), array.objects[flat]};
    });
}

size_t enumerate(const Document &document, NodeId id, size_t first, size_t max,
                 std::vector<Child> *out)
{
    Collector c(first, max, out);
    const Graph &g = document.graph();
    if (id == kNoNode || id >= g.size())
        return 0;
    id = followAlias(document, id);
    if (id == kNoNode || id >= g.size())
        return 0;
    if (const Interpretation *in = document.interpretation(id)) {
        if (!in->members.empty()) {
            memberChildren(document, *in, c);
            return c.total();
        }
        switch (in->what) {
        case Recognised::NdArray:
        case Recognised::NumpyScalar:
        case Recognised::TorchTensor:
        case Recognised::JoblibWrapper:
            if (in->array)
                arrayChildren(*in->array, c);
            return c.total();
        case Recognised::DType:
        case Recognised::NumpyType:
        case Recognised::Datetime:
        case Recognised::Date:
        case Recognised::Time:
        case Recognised::Timedelta:
        case Recognised::Decimal:
        case Recognised::Complex:
        case Recognised::Enum:
        case Recognised::TorchStorage:
            return c.total();
        case Recognised::DefaultDict:
            if (in->value != kNoNode)
                c.one(Child{PathStep::attribute("default_factory"), "default_factory", in->value});
            return c.total();
        default:
            break;
        }
    }
    switch (g.kind(id)) {
    case Kind::Tuple:
    case Kind::List:
    case Kind::Set:
    case Kind::FrozenSet:
        sequenceSegment(g.items(id), c);
        break;
    case Kind::Dict:
        dictSegment(document, g.items(id), c);
        break;
    case Kind::Call:
    case Kind::Instance:
    case Kind::PersId:
        objectChildren(document, id, c);
        break;
    default:
        break;
    }
    return c.total();
}

} // namespace

std::vector<Child> children(const Document &document, NodeId id, size_t first, size_t max)
{
    std::vector<Child> out;
    if (max == 0)
        return out;
    enumerate(document, id, first, max, &out);
    return out;
}

size_t childCount(const Document &document, NodeId id)
{
    return enumerate(document, id, 0, 0, nullptr);
}

} // namespace ps
