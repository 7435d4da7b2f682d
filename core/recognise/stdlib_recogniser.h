// SPDX-License-Identifier: MIT
#pragma once

#include "recognise/recognise_context.h"

#include <string>

namespace ps {

/// Python standard-library values pickled through REDUCE/NEWOBJ: OrderedDict, defaultdict,
/// Counter, deque, Decimal, complex, set/frozenset (protocol < 4), bytes/bytearray spellings,
/// `_codecs.encode`, slice, enum members (`getattr(Class, 'NAME')`, `_operator.or_` of flags).
/// `cls` is the canonical class/callable name.
bool recogniseStdlib(RecogniseContext &ctx, NodeId id, const std::string &cls, Interpretation &out);

/// datetime.datetime / date / time / timedelta / timezone from their pickled byte states
/// (datetime_recogniser.cpp).
bool recogniseDatetime(RecogniseContext &ctx, NodeId id, const std::string &cls,
                       Interpretation &out);

/// Enum members in the pre-3.11 `EnumClass(value)` form. Only for well-known enum classes
/// (a REDUCE of an arbitrary class with one argument is not necessarily an enum).
bool recogniseEnumByValue(RecogniseContext &ctx, NodeId id, const std::string &cls,
                          Interpretation &out);

/// Enum members that pickle as a plain module global (`signal.SIGINT`, `socket.AF_INET`, ...):
/// Python pickles members of `global_enum`-style enums by their module-level name.
bool recogniseGlobalEnum(RecogniseContext &ctx, NodeId id, Interpretation &out);

} // namespace ps
