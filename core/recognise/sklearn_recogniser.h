// SPDX-License-Identifier: MIT
#pragma once

#include "recognise/recognise_context.h"

#include <string>

namespace ps {

/// `sklearn.tree._tree.Tree` (FORMAT.md §4.3) → Recognised::SkTree whose Attribute members are
/// Python's Tree properties; the node-field arrays are Derived views over the `nodes` records.
bool recogniseSkTree(RecogniseContext &ctx, NodeId id, const std::string &cls, Interpretation &out);

/// scikit-learn estimators (class module "sklearn.*" with a dict state, FORMAT.md §4.1) →
/// Recognised::Estimator: every state key except `_sklearn_version` is an Attribute member.
bool recogniseEstimator(RecogniseContext &ctx, NodeId id, const std::string &cls,
                        Interpretation &out);

/// Any other object with a dict state (or a (dict_state, slot_state) pair) → Recognised::Object
/// with the attributes `obj.__dict__` would have (slot values included).
bool recogniseGenericObject(RecogniseContext &ctx, NodeId id, const std::string &cls,
                            Interpretation &out);

/// Attribute members for the string keys of a Dict node, skipping `skipKey` (may be empty).
void addDictAttributes(const Graph &g, NodeId dict, Interpretation &out,
                       std::string_view skipKey = {});

} // namespace ps
