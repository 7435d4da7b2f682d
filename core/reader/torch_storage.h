// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graph.h"
#include "util/result.h"

#include <span>
#include <string>
#include <utility>
#include <vector>

namespace ps {

/// Bytes per element of a torch storage class name ("FloatStorage" -> 4), 0 if unknown.
uint64_t torchStorageElementSize(std::string_view storageClassName);

/// Legacy torch.save (torch/serialization.py _legacy_save): after the five pickles, each
/// storage in the order of the sorted key list is written by Storage._write_file as a
/// little-endian u64 element count followed by count * element-size bytes. Element sizes come
/// from the storage types named in the object's persistent ids.
Result<std::vector<std::pair<std::string, std::span<const uint8_t>>>>
splitLegacyTorchStorages(const Graph &graph, NodeId keysList, std::span<const uint8_t> buffer,
                         uint64_t offset);

} // namespace ps
