// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

namespace ps {

/// A growable array of trivially copyable values in its own anonymous memory mapping.
///
/// The object graph of a 200 MB pickle holds tens of millions of nodes. A std::vector that
/// grows copies every element into a new block (twice the memory at the moment of the copy,
/// and the time of the copy); a mapping grown with mremap moves page-table entries instead.
/// Large arrays ask for transparent huge pages, so filling them takes one page fault per 2 MiB
/// rather than per 4 KiB. Pages never written cost address space, not resident memory.
/// Allocation failure throws std::bad_alloc like a std::vector.
///
/// Zeroing fresh pages is about half of the time of reading an object-dense pickle (the kernel
/// clears every page on first touch). A large array therefore has the pages just past its
/// filled part faulted in ahead by a background thread (MADV_POPULATE_WRITE, which maps pages
/// without touching their contents), so the clearing runs on another core while the reader
/// fills the array. Only arrays filled past two steps (4 MiB) do so, and at most one step per
/// array is resident before it is used.
class PodMapping
{
public:
    PodMapping() = default;
    ~PodMapping();
    PodMapping(const PodMapping &) = delete;
    PodMapping &operator=(const PodMapping &) = delete;
    PodMapping(PodMapping &&other) noexcept { swap(other); }
    PodMapping &operator=(PodMapping &&other) noexcept
    {
        PodMapping tmp(std::move(other));
        swap(tmp);
        return *this;
    }
    void swap(PodMapping &other) noexcept;

    void *data() const { return m_data; }
    size_t bytes() const { return m_bytes; }
    /// Grows (or first maps) to at least `bytes`, keeping the contents. Throws std::bad_alloc.
    void growTo(size_t bytes);
    /// Asks the background thread to fault in [offset, offset + length) of the mapping (clipped
    /// to it). A hint: nothing changes in the contents, and it may not happen at all.
    void prefault(size_t offset, size_t length);
    /// Arrays at least this large are faulted in ahead, in steps of this many bytes.
    static constexpr size_t kPrefaultStep = size_t(2) << 20;

private:
    void *m_data = nullptr;
    size_t m_bytes = 0;
};

template<typename T>
class PodArray
{
    static_assert(std::is_trivially_copyable_v<T>, "PodArray holds plain values only");

public:
    PodArray() = default;
    PodArray(const PodArray &other) { *this = other; }
    PodArray &operator=(const PodArray &other)
    {
        if (this != &other) {
            m_size = 0;
            reserve(other.m_size);
            if (other.m_size)
                std::memcpy(data(), other.data(), other.m_size * sizeof(T));
            m_size = other.m_size;
            m_limit = capacity();
        }
        return *this;
    }
    PodArray(PodArray &&other) noexcept
        : m_map(std::move(other.m_map))
        , m_size(std::exchange(other.m_size, 0))
        , m_limit(std::exchange(other.m_limit, 0))
    {}
    PodArray &operator=(PodArray &&other) noexcept
    {
        m_map = std::move(other.m_map);
        m_size = std::exchange(other.m_size, 0);
        m_limit = std::exchange(other.m_limit, 0);
        return *this;
    }

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    size_t capacity() const { return m_map.bytes() / sizeof(T); }
    T *data() { return static_cast<T *>(m_map.data()); }
    const T *data() const { return static_cast<const T *>(m_map.data()); }
    T &operator[](size_t i) { return data()[i]; }
    const T &operator[](size_t i) const { return data()[i]; }
    T *begin() { return data(); }
    T *end() { return data() + m_size; }
    const T *begin() const { return data(); }
    const T *end() const { return data() + m_size; }

    void reserve(size_t count)
    {
        if (count > capacity()) {
            if (count > SIZE_MAX / sizeof(T))
                throw std::bad_alloc();
            m_map.growTo(count * sizeof(T));
        }
    }

    [[gnu::always_inline]] void push_back(const T &value)
    {
        if (m_size == m_limit) [[unlikely]]
            advance(m_size + 1);
        data()[m_size++] = value;
    }

    /// Appends `count` uninitialised elements and returns the first of them.
    T *extend(size_t count)
    {
        if (count > m_limit - m_size) [[unlikely]]
            advance(m_size + count);
        T *first = data() + m_size;
        m_size += count;
        return first;
    }

    T &back() { return data()[m_size - 1]; }
    const T &back() const { return data()[m_size - 1]; }
    void pop_back() { --m_size; }

    /// Shrinks to `count` elements (never grows).
    void truncate(size_t count)
    {
        if (count < m_size)
            m_size = count;
    }

private:
    /// Makes room for `needed` elements (growing geometrically) and moves the limit on: the
    /// fill limit stops one prefault step ahead, where the pages after it are asked for.
    [[gnu::noinline]] void advance(size_t needed)
    {
        if (needed > capacity()) {
            const size_t doubled = capacity() > SIZE_MAX / 2 ? SIZE_MAX : capacity() * 2;
            reserve(needed > doubled ? needed : doubled);
        }
        constexpr size_t step = PodMapping::kPrefaultStep / sizeof(T);
        const size_t cap = capacity();
        if (needed < 2 * step) {
            // Filled less than two steps so far: no pages ahead yet. Most arrays stay small
            // (a reserve from the file size is only an estimate), and would hold pages never
            // used.
            m_limit = cap < 2 * step ? cap : 2 * step;
            return;
        }
        m_limit = needed > cap - step ? cap : needed + step;
        if (m_limit < cap)
            m_map.prefault(m_limit * sizeof(T), PodMapping::kPrefaultStep);
    }

    PodMapping m_map;
    size_t m_size = 0;
    size_t m_limit = 0; ///< m_size <= m_limit <= capacity(); reaching it calls advance()
};

} // namespace ps
