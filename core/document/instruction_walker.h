// SPDX-License-Identifier: MIT
#pragma once

#include "document/document.h"
#include "opcodes/opcode_reader.h"

#include <cstdint>
#include <span>
#include <vector>

namespace ps {

/// Reads the instructions of one pickle stream again from its bytes, in the order the unpickler
/// read them: its opcodes one after the other, the joblib raw regions and nested pickles where
/// PickleStream::regions says they lie. Gives what OpenOptions::recordInstructions would have
/// recorded, without recording it. Memory: the nested pickles open at a time.
class InstructionWalker
{
public:
    /// Where the walk stands: enough to continue from there later (seek()).
    struct Position
    {
        uint64_t offset = 0;          ///< buffer offset of the next instruction
        size_t region = 0;            ///< index of the next PickleStream::regions entry
        std::vector<uint64_t> nested; ///< end offsets of the nested pickles open, innermost last
    };

    InstructionWalker(const Document &document, size_t stream);
    InstructionWalker(std::span<const uint8_t> buffer, const PickleStream &stream);

    /// The next instruction; `raw` is its decoded opcode (Opcode instructions only). False at
    /// the end of the stream: past STOP, or where the unpickler stopped reading.
    bool next(Instruction &ins, RawInstruction &raw);

    const Position &position() const { return m_at; }
    /// Continues from a position an earlier walk of the same stream reported.
    void seek(Position at) { m_at = std::move(at); }

private:
    std::span<const uint8_t> m_buffer;
    const PickleStream *m_stream = nullptr;
    Position m_at;
};

/// The buffer a stream was read from (empty when the document has no such buffer).
std::span<const uint8_t> streamBytes(const Document &document, const PickleStream &stream);

} // namespace ps
