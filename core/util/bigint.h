// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ps::bigint {

/// Arbitrary-size integers as little-endian two's complement bytes (pickle's LONG1/LONG4
/// encoding). Only what a reader/viewer needs: conversion to and from decimal and int64.

/// The value as int64 when it fits.
std::optional<int64_t> toInt64(std::span<const uint8_t> twos);
/// Minimal two's complement encoding of an int64 (0 -> empty, as pickle's encode_long).
std::vector<uint8_t> fromInt64(int64_t value);
/// Decimal digits (no sign, no separators) to two's complement, negated when `negative`.
std::vector<uint8_t> fromDecimal(std::string_view digits, bool negative);
/// Decimal text with sign. Quadratic: callers cap the size they print.
std::string toDecimal(std::span<const uint8_t> twos);
/// CPython's default limit on int → str conversion (sys.int_info.default_max_str_digits).
inline constexpr uint64_t kMaxDecimalDigits = 4300;
/// Decimal digits of |value| (exact up to one digit: estimated from the bit length).
uint64_t decimalDigitsEstimate(std::span<const uint8_t> twos);
/// Decimal text when the value has at most `maxDigits` digits; beyond that, as CPython refuses
/// to convert it, a summary that costs linear time: "<int of 1000000 bits (301030 digits):
/// 0x1f2e3d…>" (sign, bit and digit counts, the leading hex digits).
std::string toDecimalCapped(std::span<const uint8_t> twos, uint64_t maxDigits = kMaxDecimalDigits);
/// Removes redundant sign-extension bytes.
void normalize(std::vector<uint8_t> &twos);
/// Number of significant bits of |value| (for summaries of huge numbers).
uint64_t bitLength(std::span<const uint8_t> twos);
/// True when the value is negative.
inline bool isNegative(std::span<const uint8_t> twos)
{
    return !twos.empty() && (twos.back() & 0x80);
}

} // namespace ps::bigint
