// SPDX-License-Identifier: MIT
#include "targets.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace ps::fuzz {

void fail(std::string_view what)
{
    std::fprintf(stderr, "fuzz invariant broken: %.*s\n", static_cast<int>(what.size()),
                 what.data());
    std::fflush(stderr);
    std::abort();
}

Body bodyNamed(std::string_view name)
{
    if (name == "reader")
        return reader;
    if (name == "roundtrip")
        return roundtrip;
    if (name == "path")
        return path;
    if (name == "literal")
        return literal;
    if (name == "security")
        return security;
    return nullptr;
}

} // namespace ps::fuzz
