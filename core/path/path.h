// SPDX-License-Identifier: MIT
#pragma once

#include "array/ndarray.h"
#include "graph/graph.h"
#include "util/result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ps {

class Document;

/// A Python literal usable as a dict key in a path: None, bool, int (any size), float, str,
/// bytes, or a tuple of those.
struct KeyLiteral
{
    enum class Type : uint8_t { None, Bool, Int, Float, Str, Bytes, Tuple };
    Type type = Type::None;
    bool boolean = false;          ///< Bool
    std::string text;              ///< Str: UTF-8 (WTF-8); Bytes: raw; Int: canonical decimal
    double number = 0;             ///< Float
    std::vector<KeyLiteral> items; ///< Tuple

    static KeyLiteral none();
    static KeyLiteral fromBool(bool value);
    static KeyLiteral fromInt(int64_t value);
    static KeyLiteral fromFloat(double value);
    static KeyLiteral fromStr(std::string utf8);
    static KeyLiteral fromBytes(std::string bytes);
    static KeyLiteral fromTuple(std::vector<KeyLiteral> items);

    /// The value of an Int literal when it fits int64.
    std::optional<int64_t> int64() const;
    /// Python source text: 'a', b'\x00', 3, -1, 1.5, True, None, (1, 'a'), (1,).
    std::string repr() const;
    bool operator==(const KeyLiteral &other) const;
};

/// One step of a path.
///
/// Syntax (the Python expression typed after the loaded object):
///  * `.name` — an attribute: an object's state key or a recogniser member.
///  * `['key']`, `[b'k']`, `[1.5]`, `[True]`, `[None]`, `[(1, 'a')]` — a dict key (Key).
///  * `[3]`, `[-1]`, `[0, 3]` — integer subscripts (Index): list/tuple index, array indices
///    (`[i]` on an n-D array is the (n-1)-D sub-array), or an int / tuple-of-ints dict key.
///  * `['field']` on a structured array: the field view.
/// Extensions (not Python, needed to reach everything in a pickle):
///  * pseudo attributes in angle brackets reach the raw pickle structure of an object:
///    `.<callable>` (REDUCE callable / NEWOBJ class), `.<args>` (argument tuple), `.<kwargs>`
///    (NEWOBJ_EX keywords), `.<state>` (last BUILD state), `.<state N>` (the N-th BUILD state,
///    0-based), `.<pid>` (a persistent id's value), `.<value N>` / `.<key N>` (the value / the
///    key of the N-th entry, in Python order, of a dict — how entries whose key has no literal
///    form, e.g. a class used as a key, are reached);
///  * `.'any text'` — an attribute whose name is not an identifier;
///  * `[i]` on a set / frozenset indexes its items in file order;
///  * `inf`, `-inf` and `nan` are accepted as float literals.
struct PathStep
{
    enum class Type : uint8_t { Attribute, Key, Index };
    Type type = Type::Attribute;
    std::string name;             ///< Attribute (pseudo attributes include the angle brackets)
    KeyLiteral key;               ///< Key
    std::vector<int64_t> indices; ///< Index: one or more integers

    static PathStep attribute(std::string name);
    /// A key step; an int key that fits int64 (or a tuple of such ints) becomes an Index step,
    /// which is how the parser reads `[3]` and `[1, 2]`.
    static PathStep keyStep(KeyLiteral key);
    static PathStep index(std::vector<int64_t> indices);

    /// True for the `.<...>` pseudo attributes.
    bool isPseudo() const;
    bool operator==(const PathStep &other) const;
};

/// Parses a path. The empty string is the root. A leading identifier without a dot is
/// accepted as an attribute (`steps[0]` = `.steps[0]`). Errors say the 1-based column and what
/// was expected, e.g. "column 7: expected ']' or ',' after the subscript".
Result<std::vector<PathStep>> parsePath(std::string_view path);

/// The canonical text of one step: `.name`, `.<args>`, `['a']`, `[0, 3]`, `[(1, 2)]`.
std::string formatStep(const PathStep &step);
/// The canonical text of a path (formatPath(parsePath(x)) is a fixed point).
std::string formatPath(const std::vector<PathStep> &steps);
/// Appends one step to an already formatted path (used by the tree printer: children carry
/// their step, parents their path).
std::string pathOf(std::string_view parentPath, const PathStep &step);

/// Where a path led.
struct Resolved
{
    /// The graph node reached. For array views and elements: the node of the array they
    /// belong to; for an element of an object array: the element's own node.
    NodeId node = kNoNode;
    /// Set whenever the value is a numeric/structured array or a part of one: the whole array
    /// (the interpretation's), a sub-array or field view (a copy of the array's description
    /// with other shape/strides/offset/dtype, same Form, same bytes), or — with isElement —
    /// the array that contains the element. Null for everything else.
    std::shared_ptr<const NdArray> array;
    /// The value is a single element of `array`, at C-order flat index elementFlatIndex.
    bool isElement = false;
    uint64_t elementFlatIndex = 0;
};

/// The array interpretation of a node (NdArray, NumpyScalar, TorchTensor, JoblibWrapper with
/// payload), or nullptr.
std::shared_ptr<const NdArray> arrayOfNode(const Document &document, NodeId id);

/// The starting point for a node: Resolved{node, arrayOfNode(node)}.
Resolved resolvedNode(const Document &document, NodeId id);

/// The key literal of a dict key node (str, Py2String as str, bytes, int, bool, float, None,
/// tuples of those; aliases followed), or nullopt when the key has no literal form.
std::optional<KeyLiteral> keyLiteralOf(const Document &document, NodeId key);

/// Python equality between a key node and a literal (1 == 1.0 == True, Py2String == str).
bool keyMatches(const Document &document, NodeId key, const KeyLiteral &literal);

/// A string that is equal for two hashable keys exactly when Python would find them equal
/// (str/Py2String by text, numbers by value — 1, 1.0 and True are the same key —, bytes,
/// None, tuples element-wise); other keys are identified by node.
std::string keyIdentity(const Document &document, NodeId key);

/// A view: the sub-array at leading indices (already non-negative and in range).
std::shared_ptr<const NdArray> subArrayView(const NdArray &array,
                                            const std::vector<uint64_t> &leading);
/// A view of one field of a structured array (sub-array fields add dimensions), or
/// nullptr when the field does not exist.
std::shared_ptr<const NdArray> fieldView(const NdArray &array, std::string_view field);

} // namespace ps
