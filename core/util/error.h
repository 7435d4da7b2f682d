// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

namespace ps {

/// A clear, located error: which file, which stream inside it, which byte offset,
/// which opcode (when one was being read) and what was expected there.
/// Errors are values across the core boundary; no exception escapes the engine.
struct Error
{
    std::string file;    ///< path as given by the user; filled in by Document
    std::string stream;  ///< e.g. "archive/data.pkl", "pickle #2", "zlib stream"; may be empty
    uint64_t offset = 0; ///< byte offset inside the stream (or the file when stream is empty)
    std::string opcode;  ///< opcode name when the error happened while reading one
    std::string message; ///< what was wrong / what was expected

    /// "model.pkl: offset 1234: BINUNICODE: length 4294967295 exceeds the 88 bytes left"
    std::string toString() const;
};

inline Error makeError(uint64_t offset, std::string message, std::string opcode = {})
{
    Error e;
    e.offset = offset;
    e.message = std::move(message);
    e.opcode = std::move(opcode);
    return e;
}

} // namespace ps
