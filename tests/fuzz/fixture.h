// SPDX-License-Identifier: MIT
#pragma once

#include "document/document.h"

#include <memory>
#include <string_view>

namespace ps::fuzz {

/// A real file of tests/fixtures/corpus, opened once per process (the fuzzers' fixed inputs).
/// Aborts when it cannot be read: a target without its model would fuzz nothing.
const Document &fixtureDocument(std::string_view name);

/// The same file opened anew (for targets that edit it).
std::unique_ptr<Document> openFixture(std::string_view name);

} // namespace ps::fuzz
