// SPDX-License-Identifier: MIT
#include "editing/edit.h"

#include "opcodes/opcode_reader.h"
#include "path/literal.h"
#include "path/path.h"
#include "pickler/pickler.h"
#include "present/children.h"
#include "present/python_type.h"
#include "resolve/resolve.h"
#include "util/bigint.h"
#include "util/guard.h"
#include "util/pyrepr.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <limits>

namespace ps {
namespace {

/// New graph nodes for a literal (owned by the graph; never a view into the input).
NodeId makeNode(Graph &g, const KeyLiteral &v)
{
    switch (v.type) {
    case KeyLiteral::Type::None:
        return g.addNode(Kind::None, 0, 0, 0);
    case KeyLiteral::Type::Bool:
        return g.addBool(v.boolean, 0, 0, 0);
    case KeyLiteral::Type::Int: {
        if (auto small = v.int64())
            return g.addInt(*small, 0, 0, 0);
        const bool negative = !v.text.empty() && v.text[0] == '-';
        return g.addBigInt(
            bigint::fromDecimal(std::string_view(v.text).substr(negative ? 1 : 0), negative), 0, 0,
            0);
    }
    case KeyLiteral::Type::Float:
        return g.addFloat(v.number, 0, 0, 0);
    case KeyLiteral::Type::Str:
        return g.addTextOwned(Kind::Str, v.text, 0, 0, 0);
    case KeyLiteral::Type::Bytes:
        return g.addTextOwned(Kind::Bytes, v.text, 0, 0, 0);
    case KeyLiteral::Type::Tuple: {
        std::vector<NodeId> items;
        for (const KeyLiteral &item : v.items)
            items.push_back(makeNode(g, item));
        return g.addContainer(Kind::Tuple, std::move(items), 0, 0, 0);
    }
    }
    return g.addNode(Kind::None, 0, 0, 0);
}

/// The text without surrounding whitespace (how an edit names the literal it writes).
std::string_view trim(std::string_view t)
{
    while (!t.empty() && std::isspace(static_cast<unsigned char>(t.front())))
        t.remove_prefix(1);
    while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back())))
        t.remove_suffix(1);
    return t;
}

NodeId makeValueNode(Graph &g, const ValueLiteral &v)
{
    if (v.type == ValueLiteral::Type::Scalar)
        return makeNode(g, v.scalar);
    std::vector<NodeId> items;
    for (const ValueLiteral &item : v.items)
        items.push_back(makeValueNode(g, item));
    const Kind kind = v.type == ValueLiteral::Type::List    ? Kind::List
                      : v.type == ValueLiteral::Type::Tuple ? Kind::Tuple
                      : v.type == ValueLiteral::Type::Dict  ? Kind::Dict
                                                            : Kind::Set;
    return g.addContainer(kind, std::move(items), 0, 0, 0);
}

/// IEEE half precision, round to nearest even (numpy's float16).
uint16_t toHalf(double d)
{
    const float f = static_cast<float>(d);
    uint32_t x;
    std::memcpy(&x, &f, 4);
    const uint32_t sign = (x >> 16) & 0x8000;
    const int32_t exp = static_cast<int32_t>((x >> 23) & 0xFF) - 127 + 15;
    uint32_t mant = x & 0x7FFFFF;
    if (((x >> 23) & 0xFF) == 0xFF) // inf / nan
        return static_cast<uint16_t>(sign | 0x7C00 | (mant ? 0x200 : 0));
    if (exp >= 31)
        return static_cast<uint16_t>(sign | 0x7C00);
    if (exp <= 0) {
        if (exp < -10)
            return static_cast<uint16_t>(sign);
        mant |= 0x800000;
        const int shift = 14 - exp;
        uint32_t h = mant >> shift;
        const uint32_t rem = mant & ((1u << shift) - 1);
        const uint32_t half = 1u << (shift - 1);
        if (rem > half || (rem == half && (h & 1)))
            ++h;
        return static_cast<uint16_t>(sign | h);
    }
    uint32_t h = (static_cast<uint32_t>(exp) << 10) | (mant >> 13);
    const uint32_t rem = mant & 0x1FFF;
    if (rem > 0x1000 || (rem == 0x1000 && (h & 1)))
        ++h;
    return static_cast<uint16_t>(sign | h);
}

