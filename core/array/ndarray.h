// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graph.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ps {

/// A numpy dtype, decoded from its pickled form (FORMAT.md §2.3) without numpy.
struct DType
{
    char kind = 'V';        ///< numpy kind: b i u f c M m U S V O
    char byteOrder = '|';   ///< '<', '>' or '|'
    uint64_t itemSize = 0;  ///< bytes per element (U: 4 x characters)
    int64_t alignment = -1; ///< as pickled (-1 when not given)
    std::string timeUnit;   ///< datetime64 / timedelta64 unit, e.g. "ns", "D" (empty = generic)
    int64_t timeUnitCount = 1;
    /// torch.bfloat16 (no numpy equivalent): kind 'f', itemSize 2, the upper half of a float32.
    /// str()/name()/describe() say "bfloat16"; printers must widen it, not read it as float16.
    bool bfloat16 = false;
    /// Structured dtype built with align=True (flags bit NPY_ALIGNED_STRUCT): describe() then
    /// prints numpy's dict form with 'aligned': True.
    bool alignedStruct = false;

    struct Field
    {
        std::string name;
        std::shared_ptr<const DType> type;
        uint64_t offset = 0;
        std::string title; ///< empty when the field has no title
    };
    std::vector<Field> fields; ///< structured dtypes, in declared order (names tuple)

    std::shared_ptr<const DType> subBase; ///< sub-array dtype ('<f8', (2, 3)): the base
    std::vector<uint64_t> subShape;

    NodeId node = kNoNode; ///< the graph node the dtype was decoded from, if any

    bool isStructured() const { return !fields.empty(); }
    bool isSubArray() const { return subBase != nullptr; }
    /// True for the numeric kinds whose elements are plain numbers (b i u f c M m).
    bool isNumeric() const;
    /// numpy's construction repr inside a structured description: "'<i4'", "'O'", "'S3'",
    /// "[('x', '<f4')]" or "('<f8', (2,))" without the outer quotes for simple types, e.g. "<i4".
    std::string fieldFormat() const;
    /// True when the dtype (or a field / sub-array base) holds Python objects.
    bool hasObject() const;
    /// numpy's dtype.str: "<f8", "|b1", "<U5", "|V12", "<M8[ns]", "|O".
    std::string str() const;
    /// numpy's dtype.name: "float64", "int32", "str160", "void96", "datetime64[ns]", "object".
    std::string name() const;
    /// numpy's repr-like description, e.g. "float64", "[('a', '<i4'), ('b', '>f8')]", "('<f8', (2,
    /// 3))".
    std::string describe() const;
    /// A standard dtype from its typestr (e.g. "<f8", "|u1", ">i4", "<U3", "|S5", "<M8[ns]").
    /// The byte-order character may be omitted ("f8" → native "<"); "?" means bool, "O" the
    /// object type. Returns nullptr for anything else.
    static std::shared_ptr<DType> fromTypeStr(std::string_view typestr);
    /// The dtype of a numpy scalar type name as pickled ("float64", "int32", "bool_", "str_",
    /// "object_", "datetime64", ...), or nullptr when the name is not a numpy scalar type.
    static std::shared_ptr<DType> fromScalarTypeName(std::string_view name);
};

/// Edited elements of an array: the offset of a whole element inside NdArray::data → its new
/// bytes (the element's size).
using ElementPatches = std::map<uint64_t, std::string>;

/// A numpy ndarray (or torch tensor) as a strided view over bytes that stay in the input
/// (mapped file or decompressed buffer): never a copy for non-object dtypes.
struct NdArray
{
    enum class Form : uint8_t {
        Reconstruct,   ///< numpy _reconstruct + BUILD (protocol 0-4, and 5 fallbacks)
        FromBuffer,    ///< protocol-5 _frombuffer with an in-band buffer
        JoblibWrapper, ///< joblib NumpyArrayWrapper with raw payload
        JoblibLegacy,  ///< joblib NDArrayWrapper / ZNDArrayWrapper (companion file)
        TorchTensor,   ///< torch _rebuild_tensor(_v2) over a storage
        Derived,       ///< a view made by a recogniser (e.g. a field of a structured array)
    };

    std::shared_ptr<const DType> dtype;
    std::vector<uint64_t> shape;
    std::vector<int64_t> strides;  ///< in bytes, one per dimension
    uint64_t offset = 0;           ///< byte offset of element [0, ..., 0] inside data
    std::span<const uint8_t> data; ///< the bytes the strides walk over (empty for object arrays)
    std::vector<NodeId> objects;   ///< object arrays: elements in C order
    bool fortranOrder = false;     ///< the pickled order flag (informational)
    std::string subclass = "numpy.ndarray"; ///< python class, e.g. "numpy.matrix", "torch.Tensor"
    Form form = Form::Reconstruct;
    uint64_t dataFileOffset = 0; ///< stream offset where the payload starts (0 if unknown)
    /// Elements set by edits, over `data` (which stays the file's bytes): element() and every
    /// reader through it see them; views of the array share them (a view's elements lie
    /// inside the patched elements). Null when nothing was edited.
    std::shared_ptr<const ElementPatches> patches;
    /// torch only: the element type name as torch prints it ("torch.float32").
    std::string torchDType;
    /// Python converts this array to native byte order when it loads it (numpy's
    /// __setstate__, numpy scalars, every joblib reader; not protocol-5 _frombuffer nor torch).
    /// `dtype` still describes the bytes in the file; loadedDType() is what Python reports.
    bool swapsOnLoad = false;

    /// The dtype Python reports after loading: `dtype` with '>' turned into '<' when
    /// swapsOnLoad (only the top-level byte order, as numpy's check), else `dtype` itself.
    std::shared_ptr<const DType> loadedDType() const;

    uint64_t count() const; ///< number of elements (1 for 0-d); UINT64_MAX on overflow
    size_t ndim() const { return shape.size(); }
    /// Byte offset of the element at a C-order flat index.
    uint64_t elementOffset(uint64_t flatIndex) const;
    /// Bytes of one element at a C-order flat index, edits (`patches`) applied (empty span for
    /// object arrays).
    std::span<const uint8_t> element(uint64_t flatIndex) const;
    /// The element at a C-order flat index as an integer (kinds b, i, u, M, m; byte order
    /// honoured), or nullopt (other kinds, out of range, uint64 above INT64_MAX).
    std::optional<int64_t> intAt(uint64_t flatIndex) const;
    /// The element as a double (kinds b, i, u, f with 2/4/8 bytes, bfloat16), or nullopt.
    std::optional<double> floatAt(uint64_t flatIndex) const;

    /// C-contiguous strides for a shape and item size.
    static std::vector<int64_t> cStrides(const std::vector<uint64_t> &shape, uint64_t itemSize);
    static std::vector<int64_t> fStrides(const std::vector<uint64_t> &shape, uint64_t itemSize);
    /// Product of a shape, or nullopt when it overflows uint64 (or the result exceeds `limit`).
    static std::optional<uint64_t> checkedCount(const std::vector<uint64_t> &shape,
                                                uint64_t limit = UINT64_MAX);
    /// Checks that every element reachable through shape/strides/offset (each `itemSize` bytes)
    /// lies inside `dataSize` bytes, with overflow-safe arithmetic. Empty arrays always fit.
    static bool fitsIn(const std::vector<uint64_t> &shape, const std::vector<int64_t> &strides,
                       uint64_t offset, uint64_t itemSize, uint64_t dataSize);
};

} // namespace ps
