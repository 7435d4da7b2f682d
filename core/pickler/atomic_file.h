// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <cstdint>
#include <span>
#include <string>

namespace ps {

/// Writes `bytes` to `path` atomically (QSaveFile semantics in core terms): a temporary file
/// in the same directory, write, flush, fsync, then rename over the target; the target's
/// permissions are kept (a new file gets 0666 minus the umask, applied by the kernel: the
/// process umask is never changed), symlinks are followed, and on any failure the temporary
/// file is removed and the original stays untouched. Errors name the path and the system's reason.
Status writeFileAtomic(const std::string &path, std::span<const uint8_t> bytes);

} // namespace ps
