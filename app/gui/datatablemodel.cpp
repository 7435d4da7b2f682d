// SPDX-License-Identifier: MIT
#include "datatablemodel.h"

#include "qtstrings.h"

#include <QFontDatabase>

namespace ps::gui {

DataTableModel::DataTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DataTableModel::setTable(LoadedFilePtr file, std::shared_ptr<const Table> table)
{
    beginResetModel();
    m_file = std::move(file);
    m_table = std::move(table);
    endResetModel();
}

int DataTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_table)
        return 0;
    return static_cast<int>(std::min<uint64_t>(m_table->rows, INT32_MAX));
}

int DataTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_table)
        return 0;
    return static_cast<int>(m_table->columns.size());
}

QString DataTableModel::kindText(TableColumn::Kind kind)
{
    switch (kind) {
    case TableColumn::Kind::Number:
        return tr("numbers");
    case TableColumn::Kind::Bool:
        return tr("booleans");
    case TableColumn::Kind::Datetime:
        return tr("dates and times");
    case TableColumn::Kind::Timedelta:
        return tr("durations");
    case TableColumn::Kind::String:
        return tr("strings");
    case TableColumn::Kind::Category:
        return tr("categories");
    case TableColumn::Kind::Object:
        return tr("Python objects");
    }
    return {};
}

QVariant DataTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_table)
        return {};
    const auto column = static_cast<size_t>(index.column());
    const auto row = static_cast<uint64_t>(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return toQString(tableCellText(*m_file->document, *m_table, column, row));
    case Qt::TextAlignmentRole: {
        const auto kind = m_table->columns[column].kind;
        if (kind == TableColumn::Kind::Number || kind == TableColumn::Kind::Timedelta)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    case Qt::FontRole:
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    default:
        return {};
    }
}

QVariant DataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table || section < 0)
        return {};
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return toQString(
                tableIndexText(*m_file->document, *m_table, static_cast<uint64_t>(section)));
        return {};
    }
    if (static_cast<size_t>(section) >= m_table->columns.size())
        return {};
    const TableColumn &c = m_table->columns[static_cast<size_t>(section)];
    switch (role) {
    case Qt::DisplayRole:
        return toQString(c.name) + QLatin1Char('\n') + toQString(c.dtype);
    case ColumnNameRole:
        return toQString(c.name);
    case DTypeRole:
        return toQString(c.dtype);
    case Qt::ToolTipRole: {
        QString tip
            = tr("%1: %2 (%3)").arg(toQString(c.name), toQString(c.dtype), kindText(c.kind));
        if (!c.categories.empty()) {
            QStringList cats;
            for (size_t i = 0; i < c.categories.size() && i < 50; ++i)
                cats << toQString(c.categories[i]);
            if (c.categories.size() > 50)
                cats << QStringLiteral("…");
            tip += QLatin1Char('\n')
                   + tr("%n categories: %1", nullptr, static_cast<int>(c.categories.size()))
                         .arg(cats.join(QStringLiteral(", ")));
        }
        return tip;
    }
    default:
        return {};
    }
}

} // namespace ps::gui
