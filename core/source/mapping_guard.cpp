// SPDX-License-Identifier: MIT
#include "source/mapping_guard.h"

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <mutex>

#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

namespace ps::mapping_guard {

namespace {

/// One registered mapping. Only lock-free atomics: the signal handler reads them.
struct Slot
{
    std::atomic<bool> used{false};
    std::atomic<uintptr_t> begin{0};
    std::atomic<uintptr_t> end{0};
    std::atomic<bool> faulted{false};
};

constexpr int kSlots = 4096;
Slot g_slots[kSlots];
std::atomic<int> g_highWater{0}; ///< slots at and above it were never used
uintptr_t g_pageSize = 4096;
struct sigaction g_previous = {};
std::once_flag g_installed;

static_assert(std::atomic<uintptr_t>::is_always_lock_free && std::atomic<bool>::is_always_lock_free,
              "the SIGBUS handler needs lock-free atomics");

/// Hands a fault we do not own to whoever handled SIGBUS before us.
void forward(int sig, siginfo_t *info, void *context)
{
    if ((g_previous.sa_flags & SA_SIGINFO) && g_previous.sa_sigaction) {
        g_previous.sa_sigaction(sig, info, context);
        return;
    }
    if (g_previous.sa_handler != SIG_DFL && g_previous.sa_handler != SIG_IGN) {
        g_previous.sa_handler(sig);
        return;
    }
    // Default action: returning re-executes the faulting access, which now kills the process
    // as it would have without us (an ignored SIGBUS from a fault cannot be ignored either).
    struct sigaction dfl = {};
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    ::sigaction(SIGBUS, &dfl, nullptr);
}

void onSigbus(int sig, siginfo_t *info, void *context)
{
    const int saved = errno;
    const auto address = reinterpret_cast<uintptr_t>(info ? info->si_addr : nullptr);
    const int n = g_highWater.load(std::memory_order_acquire);
    for (int i = 0; i < n; ++i) {
        Slot &s = g_slots[i];
        const uintptr_t begin = s.begin.load(std::memory_order_acquire);
        const uintptr_t end = s.end.load(std::memory_order_acquire);
        if (begin == 0 || address < begin || address >= end)
            continue;
        // Zeros from the faulting page to the end: every later page is past the file's end too.
        const uintptr_t page = address & ~(g_pageSize - 1);
        void *p = ::mmap(reinterpret_cast<void *>(page), end - page, PROT_READ,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
        if (p == MAP_FAILED)
            break;
        s.faulted.store(true, std::memory_order_release);
        errno = saved;
        return;
    }
    errno = saved;
    forward(sig, info, context);
}

void install()
{
    const long page = ::sysconf(_SC_PAGESIZE);
    if (page > 0)
        g_pageSize = static_cast<uintptr_t>(page);
    struct sigaction action = {};
    action.sa_sigaction = onSigbus;
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGBUS, &action, &g_previous);
}

} // namespace

int add(const void *begin, size_t size)
{
    if (!begin || size == 0)
        return -1;
    std::call_once(g_installed, install);
    for (int i = 0; i < kSlots; ++i) {
        bool expected = false;
        if (!g_slots[i].used.compare_exchange_strong(expected, true))
            continue;
        Slot &s = g_slots[i];
        s.faulted.store(false, std::memory_order_relaxed);
        s.end.store(reinterpret_cast<uintptr_t>(begin) + size, std::memory_order_relaxed);
        s.begin.store(reinterpret_cast<uintptr_t>(begin), std::memory_order_release);
        int high = g_highWater.load();
        while (high < i + 1 && !g_highWater.compare_exchange_weak(high, i + 1)) {
        }
        return i;
    }
    return -1;
}

bool faulted(int slot)
{
    return slot >= 0 && slot < kSlots && g_slots[slot].faulted.load(std::memory_order_acquire);
}

void remove(int slot)
{
    if (slot < 0 || slot >= kSlots)
        return;
    Slot &s = g_slots[slot];
    s.begin.store(0, std::memory_order_release);
    s.end.store(0, std::memory_order_release);
    s.faulted.store(false, std::memory_order_relaxed);
    s.used.store(false, std::memory_order_release);
}

} // namespace ps::mapping_guard
