// SPDX-License-Identifier: MIT
#include "security/expression.h"

#include "document/document.h"
#include "security/classification.h"
#include "util/pyrepr.h"

namespace ps::security {
namespace {

constexpr std::string_view kEllipsis = "…";

class Printer
{
public:
    Printer(const Document &doc, const ExpressionLimits &limits)
        : m_g(doc.graph())
        , m_limits(limits)
    {}

    std::string take() { return std::move(m_out); }

    void node(NodeId id, int depth)
    {
        if (full())
            return;
        if (id == kNoNode || id >= m_g.size()) {
            put("<?>");
            return;
        }
        if (depth > m_limits.maxDepth) {
            put(kEllipsis);
            return;
        }
        const Node &n = m_g.node(id);
        switch (n.kind) {
        case Kind::None:
            put("None");
            return;
        case Kind::Bool:
            put(reprBool(n.v.i != 0));
            return;
        case Kind::Int:
            put(reprInt(n.v.i));
            return;
        case Kind::BigInt:
            put(reprBigInt(m_g.bigint(id), 4096));
            return;
        case Kind::Float:
            put(reprFloat(n.v.f));
            return;
        case Kind::Str:
            put(reprStr(m_g.text(id), m_limits.maxText));
            return;
        case Kind::Py2String:
            put(reprLatin1(m_g.bytes(id), m_limits.maxText));
            return;
        case Kind::Bytes:
            put(reprBytes(m_g.bytes(id), m_limits.maxText));
            return;
        case Kind::ByteArray:
            put(reprByteArray(m_g.bytes(id), m_limits.maxText));
            return;
        case Kind::Tuple: {
            const auto &items = m_g.items(id);
            put("(");
            list(items, depth);
            put(items.size() == 1 ? ",)" : ")");
            return;
        }
        case Kind::List:
            put("[");
            list(m_g.items(id), depth);
            put("]");
            return;
        case Kind::Set:
        case Kind::FrozenSet: {
            const auto &items = m_g.items(id);
            const bool frozen = n.kind == Kind::FrozenSet;
            if (items.empty()) {
                put(frozen ? "frozenset()" : "set()");
                return;
            }
            put(frozen ? "frozenset({" : "{");
            list(items, depth);
            put(frozen ? "})" : "}");
            return;
        }
        case Kind::Dict: {
            const auto &items = m_g.items(id);
            put("{");
            for (size_t i = 0; i + 1 < items.size(); i += 2) {
                if (i / 2 >= m_limits.maxItems) {
                    put(", ");
                    put(kEllipsis);
                    break;
                }
                if (i)
                    put(", ");
                node(items[i], depth + 1);
                put(": ");
                node(items[i + 1], depth + 1);
                if (full())
                    break;
            }
            put("}");
            return;
        }
        case Kind::Global:
            global(id, depth);
            return;
        case Kind::Call:
        case Kind::Instance:
            object(id, depth);
            return;
        case Kind::PersId:
            put("persistent_load(");
            node(m_g.object(id).args, depth + 1);
            put(")");
            return;
        case Kind::Ext:
            put("find_class(*copyreg._inverted_registry[" + reprInt(n.v.i) + "])");
            return;
        case Kind::Buffer:
            put("<out-of-band buffer " + reprInt(n.v.i) + ">");
            return;
        case Kind::Unknown:
            put("<?>");
            return;
        }
        put("<?>");
    }

private:
    const Graph &m_g;
    const ExpressionLimits &m_limits;
    std::string m_out;
    bool m_full = false;

    bool full() const { return m_full; }

    void put(std::string_view s)
    {
        if (m_full)
            return;
        if (m_out.size() + s.size() > m_limits.maxChars) {
            m_out.append(s.substr(
                0, m_limits.maxChars > m_out.size() ? m_limits.maxChars - m_out.size() : 0));
            // Do not cut a UTF-8 sequence in half.
            while (!m_out.empty() && (static_cast<unsigned char>(m_out.back()) & 0xC0) == 0x80)
                m_out.pop_back();
            if (!m_out.empty() && static_cast<unsigned char>(m_out.back()) >= 0xC0)
                m_out.pop_back();
            m_out.append(kEllipsis);
            m_full = true;
            return;
        }
        m_out.append(s);
    }

    /// Items separated by ", ", at most maxItems of them.
    void list(std::span<const NodeId> items, int depth)
    {
        size_t shown = 0;
        for (size_t i = 0; i < items.size(); ++i) {
            if (shown == m_limits.maxItems) {
                put(", ");
                put(kEllipsis);
                return;
            }
            if (shown)
                put(", ");
            node(items[i], depth + 1);
            ++shown;
            if (full())
                return;
        }
    }

    void global(NodeId id, int depth)
    {
        const GlobalData &gd = m_g.global(id);
        if (m_g.node(id).flags & FlagComputed) {
            put("find_class(");
            if (gd.moduleNode != kNoNode)
                node(gd.moduleNode, depth + 1);
            else
                put(reprStr(gd.module));
            put(", ");
            if (gd.nameNode != kNoNode)
                node(gd.nameNode, depth + 1);
            else
                put(reprStr(gd.name));
            put(")");
            return;
        }
        put(globalExpression(gd.module, gd.name));
    }

    /// The arguments of a call: a tuple's items, or `*expr` for anything else.
    void arguments(NodeId args, int depth, bool leadingComma)
    {
        if (args == kNoNode || args >= m_g.size())
            return;
        if (m_g.kind(args) == Kind::Tuple) {
            if (m_g.items(args).empty())
                return;
            if (leadingComma)
                put(", ");
            list(m_g.items(args), depth);
            return;
        }
        if (leadingComma)
            put(", ");
        put("*");
        node(args, depth + 1);
    }

    void object(NodeId id, int depth)
    {
        const ObjectData &obj = m_g.object(id);
        switch (obj.origin) {
        case ObjectData::Origin::NewObj:
        case ObjectData::Origin::NewObjEx:
            node(obj.callable, depth + 1);
            put(".__new__(");
            node(obj.callable, depth + 1);
            arguments(obj.args, depth, true);
            if (obj.kwargs != kNoNode && obj.kwargs < m_g.size()
                && !(m_g.kind(obj.kwargs) == Kind::Dict && m_g.items(obj.kwargs).empty())) {
                put(", **");
                node(obj.kwargs, depth + 1);
            }
            put(")");
            return;
        case ObjectData::Origin::PersId:
            put("persistent_load(");
            node(obj.args, depth + 1);
            put(")");
            return;
        case ObjectData::Origin::Reduce:
        case ObjectData::Origin::Inst:
        case ObjectData::Origin::Obj:
            break;
        }
        node(obj.callable, depth + 1);
        put("(");
        arguments(obj.args, depth, false);
        put(")");
    }
};

} // namespace

std::string globalExpression(std::string_view module, std::string_view qualname)
{
    if (isBuiltinsModule(module))
        return std::string(qualname);
    std::string out(module);
    out += '.';
    out += qualname;
    return out;
}

std::string expressionOf(const Document &document, NodeId node, const ExpressionLimits &limits)
{
    Printer p(document, limits);
    p.node(node, 0);
    return p.take();
}

} // namespace ps::security
