// SPDX-License-Identifier: MIT
#pragma once

#include "compareloader.h"
#include "comparetreemodel.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QSplitter;
class QTableView;

namespace ps::gui {

class DeltaTableModel;
class DetailPane;

/// The selected compare row in detail: what the engine says about it (kind, old → new, array
/// statistics and the largest element changes with their class and feature names), then the
/// old and the new value in two detail panes (tables for arrays), and for two numeric arrays
/// of one shape the element-wise delta table.
class CompareDetail : public QWidget
{
    Q_OBJECT

public:
    explicit CompareDetail(QWidget *parent = nullptr);

    void setResult(CompareResultPtr result);
    /// Shows one row of `model` (clears for an invalid index).
    void showRow(const CompareTreeModel *model, const QModelIndex &index);

    QLabel *changeLabel() const { return m_change; }
    DetailPane *oldPane() const { return m_panes[0]; }
    DetailPane *newPane() const { return m_panes[1]; }
    QGroupBox *deltaBox() const { return m_deltaBox; }
    QTableView *deltaTable() const { return m_deltaTable; }
    DeltaTableModel *deltaModel() const { return m_deltaModel; }
    QSplitter *splitter() const { return m_splitter; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    QString describe(const CompareTreeModel *model, const QModelIndex &index) const;

    CompareResultPtr m_result;
    QLabel *m_change = nullptr;
    QSplitter *m_splitter = nullptr;
    DetailPane *m_panes[2] = {nullptr, nullptr};
    QGroupBox *m_deltaBox = nullptr;
    QTableView *m_deltaTable = nullptr;
    DeltaTableModel *m_deltaModel = nullptr;
};

} // namespace ps::gui
