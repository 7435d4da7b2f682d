// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graph.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ps {

/// The persistent id torch.save gives a storage (torch/serialization.py, persistent_id):
/// ('storage', storage_type, key, location, numel), and in the legacy format a sixth item,
/// view_metadata: None or (view_key, offset, size) in elements. The one reader of that tuple:
/// the recogniser turns it into an array, the legacy reader into element sizes.
struct TorchStoragePid
{
    NodeId storageClass = kNoNode; ///< the Global node, e.g. torch.FloatStorage
    std::string key;
    std::string location; ///< empty when not a string
    uint64_t numel = 0;
    /// Legacy view metadata: (view_key, offset, size); absent when the item is missing or None.
    struct View
    {
        std::string key;
        uint64_t offset = 0;
        uint64_t size = 0;
    };
    std::optional<View> view;
    bool malformedView = false; ///< a sixth item that is neither None nor a valid view
};

/// The storage persistent id of a PersId node, when it has that shape.
std::optional<TorchStoragePid> parseTorchStoragePid(const Graph &graph, NodeId persId);

} // namespace ps
