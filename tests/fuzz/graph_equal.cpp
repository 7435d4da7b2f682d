// SPDX-License-Identifier: MIT
#include "graph_equal.h"

#include "path/path.h"
#include "pickler/pickler.h"
#include "present/children.h"
#include "util/bigint.h"
#include "util/utf8.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ps::fuzz {
namespace {

/// An object's construction and what the stream did to it, with the helper forms of lower
/// protocols (copyreg.__newobj__(cls, *args), copyreg.__newobj_ex__(cls, args, kwargs))
/// turned back into the NEWOBJ / NEWOBJ_EX they stand for, and INST taken as OBJ.
struct ObjectView
{
    ObjectData::Origin origin = ObjectData::Origin::Reduce;
    NodeId callable = kNoNode;
    std::vector<NodeId> args; ///< the argument tuple's items (or the args node itself)
    bool argsIsTuple = false;
    NodeId kwargs = kNoNode;
    const ObjectData *data = nullptr;
};

ObjectView viewOf(const Graph &g, NodeId id)
{
    const ObjectData &o = g.object(id);
    ObjectView v;
    v.origin = o.origin == ObjectData::Origin::Inst ? ObjectData::Origin::Obj : o.origin;
    v.callable = o.callable;
    v.kwargs = o.kwargs;
    v.data = &o;
    const bool tupleArgs = o.args != kNoNode && g.kind(o.args) == Kind::Tuple;
    if (tupleArgs)
        v.args.assign(g.items(o.args).begin(), g.items(o.args).end());
    else if (o.args != kNoNode)
        v.args = {o.args};
    v.argsIsTuple = tupleArgs || o.args == kNoNode;
    if (o.origin != ObjectData::Origin::Reduce || !tupleArgs)
        return v;
    const NodeId calleeNode = g.calleeGlobal(id);
    if (calleeNode == kNoNode)
        return v;
    const GlobalData &global = g.global(calleeNode);
    const std::string callee = py3Module(global.module) + "." + global.name;
    const auto &items = g.items(o.args);
    if (callee == "copyreg.__newobj__" && !items.empty()) {
        v.origin = ObjectData::Origin::NewObj;
        v.callable = items[0];
        v.args.assign(items.begin() + 1, items.end());
    } else if (callee == "copyreg.__newobj_ex__" && items.size() == 3
               && g.kind(items[1]) == Kind::Tuple) {
        v.origin = ObjectData::Origin::NewObjEx;
        v.callable = items[0];
        v.args.assign(g.items(items[1]).begin(), g.items(items[1]).end());
        v.kwargs = items[2];
    }
    return v;
}

std::vector<uint8_t> bigValue(const Graph &g, NodeId id)
{
    std::vector<uint8_t> v
        = g.kind(id) == Kind::Int ? bigint::fromInt64(g.node(id).v.i) : g.bigint(id);
    bigint::normalize(v);
    return v;
}

bool isMutable(Kind k)
{
    return k == Kind::List || k == Kind::Dict || k == Kind::Set || k == Kind::ByteArray
           || k == Kind::Call || k == Kind::Instance;
}

/// Bytes of one element in little-endian order for the numeric kinds (a big-endian array
/// written in native order compares equal), as stored otherwise.
std::vector<uint8_t> elementBytes(const NdArray &a, uint64_t i)
{
    const auto e = a.element(i);
    std::vector<uint8_t> out(e.begin(), e.end());
    const DType &d = *a.dtype;
    if (d.byteOrder != '>' || d.isStructured() || d.isSubArray())
        return out;
    const size_t unit = d.kind == 'c' ? d.itemSize / 2 : d.kind == 'U' ? 4 : d.itemSize;
    if (unit < 2)
        return out;
    for (size_t at = 0; at + unit <= out.size(); at += unit)
        std::reverse(out.begin() + static_cast<ptrdiff_t>(at),
                     out.begin() + static_cast<ptrdiff_t>(at + unit));
    return out;
}

bool sameDType(const DType &a, const DType &b)
{
    if (a.kind != b.kind || a.itemSize != b.itemSize || a.fields.size() != b.fields.size()
        || a.subShape != b.subShape || a.timeUnit != b.timeUnit)
        return false;
    for (size_t i = 0; i < a.fields.size(); ++i)
        if (a.fields[i].name != b.fields[i].name || a.fields[i].offset != b.fields[i].offset
            || !sameDType(*a.fields[i].type, *b.fields[i].type))
            return false;
    return true;
}

class Comparer
{
public:
    Comparer(const Document &a, const Document &b)
        : m_a(a)
        , m_b(b)
        , m_ga(a.graph())
        , m_gb(b.graph())
    {}

