// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

namespace ps::security {

/// Looks a global up in the allow-list: names that real model files use to rebuild data and
/// that do nothing else when called with any arguments a pickle can give them.
///
/// `module` must be canonical (classification.h). Exact entries cover the Python builtins that
/// only build data, stdlib data types, numpy's array machinery and scalar types, pandas /
/// scipy / torch reconstruction helpers and joblib's array wrappers. Prefix rules cover whole
/// families (every `sklearn.*` class, `pandas.core.*`, `scipy.sparse.*`, `torch.*Storage`,
/// `torch.nn.modules.*`); they apply only to names without a dot and never override the
/// deny-list (`sklearn.datasets.*`, `pandas.io.*` stay dangerous).
/// Returns why the name is allowed, or nullopt.
std::optional<std::string_view> findAllowedExact(std::string_view module,
                                                 std::string_view qualname);

/// The prefix rules described above (checked after the deny-list).
std::optional<std::string_view> findAllowedByRule(std::string_view module,
                                                  std::string_view qualname);

} // namespace ps::security