/// The bytes of one element of `dtype` holding `v`, in the dtype's byte order.
Result<std::string> encodeElement(const DType &dt, const KeyLiteral &v)
{
    std::string out(dt.itemSize, '\0');
    auto store = [&](const void *p, size_t n) {
        std::memcpy(out.data(), p, n);
        if (dt.byteOrder == '>')
            std::reverse(out.begin(), out.end());
    };
    const std::string dts = dt.str();
    switch (dt.kind) {
    case 'b':
        if (v.type == KeyLiteral::Type::Bool
            || (v.type == KeyLiteral::Type::Int && (v.int64() == 0 || v.int64() == 1))) {
            out[0] = static_cast<char>(v.type == KeyLiteral::Type::Bool ? v.boolean : *v.int64());
            return out;
        }
        return makeError(0, "a bool array needs True or False, not " + v.repr());
    case 'i':
    case 'u': {
        if (v.type != KeyLiteral::Type::Int && v.type != KeyLiteral::Type::Bool)
            return makeError(0, "an integer array (" + dts + ") needs an int, not " + v.repr());
        const auto value
            = v.type == KeyLiteral::Type::Bool ? std::optional<int64_t>(v.boolean) : v.int64();
        const unsigned bits = static_cast<unsigned>(dt.itemSize * 8);
        bool fits = value.has_value() && bits <= 64;
        if (fits && dt.kind == 'i' && bits < 64)
            fits = *value >= -(int64_t(1) << (bits - 1)) && *value < (int64_t(1) << (bits - 1));
        if (fits && dt.kind == 'u')
            fits = *value >= 0 && (bits >= 64 || *value < (int64_t(1) << bits));
        if (!fits)
            return makeError(0, v.repr() + " is out of range for " + dt.name());
        const uint64_t u = static_cast<uint64_t>(*value);
        uint8_t le[8];
        for (int i = 0; i < 8; ++i)
            le[i] = static_cast<uint8_t>(u >> (8 * i));
        store(le, dt.itemSize);
        return out;
    }
    case 'f': {
        double d = 0;
        if (v.type == KeyLiteral::Type::Float)
            d = v.number;
        else if (v.type == KeyLiteral::Type::Int && v.int64())
            d = static_cast<double>(*v.int64());
        else if (v.type == KeyLiteral::Type::Bool)
            d = v.boolean;
        else
            return makeError(0, "a float array (" + dts + ") needs a number, not " + v.repr());
        if (dt.itemSize == 8) {
            store(&d, 8);
        } else if (dt.itemSize == 4) {
            if (std::isfinite(d) && std::fabs(d) > std::numeric_limits<float>::max())
                return makeError(0, v.repr() + " is out of range for float32");
            const float f = static_cast<float>(d);
            store(&f, 4);
        } else if (dt.itemSize == 2 && !dt.bfloat16) {
            if (std::isfinite(d) && std::fabs(d) > 65504.0)
                return makeError(0, v.repr() + " is out of range for float16");
            const uint16_t h = toHalf(d);
            store(&h, 2);
        } else {
            return makeError(0, "writing " + dt.name() + " elements is not supported");
        }
        return out;
    }
    case 'U': {
        if (v.type != KeyLiteral::Type::Str)
            return makeError(0, "a str array needs a 'string', not " + v.repr());
        std::vector<char32_t> cps;
        size_t pos = 0;
        char32_t cp = 0;
        while (pos < v.text.size() && nextCodePoint(v.text, pos, cp))
            cps.push_back(cp);
        if (cps.size() * 4 > dt.itemSize)
            return makeError(0, v.repr() + " is longer than the " + std::to_string(dt.itemSize / 4)
                                    + " characters of " + dts);
        for (size_t i = 0; i < cps.size(); ++i)
            for (int k = 0; k < 4; ++k)
                out[i * 4 + (dt.byteOrder == '>' ? 3 - k : k)]
                    = static_cast<char>(cps[i] >> (8 * k));
        return out;
    }
    case 'S':
        if (v.type != KeyLiteral::Type::Bytes)
            return makeError(0, "a bytes array needs b'bytes', not " + v.repr());
        if (v.text.size() > dt.itemSize)
            return makeError(0, v.repr() + " is longer than the " + std::to_string(dt.itemSize)
                                    + " bytes of " + dts);
        std::memcpy(out.data(), v.text.data(), v.text.size());
        return out;
    default:
        return makeError(0, "writing elements of dtype " + dts + " is not supported");
    }
}

