// SPDX-License-Identifier: MIT
#pragma once
// The alignment walk: both object graphs side by side, pairing children by meaning (dict
// keys, attributes, indices, named steps), recording every difference. Iterative.

#include "diff/array_compare.h"
#include "diff/diff.h"

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace ps::diff::detail {

/// Fills ArrayDiff::axes and Position::labels of an array reached as attribute `attribute` of
/// the old node `oldParent` (an estimator, say). May be empty.
using Labeler = std::function<void(NodeId oldParent, const std::string &attribute, ArrayDiff &)>;

/// Two estimators compared with each other (aliases followed), with the paths the walk reached
/// them by.
struct EstimatorPair
{
    uint32_t root = 0;
    NodeId oldNode = kNoNode;
    NodeId newNode = kNoNode;
    std::string oldPath;
    std::string newPath;
};

/// Walks pairs of nodes and collects changes. One Walker serves one compare() call.
class Walker
{
public:
    Walker(const Document &oldDocument, const Document &newDocument, const DiffOptions &options,
           Labeler labeler);

    /// Compares two nodes reached at `oldPath` / `newPath` of root `root`.
    void compare(uint32_t root, NodeId oldNode, NodeId newNode, const std::string &oldPath,
                 const std::string &newPath);
    /// A whole root only in one document.
    void added(uint32_t root, NodeId newNode, const std::string &path);
    void removed(uint32_t root, NodeId oldNode, const std::string &path);

    /// Units of work done; the total is estimated by the caller (see DiffOptions::progress).
    void setTotal(uint64_t total) { m_total = total; }
    /// Reports the end to the progress callback.
    void finish();

    std::vector<Change> &changes() { return m_changes; }
    uint64_t changeCount() const { return m_changeCount; }
    bool cancelled() const { return m_cancelled; }
    /// Changes past DiffOptions::maxChanges, or the walk stopped at DiffOptions::maxVisits.
    bool truncated() const { return m_stopped || m_changeCount > m_changes.size(); }
    /// Pairs of estimators that were compared with each other, in walk order.
    const std::vector<EstimatorPair> &estimatorPairs() const { return m_estimatorPairs; }

private:
    struct Frame
    {
        NodeId a = kNoNode;
        NodeId b = kNoNode;
        std::string pathA;
        std::string pathB;
        NodeId parentA = kNoNode; ///< the old node this one is a child of (for labels)
        std::string attribute;    ///< the attribute name it was reached by, if any
    };

    void run(uint32_t root, Frame first);
    void visit(uint32_t root, Frame &frame, std::vector<Frame> &stack);
    bool compareArraysAt(uint32_t root, const Frame &frame, NodeId a, NodeId b);
    void pushChildren(const Frame &frame, NodeId a, NodeId b, std::vector<Frame> &stack);
    bool leafEqual(NodeId a, NodeId b) const;
    Change makeChange(ChangeKind kind, uint32_t root, const Frame &frame) const;
    void record(Change change);
    bool tick(uint64_t units);

    const Document &m_a;
    const Document &m_b;
    const DiffOptions &m_options;
    Labeler m_labeler;
    std::unordered_set<uint64_t> m_visited;
    std::vector<Change> m_changes;
    uint64_t m_changeCount = 0;
    std::vector<EstimatorPair> m_estimatorPairs;
    bool m_cancelled = false;
    bool m_stopped = false; ///< maxVisits reached
    uint64_t m_visits = 0;
    uint64_t m_done = 0;
    uint64_t m_total = 1;
    uint64_t m_lastReport = 0;
};

} // namespace ps::diff::detail
