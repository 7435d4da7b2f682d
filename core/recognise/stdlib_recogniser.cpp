// SPDX-License-Identifier: MIT
// Standard-library containers and values pickled through REDUCE / NEWOBJ (FORMAT.md §1.5).
#include "recognise/stdlib_recogniser.h"

#include "graph/node_util.h"

#include <string_view>

namespace ps {

namespace {

Member keyMember(NodeId key, NodeId value)
{
    Member m;
    m.style = MemberStyle::Key;
    m.key = key;
    m.value = value;
    return m;
}

Member indexMember(int64_t index, NodeId value)
{
    Member m;
    m.style = MemberStyle::Index;
    m.index = index;
    m.value = value;
    return m;
}

Member attributeMember(std::string name, NodeId value)
{
    Member m;
    m.style = MemberStyle::Attribute;
    m.name = std::move(name);
    m.value = value;
    return m;
}

/// Key members from a flat key, value, key, value... vector.
void addKeyMembers(Interpretation &out, std::span<const NodeId> flat)
{
    for (size_t i = 0; i + 1 < flat.size(); i += 2)
        out.members.push_back(keyMember(flat[i], flat[i + 1]));
}

/// Attribute members for the instance __dict__ given by BUILD (e.g. a state_dict's _metadata).
void addStateAttributes(const Graph &g, NodeId id, Interpretation &out)
{
    const NodeId state = nodes::dictState(g, id);
    if (state == kNoNode)
        return;
    const auto &items = g.items(state);
    for (size_t i = 0; i + 1 < items.size(); i += 2) {
        if (const auto name = nodes::stringValue(g, items[i]))
            out.members.push_back(attributeMember(std::string(*name), items[i + 1]));
    }
}

/// Python 2 OrderedDict.__reduce__ wrote (cls, ([[k, v], ...],)): pairs as a list.
void addPairListMembers(const Graph &g, NodeId list, Interpretation &out)
{
    const auto pairs = nodes::sequenceItems(g, list);
    if (!pairs)
        return;
    for (const NodeId pair : *pairs) {
        const auto kv = nodes::sequenceItems(g, pair);
        if (kv && kv->size() == 2)
            out.members.push_back(keyMember((*kv)[0], (*kv)[1]));
    }
}

bool recogniseOrderedDict(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    const Graph &g = ctx.graph();
    const auto args = nodes::constructorArgs(g, id);
    out.what = Recognised::OrderedDict;
    out.pythonType = "collections.OrderedDict";
    if (!args.empty())
        addPairListMembers(g, args[0], out);
    addKeyMembers(out, g.object(id).dictItems);
    addStateAttributes(g, id, out);
    return true;
}

bool recogniseDefaultDict(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    const Graph &g = ctx.graph();
    const auto args = nodes::constructorArgs(g, id);
    out.what = Recognised::DefaultDict;
    out.pythonType = "collections.defaultdict";
    out.value = args.empty() ? kNoNode : args[0];
    if (args.size() >= 2 && g.kind(args[1]) == Kind::Dict)
        addKeyMembers(out, g.items(args[1]));
    addKeyMembers(out, g.object(id).dictItems);
    addStateAttributes(g, id, out);
    return true;
}

bool recogniseCounter(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    const Graph &g = ctx.graph();
    const auto args = nodes::constructorArgs(g, id);
    out.what = Recognised::Counter;
    out.pythonType = "collections.Counter";
    if (!args.empty() && g.kind(args[0]) == Kind::Dict)
        addKeyMembers(out, g.items(args[0]));
    addKeyMembers(out, g.object(id).dictItems);
    addStateAttributes(g, id, out);
    return true;
}

bool recogniseDeque(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    const Graph &g = ctx.graph();
    const auto args = nodes::constructorArgs(g, id);
    out.what = Recognised::Deque;
    out.pythonType = "collections.deque";
    int64_t index = 0;
    if (!args.empty()) {
        if (const auto items = nodes::sequenceItems(g, args[0])) {
            for (const NodeId item : *items)
                out.members.push_back(indexMember(index++, item));
        }
    }
    for (const NodeId item : g.object(id).listItems)
        out.members.push_back(indexMember(index++, item));
    if (args.size() >= 2) {
        if (const auto maxlen = nodes::intValue(g, args[1]))
            out.ints.push_back(*maxlen);
    }
    return true;
}

bool recogniseDecimal(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    const Graph &g = ctx.graph();
    const auto args = nodes::constructorArgs(g, id);
    if (args.size() != 1)
        return false;
    const auto text = nodes::stringValue(g, args[0]);
    if (!text)
        return false;
    out.what = Recognised::Decimal;
    out.pythonType = "decimal.Decimal";
    out.text = std::string(*text);
    return true;
}

bool recogniseComplex(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    const Graph &g = ctx.graph();
    const auto args = nodes::constructorArgs(g, id);
    if (args.empty() || args.size() > 2)
        return false;
    const auto re = nodes::floatValue(g, args[0]);
    const auto im = args.size() == 2 ? nodes::floatValue(g, args[1]) : std::optional<double>(0.0);
    if (!re || !im)
        return false;
    out.what = Recognised::Complex;
    out.pythonType = "builtins.complex";
    out.reals = {*re, *im};
    return true;
}

/// set([items]) / frozenset([items]) → Alias of a synthetic Set / FrozenSet node.
bool recogniseSet(RecogniseContext &ctx, NodeId id, bool frozen, Interpretation &out)
{
    Graph &g = ctx.graph();
    const auto args = nodes::constructorArgs(g, id);
    std::vector<NodeId> items;
    if (args.size() == 1) {
        const auto seq = nodes::sequenceItems(g, args[0]);
        if (!seq)
            return false;
        items.assign(seq->begin(), seq->end());
    } else if (!args.empty()) {
        return false;
    }
    for (const NodeId extra : g.object(id).setItems)
        items.push_back(extra);
    out.what = Recognised::Alias;
    out.pythonType = frozen ? "builtins.frozenset" : "builtins.set";
    out.value = ctx.addContainer(frozen ? Kind::FrozenSet : Kind::Set, std::move(items), id);
    return true;
}

/// bytes(), bytes(b), bytearray(), bytearray(b), bytearray(str, 'latin-1'), _codecs.encode.
bool recogniseBytesLike(RecogniseContext &ctx, NodeId id, const std::string &cls,
                        Interpretation &out)
{
    Graph &g = ctx.graph();
    const bool isArray = cls == "builtins.bytearray";
    out.what = Recognised::Alias;
    out.pythonType = isArray ? "builtins.bytearray" : "builtins.bytes";
    if (cls == "_codecs.encode") {
        out.value = ctx.bytesNode(id);
        return out.value != kNoNode;
    }
    const auto args = nodes::constructorArgs(g, id);
    std::string bytes;
    if (args.size() == 1 || args.size() == 2) {
        if (args.size() == 2) {
            const auto enc = nodes::stringValue(g, args[1]);
            if (!enc || (*enc != "latin-1" && *enc != "latin1") || g.kind(args[0]) != Kind::Str)
                return false;
        }
        if (!isArray && g.kind(args[0]) == Kind::Bytes) {
            out.value = args[0];
            return true;
        }
        if (auto b = nodes::smallBytes(g, args[0])) {
            bytes = std::move(*b);
        } else if (const auto list = nodes::sequenceItems(g, args[0])) {
            for (const NodeId item : *list) {
                const auto v = nodes::intValue(g, item);
                if (!v || *v < 0 || *v > 255)
                    return false;
                bytes += static_cast<char>(*v);
            }
        } else {
            return false;
        }
    } else if (!args.empty()) {
        return false;
    }
    out.value = ctx.addBytes(isArray ? Kind::ByteArray : Kind::Bytes, std::move(bytes), id);
    return true;
}

bool recogniseSlice(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    const Graph &g = ctx.graph();
    const auto args = nodes::constructorArgs(g, id);
    if (args.empty() || args.size() > 3)
        return false;
    std::vector<NodeId> triple = args;
    std::string text = "slice(";
    for (size_t i = 0; i < triple.size(); ++i) {
        if (i)
            text += ", ";
        text += nodes::reprScalar(g, triple[i]);
    }
    if (triple.size() == 1)
        text = "slice(None, " + nodes::reprScalar(g, triple[0]) + ", None";
    else if (triple.size() == 2)
        text += ", None";
    text += ')';
    out.what = Recognised::Alias;
    out.pythonType = "builtins.slice";
    out.value = g.object(id).args; // the (start, stop, step) tuple
    out.text = std::move(text);
    return true;
}

/// getattr(EnumClass, 'NAME') — how Python 3.11+ pickles enum members.
bool recogniseGetattrEnum(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    const Graph &g = ctx.graph();
    const auto args = nodes::constructorArgs(g, id);
    if (args.size() != 2 || g.kind(args[0]) != Kind::Global)
        return false;
    const auto name = nodes::stringValue(g, args[1]);
    if (!name)
        return false;
    out.what = Recognised::Enum;
    out.pythonType = nodes::globalName(g, args[0]);
    out.text = out.pythonType + "." + std::string(*name);
    return true;
}

/// _operator.or_(a, b) of two members of the same flag enum (combined flags, Python 3.11+).
bool recogniseFlagOr(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    const auto args = nodes::constructorArgs(ctx.graph(), id);
    if (args.size() != 2)
        return false;
    const Interpretation *a = ctx.get(args[0]);
    if (!a || a->what != Recognised::Enum || a->value != kNoNode)
        return false;
    const std::string aText = a->text;
    const std::string type = a->pythonType;
    const Interpretation *b = ctx.get(args[1]);
    if (!b || b->what != Recognised::Enum || b->pythonType != type || b->value != kNoNode)
        return false;
    const std::string prefix = type + ".";
    if (aText.compare(0, prefix.size(), prefix) != 0
        || b->text.compare(0, prefix.size(), prefix) != 0)
        return false;
    out.what = Recognised::Enum;
    out.pythonType = type;
    out.text = aText + "|" + b->text.substr(prefix.size());
    return true;
}

} // namespace

bool recogniseStdlib(RecogniseContext &ctx, NodeId id, const std::string &cls, Interpretation &out)
{
    if (cls == "collections.OrderedDict")
        return recogniseOrderedDict(ctx, id, out);
    if (cls == "collections.defaultdict")
        return recogniseDefaultDict(ctx, id, out);
    if (cls == "collections.Counter")
        return recogniseCounter(ctx, id, out);
    if (cls == "collections.deque")
        return recogniseDeque(ctx, id, out);
    if (cls == "decimal.Decimal" || cls == "_pydecimal.Decimal")
        return recogniseDecimal(ctx, id, out);
    if (cls == "builtins.complex")
        return recogniseComplex(ctx, id, out);
    if (cls == "builtins.set")
        return recogniseSet(ctx, id, false, out);
    if (cls == "builtins.frozenset")
        return recogniseSet(ctx, id, true, out);
    if (cls == "builtins.bytes" || cls == "builtins.bytearray" || cls == "_codecs.encode")
        return recogniseBytesLike(ctx, id, cls, out);
    if (cls == "builtins.slice")
        return recogniseSlice(ctx, id, out);
    if (cls == "builtins.getattr")
        return recogniseGetattrEnum(ctx, id, out);
    if (cls == "_operator.or_" || cls == "operator.or_")
        return recogniseFlagOr(ctx, id, out);
    return recogniseDatetime(ctx, id, cls, out);
}

bool recogniseEnumByValue(RecogniseContext &ctx, NodeId id, const std::string &cls,
                          Interpretation &out)
{
    static constexpr std::string_view kKnownEnums[] = {
        "http.HTTPStatus",      "http.HTTPMethod",      "re.RegexFlag",
        "signal.Signals",       "signal.Handlers",      "signal.Sigmasks",
        "socket.AddressFamily", "socket.SocketKind",    "socket.MsgFlag",
        "socket.AddressInfo",   "ssl.TLSVersion",       "ssl.Options",
        "ssl.VerifyMode",       "ssl.VerifyFlags",      "ssl.Purpose",
        "ssl.AlertDescription", "ssl.SSLErrorNumber",   "inspect._ParameterKind",
        "uuid.SafeUUID",        "plistlib.PlistFormat", "pstats.SortKey",
        "enum.FlagBoundary",    "calendar.Day",         "calendar.Month",
    };
    const Graph &g = ctx.graph();
    if (g.kind(id) != Kind::Call || !g.object(id).states.empty())
        return false;
    bool known = false;
    for (const auto &e : kKnownEnums)
        known = known || cls == e;
    const size_t dot = cls.rfind('.');
    const std::string_view last
        = dot == std::string::npos ? std::string_view(cls) : std::string_view(cls).substr(dot + 1);
    const auto endsWith = [&](std::string_view suffix) {
        return last.size() > suffix.size() && last.substr(last.size() - suffix.size()) == suffix;
    };
    if (!known && !endsWith("Enum") && !endsWith("Flag"))
        return false;
    const auto args = nodes::constructorArgs(g, id);
    if (args.size() != 1)
        return false;
    const Kind vk = g.kind(args[0]);
    if (vk != Kind::Int && vk != Kind::Str && vk != Kind::Float && vk != Kind::Bool)
        return false;
    out.what = Recognised::Enum;
    out.pythonType = cls;
    out.value = args[0];
    out.text = cls + "(" + nodes::reprScalar(g, args[0]) + ")";
    return true;
}

bool recogniseGlobalEnum(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    const Graph &g = ctx.graph();
    const GlobalData &gd = g.global(id);
    const std::string &n = gd.name;
    const auto startsWith = [&](std::string_view p) {
        return n.compare(0, p.size(), p) == 0;
    };
    std::string type;
    if (gd.module == "signal") {
        if (n == "SIG_DFL" || n == "SIG_IGN")
            type = "signal.Handlers";
        else if (n == "SIG_BLOCK" || n == "SIG_UNBLOCK" || n == "SIG_SETMASK")
            type = "signal.Sigmasks";
        else if (startsWith("SIG") && n.find('_') == std::string::npos && n.size() > 3)
            type = "signal.Signals";
        else if (startsWith("SIGRT"))
            type = "signal.Signals";
    } else if (gd.module == "socket") {
        if (startsWith("AF_"))
            type = "socket.AddressFamily";
        else if (startsWith("SOCK_"))
            type = "socket.SocketKind";
        else if (startsWith("MSG_"))
            type = "socket.MsgFlag";
        else if (startsWith("AI_"))
            type = "socket.AddressInfo";
    }
    if (type.empty())
        return false;
    out.what = Recognised::Enum;
    out.pythonType = type;
    out.text = type + "." + n;
    return true;
}

} // namespace ps