/// Rebinds one slot (a NodeId inside a container's item list) to a new node.
class RebindEdit : public Edit
{
public:
    enum class Where { Items, ObjectDictItems };
    RebindEdit(NodeId container, Where where, size_t index, ValueLiteral value,
               std::string valueText, NodeId owner, std::string path)
        : m_container(container)
        , m_where(where)
        , m_index(index)
        , m_value(std::move(value))
        , m_valueText(std::move(valueText))
        , m_owner(owner)
        , m_path(std::move(path))
    {}

    Status apply(Document &doc) override
    {
        Graph &g = doc.graph();
        if (m_new == kNoNode)
            m_new = makeValueNode(g, m_value);
        m_old = slotValue(g);
        setSlot(g, m_new);
        patchMembers(doc, m_old, m_new);
        doc.noteEdit(+1);
        m_spliceId = trySplice(doc);
        if (!m_spliceId)
            doc.noteStructuralEdit(+1);
        return {};
    }
    void undo(Document &doc) override
    {
        setSlot(doc.graph(), m_old);
        patchMembers(doc, m_new, m_old);
        doc.noteEdit(-1);
        if (m_spliceId)
            doc.removeBytePatch(m_spliceId);
        else
            doc.noteStructuralEdit(-1);
        m_spliceId = 0;
    }
    std::string description() const override
    {
        return "Set " + (m_path.empty() ? std::string("<root>") : m_path) + " to " + m_valueText;
    }

private:
    NodeId m_container;
    Where m_where;
    size_t m_index;
    ValueLiteral m_value;
    std::string m_valueText;
    NodeId m_owner; ///< the object/dict whose interpretation lists the value as a member
    std::string m_path;
    NodeId m_old = kNoNode;
    NodeId m_new = kNoNode;

    uint64_t m_spliceId = 0;

    /// A scalar replacing a scalar that only this slot uses is re-encoded in place of the old
    /// value's opcode, so the rest of the file keeps its layout (memo indices included: the
    /// new value is written without memo opcodes and the old PUT/MEMOIZE after it stays).
    uint64_t trySplice(Document &doc) const
    {
        const Graph &g = doc.graph();
        if (m_value.type != ValueLiteral::Type::Scalar
            || m_value.scalar.type == KeyLiteral::Type::Tuple)
            return 0;
        if (doc.format() != Format::Pickle && doc.format() != Format::Joblib)
            return 0;
        const Node &old = g.node(m_old);
        switch (old.kind) {
        case Kind::None:
        case Kind::Bool:
        case Kind::Int:
        case Kind::BigInt:
        case Kind::Float:
        case Kind::Str:
        case Kind::Bytes:
        case Kind::Py2String:
            break;
        default:
            return 0;
        }
        if ((old.flags & FlagShared) || old.end <= old.begin || old.stream >= doc.streams().size())
            return 0;
        const PickleStream &stream = doc.streams()[old.stream];
        if (stream.buffer != doc.streams().front().buffer)
            return 0;
        // The old value must be exactly one opcode of the stream: the node's bytes begin at
        // the opcode that made it, so that opcode must span them all.
        RawInstruction opcode;
        if (old.begin < stream.begin
            || !decodeInstruction(doc.buffers()[stream.buffer].bytes, old.begin, opcode)
            || opcode.length != old.end - old.begin)
            return 0;
        auto bytes = encodeValue(doc, m_new, stream.protocol);
        if (!bytes.ok())
            return 0;
        // joblib aligns raw array data to 16 bytes of the stream: keep every later offset.
        if (doc.format() == Format::Joblib && bytes->size() != old.end - old.begin)
            return 0;
        return doc.addSplice(stream.buffer, old.begin, old.end - old.begin,
                             std::string(bytes->begin(), bytes->end()));
    }

    NodeId slotValue(const Graph &g) const
    {
        return m_where == Where::Items ? g.items(m_container)[m_index]
                                       : g.object(m_container).dictItems[m_index];
    }
    void setSlot(Graph &g, NodeId value) const
    {
        if (m_where == Where::Items)
            g.setItem(m_container, m_index, value);
        else
            g.object(m_container).dictItems[m_index] = value;
    }
    void patchMembers(Document &doc, NodeId from, NodeId to)
    {
        for (NodeId owner : {m_owner, m_container}) {
            if (Interpretation *in = doc.mutableInterpretation(owner))
                for (Member &m : in->members)
                    if (m.value == from)
                        m.value = to;
        }
    }
};

