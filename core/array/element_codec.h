// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <span>

namespace ps {

/// Decoding of single array elements, shared by everything that reads numpy/torch data.

/// The unsigned integer in `bytes` (1-8 bytes), big- or little-endian.
uint64_t loadUnsigned(std::span<const uint8_t> bytes, bool bigEndian);

/// A floating-point element as a double: float16, bfloat16 (`bfloat16`, 2 bytes), float32,
/// float64, and x87 80-bit extended precision stored in 10, 12 or 16 bytes (numpy's
/// longdouble on x86), rounded to the nearest double. NaN for any other size.
double loadFloat(std::span<const uint8_t> bytes, bool bigEndian, bool bfloat16);

} // namespace ps
