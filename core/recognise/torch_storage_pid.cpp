// SPDX-License-Identifier: MIT
#include "recognise/torch_storage_pid.h"

#include "graph/node_util.h"

namespace ps {

namespace {

/// Keys name files and map entries in UTF-8: a str's own text, a Python 2 string's bytes.
std::optional<std::string> keyText(const Graph &g, NodeId id)
{
    if (id < g.size() && g.kind(id) == Kind::Str)
        return std::string(g.text(id));
    return nodes::smallBytes(g, id);
}

} // namespace

std::optional<TorchStoragePid> parseTorchStoragePid(const Graph &g, NodeId persId)
{
    if (persId >= g.size() || g.kind(persId) != Kind::PersId)
        return std::nullopt;
    const auto pid = nodes::tupleItems(g, g.object(persId).args);
    if (!pid || pid->size() < 5 || pid->size() > 6)
        return std::nullopt;
    const auto typeName = nodes::smallBytes(g, (*pid)[0]);
    const auto key = keyText(g, (*pid)[2]);
    const auto numel = nodes::intValue(g, (*pid)[4]);
    if (!typeName || *typeName != "storage" || g.kind((*pid)[1]) != Kind::Global || !key || !numel
        || *numel < 0)
        return std::nullopt;
    TorchStoragePid out;
    out.storageClass = (*pid)[1];
    out.key = *key;
    out.location = keyText(g, (*pid)[3]).value_or(std::string());
    out.numel = static_cast<uint64_t>(*numel);
    if (pid->size() == 6 && !nodes::isNone(g, (*pid)[5])) {
        const auto view = nodes::tupleItems(g, (*pid)[5]);
        const bool triple = view && view->size() == 3;
        const auto offset = triple ? nodes::intValue(g, (*view)[1]) : std::nullopt;
        const auto size = triple ? nodes::intValue(g, (*view)[2]) : std::nullopt;
        if (!offset || !size || *offset < 0 || *size < 0)
            out.malformedView = true;
        else
            out.view = TorchStoragePid::View{keyText(g, (*view)[0]).value_or(std::string()),
                                             static_cast<uint64_t>(*offset),
                                             static_cast<uint64_t>(*size)};
    }
    return out;
}

} // namespace ps
