// SPDX-License-Identifier: MIT
#include "comparetreemodel.h"

#include "document/document.h"
#include "objecttreemodel.h"
#include "path/path.h"
#include "present/children.h"
#include "present/python_type.h"
#include "present/summary.h"
#include "qtstrings.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <unordered_map>

namespace ps::gui {

namespace {
constexpr size_t kSummaryWidth = 120;
/// Ancestors compared when looking for a cycle (a row that would expand into itself).
constexpr int kCycleSearchDepth = 256;
constexpr size_t kNone = SIZE_MAX;

int sideIndex(CompareIndex::Side side)
{
    return side == CompareIndex::Side::Old ? 0 : 1;
}

CompareIndex::Side sideOf(int side)
{
    return side == 0 ? CompareIndex::Side::Old : CompareIndex::Side::New;
}

/// Lists and tuples pair their items by position, lazily, in pages.
bool listLike(const Document &doc, NodeId node)
{
    if (node == kNoNode)
        return true;
    const NodeId target = followAlias(doc, node);
    if (target >= doc.graph().size() || doc.interpretation(target))
        return false;
    const Kind kind = doc.graph().node(target).kind;
    return kind == Kind::List || kind == Kind::Tuple;
}

bool spreadingKind(RowStatus status)
{
    return status == RowStatus::Added || status == RowStatus::Removed
           || status == RowStatus::TypeChanged;
}
} // namespace

struct CompareTreeModel::SideItem
{
    NodeId node = kNoNode; ///< kNoNode: this side has no such value
    std::string path;
    std::string label;
    int change = -1;                    ///< the change at exactly this place
    uint32_t below = 0;                 ///< changes below
    bool cycle = false;                 ///< the node is an ancestor's: not expanded again
    mutable int8_t kids = -1;           ///< childCount() > 0, computed when first asked
    std::optional<RowStatus> inherited; ///< inside an added / removed / retyped value
};

struct CompareTreeModel::Item
{
    Item *parent = nullptr;
    int row = 0;
    uint32_t root = 0;
    SideItem side[2];
    // The pairing of the children, computed when first needed.
    bool planned = false;
    bool byPosition = false;                      ///< pairs (i, i) for i < count, no explicit plan
    size_t count[2] = {0, 0};                     ///< children per side
    std::vector<std::pair<size_t, size_t>> pairs; ///< explicit plan (kNone: absent)
    std::vector<Child> kids[2];                   ///< full listings (when not by position)
    std::vector<std::unique_ptr<Item>> children;
};

CompareTreeModel::CompareTreeModel(CompareResultPtr result, QObject *parent)
    : QAbstractItemModel(parent)
    , m_result(std::move(result))
    , m_docs{m_result->oldFile->document.get(), m_result->newFile->document.get()}
{
    buildRoots();
}

CompareTreeModel::~CompareTreeModel() = default;

void CompareTreeModel::buildRoots()
{
    m_root = std::make_unique<Item>();
    m_root->planned = true;
    const size_t roots[2] = {m_docs[0]->roots().size(), m_docs[1]->roots().size()};
    const size_t n = std::max(roots[0], roots[1]);
    for (size_t r = 0; r < n; ++r) {
        auto item = std::make_unique<Item>();
        item->parent = m_root.get();
        item->row = static_cast<int>(r);
        item->root = static_cast<uint32_t>(r);
        for (int s = 0; s < 2; ++s) {
            if (r >= roots[s])
                continue;
            SideItem &side = item->side[s];
            side.node = m_docs[s]->roots()[r];
            side.label = n == 1 ? "root" : "root " + std::to_string(r + 1);
            const auto &index = m_result->index;
            if (const auto c = index.changeAt(sideOf(s), item->root, side.path))
                side.change = static_cast<int>(*c);
            side.below = index.changesBelow(sideOf(s), item->root, side.path);
        }
        if (!m_onlyDifferences || marked(*item, 0, {}) || marked(*item, 1, {}))
            m_root->children.push_back(std::move(item));
    }
    for (size_t i = 0; i < m_root->children.size(); ++i)
        m_root->children[i]->row = static_cast<int>(i);
}

void CompareTreeModel::setOnlyDifferences(bool only)
{
    if (only == m_onlyDifferences)
        return;
    beginResetModel();
    m_onlyDifferences = only;
    buildRoots();
    endResetModel();
}

CompareTreeModel::Item *CompareTreeModel::itemFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Item *>(index.internalPointer());
}

