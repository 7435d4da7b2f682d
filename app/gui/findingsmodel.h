// SPDX-License-Identifier: MIT
#pragma once

#include "loadedfile.h"

#include <QAbstractTableModel>

namespace ps::gui {

/// The security findings of a file: what loading it in Python would do, worst first.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        GlobalColumn,
        ExpressionColumn,
        PathColumn,
        OffsetColumn,
        ColumnCount
    };
    enum Role { FindingRole = Qt::UserRole + 1 }; ///< index into SecurityReport::findings

    explicit FindingsModel(LoadedFilePtr file, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const security::Finding &finding(int row) const;

private:
    LoadedFilePtr m_file;
    std::vector<size_t> m_order; ///< findings, dangerous first, then file order
};

} // namespace ps::gui
