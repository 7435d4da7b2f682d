// SPDX-License-Identifier: MIT
#include "util/error.h"

namespace ps {

std::string Error::toString() const
{
    std::string out;
    if (!file.empty())
        out += file + ": ";
    if (!stream.empty())
        out += stream + ": ";
    out += "offset " + std::to_string(offset) + ": ";
    if (!opcode.empty())
        out += opcode + ": ";
    out += message;
    return out;
}

} // namespace ps
