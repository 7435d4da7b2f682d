// SPDX-License-Identifier: MIT
#pragma once

#include "arraytablemodel.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

class QAbstractItemDelegate;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;
class QThread;
class QHBoxLayout;

namespace ps::gui {

class DocumentEditor;
class ValueDelegate;

/// An array: its description, axis pickers for 2-D slices of n-D arrays, the virtual table
/// of values and statistics (computed off the GUI thread).
class ArrayView : public QWidget
{
    Q_OBJECT

public:
    explicit ArrayView(QWidget *parent = nullptr);
    ~ArrayView() override;

    void setArray(LoadedFilePtr file, std::shared_ptr<const NdArray> array);

    /// Row and column headers from names along the axes (see ArrayTableModel::setAxisNames).
    void setAxisNames(std::vector<QStringList> names);

    QTableView *table() const { return m_table; }
    ArrayTableModel *model() const { return m_model; }
    /// The statistics line as shown ("" until computed).
    QString statisticsText() const;
    /// Lets the cells be edited through `editor` (F2, double-click or just typing) when the
    /// engine can set this array's elements; `path` is the array's path from root `root`.
    void setEditTarget(DocumentEditor *editor, uint32_t root, const QString &path);
    /// The shown slice: rows axis, columns axis, the index of every axis.
    int rowAxis() const { return m_model->rowAxis(); }
    int columnAxis() const { return m_model->columnAxis(); }
    std::vector<uint64_t> fixedIndices() const;
    /// Shows a slice: rows along `rowAxis`, columns along `columnAxis`, other axes at `fixed`.
    void showSlice(int rowAxis, int columnAxis, const std::vector<uint64_t> &fixed);

Q_SIGNALS:
    void statisticsReady();
    /// Why a typed value was refused.
    void problem(const QString &message);

private:
    void rebuildPickers();
    void applySlice();
    void startStatistics();
    void stopStatistics();

    LoadedFilePtr m_file;
    std::shared_ptr<const NdArray> m_array;
    QLabel *m_info = nullptr;
    QWidget *m_pickers = nullptr;
    QHBoxLayout *m_pickerLayout = nullptr;
    QComboBox *m_rowAxis = nullptr;
    QComboBox *m_columnAxis = nullptr;
    std::vector<QSpinBox *> m_indexSpins;
    std::vector<QLabel *> m_indexLabels;
    QTableView *m_table = nullptr;
    ArrayTableModel *m_model = nullptr;
    ValueDelegate *m_delegate = nullptr;
    QAbstractItemDelegate *m_plainDelegate = nullptr; ///< the table's own (not editing)
    QLabel *m_stats = nullptr;
    QPointer<QThread> m_statsThread;
    std::shared_ptr<std::atomic<bool>> m_statsCancel;
    bool m_updating = false;
};

} // namespace ps::gui