QModelIndex CompareTreeModel::indexFor(const Item *item, int column) const
{
    if (!item || item == m_root.get())
        return {};
    return createIndex(item->row, column, const_cast<Item *>(item));
}

QModelIndex CompareTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, itemFor(parent)->children[static_cast<size_t>(row)].get());
}

QModelIndex CompareTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(itemFor(child)->parent);
}

int CompareTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(itemFor(parent)->children.size());
}

int CompareTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool CompareTreeModel::marked(const Item &item, int side, const std::string &path) const
{
    const auto &index = m_result->index;
    return index.changeAt(sideOf(side), item.root, path)
           || index.changesBelow(sideOf(side), item.root, path) > 0;
}

bool CompareTreeModel::spreads(const Item &item) const
{
    for (int s = 0; s < 2; ++s) {
        const SideItem &side = item.side[s];
        if (side.inherited)
            return true;
        if (side.change >= 0
            && spreadingKind(CompareColours::statusOf(
                m_result->diff.changes[static_cast<size_t>(side.change)].kind)))
            return true;
    }
    return false;
}

void CompareTreeModel::plan(Item *item) const
{
    if (item->planned)
        return;
    item->planned = true;
    NodeId nodes[2];
    for (int s = 0; s < 2; ++s) {
        const SideItem &side = item->side[s];
        nodes[s] = side.cycle ? kNoNode : side.node;
        item->count[s] = nodes[s] == kNoNode ? 0 : childCount(*m_docs[s], nodes[s]);
    }
    const bool filter = m_onlyDifferences && !spreads(*item);
    if (listLike(*m_docs[0], nodes[0]) && listLike(*m_docs[1], nodes[1])) {
        const size_t total = std::max(item->count[0], item->count[1]);
        if (!filter) {
            item->byPosition = true;
            return;
        }
        for (size_t i = 0; i < total; ++i) {
            const PathStep step = PathStep::index({static_cast<int64_t>(i)});
            bool keep = false;
            for (int s = 0; s < 2 && !keep; ++s)
                keep = i < item->count[s] && marked(*item, s, ps::pathOf(item->side[s].path, step));
            if (keep)
                item->pairs.emplace_back(i < item->count[0] ? i : kNone,
                                         i < item->count[1] ? i : kNone);
        }
        return;
    }
    // Keyed children (dicts, attributes, sets, estimators): pair by the formatted step, or by
    // the engine's pairing where it aligned by name.
    for (int s = 0; s < 2; ++s) {
        if (nodes[s] != kNoNode)
            item->kids[s] = ps::children(*m_docs[s], nodes[s]);
        item->count[s] = item->kids[s].size();
    }
    const auto &kidsA = item->kids[0];
    const auto &kidsB = item->kids[1];
    std::unordered_map<std::string, size_t> byStep;
    std::unordered_map<std::string, size_t> byPath;
    for (size_t j = 0; j < kidsB.size(); ++j) {
        byStep.try_emplace(formatStep(kidsB[j].step), j);
        if (item->side[1].node != kNoNode)
            byPath.try_emplace(ps::pathOf(item->side[1].path, kidsB[j].step), j);
    }
    std::vector<bool> used(kidsB.size(), false);
    std::vector<std::pair<size_t, size_t>> pairs;
    pairs.reserve(std::max(kidsA.size(), kidsB.size()));
    const auto &index = m_result->index;
    for (size_t i = 0; i < kidsA.size(); ++i) {
        size_t match = kNone;
        const std::string oldPath = ps::pathOf(item->side[0].path, kidsA[i].step);
        if (const auto newPath = index.newPathFor(item->root, oldPath)) {
            if (auto it = byPath.find(*newPath); it != byPath.end() && !used[it->second])
                match = it->second;
        }
        if (match == kNone) {
            if (auto it = byStep.find(formatStep(kidsA[i].step));
                it != byStep.end() && !used[it->second])
                match = it->second;
        }
        if (match != kNone)
            used[match] = true;
        pairs.emplace_back(i, match);
    }
    for (size_t j = 0; j < kidsB.size(); ++j) {
        if (!used[j])
            pairs.emplace_back(kNone, j);
    }
    if (filter) {
        for (const auto &[a, b] : pairs) {
            const bool keep
                = (a != kNone && marked(*item, 0, ps::pathOf(item->side[0].path, kidsA[a].step)))
                  || (b != kNone
                      && marked(*item, 1, ps::pathOf(item->side[1].path, kidsB[b].step)));
            if (keep)
                item->pairs.emplace_back(a, b);
        }
    } else {
        item->pairs = std::move(pairs);
    }
}

