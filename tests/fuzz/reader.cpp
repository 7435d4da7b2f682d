// SPDX-License-Identifier: MIT
// Fuzz target "reader": every container the engine opens, then what a front end does first —
// the roots' summaries, a page of children each, and every recognised array read through its
// strided view (a view reaching past its bytes is an ASan report here).
#include "targets.h"

#include "document/document.h"
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
    for (NodeId id = 0; id < g.size(); ++id)
        if (auto array = arrayOfNode(*doc, id))
            touchArray(*doc, *array);
}

} // namespace ps::fuzz
