// SPDX-License-Identifier: MIT
#pragma once

#include "loadedfile.h"
#include "present/table.h"

#include <QAbstractTableModel>

#include <memory>

namespace ps::gui {

/// A DataFrame, Series or list of records as a virtual table: rows labelled by the index,
/// columns by name and dtype. Cells are read from the file's bytes only when shown.
class DataTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { DTypeRole = Qt::UserRole + 1, ColumnNameRole };

    explicit DataTableModel(QObject *parent = nullptr);

    void setTable(LoadedFilePtr file, std::shared_ptr<const Table> table);
    const std::shared_ptr<const Table> &table() const { return m_table; }
    /// Rows shown (the table's rows, at most INT32_MAX).
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The words for a column kind ("number", "category", ...).
    static QString kindText(TableColumn::Kind kind);

private:
    LoadedFilePtr m_file;
    std::shared_ptr<const Table> m_table;
};

} // namespace ps::gui
