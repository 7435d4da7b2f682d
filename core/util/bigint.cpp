// SPDX-License-Identifier: MIT
#include "util/bigint.h"

#include <algorithm>

namespace ps::bigint {

void normalize(std::vector<uint8_t> &t)
{
    // Drop top bytes that only repeat the sign of the byte below them.
    while (t.size() > 1) {
        const uint8_t top = t.back();
        const uint8_t next = t[t.size() - 2];
        if ((top == 0x00 && !(next & 0x80)) || (top == 0xFF && (next & 0x80)))
            t.pop_back();
        else
            break;
    }
    if (t.size() == 1 && t[0] == 0)
        t.clear();
}

std::optional<int64_t> toInt64(std::span<const uint8_t> t)
{
    if (t.empty())
        return 0;
    size_t n = t.size();
    // Ignore redundant sign-extension bytes above 8.
    while (n > 8) {
        const uint8_t top = t[n - 1];
        const uint8_t next = t[n - 2];
        if ((top == 0x00 && !(next & 0x80)) || (top == 0xFF && (next & 0x80)))
            --n;
        else
            return std::nullopt;
    }
    uint64_t v = (t[n - 1] & 0x80) ? ~uint64_t(0) : 0;
    for (size_t i = n; i-- > 0;)
        v = (v << 8) | t[i];
    return static_cast<int64_t>(v);
}

std::vector<uint8_t> fromInt64(int64_t value)
{
    std::vector<uint8_t> t(8);
    uint64_t u = static_cast<uint64_t>(value);
    for (int i = 0; i < 8; ++i) {
        t[i] = static_cast<uint8_t>(u);
        u >>= 8;
    }
    normalize(t);
    return t;
}

namespace {

void negate(std::vector<uint8_t> &t)
{
    unsigned carry = 1;
    for (auto &b : t) {
        const unsigned x = static_cast<uint8_t>(~b) + carry;
        b = static_cast<uint8_t>(x);
        carry = x >> 8;
    }
}

} // namespace

std::vector<uint8_t> fromDecimal(std::string_view digits, bool negative)
{
    std::vector<uint8_t> mag; // little-endian magnitude, base 256
    for (char c : digits) {
        uint32_t carry = static_cast<uint32_t>(c - '0');
        for (auto &b : mag) {
            const uint32_t x = b * 10u + carry;
            b = static_cast<uint8_t>(x);
            carry = x >> 8;
        }
        while (carry) {
            mag.push_back(static_cast<uint8_t>(carry));
            carry >>= 8;
        }
    }
    mag.push_back(0);
    if (negative)
        negate(mag);
    normalize(mag);
    return mag;
}

std::string toDecimal(std::span<const uint8_t> t)
{
    if (t.empty())
        return "0";
    std::vector<uint8_t> mag(t.begin(), t.end());
    const bool neg = isNegative(t);
    if (neg)
        negate(mag);
    // Repeated division by 10^9 of the base-256 magnitude (most significant first).
    std::vector<uint32_t> chunks;
    std::vector<uint8_t> be(mag.rbegin(), mag.rend());
    while (!be.empty()) {
        uint64_t rem = 0;
        std::vector<uint8_t> q;
        q.reserve(be.size());
        for (uint8_t b : be) {
            const uint64_t cur = (rem << 8) | b;
            const uint64_t d = cur / 1000000000u;
            rem = cur % 1000000000u;
            if (!q.empty() || d)
                q.push_back(static_cast<uint8_t>(d));
        }
        chunks.push_back(static_cast<uint32_t>(rem));
        be.swap(q);
    }
    std::string out = neg ? "-" : "";
    bool first = true;
    for (size_t i = chunks.size(); i-- > 0;) {
        std::string part = std::to_string(chunks[i]);
        if (!first)
            part.insert(0, 9 - part.size(), '0');
        if (first && chunks[i] == 0 && i != 0)
            continue;
        out += part;
        first = false;
    }
    if (out.empty() || out == "-")
        out += "0";
    return out;
}

uint64_t bitLength(std::span<const uint8_t> t)
{
    if (t.empty())
        return 0;
    std::vector<uint8_t> mag(t.begin(), t.end());
    if (isNegative(t))
        negate(mag);
    size_t n = mag.size();
    while (n > 0 && mag[n - 1] == 0)
        --n;
    if (n == 0)
        return 0;
    uint8_t top = mag[n - 1];
    uint64_t bits = (n - 1) * 8;
    while (top) {
        ++bits;
        top >>= 1;
    }
    return bits;
}

uint64_t decimalDigitsEstimate(std::span<const uint8_t> twos)
{
    const uint64_t bits = bitLength(twos);
    // log10(2) = 0.30102999566…
    return bits == 0 ? 1 : bits * 30103 / 100000 + 1;
}

std::string toDecimalCapped(std::span<const uint8_t> twos, uint64_t maxDigits)
{
    const uint64_t digits = decimalDigitsEstimate(twos);
    if (digits <= maxDigits)
        return toDecimal(twos);
    std::vector<uint8_t> mag(twos.begin(), twos.end());
    const bool neg = isNegative(twos);
    if (neg)
        negate(mag);
    while (!mag.empty() && mag.back() == 0)
        mag.pop_back();
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (size_t i = mag.size(); i-- > 0 && hex.size() < 16;) {
        hex += kHex[mag[i] >> 4];
        hex += kHex[mag[i] & 15];
    }
    if (!hex.empty() && hex.front() == '0')
        hex.erase(0, 1);
    return std::string("<int of ") + std::to_string(bitLength(twos)) + " bits (about "
           + std::to_string(digits) + " decimal digits): " + (neg ? "-" : "") + "0x" + hex + "…>";
}

} // namespace ps::bigint
