// SPDX-License-Identifier: MIT
#include "objecttreemodel.h"

#include "documenteditor.h"

#include "present/children.h"
#include "present/python_type.h"
#include "present/summary.h"
#include "qtstrings.h"

#include <QFont>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace ps::gui {

namespace {
/// Ancestors compared when looking for a cycle. Deeper cycles still expand only one level per
/// user action, so nothing can run away.
constexpr int kCycleSearchDepth = 4096;
constexpr size_t kSummaryWidth = 120;
/// Children asked of the engine at a time when many rows are created at once.
constexpr size_t kAppendPage = 16384;
} // namespace

struct ObjectTreeModel::Item
{
    Item *parent = nullptr;
    int row = 0;
    NodeId node = kNoNode;
    uint32_t root = 0;
    /// The row's path step as text (formatStep: `[3]`, `['a']`, `.coef_`): a path is the
    /// concatenation of its steps. Short steps stay inside the string (no allocation), so a
    /// row revealed at the end of a million-item list costs about 150 bytes per row before it.
    std::string step;
    std::string label;
    bool isRoot = false;
    /// Not the node's first place in the tree: a cycle back to an ancestor or a second
    /// reference to a shared object. Shown as a leaf that links to the original.
    bool reference = false;
    uint32_t entry = TreeIndex::kNoEntry; ///< the TreeIndex entry of this row, if listed
    mutable size_t total = SIZE_MAX;      ///< children() count, computed on demand
    std::vector<std::unique_ptr<Item>> children;
};

ObjectTreeModel::ObjectTreeModel(LoadedFilePtr file, QObject *parent)
    : QAbstractItemModel(parent)
    , m_file(std::move(file))
    , m_root(std::make_unique<Item>())
{
    const Document &doc = *m_file->document;
    const auto &roots = doc.roots();
    m_root->total = roots.size();
    for (size_t r = 0; r < roots.size(); ++r) {
        auto item = std::make_unique<Item>();
        item->parent = m_root.get();
        item->row = static_cast<int>(r);
        item->node = roots[r];
        item->root = static_cast<uint32_t>(r);
        item->isRoot = true;
        item->entry = m_file->treeIndex
                          ? m_file->treeIndex->childEntry(TreeIndex::kNoEntry, static_cast<int>(r))
                          : TreeIndex::kNoEntry;
        m_root->children.push_back(std::move(item));
    }
    labelRoots();
    for (const auto &finding : m_file->security.findings) {
        if (finding.severity == security::Severity::Dangerous && finding.node != kNoNode
            && finding.entry.empty())
            m_dangerous.emplace(finding.node, finding.expression);
    }
}

ObjectTreeModel::~ObjectTreeModel() = default;

void ObjectTreeModel::labelRoots()
{
    const Document &doc = *m_file->document;
    const auto &roots = doc.roots();
    // What each root is: the result of pickle N, or an object recovered from a pickle that
    // could not be read to its end (its stack when reading stopped).
    std::unordered_map<NodeId, std::pair<size_t, size_t>> origin; // root → (stream, k or npos)
    const auto &streams = doc.streams();
    for (size_t s = 0; s < streams.size(); ++s) {
        if (streams[s].root != kNoNode)
            origin.try_emplace(streams[s].root, s, std::string::npos);
        for (size_t k = 0; k < streams[s].partialStack.size(); ++k)
            origin.try_emplace(streams[s].partialStack[k], s, k);
    }
    for (size_t r = 0; r < roots.size() && r < m_root->children.size(); ++r)
        m_root->children[r]->label = rootLabel(roots, r, origin);
}

