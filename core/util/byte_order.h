// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <cstring>

namespace ps {

/// Fixed-size integers at any alignment, in the byte orders pickle uses (FORMAT.md §1.3:
/// lengths and BININT little-endian, BINFLOAT big-endian).
inline uint16_t readLE16(const uint8_t *p)
{
    return static_cast<uint16_t>(p[0] | p[1] << 8);
}

inline uint32_t readLE32(const uint8_t *p)
{
    uint32_t v = 0;
    std::memcpy(&v, p, 4);
    return v;
}

inline uint64_t readBE64(const uint8_t *p)
{
    uint64_t v = 0;
    std::memcpy(&v, p, 8);
    return __builtin_bswap64(v);
}

} // namespace ps
