// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <cstdint>
#include <functional>
#include <ostream>
#include <span>
#include <string>

namespace ps {

/// Writes `bytes` to `path` atomically (QSaveFile semantics in core terms): a temporary file
/// in the same directory, write, flush, fsync, then rename over the target; the target's
/// permissions are kept (a new file gets 0666 minus the umask, applied by the kernel: the
/// process umask is never changed), symlinks are followed, and on any failure the temporary
/// file is removed and the original stays untouched. Errors name the path and the system's reason.
Status writeFileAtomic(const std::string &path, std::span<const uint8_t> bytes);

/// The same for output produced as a stream: `produce` writes into the temporary file through
/// the stream it is given (64 KiB buffered, so the whole output is never held in memory). The
/// file replaces `path` only when `produce` succeeds and every write did; otherwise the
/// temporary file is removed and `produce`'s Error is returned as it is (an exception thrown by
/// `produce` becomes an Error without a file), or the write error (naming `path`). Returns the
/// bytes written.
Result<uint64_t> writeFileAtomic(const std::string &path,
                                 const std::function<Status(std::ostream &)> &produce);

} // namespace ps
