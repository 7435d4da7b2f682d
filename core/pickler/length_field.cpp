// SPDX-License-Identifier: MIT
#include "pickler/length_field.h"

#include "util/error.h"

namespace ps {

Result<int> lengthFieldWidth(SizedValue what, uint64_t size, int protocol)
{
    if (what == SizedValue::Int) {
        if (size <= 0x7FFFFFFFull)
            return 4;
        return makeError(0, "int too large to pickle");
    }
    if (size <= 0xFFFFFFFFull)
        return 4;
    if (protocol >= 4)
        return 8;
    // CPython's messages (Modules/_pickle.c save_bytes_data / write_unicode_binary).
    return makeError(0, std::string("serializing a ")
                            + (what == SizedValue::Str ? "string" : "bytes object")
                            + " larger than 4 GiB requires pickle protocol 4 or higher");
}

} // namespace ps
