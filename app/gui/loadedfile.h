// SPDX-License-Identifier: MIT
#pragma once

#include "document/document.h"
#include "insight/insight.h"
#include "present/disassembly.h"
#include "security/analysis.h"
#include "treeindex.h"

#include <QString>

#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ps::gui {

/// Everything the window shows about one file, computed off the GUI thread: the document,
/// its security report, the tree index and every pickle's listing (its checkpoints). Read-only
/// once built, so the views and background searches can share it.
struct LoadedFile
{
    QString path;
    /// Shared by the analyses of one document before and after each edit (the edits change
    /// it in place, on the GUI thread, while no worker reads it).
    std::shared_ptr<Document> document;
    security::SecurityReport security;
    /// One per Document::streams() entry: the opcode panel's lines, read from the bytes on
    /// demand (copies share the checkpoints).
    std::vector<DisassemblyIndex> listings;
    /// Every node at its first (shortest-path) place in the tree: search, navigation, and
    /// which rows are the original of a shared object and which are references to it.
    std::shared_ptr<const TreeIndex> treeIndex;
    /// The scikit-learn estimators of the file with what they learned (insight::analyse).
    std::vector<insight::Estimator> estimators;
    /// Estimator nodes → index into `estimators`.
    std::unordered_map<NodeId, size_t> estimatorOfNode;
    /// Nodes of learned-parameter arrays (coef_, coefs_[1], ...) → (estimator, parameter).
    std::unordered_map<NodeId, std::pair<size_t, size_t>> parameterOfNode;
    qint64 loadMilliseconds = 0;
    /// Milliseconds of each phase of the load (the worker's clock): reading the file, the
    /// security analysis, the listings' checkpoints, the tree index, the insight.
    struct PhaseTimes
    {
        qint64 read = 0;
        qint64 security = 0;
        qint64 listing = 0;
        qint64 index = 0;
        qint64 insight = 0;
    } phases;
};

using LoadedFilePtr = std::shared_ptr<const LoadedFile>;

} // namespace ps::gui