    std::string run()
    {
        if (m_a.roots().size() != m_b.roots().size())
            return "root count " + std::to_string(m_a.roots().size())
                   + " != " + std::to_string(m_b.roots().size());
        for (size_t r = 0; r < m_a.roots().size(); ++r)
            push(m_a.roots()[r], m_b.roots()[r], "root " + std::to_string(r), kNoTrail);
        while (!m_work.empty() && m_error.empty()) {
            const Pair p = m_work.back();
            m_work.pop_back();
            if (++m_visits > kMaxVisits)
                break;
            comparePair(p);
        }
        return m_error;
    }

private:
    static constexpr size_t kNoTrail = SIZE_MAX;
    static constexpr uint64_t kMaxVisits = 20'000'000;
    static constexpr uint64_t kMaxElements = 1u << 22;

    struct Pair
    {
        NodeId a;
        NodeId b;
        size_t trail;
    };
    struct Trail
    {
        std::string step;
        size_t parent;
    };

    void push(NodeId a, NodeId b, std::string step, size_t parent)
    {
        m_trails.push_back({std::move(step), parent});
        m_work.push_back({a, b, m_trails.size() - 1});
    }

    std::string where(size_t trail) const
    {
        std::vector<const std::string *> steps;
        for (size_t t = trail; t != kNoTrail; t = m_trails[t].parent)
            steps.push_back(&m_trails[t].step);
        std::string out;
        for (auto it = steps.rbegin(); it != steps.rend(); ++it)
            out += (out.empty() ? "" : " / ") + **it;
        return out;
    }

    void differ(const Pair &p, const std::string &what)
    {
        if (m_error.empty())
            m_error = where(p.trail) + ": " + what;
    }

    void pushItems(std::span<const NodeId> a, std::span<const NodeId> b, const Pair &p,
                   const std::string &what)
    {
        if (a.size() != b.size()) {
            differ(p, what + ": " + std::to_string(a.size())
                          + " items != " + std::to_string(b.size()));
            return;
        }
        for (size_t i = 0; i < a.size(); ++i)
            push(a[i], b[i], what + "[" + std::to_string(i) + "]", p.trail);
    }

    void pushOptional(NodeId a, NodeId b, const Pair &p, const std::string &what)
    {
        if ((a == kNoNode) != (b == kNoNode))
            differ(p, what + " present on one side only");
        else if (a != kNoNode)
            push(a, b, what, p.trail);
    }

    void comparePair(const Pair &p)
    {
        if (p.a == kNoNode || p.b == kNoNode) {
            if (p.a != p.b)
                differ(p, "a node missing on one side");
            return;
        }
        if (p.a >= m_ga.size() || p.b >= m_gb.size()) {
            differ(p, "a node outside its graph");
            return;
        }
        const NodeId a = followAlias(m_a, p.a);
        const NodeId b = followAlias(m_b, p.b);
        if (!m_seen.insert((uint64_t(a) << 32) | b).second)
            return;
        const Kind ka = m_ga.kind(a);
        const Kind kb = m_gb.kind(b);
        if (isMutable(ka)) {
            auto [ia, newA] = m_aToB.emplace(a, b);
            auto [ib, newB] = m_bToA.emplace(b, a);
            if (ia->second != b || ib->second != a) {
                differ(p, "shared differently (an object is the same object in one graph and "
                          "two objects in the other)");
                return;
            }
        }
        if (auto arrayA = arrayOfNode(m_a, a)) {
            auto arrayB = arrayOfNode(m_b, b);
            if (!arrayB) {
                differ(p, "an array became something else");
                return;
            }
            compareArrays(p, *arrayA, *arrayB);
            return;
        }
        const bool intA = ka == Kind::Int || ka == Kind::BigInt;
        const bool intB = kb == Kind::Int || kb == Kind::BigInt;
        if (intA && intB) {
            if (bigValue(m_ga, a) != bigValue(m_gb, b))
                differ(p, "int value differs");
            return;
        }
        if (ka == Kind::Py2String && kb == Kind::Str) {
            if (latin1ToUtf8(m_ga.bytes(a)) != m_gb.text(b))
                differ(p, "Python 2 string differs from the str written");
            return;
        }
        if (m_ga.isObject(a) && m_gb.isObject(b) && ka != Kind::PersId && kb != Kind::PersId) {
            compareObjects(p, a, b); // NEWOBJ may come back as copyreg.__newobj__ (REDUCE)
            return;
        }
        if (ka != kb) {
            differ(p, "kind " + std::to_string(int(ka)) + " != " + std::to_string(int(kb)));
            return;
        }
        const Node &na = m_ga.node(a);
        const Node &nb = m_gb.node(b);
        switch (ka) {
        case Kind::None:
            return;
        case Kind::Bool:
        case Kind::Ext:
            if (na.v.i != nb.v.i)
                differ(p, "value differs");
            return;
        case Kind::Buffer:
            if (na.v.i != nb.v.i || (na.flags & FlagReadOnly) != (nb.flags & FlagReadOnly))
                differ(p, "out-of-band buffer differs");
            return;
        case Kind::Float:
            if (std::memcmp(&na.v.f, &nb.v.f, sizeof(double)) != 0
                && !(std::isnan(na.v.f) && std::isnan(nb.v.f)))
                differ(p, "float differs");
            return;
        case Kind::Int:
        case Kind::BigInt:
            return; // compared above
        case Kind::Str:
        case Kind::Bytes:
        case Kind::ByteArray:
        case Kind::Py2String: {
            const auto x = m_ga.bytes(a);
            const auto y = m_gb.bytes(b);
            if (!std::equal(x.begin(), x.end(), y.begin(), y.end()))
                differ(p, "text or bytes differ");
            return;
        }
        case Kind::Tuple:
        case Kind::List:
        case Kind::Dict:
        case Kind::Set:
        case Kind::FrozenSet:
            pushItems(m_ga.items(a), m_gb.items(b), p, "items");
            return;
        case Kind::Global: {
            const GlobalData &x = m_ga.global(a);
            const GlobalData &y = m_gb.global(b);
            if (x.name != y.name || (x.module != y.module && py3Module(x.module) != y.module))
                differ(p, "global " + x.full() + " written as " + y.full());
            return;
        }
        case Kind::Call:
        case Kind::Instance:
        case Kind::PersId:
            compareObjects(p, a, b);
            return;
        case Kind::Unknown:
            differ(p, "an unknown value was written");
            return;
        }
    }

