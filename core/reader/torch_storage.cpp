// SPDX-License-Identifier: MIT
#include "reader/torch_storage.h"

#include "source/torch_legacy.h"

#include <map>

namespace ps {

uint64_t torchStorageElementSize(std::string_view name)
{
    const TorchStorageType *type = findTorchStorageType(name);
    return type ? type->elementSize : 0;
}

bool torchStorageRef(const Graph &g, NodeId persId, TorchStorageRef &out)
{
    if (persId == kNoNode || g.kind(persId) != Kind::PersId)
        return false;
    const NodeId pid = g.object(persId).args;
    if (pid == kNoNode || g.kind(pid) != Kind::Tuple)
        return false;
    const auto &t = g.items(pid);
    if (t.size() < 5)
        return false;
    auto isStr = [&](NodeId n) {
        return g.kind(n) == Kind::Str || g.kind(n) == Kind::Py2String;
    };
    if (!isStr(t[0]) || g.text(t[0]) != "storage" || g.kind(t[1]) != Kind::Global || !isStr(t[2])
        || g.kind(t[4]) != Kind::Int || g.node(t[4]).v.i < 0)
        return false;
    out.storageType = g.global(t[1]).full();
    out.key = std::string(g.text(t[2]));
    out.location = isStr(t[3]) ? std::string(g.text(t[3])) : std::string();
    out.numel = static_cast<uint64_t>(g.node(t[4]).v.i);
    return true;
}

Result<std::vector<std::pair<std::string, std::span<const uint8_t>>>>
splitLegacyTorchStorages(const Graph &g, NodeId keysList, std::span<const uint8_t> buffer,
                         uint64_t offset)
{
    // The layout rules live in source/torch_legacy (one implementation); this only gathers
    // the keys and element sizes from the graph.
    std::map<std::string, uint64_t> elementSize;
    for (NodeId id = 0; id < g.size(); ++id) {
        TorchStorageRef ref;
        if (torchStorageRef(g, id, ref))
            elementSize.emplace(ref.key, torchStorageElementSize(ref.storageType));
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
