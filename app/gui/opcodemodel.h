// SPDX-License-Identifier: MIT
#pragma once

#include "loadedfile.h"

#include <QAbstractTableModel>

#include <optional>
#include <utility>
#include <vector>

namespace ps::gui {

/// The disassembly of every pickle in a file, one row per instruction, each row read on demand
/// from the file's bytes through the listings' checkpoints (DisassemblyIndex): rows shown one
/// after the other are read one after the other.
class OpcodeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PickleColumn,
        OffsetColumn,
        OpcodeColumn,
        ArgumentColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role { StreamRole = Qt::UserRole + 1, OffsetRole, LengthRole };

    explicit OpcodeModel(LoadedFilePtr file, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// (stream, instruction index) of a row.
    std::pair<size_t, size_t> locate(int row) const;
    /// The row of the instruction containing a buffer offset of a stream.
    std::optional<int> rowAt(size_t stream, uint64_t offset) const;
    /// Rows [first, last] of the instructions overlapping [begin, end) in a stream.
    std::optional<std::pair<int, int>> rowsCovering(size_t stream, uint64_t begin,
                                                    uint64_t end) const;

private:
    const DisLine &lineAt(int row) const;

    LoadedFilePtr m_file;
    std::vector<size_t> m_firstRow; ///< first row of each stream (prefix sums)
    size_t m_rows = 0;
    mutable std::vector<DisassemblyIndex::Cursor> m_cursors; ///< one per stream
};

} // namespace ps::gui
