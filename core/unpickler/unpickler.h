// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graph.h"
#include "unpickler/limits.h"
#include "unpickler/records.h"
#include "util/error.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace ps {

/// A mutation the stream applies to something that is not a fresh object or builtin
/// container (e.g. BUILD on a global: a setattr gadget). Kept for the security analysis.
struct ForeignMutation
{
    NodeId target = kNoNode;
    NodeId value = kNoNode;
    uint8_t opcode = 0;
    uint64_t offset = 0;
};

/// Shared state of one file's unpickling (counters and outputs across pickles).
struct UnpickleSession
{
    UnpickleSession(Graph &g, const ReadLimits &l, std::function<bool(uint64_t, uint64_t)> p)
        : graph(g)
        , limits(l)
        , progress(std::move(p))
    {}

    Graph &graph;
    const ReadLimits &limits;
    std::function<bool(uint64_t, uint64_t)> progress; ///< may be empty
    uint64_t opcodesRun = 0;
    uint64_t nextBufferIndex = 0; ///< NEXT_BUFFER counter
    bool joblib = false;          ///< a NumpyArrayWrapper was seen: read raw payloads
    bool joblibArrays = true;     ///< joblib mode allowed at all (OpenOptions::joblibArrays)
    bool fastLane = true;         ///< OpenOptions::fastLane
    /// Structure violations read on as CPython's C unpickler reads them (stream, offset, what).
    struct Anomaly
    {
        uint32_t stream = 0;
        uint64_t offset = 0;
        std::string message;
    };
    std::vector<Anomaly> anomalies;
    std::vector<JoblibPayload> joblibPayloads;
    std::vector<ForeignMutation> foreignMutations;
    std::vector<std::string> warnings;
};

/// What one run of the symbolic unpickler produced.
struct UnpickleOutcome
{
    NodeId root = kNoNode;
    uint64_t end = 0; ///< one past STOP, or the offset where reading stopped
    int protocol = 0; ///< PROTO value, else highest opcode protocol
    bool hasProto = false;
    uint64_t opcodes = 0; ///< opcodes read, those of nested pickles included
    std::optional<Error> error;
    std::vector<NodeId> partialStack; ///< stack items when the error stopped the run
};

/// Runs one pickle program symbolically: the opcodes manipulate a stack, a mark stack and a
/// memo of graph nodes. Nothing is imported or called. Iterative; bounded by ReadLimits.
/// joblib raw array payloads and nested object-array pickles are stepped over the way
/// joblib's NumpyUnpickler reads them (FORMAT.md §3.2).
class Unpickler
{
public:
    /// `instructions` (may be null) receives every instruction read; `regions` (may be null)
    /// only what the bytes alone do not tell: joblib raw regions and nested pickles, in order.
    Unpickler(UnpickleSession &session, std::span<const uint8_t> buffer, uint32_t bufferIndex,
              uint32_t streamIndex, std::vector<Instruction> *instructions,
              std::vector<Instruction> *regions = nullptr, uint8_t nesting = 0);

    UnpickleOutcome run(uint64_t start);

private:
    struct Impl;
    UnpickleSession &m_session;
    std::span<const uint8_t> m_buffer;
    uint32_t m_bufferIndex;
    uint32_t m_stream;
    std::vector<Instruction> *m_instructions;
    std::vector<Instruction> *m_regions;
    uint8_t m_nesting;
};

} // namespace ps
