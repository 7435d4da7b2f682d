// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graph.h"
#include "recognise/ndarray.h"

#include <memory>
#include <string>
#include <vector>

namespace ps {

/// What a recogniser understood a node to be. Recognisers work over the generic graph and
/// never replace it: the raw REDUCE/NEWOBJ/BUILD structure stays browsable underneath.
enum class Recognised : uint8_t {
    None,
    NdArray,      ///< numpy ndarray (any form): array
    NumpyScalar,  ///< numpy scalar: array (0-d)
    DType,        ///< numpy dtype object: dtype
    NumpyType,    ///< a numpy scalar type used as a value (Global numpy.float64): dtype
    Alias,        ///< equivalent to a builtin value node `value` (bytes via _codecs.encode,
                  ///< set([..]) at protocol < 4, bytearray(b), slice, complex, ...)
    OrderedDict,  ///< dict-like: members are the items (Key)
    DefaultDict,  ///< dict-like plus default_factory
    Counter,
    Deque,        ///< list-like: members are indices
    Datetime,     ///< text = isoformat()
    Date,
    Time,
    Timedelta,    ///< ints[0..2] = days, seconds, microseconds
    Decimal,      ///< text = the decimal string
    Complex,      ///< reals[0..1]
    Enum,         ///< text = "Class.NAME", value = the enum's value node
    Estimator,    ///< scikit-learn estimator: members are its state attributes
    SkTree,       ///< sklearn.tree._tree.Tree: members are Python's Tree attributes
    DataFrame,    ///< pandas DataFrame: members .shape, .columns, ['col'] ...
    Series,       ///< pandas Series
    PandasIndex,  ///< pandas Index
    Sparse,       ///< scipy sparse matrix/array: members .data .indices .indptr ...
    TorchTensor,  ///< torch tensor / Parameter: array
    TorchStorage, ///< a storage persistent id
    JoblibWrapper,///< joblib NumpyArrayWrapper awaiting/holding its payload: array
    Object,       ///< generic instance with a dict state: members are attributes
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
    std::string name;      ///< attribute name (Attribute)
    NodeId key = kNoNode;  ///< key node (Key)
    int64_t index = 0;     ///< index (Index)
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
    std::string text;          ///< Datetime/Date/Time isoformat, Decimal digits, Enum "Cls.NAME"
    std::vector<int64_t> ints; ///< Timedelta (days, seconds, microseconds)
    std::vector<double> reals; ///< Complex (real, imag)
    std::string version;       ///< Estimator: _sklearn_version ("" when absent)
};

} // namespace ps
