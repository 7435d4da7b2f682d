// SPDX-License-Identifier: MIT
// scipy.sparse matrices and arrays: an ordinary instance whose state dict holds the arrays.
#include "recognise/scipy_recogniser.h"

#include "graph/node_util.h"
#include "recognise/sklearn_recogniser.h"

#include <algorithm>

namespace ps {

namespace {

/// "csr" for "csr_matrix" / "csr_array" (any module under scipy.sparse), else empty.
std::string sparseFormat(const std::string &cls)
{
    if (cls.compare(0, 13, "scipy.sparse.") != 0)
        return {};
    const std::string last = cls.substr(cls.rfind('.') + 1);
    static const char *const kFormats[] = {"csr", "csc", "coo", "bsr", "dia", "lil", "dok"};
    for (const char *f : kFormats) {
        const std::string fmt(f);
        if (last == fmt + "_matrix" || last == fmt + "_array")
            return fmt;
    }
    return {};
}

/// Number of elements of a 1-d+ array node, or nullopt.
std::optional<int64_t> arrayCount(RecogniseContext &ctx, NodeId id)
{
    const auto a = ctx.array(id);
    if (!a)
        return std::nullopt;
    const uint64_t n = a->count();
    if (n > static_cast<uint64_t>(INT64_MAX))
        return std::nullopt;
    return static_cast<int64_t>(n);
}

std::optional<int64_t> computeNnz(RecogniseContext &ctx, NodeId id, NodeId state,
                                  const std::string &format, const std::vector<uint64_t> &shape)
{
    Graph &g = ctx.graph();
    if (format == "csr" || format == "csc") {
        const auto indptr = ctx.array(nodes::dictGet(g, state, "indptr"));
        if (indptr && indptr->count() > 0 && indptr->count() != UINT64_MAX)
            return indptr->intAt(indptr->count() - 1);
        return std::nullopt;
    }
    if (format == "coo" || format == "bsr")
        return arrayCount(ctx, nodes::dictGet(g, state, "data"));
    if (format == "dia") {
        const auto offsets = ctx.array(nodes::dictGet(g, state, "offsets"));
        if (!offsets || shape.size() != 2 || offsets->count() == UINT64_MAX)
            return std::nullopt;
        const int64_t rows = static_cast<int64_t>(std::min<uint64_t>(shape[0], INT32_MAX));
        const int64_t cols = static_cast<int64_t>(std::min<uint64_t>(shape[1], INT32_MAX));
        int64_t nnz = 0;
        for (uint64_t i = 0; i < offsets->count(); ++i) {
            const auto k = offsets->intAt(i);
            if (!k)
                return std::nullopt;
            const int64_t len = *k > 0 ? std::min(rows, cols - *k) : std::min(rows + *k, cols);
            nnz += std::max<int64_t>(len, 0);
        }
        return nnz;
    }
    if (format == "lil") {
        const auto rows = ctx.array(nodes::dictGet(g, state, "rows"));
        if (!rows)
            return std::nullopt;
        int64_t nnz = 0;
        for (const NodeId row : rows->objects) {
            const auto items = nodes::sequenceItems(g, row);
            if (!items)
                return std::nullopt;
            nnz += static_cast<int64_t>(items->size());
        }
        return nnz;
    }
    if (format == "dok") {
        // dict subclass: items come as _reconstructor's third argument or SETITEMS;
        // scipy >= 1.11 keeps them in the `_dict` attribute instead.
        int64_t nnz = static_cast<int64_t>(g.object(id).dictItems.size() / 2);
        const auto args = nodes::constructorArgs(g, id);
        if (args.size() >= 2 && g.kind(args[1]) == Kind::Dict)
            nnz += static_cast<int64_t>(g.items(args[1]).size() / 2);
        const NodeId inner = nodes::dictGet(g, state, "_dict");
        if (inner != kNoNode && g.kind(inner) == Kind::Dict)
            nnz += static_cast<int64_t>(g.items(inner).size() / 2);
        return nnz;
    }
    return std::nullopt;
}

} // namespace

bool recogniseSparse(RecogniseContext &ctx, NodeId id, const std::string &cls, Interpretation &out)
{
    const std::string format = sparseFormat(cls);
    if (format.empty())
        return false;
    Graph &g = ctx.graph();
    const NodeId state = nodes::dictState(g, id);
    if (state == kNoNode)
        return false;
    NodeId shapeNode = nodes::dictGet(g, state, "_shape");
    if (shapeNode == kNoNode)
        shapeNode = nodes::dictGet(g, state, "shape");
    const auto shape = nodes::shapeValue(g, shapeNode);
    out.what = Recognised::Sparse;
    out.pythonType = cls;
    out.format = format;
    if (shape)
        out.shape = *shape;
    addDictAttributes(g, state, out);
    if (format == "dok") {
        const auto args = nodes::constructorArgs(g, id);
        if (args.size() >= 2 && g.kind(args[1]) == Kind::Dict) {
            const std::span<const NodeId> items = g.items(args[1]);
            for (size_t i = 0; i + 1 < items.size(); i += 2) {
                Member m;
                m.style = MemberStyle::Key;
                m.key = items[i];
                m.value = items[i + 1];
                out.members.push_back(m);
            }
        }
    }
    const std::vector<uint64_t> shapeCopy = out.shape;
    if (const auto nnz = computeNnz(ctx, id, state, format, shapeCopy))
        out.nnz = *nnz;
    return true;
}

} // namespace ps
