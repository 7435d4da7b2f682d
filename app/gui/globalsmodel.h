// SPDX-License-Identifier: MIT
#pragma once

#include "loadedfile.h"

#include <QAbstractTableModel>

namespace ps::gui {

/// Every global the file references (module, name), with its security classification, how
/// often it is used and where it is first used.
class GlobalsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ModuleColumn, NameColumn, ClassColumn, UsesColumn, FirstUseColumn, ColumnCount };
    enum Role { NodeRole = Qt::UserRole + 1, StreamRole, OffsetRole };

    explicit GlobalsModel(LoadedFilePtr file, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const security::GlobalSummary *summaryFor(int row) const;

    LoadedFilePtr m_file;
};

/// Human-readable severity ("dangerous", "unknown", "allow-listed"), translated.
QString severityText(security::Severity severity);
/// The colour a severity is shown in (red, amber, green).
QColor severityColor(security::Severity severity);

} // namespace ps::gui
