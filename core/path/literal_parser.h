// SPDX-License-Identifier: MIT
// The parser of Python literals shared by the path grammar (keys inside subscripts) and
// parseValueLiteral (values of edits). Internal to the path stage.
#pragma once

#include "path/literal.h"
#include "util/error.h"
#include "util/result.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ps::pathsyntax {

bool isIdentStart(unsigned char c);
bool isIdentChar(unsigned char c);

/// An error at a 1-based column of the text: "column N: message" (offset N - 1).
Error pathError(size_t column, std::string message);

/// Refuses text that is not UTF-8 (WTF-8 for lone surrogates): read as Latin-1 its bytes would
/// name a key or write a string its printed form no longer names (fuzz finding).
Status checkUtf8(std::string_view text);

/// A recursive-descent reader of Python literals over `m_s` from `m_pos`. In Keys mode (the
/// path grammar) it reads scalars and tuples of them, with spaces and tabs between tokens; in
/// Values mode lists, dicts and sets too, with any whitespace between tokens.
class LiteralParser
{
public:
    enum class Mode : uint8_t { Keys, Values };

    LiteralParser(std::string_view text, Mode mode)
        : m_s(text)
        , m_mode(mode)
    {}

    /// One literal at m_pos (leading whitespace skipped). `bareInt` is set for an integer
    /// written without a tuple around it (`3`, `(3)`).
    Result<ValueLiteral> parseValue(int depth, bool &bareInt);

    /// A key (Keys mode): a scalar or a tuple of them.
    Result<KeyLiteral> parseKey(int depth, bool &bareInt);

    /// The whole text as one value (Values mode); a top-level comma makes a tuple.
    Result<ValueLiteral> parseAll();

protected:
    bool isSpace(char c) const;
    size_t column() const { return m_pos + 1; }
    /// The character at m_pos, quoted, for "… but found X" messages.
    std::string describe() const;
    void skipSpaces();
    std::string readIdentifier();
    /// A quoted string at m_pos (the quote). Escapes follow Python's rules for str (or bytes
    /// when `isBytes`); raw strings keep backslashes.
    Result<std::string> parseString(bool isBytes, bool raw);

    std::string_view m_s;
    size_t m_pos = 0;

private:
    /// "expected a key (…)" / "expected a literal (…)": what may stand here.
    std::string expectedWhat() const;
    Result<KeyLiteral> parseScalar(bool &bareInt);
    Result<KeyLiteral> parseNumber(bool &bareInt);
    /// Items separated by commas up to `close` (the opening bracket already read); a trailing
    /// comma is allowed. `sawComma` tells `(x)` from `(x,)`.
    Status parseItems(char close, const char *what, int depth, std::vector<ValueLiteral> &items,
                      bool &sawComma, bool &lastBare);
    Result<ValueLiteral> parseDictOrSet(int depth);

    Mode m_mode;
};

} // namespace ps::pathsyntax
