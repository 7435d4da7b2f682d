// SPDX-License-Identifier: MIT
#pragma once

#include "util/utf8.h" // nextCodePoint, appendUtf8 (used with these reprs)

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace ps {

/// Python's repr() of scalar values, byte for byte (CPython 3.11 rules).
///
/// Strings are UTF-8; lone surrogates are accepted in their WTF-8 form (ED A0..BF xx), which is
/// how the reader stores Python str values that `surrogatepass` let through.

/// repr(float): shortest round-trip digits; exponent form when the decimal exponent is < -4 or
/// >= 16 ('1e-05', '1e+16', '1.5e+16'); '1.0', '-0.0', 'inf', '-inf', 'nan'.
std::string reprFloat(double value);

/// repr(int) for an int64.
std::string reprInt(int64_t value);

/// repr(int) for a little-endian two's complement integer of any size. Integers with more than
/// `maxBits` significant bits are not converted (decimal conversion is quadratic) and are shown
/// as "<int of N bits>".
std::string reprBigInt(std::span<const uint8_t> twosComplement, uint64_t maxBits = 1u << 20);

/// repr(bool): "True" / "False".
inline std::string reprBool(bool value)
{
    return value ? "True" : "False";
}

/// repr(str) of UTF-8/WTF-8 text: quote choice, escapes and printable characters exactly as
/// CPython 3.11 (Unicode 14.0 isprintable table). Invalid UTF-8 bytes are shown as \xNN escapes
/// of U+00NN (never produced by the reader, which validates text). When the text has more than
/// `maxChars` code points, only the first `maxChars` are shown followed by "…" inside the quotes.
std::string reprStr(std::string_view utf8, size_t maxChars = SIZE_MAX);

/// repr(str) of a Python 2 string decoded as latin-1 (how Py2String nodes load in Python 3).
std::string reprLatin1(std::span<const uint8_t> bytes, size_t maxChars = SIZE_MAX);

/// repr(bytes): b'...' with CPython's quote choice and escapes. When longer than `maxBytes`,
/// only the first `maxBytes` bytes are shown followed by "…" inside the quotes.
std::string reprBytes(std::span<const uint8_t> bytes, size_t maxBytes = SIZE_MAX);

/// repr(bytearray): bytearray(b'...'), truncated like reprBytes.
std::string reprByteArray(std::span<const uint8_t> bytes, size_t maxBytes = SIZE_MAX);

/// str.isprintable() for one code point, exactly as CPython 3.11 (Unicode 14.0): false for the
/// categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs except U+0020. Code points assigned after
/// Unicode 14.0 count as unassigned (non-printable), which newer Pythons may print as is.
bool isPrintable(char32_t codePoint);

/// Number of code points in UTF-8 text (invalid bytes count as one each).
size_t codePointCount(std::string_view utf8);

/// Truncates UTF-8 text to at most `maxChars` code points; when something was cut, the last
/// kept code point is replaced by "…" so the result still has at most `maxChars` code points.
std::string truncateText(std::string_view utf8, size_t maxChars);

} // namespace ps