size_t CompareTreeModel::planSize(Item *item) const
{
    plan(item);
    return item->byPosition ? std::max(item->count[0], item->count[1]) : item->pairs.size();
}

bool CompareTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    Item *item = itemFor(parent);
    if (item == m_root.get())
        return !item->children.empty();
    if (item->planned)
        return planSize(item) > 0;
    // Cheap answers for rows not expanded yet: the views ask for every visible row.
    bool any = false;
    for (int s = 0; s < 2; ++s) {
        const SideItem &side = item->side[s];
        if (side.node == kNoNode || side.cycle)
            continue;
        if (side.kids < 0)
            side.kids = childCount(*m_docs[s], side.node) > 0 ? 1 : 0;
        any = any || side.kids;
    }
    if (!any)
        return false;
    if (!m_onlyDifferences || spreads(*item))
        return true;
    return item->side[0].below > 0 || item->side[1].below > 0;
}

bool CompareTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    Item *item = itemFor(parent);
    if (item == m_root.get())
        return false;
    return item->children.size() < planSize(item);
}

void CompareTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Item *item = itemFor(parent);
    appendChildren(parent, item,
                   std::min<size_t>(kFetchBatch, planSize(item) - item->children.size()));
}

void CompareTreeModel::fillSide(Item &child, int s, const Child &kid) const
{
    const Item &parent = *child.parent;
    SideItem &side = child.side[s];
    side.node = kid.node;
    side.label = kid.label;
    side.path = ps::pathOf(parent.side[s].path, kid.step);
    const auto &index = m_result->index;
    if (const auto c = index.changeAt(sideOf(s), child.root, side.path))
        side.change = static_cast<int>(*c);
    side.below = index.changesBelow(sideOf(s), child.root, side.path);
    // Inside an added, removed or retyped value: every row below shares its state.
    const SideItem &up = parent.side[s];
    if (up.inherited)
        side.inherited = up.inherited;
    else if (up.change >= 0) {
        const RowStatus st
            = CompareColours::statusOf(m_result->diff.changes[static_cast<size_t>(up.change)].kind);
        if (spreadingKind(st))
            side.inherited = st;
    }
    int depth = 0;
    for (const Item *a = &parent; a && a != m_root.get() && depth < kCycleSearchDepth;
         a = a->parent, ++depth) {
        if (a->side[s].node == kid.node) {
            side.cycle = true;
            break;
        }
    }
}

