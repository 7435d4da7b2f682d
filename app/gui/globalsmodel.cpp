// SPDX-License-Identifier: MIT
#include "globalsmodel.h"

#include "qtstrings.h"

#include <QColor>

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
{}

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
    case FirstUseColumn:
        return tr("First use");
    }
    return {};
}

} // namespace ps::gui
