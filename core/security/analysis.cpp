// SPDX-License-Identifier: MIT
// The security analysis: what loading the file would import and call, decided on the object
// graph the symbolic unpickler built (nothing is ever imported or run).
#include "security/analysis.h"

#include "security/analyser.h"

#include <algorithm>
#include <new>

namespace ps::security {

std::string_view findingKindId(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Call:
        return "call";
    case FindingKind::Reference:
        return "reference";
    case FindingKind::Extension:
        return "extension";
    case FindingKind::PersistentId:
        return "persistent-id";
    case FindingKind::Mutation:
        return "mutation";
    case FindingKind::Container:
        return "container";
    }
    return "call";
}

int SecurityReport::exitCode() const
{
    if (flagged())
        return 1;
    if (error || unreadable)
        return 2;
    return 0;
}

std::string_view SecurityReport::verdict() const
{
    if (flagged())
        return "dangerous";
    if (error || unreadable)
        return "error";
    if (unknown > 0)
        return "unknown";
    return "allow-listed";
}

std::vector<size_t> SecurityReport::findingsFor(NodeId node) const
{
    std::vector<size_t> out;
    for (size_t i = 0; i < findings.size(); ++i)
        if (findings[i].node == node && node != kNoNode && findings[i].entry.empty())
            out.push_back(i);
    return out;
}

namespace detail {

Classification dangerous(Category c, std::string reason)
{
    return {Severity::Dangerous, c, std::move(reason)};
}

void Analyser::run()
{
    m_rep.strict = m_opt.strict;
    m_rep.error = m_doc.error();
    m_rep.unreadable = m_doc.error() && m_doc.streams().empty() && m_doc.roots().empty();
    // A later pickle that stopped with an error: what follows it was not scanned.
    for (const PickleStream &s : m_doc.streams())
        if (!m_rep.error && s.error)
            m_rep.error = s.error;
    for (const std::string &w : m_doc.warnings())
        m_rep.notes.push_back(w);
    computeUses();
    checkCancel();
    m_callSeverity.assign(m_g.size(), 0);
    for (NodeId id = 0; id < m_g.size(); ++id) {
        if ((id & 0xffff) == 0)
            checkCancel();
        switch (m_g.kind(id)) {
        case Kind::Global:
            globalNode(id);
            break;
        case Kind::Call:
        case Kind::Instance:
            callNode(id);
            break;
        case Kind::PersId:
            persistentId(id);
            break;
        case Kind::Ext:
            extension(id);
            break;
        default:
            break;
        }
    }
    mutations();
    objectMutations();
    readAnomalies();
    checkCancel();
    locate();
    checkCancel();
    if (m_depth == 0)
        joblibAsPickle();
    if (m_opt.scanArchiveEntries && m_depth == 0) {
        archiveEntries();
        tarMembers();
    }
    std::stable_sort(m_rep.findings.begin(), m_rep.findings.end(),
                     [](const Finding &a, const Finding &b) {
                         if (a.entry != b.entry)
                             return a.entry.empty() || (!b.entry.empty() && a.entry < b.entry);
                         if (a.stream != b.stream)
                             return a.stream < b.stream;
                         return a.offset < b.offset;
                     });
}

std::optional<std::string> Analyser::literalText(NodeId id) const
{
    if (!valid(id))
        return std::nullopt;
    const Kind k = m_g.kind(id);
    if (k == Kind::Str)
        return std::string(m_g.text(id));
    if (k == Kind::Py2String) {
        const auto b = m_g.bytes(id);
        for (uint8_t c : b)
            if (c >= 0x80)
                return std::nullopt;
        return std::string(b.begin(), b.end());
    }
    return std::nullopt;
}

OptionalItems Analyser::tupleItems(NodeId id) const
{
    if (!valid(id) || m_g.kind(id) != Kind::Tuple)
        return nullptr;
    return OptionalItems(m_g.items(id));
}

std::string Analyser::canonicalGlobal(NodeId id) const
{
    const GlobalData &gd = m_g.global(id);
    const auto [module, name] = canonicalName(gd.module, gd.name);
    return module + "." + name;
}

} // namespace detail

SecurityReport analyse(const Document &document, const ScanOptions &options)
{
    SecurityReport report;
    try {
        detail::Analyser(document, options, report, 0).run();
    } catch (const detail::Analyser::Cancelled &) {
        report.cancelled = true;
        report.error = makeError(0, "the security analysis was cancelled");
        report.error->file = document.path();
    } catch (const std::bad_alloc &) {
        report.error = makeError(0, "out of memory during the security analysis");
        report.error->file = document.path();
    } catch (const std::exception &e) {
        report.error
            = makeError(0, std::string("internal error in the security analysis: ") + e.what());
        report.error->file = document.path();
    }
    return report;
}

} // namespace ps::security