    void compareObjects(const Pair &p, NodeId a, NodeId b)
    {
        const ObjectView x = viewOf(m_ga, a);
        const ObjectView y = viewOf(m_gb, b);
        if (x.origin != y.origin) {
            differ(p, "object built another way (origin " + std::to_string(int(x.origin))
                          + " != " + std::to_string(int(y.origin)) + ")");
            return;
        }
        if (x.argsIsTuple != y.argsIsTuple) {
            differ(p, "arguments tuple on one side only");
            return;
        }
        pushOptional(x.callable, y.callable, p, "<callable>");
        pushItems(x.args, y.args, p, "<args>");
        pushOptional(x.kwargs, y.kwargs, p, "<kwargs>");
        pushItems(x.data->states, y.data->states, p, "<state>");
        pushItems(x.data->listItems, y.data->listItems, p, "<appended>");
        pushItems(x.data->dictItems, y.data->dictItems, p, "<setitem>");
        pushItems(x.data->setItems, y.data->setItems, p, "<additems>");
    }

    void compareArrays(const Pair &p, const NdArray &a, const NdArray &b)
    {
        if (a.shape != b.shape) {
            differ(p, "array shape differs");
            return;
        }
        if (!a.dtype || !b.dtype || !sameDType(*a.dtype, *b.dtype)) {
            differ(p, "array dtype differs");
            return;
        }
        if (a.subclass != b.subclass) {
            differ(p, "array class " + a.subclass + " written as " + b.subclass);
            return;
        }
        const uint64_t count = a.count();
        if (a.dtype->hasObject()) {
            pushItems(a.objects, b.objects, p, "<objects>");
            return;
        }
        const bool comparable = a.dtype->byteOrder == b.dtype->byteOrder
                                || (!a.dtype->isStructured() && !a.dtype->isSubArray());
        if (!comparable || count == UINT64_MAX)
            return;
        for (uint64_t i = 0; i < count && m_elements < kMaxElements; ++i, ++m_elements)
            if (elementBytes(a, i) != elementBytes(b, i)) {
                differ(p, "array element " + std::to_string(i) + " differs");
                return;
            }
    }

    const Document &m_a;
    const Document &m_b;
    const Graph &m_ga;
    const Graph &m_gb;
    std::vector<Pair> m_work;
    std::vector<Trail> m_trails;
    std::unordered_set<uint64_t> m_seen;
    std::unordered_map<NodeId, NodeId> m_aToB;
    std::unordered_map<NodeId, NodeId> m_bToA;
    uint64_t m_visits = 0;
    uint64_t m_elements = 0;
    std::string m_error;
};

} // namespace

std::string compareDocuments(const Document &original, const Document &written)
{
    return Comparer(original, written).run();
}

} // namespace ps::fuzz
