// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace ps {

/// One file of a ZIP archive to write (stored, uncompressed).
struct ZipWriteEntry
{
    std::string name;
    std::span<const uint8_t> data;
};

/// A ZIP archive of stored entries the way PyTorch writes checkpoints
/// (caffe2/serialize/inline_container.cc): no compression, each entry's data aligned to
/// 64 bytes with an "FB" padding extra field, Zip64 records when sizes or offsets need them.
std::vector<uint8_t> writeStoredZip(const std::vector<ZipWriteEntry> &entries);

} // namespace ps
