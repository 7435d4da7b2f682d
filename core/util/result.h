// SPDX-License-Identifier: MIT
#pragma once

#include "util/error.h"

#include <cassert>
#include <utility>
#include <variant>

namespace ps {

/// Either a value or an Error (std::expected is C++23; we target C++20). [[nodiscard]]: a
/// Result nobody looks at is an error nobody handles.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value()
    {
        assert(ok());
        return std::get<0>(m_data);
    }
    const T &value() const
    {
        assert(ok());
        return std::get<0>(m_data);
    }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const
    {
        assert(!ok());
        return std::get<1>(m_data);
    }
    Error &error()
    {
        assert(!ok());
        return std::get<1>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {}
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace ps
