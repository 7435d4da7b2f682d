// SPDX-License-Identifier: MIT
#include "globalsmodel.h"

#include "qtstrings.h"

#include <QColor>

#include <unordered_map>

namespace ps::gui {

QString severityText(security::Severity severity)
{
    switch (severity) {
    case security::Severity::Safe:
        return GlobalsModel::tr("allow-listed");
    case security::Severity::Unknown:
        return GlobalsModel::tr("unknown");
    case security::Severity::Dangerous:
        return GlobalsModel::tr("dangerous");
    }
    return {};
}

QColor severityColor(security::Severity severity)
{
    switch (severity) {
    case security::Severity::Safe:
        return QColor(0x2e, 0x7d, 0x32);
    case security::Severity::Unknown:
        return QColor(0xb2, 0x6a, 0x00);
    case security::Severity::Dangerous:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

GlobalsModel::GlobalsModel(LoadedFilePtr file, QObject *parent)
    : QAbstractTableModel(parent)
    , m_file(std::move(file))
{
    // Who uses each global: the first call / instance whose callable it is (one pass).
    const Document &doc = *m_file->document;
    const Graph &graph = doc.graph();
    std::unordered_map<std::string, size_t> rowOf;
    const auto &globals = doc.globals();
    for (size_t r = 0; r < globals.size(); ++r)
        rowOf.emplace(globals[r].full(), r);
    m_user.assign(globals.size(), kNoNode);
    m_usedByText.resize(globals.size());
    // Kinds come from the nodes' heads alone: this pass runs on the GUI thread over every node.
    for (NodeId id = 0; id < graph.size(); ++id) {
        const Kind kind = graph.kind(id);
        if (kind != Kind::Call && kind != Kind::Instance)
            continue;
        const NodeId callable = graph.object(id).callable;
        if (callable == kNoNode || callable >= graph.size() || graph.kind(callable) != Kind::Global)
            continue;
        auto it = rowOf.find(graph.global(callable).full());
        if (it != rowOf.end() && m_user[it->second] == kNoNode)
            m_user[it->second] = id;
    }
}

QString GlobalsModel::usedByText(int row) const
{
    QString &text = m_usedByText[static_cast<size_t>(row)];
    if (!text.isNull())
        return text;
    const NodeId user = m_user[static_cast<size_t>(row)];
    const TreeIndex *index = m_file->treeIndex.get();
    const auto entry = index && user != kNoNode ? index->entryOf(user) : std::nullopt;
    if (!entry)
        text = user == kNoNode ? tr("(not called)") : tr("(not in the loaded object)");
    else if (const std::string path = index->pathOf(*m_file->document, *entry); path.empty())
        text = tr("(root)");
    else
        text = toQString(path);
    return text;
}

int GlobalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_file->document->globals().size());
}

int GlobalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const security::GlobalSummary *GlobalsModel::summaryFor(int row) const
{
    const std::string full = m_file->document->globals()[static_cast<size_t>(row)].full();
    for (const auto &g : m_file->security.globals) {
        if (g.global == full)
            return &g;
    }
    return nullptr;
}

QVariant GlobalsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const GlobalRef &ref = m_file->document->globals()[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ModuleColumn:
            return toQString(ref.module);
        case NameColumn:
            return toQString(ref.name);
        case ClassColumn:
            if (const auto *summary = summaryFor(index.row()))
                return severityText(summary->severity);
            return tr("unknown");
        case UsesColumn:
            if (const auto *summary = summaryFor(index.row()))
                return static_cast<qulonglong>(summary->uses);
            return 1;
        case UsedByColumn:
            return usedByText(index.row());
        case FirstUseColumn:
            return tr("%1, offset %2")
                .arg(toQString(m_file->document->streams().size() > ref.stream
                                   ? m_file->document->streams()[ref.stream].name
                                   : std::string()))
                .arg(ref.offset);
        }
        break;
    case Qt::ToolTipRole:
        if (const auto *summary = summaryFor(index.row()))
            return toQString(summary->reason);
        break;
    case Qt::ForegroundRole:
        if (index.column() == ClassColumn) {
            if (const auto *summary = summaryFor(index.row()))
                return severityColor(summary->severity);
        }
        break;
    case NodeRole:
        return QVariant::fromValue<quint32>(ref.node);
    case UserRole:
        return QVariant::fromValue<quint32>(m_user[static_cast<size_t>(index.row())]);
    case StreamRole:
        return static_cast<qulonglong>(ref.stream);
    case OffsetRole:
        return static_cast<qulonglong>(ref.offset);
    }
    return {};
}

QVariant GlobalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ModuleColumn:
        return tr("Module");
    case NameColumn:
        return tr("Name");
    case ClassColumn:
        return tr("Classification");
    case UsesColumn:
        return tr("Uses");
    case UsedByColumn:
        return tr("Builds");
    case FirstUseColumn:
        return tr("First use");
    }
    return {};
}

} // namespace ps::gui
