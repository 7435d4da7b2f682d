// SPDX-License-Identifier: MIT
#include "arraytablemodel.h"

#include "documenteditor.h"

#include "path/path.h"
#include "present/summary.h"
#include "qtstrings.h"

#include <QColor>
#include <QFontDatabase>

#include <cmath>

namespace ps::gui {

namespace {

int clampToInt(uint64_t n)
{
    return static_cast<int>(std::min<uint64_t>(n, INT32_MAX));
}

bool isNumericKind(char kind)
{
    return kind == 'b' || kind == 'i' || kind == 'u' || kind == 'f';
}

} // namespace

ArrayTableModel::ArrayTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ArrayTableModel::setArray(LoadedFilePtr file, std::shared_ptr<const NdArray> array)
{
    beginResetModel();
    m_file = std::move(file);
    m_array = std::move(array);
    m_fields.clear();
    m_elementStrides.clear();
    m_fixed.clear();
    m_rowAxis = 0;
    m_columnAxis = -1;
    m_editor = nullptr;
    m_cellsEditable = false;
    m_marks.clear();
    m_axisNames.clear();
    if (m_array) {
        const size_t n = m_array->ndim();
        m_elementStrides.assign(n, 1);
        for (size_t k = n; k-- > 1;)
            m_elementStrides[k - 1] = m_elementStrides[k] * m_array->shape[k];
        m_fixed.assign(n, 0);
        m_columnAxis = n >= 2 ? static_cast<int>(n - 1) : -1;
        m_rowAxis = n >= 2 ? static_cast<int>(n - 2) : 0;
        if (m_array->dtype && m_array->dtype->isStructured()) {
            for (const auto &field : m_array->dtype->fields)
                m_fields.push_back(fieldView(*m_array, field.name));
            m_columnAxis = -1;
            m_rowAxis = n >= 1 ? static_cast<int>(n - 1) : 0;
        }
    }
    endResetModel();
}

void ArrayTableModel::setAxisNames(std::vector<QStringList> names)
{
    m_axisNames = std::move(names);
    if (m_array)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, std::max(columnCount() - 1, 0));
    if (m_array)
        Q_EMIT headerDataChanged(Qt::Vertical, 0, std::max(rowCount() - 1, 0));
}

void ArrayTableModel::setSlice(int rowAxis, int columnAxis, std::vector<uint64_t> fixed)
{
    beginResetModel();
    m_rowAxis = rowAxis;
    m_columnAxis = columnAxis;
    if (m_array && fixed.size() == m_array->ndim())
        m_fixed = std::move(fixed);
    endResetModel();
}

bool ArrayTableModel::structured() const
{
    return !m_fields.empty();
}

int ArrayTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_array)
        return 0;
    if (m_array->ndim() == 0)
        return 1;
    return clampToInt(m_array->shape[static_cast<size_t>(m_rowAxis)]);
}

int ArrayTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_array)
        return 0;
    if (structured())
        return static_cast<int>(m_fields.size());
    if (m_columnAxis < 0)
        return 1;
    return clampToInt(m_array->shape[static_cast<size_t>(m_columnAxis)]);
}

uint64_t ArrayTableModel::flatIndex(int row, int column) const
{
    if (!m_array || m_array->ndim() == 0)
        return 0;
    uint64_t flat = 0;
    for (size_t k = 0; k < m_array->ndim(); ++k) {
        uint64_t i = m_fixed[k];
        if (static_cast<int>(k) == m_rowAxis)
            i = static_cast<uint64_t>(row);
        else if (static_cast<int>(k) == m_columnAxis && !structured())
            i = static_cast<uint64_t>(column);
        flat += i * m_elementStrides[k];
    }
    return flat;
}

QString ArrayTableModel::cellText(int row, int column) const
{
    const uint64_t flat = flatIndex(row, column);
    const Document &doc = *m_file->document;
    if (structured()) {
        const auto &field = m_fields[static_cast<size_t>(column)];
        if (!field)
            return {};
        if (field->ndim() == m_array->ndim())
            return toQString(scalarRepr(doc, *field, flat, 60));
        // A sub-array field: its own elements follow the record's index.
        const uint64_t records = m_array->count();
        const uint64_t per = records ? field->count() / records : 1;
        QStringList parts;
        for (uint64_t i = 0; i < per && i < 8; ++i)
            parts << toQString(scalarRepr(doc, *field, flat * per + i, 20));
        if (per > 8)
            parts << QStringLiteral("…");
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    const DType *dtype = m_array->dtype.get();
    if (dtype && isNumericKind(dtype->kind) && !dtype->isSubArray()) {
        if (dtype->kind == 'f') {
            if (auto v = m_array->floatAt(flat)) {
                if (std::isnan(*v))
                    return QStringLiteral("nan");
                if (std::isinf(*v))
                    return *v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
                return QString::number(*v, 'g', 7);
            }
        } else if (dtype->kind == 'b') {
            if (auto v = m_array->intAt(flat))
                return *v ? QStringLiteral("True") : QStringLiteral("False");
        }
    }
    const ScalarValue value = arrayElement(*m_array, flat);
    if (value.type == ScalarValue::Type::Object)
        return toQString(summary(doc, value.object, 60));
    return toQString(scalarRepr(doc, *m_array, flat, 60));
}

QString ArrayTableModel::exactText(int row, int column) const
{
    const uint64_t flat = flatIndex(row, column);
    const Document &doc = *m_file->document;
    if (structured()) {
        const auto &field = m_fields[static_cast<size_t>(column)];
        return field && field->ndim() == m_array->ndim()
                   ? toQString(scalarRepr(doc, *field, flat, 400))
                   : cellText(row, column);
    }
    const ScalarValue value = arrayElement(*m_array, flat);
    if (value.type == ScalarValue::Type::Object)
        return toQString(summary(doc, value.object, 400));
    return toQString(scalarRepr(doc, *m_array, flat, 400));
}

QVariant ArrayTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_array)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return cellText(index.row(), index.column());
    case Qt::ToolTipRole:
    case ExactValueRole:
        return exactText(index.row(), index.column());
    case Qt::TextAlignmentRole:
        if (!structured() && m_array->dtype && isNumericKind(m_array->dtype->kind))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::EditRole:
        return m_cellsEditable ? exactText(index.row(), index.column()) : QVariant();
    case Qt::BackgroundRole:
        if (!m_marks.isEmpty()
            && m_marks.contains(markKey(m_root, cellPath(index.row(), index.column()))))
            return QColor(0xff, 0xf0, 0xb3);
        break;
    case Qt::FontRole:
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    case FlatIndexRole:
        return static_cast<qulonglong>(flatIndex(index.row(), index.column()));
    }
    return {};
}

