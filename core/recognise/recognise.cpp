// SPDX-License-Identifier: MIT
// recogniseAll: one pass over the graph, dispatching each node to the recognisers.
#include "recognise/recognise.h"

#include "document/document.h"
#include "graph/node_util.h"
#include "recognise/numpy_recogniser.h"
#include "recognise/pandas_recogniser.h"
#include "recognise/recognise_context.h"
#include "recognise/scipy_recogniser.h"
#include "recognise/sklearn_recogniser.h"
#include "recognise/stdlib_recogniser.h"
#include "recognise/torch_recogniser.h"

namespace ps {

bool recognisable(Kind kind)
{
    switch (kind) {
    case Kind::Global:
    case Kind::PersId:
    case Kind::Unknown:
    case Kind::Call:
    case Kind::Instance:
        return true;
    default:
        return false;
    }
}

bool recogniseNode(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    const Graph &g = ctx.graph();
    switch (g.kind(id)) {
    case Kind::Global:
        return recogniseNumpyType(ctx, id, out) || recogniseGlobalEnum(ctx, id, out);
    case Kind::PersId:
        return recogniseTorchStorage(ctx, id, out);
    case Kind::Unknown:
        return recogniseNpyArray(ctx, id, out);
    case Kind::Call:
    case Kind::Instance:
        break;
    default:
        return false;
    }
    const std::string cls = nodes::className(g, id);
    if (cls.empty())
        return false;
    // Known callables and classes first (each bails out quickly on a foreign prefix), then the
    // generic forms. A recogniser that gives up may have filled `out` part way: reset it.
    using Recogniser = bool (*)(RecogniseContext &, NodeId, const std::string &, Interpretation &);
    static constexpr Recogniser kRecognisers[] = {
        recogniseNumpyObject, recogniseStdlib,        recognisePandas,
        recogniseSparse,      recogniseTorchObject,   recogniseSkTree,
        recogniseEstimator,   recogniseGenericObject, recogniseEnumByValue,
    };
    for (const Recogniser r : kRecognisers) {
        out = Interpretation();
        if (r(ctx, id, cls, out))
            return true;
    }
    out = Interpretation();
    return false;
}

void recogniseAll(Document &document)
{
    try {
        RecogniseContext ctx(document);
        // Node ids grow with creation order, so children are usually recognised before their
        // parents and lookups stay shallow. Synthetic nodes added on the way already carry
        // their interpretation; they are not revisited.
        const size_t count = document.graph().size();
        const Graph &g = document.graph();
        for (NodeId id = 0; id < count; ++id)
            if (recognisable(g.kind(id)))
                ctx.get(id);
        ctx.finish();
    } catch (...) {
        // Out of memory or similar: whatever was not stored stays generic.
    }
}

} // namespace ps
