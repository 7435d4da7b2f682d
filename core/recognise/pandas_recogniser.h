// SPDX-License-Identifier: MIT
#pragma once

#include "recognise/recognise_context.h"

#include <string>

namespace ps {

/// pandas objects as pickled by pandas 1.x (BlockManager state):
/// * DataFrame → Recognised::DataFrame; Interpretation::shape = (rows, columns); members
///   `.shape` (synthetic Tuple of two Ints), `.columns`, `.index` (index nodes) and one Key
///   member per column (key = the label node) whose value is a synthetic Series node.
/// * Series → Recognised::Series: `array` holds the values (a Derived 1-d view for columns);
///   members `.name`, `.index`, `.values` (a node carrying the values as NdArray).
/// * Index (`_new_Index`, `_new_DatetimeIndex`) → Recognised::PandasIndex: `array` holds the
///   labels (object arrays: label nodes in `objects`); RangeIndex has no array but
///   ints = {start, stop, step}; member `.name` (and `.levels`/`.codes`/`.names` for
///   MultiIndex, whose `array` is absent).
/// * NDArrayBacked extension arrays (DatetimeArray, TimedeltaArray, PandasArray) →
///   Recognised::NdArray over their ndarray; Categorical → Recognised::NdArray of objects (the
///   category label of each code; -1 → NaN, as pandas) with members `.codes`, `.categories`.
bool recognisePandas(RecogniseContext &ctx, NodeId id, const std::string &cls, Interpretation &out);

} // namespace ps
