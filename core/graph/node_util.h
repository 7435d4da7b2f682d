// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graph.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ps {

/// Small read-only helpers over the generic graph, shared by the recognisers. None of them
/// recurses: each looks at one node (and at most its direct children).
namespace nodes {

/// A module name with the aliases pickle writers use folded together: `copy_reg` → `copyreg`,
/// `__builtin__` → `builtins`, `numpy._core[.x]` → `numpy.core[.x]`, `exceptions` → `builtins`.
std::string canonicalModule(std::string_view module);

/// "module.name" of a Global node, module canonicalised; empty for any other node.
std::string globalName(const Graph &g, NodeId id);

/// The class an object node instantiates: NEWOBJ/INST/OBJ class, the REDUCE callable, or for
/// `copyreg._reconstructor(cls, base, state)` / `copyreg.__newobj__(cls, ...)` the `cls`
/// argument. Returns the Global node, or kNoNode.
NodeId classOf(const Graph &g, NodeId id);

/// Canonical "module.name" of classOf(), or empty.
std::string className(const Graph &g, NodeId id);

/// The same name exactly as written in the file (no alias folding), or empty.
std::string classNameAsWritten(const Graph &g, NodeId id);

/// The object's constructor arguments as written (REDUCE/NEWOBJ args tuple items); for
/// `copyreg._reconstructor` and `copyreg.__newobj__` calls, the arguments after `cls`.
std::vector<NodeId> constructorArgs(const Graph &g, NodeId id);

/// Items of a Tuple node, or nullptr for any other node.
OptionalItems tupleItems(const Graph &g, NodeId id);
/// Items of a Tuple or List node, or nullptr.
OptionalItems sequenceItems(const Graph &g, NodeId id);

bool isNone(const Graph &g, NodeId id);
/// Int or Bool value.
std::optional<int64_t> intValue(const Graph &g, NodeId id);
/// Float, Int or Bool value as double.
std::optional<double> floatValue(const Graph &g, NodeId id);
/// Text of a Str, or of a Py2String (Python-2 `str`, shown as its bytes).
std::optional<std::string_view> stringValue(const Graph &g, NodeId id);

/// Value for a string key in a Dict node (Str or Py2String keys), or kNoNode.
NodeId dictGet(const Graph &g, NodeId dict, std::string_view key);

/// Decodes UTF-8 text whose code points are all < 256 into the bytes they stand for (the
/// latin-1 convention of protocol 0-2 bytes and of Python-2 pickles loaded with latin1).
std::optional<std::string> latin1FromUtf8(std::string_view utf8);

/// Small byte strings without a recogniser context: Bytes, ByteArray, Py2String, a latin-1 Str,
/// `_codecs.encode(str, 'latin1')` and `bytes()` calls. Used for dtype units and similar.
std::optional<std::string> smallBytes(const Graph &g, NodeId id);

/// A tuple of non-negative Ints (array shapes); nullopt otherwise.
std::optional<std::vector<uint64_t>> shapeValue(const Graph &g, NodeId id);

/// The state dict an object received by BUILD: the last state when it is a Dict, or the first
/// item of a (dict_state, slot_state) 2-tuple. kNoNode when there is none.
NodeId dictState(const Graph &g, NodeId id);

/// Python repr() of a simple value node (None, Bool, Int, Float, Str, Bytes); "..." otherwise.
std::string reprScalar(const Graph &g, NodeId id);

} // namespace nodes
} // namespace ps
