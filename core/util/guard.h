// SPDX-License-Identifier: MIT
#pragma once

#include "util/error.h"

#include <exception>
#include <new>
#include <string>
#include <string_view>

namespace ps {

/// Runs `f` (which returns a Result or a Status) at the boundary of the engine's public API:
/// an exception it throws (std::bad_alloc above all) becomes an Error saying what was being
/// done, so no exception leaves core.
template<typename F>
auto guarded(std::string_view doing, F &&f) -> decltype(f())
{
    try {
        return f();
    } catch (const std::bad_alloc &) {
        return makeError(0, "out of memory while " + std::string(doing));
    } catch (const std::exception &ex) {
        return makeError(0, "failed while " + std::string(doing) + ": " + ex.what());
    }
}

} // namespace ps
