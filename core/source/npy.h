// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ps {

/// numpy refuses headers longer than this by default (`_MAX_HEADER_SIZE`, the `max_header_size`
/// guard of numpy 1.24+ `lib/format.py`); longer ones are read here with a warning.
inline constexpr uint64_t kNpyNumpyMaxHeaderSize = 10000;
/// Our hard cap on the header dictionary text.
inline constexpr uint64_t kNpyMaxHeaderSize = uint64_t(1) << 20; // 1 MiB

/// One field of a structured `descr` list: `(name, typestr[, shape])` or
/// `((title, name), typestr[, shape])`.
struct NpyField
{
    std::string name;
    std::string title;           ///< empty when the field has no title
    std::string typestr;         ///< e.g. "<f8"; for a nested structured field: its literal text
    bool nested = false;         ///< the type is itself a list of fields (see `typestr` text)
    std::vector<uint64_t> shape; ///< sub-array shape, empty for scalars
};

/// The header of a `.npy` file (numpy `lib/format.py`, FORMAT.md §3.5).
struct NpyHeader
{
    uint8_t major = 0; ///< format version 1, 2 or 3
    uint8_t minor = 0;
    std::string descr;       ///< the typestr ("<f8", "|O") or, when structured, the literal text
    bool structured = false; ///< descr was a list of fields
    std::vector<NpyField> fields; ///< structured descr, parsed
    bool fortranOrder = false;
    std::vector<uint64_t> shape;
    uint64_t headerOffset = 0; ///< where the dict literal starts (10 for v1, 12 for v2/v3)
    uint64_t headerLength = 0; ///< its declared length (including the space/newline padding)
    uint64_t dataOffset = 0;   ///< where the array data starts
    std::vector<std::string> warnings;

    /// Product of `shape` (1 for a 0-d array), or nullopt if it overflows 64 bits.
    std::optional<uint64_t> elementCount() const;
};

/// Reads the header of a `.npy` file: magic "\x93NUMPY", version 1.0/2.0/3.0, the header length
/// (u16 for v1, u32 for v2/v3), then the dict literal `{'descr': …, 'fortran_order': …,
/// 'shape': (…), }` parsed by a small non-evaluating literal parser (strings, ints with an
/// optional Python-2 "L" suffix, True/False/None, tuples, lists, dicts). The three keys must
/// all be present and no other key may be (as numpy requires). Errors carry the byte offset.
Result<NpyHeader> readNpyHeader(std::span<const uint8_t> file);

} // namespace ps
