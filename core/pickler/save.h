// SPDX-License-Identifier: MIT
#pragma once

#include "document/document.h"
#include "util/result.h"

#include <vector>

namespace ps {

/// The bytes a Save writes: an unedited document gives its file back byte for byte; an edited
/// one is written again in each pickle's original protocol and the original container
/// (plain pickle, pickles back to back, joblib, joblib compressed the same way).
Result<std::vector<uint8_t>> savedBytes(const Document &document);

} // namespace ps
