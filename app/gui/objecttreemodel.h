// SPDX-License-Identifier: MIT
#pragma once

#include "loadedfile.h"
#include "path/path.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QSet>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace ps::gui {

/// The object tree of one file: a lazy QAbstractItemModel over the engine's children()
/// listing. Rows are created when a parent is expanded, big containers page in with
/// fetchMore(). Every object is expanded at one place only, its first (shortest-path) place
/// in the tree index; shared objects and cycles appear elsewhere as leaves that refer to it,
/// so nothing expands forever (cycles) or exponentially (billion laughs). The model only
/// translates: the document owns the structure.
class ObjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    /// The bytes of the file that make `node`: its opcodes, and for joblib / torch arrays the
    /// array data stored after them (what the Size column and the detail pane show).
    struct FileBytes
    {
        uint64_t opcodes = 0; ///< bytes of the node's opcodes (its byte range)
        uint64_t data = 0;    ///< array data kept outside the opcodes
        uint64_t total() const { return opcodes + data; }
    };
    static FileBytes fileBytes(const Document &doc, NodeId node);
    /// "pickle N" in the UI language (the engine names streams in English).
    static QString pickleName(qulonglong number);
    /// The texts the model makes (root names, headers) again in the current language.
    void retranslate();

    enum Column { NameColumn, TypeColumn, ValueColumn, SizeColumn, ColumnCount };
    enum Role {
        NodeRole = Qt::UserRole + 1, ///< NodeId (quint32)
        PathRole,                    ///< the Python path from the item's root (QString)
        RootRole,                    ///< index into Document::roots() (int)
        ReferenceRole,               ///< bool: a later place of a shared object or a cycle
        SharedRole,                  ///< bool: the node is reached from several places
        DangerousRole,               ///< bool: loading runs a dangerous call here
        SizeBytesRole,               ///< qulonglong: bytes in the file
    };
    /// Rows created per fetchMore() for big containers.
    static constexpr int kFetchBatch = 500;

    explicit ObjectTreeModel(LoadedFilePtr file, QObject *parent = nullptr);
    ~ObjectTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Creates every remaining row of a lazily loaded parent at once (End in a long list).
    void fetchAll(const QModelIndex &parent);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const LoadedFilePtr &file() const { return m_file; }
    NodeId nodeFor(const QModelIndex &index) const;
    /// The Python path of an item from its root: `.steps[1][1].coef_`.
    std::string pathFor(const QModelIndex &index) const;
    uint32_t rootFor(const QModelIndex &index) const;
    /// Rows from the top level down to the item.
    std::vector<int> rowChain(const QModelIndex &index) const;
    /// The item at a row chain, fetching rows on the way; invalid when a row does not exist.
    QModelIndex indexForRowChain(const std::vector<int> &chain);
    /// Total children of an item, fetched or not.
    qulonglong totalChildren(const QModelIndex &index) const;

    /// Makes scalar values (numbers, strings, bytes, bools, None) editable in the value column;
    /// the edit role gives the Python literal to start from.
    void setEditable(bool editable) { m_editable = editable; }
    /// True when a row's value can be typed in place (a scalar that is not a root).
    bool isInlineEditable(const QModelIndex &index) const;
    /// Rows shown as edited (markKey(root, path) of each), until the file is saved.
    void setMarks(QSet<QString> marks);

    /// The icon of a node kind (shared with other views).
    static QIcon iconFor(const Document &document, NodeId node);

private:
    struct Item;
    Item *itemFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Item *item, int column = 0) const;
    size_t childTotal(Item *item) const;
    void appendChildren(const QModelIndex &parent, Item *item, size_t count);
    QString displayName(const Item &item) const;
    /// The name of top-level row r: "root", "pickle N", or "recovered object K of M from
    /// pickle N" (the stack of a pickle that could not be read to its end).
    std::string
    rootLabel(const std::vector<NodeId> &roots, size_t r,
              const std::unordered_map<NodeId, std::pair<size_t, size_t>> &origin) const;
    /// Names the top-level rows: "root", "pickle N", "recovered object K of M from pickle N".
    void labelRoots();
    void markReference(Item &child) const;
    QString referenceText(const Item &item) const;
    QString sizeText(uint64_t bytes) const;
    uint64_t sizeOf(NodeId node) const;

    LoadedFilePtr m_file;
    std::unique_ptr<Item> m_root;
    std::unordered_map<NodeId, std::string> m_dangerous; ///< dangerous calls → expression
    /// The path of a shared node's original place, by node: computed when a reference to it
    /// is first shown.
    mutable std::unordered_map<NodeId, std::string> m_originalPaths;
    QSet<QString> m_marks;
    bool m_editable = false;
};

} // namespace ps::gui