/// Writes elements of an array. numpy arrays keep only what changed: each changed element's
/// new bytes go into the array's overlay (NdArray::patches, read through element()) and, when
/// the array's bytes lie in the pickle stream, into per-element byte patches for the save that
/// keeps the file's layout; otherwise the writer serialises the array from the overlay. So an
/// edit holds O(changed elements) bytes, whatever the array's size. A torch storage is shared
/// by every tensor viewing it, so a tensor edit replaces the storage with an edited copy.
class ArrayEdit : public Edit
{
public:
    ArrayEdit(NodeId arrayNode, std::vector<uint64_t> offsets, std::string element,
              std::string description)
        : m_node(arrayNode)
        , m_offsets(std::move(offsets))
        , m_element(std::move(element))
        , m_description(std::move(description))
    {}

    Status apply(Document &doc) override
    {
        Interpretation *in = doc.mutableInterpretation(m_node);
        if (!in || !in->array)
            return makeError(0, "the array is no longer there");
        m_oldArray = in->array;
        if (m_oldArray->form == NdArray::Form::TorchTensor)
            return applyToStorage(doc, *in);
        const NdArray &a = *m_oldArray;
        const Graph &g = doc.graph();
        const int buffer = doc.bufferContaining(a.data);
        const bool inStream = buffer >= 0 && !doc.streams().empty()
                              && static_cast<uint32_t>(buffer) == doc.streams().front().buffer;
        // Without byte patches the writer serialises the array from its overlay: the forms it
        // writes from an NdArray (pickler.cpp, emitReconstruct / emitFromBuffer / joblib).
        const bool writable
            = a.form == NdArray::Form::JoblibWrapper || a.form == NdArray::Form::JoblibLegacy
              || ((a.form == NdArray::Form::Reconstruct || a.form == NdArray::Form::FromBuffer)
                  && in->what == Recognised::NdArray && g.kind(m_node) == Kind::Call);
        if (!inStream && !writable)
            return makeError(0, "this kind of array cannot be edited yet");
        const uint64_t item = a.dtype ? a.dtype->itemSize : 0;
        if (item == 0)
            return makeError(0, "this array has no elements to set");
        // Patches cover whole elements of this array (a field or sub-array view of it writes
        // part of one), so every view finds its bytes inside one patch.
        auto patches = a.patches ? std::make_shared<ElementPatches>(*a.patches)
                                 : std::make_shared<ElementPatches>();
        std::vector<uint64_t> records;
        for (const uint64_t off : m_offsets) {
            if (off < a.offset)
                return makeError(0, "element outside the array data");
            const uint64_t record = a.offset + (off - a.offset) / item * item;
            if (record + item > a.data.size() || off + m_element.size() > record + item)
                return makeError(0, "element outside the array data");
            auto [it, fresh] = patches->try_emplace(record);
            if (fresh)
                it->second.assign(reinterpret_cast<const char *>(a.data.data() + record), item);
            std::memcpy(it->second.data() + (off - record), m_element.data(), m_element.size());
            records.push_back(record);
        }
        std::sort(records.begin(), records.end());
        records.erase(std::unique(records.begin(), records.end()), records.end());
        m_patchIds.clear();
        if (inStream) {
            const uint64_t base = static_cast<uint64_t>(
                a.data.data() - doc.buffers()[static_cast<size_t>(buffer)].bytes.data());
            for (const uint64_t record : records)
                m_patchIds.push_back(doc.addBytePatch(static_cast<uint32_t>(buffer), base + record,
                                                      patches->at(record)));
        } else {
            doc.noteStructuralEdit(+1);
        }
        m_bytesHeld = m_element.size() + 2 * records.size() * item;
        auto edited = std::make_shared<NdArray>(a);
        edited->patches = std::move(patches);
        in->array = std::move(edited);
        doc.noteEdit(+1);
        return {};
    }
    void undo(Document &doc) override
    {
        if (!m_storageKey.empty()) {
            repointViews(doc, doc.graph().bytes(m_bytesNode).data(), m_oldStorage);
            doc.setTorchStorage(m_storageKey, m_oldStorage);
        }
        if (Interpretation *in = doc.mutableInterpretation(m_node))
            in->array = m_oldArray;
        if (!m_patchIds.empty()) {
            for (const uint64_t id : m_patchIds)
                doc.removeBytePatch(id);
        } else {
            doc.noteStructuralEdit(-1);
        }
        doc.noteEdit(-1);
    }
    uint64_t bytesHeld() const override { return m_bytesHeld; }
    std::string description() const override { return m_description; }

private:
    /// A tensor: its storage, with the elements written, replaces the old one for every tensor
    /// viewing it.
    Status applyToStorage(Document &doc, Interpretation &in)
    {
        Graph &g = doc.graph();
        const NdArray &a = *m_oldArray;
        std::string bytes(reinterpret_cast<const char *>(a.data.data()), a.data.size());
        for (uint64_t off : m_offsets)
            std::memcpy(bytes.data() + off, m_element.data(), m_element.size());
        m_storageKey.clear();
        for (const auto &[key, span] : doc.torchStorages())
            if (span.data() == a.data.data() && span.size() == a.data.size())
                m_storageKey = key;
        if (m_storageKey.empty())
            return makeError(0, "the tensor's storage was not found");
        m_patchIds.clear();
        doc.noteStructuralEdit(+1);
        if (m_bytesNode == kNoNode)
            m_bytesNode = g.addTextOwned(Kind::Bytes, std::move(bytes), 0, 0, 0);
        m_bytesHeld = g.bytes(m_bytesNode).size();
        auto copy = std::make_shared<NdArray>(a);
        copy->data = g.bytes(m_bytesNode);
        in.array = copy;
        m_oldStorage = a.data;
        doc.setTorchStorage(m_storageKey, g.bytes(m_bytesNode));
        repointViews(doc, a.data.data(), g.bytes(m_bytesNode));
        doc.noteEdit(+1);
        return {};
    }

