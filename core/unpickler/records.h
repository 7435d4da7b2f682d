// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graph.h"

#include <cstdint>

namespace ps {

/// One instruction of a pickle program, or a raw region the unpickler stepped over.
struct Instruction
{
    enum class Type : uint8_t {
        Opcode,     ///< an opcode with its inline argument
        JoblibPad,  ///< joblib alignment: pad-length byte plus 0xFF bytes
        JoblibData, ///< joblib raw array payload
        /// Only in PickleStream::regions: a nested pickle (joblib object array) of `length`
        /// bytes starts here, its opcodes at `nesting`. Never a line of a listing.
        NestedPickle,
    };
    uint64_t offset = 0; ///< buffer offset of the opcode byte
    /// Bytes including the inline argument (40 bits: an opcode of 1 TiB cannot be mapped).
    uint64_t length : 40 = 0;
    uint64_t opcode : 8 = 0;
    Type type : 8 = Type::Opcode;
    uint64_t nesting : 8 = 0; ///< 0 = top-level pickle, >0 = nested pickle (joblib object arrays)
};
// A listing of a 200 MB pickle holds tens of millions of these.
static_assert(sizeof(Instruction) == 16, "Instruction is meant to stay 16 bytes");

/// A joblib NumpyArrayWrapper and the raw payload (or nested pickle) that followed it.
struct JoblibPayload
{
    NodeId wrapper = kNoNode;
    uint32_t buffer = 0;
    uint64_t offset = 0;         ///< buffer offset of the array bytes
    uint64_t size = 0;           ///< bytes of array data
    NodeId nestedRoot = kNoNode; ///< object arrays: root of the nested pickle
};

} // namespace ps
