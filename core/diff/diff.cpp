// SPDX-License-Identifier: MIT
#include "diff/diff.h"

#include "diff/model_summary.h"
#include "diff/walker.h"
#include "document/document.h"

#include <chrono>

namespace ps::diff {
namespace {

FileFacts factsOf(const Document &document)
{
    FileFacts f;
    f.path = document.path();
    f.format = std::string(formatName(document.format()));
    f.compression = std::string(document.compression());
    f.protocol = document.protocol();
    f.fileSize = document.fileSize();
    f.roots = document.roots().size();
    return f;
}

FormatFacts formatFacts(const Document &a, const Document &b)
{
    FormatFacts facts;
    facts.oldFile = factsOf(a);
    facts.newFile = factsOf(b);
    const FileFacts &x = facts.oldFile;
    const FileFacts &y = facts.newFile;
    if (x.format != y.format)
        facts.differences.push_back("container " + x.format + " → " + y.format);
    if (x.compression != y.compression)
        facts.differences.push_back("compression " + x.compression + " → " + y.compression);
    if (x.protocol != y.protocol)
        facts.differences.push_back("protocol " + std::to_string(x.protocol) + " → "
                                    + std::to_string(y.protocol));
    return facts;
}

/// Total work for the progress callback: nodes plus array elements / 4096, the latter guessed
/// from the file size (8-byte elements).
uint64_t estimatedWork(const Document &a)
{
    return a.graph().size() + a.fileSize() / (8 * 4096) + 1;
}

/// Runs the walk (`walk` drives the walker) and everything around it.
template<typename Walk>
DiffResult run(const Document &a, const Document &b, const DiffOptions &options, Walk walk)
{
    const auto start = std::chrono::steady_clock::now();
    DiffResult result;
    result.format = formatFacts(a, b);
    const detail::Models models = detail::analyseModels(a, b);
    detail::Walker walker(a, b, options,
                          [&models](NodeId parent, const std::string &attribute, ArrayDiff &d) {
                              detail::labelArray(models, parent, attribute, d);
                          });
    walker.setTotal(estimatedWork(a));
    walk(walker);
    walker.finish();
    result.changeCount = walker.changeCount();
    result.cancelled = walker.cancelled();
    result.truncated = walker.truncated();
    result.changes = std::move(walker.changes());
    detail::summarise(a, b, models, walker.estimatorPairs(), options, result);
    result.equal = result.changeCount == 0 && !result.cancelled && !result.truncated;
    result.seconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

Error readError(const Document &document)
{
    Error e = *document.error();
    if (e.file.empty())
        e.file = document.path();
    return e;
}

} // namespace

std::string_view kindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Changed:
        return "changed";
    case ChangeKind::TypeChanged:
        return "type";
    case ChangeKind::Added:
        return "added";
    case ChangeKind::Removed:
        return "removed";
    }
    return "changed";
}

std::string_view categoryName(Category category)
{
    switch (category) {
    case Category::Format:
        return "format";
    case Category::Version:
        return "version";
    case Category::Estimator:
        return "estimator";
    case Category::HyperParameter:
        return "hyperparameter";
    case Category::Features:
        return "features";
    case Category::Learned:
        return "learned";
    case Category::Trees:
        return "trees";
    case Category::Importances:
        return "importances";
    }
    return "format";
}

Result<DiffResult> compare(const Document &oldDocument, const Document &newDocument,
                           const DiffOptions &options)
{
    if (oldDocument.error())
        return readError(oldDocument);
    if (newDocument.error())
        return readError(newDocument);
    return run(oldDocument, newDocument, options, [&](detail::Walker &walker) {
        const auto &ra = oldDocument.roots();
        const auto &rb = newDocument.roots();
        for (uint32_t r = 0; r < ra.size() || r < rb.size(); ++r) {
            if (walker.cancelled())
                break;
            if (r >= rb.size())
                walker.removed(r, ra[r], "");
            else if (r >= ra.size())
                walker.added(r, rb[r], "");
            else
                walker.compare(r, ra[r], rb[r], "", "");
        }
    });
}

DiffResult compareNodes(const Document &oldDocument, NodeId oldNode, const Document &newDocument,
                        NodeId newNode, const DiffOptions &options)
{
    return run(oldDocument, newDocument, options, [&](detail::Walker &walker) {
        if (oldNode == kNoNode && newNode != kNoNode)
            walker.added(0, newNode, "");
        else if (newNode == kNoNode && oldNode != kNoNode)
            walker.removed(0, oldNode, "");
        else if (oldNode != kNoNode)
            walker.compare(0, oldNode, newNode, "", "");
    });
}

} // namespace ps::diff
