// SPDX-License-Identifier: MIT
#pragma once

#include "path/path.h"
#include "util/result.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace ps {

class Document;

/// Applies one step. Errors name what was wrong, e.g. "no attribute 'foo' on
/// LogisticRegression (attributes: C, penalty, …)", "index 7 out of range for list of 3
/// items", "key 'x' not in dict", "index 5 is out of bounds for axis 0 with size 3".
Result<Resolved> applyStep(const Document &document, const Resolved &from, const PathStep &step);

/// Resolves parsed steps from a node. Errors are prefixed with the path resolved so far
/// ("at .steps[1]: ...").
Result<Resolved> resolveSteps(const Document &document, const std::vector<PathStep> &steps,
                              NodeId start);

/// Parses and resolves a path from the root with index `root` (0-based into
/// Document::roots()).
Result<Resolved> resolvePath(const Document &document, std::string_view path, uint32_t root = 0);

} // namespace ps
