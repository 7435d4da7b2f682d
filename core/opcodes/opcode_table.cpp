// SPDX-License-Identifier: MIT
#include "opcodes/opcode_table.h"

#include <array>

namespace ps {
namespace {

using A = ArgKind;

// Order and contents follow pickletools.opcodes (CPython Lib/pickletools.py); the notes on
// semantics are ours (FORMAT.md §1.2).
constexpr OpcodeInfo kTable[] = {
    {Op::INT, "INT", A::DecimalNlShort, 0, "", "int_or_bool", "push an int or bool (I00/I01)"},
    {Op::BININT, "BININT", A::Int4, 1, "", "int", "push a 4-byte signed int"},
    {Op::BININT1, "BININT1", A::UInt1, 1, "", "int", "push a 1-byte unsigned int"},
    {Op::BININT2, "BININT2", A::UInt2, 1, "", "int", "push a 2-byte unsigned int"},
    {Op::LONG, "LONG", A::DecimalNlLong, 0, "", "int", "push a long integer (decimal text)"},
    {Op::LONG1, "LONG1", A::Long1, 2, "", "int", "push a long integer (< 256 bytes)"},
    {Op::LONG4, "LONG4", A::Long4, 2, "", "int", "push a really big long integer"},
    {Op::STRING, "STRING", A::StringNl, 0, "", "bytes_or_str", "push a Python 2 string (quoted)"},
    {Op::BINSTRING, "BINSTRING", A::String4, 1, "", "bytes_or_str", "push a Python 2 string"},
    {Op::SHORT_BINSTRING, "SHORT_BINSTRING", A::String1, 1, "", "bytes_or_str",
     "push a short Python 2 string"},
    {Op::BINBYTES, "BINBYTES", A::Bytes4, 3, "", "bytes", "push bytes (4-byte length)"},
    {Op::SHORT_BINBYTES, "SHORT_BINBYTES", A::Bytes1, 3, "", "bytes", "push short bytes"},
    {Op::BINBYTES8, "BINBYTES8", A::Bytes8, 4, "", "bytes", "push very long bytes"},
    {Op::BYTEARRAY8, "BYTEARRAY8", A::ByteArray8, 5, "", "bytearray", "push a bytearray"},
    {Op::NEXT_BUFFER, "NEXT_BUFFER", A::None, 5, "", "any", "push the next out-of-band buffer"},
    {Op::READONLY_BUFFER, "READONLY_BUFFER", A::None, 5, "any", "any",
     "make the top buffer read-only"},
    {Op::NONE, "NONE", A::None, 0, "", "None", "push None"},
    {Op::NEWTRUE, "NEWTRUE", A::None, 2, "", "bool", "push True"},
    {Op::NEWFALSE, "NEWFALSE", A::None, 2, "", "bool", "push False"},
    {Op::UNICODE, "UNICODE", A::UnicodeStringNl, 0, "", "str",
     "push a str (raw-unicode-escape line)"},
    {Op::SHORT_BINUNICODE, "SHORT_BINUNICODE", A::UnicodeString1, 4, "", "str",
     "push a short UTF-8 str"},
    {Op::BINUNICODE, "BINUNICODE", A::UnicodeString4, 1, "", "str", "push a UTF-8 str"},
    {Op::BINUNICODE8, "BINUNICODE8", A::UnicodeString8, 4, "", "str", "push a very long str"},
    {Op::FLOAT, "FLOAT", A::FloatNl, 0, "", "float", "push a float (decimal text)"},
    {Op::BINFLOAT, "BINFLOAT", A::Float8, 1, "", "float", "push a float (8 bytes big-endian)"},
    {Op::EMPTY_LIST, "EMPTY_LIST", A::None, 1, "", "list", "push an empty list"},
    {Op::APPEND, "APPEND", A::None, 0, "list any", "list", "append an item to a list"},
    {Op::APPENDS, "APPENDS", A::None, 1, "list mark stackslice", "list",
     "extend a list by the items above the mark"},
    {Op::LIST, "LIST", A::None, 0, "mark stackslice", "list", "build a list from the mark"},
    {Op::EMPTY_TUPLE, "EMPTY_TUPLE", A::None, 1, "", "tuple", "push ()"},
    {Op::TUPLE, "TUPLE", A::None, 0, "mark stackslice", "tuple", "build a tuple from the mark"},
    {Op::TUPLE1, "TUPLE1", A::None, 2, "any", "tuple", "build a 1-tuple"},
    {Op::TUPLE2, "TUPLE2", A::None, 2, "any any", "tuple", "build a 2-tuple"},
    {Op::TUPLE3, "TUPLE3", A::None, 2, "any any any", "tuple", "build a 3-tuple"},
    {Op::EMPTY_DICT, "EMPTY_DICT", A::None, 1, "", "dict", "push an empty dict"},
    {Op::DICT, "DICT", A::None, 0, "mark stackslice", "dict", "build a dict from key/value pairs"},
    {Op::SETITEM, "SETITEM", A::None, 0, "dict any any", "dict", "dict[key] = value"},
    {Op::SETITEMS, "SETITEMS", A::None, 1, "dict mark stackslice", "dict",
     "add key/value pairs above the mark"},
    {Op::EMPTY_SET, "EMPTY_SET", A::None, 4, "", "set", "push an empty set"},
    {Op::ADDITEMS, "ADDITEMS", A::None, 4, "set mark stackslice", "set",
     "add the items above the mark to a set"},
    {Op::FROZENSET, "FROZENSET", A::None, 4, "mark stackslice", "frozenset",
     "build a frozenset from the mark"},
    {Op::POP, "POP", A::None, 0, "any", "", "discard the top item (or a MARK)"},
    {Op::DUP, "DUP", A::None, 0, "any", "any any", "duplicate the top item"},
    {Op::MARK, "MARK", A::None, 0, "", "mark", "push a mark"},
    {Op::POP_MARK, "POP_MARK", A::None, 1, "mark stackslice", "", "discard up to the mark"},
    {Op::GET, "GET", A::DecimalNlShort, 0, "", "any", "push memo[n] (decimal text)"},
    {Op::BINGET, "BINGET", A::UInt1, 1, "", "any", "push memo[n] (1-byte index)"},
    {Op::LONG_BINGET, "LONG_BINGET", A::UInt4, 1, "", "any", "push memo[n] (4-byte index)"},
    {Op::PUT, "PUT", A::DecimalNlShort, 0, "", "", "memo[n] = top (decimal text)"},
    {Op::BINPUT, "BINPUT", A::UInt1, 1, "", "", "memo[n] = top (1-byte index)"},
    {Op::LONG_BINPUT, "LONG_BINPUT", A::UInt4, 1, "", "", "memo[n] = top (4-byte index)"},
    {Op::MEMOIZE, "MEMOIZE", A::None, 4, "any", "any", "memo[len(memo)] = top"},
    {Op::EXT1, "EXT1", A::UInt1, 2, "", "any", "push an extension-registry object"},
    {Op::EXT2, "EXT2", A::UInt2, 2, "", "any", "push an extension-registry object"},
    {Op::EXT4, "EXT4", A::Int4, 2, "", "any", "push an extension-registry object"},
    {Op::GLOBAL, "GLOBAL", A::StringNlNoEscapePair, 0, "", "any",
     "push module.name (imported on load)"},
    {Op::STACK_GLOBAL, "STACK_GLOBAL", A::None, 4, "str str", "any",
     "push module.name from two strs"},
    {Op::REDUCE, "REDUCE", A::None, 0, "any any", "any", "call callable(*args)"},
    {Op::BUILD, "BUILD", A::None, 0, "any any", "any", "apply state (__setstate__)"},
    {Op::INST, "INST", A::StringNlNoEscapePair, 0, "mark stackslice", "any",
     "instantiate module.name(*args)"},
    {Op::OBJ, "OBJ", A::None, 1, "mark any stackslice", "any", "instantiate cls(*args)"},
    {Op::NEWOBJ, "NEWOBJ", A::None, 2, "any any", "any", "cls.__new__(cls, *args)"},
    {Op::NEWOBJ_EX, "NEWOBJ_EX", A::None, 4, "any any any", "any",
     "cls.__new__(cls, *args, **kwargs)"},
    {Op::PROTO, "PROTO", A::UInt1, 2, "", "", "protocol version"},
    {Op::STOP, "STOP", A::None, 0, "any", "", "end of pickle: return the top item"},
    {Op::FRAME, "FRAME", A::UInt8, 4, "", "", "length of the following frame"},
    {Op::PERSID, "PERSID", A::StringNlNoEscape, 0, "", "any", "push persistent_load(id line)"},
    {Op::BINPERSID, "BINPERSID", A::None, 1, "any", "any", "push persistent_load(top)"},
};

constexpr size_t kCount = sizeof(kTable) / sizeof(kTable[0]);
static_assert(kCount == 68, "pickletools defines 68 opcodes");

constexpr std::array<const OpcodeInfo *, 256> buildIndex()
{
    std::array<const OpcodeInfo *, 256> index{};
    for (size_t i = 0; i < kCount; ++i)
        index[static_cast<uint8_t>(kTable[i].op)] = &kTable[i];
    return index;
}

constexpr std::array<uint8_t, 256> buildProtocols()
{
    std::array<uint8_t, 256> protocols{};
    for (size_t i = 0; i < kCount; ++i)
        protocols[static_cast<uint8_t>(kTable[i].op)] = kTable[i].proto;
    return protocols;
}

} // namespace

// Constant-initialised (no start-up order question): opcodeInfo() is inline in the header.
constinit const std::array<const OpcodeInfo *, 256> kOpcodeByByte = buildIndex();
constinit const std::array<uint8_t, 256> kOpcodeProtocol = buildProtocols();

const OpcodeInfo *opcodeTable(size_t *count)
{
    if (count)
        *count = kCount;
    return kTable;
}

} // namespace ps
