// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

#include <string>
#include <unordered_set>
#include <vector>

namespace ps::gui {

class ObjectTreeModel;

/// Shows only the rows a search matched, their ancestors (so a match is reachable) and their
/// descendants (so a matched container can still be opened). Matches are row chains found by
/// a search over the whole document (TreeIndex), not only over the rows created so far.
class TreeFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TreeFilterProxy(QObject *parent = nullptr);

    void setTreeModel(ObjectTreeModel *model);
    /// Filters to these matches (row chains from the top level); creates the source rows on
    /// the way. An empty list with `active` shows nothing; `active` false shows everything.
    void setMatches(const std::vector<std::vector<int>> &chains, bool active);
    bool isFiltering() const { return m_active; }
    bool isMatch(const QModelIndex &proxyIndex) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    static std::string key(const std::vector<int> &chain, size_t length);

    ObjectTreeModel *m_tree = nullptr;
    bool m_active = false;
    std::unordered_set<std::string> m_matches;
    std::unordered_set<std::string> m_prefixes;
};

} // namespace ps::gui
