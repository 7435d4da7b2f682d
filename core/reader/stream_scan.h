// SPDX-License-Identifier: MIT
#pragma once

#include "unpickler/limits.h"
#include "util/error.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace ps {

/// Locates one pickle in a buffer without building objects (OpenOptions::streamsOnly): the
/// opcodes are read with the project's instruction reader, and each is checked against a stack
/// of value kinds (one byte per item, one byte per memo entry), so that the scan ends where the
/// symbolic unpickler would end (one past STOP, or before the bytes it cannot read as an
/// opcode) and vouches that the unpickler would not have stopped earlier. Whenever it cannot
/// vouch for that — an opcode the unpickler might refuse (a kind it cannot prove, a limit, a
/// malformed argument), joblib's NumpyArrayWrapper (raw array bytes follow its BUILD),
/// a PyTorch legacy magic number — the scan says so and the caller reads the file with the
/// unpickler instead. Memory: the pickle's stack depth and memo size, one byte each.
/// Every refusal of Unpickler::Impl::step has its counterpart in this scan's checks: a new
/// refusal there needs one here (tst_dis compares the two on every fixture file, on crafted
/// refused pickles and on random mutants).
class StreamScan
{
public:
    /// `joblibArrays`: the reader would step over joblib raw array data (a NumpyArrayWrapper
    /// name then needs the unpickler). `opcodesRun` counts across the file's pickles, as the
    /// unpickler's session does.
    StreamScan(std::span<const uint8_t> buffer, const ReadLimits &limits, bool joblibArrays,
               uint64_t &opcodesRun);

    struct Outcome
    {
        uint64_t end = 0; ///< one past STOP, or the offset of the unreadable opcode
        int protocol = 0; ///< the first PROTO's value, else the highest opcode protocol
        bool hasProto = false;
        uint64_t opcodes = 0; ///< opcodes read
        /// The instruction reader's error (a truncated or unknown opcode), or a FRAME longer
        /// than the bytes left, exactly as the unpickler reports it.
        std::optional<Error> error;
        /// The scan cannot vouch for this pickle: read the file with the unpickler.
        bool needsUnpickler = false;
        /// STOP's value is an integer too large for 64 bits (PyTorch's legacy magic number
        /// is one).
        bool bigIntRoot = false;
    };
    Outcome run(uint64_t start);

private:
    std::span<const uint8_t> m_buffer;
    const ReadLimits &m_limits;
    bool m_joblibArrays;
    uint64_t &m_opcodesRun;
};

} // namespace ps
