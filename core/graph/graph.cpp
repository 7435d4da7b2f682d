// SPDX-License-Identifier: MIT
#include "graph/graph.h"

#include "util/byte_order.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <new>
#include <stdexcept>

namespace ps {

Graph::Graph() = default;

void Graph::reserveForInput(uint64_t bytes)
{
    // One node per few bytes of input at most; reserving only maps address space.
    constexpr uint64_t kMaxNodes = uint64_t(1) << 24;
    const auto nodes = static_cast<size_t>(std::min<uint64_t>(bytes / 8, kMaxNodes));
    try {
        m_head.reserve(m_head.size() + nodes);
        m_payload.reserve(m_payload.size() + nodes);
    } catch (const std::bad_alloc &) {
        // Only a hint: the arrays grow as they are filled.
    }
}

NodeId Graph::addNode(Kind kind, uint32_t stream, uint64_t begin, uint64_t end)
{
    if (m_head.size() >= kNoNode)
        throw std::length_error("more nodes than a graph can index");
    const auto id = static_cast<NodeId>(m_head.size());
    if (m_streamRuns.empty() || m_streamRuns.back().stream != stream) [[unlikely]]
        m_streamRuns.push_back({id, stream});
    // Offsets past 16 TiB cannot come from a file this program can map.
    const uint64_t b = std::min(begin, kMaxBegin);
    const uint64_t extent = end > b ? end - b : 0;
    uint64_t head = static_cast<uint64_t>(kind) | (b << kBeginShift);
    uint64_t payload = 0;
    if (hasAux(kind)) {
        payload = std::min<uint64_t>(extent, kExtentInMap) << 32;
        if (extent >= kExtentInMap) [[unlikely]]
            m_longExtents[id] = extent;
    } else {
        head |= std::min<uint64_t>(extent, kExtentInHead) << kExtentShift;
        if (extent >= kExtentInHead) [[unlikely]]
            m_longExtents[id] = extent;
    }
    pushPayload(pushHead(head), payload);
    return id;
}

uint64_t Graph::payloadFromFile(NodeId id) const
{
    if (!m_changedFromFile.empty()) {
        if (const auto it = m_changedFromFile.find(id); it != m_changedFromFile.end())
            return it->second;
    }
    // Only addValueFromFile and addInlineText leave a payload unstored. Its structure comes
    // from the head alone, and a value reads only the bytes of its own opcode, so a file
    // changed on disk (read as zeros, or other bytes) gives wrong values but nothing worse.
    const uint64_t head = m_head[id];
    const auto kind = static_cast<Kind>(head & kKindMask);
    const uint64_t code = (head >> kExtentShift) & 0xff;
    if (hasAux(kind)) { // a Str or Bytes: code = length << 1 | (header is 5)
        const uint64_t header = code & 1 ? 5 : 2;
        return (header + (code >> 1)) << 32 | kInlineText | header;
    }
    if (kind == Kind::None)
        return 0;
    // The opcode by its length (pickletools' argument layouts): NEWTRUE/NEWFALSE, BININT1,
    // BININT2, BININT (int32 LE), BINFLOAT (float64 BE).
    const uint8_t *p = m_streamBases[stream(id)] + (head >> kBeginShift);
    switch (code) {
    case 1:
        return p[0] == 0x88 ? 1 : 0;
    case 2:
        return p[1];
    case 3:
        return readLE16(p + 1);
    case 5:
        return static_cast<uint64_t>(int64_t(static_cast<int32_t>(readLE32(p + 1))));
    case 9:
        return readBE64(p + 1);
    default:
        return 0;
    }
}

void Graph::setPayload(NodeId id, uint64_t payload)
{
    if (const uint64_t *slot = storedSlot(id))
        *const_cast<uint64_t *>(slot) = payload;
    else
        m_changedFromFile[id] = payload;
}

void Graph::setExtent(NodeId id, uint64_t extent)
{
    uint64_t &head = m_head[id];
    const bool longExtent = hasAux(kind(id)) ? extent >= kExtentInMap : extent >= kExtentInHead;
    if (longExtent)
        m_longExtents[id] = extent;
    else if (!m_longExtents.empty())
        m_longExtents.erase(id);
    if (hasAux(kind(id))) {
        const uint64_t stored = longExtent ? kExtentInMap : extent;
        setPayload(id, (payload(id) & 0xffffffffu) | (stored << 32));
    } else {
        const uint64_t code = longExtent ? kExtentInHead : extent;
        head = (head & ~(uint64_t(0xff) << kExtentShift)) | (code << kExtentShift);
    }
}

uint64_t Graph::end(NodeId id) const
{
    uint64_t extent;
    if (hasAux(kind(id))) {
        extent = payload(id) >> 32;
        if (extent == kExtentInMap)
            extent = m_longExtents.at(id);
    } else {
        extent = (m_head[id] >> kExtentShift) & 0xff;
        if (extent == kExtentInHead)
            extent = m_longExtents.at(id);
    }
    return begin(id) + extent;
}

uint32_t Graph::stream(NodeId id) const
{
    if (m_streamRuns.size() == 1)
        return m_streamRuns.front().stream;
    const auto it = std::upper_bound(m_streamRuns.begin(), m_streamRuns.end(), id,
                                     [](NodeId n, const StreamRun &r) { return n < r.first; });
    return it == m_streamRuns.begin() ? 0 : std::prev(it)->stream;
}

Node Graph::node(NodeId id) const
{
    Node n;
    n.kind = kind(id);
    n.flags = flags(id);
    n.stream = stream(id);
    n.begin = begin(id);
    n.end = end(id);
    if (hasAux(n.kind))
        n.aux = aux(id);
    else
        n.v.i = static_cast<int64_t>(payload(id));
    return n;
}

void Graph::addFlags(NodeId id, uint8_t flags)
{
    m_head[id] |= (static_cast<uint64_t>(flags) & 0x7f) << kFlagsShift;
}

NodeId Graph::addInt(int64_t value, uint32_t stream, uint64_t begin, uint64_t end)
{
    return addValue(Kind::Int, static_cast<uint64_t>(value), stream, begin, end);
}

NodeId Graph::addFloat(double value, uint32_t stream, uint64_t begin, uint64_t end)
{
    uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof value);
    return addValue(Kind::Float, bits, stream, begin, end);
}

