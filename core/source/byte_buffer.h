// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace ps {

/// Bytes produced at run time (decompressed streams, inflated ZIP entries). Unlike
/// std::vector<uint8_t>, growing it never zero-fills: memory is malloc'd and grown with
/// realloc, which glibc serves for large blocks by remapping pages (mremap) instead of copying
/// them, so geometric growth costs neither a copy nor a memset. Move-only.
class ByteBuffer
{
public:
    ByteBuffer() = default;
    /// A copy of `bytes`. Throws std::bad_alloc when memory is short.
    explicit ByteBuffer(std::span<const uint8_t> bytes);
    ByteBuffer(ByteBuffer &&other) noexcept;
    ByteBuffer &operator=(ByteBuffer &&other) noexcept;
    ByteBuffer(const ByteBuffer &) = delete;
    ByteBuffer &operator=(const ByteBuffer &) = delete;
    ~ByteBuffer();

    uint8_t *data() { return m_data; }
    const uint8_t *data() const { return m_data; }
    size_t size() const { return m_size; }
    size_t capacity() const { return m_capacity; }
    bool empty() const { return m_size == 0; }
    const uint8_t *begin() const { return m_data; }
    const uint8_t *end() const { return m_data + m_size; }
    uint8_t operator[](size_t i) const { return m_data[i]; }
    std::span<const uint8_t> bytes() const { return {m_data, m_size}; }
    operator std::span<const uint8_t>() const { return bytes(); }

    /// Capacity at least `bytes` (contents kept, new bytes uninitialised). Throws
    /// std::bad_alloc when memory is short.
    void reserve(size_t bytes);
    /// Marks the first `bytes` as holding data (written through data()); `bytes` must not
    /// exceed capacity().
    void setSize(size_t bytes);
    /// Appends a copy of `bytes`, growing geometrically.
    void append(std::span<const uint8_t> bytes);
    /// Gives back the capacity beyond size().
    void shrinkToFit();
    /// Empties the buffer and releases its memory.
    void reset();

private:
    uint8_t *m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

/// Byte-wise equality (tests compare buffers with vectors through this).
bool operator==(const ByteBuffer &a, std::span<const uint8_t> b);

} // namespace ps
