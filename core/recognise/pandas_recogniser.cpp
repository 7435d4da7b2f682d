// SPDX-License-Identifier: MIT
// pandas DataFrame / Series / Index / extension arrays (pandas 1.x BlockManager pickles).
#include "recognise/pandas_recogniser.h"

#include "util/utf8.h"

#include "graph/node_util.h"
#include "recognise/numpy_recogniser.h"

#include <algorithm>
#include <cmath>

namespace ps {

namespace {

/// Caps the objects materialised for categorical values (one NodeId per row).
constexpr uint64_t kMaxMaterialisedRows = 50'000'000;

Member attribute(std::string name, NodeId value)
{
    Member m;
    m.style = MemberStyle::Attribute;
    m.name = std::move(name);
    m.value = value;
    return m;
}

/// An index as the DataFrame/Series code needs it.
struct IndexInfo
{
    std::shared_ptr<const NdArray> labels;
    bool range = false;
    int64_t start = 0, stop = 0, step = 1;
    uint64_t length = 0;
};

uint64_t rangeLength(int64_t start, int64_t stop, int64_t step)
{
    if (step == 0)
        return 0;
    const __int128 span
        = step > 0 ? static_cast<__int128>(stop) - start : static_cast<__int128>(start) - stop;
    if (span <= 0)
        return 0;
    const __int128 s = step > 0 ? step : -static_cast<__int128>(step);
    return static_cast<uint64_t>((span + s - 1) / s);
}

std::optional<IndexInfo> indexInfo(RecogniseContext &ctx, NodeId node)
{
    const Interpretation *i = ctx.get(node);
    if (!i || i->what != Recognised::PandasIndex)
        return std::nullopt;
    IndexInfo info;
    if (i->array) {
        if (i->array->ndim() != 1)
            return std::nullopt;
        info.labels = i->array;
        info.length = i->array->shape[0];
        return info;
    }
    if (i->ints.size() == 3) {
        info.range = true;
        info.start = i->ints[0];
        info.stop = i->ints[1];
        info.step = i->ints[2];
        info.length = rangeLength(info.start, info.stop, info.step);
        return info;
    }
    return std::nullopt;
}

/// The label node for position j of an index (existing node for object labels, else synthetic).
NodeId labelNode(RecogniseContext &ctx, const IndexInfo &info, uint64_t j, NodeId near)
{
    if (info.range)
        return ctx.addInt(info.start + static_cast<int64_t>(j) * info.step, near);
    const NdArray &a = *info.labels;
    if (!a.objects.empty())
        return j < a.objects.size() ? a.objects[j] : kNoNode;
    if (!a.dtype)
        return kNoNode;
    switch (a.dtype->kind) {
    case 'b':
        if (const auto v = a.intAt(j))
            return ctx.addBool(*v != 0, near);
        return kNoNode;
    case 'i':
    case 'u':
    case 'M':
    case 'm':
        if (const auto v = a.intAt(j))
            return ctx.addInt(*v, near);
        return kNoNode;
    case 'f':
        if (const auto v = a.floatAt(j))
            return ctx.addFloat(*v, near);
        return kNoNode;
    case 'S': {
        const auto e = a.element(j);
        std::string s(reinterpret_cast<const char *>(e.data()), e.size());
        while (!s.empty() && s.back() == '\0')
            s.pop_back();
        return ctx.addBytes(Kind::Bytes, std::move(s), near);
    }
    case 'U': {
        const auto e = a.element(j);
        std::string s;
        for (size_t k = 0; k + 4 <= e.size(); k += 4) {
            uint32_t c = a.dtype->byteOrder == '>'
                             ? (uint32_t(e[k]) << 24) | (uint32_t(e[k + 1]) << 16)
                                   | (uint32_t(e[k + 2]) << 8) | e[k + 3]
                             : (uint32_t(e[k + 3]) << 24) | (uint32_t(e[k + 2]) << 16)
                                   | (uint32_t(e[k + 1]) << 8) | e[k];
            appendUtf8(s, c);
        }
        while (!s.empty() && s.back() == '\0')
            s.pop_back();
        return ctx.addBytes(Kind::Str, std::move(s), near);
    }
    default:
        return kNoNode;
    }
}

/// A 1-d row of a 2-d block array (blocks are (columns_in_block, rows)).
std::shared_ptr<const NdArray> rowOf(const std::shared_ptr<const NdArray> &a, uint64_t row,
                                     uint64_t rows)
{
    if (a->ndim() == 1) {
        if (row != 0 || a->shape[0] != rows)
            return nullptr;
        return a;
    }
    if (a->ndim() != 2 || row >= a->shape[0] || a->shape[1] != rows)
        return nullptr;
    auto view = std::make_shared<NdArray>(*a);
    view->shape = {rows};
    view->strides = {a->strides[1]};
    view->form = NdArray::Form::Derived;
    view->subclass = "numpy.ndarray";
    if (!a->objects.empty()) {
        uint64_t begin = 0;
        if (__builtin_mul_overflow(row, rows, &begin) || begin > a->objects.size()
            || a->objects.size() - begin < rows)
            return nullptr;
        view->objects.assign(a->objects.begin() + static_cast<ptrdiff_t>(begin),
                             a->objects.begin() + static_cast<ptrdiff_t>(begin + rows));
        view->strides = NdArray::cStrides(view->shape, a->dtype ? a->dtype->itemSize : 8);
        return view;
    }
    const __int128 off
        = static_cast<__int128>(a->offset) + static_cast<__int128>(row) * a->strides[0];
    if (off < 0 || off > static_cast<__int128>(a->data.size()))
        return nullptr;
    view->offset = static_cast<uint64_t>(off);
    if (!NdArray::fitsIn(view->shape, view->strides, view->offset,
                         a->dtype ? a->dtype->itemSize : 0, a->data.size()))
        return nullptr;
    return view;
}

/// mgr_locs: slice(start, stop, step), an intp array, or a list of ints.
bool placement(RecogniseContext &ctx, NodeId node, uint64_t columns, std::vector<uint64_t> &locs)
{
    Graph &g = ctx.graph();
    if (nodes::className(g, node) == "builtins.slice") {
        const auto args = nodes::constructorArgs(g, node);
        if (args.empty() || args.size() > 3)
            return false;
        const auto get = [&](size_t i, int64_t fallback) -> std::optional<int64_t> {
            if (i >= args.size() || nodes::isNone(g, args[i]))
                return fallback;
            return nodes::intValue(g, args[i]);
        };
        const auto start = args.size() == 1 ? std::optional<int64_t>(0) : get(0, 0);
        const auto stop = args.size() == 1 ? get(0, static_cast<int64_t>(columns))
                                           : get(1, static_cast<int64_t>(columns));
        const auto step = get(2, 1);
        if (!start || !stop || !step || *step <= 0 || *start < 0)
            return false;
        for (int64_t i = *start; i < *stop;) {
            if (static_cast<uint64_t>(i) >= columns)
                return false;
            locs.push_back(static_cast<uint64_t>(i));
            if (__builtin_add_overflow(i, *step, &i))
                break;
        }
        return true;
    }
    if (const auto a = ctx.array(node)) {
        if (a->ndim() != 1 || a->shape[0] > columns)
            return false;
        for (uint64_t i = 0; i < a->shape[0]; ++i) {
            const auto v = a->intAt(i);
            if (!v || *v < 0 || static_cast<uint64_t>(*v) >= columns)
                return false;
            locs.push_back(static_cast<uint64_t>(*v));
        }
        return true;
    }
    if (const auto items = nodes::sequenceItems(g, node)) {
        for (const NodeId item : *items) {
            const auto v = nodes::intValue(g, item);
            if (!v || *v < 0 || static_cast<uint64_t>(*v) >= columns)
                return false;
            locs.push_back(static_cast<uint64_t>(*v));
        }
        return true;
    }
    return false;
}

struct BlockRef
{
    NodeId values = kNoNode;
    NodeId placement = kNoNode;
};

/// One block: `_unpickle_block(values, placement, ndim)`, the 0.14.1 dict form, or an old
/// Block object whose state is (mgr_locs, values[, ndim]).
std::optional<BlockRef> blockRef(const Graph &g, NodeId node)
{
    if (node >= g.size())
        return std::nullopt;
    if (g.kind(node) == Kind::Dict) {
        BlockRef b{nodes::dictGet(g, node, "values"), nodes::dictGet(g, node, "mgr_locs")};
        if (b.values == kNoNode || b.placement == kNoNode)
            return std::nullopt;
        return b;
    }
    if (nodes::className(g, node) == "pandas._libs.internals._unpickle_block") {
        const auto args = nodes::constructorArgs(g, node);
        if (args.size() < 2)
            return std::nullopt;
        return BlockRef{args[0], args[1]};
    }
    if (g.isObject(node)) {
        const auto state = nodes::tupleItems(g, g.lastState(node));
        if (state && state->size() >= 2)
            return BlockRef{(*state)[1], (*state)[0]};
    }
    return std::nullopt;
}

struct Manager
{
    std::vector<NodeId> axes;
    std::vector<BlockRef> blocks;
};

/// A BlockManager / SingleBlockManager node, in either pickled form.
std::optional<Manager> manager(const Graph &g, NodeId node)
{
    if (node >= g.size() || !g.isObject(node))
        return std::nullopt;
    Manager m;
    // __getstate__ form: (axes, values, items, {'0.14.1': {'axes': [...], 'blocks': [...]}}).
    if (const auto state = nodes::tupleItems(g, g.lastState(node)); state && state->size() >= 4) {
        const NodeId extra = nodes::dictGet(g, (*state)[3], "0.14.1");
        const auto axes = nodes::sequenceItems(g, nodes::dictGet(g, extra, "axes"));
        const auto blocks = nodes::sequenceItems(g, nodes::dictGet(g, extra, "blocks"));
        if (!axes || !blocks)
            return std::nullopt;
        m.axes.assign(axes->begin(), axes->end());
        for (const NodeId b : *blocks) {
            const auto ref = blockRef(g, b);
            if (!ref)
                return std::nullopt;
            m.blocks.push_back(*ref);
        }
        return m;
    }
    // __reduce__ form: Manager(blocks, axes) / SingleBlockManager(block, axis).
    const auto args = nodes::constructorArgs(g, node);
    if (args.size() < 2)
        return std::nullopt;
    if (const auto axes = nodes::sequenceItems(g, args[1]))
        m.axes.assign(axes->begin(), axes->end());
    else
        m.axes = {args[1]};
    if (const auto blocks = nodes::sequenceItems(g, args[0])) {
        for (const NodeId b : *blocks) {
            const auto ref = blockRef(g, b);
            if (!ref)
                return std::nullopt;
            m.blocks.push_back(*ref);
        }
    } else if (const auto ref = blockRef(g, args[0])) {
        m.blocks.push_back(*ref);
    } else {
        return std::nullopt;
    }
    return m;
}

NodeId managerNode(const Graph &g, NodeId state)
{
    NodeId mgr = nodes::dictGet(g, state, "_mgr");
    if (mgr == kNoNode)
        mgr = nodes::dictGet(g, state, "_data");
    return mgr;
}

/// A synthetic Series node for values + index + name.
/// `block` is the block's values node; with `wholeBlock` (a Categorical) it is the column's
/// values itself and stays its `.values` member, with its codes and categories.
NodeId makeSeries(RecogniseContext &ctx, std::shared_ptr<const NdArray> values, NodeId index,
                  NodeId name, NodeId block, bool wholeBlock)
{
    const NodeId valuesNode
        = wholeBlock ? block : ctx.addSynthetic(arrayInterpretation(values), block);
    const NodeId near = block;
    Interpretation s;
    s.what = Recognised::Series;
    s.pythonType = "pandas.core.series.Series";
    s.array = values;
    s.dtype = values->dtype;
    s.members.push_back(attribute("name", name));
    s.members.push_back(attribute("index", index));
    s.members.push_back(attribute("values", valuesNode));
    return ctx.addSynthetic(std::move(s), near);
}

bool recogniseDataFrame(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    Graph &g = ctx.graph();
    const NodeId state = nodes::dictState(g, id);
    const auto mgr = manager(g, managerNode(g, state));
    if (!mgr || mgr->axes.size() != 2)
        return false;
    const NodeId columnsNode = mgr->axes[0];
    const NodeId indexNode = mgr->axes[1];
    const auto columns = indexInfo(ctx, columnsNode);
    const auto rows = indexInfo(ctx, indexNode);
    if (!columns || !rows)
        return false;
    const uint64_t ncols = columns->length;
    const uint64_t nrows = rows->length;

    // Column j → (block, row inside the block).
    std::vector<std::pair<size_t, uint64_t>> where(ncols, {SIZE_MAX, 0});
    for (size_t b = 0; b < mgr->blocks.size(); ++b) {
        std::vector<uint64_t> locs;
        if (!placement(ctx, mgr->blocks[b].placement, ncols, locs))
            return false;
        for (uint64_t r = 0; r < locs.size(); ++r)
            where[locs[r]] = {b, r};
    }
    for (const auto &w : where) {
        if (w.first == SIZE_MAX)
            return false; // a column without a block
    }

    out.what = Recognised::DataFrame;
    out.pythonType = "pandas.core.frame.DataFrame";
    out.shape = {nrows, ncols};
    const NodeId shapeTuple = ctx.addContainer(
        Kind::Tuple,
        {ctx.addInt(static_cast<int64_t>(nrows), id), ctx.addInt(static_cast<int64_t>(ncols), id)},
        id);
    out.members.push_back(attribute("shape", shapeTuple));
    out.members.push_back(attribute("columns", columnsNode));
    out.members.push_back(attribute("index", indexNode));
    for (uint64_t j = 0; j < ncols; ++j) {
        const BlockRef block = mgr->blocks[where[j].first];
        const Interpretation *vi = ctx.get(block.values);
        if (!vi || !vi->array)
            return false;
        const auto values = rowOf(vi->array, where[j].second, nrows);
        if (!values)
            return false;
        const NodeId label = labelNode(ctx, *columns, j, columnsNode);
        if (label == kNoNode)
            return false;
        Member m;
        m.style = MemberStyle::Key;
        m.key = label;
        // Python's df[c].values is the Categorical itself (codes and categories).
        const bool categorical
            = values == vi->array && vi->pythonType == "pandas.core.arrays.categorical.Categorical";
        m.value = makeSeries(ctx, values, indexNode, label, block.values, categorical);
        out.members.push_back(m);
    }
    return true;
}

bool recogniseSeries(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    Graph &g = ctx.graph();
    const NodeId state = nodes::dictState(g, id);
    const auto mgr = manager(g, managerNode(g, state));
    if (!mgr || mgr->axes.size() != 1 || mgr->blocks.size() != 1)
        return false;
    const NodeId indexNode = mgr->axes[0];
    const auto rows = indexInfo(ctx, indexNode);
    if (!rows)
        return false;
    const NodeId valuesNode = mgr->blocks[0].values;
    const Interpretation *vi = ctx.get(valuesNode);
    if (!vi || !vi->array)
        return false;
    const auto values = rowOf(vi->array, 0, rows->length);
    if (!values)
        return false;
    NodeId name = nodes::dictGet(g, state, "name");
    if (name == kNoNode)
        name = ctx.addNone(id);
    out.what = Recognised::Series;
    out.pythonType = "pandas.core.series.Series";
    out.array = values;
    out.dtype = values->dtype;
    out.members.push_back(attribute("name", name));
    out.members.push_back(attribute("index", indexNode));
    const NodeId valuesMember = values == vi->array
                                    ? valuesNode
                                    : ctx.addSynthetic(arrayInterpretation(values), valuesNode);
    out.members.push_back(attribute("values", valuesMember));
    return true;
}

/// _new_Index(cls, d) / _new_DatetimeIndex(cls, d).
bool recogniseIndex(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    Graph &g = ctx.graph();
    const auto args = nodes::constructorArgs(g, id);
    if (args.size() != 2 || g.kind(args[0]) != Kind::Global || g.kind(args[1]) != Kind::Dict)
        return false;
    const std::string cls = nodes::globalName(g, args[0]);
    const NodeId d = args[1];
    out.what = Recognised::PandasIndex;
    out.pythonType = cls;
    NodeId name = nodes::dictGet(g, d, "name");
    if (cls.size() >= 10 && cls.compare(cls.size() - 10, 10, "MultiIndex") == 0) {
        for (const char *key : {"levels", "codes", "names"}) {
            if (const NodeId v = nodes::dictGet(g, d, key); v != kNoNode)
                out.members.push_back(attribute(key, v));
        }
        return true;
    }
    if (cls.size() >= 10 && cls.compare(cls.size() - 10, 10, "RangeIndex") == 0) {
        const auto start = nodes::intValue(g, nodes::dictGet(g, d, "start"));
        const auto stop = nodes::intValue(g, nodes::dictGet(g, d, "stop"));
        const auto step = nodes::intValue(g, nodes::dictGet(g, d, "step"));
        if (!start || !stop || !step || *step == 0)
            return false;
        out.ints = {*start, *stop, *step};
    } else {
        const NodeId data = nodes::dictGet(g, d, "data");
        const Interpretation *di = ctx.get(data);
        if (!di || !di->array || di->array->ndim() != 1)
            return false;
        out.array = di->array;
        out.dtype = di->array->dtype;
        out.members.push_back(attribute("values", data));
    }
    if (name == kNoNode)
        name = ctx.addNone(id);
    out.members.insert(out.members.begin(), attribute("name", name));
    return true;
}

/// __pyx_unpickle_NDArrayBacked(cls, checksum, state) + BUILD (dtype, ndarray, attrs).
bool recogniseNDArrayBacked(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    Graph &g = ctx.graph();
    const auto args = nodes::constructorArgs(g, id);
    if (args.empty() || g.kind(args[0]) != Kind::Global)
        return false;
    const std::string cls = nodes::globalName(g, args[0]);
    const auto statePtr = nodes::tupleItems(g, g.lastState(id));
    if (!statePtr || statePtr->size() < 2)
        return false;
    const std::span<const NodeId> state = *statePtr;
    const auto inner = ctx.array(state[1]);
    if (!inner)
        return false;
    if (cls != "pandas.core.arrays.categorical.Categorical") {
        out = arrayInterpretation(inner);
        out.pythonType = cls;
        return true;
    }
    // Categorical: codes + CategoricalDtype(categories=Index, ordered) → label objects.
    const NodeId dtypeState = nodes::dictState(g, state[0]);
    const NodeId categoriesNode = nodes::dictGet(g, dtypeState, "categories");
    const auto categories = indexInfo(ctx, categoriesNode);
    if (!categories || inner->ndim() != 1 || inner->shape[0] > kMaxMaterialisedRows)
        return false;
    std::vector<NodeId> labels;
    labels.reserve(static_cast<size_t>(std::min<uint64_t>(categories->length, 1'000'000)));
    for (uint64_t c = 0; c < categories->length && c < 1'000'000; ++c)
        labels.push_back(labelNode(ctx, *categories, c, categoriesNode));
    NodeId none = kNoNode;
    auto values = std::make_shared<NdArray>();
    values->dtype = DType::fromTypeStr("|O");
    values->shape = inner->shape;
    values->strides = NdArray::cStrides(values->shape, 8);
    values->form = NdArray::Form::Derived;
    values->subclass = cls;
    values->objects.reserve(static_cast<size_t>(inner->shape[0]));
    for (uint64_t i = 0; i < inner->shape[0]; ++i) {
        const auto code = inner->intAt(i);
        if (!code)
            return false;
        if (*code < 0) {
            if (none == kNoNode) // a missing value: pandas gives NaN
                none = ctx.addFloat(std::nan(""), id);
            values->objects.push_back(none);
        } else if (static_cast<uint64_t>(*code) < labels.size() && labels[*code] != kNoNode) {
            values->objects.push_back(labels[*code]);
        } else {
            return false;
        }
    }
    out = arrayInterpretation(std::move(values));
    out.pythonType = cls;
    out.members.push_back(attribute("codes", state[1]));
    out.members.push_back(attribute("categories", categoriesNode));
    return true;
}

} // namespace

bool recognisePandas(RecogniseContext &ctx, NodeId id, const std::string &cls, Interpretation &out)
{
    if (cls.compare(0, 7, "pandas.") != 0)
        return false;
    if (cls == "pandas.core.frame.DataFrame")
        return recogniseDataFrame(ctx, id, out);
    if (cls == "pandas.core.series.Series")
        return recogniseSeries(ctx, id, out);
    if (cls == "pandas.core.indexes.base._new_Index"
        || cls == "pandas.core.indexes.datetimes._new_DatetimeIndex")
        return recogniseIndex(ctx, id, out);
    if (cls == "pandas._libs.arrays.__pyx_unpickle_NDArrayBacked")
        return recogniseNDArrayBacked(ctx, id, out);
    return false;
}

} // namespace ps
