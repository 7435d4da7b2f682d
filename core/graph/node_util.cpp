// SPDX-License-Identifier: MIT
#include "graph/node_util.h"

#include "util/pyrepr.h"

namespace ps::nodes {

std::string canonicalModule(std::string_view module)
{
    if (module == "copy_reg")
        return "copyreg";
    if (module == "__builtin__" || module == "exceptions")
        return "builtins";
    if (module == "numpy._core")
        return "numpy.core";
    if (module.substr(0, 12) == "numpy._core.")
        return "numpy.core." + std::string(module.substr(12));
    return std::string(module);
}

std::string globalName(const Graph &g, NodeId id)
{
    if (id >= g.size() || g.kind(id) != Kind::Global)
        return {};
    const GlobalData &gd = g.global(id);
    return canonicalModule(gd.module) + "." + gd.name;
}

NodeId classOf(const Graph &g, NodeId id)
{
    if (id >= g.size())
        return kNoNode;
    const Kind k = g.kind(id);
    if (k != Kind::Call && k != Kind::Instance)
        return kNoNode;
    const ObjectData &o = g.object(id);
    if (o.callable >= g.size() || g.kind(o.callable) != Kind::Global)
        return kNoNode;
    if (k == Kind::Call) {
        const std::string callee = globalName(g, o.callable);
        if (callee == "copyreg._reconstructor" || callee == "copyreg.__newobj__"
            || callee == "copyreg.__newobj_ex__") {
            const auto args = tupleItems(g, o.args);
            if (args && !args->empty() && g.kind((*args)[0]) == Kind::Global)
                return (*args)[0];
            return kNoNode;
        }
    }
    return o.callable;
}

std::string className(const Graph &g, NodeId id)
{
    return globalName(g, classOf(g, id));
}

std::string classNameAsWritten(const Graph &g, NodeId id)
{
    const NodeId cls = classOf(g, id);
    if (cls == kNoNode)
        return {};
    return g.global(cls).full();
}

std::vector<NodeId> constructorArgs(const Graph &g, NodeId id)
{
    if (id >= g.size() || !g.isObject(id))
        return {};
    const ObjectData &o = g.object(id);
    const auto args = tupleItems(g, o.args);
    if (!args)
        return {};
    if (g.kind(id) == Kind::Call && classOf(g, id) != o.callable && !args->empty())
        return std::vector<NodeId>(args->begin() + 1, args->end());
    return std::vector<NodeId>(args->begin(), args->end());
}

OptionalItems tupleItems(const Graph &g, NodeId id)
{
    if (id >= g.size() || g.kind(id) != Kind::Tuple)
        return nullptr;
    return OptionalItems(g.items(id));
}

OptionalItems sequenceItems(const Graph &g, NodeId id)
{
    if (id >= g.size())
        return nullptr;
    const Kind k = g.kind(id);
    if (k != Kind::Tuple && k != Kind::List)
        return nullptr;
    return OptionalItems(g.items(id));
}

bool isNone(const Graph &g, NodeId id)
{
    return id < g.size() && g.kind(id) == Kind::None;
}

std::optional<int64_t> intValue(const Graph &g, NodeId id)
{
    if (id >= g.size())
        return std::nullopt;
    const Kind k = g.kind(id);
    if (k == Kind::Int || k == Kind::Bool)
        return g.node(id).v.i;
    return std::nullopt;
}

std::optional<double> floatValue(const Graph &g, NodeId id)
{
    if (id >= g.size())
        return std::nullopt;
    const Kind k = g.kind(id);
    if (k == Kind::Float)
        return g.node(id).v.f;
    if (k == Kind::Int || k == Kind::Bool)
        return static_cast<double>(g.node(id).v.i);
    return std::nullopt;
}

std::optional<std::string_view> stringValue(const Graph &g, NodeId id)
{
    if (id >= g.size())
        return std::nullopt;
    const Kind k = g.kind(id);
    if (k == Kind::Str || k == Kind::Py2String)
        return g.text(id);
    return std::nullopt;
}

NodeId dictGet(const Graph &g, NodeId dict, std::string_view key)
{
    if (dict >= g.size() || g.kind(dict) != Kind::Dict)
        return kNoNode;
    const auto &items = g.items(dict);
    NodeId found = kNoNode;
    for (size_t i = 0; i + 1 < items.size(); i += 2) {
        const auto k = stringValue(g, items[i]);
        if (k && *k == key)
            found = items[i + 1]; // last assignment wins, as in Python
    }
    return found;
}

std::optional<std::string> latin1FromUtf8(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<uint8_t>(s[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
        } else if ((c == 0xC2 || c == 0xC3) && i + 1 < s.size()
                   && (static_cast<uint8_t>(s[i + 1]) & 0xC0) == 0x80) {
            out += static_cast<char>(((c & 0x1F) << 6) | (static_cast<uint8_t>(s[i + 1]) & 0x3F));
            i += 2;
        } else {
            return std::nullopt; // a code point >= 256: not latin-1 text
        }
    }
    return out;
}

std::optional<std::string> smallBytes(const Graph &g, NodeId id)
{
    if (id >= g.size())
        return std::nullopt;
    switch (g.kind(id)) {
    case Kind::Bytes:
    case Kind::ByteArray:
    case Kind::Py2String: {
        const auto b = g.bytes(id);
        return std::string(reinterpret_cast<const char *>(b.data()), b.size());
    }
    case Kind::Str:
        return latin1FromUtf8(g.text(id));
    case Kind::Call: {
        const std::string callee = globalName(g, g.object(id).callable);
        const auto args = tupleItems(g, g.object(id).args);
        if (!args)
            return std::nullopt;
        if (callee == "_codecs.encode" && !args->empty() && g.kind((*args)[0]) == Kind::Str) {
            if (args->size() >= 2) {
                const auto enc = stringValue(g, (*args)[1]);
                if (!enc || (*enc != "latin1" && *enc != "latin-1" && *enc != "iso-8859-1"))
                    return std::nullopt;
            }
            return latin1FromUtf8(g.text((*args)[0]));
        }
        if (callee == "builtins.bytes" && args->empty())
            return std::string();
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<std::vector<uint64_t>> shapeValue(const Graph &g, NodeId id)
{
    auto items = tupleItems(g, id);
    if (!items) {
        // numpy accepts a list too (and a bare int for 1-d in some writers).
        if (id < g.size() && g.kind(id) == Kind::List)
            items = OptionalItems(g.items(id));
        else if (const auto v = intValue(g, id); v && *v >= 0 && g.kind(id) == Kind::Int)
            return std::vector<uint64_t>{static_cast<uint64_t>(*v)};
        else
            return std::nullopt;
    }
    std::vector<uint64_t> shape;
    shape.reserve(items->size());
    for (const NodeId item : *items) {
        if (g.kind(item) != Kind::Int)
            return std::nullopt;
        const int64_t v = g.node(item).v.i;
        if (v < 0)
            return std::nullopt;
        shape.push_back(static_cast<uint64_t>(v));
    }
    return shape;
}

NodeId dictState(const Graph &g, NodeId id)
{
    if (id >= g.size() || !g.isObject(id))
        return kNoNode;
    const NodeId state = g.lastState(id);
    if (state == kNoNode || state >= g.size())
        return kNoNode;
    if (g.kind(state) == Kind::Dict)
        return state;
    if (const auto t = tupleItems(g, state); t && t->size() == 2 && g.kind((*t)[0]) == Kind::Dict)
        return (*t)[0];
    return kNoNode;
}

std::string reprScalar(const Graph &g, NodeId id)
{
    if (id >= g.size())
        return "...";
    switch (g.kind(id)) {
    case Kind::None:
        return "None";
    case Kind::Bool:
        return g.node(id).v.i ? "True" : "False";
    case Kind::Int:
        return std::to_string(g.node(id).v.i);
    case Kind::Float:
        return reprFloat(g.node(id).v.f);
    case Kind::Str:
    case Kind::Bytes:
    case Kind::Py2String: {
        std::string s = g.kind(id) == Kind::Str ? "'" : "b'";
        for (const char c : g.text(id)) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '\\' || c == '\'') {
                s += '\\';
                s += c;
            } else if (u < 0x20 || (u >= 0x7f && g.kind(id) != Kind::Str)) {
                static const char *hex = "0123456789abcdef";
                s += "\\x";
                s += hex[u >> 4];
                s += hex[u & 15];
            } else {
                s += c;
            }
        }
        return s + "'";
    }
    default:
        return "...";
    }
}

} // namespace ps::nodes