void ObjectTreeModel::retranslate()
{
    labelRoots();
    if (const int rows = static_cast<int>(m_root->children.size()); rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

std::string ObjectTreeModel::rootLabel(
    const std::vector<NodeId> &roots, size_t r,
    const std::unordered_map<NodeId, std::pair<size_t, size_t>> &origin) const
{
    const Document &doc = *m_file->document;
    const auto it = origin.find(roots[r]);
    const bool recovered = it != origin.end() && it->second.second != std::string::npos;
    if (roots.size() == 1 && !recovered)
        return tr("root").toStdString();
    if (it == origin.end())
        return tr("root %1").arg(r + 1).toStdString();
    const auto pickle = static_cast<qulonglong>(it->second.first + 1);
    if (!recovered)
        return pickleName(pickle).toStdString();
    const auto &stack = doc.streams()[it->second.first].partialStack;
    return tr("recovered object %1 of %2 from pickle %3")
        .arg(it->second.second + 1)
        .arg(stack.size())
        .arg(pickle)
        .toStdString();
}

ObjectTreeModel::Item *ObjectTreeModel::itemFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Item *>(index.internalPointer());
}

QModelIndex ObjectTreeModel::indexFor(const Item *item, int column) const
{
    if (!item || item == m_root.get())
        return {};
    return createIndex(item->row, column, const_cast<Item *>(item));
}

QModelIndex ObjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Item *p = itemFor(parent);
    return createIndex(row, column, p->children[static_cast<size_t>(row)].get());
}

QModelIndex ObjectTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Item *item = itemFor(child);
    return indexFor(item->parent);
}

int ObjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(itemFor(parent)->children.size());
}

int ObjectTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

size_t ObjectTreeModel::childTotal(Item *item) const
{
    if (item->total == SIZE_MAX)
        item->total = item->reference ? 0 : childCount(*m_file->document, item->node);
    return item->total;
}

bool ObjectTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    return childTotal(itemFor(parent)) > 0;
}

bool ObjectTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    Item *item = itemFor(parent);
    return item->children.size() < childTotal(item);
}

void ObjectTreeModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() && parent.column() != 0)
        return;
    Item *item = itemFor(parent);
    const size_t have = item->children.size();
    const size_t total = childTotal(item);
    if (have >= total)
        return;
    appendChildren(parent, item, std::min<size_t>(kFetchBatch, total - have));
}

void ObjectTreeModel::fetchAll(const QModelIndex &parent)
{
    if (parent.isValid() && parent.column() != 0)
        return;
    Item *item = itemFor(parent);
    const size_t have = item->children.size();
    const size_t total = childTotal(item);
    if (have < total)
        appendChildren(parent, item, total - have);
}

void ObjectTreeModel::appendChildren(const QModelIndex &parent, Item *item, size_t count)
{
    const Document &doc = *m_file->document;
    // A page of the engine's children at a time: revealing row 300,000 of a list never holds
    // 300,000 children (labels, path steps) at once.
    while (count > 0) {
        const size_t first = item->children.size();
        const size_t page = std::min(count, kAppendPage);
        auto kids = ps::children(doc, item->node, first, page);
        if (kids.size() < page) // a malformed container lists fewer than it counted
            item->total = first + kids.size();
        if (kids.empty())
            return;
        beginInsertRows(parent, static_cast<int>(first), static_cast<int>(first + kids.size() - 1));
        item->children.reserve(first + kids.size());
        for (auto &kid : kids) {
            auto child = std::make_unique<Item>();
            child->parent = item;
            child->row = static_cast<int>(item->children.size());
            child->node = kid.node;
            child->root = item->root;
            child->step = formatStep(kid.step);
            child->label = std::move(kid.label);
            markReference(*child);
            item->children.push_back(std::move(child));
        }
        endInsertRows();
        if (kids.size() < page)
            return;
        count -= page;
    }
}

