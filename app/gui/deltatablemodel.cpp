// SPDX-License-Identifier: MIT
#include "deltatablemodel.h"

#include "comparecolours.h"
#include "diff/array_compare.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

#include <cmath>
#include <string_view>

namespace ps::gui {

namespace {
QString number(double v)
{
    if (std::isnan(v))
        return QStringLiteral("nan");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(v, 'g', 7);
}

bool numeric(const NdArray &array)
{
    return array.dtype && !array.dtype->isStructured() && !array.dtype->isSubArray()
           && std::string_view("biuf").find(array.dtype->kind) != std::string_view::npos;
}
} // namespace

DeltaTableModel::DeltaTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool DeltaTableModel::comparable(const NdArray &oldArray, const NdArray &newArray)
{
    return numeric(oldArray) && numeric(newArray) && oldArray.shape == newArray.shape
           && oldArray.ndim() >= 1 && oldArray.ndim() <= 2;
}

void DeltaTableModel::setArrays(std::shared_ptr<const NdArray> oldArray,
                                std::shared_ptr<const NdArray> newArray, double rtol, double atol)
{
    beginResetModel();
    if (oldArray && newArray && comparable(*oldArray, *newArray)) {
        m_old = std::move(oldArray);
        m_new = std::move(newArray);
    } else {
        m_old.reset();
        m_new.reset();
    }
    m_rtol = rtol;
    m_atol = atol;
    endResetModel();
}

int DeltaTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_old)
        return 0;
    return static_cast<int>(std::min<uint64_t>(m_old->shape[0], INT32_MAX));
}

int DeltaTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_old)
        return 0;
    return m_old->ndim() == 2 ? static_cast<int>(std::min<uint64_t>(m_old->shape[1], INT32_MAX))
                              : 1;
}

uint64_t DeltaTableModel::flat(const QModelIndex &index) const
{
    const uint64_t columns = m_old->ndim() == 2 ? m_old->shape[1] : 1;
    return static_cast<uint64_t>(index.row()) * columns + static_cast<uint64_t>(index.column());
}

QVariant DeltaTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_old)
        return {};
    const uint64_t i = flat(index);
    const auto a = m_old->floatAt(i);
    const auto b = m_new->floatAt(i);
    if (!a || !b)
        return {};
    diff::DiffOptions options;
    options.rtol = m_rtol;
    options.atol = m_atol;
    const bool differs = !diff::detail::closeEnough(*a, *b, options);
    switch (role) {
    case Qt::DisplayRole:
        return number(*b - *a);
    case Qt::ToolTipRole:
        return tr("old %1 → new %2 (Δ %3)").arg(number(*a), number(*b), number(*b - *a));
    case Qt::BackgroundRole:
        if (differs) {
            if (auto colour
                = CompareColours::background(RowStatus::Changed, QGuiApplication::palette()))
                return *colour;
        }
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    case OldValueRole:
        return *a;
    case NewValueRole:
        return *b;
    case DeltaRole:
        return *b - *a;
    case DiffersRole:
        return differs;
    }
    return {};
}

QVariant DeltaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_old)
        return {};
    if (orientation == Qt::Horizontal && m_old->ndim() == 1)
        return tr("Δ");
    return section;
}

} // namespace ps::gui
