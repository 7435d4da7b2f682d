// SPDX-License-Identifier: MIT
#pragma once

#include "loadedfile.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

#include <memory>
#include <vector>

namespace ps::gui {

class DocumentEditor;

/// A 2-D slice of an n-D array as a virtual table: rows along one axis, columns along
/// another (or the fields of a structured dtype), every other axis fixed at an index. Cells
/// are decoded from the mapped bytes only when shown.
class ArrayTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { FlatIndexRole = Qt::UserRole + 1, ExactValueRole };

    explicit ArrayTableModel(QObject *parent = nullptr);

    void setArray(LoadedFilePtr file, std::shared_ptr<const NdArray> array);
    /// Names for the positions along each axis (classes, feature names; an empty list for an
    /// axis without names), shown as the row and column headers. Cleared by setArray().
    void setAxisNames(std::vector<QStringList> names);
    /// Chooses the slice: the axis shown as rows, the axis shown as columns (-1: none), and
    /// the index of every axis (entries for the row/column axes are ignored).
    void setSlice(int rowAxis, int columnAxis, std::vector<uint64_t> fixed);

    /// Makes the cells editable through `editor` when the engine can set this array's
    /// elements; `path` is the array's path from root `root`. Edited cells (the editor's marks)
    /// are highlighted.
    void setEditTarget(DocumentEditor *editor, uint32_t root, const QString &path);
    bool isEditable() const { return m_cellsEditable; }
    uint32_t root() const { return m_root; }
    QString arrayPath() const { return m_path; }
    /// The path of a cell: the array's path and the element's indices (`.coef_[0, 1]`).
    QString cellPath(int row, int column) const;

    const std::shared_ptr<const NdArray> &array() const { return m_array; }
    int rowAxis() const { return m_rowAxis; }
    int columnAxis() const { return m_columnAxis; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// C-order flat index of a cell.
    uint64_t flatIndex(int row, int column) const;
    /// A cell's value as a short display text (numbers to 7 significant digits).
    QString cellText(int row, int column) const;
    /// The exact value (Python repr).
    QString exactText(int row, int column) const;

private:
    bool structured() const;

    LoadedFilePtr m_file;
    std::shared_ptr<const NdArray> m_array;
    std::vector<std::shared_ptr<const NdArray>> m_fields; ///< field views (structured dtypes)
    std::vector<uint64_t> m_elementStrides;               ///< C-order strides in elements
    std::vector<uint64_t> m_fixed;
    int m_rowAxis = 0;
    int m_columnAxis = -1;
    QPointer<DocumentEditor> m_editor;
    uint32_t m_root = 0;
    QString m_path;
    QSet<QString> m_marks;
    bool m_cellsEditable = false;
    std::vector<QStringList> m_axisNames;
};

/// Statistics of a numeric array (NaNs excluded from min/max/mean/std, population std).
struct ArrayStatistics
{
    bool numeric = false;
    uint64_t count = 0; ///< elements
    uint64_t nanCount = 0;
    uint64_t finiteCount = 0; ///< elements that are not NaN (infinities included)
    double min = 0;
    double max = 0;
    double mean = 0;
    double std = 0;
};

/// Computes statistics over every element; stops early (returning what it has, numeric
/// false) when `cancel` becomes true.
ArrayStatistics computeStatistics(const NdArray &array, const std::atomic<bool> *cancel = nullptr);

} // namespace ps::gui