NodeId Graph::addBool(bool value, uint32_t stream, uint64_t begin, uint64_t end)
{
    return addValue(Kind::Bool, value ? 1 : 0, stream, begin, end);
}

void Graph::setStreamBase(uint32_t stream, const uint8_t *base)
{
    if (stream >= m_streamBases.size())
        m_streamBases.resize(size_t(stream) + 1, nullptr);
    // Set once: texts already found from it must keep finding their bytes.
    if (!m_streamBases[stream])
        m_streamBases[stream] = base;
}

NodeId Graph::addTextView(Kind kind, std::span<const uint8_t> bytes, uint32_t stream,
                          uint64_t begin, uint64_t end)
{
    if (stream < m_streamBases.size() && m_streamBases[stream] && end > begin
        && end - begin < kExtentInMap && begin <= kMaxBegin) {
        const uint8_t *own = m_streamBases[stream] + begin;
        const uint64_t header = static_cast<uint64_t>(bytes.data() - own);
        if (bytes.data() >= own && header < 16
            && bytes.data() + bytes.size() == own + (end - begin))
            return addAuxNode(kind, kInlineText | static_cast<uint32_t>(header), stream, begin,
                              end);
    }
    const auto index = static_cast<uint32_t>(m_texts.size());
    m_texts.push_back({bytes.data(), bytes.size()});
    return addAuxNode(kind, index, stream, begin, end);
}

NodeId Graph::addTextOwned(Kind kind, std::string bytes, uint32_t stream, uint64_t begin,
                           uint64_t end)
{
    auto owned = std::make_unique<std::string>(std::move(bytes));
    const auto *data = reinterpret_cast<const uint8_t *>(owned->data());
    const size_t size = owned->size();
    m_ownedTexts.push_back(std::move(owned));
    return addTextView(kind, std::span<const uint8_t>(data, size), stream, begin, end);
}

NodeId Graph::addBigInt(std::vector<uint8_t> twos, uint32_t stream, uint64_t begin, uint64_t end)
{
    const auto index = static_cast<uint32_t>(m_bigints.size());
    m_bigints.push_back(std::move(twos));
    return addAuxNode(Kind::BigInt, index, stream, begin, end);
}

NodeId Graph::addContainer(Kind kind, std::span<const NodeId> items, uint32_t stream,
                           uint64_t begin, uint64_t end)
{
    const auto index = static_cast<uint32_t>(m_ranges.size());
    ItemRange r;
    r.offset = m_pool.size();
    r.size = static_cast<uint32_t>(items.size());
    r.capacity = r.size;
    if (!items.empty())
        std::memcpy(m_pool.extend(items.size()), items.data(), items.size() * sizeof(NodeId));
    m_ranges.push_back(r);
    return addAuxNode(kind, index, stream, begin, end);
}