QVariant ArrayTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if ((role != Qt::DisplayRole && role != Qt::ToolTipRole) || !m_array)
        return {};
    // Named positions: the name, with the index in the tooltip.
    const int axis = orientation == Qt::Horizontal ? (structured() ? -1 : m_columnAxis)
                                                   : (m_array->ndim() ? m_rowAxis : -1);
    if (axis >= 0 && static_cast<size_t>(axis) < m_axisNames.size()
        && section < m_axisNames[static_cast<size_t>(axis)].size()) {
        const QString name = m_axisNames[static_cast<size_t>(axis)][section];
        return role == Qt::ToolTipRole ? tr("%1 (index %2)").arg(name).arg(section) : name;
    }
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (structured()) {
            const auto &fields = m_array->dtype->fields;
            return static_cast<size_t>(section) < fields.size()
                       ? toQString(fields[static_cast<size_t>(section)].name)
                       : QVariant();
        }
        if (m_columnAxis < 0)
            return tr("value");
    }
    return section;
}

Qt::ItemFlags ArrayTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_cellsEditable && index.isValid())
        f |= Qt::ItemIsEditable;
    return f;
}

QString ArrayTableModel::cellPath(int row, int column) const
{
    if (!m_array)
        return {};
    QString path = m_path;
    if (structured()) {
        const auto &fields = m_array->dtype->fields;
        if (static_cast<size_t>(column) >= fields.size())
            return {};
        path += QStringLiteral("[%1]").arg(
            toQString(KeyLiteral::fromStr(fields[static_cast<size_t>(column)].name).repr()));
    }
    const uint64_t flat = flatIndex(row, column);
    QStringList indices;
    for (size_t k = 0; k < m_array->ndim(); ++k)
        indices << QString::number(flat / m_elementStrides[k]
                                   % std::max<uint64_t>(m_array->shape[k], 1));
    if (indices.isEmpty())
        return path;
    return path + QLatin1Char('[') + indices.join(QStringLiteral(", ")) + QLatin1Char(']');
}

void ArrayTableModel::setEditTarget(DocumentEditor *editor, uint32_t root, const QString &path)
{
    m_editor = editor;
    m_root = root;
    m_path = path;
    m_cellsEditable = false;
    if (editor && m_array && m_array->count() > 0 && m_array->ndim() > 0 && rowCount() > 0
        && columnCount() > 0) {
        // Editable when the engine accepts the first cell's own value back.
        EditRequest probe;
        probe.root = root;
        probe.path = cellPath(0, 0);
        probe.text = exactText(0, 0);
        m_cellsEditable = editor->check(probe).isEmpty();
    }
    m_marks = editor ? editor->marks() : QSet<QString>();
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

ArrayStatistics computeStatistics(const NdArray &array, const std::atomic<bool> *cancel)
{
    ArrayStatistics stats;
    if (!array.dtype || !isNumericKind(array.dtype->kind) || array.dtype->isSubArray()
        || array.dtype->isStructured())
        return stats;
    const uint64_t count = array.count();
    if (count == UINT64_MAX)
        return stats;
    stats.count = count;
    double mean = 0;
    double m2 = 0;
    bool first = true;
    for (uint64_t i = 0; i < count; ++i) {
        if (cancel && (i & 0xFFFF) == 0 && cancel->load(std::memory_order_relaxed))
            return ArrayStatistics{};
        const auto v = array.floatAt(i);
        if (!v)
            return ArrayStatistics{};
        if (std::isnan(*v)) {
            ++stats.nanCount;
            continue;
        }
        ++stats.finiteCount;
        if (first) {
            stats.min = stats.max = *v;
            first = false;
        } else {
            stats.min = std::min(stats.min, *v);
            stats.max = std::max(stats.max, *v);
        }
        // Welford's update: numerically stable for long arrays.
        const double delta = *v - mean;
        mean += delta / static_cast<double>(stats.finiteCount);
        m2 += delta * (*v - mean);
    }
    stats.numeric = true;
    stats.mean = mean;
    stats.std = stats.finiteCount ? std::sqrt(m2 / static_cast<double>(stats.finiteCount)) : 0;
    return stats;
}

} // namespace ps::gui
