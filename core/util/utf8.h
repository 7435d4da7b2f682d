// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace ps {

/// Decodes the code point at `pos` of UTF-8/WTF-8 text and advances `pos`. Returns false (and
/// sets `codePoint` to the single byte's value, advancing by one) on an invalid sequence.
bool nextCodePoint(std::string_view utf8, size_t &pos, char32_t &codePoint);

/// Appends a code point as UTF-8 (surrogates in WTF-8 form, as Python's 'surrogatepass';
/// values above U+10FFFF become U+FFFD).
void appendUtf8(std::string &out, char32_t codePoint);

/// Latin-1 bytes (each byte a code point 0-255) as UTF-8.
std::string latin1ToUtf8(std::span<const uint8_t> bytes);

} // namespace ps
