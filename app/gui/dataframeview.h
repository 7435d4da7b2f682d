// SPDX-License-Identifier: MIT
#pragma once

#include "datatablemodel.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QStandardItemModel;
class QTableView;
class QThread;

namespace ps::gui {

class UniformTableView;

/// A DataFrame, Series or list of records as a notebook shows it: a virtual grid with the
/// index, column names and dtypes, and below it per-column summary statistics (describe():
/// count, mean, std, min, max for numbers; unique, top, freq for strings and categories),
/// computed off the GUI thread.
class DataFrameView : public QWidget
{
    Q_OBJECT

public:
    /// Rows of the summary table.
    enum Statistic { CountRow, MeanRow, StdRow, MinRow, MaxRow, UniqueRow, TopRow, FreqRow };

    explicit DataFrameView(QWidget *parent = nullptr);
    ~DataFrameView() override;

    void setTable(LoadedFilePtr file, std::shared_ptr<const Table> table);

    UniformTableView *grid() const { return m_grid; }
    DataTableModel *model() const { return m_model; }
    QTableView *summaryView() const { return m_summaryView; }
    QStandardItemModel *summary() const { return m_summary; }
    QLabel *infoLabel() const { return m_info; }

Q_SIGNALS:
    /// Every column's statistics are shown.
    void statisticsReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fitColumns();
    void startStatistics();
    void stopStatistics();
    void showStatistics(size_t column, const ColumnStatistics &stats);

    LoadedFilePtr m_file;
    std::shared_ptr<const Table> m_table;
    QLabel *m_info = nullptr;
    UniformTableView *m_grid = nullptr;
    DataTableModel *m_model = nullptr;
    QLabel *m_summaryTitle = nullptr;
    QTableView *m_summaryView = nullptr;
    QStandardItemModel *m_summary = nullptr;
    QPointer<QThread> m_statsThread;
    std::shared_ptr<std::atomic<bool>> m_statsCancel;
};

} // namespace ps::gui