    static void repointViews(Document &doc, const uint8_t *from, std::span<const uint8_t> to)
    {
        for (NodeId id = 0; id < doc.graph().size(); ++id) {
            Interpretation *in = doc.mutableInterpretation(id);
            if (!in || !in->array || in->array->data.data() != from)
                continue;
            auto copy = std::make_shared<NdArray>(*in->array);
            copy->data = to;
            in->array = copy;
        }
    }

    std::string m_storageKey;
    std::span<const uint8_t> m_oldStorage;
    std::vector<uint64_t> m_patchIds;
    NodeId m_node;
    std::vector<uint64_t> m_offsets;
    std::string m_element;
    std::string m_description;
    std::shared_ptr<const NdArray> m_oldArray;
    NodeId m_bytesNode = kNoNode; ///< torch: the edited storage, owned by the graph
    uint64_t m_bytesHeld = 0;
};

/// Inserts or removes a run of ids in a container's item list (list, tuple, set, dict).
class ItemsEdit : public Edit
{
public:
    ItemsEdit(NodeId container, size_t position, std::vector<KeyLiteral> insert, size_t remove,
              std::string description)
        : m_container(container)
        , m_position(position)
        , m_insert(std::move(insert))
        , m_removeCount(remove)
        , m_description(std::move(description))
    {}

    Status apply(Document &doc) override
    {
        Graph &g = doc.graph();
        if (m_newIds.empty())
            for (const KeyLiteral &v : m_insert)
                m_newIds.push_back(makeNode(g, v));
        const auto items = g.items(m_container);
        if (m_position + m_removeCount > items.size())
            return makeError(0, "the container changed; the edit no longer applies");
        m_removed.assign(items.begin() + static_cast<std::ptrdiff_t>(m_position),
                         items.begin() + static_cast<std::ptrdiff_t>(m_position + m_removeCount));
        g.spliceItems(m_container, m_position, m_removeCount, m_newIds);
        doc.noteEdit(+1);
        doc.noteStructuralEdit(+1);
        return {};
    }
    void undo(Document &doc) override
    {
        doc.graph().spliceItems(m_container, m_position, m_newIds.size(), m_removed);
        doc.noteEdit(-1);
        doc.noteStructuralEdit(-1);
    }
    std::string description() const override { return m_description; }

private:
    NodeId m_container;
    size_t m_position;
    std::vector<KeyLiteral> m_insert;
    size_t m_removeCount;
    std::string m_description;
    std::vector<NodeId> m_newIds;
    std::vector<NodeId> m_removed;
};

