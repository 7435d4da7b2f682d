// SPDX-License-Identifier: MIT
#include "graph/pod_array.h"

#include <sys/mman.h>
#include <unistd.h>

namespace ps {

namespace {
constexpr size_t kHugePage = size_t(2) << 20;

size_t pageSize()
{
    static const size_t size = [] {
        const long s = sysconf(_SC_PAGESIZE);
        return s > 0 ? static_cast<size_t>(s) : size_t(4096);
    }();
    return size;
}

size_t roundUp(size_t value, size_t unit)
{
    if (value > SIZE_MAX - unit)
        throw std::bad_alloc();
    return (value + unit - 1) / unit * unit;
}
} // namespace

PodMapping::~PodMapping()
{
    if (m_data)
        munmap(m_data, m_bytes);
}

void PodMapping::growTo(size_t bytes)
{
    if (bytes <= m_bytes)
        return;
    // Whole huge pages once the array is large enough to use them.
    const size_t rounded = roundUp(bytes, bytes >= kHugePage ? kHugePage : pageSize());
    void *p = m_data ? mremap(m_data, m_bytes, rounded, MREMAP_MAYMOVE)
                     : mmap(nullptr, rounded, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        throw std::bad_alloc();
    if (rounded >= kHugePage)
        madvise(p, rounded, MADV_HUGEPAGE); // a hint: without it the kernel uses small pages
    m_data = p;
    m_bytes = rounded;
}

} // namespace ps
