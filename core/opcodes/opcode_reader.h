// SPDX-License-Identifier: MIT
#pragma once

#include "opcodes/opcode_table.h"
#include "util/result.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace ps {

/// One opcode with its inline argument located (not yet interpreted).
struct RawInstruction
{
    const OpcodeInfo *info = nullptr;
    uint64_t offset = 0;  ///< offset of the opcode byte in the buffer
    uint64_t length = 0;  ///< opcode byte + inline argument
    int64_t intArg = 0;   ///< UInt1/UInt2/Int4/UInt4 values; counts of counted kinds
    uint64_t uintArg = 0; ///< UInt8 (FRAME length) and the count of 8-byte counted kinds
    double floatArg = 0;  ///< Float8
    /// Counted kinds: the payload. Line kinds: the (first) line without '\n'.
    std::span<const uint8_t> payload;
    /// StringNlNoEscapePair: the second line without '\n'.
    std::span<const uint8_t> payload2;

    Op op() const { return info->op; }
};

/// Reads the opcode at `offset`: checks that the byte is an opcode and that its whole
/// argument lies inside `buffer`. Never allocates from a declared length.
/// Errors: "invalid load key '\xff'", "BINUNICODE length 4294967295 exceeds the 88 bytes left",
/// "no newline found after the INT argument".
Result<RawInstruction> readInstruction(std::span<const uint8_t> buffer, uint64_t offset);

/// The same decoding without building an error: false exactly when readInstruction would
/// fail (then call it for the message). For loops over millions of opcodes.
bool decodeInstruction(std::span<const uint8_t> buffer, uint64_t offset, RawInstruction &out);

/// An integer argument: small (int64), big (two's complement little-endian), or a bool (I00/I01).
struct IntValue
{
    bool isBool = false;
    bool isBig = false;
    int64_t small = 0;
    std::vector<uint8_t> big;
};

/// INT (isLong = false) or LONG (isLong = true) line argument, exactly as CPython reads it.
Result<IntValue> parseIntLine(std::span<const uint8_t> line, bool isLong, uint64_t maxDigits);
/// LONG1/LONG4 payload (little-endian two's complement; empty = 0).
IntValue parseLongBytes(std::span<const uint8_t> payload);
/// FLOAT line argument.
Result<double> parseFloatLine(std::span<const uint8_t> line);
/// STRING line argument: quotes checked and removed, Python string-escapes decoded.
Result<std::string> decodeQuotedString(std::span<const uint8_t> line);
/// UNICODE line argument: raw-unicode-escape decoded to UTF-8 (WTF-8 for surrogates).
Result<std::string> decodeRawUnicodeEscape(std::span<const uint8_t> line);
/// True when `bytes` is UTF-8 with lone surrogates allowed (Python's 'surrogatepass').
/// On failure, *badOffset is the offset of the first invalid byte.
bool isValidUtf8SurrogatePass(std::span<const uint8_t> bytes, uint64_t *badOffset = nullptr);

/// Python-style rendering of a byte for messages: 'X' or '\xff'.
std::string describeByte(uint8_t byte);

} // namespace ps
