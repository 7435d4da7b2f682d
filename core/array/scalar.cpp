// SPDX-License-Identifier: MIT
#include "array/scalar.h"

#include "array/element_codec.h"
#include "util/utf8.h"

namespace ps {

ScalarValue decodeScalar(const DType &dtype, std::span<const uint8_t> bytes)
{
    ScalarValue v;
    const size_t size = static_cast<size_t>(dtype.itemSize);
    if (bytes.size() < size)
        return v;
    const bool big = dtype.byteOrder == '>';
    if (dtype.isStructured() || dtype.isSubArray()) {
        v.type = ScalarValue::Type::Record;
        return v;
    }
    switch (dtype.kind) {
    case 'b':
        v.type = ScalarValue::Type::Bool;
        v.boolean = size > 0 && bytes[0] != 0;
        return v;
    case 'i':
    case 'M':
    case 'm':
        if (size == 1 || size == 2 || size == 4 || size == 8) {
            const uint64_t raw = loadUnsigned(bytes.first(size), big);
            const int shift = static_cast<int>(64 - 8 * size);
            v.type = ScalarValue::Type::Int;
            v.i = static_cast<int64_t>(raw << shift) >> shift;
        }
        return v;
    case 'u':
        if (size == 1 || size == 2 || size == 4 || size == 8) {
            v.type = ScalarValue::Type::UInt;
            v.u = loadUnsigned(bytes.first(size), big);
        }
        return v;
    case 'f':
        if (size == 2 || size == 4 || size == 8 || size == 10 || size == 12 || size == 16) {
            v.type = ScalarValue::Type::Float;
            v.f = loadFloat(bytes.first(size), big, dtype.bfloat16);
        }
        return v;
    case 'c': {
        const size_t half = size / 2;
        if (half == 4 || half == 8 || half == 10 || half == 12 || half == 16) {
            v.type = ScalarValue::Type::Complex;
            v.f = loadFloat(bytes.first(half), big, false);
            v.imag = loadFloat(bytes.subspan(half).first(half), big, false);
        }
        return v;
    }
    case 'U': {
        v.type = ScalarValue::Type::Str;
        size_t n = size / 4;
        while (n > 0 && loadUnsigned(bytes.subspan((n - 1) * 4).first(4), big) == 0)
            --n;
        for (size_t i = 0; i < n; ++i) {
            const uint64_t cp = loadUnsigned(bytes.subspan(i * 4).first(4), big);
            appendUtf8(v.text, cp > 0x10FFFF ? 0xFFFD : static_cast<char32_t>(cp));
        }
        return v;
    }
    case 'S': {
        v.type = ScalarValue::Type::Bytes;
        size_t n = size;
        while (n > 0 && bytes[n - 1] == 0)
            --n;
        v.text.assign(reinterpret_cast<const char *>(bytes.data()), n);
        return v;
    }
    case 'V':
        v.type = ScalarValue::Type::Bytes;
        v.text.assign(reinterpret_cast<const char *>(bytes.data()), size);
        return v;
    default:
        return v;
    }
}

ScalarValue arrayElement(const NdArray &array, uint64_t flatIndex)
{
    ScalarValue v;
    if (!array.dtype)
        return v;
    if (array.dtype->hasObject()) {
        if (flatIndex < array.objects.size()) {
            v.type = ScalarValue::Type::Object;
            v.object = array.objects[flatIndex];
        }
        return v;
    }
    const auto bytes = array.element(flatIndex);
    if (bytes.size() < array.dtype->itemSize || (bytes.empty() && array.dtype->itemSize > 0))
        return v;
    return decodeScalar(*array.dtype, bytes);
}

} // namespace ps
