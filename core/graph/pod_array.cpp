// SPDX-License-Identifier: MIT
#include "graph/pod_array.h"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <system_error>
#include <thread>

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

/// The background thread that faults pages in ahead of the arrays filling them.
///
/// Two locks, always taken in this order: `mappings` keeps every PodMapping's address and
/// size still while the thread faults pages of one in (growTo, swap and the destructor take
/// it), and `queue` guards the requests.
class Prefaulter
{
public:
    struct Request
    {
        const PodMapping *owner;
        size_t offset;
        size_t length;
    };

    std::mutex mappings;

    void post(const Request &request)
    {
        {
            std::lock_guard lock(m_queueLock);
            if (m_disabled)
                return;
            if (!m_started) {
                try {
                    std::thread(&Prefaulter::work, this).detach();
                } catch (const std::system_error &) {
                    m_disabled = true; // no thread: the arrays fault pages in themselves
                    return;
                }
                m_started = true;
            }
            m_requests.push_back(request);
        }
        m_wake.notify_one();
    }

    /// Drops the requests of a mapping about to go. The caller holds `mappings`.
    void forget(const PodMapping *owner)
    {
        std::lock_guard lock(m_queueLock);
        std::erase_if(m_requests, [owner](const Request &r) { return r.owner == owner; });
    }

private:
    void work()
    {
        for (;;) {
            {
                std::unique_lock lock(m_queueLock);
                m_wake.wait(lock, [this] { return !m_requests.empty(); });
            }
            std::lock_guard hold(mappings);
            Request r;
            {
                std::lock_guard lock(m_queueLock);
                if (m_requests.empty())
                    continue;
                r = m_requests.front();
                m_requests.pop_front();
            }
            auto *base = static_cast<char *>(r.owner->data());
            if (!base || r.offset >= r.owner->bytes())
                continue;
            // madvise takes whole pages: start at the page holding the offset.
            const size_t offset = r.offset / pageSize() * pageSize();
            const size_t length
                = std::min(r.length + (r.offset - offset), r.owner->bytes() - offset);
            // Maps the pages writable without writing to them, so the owner's concurrent
            // writes are untouched. Kernels before 5.14 refuse: stop asking then.
            if (madvise(base + offset, length, MADV_POPULATE_WRITE) != 0 && errno == EINVAL) {
                std::lock_guard lock(m_queueLock);
                m_disabled = true;
                m_requests.clear();
            }
        }
    }

    std::mutex m_queueLock;
    std::condition_variable m_wake;
    std::deque<Request> m_requests;
    bool m_started = false;
    bool m_disabled = false;
};

/// Never destroyed: the detached thread may still be waiting when the process exits, and
/// mappings in other static objects may be released after this one would be.
Prefaulter &prefaulter()
{
    static union Holder
    {
        Prefaulter value;
        Holder()
            : value()
        {}
        ~Holder() {}
    } holder;
    return holder.value;
}

/// Holds the prefaulter's `mappings` lock for a mapping of `bytes` that may have requests
/// (PodArray asks only for mappings of two steps or more); an empty lock otherwise.
std::unique_lock<std::mutex> holdMappingsStill(size_t bytes)
{
    if (bytes < 2 * PodMapping::kPrefaultStep)
        return {};
    return std::unique_lock(prefaulter().mappings);
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
    if (!m_data)
        return;
    if (const auto lock = holdMappingsStill(m_bytes))
        prefaulter().forget(this);
    munmap(m_data, m_bytes);
}

void PodMapping::swap(PodMapping &other) noexcept
{
    if (const auto lock = holdMappingsStill(std::max(m_bytes, other.m_bytes))) {
        // A request names its mapping by owner: the moved contents get none.
        prefaulter().forget(this);
        prefaulter().forget(&other);
    }
    std::swap(m_data, other.m_data);
    std::swap(m_bytes, other.m_bytes);
}

void PodMapping::prefault(size_t offset, size_t length)
{
    prefaulter().post({this, offset, length});
}

void PodMapping::growTo(size_t bytes)
{
    if (bytes <= m_bytes)
        return;
    // Whole huge pages once the array is large enough to use them.
    const size_t rounded = roundUp(bytes, bytes >= kHugePage ? kHugePage : pageSize());
    // The prefaulter must not fault in pages at an address mremap is moving away from.
    const auto lock = holdMappingsStill(m_bytes);
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