void CompareTreeModel::appendChildren(const QModelIndex &parent, Item *item, size_t count)
{
    plan(item);
    const size_t first = item->children.size();
    if (count == 0)
        return;
    // Children of list-like sides come in pages; keyed ones were listed by plan().
    std::vector<Child> pages[2];
    if (item->byPosition) {
        for (int s = 0; s < 2; ++s) {
            if (first < item->count[s] && item->side[s].node != kNoNode)
                pages[s] = ps::children(*m_docs[s], item->side[s].node, first,
                                        std::min(count, item->count[s] - first));
        }
    }
    std::vector<std::unique_ptr<Item>> made;
    made.reserve(count);
    for (size_t k = first; k < first + count; ++k) {
        auto child = std::make_unique<Item>();
        child->parent = item;
        child->row = static_cast<int>(k);
        child->root = item->root;
        for (int s = 0; s < 2; ++s) {
            if (item->byPosition) {
                const size_t at = k - first;
                if (at < pages[s].size())
                    fillSide(*child, s, pages[s][at]);
                continue;
            }
            const size_t i = s == 0 ? item->pairs[k].first : item->pairs[k].second;
            if (i == kNone)
                continue;
            if (!item->kids[s].empty()) {
                fillSide(*child, s, item->kids[s][i]);
            } else {
                const auto one = ps::children(*m_docs[s], item->side[s].node, i, 1);
                if (!one.empty())
                    fillSide(*child, s, one.front());
            }
        }
        made.push_back(std::move(child));
    }
    beginInsertRows(parent, static_cast<int>(first), static_cast<int>(first + made.size() - 1));
    for (auto &child : made)
        item->children.push_back(std::move(child));
    endInsertRows();
}

RowStatus CompareTreeModel::status(const QModelIndex &index, Side side) const
{
    if (!index.isValid())
        return RowStatus::Equal;
    const Item &item = *itemFor(index);
    const SideItem &s = item.side[sideIndex(side)];
    if (s.node == kNoNode)
        return RowStatus::Absent;
    if (s.change >= 0)
        return CompareColours::statusOf(m_result->diff.changes[static_cast<size_t>(s.change)].kind);
    if (s.inherited)
        return *s.inherited;
    // Counting a dict's children lists its entries: once per row, not once per paint.
    if (s.kids < 0)
        s.kids = childCount(*m_docs[sideIndex(side)], s.node) > 0 ? 1 : 0;
    if (s.below > 0) // a leaf with changes below it (an array's fields) differs itself
        return s.kids ? RowStatus::Contains : RowStatus::Changed;
    // Differences below the row on the other side only (a key added there) concern it too.
    const SideItem &other = item.side[1 - sideIndex(side)];
    if (other.node != kNoNode && (other.below > 0 || other.change >= 0 || other.inherited)
        && s.kids)
        return RowStatus::Contains;
    return RowStatus::Equal;
}

int CompareTreeModel::changeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    const Item &item = *itemFor(index);
    return item.side[0].change >= 0 ? item.side[0].change : item.side[1].change;
}

NodeId CompareTreeModel::nodeOf(const QModelIndex &index, Side side) const
{
    return index.isValid() ? itemFor(index)->side[sideIndex(side)].node : kNoNode;
}

std::string CompareTreeModel::pathOf(const QModelIndex &index, Side side) const
{
    return index.isValid() ? itemFor(index)->side[sideIndex(side)].path : std::string();
}

uint32_t CompareTreeModel::rootOf(const QModelIndex &index) const
{
    return index.isValid() ? itemFor(index)->root : 0;
}

std::optional<size_t> CompareTreeModel::positionOf(Item *item, int s,
                                                   const std::string &childPath) const
{
    plan(item);
    const std::string &base = item->side[s].path;
    if (item->byPosition) {
        const auto steps = parsePath(childPath);
        if (!steps || steps->empty())
            return std::nullopt;
        const PathStep &last = steps->back();
        if (last.type != PathStep::Type::Index || last.indices.size() != 1 || last.indices[0] < 0)
            return std::nullopt;
        const auto i = static_cast<size_t>(last.indices[0]);
        if (i >= item->count[s] || ps::pathOf(base, last) != childPath)
            return std::nullopt;
        return i;
    }
    for (size_t k = 0; k < item->pairs.size(); ++k) {
        const size_t i = s == 0 ? item->pairs[k].first : item->pairs[k].second;
        if (i == kNone)
            continue;
        const PathStep step = item->kids[s].empty() ? PathStep::index({static_cast<int64_t>(i)})
                                                    : item->kids[s][i].step;
        if (ps::pathOf(base, step) == childPath)
            return k;
    }
    return std::nullopt;
}

