// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <cstdint>

namespace ps {

/// What a length-prefixed opcode carries (for the refusal message).
enum class SizedValue : uint8_t {
    Str,   ///< BINUNICODE / BINUNICODE8
    Bytes, ///< BINBYTES / BINBYTES8
    Int,   ///< LONG4 (two's complement bytes; no 8-byte form in any protocol)
};

/// The width in bytes (4 or 8) of the length field the pickler writes for a value of `size`
/// bytes at `protocol` when the 1-byte short form does not apply, or CPython's refusal when the
/// protocol has no field wide enough: 4-byte lengths hold at most 4 GiB - 1 (LONG4: 2 GiB - 1,
/// a signed field); the 8-byte forms (BINUNICODE8, BINBYTES8) exist from protocol 4 on.
Result<int> lengthFieldWidth(SizedValue what, uint64_t size, int protocol);

} // namespace ps
