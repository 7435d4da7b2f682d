// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace ps {

/// Resource limits applied while reading untrusted input (SECURITY.md §3 "Consolidated limits").
/// Every limit is a named constant with a default sized for real models, not for attacks.
struct ReadLimits
{
    /// Opcodes executed per file (all pickles together). A 1 GiB file has ~10^8 opcodes.
    static constexpr uint64_t kDefaultMaxOpcodes = 1'000'000'000;
    /// Items on the symbolic stack at once (a MARK ... TUPLE with 10^6 items is legitimate).
    static constexpr uint64_t kDefaultMaxStack = 50'000'000;
    /// Open MARKs at once.
    static constexpr uint64_t kDefaultMaxMarks = 1'000'000;
    /// Distinct memo entries (the memo is a hash map: sparse indices cost nothing).
    static constexpr uint64_t kDefaultMaxMemo = 50'000'000;
    /// Decimal digits in a text INT/LONG: CPython's default int max_str_digits.
    static constexpr uint64_t kDefaultMaxDecimalDigits = 4300;
    /// Bytes of a LONG1/LONG4 integer (a 2^31-bit number is still fine to show).
    static constexpr uint64_t kDefaultMaxLongBytes = 64ull * 1024 * 1024;
    /// Pickles back to back in one file.
    static constexpr uint64_t kDefaultMaxPickles = 100'000;
    /// joblib object arrays are nested pickles; they can nest again inside object arrays.
    static constexpr uint32_t kDefaultMaxNestedPickles = 16;

    uint64_t maxOpcodes = kDefaultMaxOpcodes;
    uint64_t maxStack = kDefaultMaxStack;
    uint64_t maxMarks = kDefaultMaxMarks;
    uint64_t maxMemo = kDefaultMaxMemo;
    uint64_t maxDecimalDigits = kDefaultMaxDecimalDigits;
    uint64_t maxLongBytes = kDefaultMaxLongBytes;
    uint64_t maxPickles = kDefaultMaxPickles;
    uint32_t maxNestedPickles = kDefaultMaxNestedPickles;
};

} // namespace ps
