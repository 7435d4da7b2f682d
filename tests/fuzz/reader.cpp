// SPDX-License-Identifier: MIT
// Fuzz target "reader": every container the engine opens, then what a front end does first —
// the roots' summaries, a page of children each, and every recognised array read through its
// strided view (a view reaching past its bytes is an ASan report here), and every decision
// tree through the tree reader, its text export and a decision path.
#include "targets.h"

#include "document/document.h"
#include "insight/tree.h"
#include "path/path.h"
#include "present/children.h"
#include "present/summary.h"
#include "reader/reader.h"

#include <algorithm>
#include <vector>

namespace ps::fuzz {
namespace {

constexpr uint64_t kElementsPerArray = 4096;
constexpr size_t kChildrenPerRoot = 64;

void touchArray(const Document &doc, const NdArray &array)
{
    const uint64_t count = array.count();
    if (count == UINT64_MAX)
        return;
    const uint64_t n = std::min(count, kElementsPerArray);
    for (uint64_t i = 0; i < n; ++i)
        (void)arrayElement(array, i);
    if (count > n)
        (void)arrayElement(array, count - 1);
    (void)renderArray(doc, array, 64);
}

/// A decision tree the reader recognised: the export, and a decision path that must end on a
/// leaf at that leaf's depth.
void touchTree(const Document &doc, NodeId id)
{
    const auto tree = insight::readTree(doc, id);
    if (!tree)
        return;
    insight::TreeEstimator estimator;
    estimator.classifier = tree->nClasses.front() > 1;
    insight::ExportTextOptions options;
    options.maxDepth = 6;
    (void)insight::exportText(*tree, estimator, {}, options);
    if (tree->nFeatures > (int64_t(1) << 20))
        return;
    const std::vector<double> input(static_cast<size_t>(tree->nFeatures), 0.0);
    const auto path = insight::decisionPath(*tree, input);
    if (!path || !tree->isLeaf(path->back()) || path->size() != tree->depth[path->back()] + 1u)
        fail("a decision path that does not end on a leaf at its depth");
}

} // namespace

void reader(std::span<const uint8_t> input)
{
    auto doc = openDocumentBytes(std::vector<uint8_t>(input.begin(), input.end()), "fuzz");
    if (!doc)
        fail("openDocumentBytes returned null");
    const Graph &g = doc->graph();
    for (NodeId root : doc->roots()) {
        if (root >= g.size())
            fail("a root outside the graph");
        (void)summary(*doc, root);
        for (const Child &c : children(*doc, root, 0, kChildrenPerRoot)) {
            if (c.node == kNoNode)
                continue;
            if (c.node >= g.size())
                fail("a child outside the graph");
            (void)summary(*doc, c.node);
        }
    }
    for (NodeId id = 0; id < g.size(); ++id) {
        if (auto array = arrayOfNode(*doc, id))
            touchArray(*doc, *array);
        touchTree(*doc, id);
    }
}

} // namespace ps::fuzz
