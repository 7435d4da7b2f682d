// SPDX-License-Identifier: MIT
#include "opcodemodel.h"

#include "qtstrings.h"

#include <QColor>
#include <QFontDatabase>

#include <algorithm>

namespace ps::gui {

namespace {
constexpr size_t kArgumentChars = 160;
}

OpcodeModel::OpcodeModel(LoadedFilePtr file, QObject *parent)
    : QAbstractTableModel(parent)
    , m_file(std::move(file))
{
    for (const auto &listing : m_file->listings) {
        m_firstRow.push_back(m_rows);
        m_rows += listing.size();
        m_cursors.emplace_back(listing);
    }
    // QAbstractItemModel rows are ints; a file never has that many instructions within the
    // reader's limits, but clamp rather than wrap.
    m_rows = std::min<size_t>(m_rows, INT32_MAX);
}

int OpcodeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows);
}

int OpcodeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::pair<size_t, size_t> OpcodeModel::locate(int row) const
{
    const auto it
        = std::upper_bound(m_firstRow.begin(), m_firstRow.end(), static_cast<size_t>(row));
    const size_t stream = static_cast<size_t>(it - m_firstRow.begin()) - 1;
    return {stream, static_cast<size_t>(row) - m_firstRow[stream]};
}

const DisLine &OpcodeModel::lineAt(int row) const
{
    const auto [stream, instruction] = locate(row);
    return m_cursors[stream].line(instruction, kArgumentChars);
}

std::optional<int> OpcodeModel::rowAt(size_t stream, uint64_t offset) const
{
    if (stream >= m_file->listings.size())
        return std::nullopt;
    const auto instruction = m_file->listings[stream].instructionAt(offset);
    if (!instruction)
        return std::nullopt;
    return static_cast<int>(m_firstRow[stream] + *instruction);
}

std::optional<std::pair<int, int>> OpcodeModel::rowsCovering(size_t stream, uint64_t begin,
                                                             uint64_t end) const
{
    if (stream >= m_file->listings.size())
        return std::nullopt;
    const auto lines = m_file->listings[stream].linesOverlapping(begin, end);
    if (!lines)
        return std::nullopt;
    const size_t base = m_firstRow[stream];
    return std::make_pair(static_cast<int>(base + lines->first),
                          static_cast<int>(base + lines->second));
}

QVariant OpcodeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const DisLine &line = lineAt(index.row());
        switch (index.column()) {
        case PickleColumn:
            return toQString(m_file->document->streams()[locate(index.row()).first].name);
        case OffsetColumn:
            return QStringLiteral("0x%1  %2")
                .arg(line.offset, 6, 16, QLatin1Char('0'))
                .arg(line.offset);
        case OpcodeColumn: {
            const QString indent(static_cast<qsizetype>(std::min<size_t>(line.markDepth, 40)),
                                 QLatin1Char(' '));
            if (line.type != Instruction::Type::Opcode)
                return line.type == Instruction::Type::JoblibPad ? tr("[joblib padding]")
                                                                 : tr("[raw array data]");
            return indent + toQString(line.name);
        }
        case ArgumentColumn:
            if (line.type != Instruction::Type::Opcode)
                return tr("%n byte(s)", nullptr, static_cast<int>(line.length));
            return line.argument ? toQString(*line.argument) : QString();
        case NoteColumn:
            return line.problem.empty() ? toQString(line.note) : toQString(line.problem);
        }
        break;
    }
    case Qt::FontRole:
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    case Qt::ForegroundRole:
        if (index.column() == NoteColumn && !lineAt(index.row()).problem.empty())
            return QColor(0xc6, 0x28, 0x28);
        break;
    case StreamRole:
        return static_cast<qulonglong>(locate(index.row()).first);
    case OffsetRole:
        return static_cast<qulonglong>(lineAt(index.row()).offset);
    case LengthRole:
        return static_cast<qulonglong>(lineAt(index.row()).length);
    }
    return {};
}

QVariant OpcodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PickleColumn:
        return tr("Pickle");
    case OffsetColumn:
        return tr("Offset");
    case OpcodeColumn:
        return tr("Opcode");
    case ArgumentColumn:
        return tr("Argument");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace ps::gui
