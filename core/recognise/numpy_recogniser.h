// SPDX-License-Identifier: MIT
#pragma once

#include "recognise/recognise_context.h"
#include "source/npy.h"

#include <memory>
#include <span>
#include <string>
#include <vector>

namespace ps {

/// numpy objects: `_reconstruct` + BUILD arrays (4/5-tuple states, every rawdata spelling),
/// protocol-5 `_frombuffer`, `scalar(dtype, bytes)`, `numpy.dtype` values, and joblib
/// NumpyArrayWrapper payloads. `cls` is the canonical class/callable name (nodes::className).
bool recogniseNumpyObject(RecogniseContext &ctx, NodeId id, const std::string &cls,
                          Interpretation &out);

/// A numpy scalar type used as a value (Global `numpy.float64`) → Recognised::NumpyType.
bool recogniseNumpyType(RecogniseContext &ctx, NodeId id, Interpretation &out);

/// Legacy joblib (≤ 0.9) NDArrayWrapper / ZNDArrayWrapper: arrays in companion files next to
/// the document (joblib_legacy.cpp).
bool recogniseJoblibLegacy(RecogniseContext &ctx, NodeId id, const std::string &cls,
                           Interpretation &out);

/// The dtype a `.npy` header describes: a typestr, or a flat list of (name, typestr[, shape])
/// fields; nullptr for nested structured fields and anything unknown.
std::shared_ptr<const DType> dtypeOfNpy(const NpyHeader &header);

/// The numeric array of a `.npy` file or `.npz` member (Document::npyArrays()) on its
/// stand-in node: a view over the buffer, never a copy, as numpy.load gives it (byte order
/// kept).
bool recogniseNpyArray(RecogniseContext &ctx, NodeId id, Interpretation &out);

/// An array over raw bytes laid out as numpy's __setstate__ expects: exactly
/// prod(shape) × itemsize bytes in C order (Fortran order when `fortran`). nullptr when the
/// sizes disagree or overflow, or when the dtype holds objects.
std::shared_ptr<NdArray> arrayOverBytes(std::shared_ptr<const DType> dtype,
                                        std::vector<uint64_t> shape, bool fortran,
                                        std::span<const uint8_t> data);

/// The array described by numpy's __setstate__ pieces, with `rawData` a bytes-like node (any
/// spelling) or, for object dtypes, a List of the elements in C order. nullptr if inconsistent.
std::shared_ptr<NdArray> arrayFromState(RecogniseContext &ctx, std::shared_ptr<const DType> dtype,
                                        std::vector<uint64_t> shape, bool fortran, NodeId rawData);

/// "numpy.float64", "numpy.bool_", "numpy.str_", ... for a scalar of this dtype.
std::string numpyScalarTypeName(const DType &dtype);

/// Makes an Interpretation of kind NdArray for `array`.
Interpretation arrayInterpretation(std::shared_ptr<const NdArray> array);

} // namespace ps
