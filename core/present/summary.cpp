// SPDX-License-Identifier: MIT
#include "present/summary.h"

#include "document/document.h"
#include "document/interpretation.h"
#include "opcodes/opcode_reader.h"
#include "path/path.h"
#include "present/children.h"
#include "present/python_type.h"
#include "util/pyrepr.h"

#include <cfloat>
#include <cmath>
#include <cstring>
#include <unordered_set>

namespace ps {
namespace {

std::string complexPart(double v)
{
    std::string s = reprFloat(v);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0)
        s.resize(s.size() - 2);
    return s;
}

/// repr(complex): '(1+2j)', '2j', '(-0-1j)', '(nan+infj)'.
std::string complexRepr(double re, double im)
{
    std::string imag = complexPart(im);
    if (re == 0 && !std::signbit(re))
        return imag + "j";
    std::string s = "(" + complexPart(re);
    if (!(std::signbit(im) && !std::isnan(im)))
        s += '+';
    return s + imag + "j)";
}

std::string itemsText(size_t n)
{
    return std::to_string(n) + (n == 1 ? " item" : " items");
}

std::string scalarValueRepr(const Document &document, const ScalarValue &v, size_t width)
{
    switch (v.type) {
    case ScalarValue::Type::Invalid:
        return "<missing>";
    case ScalarValue::Type::Bool:
        return v.boolean ? "True" : "False";
    case ScalarValue::Type::Int:
        return std::to_string(v.i);
    case ScalarValue::Type::UInt:
        return std::to_string(v.u);
    case ScalarValue::Type::Float:
        return reprFloat(v.f);
    case ScalarValue::Type::Complex:
        return complexRepr(v.f, v.imag);
    case ScalarValue::Type::Str:
        return reprStr(v.text, width);
    case ScalarValue::Type::Bytes:
        return reprBytes({reinterpret_cast<const uint8_t *>(v.text.data()), v.text.size()}, width);
    case ScalarValue::Type::Object:
        return summary(document, v.object, width);
    case ScalarValue::Type::Record:
        return "(…)";
    }
    return "?";
}

/// repr of a structured / sub-array element: a tuple of fields, sub-arrays as nested lists.
std::string recordRepr(const Document &document, const DType &dtype, std::span<const uint8_t> bytes,
                       size_t width, int depth)
{
    if (depth > 8)
        return "…";
    if (dtype.isSubArray() && dtype.subBase) {
        const DType &base = *dtype.subBase;
        uint64_t n = 1;
        for (const uint64_t d : dtype.subShape)
            n *= d;
        std::string s = "[";
        for (uint64_t i = 0; i < n && s.size() < width; ++i) {
            if (i)
                s += ", ";
            const uint64_t off = i * base.itemSize;
            if (off + base.itemSize > bytes.size())
                break;
            const auto item = bytes.subspan(off, base.itemSize);
            if (base.isStructured() || base.isSubArray())
                s += recordRepr(document, base, item, width, depth + 1);
            else
                s += scalarValueRepr(document, decodeScalar(base, item), width);
        }
        return s + "]";
    }
    std::string s = "(";
    for (size_t i = 0; i < dtype.fields.size(); ++i) {
        const auto &f = dtype.fields[i];
        if (i)
            s += ", ";
        if (!f.type || f.offset > bytes.size() || bytes.size() - f.offset < f.type->itemSize) {
            s += "?";
            continue;
        }
        const auto item = bytes.subspan(f.offset, f.type->itemSize);
        if (f.type->isStructured() || f.type->isSubArray())
            s += recordRepr(document, *f.type, item, width, depth + 1);
        else
            s += scalarValueRepr(document, decodeScalar(*f.type, item), width);
        if (s.size() > width * 4)
            return s + ", …)";
    }
    if (dtype.fields.size() == 1)
        s += ',';
    return s + ")";
}

std::string dtypeLabel(const NdArray &array)
{
    if (!array.torchDType.empty()) {
        std::string_view t = array.torchDType;
        if (t.starts_with("torch."))
            t.remove_prefix(6);
        return std::string(t);
    }
    if (!array.dtype)
        return "?";
    if (array.dtype->isStructured() || array.dtype->isSubArray())
        return truncateText(array.dtype->describe(), 48);
    // numpy's names "str160" / "bytes24" / "void64" say little: show '<U5', '|S3', '|V8'.
    const char k = array.dtype->kind;
    if (k == 'U' || k == 'S' || k == 'V')
        return array.dtype->str();
    return array.dtype->name();
}

std::string dtypeRepr(const DType &d)
{
    const std::string desc = d.describe();
    if (!desc.empty() && (desc[0] == '[' || desc[0] == '(' || desc[0] == '{'))
        return "dtype(" + desc + ")";
    return "dtype('" + desc + "')";
}

size_t distinctKeyMembers(const Document &document, const Interpretation &in)
{
    std::unordered_set<std::string> keys;
    for (const Member &m : in.members)
        if (m.style == MemberStyle::Key)
            keys.insert(keyIdentity(document, m.key));
    return keys.size();
}

size_t indexMembers(const Interpretation &in)
{
    size_t n = 0;
    for (const Member &m : in.members)
        n += m.style == MemberStyle::Index;
    return n;
}

NodeId memberAttribute(const Interpretation &in, std::string_view name)
{
    for (const Member &m : in.members)
        if (m.style == MemberStyle::Attribute && m.name == name)
            return m.value;
    return kNoNode;
}

std::optional<std::vector<uint64_t>> tupleShape(const Graph &g, NodeId id)
{
    if (id == kNoNode || id >= g.size() || g.kind(id) != Kind::Tuple)
        return std::nullopt;
    std::vector<uint64_t> shape;
    for (const NodeId item : g.items(id)) {
        if (g.kind(item) != Kind::Int || g.node(item).v.i < 0)
            return std::nullopt;
        shape.push_back(static_cast<uint64_t>(g.node(item).v.i));
    }
    return shape;
}

std::string timedeltaRepr(const std::vector<int64_t> &v)
{
    if (v.size() < 3)
        return "timedelta";
    std::string s = "timedelta(";
    const char *names[] = {"days", "seconds", "microseconds"};
    bool any = false;
    for (int i = 0; i < 3; ++i) {
        if (v[static_cast<size_t>(i)] == 0)
            continue;
        if (any)
            s += ", ";
        s += names[i];
        s += '=';
        s += std::to_string(v[static_cast<size_t>(i)]);
        any = true;
    }
    if (!any)
        s += '0';
    return s + ")";
}

std::string nodeSummary(const Document &document, NodeId id, size_t width, int depth);

/// An item inside a tuple preview: containers collapse to (…) / […] / {…}.
std::string previewItem(const Document &document, NodeId id, size_t width, int depth)
{
    const Graph &g = document.graph();
    const NodeId t = followAlias(document, id);
    const Interpretation *in = document.interpretation(t);
    if (!in || in->what == Recognised::None || in->what == Recognised::Alias) {
        switch (g.kind(t)) {
        case Kind::Tuple:
            return g.items(t).empty() ? "()" : "(…)";
        case Kind::List:
            return g.items(t).empty() ? "[]" : "[…]";
        case Kind::Dict:
            return g.items(t).empty() ? "{}" : "{…}";
        case Kind::Set:
        case Kind::FrozenSet:
            return g.items(t).empty() ? shortType(document, t) + "()" : "{…}";
        default:
            break;
        }
    }
    return nodeSummary(document, id, width, depth);
}

std::string tuplePreview(const Document &document, NodeId id, size_t width, int depth)
{
    const Graph &g = document.graph();
    const auto &items = g.items(id);
    if (items.empty())
        return "()";
    if (depth < 2 && items.size() <= 16) {
        std::string s = "(";
        bool ok = true;
        for (size_t i = 0; i < items.size(); ++i) {
            if (i)
                s += ", ";
            const NodeId item = items[i];
            if (item >= g.size()) {
                ok = false;
                break;
            }
            s += previewItem(document, item, width, depth + 1);
            if (s.size() > width * 4) {
                ok = false;
                break;
            }
        }
        if (items.size() == 1)
            s += ',';
        s += ')';
        if (ok && codePointCount(s) <= width)
            return s;
    }
    return "tuple · " + itemsText(items.size());
}

std::string interpretationSummary(const Document &document, NodeId id, const Interpretation &in,
                                  size_t width, int depth, bool &handled)
{
    handled = true;
    const Graph &g = document.graph();
    switch (in.what) {
    case Recognised::Alias:
        if (!in.text.empty())
            return in.text;
        if (in.value != kNoNode && in.value != id && depth < 8)
            return nodeSummary(document, in.value, width, depth + 1);
        break;
    case Recognised::NdArray:
        if (in.array)
            return arraySummary(*in.array, shortTypeName(in.array->subclass.empty()
                                                             ? std::string("numpy.ndarray")
                                                             : in.array->subclass));
        break;
    case Recognised::JoblibWrapper:
        if (in.array)
            return arraySummary(*in.array, shortTypeName(in.array->subclass));
        return "NumpyArrayWrapper" + (in.dtype ? " " + in.dtype->name() : std::string())
               + " (array data missing)";
    case Recognised::TorchTensor:
        if (in.array)
            return arraySummary(*in.array, "tensor");
        break;
    case Recognised::NumpyScalar:
        if (in.array)
            return scalarRepr(document, *in.array, 0, width);
        break;
    case Recognised::DType:
        if (in.dtype)
            return dtypeRepr(*in.dtype);
        break;
    case Recognised::NumpyType:
        return "<class '" + (in.pythonType.empty() ? std::string("numpy.generic") : in.pythonType)
               + "'>";
    case Recognised::OrderedDict:
    case Recognised::DefaultDict:
    case Recognised::Counter:
        return shortType(document, id) + " · " + itemsText(distinctKeyMembers(document, in));
    case Recognised::Deque:
        return "deque · " + itemsText(indexMembers(in));
    case Recognised::Datetime:
        return "datetime " + in.text;
    case Recognised::Date:
        return "date " + in.text;
    case Recognised::Time:
        return "time " + in.text;
    case Recognised::Timedelta:
        return timedeltaRepr(in.ints);
    case Recognised::Decimal:
        return "Decimal(" + reprStr(in.text) + ")";
    case Recognised::Complex:
        if (in.reals.size() == 2)
            return complexRepr(in.reals[0], in.reals[1]);
        break;
    case Recognised::Enum: {
        std::string text = in.text;
        const size_t dot = in.pythonType.rfind('.');
        if (dot != std::string::npos && text.starts_with(in.pythonType))
            text = text.substr(dot + 1);
        if (in.value != kNoNode && depth < 8)
            return "<" + text + ": " + nodeSummary(document, in.value, width, depth + 1) + ">";
        return "<" + text + ">";
    }
    case Recognised::SkTree: {
        const NodeId count = memberAttribute(in, "node_count");
        if (count != kNoNode && g.kind(count) == Kind::Int)
            return "Tree · " + std::to_string(g.node(count).v.i) + " nodes";
        const NodeId nodesArray = memberAttribute(in, "nodes");
        if (auto a = arrayOfNode(document, nodesArray); a && a->ndim() == 1)
            return "Tree · " + std::to_string(a->shape[0]) + " nodes";
        return "Tree";
    }
    case Recognised::DataFrame: {
        if (auto shape = tupleShape(g, memberAttribute(in, "shape")); shape && shape->size() == 2)
            return "DataFrame · " + std::to_string((*shape)[0]) + " × "
                   + std::to_string((*shape)[1]);
        return "DataFrame · " + std::to_string(distinctKeyMembers(document, in)) + " columns";
    }
    case Recognised::Series: {
        if (in.array)
            return "Series " + dtypeLabel(*in.array) + " · " + itemsText(in.array->count());
        const NodeId values = memberAttribute(in, "values");
        if (auto a = arrayOfNode(document, values))
            return "Series " + dtypeLabel(*a) + " · " + itemsText(a->count());
        return "Series";
    }
    case Recognised::PandasIndex: {
        const std::string type = shortType(document, id);
        if (in.array)
            return type + " " + dtypeLabel(*in.array) + " · " + itemsText(in.array->count());
        return type;
    }
    case Recognised::Sparse: {
        const std::string type = shortType(document, id);
        auto data = arrayOfNode(document, memberAttribute(in, "data"));
        auto shape = tupleShape(g, memberAttribute(in, "shape"));
        if (!shape)
            shape = tupleShape(g, memberAttribute(in, "_shape"));
        std::string s = type;
        if (data)
            s += " " + dtypeLabel(*data);
        if (shape)
            s += " " + shapeText(*shape);
        if (data)
            s += " · " + std::to_string(data->count()) + " stored";
        return s;
    }
    default:
        break;
    }
    handled = false;
    return {};
}

std::string nodeSummary(const Document &document, NodeId id, size_t width, int depth)
{
    const Graph &g = document.graph();
    if (id == kNoNode || id >= g.size())
        return "<missing>";
    if (const Interpretation *in = document.interpretation(id)) {
        bool handled = false;
        std::string s = interpretationSummary(document, id, *in, width, depth, handled);
        if (handled)
            return s;
        if (in->what != Recognised::None)
            return shortType(document, id);
    }
    const Node &n = g.node(id);
    switch (n.kind) {
    case Kind::None:
        return "None";
    case Kind::Bool:
        return n.v.i ? "True" : "False";
    case Kind::Int:
        return std::to_string(n.v.i);
    case Kind::BigInt:
        return reprBigInt(g.bigint(id), 64 * 1024);
    case Kind::Float:
        return reprFloat(n.v.f);
    case Kind::Str:
        return reprStr(g.text(id), width);
    case Kind::Py2String:
        return reprLatin1(g.bytes(id), width);
    case Kind::Bytes:
        return reprBytes(g.bytes(id), width);
    case Kind::ByteArray:
        return reprByteArray(g.bytes(id), width);
    case Kind::Tuple:
        return tuplePreview(document, id, width, depth);
    case Kind::List:
        return "list · " + itemsText(g.items(id).size());
    case Kind::Dict:
        return "dict · " + itemsText(dictEntries(document, g.items(id)).size());
    case Kind::Set:
        return "set · " + itemsText(g.items(id).size());
    case Kind::FrozenSet:
        return "frozenset · " + itemsText(g.items(id).size());
    case Kind::Global: {
        const GlobalData &gd = g.global(id);
        const std::string full = pythonGlobalName(gd.module, gd.name);
        if (globalLooksLikeClass(gd.module, gd.name))
            return "<class '" + full + "'>";
        return "<function " + full + ">";
    }
    case Kind::Call:
    case Kind::Instance:
        return shortType(document, id);
    case Kind::PersId: {
        const NodeId pid = g.object(id).args;
        if (depth < 2 && pid != kNoNode)
            return "persistent id " + nodeSummary(document, pid, width, depth + 1);
        return "persistent id";
    }
    case Kind::Ext:
        return "extension code " + std::to_string(n.v.i);
    case Kind::Buffer:
        return "PickleBuffer #" + std::to_string(n.v.i)
               + ((n.flags & FlagReadOnly) ? " (read-only)" : "");
    case Kind::Unknown:
        return "<unknown>";
    }
    return "?";
}

/// Indices shown along one axis: everything, or edge items around a -1 marker for "...".
std::vector<int64_t> shownIndices(uint64_t size, bool summarise, uint64_t edge)
{
    std::vector<int64_t> out;
    if (summarise && size > 2 * edge) {
        for (uint64_t i = 0; i < edge; ++i)
            out.push_back(static_cast<int64_t>(i));
        out.push_back(-1);
        for (uint64_t i = size - edge; i < size; ++i)
            out.push_back(static_cast<int64_t>(i));
    } else {
        for (uint64_t i = 0; i < size; ++i)
            out.push_back(static_cast<int64_t>(i));
    }
    return out;
}

} // namespace

