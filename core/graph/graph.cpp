// SPDX-License-Identifier: MIT
#include "graph/graph.h"

#include <algorithm>
#include <new>

namespace ps {

Graph::Graph()
{
    m_nodes.reserve(1024);
}

void Graph::reserveForInput(uint64_t bytes)
{
    constexpr uint64_t kMaxNodes = uint64_t(1) << 24; // 640 MiB of address space at most
    const auto nodes = static_cast<size_t>(std::min<uint64_t>(bytes / 4, kMaxNodes));
    try {
        if (m_nodes.capacity() < m_nodes.size() + nodes)
            m_nodes.reserve(m_nodes.size() + nodes);
        if (m_containers.capacity() < m_containers.size() + nodes / 4)
            m_containers.reserve(m_containers.size() + nodes / 4);
        if (m_texts.capacity() < m_texts.size() + nodes / 4)
            m_texts.reserve(m_texts.size() + nodes / 4);
    } catch (const std::bad_alloc &) {
        // Only a hint: the arrays grow as they are filled.
    }
}

NodeId Graph::addNode(Kind kind, uint32_t stream, uint64_t begin, uint64_t end)
{
    Node n;
    n.kind = kind;
    n.stream = stream;
    n.begin = begin;
    n.end = end;
    m_nodes.push_back(n);
    return static_cast<NodeId>(m_nodes.size() - 1);
}

NodeId Graph::addInt(int64_t value, uint32_t stream, uint64_t begin, uint64_t end)
{
    const NodeId id = addNode(Kind::Int, stream, begin, end);
    m_nodes[id].v.i = value;
    return id;
}

NodeId Graph::addFloat(double value, uint32_t stream, uint64_t begin, uint64_t end)
{
    const NodeId id = addNode(Kind::Float, stream, begin, end);
    m_nodes[id].v.f = value;
    return id;
}

NodeId Graph::addBool(bool value, uint32_t stream, uint64_t begin, uint64_t end)
{
    const NodeId id = addNode(Kind::Bool, stream, begin, end);
    m_nodes[id].v.i = value ? 1 : 0;
    return id;
}

NodeId Graph::addTextView(Kind kind, std::span<const uint8_t> bytes, uint32_t stream,
                          uint64_t begin, uint64_t end)
{
    const NodeId id = addNode(kind, stream, begin, end);
    m_nodes[id].aux = static_cast<uint32_t>(m_texts.size());
    m_texts.push_back({bytes.data(), bytes.size()});
    return id;
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
    const NodeId id = addNode(Kind::BigInt, stream, begin, end);
    m_nodes[id].aux = static_cast<uint32_t>(m_bigints.size());
    m_bigints.push_back(std::move(twos));
    return id;
}

NodeId Graph::addContainer(Kind kind, std::vector<NodeId> items, uint32_t stream, uint64_t begin,
                           uint64_t end)
{
    const NodeId id = addNode(kind, stream, begin, end);
    m_nodes[id].aux = static_cast<uint32_t>(m_containers.size());
    m_containers.push_back(std::move(items));
    return id;
}

NodeId Graph::addGlobal(std::string module, std::string name, uint32_t stream, uint64_t begin,
                        uint64_t end)
{
    const NodeId id = addNode(Kind::Global, stream, begin, end);
    if (name.find('.') != std::string::npos)
        m_nodes[id].flags |= FlagDotted;
    m_nodes[id].aux = static_cast<uint32_t>(m_globals.size());
    m_globals.push_back({std::move(module), std::move(name)});
    return id;
}

NodeId Graph::addObject(Kind kind, ObjectData data, uint32_t stream, uint64_t begin, uint64_t end)
{
    const NodeId id = addNode(kind, stream, begin, end);
    m_nodes[id].aux = static_cast<uint32_t>(m_objects.size());
    m_objects.push_back(std::move(data));
    return id;
}

bool Graph::isContainer(NodeId id) const
{
    switch (m_nodes[id].kind) {
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
    const Node &n = m_nodes[id];
    switch (n.kind) {
    case Kind::Str:
    case Kind::Bytes:
    case Kind::ByteArray:
    case Kind::Py2String: {
        const TextRef &t = m_texts[n.aux];
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
    if (c != kNoNode && m_nodes[c].kind == Kind::Global)
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
    Node &n = m_nodes[id];
    if (begin < n.begin)
        n.begin = begin;
    if (end > n.end)
        n.end = end;
}

void Graph::computeSharing(std::span<const NodeId> roots)
{
    // Count incoming references from the reachable part of the graph, iteratively.
    std::vector<uint8_t> refs(m_nodes.size(), 0);
    std::vector<NodeId> work;
    auto visit = [&](NodeId child) {
        if (child == kNoNode || child >= m_nodes.size())
            return;
        if (refs[child] < 2)
            ++refs[child];
        if (refs[child] == 1)
            work.push_back(child);
    };
    for (NodeId r : roots)
        visit(r);
    while (!work.empty()) {
        const NodeId id = work.back();
        work.pop_back();
        const Node &n = m_nodes[id];
        if (isContainer(id)) {
            for (NodeId c : m_containers[n.aux])
                visit(c);
        } else if (isObject(id)) {
            const ObjectData &o = m_objects[n.aux];
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
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (refs[i] >= 2)
            m_nodes[i].flags |= FlagShared;
    }
}

size_t Graph::memoryUsage() const
{
    size_t total = m_nodes.capacity() * sizeof(Node);
    for (const auto &c : m_containers)
        total += sizeof(c) + c.capacity() * sizeof(NodeId);
    total += m_texts.capacity() * sizeof(TextRef);
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
