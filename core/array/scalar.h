// SPDX-License-Identifier: MIT
#pragma once

#include "array/ndarray.h"
#include "graph/graph.h"

#include <cstdint>
#include <span>
#include <string>

namespace ps {

/// One array element decoded the way numpy's .tolist() sees it.
struct ScalarValue
{
    enum class Type : uint8_t {
        Invalid, ///< bytes missing (out of range) or an unsupported item size
        Bool,
        Int,     ///< signed ints, datetime64 / timedelta64 counts: `i`
        UInt,    ///< unsigned ints: `u`
        Float,   ///< float16/32/64, long double (rounded to double), bfloat16: `f`
        Complex, ///< `f` + `imag`
        Str,     ///< 'U': UTF-8 (WTF-8) in `text`, trailing NULs stripped
        Bytes,   ///< 'S' (trailing NULs stripped) and unstructured 'V': raw bytes in `text`
        Object,  ///< object arrays: the element node in `object`
        Record,  ///< structured or sub-array dtypes: decode the fields / sub-array yourself
    };
    Type type = Type::Invalid;
    bool boolean = false;
    int64_t i = 0;
    uint64_t u = 0;
    double f = 0;
    double imag = 0;
    std::string text;
    NodeId object = kNoNode;
};

/// Decodes one element of a non-structured dtype from its bytes (`bytes.size()` must be at
/// least dtype.itemSize), honouring the byte order ('>' swaps). Long doubles (x87 80-bit in 12
/// or 16 bytes) are rounded to the nearest double.
ScalarValue decodeScalar(const DType &dtype, std::span<const uint8_t> bytes);

/// Element `flatIndex` (C order) of an array: object arrays give Type::Object.
ScalarValue arrayElement(const NdArray &array, uint64_t flatIndex);

} // namespace ps