/// The container node at a path, checked to be a plain (raw) container of one of `kinds`.
Result<NodeId> containerAt(const Document &doc, std::string_view path, uint32_t root,
                           std::initializer_list<Kind> kinds)
{
    auto r = resolvePath(doc, path, root);
    if (!r.ok())
        return r.error();
    if (r->array || r->node == kNoNode)
        return makeError(0, "an array's size cannot change; edit its elements instead");
    const Kind k = doc.graph().kind(r->node);
    for (Kind want : kinds)
        if (k == want)
            return r->node;
    return makeError(0, std::string(path.empty() ? "<root>" : std::string(path))
                            + " is not a container this edit applies to");
}

std::optional<size_t> findKey(const Document &doc, std::span<const NodeId> flat,
                              const KeyLiteral &key)
{
    std::optional<size_t> found;
    for (size_t i = 0; i + 1 < flat.size(); i += 2)
        if (keyMatches(doc, flat[i], key))
            found = i;
    return found;
}

/// Splits `prefix[last]` into the prefix path and the last step's key.
Result<std::pair<std::string, KeyLiteral>> splitLast(std::string_view path)
{
    auto steps = parsePath(path);
    if (!steps.ok())
        return steps.error();
    if (steps->empty())
        return makeError(0, "give the path of an item, e.g. ['key'] or [3]");
    const PathStep last = steps->back();
    steps->pop_back();
    KeyLiteral key;
    if (last.type == PathStep::Type::Key)
        key = last.key;
    else if (last.type == PathStep::Type::Index && last.indices.size() == 1)
        key = KeyLiteral::fromInt(last.indices[0]);
    else
        return makeError(0, "the last step must be a key or an index");
    return std::make_pair(formatPath(*steps), key);
}

} // namespace

static Result<std::unique_ptr<Edit>> makeRenameKeyUnguarded(const Document &doc,
                                                            std::string_view path,
                                                            std::string_view newKeyText,
                                                            uint32_t root)
{
    auto split = splitLast(path);
    if (!split.ok())
        return split.error();
    auto newKey = parseKeyLiteral(newKeyText);
    if (!newKey.ok())
        return newKey.error();
    auto dict = containerAt(doc, split->first, root, {Kind::Dict});
    if (!dict.ok())
        return dict.error();
    const auto &items = doc.graph().items(*dict);
    auto at = findKey(doc, items, split->second);
    if (!at)
        return makeError(0, "key " + split->second.repr() + " not in dict");
    if (findKey(doc, items, *newKey))
        return makeError(0, "key " + newKey->repr() + " is already in the dict");
    return std::unique_ptr<Edit>(new ItemsEdit(
        *dict, *at, {*newKey}, 1, "Rename key " + split->second.repr() + " to " + newKey->repr()));
}

static Result<std::unique_ptr<Edit>>
makeInsertItemUnguarded(const Document &doc, std::string_view containerPath, int64_t index,
                        std::string_view literal, uint32_t root)
{
    auto value = parseKeyLiteral(literal);
    if (!value.ok())
        return value.error();
    auto c = containerAt(doc, containerPath, root, {Kind::List, Kind::Tuple, Kind::Set});
    if (!c.ok())
        return c.error();
    const Graph &g = doc.graph();
    const auto n = static_cast<int64_t>(g.items(*c).size());
    if (g.kind(*c) == Kind::Set) {
        for (NodeId item : g.items(*c))
            if (keyMatches(doc, item, *value))
                return makeError(0, value->repr() + " is already in the set");
        index = n;
    }
    if (index < 0)
        index += n;
    if (index < 0 || index > n)
        return makeError(0, "insert position " + std::to_string(index) + " is outside 0.."
                                + std::to_string(n));
    return std::unique_ptr<Edit>(
        new ItemsEdit(*c, static_cast<size_t>(index), {*value}, 0, "Insert " + value->repr()));
}

