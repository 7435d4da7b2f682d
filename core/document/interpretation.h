// SPDX-License-Identifier: MIT
#pragma once

#include "array/ndarray.h"
#include "graph/graph.h"

#include <memory>
#include <string>
#include <vector>

namespace ps {

/// What a recogniser understood a node to be. Recognisers work over the generic graph and
/// never replace it: the raw REDUCE/NEWOBJ/BUILD structure stays browsable underneath.
enum class Recognised : uint8_t {
    None,
    NdArray,     ///< numpy ndarray (any form): array
    NumpyScalar, ///< numpy scalar: array (0-d)
    DType,       ///< numpy dtype object: dtype
    NumpyType,   ///< a numpy scalar type used as a value (Global numpy.float64): dtype
    Alias,       ///< equivalent to a builtin value node `value` (bytes via _codecs.encode,
                 ///< set([..]) at protocol < 4 -> synthetic Set, bytearray(b) -> synthetic
                 ///< ByteArray, torch.Size -> its tuple). builtins.slice: `value` is the
                 ///< (start, stop, step) args tuple and `text` its repr, "slice(1, 10, 2)".
    OrderedDict, ///< dict-like: members are the items (Key)
    DefaultDict, ///< dict-like plus default_factory
    Counter,
    Deque,    ///< list-like: members are indices; ints[0] = maxlen when bounded
    Datetime, ///< text = isoformat() (with the UTC offset when the tzinfo is a known
              ///< fixed offset); value = the tzinfo node (kNoNode when naive)
    Date,
    Time,          ///< text = isoformat(); value = the tzinfo node, as Datetime
    Timedelta,     ///< ints[0..2] = days, seconds, microseconds; text = str(td)
    Decimal,       ///< text = the decimal string
    Complex,       ///< reals[0..1]
    Enum,          ///< pythonType = "module.Class"; text = "module.Class.NAME" (getattr form,
                   ///< module-level globals like signal.SIGINT, "A|B" for combined flags) or
                   ///< "module.Class(value)" with value = the value node (pre-3.11 form)
    Estimator,     ///< scikit-learn estimator: members are its state attributes (version =
                   ///< _sklearn_version, which is not a member)
    SkTree,        ///< sklearn.tree._tree.Tree: members are Python's Tree attributes
    DataFrame,     ///< pandas DataFrame: shape = (rows, cols); members .shape, .columns,
                   ///< .index, ['col'] -> synthetic Series nodes
    Series,        ///< pandas Series: array = the values; members .name, .index, .values
    PandasIndex,   ///< pandas Index: array = the labels (object arrays: label nodes), or for
                   ///< RangeIndex ints = {start, stop, step} and no array; member .name
    Sparse,        ///< scipy sparse matrix/array: members .data .indices .indptr ...;
                   ///< format, shape and nnz are filled in
    TorchTensor,   ///< torch tensor / Parameter: array
    TorchStorage,  ///< a storage persistent id: text = the storage key; array = the storage
                   ///< as a 1-d array (absent when the storage bytes are missing)
    JoblibWrapper, ///< joblib NumpyArrayWrapper whose payload is missing or inconsistent
                   ///< (dtype only). With a usable payload the wrapper is an NdArray whose
                   ///< array has Form::JoblibWrapper.
    Object,        ///< generic instance with a dict state (or a (dict, slots) pair): members
                   ///< are attributes; pythonType is the class (factory callables such as
                   ///< numpy.random's __randomstate_ctor or Cython __pyx_unpickle_X(cls, ...)
                   ///< are mapped to the class they build)
};

/// How a member is addressed in a Python path.
enum class MemberStyle : uint8_t {
    Attribute, ///< .name
    Key,       ///< [key] where key is the node `key`
    Index,     ///< [i]
};

/// A named child of an interpreted node.
struct Member
{
    MemberStyle style = MemberStyle::Attribute;
    std::string name;     ///< attribute name (Attribute)
    NodeId key = kNoNode; ///< key node (Key)
    int64_t index = 0;    ///< index (Index)
    NodeId value = kNoNode;
};

/// The recognised meaning of one node.
struct Interpretation
{
    Recognised what = Recognised::None;
    std::string pythonType; ///< e.g. "numpy.ndarray", "collections.OrderedDict"
    NodeId value = kNoNode; ///< Alias target / Enum value / DefaultDict default_factory
    std::shared_ptr<const NdArray> array;
    std::shared_ptr<const DType> dtype;
    std::vector<Member> members;
    std::string text;            ///< Datetime/Date/Time isoformat, Decimal digits, Enum "Cls.NAME"
    std::vector<int64_t> ints;   ///< Timedelta (days, seconds, microseconds)
    std::vector<double> reals;   ///< Complex (real, imag)
    std::string version;         ///< Estimator: _sklearn_version ("" when absent)
    std::string format;          ///< Sparse: "csr", "csc", "coo", "bsr", "dia", "lil", "dok"
    std::vector<uint64_t> shape; ///< Sparse: (rows, cols); DataFrame: (rows, columns)
    int64_t nnz = -1;            ///< Sparse: stored entries as scipy's .nnz (-1: unknown)
};

} // namespace ps
