// SPDX-License-Identifier: MIT
#include "recognise/recognise_context.h"

#include "document/document.h"
#include "graph/node_util.h"
#include "recognise/recognise.h"

#include <algorithm>
#include <functional>

namespace ps {

namespace {
/// Nested lookups (array → dtype, DataFrame → block → array → dtype, ...) stay far below this;
/// only hostile nesting (e.g. a chain of enum `or_` calls) reaches it.
constexpr int kMaxLookupDepth = 64;
} // namespace

RecogniseContext::RecogniseContext(Document &document)
    : m_document(document)
    , m_graph(document.graph())
{
    const auto &payloads = m_document.joblibPayloads();
    for (size_t i = 0; i < payloads.size(); ++i)
        m_payloads.emplace(payloads[i].wrapper, i);
}

RecogniseContext::State &RecogniseContext::stateOf(NodeId id)
{
    if (id >= m_state.size())
        m_state.resize(std::max<size_t>(m_graph.size(), size_t(id) + 1), NotVisited);
    return m_state[id];
}

const Interpretation *RecogniseContext::get(NodeId id)
{
    if (id >= m_graph.size())
        return nullptr;
    State &st = stateOf(id);
    if (st == Done) {
        const auto it = m_results.find(id);
        return it == m_results.end() ? nullptr : &it->second;
    }
    if (st == InProgress)
        return nullptr;
    if (!recognisable(m_graph.kind(id))) {
        st = Done; // plain values and containers have no interpretation: nothing to build
        return nullptr;
    }
    if (m_depth >= kMaxLookupDepth) {
        stateOf(id) = Done; // too deep: left generic (keeps the pass linear)
        return nullptr;
    }
    st = InProgress;
    ++m_depth;
    Interpretation out;
    bool ok = false;
    try {
        ok = recogniseNode(*this, id, out);
    } catch (...) {
        ok = false;
    }
    --m_depth;
    stateOf(id) = Done; // stateOf may have resized: do not reuse `st`
    if (!ok || out.what == Recognised::None)
        return nullptr;
    auto [it, inserted] = m_results.insert_or_assign(id, std::move(out));
    (void)inserted;
    return &it->second;
}

std::shared_ptr<const NdArray> RecogniseContext::array(NodeId id)
{
    const Interpretation *i = get(id);
    if (!i || !i->array)
        return nullptr;
    return i->array;
}

std::shared_ptr<const DType> RecogniseContext::dtype(NodeId id)
{
    if (id >= m_graph.size())
        return nullptr;
    const auto it = m_dtypes.find(id);
    if (it != m_dtypes.end())
        return it->second;
    std::shared_ptr<const DType> d;
    auto r = decodeDType(m_graph, id);
    if (r)
        d = *r;
    m_dtypes.emplace(id, d);
    return d;
}

std::optional<std::span<const uint8_t>> RecogniseContext::bytes(NodeId id)
{
    const NodeId b = bytesNode(id);
    if (b == kNoNode)
        return std::nullopt;
    return m_graph.bytes(b);
}

NodeId RecogniseContext::bytesNode(NodeId id)
{
    if (id >= m_graph.size())
        return kNoNode;
    switch (m_graph.kind(id)) {
    case Kind::Bytes:
    case Kind::ByteArray:
    case Kind::Py2String:
        return id;
    case Kind::Str:
    case Kind::Call: {
        const auto it = m_bytesAliases.find(id);
        if (it != m_bytesAliases.end())
            return it->second;
        auto decoded = nodes::smallBytes(m_graph, id);
        const NodeId b = decoded ? addBytes(Kind::Bytes, std::move(*decoded), id) : kNoNode;
        m_bytesAliases.emplace(id, b);
        return b;
    }
    default:
        return kNoNode;
    }
}

NodeId RecogniseContext::addSynthetic(Interpretation interpretation, NodeId near)
{
    const Node &n = m_graph.node(near);
    const NodeId id = m_graph.addNode(Kind::Unknown, n.stream, n.begin, n.end);
    set(id, std::move(interpretation));
    return id;
}

NodeId RecogniseContext::addInt(int64_t value, NodeId near)
{
    const Node &n = m_graph.node(near);
    return m_graph.addInt(value, n.stream, n.begin, n.end);
}

NodeId RecogniseContext::addFloat(double value, NodeId near)
{
    const Node &n = m_graph.node(near);
    return m_graph.addFloat(value, n.stream, n.begin, n.end);
}

NodeId RecogniseContext::addBool(bool value, NodeId near)
{
    const Node &n = m_graph.node(near);
    return m_graph.addBool(value, n.stream, n.begin, n.end);
}

NodeId RecogniseContext::addNone(NodeId near)
{
    const Node &n = m_graph.node(near);
    return m_graph.addNode(Kind::None, n.stream, n.begin, n.end);
}

NodeId RecogniseContext::addContainer(Kind kind, std::vector<NodeId> items, NodeId near)
{
    const Node &n = m_graph.node(near);
    return m_graph.addContainer(kind, std::move(items), n.stream, n.begin, n.end);
}

NodeId RecogniseContext::addBytes(Kind kind, std::string bytes, NodeId near)
{
    const Node &n = m_graph.node(near);
    return m_graph.addTextOwned(kind, std::move(bytes), n.stream, n.begin, n.end);
}

std::optional<size_t> RecogniseContext::joblibPayload(NodeId wrapper) const
{
    const auto it = m_payloads.find(wrapper);
    if (it == m_payloads.end())
        return std::nullopt;
    return it->second;
}

uint64_t RecogniseContext::bufferOffsetOf(std::span<const uint8_t> bytes) const
{
    if (bytes.empty())
        return 0;
    const auto *p = bytes.data();
    for (const Buffer &b : m_document.buffers()) {
        const auto *begin = b.bytes.data();
        if (!begin)
            continue;
        if (std::less_equal<const uint8_t *>()(begin, p)
            && std::less<const uint8_t *>()(p, begin + b.bytes.size()))
            return static_cast<uint64_t>(p - begin);
    }
    return 0;
}

void RecogniseContext::set(NodeId id, Interpretation interpretation)
{
    stateOf(id) = Done;
    m_results.insert_or_assign(id, std::move(interpretation));
}

void RecogniseContext::finish()
{
    std::vector<NodeId> ids;
    ids.reserve(m_results.size());
    for (const auto &[id, interp] : m_results)
        ids.push_back(id);
    std::sort(ids.begin(), ids.end());
    for (const NodeId id : ids)
        m_document.setInterpretation(id, std::move(m_results[id]));
    m_results.clear();
}

} // namespace ps
