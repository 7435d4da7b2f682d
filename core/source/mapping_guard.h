// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

namespace ps {

/// Keeps a truncated file mapping from killing the process.
///
/// When another process truncates a mapped file (e.g. `joblib.dump` rewriting the path a
/// document was opened from), reading the pages past the new end raises SIGBUS. A process-wide
/// SIGBUS handler (installed on first use, chaining to any handler installed before it) looks
/// the faulting address up among the registered mappings; inside one, it maps zero pages from
/// the faulting page to the mapping's end (MAP_FIXED) and marks the mapping as faulted, so the
/// read completes and the owner reports the change instead of using the zeros. A fault outside
/// every registered mapping goes to the previous handler (or kills the process as before).
/// Normal reads cost nothing: arrays stay zero-copy views into the mapping.
namespace mapping_guard {

/// Registers [begin, begin + size) (a whole mmap() result). Returns a slot for the calls
/// below, or -1 when the table is full (the mapping is then unprotected, as before).
int add(const void *begin, size_t size);
/// True once a read inside the slot's mapping hit a vanished page (zeros were read there).
bool faulted(int slot);
/// Unregisters the slot; call before munmap().
void remove(int slot);

} // namespace mapping_guard
} // namespace ps