void Graph::relocate(ItemRange &r, size_t capacity)
{
    if (capacity > UINT32_MAX)
        throw std::length_error("a container with more than 2^32 items");
    if (r.offset + r.capacity == m_pool.size()) {
        // Already last in the pool: grow in place.
        m_pool.extend(capacity - r.capacity);
    } else {
        const uint64_t offset = m_pool.size();
        NodeId *to = m_pool.extend(capacity);
        if (r.size)
            std::memmove(to, m_pool.data() + r.offset, r.size * sizeof(NodeId));
        r.offset = offset;
    }
    r.capacity = static_cast<uint32_t>(capacity);
}

void Graph::setItem(NodeId id, size_t index, NodeId item)
{
    const ItemRange &r = m_ranges[aux(id)];
    if (index < r.size)
        m_pool[r.offset + index] = item;
}

void Graph::spliceItems(NodeId id, size_t position, size_t remove, std::span<const NodeId> insert)
{
    const std::span<const NodeId> current = items(id);
    if (position > current.size() || remove > current.size() - position)
        throw std::out_of_range("spliceItems outside the container");
    std::vector<NodeId> next(current.begin(),
                             current.begin() + static_cast<std::ptrdiff_t>(position));
    next.insert(next.end(), insert.begin(), insert.end());
    next.insert(next.end(), current.begin() + static_cast<std::ptrdiff_t>(position + remove),
                current.end());
    ItemRange &r = m_ranges[aux(id)];
    if (next.size() > r.capacity)
        relocate(r, next.size());
    if (!next.empty())
        std::memcpy(m_pool.data() + r.offset, next.data(), next.size() * sizeof(NodeId));
    r.size = static_cast<uint32_t>(next.size());
}

NodeId Graph::addGlobal(std::string module, std::string name, uint32_t stream, uint64_t begin,
                        uint64_t end)
{
    const bool dotted = name.find('.') != std::string::npos;
    const auto index = static_cast<uint32_t>(m_globals.size());
    m_globals.push_back({std::move(module), std::move(name)});
    const NodeId id = addAuxNode(Kind::Global, index, stream, begin, end);
    if (dotted)
        addFlags(id, FlagDotted);
    return id;
}

NodeId Graph::addObject(Kind kind, ObjectData data, uint32_t stream, uint64_t begin, uint64_t end)
{
    const auto index = static_cast<uint32_t>(m_objects.size());
    m_objects.push_back(std::move(data));
    return addAuxNode(kind, index, stream, begin, end);
}

bool Graph::isContainer(NodeId id) const
{
    switch (kind(id)) {
    case Kind::Tuple:
    case Kind::List:
    case Kind::Dict:
    case Kind::Set:
    case Kind::FrozenSet:
        return true;
    default:
        return false;
    }
}

std::span<const uint8_t> Graph::bytes(NodeId id) const
{
    switch (kind(id)) {
    case Kind::Str:
    case Kind::Bytes:
    case Kind::ByteArray:
    case Kind::Py2String: {
        const uint32_t a = aux(id);
        if (a & kInlineText) {
            const uint64_t b = begin(id);
            const uint64_t header = a & 0xff;
            return {m_streamBases[stream(id)] + b + header,
                    static_cast<size_t>(end(id) - b - header)};
        }
        const TextRef &t = m_texts[a];
        return {t.data, static_cast<size_t>(t.size)};
    }
    default:
        return {};
    }
}

std::string_view Graph::text(NodeId id) const
{
    const auto b = bytes(id);
    return {reinterpret_cast<const char *>(b.data()), b.size()};
}

NodeId Graph::calleeGlobal(NodeId id) const
{
    if (!isObject(id))
        return kNoNode;
    const NodeId c = object(id).callable;
    if (c != kNoNode && kind(c) == Kind::Global)
        return c;
    return kNoNode;
}

std::string Graph::calleeName(NodeId id) const
{
    const NodeId g = calleeGlobal(id);
    return g == kNoNode ? std::string() : global(g).full();
}

NodeId Graph::lastState(NodeId id) const
{
    if (!isObject(id))
        return kNoNode;
    const auto &states = object(id).states;
    return states.empty() ? kNoNode : states.back();
}

