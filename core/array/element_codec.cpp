// SPDX-License-Identifier: MIT
#include "array/element_codec.h"

#include <cfloat>
#include <cmath>
#include <cstring>

namespace ps {
namespace {

/// IEEE 754 binary16 to double (exact).
double widenHalf(uint16_t h)
{
    const int sign = (h >> 15) & 1;
    const int exp = (h >> 10) & 0x1F;
    const int mant = h & 0x3FF;
    double v;
    if (exp == 0)
        v = std::ldexp(static_cast<double>(mant), -24);
    else if (exp == 31)
        v = mant ? NAN : INFINITY;
    else
        v = std::ldexp(static_cast<double>(mant | 0x400), exp - 25);
    return sign ? -v : v;
}

double widenFloatBits(uint32_t bits)
{
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return static_cast<double>(f);
}

/// x87 80-bit extended precision (little-endian: 8 bytes significand with explicit integer
/// bit, then sign + 15-bit exponent), rounded to the nearest double.
double widenX87(const uint8_t *p)
{
    uint64_t mant = 0;
    for (int i = 7; i >= 0; --i)
        mant = (mant << 8) | p[i];
    const uint16_t se = static_cast<uint16_t>(p[8] | (p[9] << 8));
    const bool negative = se & 0x8000;
    const int exp = se & 0x7FFF;
#if defined(__x86_64__) || defined(__i386__)
    if (LDBL_MANT_DIG == 64) {
        long double ld = 0;
        std::memcpy(&ld, p, 10);
        return static_cast<double>(ld);
    }
#endif
    double v;
    if (exp == 0x7FFF) {
        v = (mant << 1) ? NAN : INFINITY;
    } else if (mant == 0) {
        v = 0.0;
    } else {
        // Round the 64-bit significand to 53 bits (half to even), then scale.
        const int shift = 11;
        uint64_t top = mant >> shift;
        const uint64_t rest = mant & ((uint64_t(1) << shift) - 1);
        const uint64_t half = uint64_t(1) << (shift - 1);
        if (rest > half || (rest == half && (top & 1)))
            ++top;
        v = std::ldexp(static_cast<double>(top), (exp ? exp : 1) - 16383 - 63 + shift);
    }
    return negative ? -v : v;
}

} // namespace

uint64_t loadUnsigned(std::span<const uint8_t> bytes, bool bigEndian)
{
    uint64_t v = 0;
    const size_t n = bytes.size();
    for (size_t i = 0; i < n; ++i)
        v = (v << 8) | (bigEndian ? bytes[i] : bytes[n - 1 - i]);
    return v;
}

double loadFloat(std::span<const uint8_t> b, bool bigEndian, bool bfloat16)
{
    switch (b.size()) {
    case 2: {
        const auto bits = static_cast<uint16_t>(loadUnsigned(b, bigEndian));
        return bfloat16 ? widenFloatBits(static_cast<uint32_t>(bits) << 16) : widenHalf(bits);
    }
    case 4:
        return widenFloatBits(static_cast<uint32_t>(loadUnsigned(b, bigEndian)));
    case 8: {
        const uint64_t bits = loadUnsigned(b, bigEndian);
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    case 10:
    case 12:
    case 16: {
        uint8_t tmp[16] = {};
        for (size_t i = 0; i < b.size(); ++i)
            tmp[i] = bigEndian ? b[b.size() - 1 - i] : b[i];
        return widenX87(tmp);
    }
    default:
        return NAN;
    }
}

} // namespace ps
