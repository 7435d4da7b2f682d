// SPDX-License-Identifier: MIT
#pragma once

#include "document/document.h"
#include "graph/graph.h"
#include "path/path.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace ps {

class Document;

/// One child of a node in the browsing tree (CLI `tree`, GUI object tree).
struct Child
{
    PathStep step;     ///< how the child is reached from its parent (see path.h)
    std::string label; ///< what a tree shows as the name: `coef_`, `'spam'`, `0`, `<args>`
    NodeId node = kNoNode;
};

/// The children of a node, computed from the graph one level at a time (cycles are harmless),
/// paged: at most `max` children starting at `first`. Rules, in order:
///  * Alias interpretations: the children of the alias target.
///  * Interpretation members when there are any (estimator attributes, OrderedDict keys,
///    deque indices, DataFrame columns, ...).
///  * Arrays: none, except object arrays whose elements are children (`[i]`, `[i, j]` ...).
///  * Other recognised scalars (dtype, datetime, Decimal, complex, enum, ...): none.
///  * Tuple / List / Set / FrozenSet: items by index; Dict: entries by key (Python semantics:
///    a repeated key keeps its first position and its last value).
///  * Generic objects: attributes from a dict BUILD state (also the dict of a (dict, slots)
///    state), then keys added by SETITEM(S), indices added by APPEND(S), then `<args>` when
///    the constructor had arguments; without a dict state: `<callable>`, `<args>`,
///    `<kwargs>`, `<state>` as present.
///  * Persistent ids: `<pid>`.
/// Keys without a literal form are reached through the `.<value N>` pseudo attribute.
std::vector<Child> children(const Document &document, NodeId id, size_t first = 0,
                            size_t max = SIZE_MAX);

/// Number of children() of a node (cheap for lists and arrays: no enumeration).
size_t childCount(const Document &document, NodeId id);

/// The attribute dicts of a generic object: the last BUILD state when it is a Dict, or the
/// items of a (dict_or_None, slots_dict) 2-tuple state. kNoNode when absent.
struct ObjectStateDicts
{
    NodeId dict = kNoNode;
    NodeId slots = kNoNode;
};
ObjectStateDicts objectStateDicts(const Graph &graph, NodeId id);

/// For Dict-like entry lists (key, value, key, value, ...): the entries as Python keeps them —
/// one per distinct key (compared by value), in first-insertion order, each with the index (in
/// `flat`) of its key's first occurrence and of its last value.
struct DictEntry
{
    size_t keyIndex = 0;
    size_t valueIndex = 0;
};
std::vector<DictEntry> dictEntries(const Document &document, std::span<const NodeId> flat);

} // namespace ps
