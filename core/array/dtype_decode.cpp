// SPDX-License-Identifier: MIT
// decodeDType: numpy.dtype objects from their pickled form (FORMAT.md §2.3), without numpy.
#include "array/dtype_decode.h"
#include "graph/node_util.h"

#include <unordered_map>
#include <unordered_set>

namespace ps {

namespace {

/// Nested structured / sub-array dtypes are decoded recursively; real dtypes nest a few levels.
constexpr int kMaxDTypeDepth = 32;
/// Cap on the size of a dtype expanded as a tree (fields counted through every nesting level).
/// A memo-shared dtype used by many fields at many levels would otherwise make describe(),
/// hasObject() and friends exponential.
constexpr uint64_t kMaxExpandedFields = 65536;

/// Per-call memo: each dtype node is decoded once, with its expanded tree size.
struct Decoded
{
    std::shared_ptr<const DType> dtype;
    uint64_t weight = 1;
};
using DecodeMemo = std::unordered_map<NodeId, Decoded>;

Error dtypeError(const Graph &g, NodeId id, std::string message)
{
    const uint64_t offset = id < g.size() ? g.node(id).begin : 0;
    return makeError(offset, "numpy dtype: " + std::move(message));
}

bool hasNoByteOrder(const DType &d)
{
    return d.kind == 'b' || d.kind == 'S' || d.kind == 'V' || d.kind == 'O' || d.itemSize <= 1
           || d.isStructured() || d.isSubArray();
}

Result<std::shared_ptr<const DType>> decodeAt(const Graph &g, NodeId id, int depth,
                                              DecodeMemo &memo);

/// The parsed pieces of a dtype state tuple (any of the 5..9-element layouts).
struct StateParts
{
    NodeId endian = kNoNode;
    NodeId subarray = kNoNode;
    NodeId names = kNoNode;
    NodeId fields = kNoNode;
    NodeId elsize = kNoNode;
    NodeId alignment = kNoNode;
    NodeId flags = kNoNode;
    NodeId metadata = kNoNode;
};

bool splitState(const Graph &g, NodeId state, StateParts &p)
{
    const auto t = nodes::tupleItems(g, state);
    if (!t)
        return false;
    const auto &s = *t;
    switch (s.size()) {
    case 5: // version 0: (endian, subarray, fields, elsize, alignment)
        p.endian = s[0];
        p.subarray = s[1];
        p.fields = s[2];
        p.elsize = s[3];
        p.alignment = s[4];
        return true;
    case 6: // (version, endian, subarray, fields, elsize, alignment)
        p.endian = s[1];
        p.subarray = s[2];
        p.fields = s[3];
        p.elsize = s[4];
        p.alignment = s[5];
        return true;
    case 7:
    case 8:
    case 9: // (version, endian, subarray, names, fields, elsize, alignment[, flags[, metadata]])
        p.endian = s[1];
        p.subarray = s[2];
        p.names = s[3];
        p.fields = s[4];
        p.elsize = s[5];
        p.alignment = s[6];
        if (s.size() >= 8)
            p.flags = s[7];
        if (s.size() == 9)
            p.metadata = s[8];
        if (const auto v = nodes::intValue(g, s[0]); !v || *v < 0 || *v > 4)
            return false;
        return true;
    default:
        return false;
    }
}

/// Field names: the names tuple, or (old states) the tuple stored under key -1 of fields.
OptionalItems fieldNames(const Graph &g, const StateParts &p)
{
    if (const auto n = nodes::tupleItems(g, p.names))
        return n;
    if (p.fields >= g.size() || g.kind(p.fields) != Kind::Dict)
        return nullptr;
    const auto &items = g.items(p.fields);
    for (size_t i = 0; i + 1 < items.size(); i += 2) {
        if (const auto k = nodes::intValue(g, items[i]); k && *k == -1)
            return nodes::tupleItems(g, items[i + 1]);
    }
    return nullptr;
}

NodeId fieldEntry(const Graph &g, NodeId fields, NodeId nameNode)
{
    if (fields >= g.size() || g.kind(fields) != Kind::Dict)
        return kNoNode;
    const auto name = nodes::stringValue(g, nameNode);
    if (!name)
        return kNoNode;
    return nodes::dictGet(g, fields, *name);
}

Result<std::shared_ptr<const DType>> decodeUncached(const Graph &g, NodeId id, int depth,
                                                    DecodeMemo &memo, uint64_t &weight);

Result<std::shared_ptr<const DType>> decodeAt(const Graph &g, NodeId id, int depth,
                                              DecodeMemo &memo)
{
    if (const auto it = memo.find(id); it != memo.end()) {
        if (!it->second.dtype)
            return dtypeError(g, id, "contains itself"); // a cycle, or a node that failed
        return it->second.dtype;
    }
    memo.emplace(id, Decoded{}); // in progress: a cycle back here fails instead of looping
    uint64_t weight = 1;
    auto r = decodeUncached(g, id, depth, memo, weight);
    if (r)
        memo[id] = Decoded{*r, weight};
    return r;
}

/// Adds the expanded size of an already decoded child to `weight`; false when over the cap.
bool addWeight(const DecodeMemo &memo, NodeId child, uint64_t &weight)
{
    const auto it = memo.find(child);
    const uint64_t w = it == memo.end() ? 1 : it->second.weight;
    weight += w;
    return weight <= kMaxExpandedFields;
}

Result<std::shared_ptr<const DType>> decodeUncached(const Graph &g, NodeId id, int depth,
                                                    DecodeMemo &memo, uint64_t &weight)
{
    if (depth > kMaxDTypeDepth)
        return dtypeError(g, id, "nested too deeply");
    if (id >= g.size() || g.kind(id) != Kind::Call)
        return dtypeError(g, id, "not a numpy.dtype(...) call");
    const ObjectData &o = g.object(id);
    if (nodes::globalName(g, o.callable) != "numpy.dtype")
        return dtypeError(g, id, "callable is not numpy.dtype");
    const auto args = nodes::tupleItems(g, o.args);
    if (!args || args->empty())
        return dtypeError(g, id, "missing type string");

    std::shared_ptr<DType> d;
    const NodeId spec = (*args)[0];
    if (g.kind(spec) == Kind::Global) {
        const GlobalData &gd = g.global(spec);
        if (gd.name == "record" || gd.name == "void")
            d = DType::fromTypeStr("|V0");
        else
            d = DType::fromScalarTypeName(gd.name);
    } else if (const auto ts = nodes::smallBytes(g, spec)) {
        d = DType::fromTypeStr(*ts);
    }
    if (!d)
        return dtypeError(g, id, "unknown type string");
    d->node = id;

    const NodeId state = g.lastState(id);
    if (state == kNoNode || state >= g.size()) {
        return std::shared_ptr<const DType>(std::move(d));
    }
    StateParts p;
    if (!splitState(g, state, p))
        return dtypeError(g, id, "unsupported state tuple");

    // Element size for flexible kinds (S, U, V and structured).
    if (const auto es = nodes::intValue(g, p.elsize);
        es && *es >= 0 && (d->kind == 'S' || d->kind == 'U' || d->kind == 'V')) {
        d->itemSize = static_cast<uint64_t>(*es);
    }
    if (const auto al = nodes::intValue(g, p.alignment))
        d->alignment = *al;
    if (const auto fl = nodes::intValue(g, p.flags))
        d->alignedStruct = (static_cast<uint64_t>(*fl) & 0x80u) != 0;

    // Sub-array: (base_dtype, shape).
    if (!nodes::isNone(g, p.subarray) && p.subarray != kNoNode) {
        const auto sub = nodes::tupleItems(g, p.subarray);
        if (!sub || sub->size() != 2)
            return dtypeError(g, id, "malformed sub-array");
        auto base = decodeAt(g, (*sub)[0], depth + 1, memo);
        if (!base)
            return base.error();
        if (!addWeight(memo, (*sub)[0], weight))
            return dtypeError(g, id, "nested too widely");
        auto shape = nodes::shapeValue(g, (*sub)[1]);
        if (!shape)
            return dtypeError(g, id, "malformed sub-array shape");
        const auto n = NdArray::checkedCount(*shape);
        uint64_t bytes = 0;
        if (!n || __builtin_mul_overflow(*n, (*base)->itemSize, &bytes))
            return dtypeError(g, id, "sub-array size overflows");
        if (d->itemSize == 0)
            d->itemSize = bytes;
        if (bytes != d->itemSize)
            return dtypeError(g, id, "sub-array size does not match the element size");
        d->subBase = *base;
        d->subShape = std::move(*shape);
    }

    // Structured: iterate names (fields also holds title aliases).
    if (const auto names = fieldNames(g, p)) {
        if (p.fields >= g.size() || g.kind(p.fields) != Kind::Dict)
            return dtypeError(g, id, "names without fields");
        std::unordered_set<std::string> seen;
        for (const NodeId nameNode : *names) {
            const auto name = nodes::stringValue(g, nameNode);
            if (!name)
                return dtypeError(g, id, "field name is not a string");
            const auto entry = nodes::tupleItems(g, fieldEntry(g, p.fields, nameNode));
            if (!entry || entry->size() < 2)
                return dtypeError(g, id, "field '" + std::string(*name) + "' has no entry");
            auto ft = decodeAt(g, (*entry)[0], depth + 1, memo);
            if (!ft)
                return ft.error();
            if (!addWeight(memo, (*entry)[0], weight))
                return dtypeError(g, id, "nested too widely");
            const auto off = nodes::intValue(g, (*entry)[1]);
            if (!off || *off < 0)
                return dtypeError(g, id, "field offset is not a non-negative int");
            uint64_t end = 0;
            if (__builtin_add_overflow(static_cast<uint64_t>(*off), (*ft)->itemSize, &end)
                || end > d->itemSize)
                return dtypeError(g, id,
                                  "field '" + std::string(*name) + "' lies outside the item");
            if (!seen.insert(std::string(*name)).second)
                return dtypeError(g, id, "duplicate field name");
            DType::Field f;
            f.name = std::string(*name);
            f.type = *ft;
            f.offset = static_cast<uint64_t>(*off);
            if (entry->size() >= 3) {
                if (const auto title = nodes::stringValue(g, (*entry)[2]))
                    f.title = std::string(*title);
            }
            d->fields.push_back(std::move(f));
        }
    }

    // Byte order (only meaningful for multi-byte scalars).
    if (const auto e = nodes::smallBytes(g, p.endian); e && e->size() == 1) {
        const char c = (*e)[0];
        if (c != '<' && c != '>' && c != '|' && c != '=')
            return dtypeError(g, id, "bad byte order");
        if (!hasNoByteOrder(*d))
            d->byteOrder = (c == '>') ? '>' : '<';
        else
            d->byteOrder = '|';
    }

    // Datetime unit metadata: (metadata, (unit, num, den, events)).
    if ((d->kind == 'M' || d->kind == 'm') && p.metadata != kNoNode) {
        const auto md = nodes::tupleItems(g, p.metadata);
        const auto unit = md && md->size() == 2 ? nodes::tupleItems(g, (*md)[1]) : nullptr;
        if (unit && unit->size() >= 2) {
            const auto u = nodes::smallBytes(g, (*unit)[0]);
            const auto num = nodes::intValue(g, (*unit)[1]);
            if (u && num && *num > 0) {
                if (*u == "generic") {
                    d->timeUnit.clear();
                    d->timeUnitCount = 1;
                } else {
                    auto check = DType::fromTypeStr("<M8[" + *u + "]");
                    if (!check)
                        return dtypeError(g, id, "unknown datetime unit");
                    d->timeUnit = *u;
                    d->timeUnitCount = *num;
                }
            }
        }
    }
    return std::shared_ptr<const DType>(std::move(d));
}

} // namespace

Result<std::shared_ptr<const DType>> decodeDType(const Graph &graph, NodeId dtypeNode)
{
    try {
        DecodeMemo memo;
        return decodeAt(graph, dtypeNode, 0, memo);
    } catch (...) {
        return makeError(0, "numpy dtype: out of memory while decoding");
    }
}

} // namespace ps