void ObjectTreeModel::markReference(Item &child) const
{
    const Document &doc = *m_file->document;
    const TreeIndex *index = m_file->treeIndex.get();
    if (index && child.parent->entry != TreeIndex::kNoEntry) {
        child.entry = index->childEntry(child.parent->entry, child.row);
        if (child.entry != TreeIndex::kNoEntry) {
            const auto first = index->entryOf(child.node);
            child.reference = first && *first != child.entry && childCount(doc, child.node) > 0;
            return;
        }
    }
    // Past the index's budget: fall back to looking for the node among the ancestors.
    const NodeId target = followAlias(doc, child.node);
    int depth = 0;
    for (const Item *a = child.parent; a && a != m_root.get() && depth < kCycleSearchDepth;
         a = a->parent, ++depth) {
        if (a->node == child.node || followAlias(doc, a->node) == target) {
            child.reference = true;
            return;
        }
    }
}

QString ObjectTreeModel::referenceText(const Item &item) const
{
    auto [it, added] = m_originalPaths.try_emplace(item.node);
    if (added) {
        const TreeIndex *index = m_file->treeIndex.get();
        const auto first = index ? index->entryOf(item.node) : std::nullopt;
        it->second = first ? index->pathOf(*m_file->document, *first) : std::string();
        if (it->second.empty())
            it->second = "root";
    }
    return tr("→ same object as %1").arg(toQString(it->second));
}

NodeId ObjectTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? itemFor(index)->node : kNoNode;
}

uint32_t ObjectTreeModel::rootFor(const QModelIndex &index) const
{
    return index.isValid() ? itemFor(index)->root : 0;
}

std::string ObjectTreeModel::pathFor(const QModelIndex &index) const
{
    std::vector<const std::string *> steps;
    for (const Item *item = itemFor(index); item && !item->isRoot && item != m_root.get();
         item = item->parent)
        steps.push_back(&item->step);
    std::string path;
    for (auto it = steps.rbegin(); it != steps.rend(); ++it)
        path += **it;
    return path;
}