void Graph::touch(NodeId id, uint64_t begin, uint64_t end)
{
    const uint64_t oldBegin = this->begin(id);
    const uint64_t oldEnd = this->end(id);
    const uint64_t newBegin = std::min(std::min(begin, oldBegin), kMaxBegin);
    const uint64_t newEnd = std::max(end, oldEnd);
    if (newBegin == oldBegin && newEnd == oldEnd)
        return;
    // The payload can no longer be decoded from the node's range once the range moves.
    if (!storedSlot(id))
        m_changedFromFile.try_emplace(id, payloadFromFile(id));
    if (const Kind k = kind(id);
        (k == Kind::Str || k == Kind::Bytes || k == Kind::ByteArray || k == Kind::Py2String)
        && (aux(id) & kInlineText)) {
        // The bytes are found from the range: give them a table entry before it changes.
        const auto text = bytes(id);
        const auto index = static_cast<uint32_t>(m_texts.size());
        m_texts.push_back({text.data(), text.size()});
        setPayload(id, (payload(id) & ~uint64_t(0xffffffffu)) | index);
    }
    m_head[id] = (m_head[id] & ((uint64_t(1) << kBeginShift) - 1)) | (newBegin << kBeginShift);
    setExtent(id, newEnd - newBegin);
}

void Graph::computeSharing(std::span<const NodeId> roots)
{
    // Count incoming references from the reachable part of the graph, iteratively. Containers
    // are most of the work (a list of a million dicts): their items are read straight from the
    // pool, a leaf costs one count and one kind test.
    const size_t n = size();
    // A bit per node reached once (a fresh mapping: zero, no fill pass); a second reference
    // marks the node shared at once.
    PodArray<uint64_t> seen;
    seen.extend((n + 63) / 64);
    PodArray<NodeId> work;
    constexpr uint32_t containers = 1u << unsigned(Kind::Tuple) | 1u << unsigned(Kind::List)
                                    | 1u << unsigned(Kind::Dict) | 1u << unsigned(Kind::Set)
                                    | 1u << unsigned(Kind::FrozenSet);
    constexpr uint32_t withChildren = containers | 1u << unsigned(Kind::Call)
                                      | 1u << unsigned(Kind::Instance)
                                      | 1u << unsigned(Kind::PersId);
    uint64_t *head = m_head.data();
    auto visit = [&](NodeId child) __attribute__((always_inline))
    {
        if (child >= n) // kNoNode included
            return;
        uint64_t &word = seen[child >> 6];
        const uint64_t bit = uint64_t(1) << (child & 63);
        if (word & bit) {
            head[child] |= uint64_t(FlagShared) << kFlagsShift;
            return;
        }
        word |= bit;
        // Only containers and objects have children to visit, at their first reference.
        if ((withChildren >> unsigned(head[child] & kKindMask)) & 1u)
            work.push_back(child);
    };
    for (NodeId r : roots)
        visit(r);
    while (!work.empty()) {
        const NodeId id = work.back();
        work.pop_back();
        const auto k = static_cast<Kind>(head[id] & kKindMask);
        if ((containers >> unsigned(k)) & 1u) {
            const ItemRange &range = m_ranges[aux(id)];
            const NodeId *item = m_pool.data() + range.offset;
            for (const NodeId *end = item + range.size; item != end; ++item)
                visit(*item);
        } else if (k == Kind::Call || k == Kind::Instance || k == Kind::PersId) {
            const ObjectData &o = m_objects[aux(id)];
            visit(o.callable);
            visit(o.args);
            visit(o.kwargs);
            for (NodeId c : o.states)
                visit(c);
            for (NodeId c : o.listItems)
                visit(c);
            for (NodeId c : o.dictItems)
                visit(c);
            for (NodeId c : o.setItems)
                visit(c);
        }
    }
}

size_t Graph::memoryUsage() const
{
    size_t total
        = (m_head.size() + m_payload.size() + m_storedBits.size()) * sizeof(uint64_t)
          + m_storedBefore.size() * sizeof(uint32_t)
          + m_changedFromFile.size() * (sizeof(NodeId) + sizeof(uint64_t) + 2 * sizeof(void *));
    total += m_streamRuns.capacity() * sizeof(StreamRun);
    total += m_longExtents.size() * (sizeof(NodeId) + sizeof(uint64_t) + 2 * sizeof(void *));
    total += m_pool.size() * sizeof(NodeId) + m_ranges.size() * sizeof(ItemRange);
    total += m_texts.size() * sizeof(TextRef);
    for (const auto &t : m_ownedTexts)
        total += sizeof(std::string) + t->capacity();
    for (const auto &b : m_bigints)
        total += sizeof(b) + b.capacity();
    for (const auto &g : m_globals)
        total += sizeof(g) + g.module.capacity() + g.name.capacity();
    total += m_objects.capacity() * sizeof(ObjectData);
    return total;
}

} // namespace ps
