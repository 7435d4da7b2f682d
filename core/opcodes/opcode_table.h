// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace ps {

/// How an opcode's inline argument is encoded (pickletools' ArgumentDescriptor names).
enum class ArgKind : uint8_t {
    None,
    UInt1,                ///< u8
    UInt2,                ///< u16 LE
    Int4,                 ///< i32 LE (signed)
    UInt4,                ///< u32 LE
    UInt8,                ///< u64 LE
    DecimalNlShort,       ///< INT: decimal line; "00"/"01" are False/True
    DecimalNlLong,        ///< LONG: decimal line with optional trailing 'L'
    FloatNl,              ///< FLOAT: repr(float) line
    Float8,               ///< BINFLOAT: 8 bytes big-endian IEEE-754
    StringNl,             ///< STRING: quoted, escaped line
    StringNlNoEscape,     ///< PERSID: raw line
    StringNlNoEscapePair, ///< GLOBAL/INST: two raw lines (module, name)
    String1,              ///< SHORT_BINSTRING: u8 count + bytes
    String4,              ///< BINSTRING: i32 count + bytes
    Bytes1,               ///< SHORT_BINBYTES
    Bytes4,               ///< BINBYTES
    Bytes8,               ///< BINBYTES8
    ByteArray8,           ///< BYTEARRAY8
    UnicodeStringNl,      ///< UNICODE: raw-unicode-escape line
    UnicodeString1,       ///< SHORT_BINUNICODE: u8 count + UTF-8
    UnicodeString4,       ///< BINUNICODE: u32 count + UTF-8
    UnicodeString8,       ///< BINUNICODE8: u64 count + UTF-8
    Long1,                ///< LONG1: u8 count + two's complement LE
    Long4,                ///< LONG4: i32 count + two's complement LE
};

/// Every opcode of protocols 0-5 (pickletools.opcodes, 68 entries).
enum class Op : uint8_t {
    MARK = '(',
    EMPTY_TUPLE = ')',
    STOP = '.',
    POP = '0',
    POP_MARK = '1',
    DUP = '2',
    BINBYTES = 'B',
    SHORT_BINBYTES = 'C',
    FLOAT = 'F',
    BINFLOAT = 'G',
    INT = 'I',
    BININT = 'J',
    BININT1 = 'K',
    LONG = 'L',
    BININT2 = 'M',
    NONE = 'N',
    PERSID = 'P',
    BINPERSID = 'Q',
    REDUCE = 'R',
    STRING = 'S',
    BINSTRING = 'T',
    SHORT_BINSTRING = 'U',
    UNICODE = 'V',
    BINUNICODE = 'X',
    EMPTY_LIST = ']',
    APPEND = 'a',
    BUILD = 'b',
    GLOBAL = 'c',
    DICT = 'd',
    APPENDS = 'e',
    GET = 'g',
    BINGET = 'h',
    INST = 'i',
    LONG_BINGET = 'j',
    LIST = 'l',
    OBJ = 'o',
    PUT = 'p',
    BINPUT = 'q',
    LONG_BINPUT = 'r',
    SETITEM = 's',
    TUPLE = 't',
    SETITEMS = 'u',
    EMPTY_DICT = '}',
    PROTO = 0x80,
    NEWOBJ = 0x81,
    EXT1 = 0x82,
    EXT2 = 0x83,
    EXT4 = 0x84,
    TUPLE1 = 0x85,
    TUPLE2 = 0x86,
    TUPLE3 = 0x87,
    NEWTRUE = 0x88,
    NEWFALSE = 0x89,
    LONG1 = 0x8a,
    LONG4 = 0x8b,
    SHORT_BINUNICODE = 0x8c,
    BINUNICODE8 = 0x8d,
    BINBYTES8 = 0x8e,
    EMPTY_SET = 0x8f,
    ADDITEMS = 0x90,
    FROZENSET = 0x91,
    NEWOBJ_EX = 0x92,
    STACK_GLOBAL = 0x93,
    MEMOIZE = 0x94,
    FRAME = 0x95,
    BYTEARRAY8 = 0x96,
    NEXT_BUFFER = 0x97,
    READONLY_BUFFER = 0x98,
};

/// One row of the opcode table: the single description that drives both the
/// disassembler and the unpickler.
struct OpcodeInfo
{
    Op op;
    std::string_view name;
    ArgKind arg;
    uint8_t proto;                ///< protocol that introduced it
    std::string_view stackBefore; ///< pickletools' stack picture, for documentation/UI
    std::string_view stackAfter;
    std::string_view summary; ///< one-line description for tooltips
};

/// The row for an opcode byte, or nullptr for bytes that are not opcodes.
/// The opcode table indexed by byte; nullptr where the byte is not an opcode.
extern const std::array<const OpcodeInfo *, 256> kOpcodeByByte;
/// OpcodeInfo::proto by byte (0 where the byte is not an opcode), one load for hot loops.
extern const std::array<uint8_t, 256> kOpcodeProtocol;

inline const OpcodeInfo *opcodeInfo(uint8_t byte)
{
    return kOpcodeByByte[byte];
}
/// All 68 rows, in pickletools order.
const OpcodeInfo *opcodeTable(size_t *count);

} // namespace ps