static Result<std::unique_ptr<Edit>>
makeInsertDictItemUnguarded(const Document &doc, std::string_view dictPath,
                            std::string_view keyText, std::string_view valueText, uint32_t root)
{
    auto key = parseKeyLiteral(keyText);
    if (!key.ok())
        return key.error();
    auto value = parseKeyLiteral(valueText);
    if (!value.ok())
        return value.error();
    auto d = containerAt(doc, dictPath, root, {Kind::Dict});
    if (!d.ok())
        return d.error();
    if (findKey(doc, doc.graph().items(*d), *key))
        return makeError(0, "key " + key->repr() + " is already in the dict; use set");
    return std::unique_ptr<Edit>(new ItemsEdit(*d, doc.graph().items(*d).size(), {*key, *value}, 0,
                                               "Add " + key->repr() + ": " + value->repr()));
}

static Result<std::unique_ptr<Edit>> makeRemoveItemUnguarded(const Document &doc,
                                                             std::string_view path, uint32_t root)
{
    auto split = splitLast(path);
    if (!split.ok())
        return split.error();
    auto c = containerAt(doc, split->first, root,
                         {Kind::List, Kind::Tuple, Kind::Dict, Kind::Set, Kind::FrozenSet});
    if (!c.ok())
        return c.error();
    const Graph &g = doc.graph();
    if (g.kind(*c) == Kind::Dict) {
        auto at = findKey(doc, g.items(*c), split->second);
        if (!at)
            return makeError(0, "key " + split->second.repr() + " not in dict");
        return std::unique_ptr<Edit>(
            new ItemsEdit(*c, *at, {}, 2, "Remove key " + split->second.repr()));
    }
    // Lists and tuples by index; sets by their position in the file (as the tree shows them).
    const auto i = split->second.int64();
    if (!i)
        return makeError(0, "a list, tuple or set item is removed by its index");
    const auto n = static_cast<int64_t>(g.items(*c).size());
    const int64_t index = *i < 0 ? *i + n : *i;
    if (index < 0 || index >= n)
        return makeError(0, "index " + std::to_string(*i) + " out of range for " + std::to_string(n)
                                + " items");
    return std::unique_ptr<Edit>(
        new ItemsEdit(*c, static_cast<size_t>(index), {}, 1, "Remove item " + std::to_string(*i)));
}

