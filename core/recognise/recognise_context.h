// SPDX-License-Identifier: MIT
#pragma once

#include "array/ndarray.h"
#include "document/interpretation.h"
#include "graph/graph.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace ps {

class Document;

/// Shared state of one recognition pass: a lazy, cached interpretation per node, cached dtypes
/// and helpers that add synthetic nodes. Recognisers ask for the interpretation of the nodes
/// they look at (an array's dtype, a DataFrame's blocks); each is computed once. Lookups nest
/// only as deep as the patterns themselves, and a hard depth cap turns pathological nesting
/// into "not recognised" instead of deep recursion.
class RecogniseContext
{
public:
    explicit RecogniseContext(Document &document);

    /// The document being recognised.
    Document &document() { return m_document; }
    /// Its graph (recognisers may append synthetic nodes).
    Graph &graph() { return m_graph; }

    /// The interpretation of a node, computed on first request; nullptr when not recognised
    /// (or when asked again while the node is still being recognised: a cycle).
    const Interpretation *get(NodeId id);
    /// The array of a node recognised as NdArray / NumpyScalar / TorchTensor, or nullptr.
    std::shared_ptr<const NdArray> array(NodeId id);
    /// The dtype of a numpy.dtype node (decoded once), or nullptr.
    std::shared_ptr<const DType> dtype(NodeId id);

    /// Byte content of a bytes-like node: Bytes, ByteArray, Py2String directly; a latin-1 Str
    /// and `_codecs.encode(str, 'latin1')` / `bytes()` through an owned synthetic Bytes node.
    /// The span stays valid as long as the graph.
    std::optional<std::span<const uint8_t>> bytes(NodeId id);
    /// The node holding those bytes: `id` itself for Bytes/ByteArray/Py2String, else the
    /// synthetic Bytes node (made once per source node); kNoNode when not bytes-like.
    NodeId bytesNode(NodeId id);

    /// Adds a synthetic node (Kind::Unknown) carrying `interpretation`, placed at the byte range
    /// of `near` (the node it was derived from).
    NodeId addSynthetic(Interpretation interpretation, NodeId near);
    /// Adds plain synthetic value nodes (no interpretation), placed at `near`.
    NodeId addInt(int64_t value, NodeId near);
    NodeId addNone(NodeId near);
    NodeId addFloat(double value, NodeId near);
    NodeId addBool(bool value, NodeId near);
    NodeId addContainer(Kind kind, std::vector<NodeId> items, NodeId near);
    NodeId addBytes(Kind kind, std::string bytes, NodeId near);

    /// Index into document().joblibPayloads() of the payload a NumpyArrayWrapper node owns.
    std::optional<size_t> joblibPayload(NodeId wrapper) const;
    /// Offset of `bytes` inside the document buffer that contains it (0 when none does).
    uint64_t bufferOffsetOf(std::span<const uint8_t> bytes) const;

    /// Sets the interpretation of a node directly (used for synthetic nodes).
    void set(NodeId id, Interpretation interpretation);

    /// Moves every interpretation into the document, in node order.
    void finish();

private:
    enum State : uint8_t { NotVisited = 0, InProgress = 1, Done = 2 };
    State &stateOf(NodeId id);

    Document &m_document;
    Graph &m_graph;
    std::vector<State> m_state;
    std::unordered_map<NodeId, Interpretation> m_results;
    std::unordered_map<NodeId, std::shared_ptr<const DType>> m_dtypes;
    std::unordered_map<NodeId, NodeId> m_bytesAliases; ///< latin-1 text → synthetic Bytes node
    std::unordered_map<NodeId, size_t> m_payloads;
    int m_depth = 0;
};

/// Computes the interpretation of one node (dispatch over every recogniser; recognise.cpp).
bool recogniseNode(RecogniseContext &ctx, NodeId id, Interpretation &out);

} // namespace ps
