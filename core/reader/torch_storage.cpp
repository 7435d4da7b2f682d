// SPDX-License-Identifier: MIT
#include "reader/torch_storage.h"

#include "recognise/torch_storage_pid.h"
#include "source/torch_legacy.h"

#include <map>

namespace ps {

uint64_t torchStorageElementSize(std::string_view name)
{
    const TorchStorageType *type = findTorchStorageType(name);
    return type ? type->elementSize : 0;
}

Result<std::vector<std::pair<std::string, std::span<const uint8_t>>>>
splitLegacyTorchStorages(const Graph &g, NodeId keysList, std::span<const uint8_t> buffer,
                         uint64_t offset)
{
    // The layout rules live in source/torch_legacy (one implementation); this only gathers
    // the keys and element sizes from the graph.
    std::map<std::string, uint64_t> elementSize;
    for (NodeId id = 0; id < g.size(); ++id) {
        if (const auto pid = parseTorchStoragePid(g, id))
            elementSize.emplace(pid->key,
                                torchStorageElementSize(g.global(pid->storageClass).name));
    }
    if (g.kind(keysList) != Kind::List)
        return makeError(offset, "the legacy torch storage key list is not a list");
    std::vector<std::string> keys;
    for (NodeId k : g.items(keysList)) {
        if (g.kind(k) != Kind::Str && g.kind(k) != Kind::Py2String)
            return makeError(offset, "a legacy torch storage key is not a string");
        keys.emplace_back(g.text(k));
    }
    if (offset > buffer.size())
        return makeError(offset, "the legacy torch storages start past the end of the file");
    auto blobs = splitLegacyStorages(buffer.subspan(offset), keys, elementSize);
    if (!blobs.ok()) {
        Error e = blobs.error();
        // A buffer offset (the storage tail starts at `offset`), the storage named in the text.
        e.offset += offset;
        if (!e.stream.empty())
            e.message = e.stream + ": " + e.message;
        e.stream.clear();
        return e;
    }
    std::vector<std::pair<std::string, std::span<const uint8_t>>> out;
    out.reserve(blobs->size());
    for (StorageBlob &b : *blobs)
        out.emplace_back(std::move(b.key), b.bytes);
    return out;
}

} // namespace ps
