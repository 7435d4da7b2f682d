// SPDX-License-Identifier: MIT
#pragma once

#include "loadedfile.h"

#include <QAbstractTableModel>

#include <vector>

namespace ps::gui {

/// Every global the file references (module, name), with its security classification, how
/// often it is used, the object it builds and where it is first used.
class GlobalsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ModuleColumn,
        NameColumn,
        ClassColumn,
        UsesColumn,
        UsedByColumn,
        FirstUseColumn,
        ColumnCount
    };
    enum Role {
        NodeRole = Qt::UserRole + 1, ///< the Global node
        UserRole,                    ///< the first object built by calling it (or kNoNode)
        StreamRole,
        OffsetRole
    };

    explicit GlobalsModel(LoadedFilePtr file, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const security::GlobalSummary *summaryFor(int row) const;
    QString usedByText(int row) const;

    LoadedFilePtr m_file;
    std::vector<NodeId> m_user;                ///< per row: the first object it builds
    mutable std::vector<QString> m_usedByText; ///< per row, computed when first shown
};

/// Human-readable severity ("dangerous", "unknown", "allow-listed"), translated.
QString severityText(security::Severity severity);
/// The colour a severity is shown in (red, amber, green).
QColor severityColor(security::Severity severity);

} // namespace ps::gui