std::string scalarRepr(const Document &document, const NdArray &array, uint64_t flatIndex,
                       size_t width)
{
    const ScalarValue v = arrayElement(array, flatIndex);
    if (v.type == ScalarValue::Type::Record && array.dtype)
        return truncateText(recordRepr(document, *array.dtype, array.element(flatIndex), width, 0),
                            std::max<size_t>(width, 8));
    return scalarValueRepr(document, v, width);
}

std::string shapeText(const std::vector<uint64_t> &shape)
{
    std::string s = "(";
    for (size_t i = 0; i < shape.size(); ++i) {
        if (i)
            s += ", ";
        s += std::to_string(shape[i]);
    }
    if (shape.size() == 1)
        s += ',';
    return s + ")";
}

std::string arraySummary(const NdArray &array, std::string_view typeName)
{
    return std::string(typeName) + " " + dtypeLabel(array) + " " + shapeText(array.shape);
}

std::string summary(const Document &document, NodeId id, size_t width)
{
    return truncateText(nodeSummary(document, id, width, 0), width);
}

std::string summary(const Document &document, const Resolved &resolved, size_t width)
{
    if (resolved.array) {
        if (resolved.isElement)
            return truncateText(
                scalarRepr(document, *resolved.array, resolved.elementFlatIndex, width), width);
        const auto whole = arrayOfNode(document, resolved.node);
        if (whole != resolved.array)
            return truncateText(arraySummary(*resolved.array, "ndarray"), width);
    }
    return summary(document, resolved.node, width);
}