QModelIndex CompareTreeModel::indexForChange(size_t change)
{
    const auto &changes = m_result->diff.changes;
    if (change >= changes.size())
        return {};
    const diff::Change &c = changes[change];
    if (c.kind == diff::ChangeKind::Added)
        return indexForPath(Side::New, c.root, c.newPath.empty() ? c.path : c.newPath);
    return indexForPath(Side::Old, c.root, c.path);
}

QModelIndex CompareTreeModel::indexForPath(Side side, uint32_t root, const std::string &path)
{
    const int s = sideIndex(side);
    Item *item = nullptr;
    for (const auto &top : m_root->children) {
        if (top->root == root)
            item = top.get();
    }
    if (!item)
        return {};
    const auto steps = parsePath(path);
    if (!steps)
        return indexFor(item);
    std::string prefix;
    for (const PathStep &step : *steps) {
        prefix = ps::pathOf(prefix, step);
        const auto position = positionOf(item, s, prefix);
        if (!position)
            break; // below the rows (an array field): the deepest row stands for it
        while (item->children.size() <= *position) {
            const size_t before = item->children.size();
            appendChildren(indexFor(item), item,
                           std::min<size_t>(std::max<size_t>(kFetchBatch, *position + 1 - before),
                                            planSize(item) - before));
            if (item->children.size() == before)
                return indexFor(item);
        }
        item = item->children[*position].get();
    }
    return indexFor(item);
}

QVariant CompareTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Item &item = *itemFor(index);
    const Side side = sideOfColumn(index.column());
    const int s = sideIndex(side);
    const SideItem &sideItem = item.side[s];
    const Document &doc = *m_docs[s];
    const int column = index.column() % 3;
    const bool present = sideItem.node != kNoNode && sideItem.node < doc.graph().size();
    switch (role) {
    case Qt::DisplayRole:
        if (!present)
            return {};
        switch (column) {
        case 0: {
            QString name = toQString(sideItem.label);
            const Interpretation *in = doc.interpretation(sideItem.node);
            if (in && in->what == Recognised::Estimator)
                name += QStringLiteral(": ") + toQString(shortType(doc, sideItem.node));
            return name;
        }
        case 1:
            return toQString(shortType(doc, sideItem.node));
        case 2:
            if (sideItem.cycle)
                return tr("→ an enclosing object (a cycle)");
            return toQString(summary(doc, sideItem.node, kSummaryWidth));
        }
        break;
    case Qt::ToolTipRole: {
        const RowStatus st = status(index, side);
        QString tip = CompareColours::name(st);
        if (present)
            tip = toQString(pythonType(doc, sideItem.node)) + QStringLiteral(" · ") + tip;
        const int change = sideItem.change;
        if (change >= 0) {
            const diff::Change &c = m_result->diff.changes[static_cast<size_t>(change)];
            if (!c.oldSummary.empty() || !c.newSummary.empty())
                tip += QLatin1Char('\n') + toQString(c.oldSummary) + QStringLiteral(" → ")
                       + toQString(c.newSummary);
        } else if (st == RowStatus::Contains) {
            tip += QLatin1Char('\n')
                   + tr("%n difference(s) below", nullptr, static_cast<int>(sideItem.below));
        }
        return tip;
    }
    case Qt::DecorationRole:
        if (column == 0 && present)
            return ObjectTreeModel::iconFor(doc, sideItem.node);
        break;
    case Qt::BackgroundRole: {
        const auto colour
            = CompareColours::background(status(index, side), QGuiApplication::palette());
        if (colour)
            return *colour;
        break;
    }
    case Qt::FontRole:
        if (status(index, side) == RowStatus::Contains && column == 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case StatusRole:
        return static_cast<int>(status(index, side));
    case ChangeRole:
        return sideItem.change;
    case NodeRole:
        return QVariant::fromValue<quint32>(sideItem.node);
    case PathRole:
        return toQString(sideItem.path);
    case RootRole:
        return static_cast<int>(item.root);
    }
    return {};
}

QVariant CompareTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section % 3) {
    case 0:
        return tr("Name");
    case 1:
        return tr("Type");
    case 2:
        return tr("Value");
    }
    return {};
}

Qt::ItemFlags CompareTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace ps::gui