static Result<std::unique_ptr<Edit>> makeSetValueUnguarded(const Document &doc,
                                                           std::string_view pathText,
                                                           std::string_view literalText,
                                                           uint32_t root)
{
    auto full = parseValueLiteral(literalText);
    if (!full.ok())
        return full.error();
    const std::string valueText(trim(literalText));
    const KeyLiteral *value = &full->scalar;
    auto steps = parsePath(pathText);
    if (!steps.ok())
        return steps.error();
    if (steps->empty())
        return makeError(0, "the root itself cannot be replaced by a literal; give a path");
    if (root >= doc.roots().size())
        return makeError(0, "there is no root " + std::to_string(root + 1));
    const std::string canonical = formatPath(*steps);
    auto target = resolvePath(doc, pathText, root);
    if (!target.ok())
        return target.error();
    const Graph &g = doc.graph();

    // Inside an array: write elements (a single element, or every element of a sub-array).
    if (target->array
        && (target->isElement || target->array.get() != arrayOfNode(doc, target->node).get())) {
        const auto whole = arrayOfNode(doc, target->node);
        if (!whole || whole->dtype->hasObject())
            return makeError(0, "elements of this array cannot be set");
        const NdArray &view = *target->array;
        if (full->type != ValueLiteral::Type::Scalar)
            return makeError(0, canonical + ": array elements take a single value");
        auto element = encodeElement(*view.dtype, *value);
        if (!element.ok())
            return makeError(0, canonical + ": " + element.error().message);
        std::vector<uint64_t> offsets;
        if (target->isElement) {
            offsets.push_back(view.elementOffset(target->elementFlatIndex));
        } else {
            for (uint64_t i = 0; i < view.count(); ++i)
                offsets.push_back(view.elementOffset(i));
        }
        for (uint64_t off : offsets)
            if (off + element->size() > whole->data.size())
                return makeError(0, canonical + ": element outside the array data");
        return std::unique_ptr<Edit>(new ArrayEdit(target->node, std::move(offsets),
                                                   std::move(*element),
                                                   "Set " + canonical + " to " + value->repr()));
    }

    // Otherwise rebind the slot in the parent.
    std::vector<PathStep> parentSteps(steps->begin(), steps->end() - 1);
    const PathStep &last = steps->back();
    auto parent = resolveSteps(doc, parentSteps, doc.roots()[root]);
    if (!parent.ok())
        return parent.error();
    if (parent->array)
        return makeError(0, canonical + ": cannot rebind inside an array");
    const NodeId p = parent->node;
    auto byKey = [&](std::span<const NodeId> flat, const KeyLiteral &key) -> std::optional<size_t> {
        std::optional<size_t> found;
        for (size_t i = 0; i + 1 < flat.size(); i += 2)
            if (keyMatches(doc, flat[i], key))
                found = i + 1; // the last equal key wins, as in a Python dict
        return found;
    };
    KeyLiteral key;
    bool isKey = false;
    if (last.type == PathStep::Type::Key) {
        key = last.key;
        isKey = true;
    } else if (last.type == PathStep::Type::Index && last.indices.size() == 1) {
        key = KeyLiteral::fromInt(last.indices[0]);
        isKey = true;
    }
    const Kind k = g.kind(p);
    if ((k == Kind::List || k == Kind::Tuple) && last.type == PathStep::Type::Index
        && last.indices.size() == 1) {
        const auto n = static_cast<int64_t>(g.items(p).size());
        int64_t i = last.indices[0];
        if (i < 0)
            i += n;
        if (i < 0 || i >= n)
            return makeError(0, canonical + ": index out of range");
        return std::unique_ptr<Edit>(new RebindEdit(
            p, RebindEdit::Where::Items, static_cast<size_t>(i), *full, valueText, p, canonical));
    }
    if (k == Kind::Dict && isKey) {
        if (auto slot = byKey(g.items(p), key))
            return std::unique_ptr<Edit>(
                new RebindEdit(p, RebindEdit::Where::Items, *slot, *full, valueText, p, canonical));
        return makeError(0, canonical + ": key " + key.repr() + " not in dict");
    }
    if (g.isObject(p)) {
        if (isKey) {
            if (auto slot = byKey(g.object(p).dictItems, key))
                return std::unique_ptr<Edit>(new RebindEdit(p, RebindEdit::Where::ObjectDictItems,
                                                            *slot, *full, valueText, p, canonical));
        }
        if (last.type == PathStep::Type::Attribute && !last.isPseudo()) {
            const ObjectStateDicts dicts = objectStateDicts(g, p);
            for (NodeId d : {dicts.dict, dicts.slots}) {
                if (d == kNoNode)
                    continue;
                if (auto slot = byKey(g.items(d), KeyLiteral::fromStr(last.name)))
                    return std::unique_ptr<Edit>(new RebindEdit(d, RebindEdit::Where::Items, *slot,
                                                                *full, valueText, p, canonical));
            }
        }
    }
    return makeError(0, canonical
                            + ": this value cannot be set (only dict values, list and "
                              "tuple items, object attributes and array elements)");
}

bool isEdited(const Document &document)
{
    return document.editCount() != 0;
}

// The public makers: exceptions (out of memory above all) become Errors.

Result<std::unique_ptr<Edit>> makeSetValue(const Document &document, std::string_view path,
                                           std::string_view literal, uint32_t root)
{
    return guarded("preparing the edit",
                   [&] { return makeSetValueUnguarded(document, path, literal, root); });
}

Result<std::unique_ptr<Edit>> makeRenameKey(const Document &document, std::string_view path,
                                            std::string_view newKey, uint32_t root)
{
    return guarded("preparing the edit",
                   [&] { return makeRenameKeyUnguarded(document, path, newKey, root); });
}

Result<std::unique_ptr<Edit>> makeInsertItem(const Document &document,
                                             std::string_view containerPath, int64_t index,
                                             std::string_view literal, uint32_t root)
{
    return guarded("preparing the edit", [&] {
        return makeInsertItemUnguarded(document, containerPath, index, literal, root);
    });
}

Result<std::unique_ptr<Edit>> makeInsertDictItem(const Document &document,
                                                 std::string_view dictPath, std::string_view key,
                                                 std::string_view value, uint32_t root)
{
    return guarded("preparing the edit", [&] {
        return makeInsertDictItemUnguarded(document, dictPath, key, value, root);
    });
}

Result<std::unique_ptr<Edit>> makeRemoveItem(const Document &document, std::string_view path,
                                             uint32_t root)
{
    return guarded("preparing the edit",
                   [&] { return makeRemoveItemUnguarded(document, path, root); });
}

} // namespace ps
