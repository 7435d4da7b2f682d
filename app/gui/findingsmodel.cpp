// SPDX-License-Identifier: MIT
#include "findingsmodel.h"

#include "globalsmodel.h"
#include "qtstrings.h"

#include <QColor>

#include <algorithm>

namespace ps::gui {

FindingsModel::FindingsModel(LoadedFilePtr file, QObject *parent)
    : QAbstractTableModel(parent)
    , m_file(std::move(file))
{
    const auto &findings = m_file->security.findings;
    m_order.resize(findings.size());
    for (size_t i = 0; i < findings.size(); ++i)
        m_order[i] = i;
    std::stable_sort(m_order.begin(), m_order.end(), [&](size_t a, size_t b) {
        return static_cast<int>(findings[a].severity) > static_cast<int>(findings[b].severity);
    });
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_order.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const security::Finding &FindingsModel::finding(int row) const
{
    return m_file->security.findings[m_order[static_cast<size_t>(row)]];
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const security::Finding &f = finding(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(f.severity);
        case GlobalColumn:
            return toQString(f.via.empty() ? f.global : f.global + " (via " + f.via + ")");
        case ExpressionColumn:
            return toQString(f.expression);
        case PathColumn:
            if (!f.entry.empty())
                return tr("ZIP entry %1").arg(toQString(f.entry));
            return f.reachable ? toQString(f.path.empty() ? std::string("root") : f.path)
                               : tr("(runs while loading; result not kept)");
        case OffsetColumn:
            return tr("%1, offset %2").arg(toQString(f.streamName)).arg(f.offset);
        }
        break;
    case Qt::ToolTipRole:
        return toQString(f.explanation);
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return severityColor(f.severity);
        break;
    case FindingRole:
        return static_cast<qulonglong>(m_order[static_cast<size_t>(index.row())]);
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case GlobalColumn:
        return tr("Global");
    case ExpressionColumn:
        return tr("What loading would run");
    case PathColumn:
        return tr("Path");
    case OffsetColumn:
        return tr("Where");
    }
    return {};
}

} // namespace ps::gui