std::string renderArray(const Document &document, const NdArray &array, size_t threshold)
{
    if (!array.dtype)
        return "<array without dtype>";
    const size_t ndim = array.ndim();
    if (ndim == 0)
        return scalarRepr(document, array, 0, 200);
    if (ndim > 32)
        return "<" + std::to_string(ndim) + "-dimensional array: not rendered>";
    const uint64_t count = array.count();
    const bool summarise = count == UINT64_MAX || count > threshold;
    const uint64_t edge = 3;
    std::vector<std::vector<int64_t>> axes;
    for (size_t a = 0; a < ndim; ++a)
        axes.push_back(shownIndices(array.shape[a], summarise, edge));

    // Pass 1: the reprs of the shown elements, in order, and their common width.
    std::vector<std::string> cells;
    size_t cellWidth = 0;
    {
        std::vector<size_t> pos(ndim, 0);
        bool empty = false;
        for (const auto &ax : axes)
            empty = empty || ax.empty();
        while (!empty) {
            bool ellipsis = false;
            uint64_t flat = 0;
            for (size_t a = 0; a < ndim; ++a) {
                const int64_t i = axes[a][pos[a]];
                ellipsis = ellipsis || i < 0;
                flat = flat * array.shape[a] + static_cast<uint64_t>(std::max<int64_t>(i, 0));
            }
            if (!ellipsis) {
                cells.push_back(scalarRepr(document, array, flat, 40));
                cellWidth = std::max(cellWidth, codePointCount(cells.back()));
            }
            size_t a = ndim;
            while (a-- > 0) {
                if (++pos[a] < axes[a].size())
                    break;
                pos[a] = 0;
            }
            if (a == SIZE_MAX)
                break;
        }
    }

    // Pass 2: nested brackets, one innermost row per line (wrapped at 75 columns).
    std::string out;
    size_t next = 0;
    struct Frame
    {
        size_t axis;
        size_t pos;
    };
    std::vector<Frame> stack;
    stack.push_back({0, 0});
    out += '[';
    size_t lineStart = 0;
    while (!stack.empty()) {
        Frame &f = stack.back();
        const auto &ax = axes[f.axis];
        if (f.pos >= ax.size()) {
            out += ']';
            stack.pop_back();
            if (!stack.empty())
                ++stack.back().pos;
            continue;
        }
        const size_t depthNow = stack.size();
        if (f.pos > 0) {
            out += ',';
            if (f.axis + 1 == ndim) {
                out += ' ';
            } else {
                out += '\n';
                // numpy separates higher-dimensional blocks with blank lines
                for (size_t b = f.axis + 2; b < ndim; ++b)
                    out += '\n';
                lineStart = out.size();
                out.append(depthNow, ' ');
            }
        }
        const int64_t i = ax[f.pos];
        if (f.axis + 1 == ndim) {
            std::string cell = i < 0 ? std::string("...") : cells[next++];
            const size_t pad
                = cellWidth > codePointCount(cell) ? cellWidth - codePointCount(cell) : 0;
            if (out.size() - lineStart + pad + cell.size() > 75 && f.pos > 0) {
                out.pop_back(); // the space after ','
                out += '\n';
                lineStart = out.size();
                out.append(depthNow, ' ');
            }
            out.append(pad, ' ');
            out += cell;
            ++f.pos;
        } else if (i < 0) {
            out += "...";
            ++f.pos;
        } else {
            out += '[';
            stack.push_back({f.axis + 1, 0});
        }
    }
    return out;
}

} // namespace ps
