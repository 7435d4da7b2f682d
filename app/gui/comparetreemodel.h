// SPDX-License-Identifier: MIT
#pragma once

#include "comparecolours.h"
#include "compareindex.h"
#include "compareloader.h"

#include <QAbstractItemModel>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ps {
struct Child;
}

namespace ps::gui {

/// The two object trees of a comparison as ONE lazy tree: each row pairs a value of the old
/// file with the value at the same place in the new file (children paired by key, attribute
/// or index, and by name where the engine aligned by name), so two views over this model
/// expand and scroll row for row. Columns 0–2 describe the old side, 3–5 the new side; each
/// side is coloured with the engine's verdict on its own path. "Only differences" keeps the
/// rows that are, contain or lie inside a difference. The model only translates: the
/// documents own the structure and the diff engine decides what differs.
class CompareTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    using Side = CompareIndex::Side;
    enum Column { OldName, OldType, OldValue, NewName, NewType, NewValue, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, ///< int(RowStatus) of the column's side
        ChangeRole,                    ///< index into DiffResult::changes, -1 if none
        NodeRole,                      ///< NodeId (quint32) of the column's side
        PathRole,                      ///< the side's Python path (QString)
        RootRole,                      ///< root index (int)
    };
    static constexpr int kFetchBatch = 500;

    explicit CompareTreeModel(CompareResultPtr result, QObject *parent = nullptr);
    ~CompareTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const CompareResultPtr &result() const { return m_result; }
    void setOnlyDifferences(bool only);
    bool onlyDifferences() const { return m_onlyDifferences; }

    static Side sideOfColumn(int column) { return column >= NewName ? Side::New : Side::Old; }
    /// What one side of a row is.
    RowStatus status(const QModelIndex &index, Side side) const;
    /// The change a row is on either side (the old side's first), -1 if none.
    int changeOf(const QModelIndex &index) const;
    NodeId nodeOf(const QModelIndex &index, Side side) const;
    std::string pathOf(const QModelIndex &index, Side side) const;
    uint32_t rootOf(const QModelIndex &index) const;
    /// The row of a change (column 0), creating rows on the way; the deepest row on its path
    /// when the change is below any row (an array field).
    QModelIndex indexForChange(size_t change);
    /// The row at a side's path (column 0), creating rows on the way; the deepest row on the
    /// way when the path goes below the rows.
    QModelIndex indexForPath(Side side, uint32_t root, const std::string &path);

private:
    struct Item;
    struct SideItem;
    Item *itemFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Item *item, int column = 0) const;
    void buildRoots();
    void fillSide(Item &child, int side, const Child &kid) const;
    void plan(Item *item) const;
    size_t planSize(Item *item) const;
    void appendChildren(const QModelIndex &parent, Item *item, size_t count);
    bool marked(const Item &item, int side, const std::string &path) const;
    bool spreads(const Item &item) const;
    std::optional<size_t> positionOf(Item *item, int side, const std::string &childPath) const;

    CompareResultPtr m_result;
    const Document *m_docs[2];
    std::unique_ptr<Item> m_root;
    bool m_onlyDifferences = false;
};

} // namespace ps::gui
