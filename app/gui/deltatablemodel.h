// SPDX-License-Identifier: MIT
#pragma once

#include "array/ndarray.h"

#include <QAbstractTableModel>

#include <memory>

namespace ps::gui {

/// The element-wise difference new − old of two numeric arrays of the same shape (1-D or
/// 2-D) as a virtual table: cells are computed from the mapped bytes when shown; cells that
/// differ beyond the comparison's tolerance are tinted, and their tooltip gives both values.
class DeltaTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { OldValueRole = Qt::UserRole + 1, NewValueRole, DeltaRole, DiffersRole };

    explicit DeltaTableModel(QObject *parent = nullptr);

    /// True when the two arrays can be shown (same shape, 1 or 2 axes, numbers).
    static bool comparable(const NdArray &oldArray, const NdArray &newArray);
    /// Shows `newArray − oldArray`; clears the table when they are not comparable.
    void setArrays(std::shared_ptr<const NdArray> oldArray, std::shared_ptr<const NdArray> newArray,
                   double rtol, double atol);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    uint64_t flat(const QModelIndex &index) const;

    std::shared_ptr<const NdArray> m_old;
    std::shared_ptr<const NdArray> m_new;
    double m_rtol = 0;
    double m_atol = 0;
};

} // namespace ps::gui
