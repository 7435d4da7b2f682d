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
    };
    uint64_t offset = 0; ///< buffer offset of the opcode byte
    uint64_t length = 0; ///< bytes including the inline argument
    uint8_t opcode = 0;
    Type type = Type::Opcode;
    uint8_t nesting = 0; ///< 0 = top-level pickle, >0 = nested pickle (joblib object arrays)
};

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
