// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ps::pyescape {

/// Which escapes apply: those of a bytes literal (and of codecs.escape_decode, which pickle's
/// STRING lines and pickletools use), or those of a str literal (\u, \U, \N too; \x and octal
/// escapes give code points).
enum class Flavor : uint8_t { Bytes, Str };

enum class Status : uint8_t {
    Ok,
    BadHex,         ///< \x not followed by two hex digits
    BadUnicode,     ///< \u / \U not followed by 4 / 8 hex digits (Str)
    IllegalUnicode, ///< \U above U+10FFFF (Str)
    NamedEscape,    ///< \N{...} (Str): not supported
};

/// Decodes one backslash escape, the one place the project does it. `pos` indexes the
/// character after the backslash (it must be < text.size()). On Ok the decoded bytes are
/// appended (Str: code points as UTF-8, WTF-8 for surrogates) and `pos` is past the escape;
/// an unknown escape appends the backslash and the character, as Python does, and "\<newline>"
/// appends nothing. On any other status nothing is appended and `pos` is just past the
/// escape's letter, so a lenient caller can keep the text literally and read on.
Status decode(std::string_view text, size_t &pos, std::string &out, Flavor flavor);

/// Hex digit value, or -1.
int hexDigit(char c);

} // namespace ps::pyescape
