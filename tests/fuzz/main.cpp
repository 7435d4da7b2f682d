// SPDX-License-Identifier: MIT
// The libFuzzer entry point of one target; PS_FUZZ_TARGET names its body (targets.h).
#include "targets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ps::fuzz::Body body = ps::fuzz::bodyNamed(PS_FUZZ_TARGET);
    if (!body)
        ps::fuzz::fail("unknown fuzz target " PS_FUZZ_TARGET);
    body(std::span<const uint8_t>(data, size));
    return 0;
}