std::vector<int> ObjectTreeModel::rowChain(const QModelIndex &index) const
{
    std::vector<int> chain;
    for (const Item *item = itemFor(index); item && item != m_root.get(); item = item->parent)
        chain.push_back(item->row);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

QModelIndex ObjectTreeModel::indexForRowChain(const std::vector<int> &chain)
{
    QModelIndex current;
    for (int row : chain) {
        Item *item = itemFor(current);
        if (row < 0 || static_cast<size_t>(row) >= childTotal(item))
            return {};
        if (static_cast<size_t>(row) >= item->children.size()) {
            appendChildren(current, item, static_cast<size_t>(row) + 1 - item->children.size());
            if (static_cast<size_t>(row) >= item->children.size())
                return {};
        }
        current = index(row, 0, current);
    }
    return current;
}

qulonglong ObjectTreeModel::totalChildren(const QModelIndex &index) const
{
    return childTotal(itemFor(index));
}

ObjectTreeModel::FileBytes ObjectTreeModel::fileBytes(const Document &doc, NodeId node)
{
    FileBytes bytes;
    if (node >= doc.graph().size())
        return bytes;
    const Node &n = doc.graph().node(node);
    bytes.opcodes = n.end > n.begin ? n.end - n.begin : 0;
    // Joblib and torch keep array data outside the opcodes that describe the array.
    if (const Interpretation *in = doc.interpretation(node); in && in->array) {
        const auto form = in->array->form;
        if (form == NdArray::Form::JoblibWrapper || form == NdArray::Form::TorchTensor
            || form == NdArray::Form::JoblibLegacy)
            bytes.data = in->array->data.size();
    }
    return bytes;
}

QString ObjectTreeModel::pickleName(qulonglong number)
{
    return tr("pickle %1").arg(number);
}

uint64_t ObjectTreeModel::sizeOf(NodeId node) const
{
    return fileBytes(*m_file->document, node).total();
}

QString ObjectTreeModel::sizeText(uint64_t bytes) const
{
    return formatBytes(bytes);
}

QString ObjectTreeModel::displayName(const Item &item) const
{
    QString name = toQString(item.label);
    const Interpretation *in = m_file->document->interpretation(item.node);
    if (in && in->what == Recognised::Estimator)
        name += QStringLiteral(": ") + toQString(shortTypeName(in->pythonType));
    return name;
}

QIcon ObjectTreeModel::iconFor(const Document &document, NodeId node)
{
    static QHash<QString, QIcon> cache;
    auto icon = [](const QString &name) {
        auto it = cache.find(name);
        if (it == cache.end())
            it = cache.insert(name, QIcon(QStringLiteral(":/icons/kinds/%1.svg").arg(name)));
        return *it;
    };
    if (node >= document.graph().size())
        return icon(QStringLiteral("unknown"));
    if (const Interpretation *in = document.interpretation(node)) {
        switch (in->what) {
        case Recognised::NdArray:
        case Recognised::NumpyScalar:
        case Recognised::JoblibWrapper:
            return icon(QStringLiteral("array"));
        case Recognised::DataFrame:
        case Recognised::Series:
        case Recognised::PandasIndex:
            return icon(QStringLiteral("dataframe"));
        case Recognised::TorchTensor:
        case Recognised::TorchStorage:
            return icon(QStringLiteral("tensor"));
        case Recognised::Sparse:
            return icon(QStringLiteral("sparse"));
        case Recognised::Estimator:
            return icon(QStringLiteral("estimator"));
        case Recognised::SkTree:
            return icon(QStringLiteral("tree"));
        case Recognised::Datetime:
        case Recognised::Date:
        case Recognised::Time:
        case Recognised::Timedelta:
            return icon(QStringLiteral("datetime"));
        case Recognised::OrderedDict:
        case Recognised::DefaultDict:
        case Recognised::Counter:
            return icon(QStringLiteral("dict"));
        case Recognised::Deque:
            return icon(QStringLiteral("list"));
        case Recognised::Decimal:
        case Recognised::Complex:
            return icon(QStringLiteral("float"));
        case Recognised::Alias: {
            const NodeId target = followAlias(document, node);
            if (target != node)
                return iconFor(document, target);
            break;
        }
        case Recognised::DType:
        case Recognised::NumpyType:
        case Recognised::Enum:
        case Recognised::Object:
            return icon(QStringLiteral("object"));
        case Recognised::None:
            break;
        }
    }
    switch (document.graph().node(node).kind) {
    case Kind::None:
        return icon(QStringLiteral("none"));
    case Kind::Bool:
        return icon(QStringLiteral("bool"));
    case Kind::Int:
    case Kind::BigInt:
        return icon(QStringLiteral("int"));
    case Kind::Float:
        return icon(QStringLiteral("float"));
    case Kind::Str:
    case Kind::Py2String:
        return icon(QStringLiteral("string"));
    case Kind::Bytes:
    case Kind::ByteArray:
    case Kind::Buffer:
        return icon(QStringLiteral("bytes"));
    case Kind::Tuple:
        return icon(QStringLiteral("tuple"));
    case Kind::List:
        return icon(QStringLiteral("list"));
    case Kind::Dict:
        return icon(QStringLiteral("dict"));
    case Kind::Set:
    case Kind::FrozenSet:
        return icon(QStringLiteral("set"));
    case Kind::Global:
    case Kind::Ext:
        return icon(QStringLiteral("global"));
    case Kind::Call:
        return icon(QStringLiteral("call"));
    case Kind::Instance:
        return icon(QStringLiteral("object"));
    case Kind::PersId:
        return icon(QStringLiteral("reference"));
    case Kind::Unknown:
        break;
    }
    return icon(QStringLiteral("unknown"));
}

QVariant ObjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Item &item = *itemFor(index);
    const Document &doc = *m_file->document;
    const bool dangerous = m_dangerous.count(item.node) != 0;
    const bool shared
        = item.node < doc.graph().size() && (doc.graph().node(item.node).flags & FlagShared) != 0;
    const bool marked
        = !m_marks.isEmpty() && m_marks.contains(markKey(item.root, toQString(pathFor(index))));
    switch (role) {
    case Qt::EditRole:
        if (index.column() == ValueColumn && isInlineEditable(index))
            return toQString(pythonRepr(doc, followAlias(doc, item.node)));
        break;
    case Qt::BackgroundRole:
        if (marked)
            return QColor(0xff, 0xf0, 0xb3);
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return displayName(item);
        case TypeColumn:
            return toQString(shortType(doc, item.node));
        case ValueColumn: {
            if (item.reference)
                return referenceText(item);
            if (dangerous) // what loading would run, not just the callable's name
                return toQString(m_dangerous.at(item.node));
            return toQString(summary(doc, item.node, kSummaryWidth));
        }
        case SizeColumn:
            // A value typed in has no bytes in the file yet.
            return marked && sizeOf(item.node) == 0 ? QString() : sizeText(sizeOf(item.node));
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
        case TypeColumn: {
            QString tip = toQString(pythonType(doc, item.node));
            if (index.column() == NameColumn) // the full name of an elided one
                tip = displayName(item) + QLatin1Char('\n') + tip;
            if (item.reference)
                tip += QLatin1Char('\n')
                       + tr("A reference to an object shown elsewhere in the tree (shared, or a "
                            "cycle): not expanded here. Use Go to original.");
            else if (shared)
                tip += QLatin1Char('\n')
                       + tr("Shared: the same object is reached from several places.");
            if (dangerous)
                tip += QLatin1Char('\n')
                       + tr("Dangerous: loading this file in Python runs "
                            "this call. See the Security panel.");
            if (marked)
                tip += QLatin1Char('\n') + tr("Edited: not saved yet.");
            return tip;
        }
        case ValueColumn:
            if (marked)
                return toQString(summary(doc, item.node, 400)) + QLatin1Char('\n')
                       + tr("Edited: not saved yet.");
            return toQString(summary(doc, item.node, 400));
        case SizeColumn:
            return tr("%n byte(s) in the file", nullptr,
                      static_cast<int>(std::min<uint64_t>(sizeOf(item.node), INT32_MAX)));
        }
        break;
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            break;
        if (dangerous)
            return QIcon(QStringLiteral(":/icons/kinds/danger.svg"));
        if (item.reference)
            return QIcon(QStringLiteral(":/icons/kinds/reference.svg"));
        return iconFor(doc, item.node);
    case Qt::FontRole: {
        const Interpretation *in = doc.interpretation(item.node);
        if ((index.column() == NameColumn && in && in->what == Recognised::Estimator)
            || dangerous) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (shared || item.reference) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    }
    case Qt::ForegroundRole:
        if (dangerous)
            return QColor(0xc6, 0x28, 0x28);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NodeRole:
        return QVariant::fromValue<quint32>(item.node);
    case PathRole:
        return toQString(pathFor(index));
    case RootRole:
        return static_cast<int>(item.root);
    case ReferenceRole:
        return item.reference;
    case SharedRole:
        return shared;
    case DangerousRole:
        return dangerous;
    case SizeBytesRole:
        return QVariant::fromValue<qulonglong>(sizeOf(item.node));
    }
    return {};
}

QVariant ObjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

Qt::ItemFlags ObjectTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ValueColumn && isInlineEditable(index))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ObjectTreeModel::isInlineEditable(const QModelIndex &index) const
{
    if (!m_editable || !index.isValid())
        return false;
    const Item &item = *itemFor(index);
    const Document &doc = *m_file->document;
    if (item.isRoot || item.reference || item.node >= doc.graph().size())
        return false;
    switch (doc.graph().node(followAlias(doc, item.node)).kind) {
    case Kind::None:
    case Kind::Bool:
    case Kind::Int:
    case Kind::BigInt:
    case Kind::Float:
    case Kind::Str:
    case Kind::Bytes:
        return doc.interpretation(item.node) == nullptr
               || doc.interpretation(item.node)->what == Recognised::Alias;
    default:
        return false;
    }
}

void ObjectTreeModel::setMarks(QSet<QString> marks)
{
    m_marks = std::move(marks);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace ps::gui
