// SPDX-License-Identifier: MIT
#include "document/torch_storage.h"

#include <unordered_map>

namespace ps {

uint64_t torchStorageElementSize(std::string_view name)
{
    // torch/storage.py _LegacyStorage subclasses and torch._utils._element_size.
    static const std::unordered_map<std::string_view, uint64_t> sizes = {
        {"DoubleStorage", 8},   {"FloatStorage", 4},          {"HalfStorage", 2},
        {"BFloat16Storage", 2}, {"LongStorage", 8},           {"IntStorage", 4},
        {"ShortStorage", 2},    {"CharStorage", 1},           {"ByteStorage", 1},
        {"BoolStorage", 1},     {"ComplexDoubleStorage", 16}, {"ComplexFloatStorage", 8},
        {"QInt8Storage", 1},    {"QUInt8Storage", 1},         {"QInt32Storage", 4},
        {"QUInt4x2Storage", 1}, {"QUInt2x4Storage", 1},       {"UntypedStorage", 1},
    };
    const auto dot = name.rfind('.');
    if (dot != std::string_view::npos)
        name.remove_prefix(dot + 1);
    auto it = sizes.find(name);
    return it == sizes.end() ? 0 : it->second;
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
    std::unordered_map<std::string, uint64_t> elementSize;
    for (NodeId id = 0; id < g.size(); ++id) {
        TorchStorageRef ref;
        if (torchStorageRef(g, id, ref))
            elementSize.emplace(ref.key, torchStorageElementSize(ref.storageType));
    }
    if (g.kind(keysList) != Kind::List)
        return makeError(offset, "the legacy torch storage key list is not a list");
    std::vector<std::pair<std::string, std::span<const uint8_t>>> out;
    uint64_t pos = offset;
    for (NodeId k : g.items(keysList)) {
        if (g.kind(k) != Kind::Str && g.kind(k) != Kind::Py2String)
            return makeError(pos, "a legacy torch storage key is not a string");
        const std::string key(g.text(k));
        auto it = elementSize.find(key);
        if (it == elementSize.end() || it->second == 0)
            return makeError(pos,
                             "storage '" + key + "' has no storage type among the persistent ids");
        if (buffer.size() - pos < 8 || pos > buffer.size())
            return makeError(pos, "storage '" + key + "': element count is missing (truncated)");
        uint64_t count = 0;
        for (int i = 7; i >= 0; --i)
            count = (count << 8) | buffer[pos + i];
        pos += 8;
        const uint64_t esize = it->second;
        if (count > (buffer.size() - pos) / esize)
            return makeError(pos - 8, "storage '" + key + "' declares " + std::to_string(count)
                                          + " elements of " + std::to_string(esize)
                                          + " bytes, more than the "
                                          + std::to_string(buffer.size() - pos) + " bytes left");
        out.emplace_back(key, buffer.subspan(pos, count * esize));
        pos += count * esize;
    }
    return out;
}

} // namespace ps
