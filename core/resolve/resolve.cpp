// SPDX-License-Identifier: MIT
#include "resolve/resolve.h"

#include "document/document.h"
#include "present/children.h"
#include "present/python_type.h"
#include "util/pyrepr.h"

#include <charconv>

namespace ps {

namespace {

Error plainError(std::string message)
{
    return makeError(0, std::move(message));
}

std::shared_ptr<const NdArray> elementView(const NdArray &array, uint64_t flat)
{
    auto view = std::make_shared<NdArray>(array);
    view->offset = array.elementOffset(flat);
    view->shape.clear();
    view->strides.clear();
    if (!array.objects.empty()) {
        view->objects.clear();
        if (flat < array.objects.size())
            view->objects.push_back(array.objects[flat]);
    }
    return view;
}

bool isObjectArray(const NdArray &a)
{
    return a.dtype && a.dtype->kind == 'O';
}

std::string fieldNames(const DType &d)
{
    std::string s;
    for (size_t i = 0; i < d.fields.size() && i < 12; ++i) {
        if (i)
            s += ", ";
        s += reprStr(d.fields[i].name);
    }
    if (d.fields.size() > 12)
        s += ", …";
    return s;
}

Result<Resolved> arrayFromView(const Document &document, NodeId owner,
                               std::shared_ptr<const NdArray> view, bool zeroDimIsElement)
{
    Resolved r;
    r.node = owner;
    if (view->ndim() == 0 && zeroDimIsElement) {
        if (isObjectArray(*view)) {
            if (view->objects.empty())
                return plainError("object array element is missing");
            return resolvedNode(document, view->objects[0]);
        }
        r.array = std::move(view);
        r.isElement = true;
        r.elementFlatIndex = 0;
        return r;
    }
    r.array = std::move(view);
    return r;
}

Result<Resolved> indexArray(const Document &document, const Resolved &from,
                            const std::vector<int64_t> &indices)
{
    const NdArray &a = *from.array;
    if (from.isElement)
        return plainError("invalid index to scalar variable");
    if (indices.size() > a.ndim())
        return plainError("too many indices for array: array is " + std::to_string(a.ndim())
                          + "-dimensional, but " + std::to_string(indices.size())
                          + " were indexed");
    std::vector<uint64_t> idx;
    for (size_t axis = 0; axis < indices.size(); ++axis) {
        const uint64_t size = a.shape[axis];
        int64_t i = indices[axis];
        const int64_t orig = i;
        if (i < 0)
            i += static_cast<int64_t>(size);
        if (i < 0 || static_cast<uint64_t>(i) >= size)
            return plainError("index " + std::to_string(orig) + " is out of bounds for axis "
                              + std::to_string(axis) + " with size " + std::to_string(size));
        idx.push_back(static_cast<uint64_t>(i));
    }
    if (indices.size() == a.ndim()) {
        uint64_t flat = 0;
        for (size_t axis = 0; axis < idx.size(); ++axis)
            flat = flat * a.shape[axis] + idx[axis];
        if (isObjectArray(a)) {
            if (flat >= a.objects.size())
                return plainError("object array element " + std::to_string(flat) + " is missing");
            return resolvedNode(document, a.objects[flat]);
        }
        Resolved r;
        r.node = from.node;
        r.array = from.array;
        r.isElement = true;
        r.elementFlatIndex = flat;
        return r;
    }
    Resolved r;
    r.node = from.node;
    r.array = subArrayView(a, idx);
    return r;
}

Result<Resolved> arrayStep(const Document &document, const Resolved &from, const PathStep &step)
{
    const NdArray &a = *from.array;
    switch (step.type) {
    case PathStep::Type::Index:
        return indexArray(document, from, step.indices);
    case PathStep::Type::Key: {
        if (step.key.type != KeyLiteral::Type::Str)
            return plainError("arrays are indexed by integers or field names, not by "
                              + step.key.repr());
        std::shared_ptr<const NdArray> base = from.array;
        if (from.isElement)
            base = elementView(a, from.elementFlatIndex);
        if (!base->dtype || !base->dtype->isStructured())
            return plainError("no field " + reprStr(step.key.text) + ": the array's dtype "
                              + (base->dtype ? base->dtype->str() : std::string("?"))
                              + " has no fields");
        auto view = fieldView(*base, step.key.text);
        if (!view)
            return plainError("no field " + reprStr(step.key.text)
                              + " in the dtype (fields: " + fieldNames(*base->dtype) + ")");
        return arrayFromView(document, from.node, std::move(view),
                             from.isElement || base->ndim() == 0);
    }
    case PathStep::Type::Attribute:
        break;
    }
    return plainError("no attribute " + reprStr(step.name) + " on "
                      + (from.isElement ? std::string("an array element") : std::string("ndarray"))
                      + " (arrays have no attributes in paths; use [i] or ['field'])");
}

// --- nodes -----------------------------------------------------------------------------------

std::string typeForMessage(const Document &document, NodeId id)
{
    return shortType(document, id);
}

std::string attributeList(const Document &document, NodeId id)
{
    std::string s;
    size_t n = 0;
    const auto kids = children(document, id, 0, 64);
    for (const auto &c : kids) {
        if (c.step.type != PathStep::Type::Attribute || c.step.isPseudo())
            continue;
        if (n == 10) {
            s += ", …";
            break;
        }
        if (n)
            s += ", ";
        s += c.step.name;
        ++n;
    }
    return s;
}

/// The value for a key in a flat key, value, ... list (Python: the last value of an equal key).
NodeId lookupFlat(const Document &document, std::span<const NodeId> flat, const KeyLiteral &key)
{
    for (size_t i = flat.size() / 2; i-- > 0;) {
        if (keyMatches(document, flat[2 * i], key))
            return flat[2 * i + 1];
    }
    return kNoNode;
}

NodeId lookupMembers(const Document &document, const std::vector<Member> &members,
                     const KeyLiteral &key)
{
    for (size_t i = members.size(); i-- > 0;) {
        const Member &m = members[i];
        if (m.style == MemberStyle::Key && keyMatches(document, m.key, key))
            return m.value;
    }
    return kNoNode;
}

NodeId lookupStateAttribute(const Document &document, NodeId id, std::string_view name)
{
    const Graph &g = document.graph();
    const ObjectStateDicts dicts = objectStateDicts(g, id);
    const KeyLiteral key = KeyLiteral::fromStr(std::string(name));
    for (const NodeId d : {dicts.slots, dicts.dict}) {
        if (d == kNoNode)
            continue;
        const NodeId v = lookupFlat(document, g.items(d), key);
        if (v != kNoNode)
            return v;
    }
    return kNoNode;
}

/// The (key, value) entries of a dict-like in Python order (distinct keys, first position,
/// last value): Dict nodes, Key members of an interpretation, SETITEMs on an object.
std::optional<std::vector<std::pair<NodeId, NodeId>>> entryPairs(const Document &document,
                                                                 NodeId id)
{
    const Graph &g = document.graph();
    const NodeId target = followAlias(document, id);
    std::vector<NodeId> flat;
    const Interpretation *in = document.interpretation(target);
    bool found = false;
    if (in) {
        for (const Member &m : in->members) {
            if (m.style == MemberStyle::Key) {
                flat.push_back(m.key);
                flat.push_back(m.value);
                found = true;
            }
        }
    }
    if (!found && g.kind(target) == Kind::Dict) {
        flat.assign(g.items(target).begin(), g.items(target).end());
        found = true;
    }
    if (!found && g.isObject(target) && !g.object(target).dictItems.empty()) {
        flat = g.object(target).dictItems;
        found = true;
    }
    if (!found)
        return std::nullopt;
    std::vector<std::pair<NodeId, NodeId>> out;
    for (const auto &e : dictEntries(document, flat))
        out.emplace_back(flat[e.keyIndex], flat[e.valueIndex]);
    return out;
}

Result<Resolved> pseudoStep(const Document &document, NodeId id, const std::string &name)
{
    const Graph &g = document.graph();
    const std::string inner = name.substr(1, name.size() - 2);
    auto found = [&](NodeId n) -> Result<Resolved> {
        if (n == kNoNode || n >= g.size())
            return plainError("no " + name + " on " + typeForMessage(document, id));
        return resolvedNode(document, n);
    };
    if (inner.starts_with("value ") || inner.starts_with("key ")) {
        // The N-th entry (Python order) of a dict-like, whatever its key.
        const bool wantKey = inner.starts_with("key ");
        const size_t skip = wantKey ? 4 : 6;
        size_t n = 0;
        const auto res = std::from_chars(inner.data() + skip, inner.data() + inner.size(), n);
        if (res.ec != std::errc() || res.ptr != inner.data() + inner.size())
            return plainError("expected " + std::string(wantKey ? "<key N>" : "<value N>")
                              + " with a number N");
        const auto entries = entryPairs(document, id);
        if (!entries)
            return plainError("no " + name + " on " + typeForMessage(document, id)
                              + " (it is not a dict)");
        if (n >= entries->size())
            return plainError("entry " + std::to_string(n) + " out of range for "
                              + typeForMessage(document, id) + " of "
                              + std::to_string(entries->size()) + " items");
        return found(wantKey ? (*entries)[n].first : (*entries)[n].second);
    }
    if (g.isObject(id)) {
        const ObjectData &obj = g.object(id);
        if (inner == "callable")
            return found(obj.callable);
        if (inner == "args")
            return found(obj.args);
        if (inner == "kwargs")
            return found(obj.kwargs);
        if (inner == "state")
            return found(obj.states.empty() ? kNoNode : obj.states.back());
        if (inner == "pid" && g.kind(id) == Kind::PersId)
            return found(obj.args);
        if (inner.starts_with("state ")) {
            size_t n = 0;
            const auto res = std::from_chars(inner.data() + 6, inner.data() + inner.size(), n);
            if (res.ec != std::errc() || res.ptr != inner.data() + inner.size())
                return plainError("expected <state N> with a number N");
            if (n >= obj.states.size())
                return plainError("BUILD state " + std::to_string(n) + " out of range ("
                                  + std::to_string(obj.states.size()) + " BUILD states)");
            return found(obj.states[n]);
        }
    }
    return plainError("no pseudo attribute " + name + " on " + typeForMessage(document, id)
                      + " (pseudo attributes: <callable>, <args>, <kwargs>, <state>, "
                        "<state N>, <pid>, <key N>, <value N>)");
}

std::string containerName(Kind k)
{
    switch (k) {
    case Kind::Tuple:
        return "tuple";
    case Kind::List:
        return "list";
    case Kind::Set:
        return "set";
    case Kind::FrozenSet:
        return "frozenset";
    default:
        return "sequence";
    }
}

Result<Resolved> indexSequence(const Document &document, std::span<const NodeId> items,
                               int64_t index, const std::string &what)
{
    const int64_t n = static_cast<int64_t>(items.size());
    const int64_t i = index < 0 ? index + n : index;
    if (i < 0 || i >= n)
        return plainError("index " + std::to_string(index) + " out of range for " + what + " of "
                          + std::to_string(n) + (n == 1 ? " item" : " items"));
    return resolvedNode(document, items[static_cast<size_t>(i)]);
}

KeyLiteral indexAsKey(const PathStep &step)
{
    if (step.indices.size() == 1)
        return KeyLiteral::fromInt(step.indices[0]);
    std::vector<KeyLiteral> items;
    for (const int64_t v : step.indices)
        items.push_back(KeyLiteral::fromInt(v));
    return KeyLiteral::fromTuple(std::move(items));
}

Result<Resolved> nodeStep(const Document &document, NodeId id, const PathStep &step)
{
    const Graph &g = document.graph();
    if (id == kNoNode || id >= g.size())
        return plainError("no value here");
    if (step.isPseudo())
        return pseudoStep(document, id, step.name);

    const NodeId target = followAlias(document, id);
    const Interpretation *in = document.interpretation(target);
    const bool useMembers = in && !in->members.empty();
    const Kind kind = g.kind(target);
    const std::string type = typeForMessage(document, id);

    if (step.type == PathStep::Type::Attribute) {
        if (in && in->what == Recognised::DefaultDict && step.name == "default_factory"
            && in->value != kNoNode)
            return resolvedNode(document, in->value);
        if (useMembers) {
            for (const Member &m : in->members)
                if (m.style == MemberStyle::Attribute && m.name == step.name)
                    return resolvedNode(document, m.value);
        }
        if (g.isObject(target)) {
            const NodeId v = lookupStateAttribute(document, target, step.name);
            if (v != kNoNode)
                return resolvedNode(document, v);
        }
        const std::string attrs = attributeList(document, id);
        return plainError("no attribute " + reprStr(step.name) + " on " + type
                          + (attrs.empty() ? std::string(" (it has no attributes)")
                                           : " (attributes: " + attrs + ")"));
    }

    // Key or Index.
    const bool isIndex = step.type == PathStep::Type::Index;
    const KeyLiteral key = isIndex ? indexAsKey(step) : step.key;
    auto keyError = [&](const std::string &container) {
        return plainError("key " + key.repr() + " not in " + container);
    };

    if (useMembers) {
        bool hasKeys = false;
        bool hasIndices = false;
        for (const Member &m : in->members) {
            hasKeys = hasKeys || m.style == MemberStyle::Key;
            hasIndices = hasIndices || m.style == MemberStyle::Index;
        }
        if (hasKeys) {
            const NodeId v = lookupMembers(document, in->members, key);
            if (v != kNoNode)
                return resolvedNode(document, v);
            if (!hasIndices)
                return keyError(type);
        }
        if (hasIndices && isIndex && step.indices.size() == 1) {
            std::vector<NodeId> items;
            for (const Member &m : in->members)
                if (m.style == MemberStyle::Index)
                    items.push_back(m.value);
            return indexSequence(document, items, step.indices[0], type);
        }
    }

    switch (kind) {
    case Kind::Tuple:
    case Kind::List:
    case Kind::Set:
    case Kind::FrozenSet:
        if (!isIndex)
            return plainError(containerName(kind) + " indices must be integers, not " + key.repr());
        if (step.indices.size() != 1)
            return plainError(containerName(kind) + " indices must be integers, not tuple");
        return indexSequence(document, g.items(target), step.indices[0], containerName(kind));
    case Kind::Dict: {
        const NodeId v = lookupFlat(document, g.items(target), key);
        if (v == kNoNode)
            return keyError("dict");
        return resolvedNode(document, v);
    }
    case Kind::Call:
    case Kind::Instance:
    case Kind::PersId: {
        const ObjectData &obj = g.object(target);
        if (!obj.dictItems.empty()) {
            const NodeId v = lookupFlat(document, obj.dictItems, key);
            if (v != kNoNode)
                return resolvedNode(document, v);
            if (obj.listItems.empty())
                return keyError(type);
        }
        if (!obj.listItems.empty() && isIndex && step.indices.size() == 1)
            return indexSequence(document, obj.listItems, step.indices[0], type);
        if (!obj.setItems.empty() && isIndex && step.indices.size() == 1)
            return indexSequence(document, obj.setItems, step.indices[0], type);
        break;
    }
    default:
        break;
    }
    return plainError("'" + type + "' object is not subscriptable");
}

} // namespace

Result<Resolved> applyStep(const Document &document, const Resolved &from, const PathStep &step)
{
    if (!from.array)
        return nodeStep(document, from.node, step);
    // Attributes of a whole array node are its recogniser members (a MaskedArray's .mask) or
    // pseudo attributes reaching its raw pickle structure.
    if (step.type == PathStep::Type::Attribute && !from.isElement
        && from.array == arrayOfNode(document, from.node))
        return nodeStep(document, from.node, step);
    return arrayStep(document, from, step);
}

Result<Resolved> resolveSteps(const Document &document, const std::vector<PathStep> &steps,
                              NodeId start)
{
    Resolved current = resolvedNode(document, start);
    std::string done;
    for (const PathStep &step : steps) {
        auto next = applyStep(document, current, step);
        if (!next) {
            Error e = next.error();
            e.message
                = (done.empty() ? std::string("at the root") : "at " + done) + ": " + e.message;
            return e;
        }
        done += formatStep(step);
        current = std::move(*next);
    }
    return current;
}

Result<Resolved> resolvePath(const Document &document, std::string_view path, uint32_t root)
{
    auto steps = parsePath(path);
    if (!steps)
        return steps.error();
    const auto &roots = document.roots();
    if (root >= roots.size()) {
        return plainError(roots.empty()
                              ? std::string("the file has no top-level object")
                              : "there " + std::string(roots.size() == 1 ? "is " : "are ")
                                    + std::to_string(roots.size()) + " top-level "
                                    + (roots.size() == 1 ? "object" : "objects") + "; root "
                                    + std::to_string(root) + " does not exist");
    }
    return resolveSteps(document, *steps, roots[root]);
}

} // namespace ps
