// SPDX-License-Identifier: MIT
#include "source/byte_buffer.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

namespace ps {

ByteBuffer::ByteBuffer(std::span<const uint8_t> bytes)
{
    append(bytes);
}

ByteBuffer::ByteBuffer(ByteBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{}

ByteBuffer &ByteBuffer::operator=(ByteBuffer &&other) noexcept
{
    if (this != &other) {
        std::free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

ByteBuffer::~ByteBuffer()
{
    std::free(m_data);
}

void ByteBuffer::reserve(size_t bytes)
{
    if (bytes <= m_capacity)
        return;
    void *grown = std::realloc(m_data, bytes);
    if (!grown)
        throw std::bad_alloc();
    m_data = static_cast<uint8_t *>(grown);
    m_capacity = bytes;
}

void ByteBuffer::setSize(size_t bytes)
{
    m_size = std::min(bytes, m_capacity);
}

void ByteBuffer::append(std::span<const uint8_t> bytes)
{
    if (bytes.empty())
        return;
    if (bytes.size() > m_capacity - m_size)
        reserve(std::max(m_size + bytes.size(), m_capacity * 2));
    std::memcpy(m_data + m_size, bytes.data(), bytes.size());
    m_size += bytes.size();
}

void ByteBuffer::shrinkToFit()
{
    if (m_size == m_capacity)
        return;
    if (m_size == 0) {
        reset();
        return;
    }
    if (void *shrunk = std::realloc(m_data, m_size)) {
        m_data = static_cast<uint8_t *>(shrunk);
        m_capacity = m_size;
    }
}

void ByteBuffer::reset()
{
    std::free(m_data);
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
}

bool operator==(const ByteBuffer &a, std::span<const uint8_t> b)
{
    return a.size() == b.size() && (b.empty() || std::memcmp(a.data(), b.data(), b.size()) == 0);
}

} // namespace ps
