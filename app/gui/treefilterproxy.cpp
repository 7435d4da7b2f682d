// SPDX-License-Identifier: MIT
#include "treefilterproxy.h"

#include "objecttreemodel.h"

namespace ps::gui {

TreeFilterProxy::TreeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
}

void TreeFilterProxy::setTreeModel(ObjectTreeModel *model)
{
    m_tree = model;
    m_active = false;
    m_matches.clear();
    m_prefixes.clear();
    setSourceModel(model);
}

std::string TreeFilterProxy::key(const std::vector<int> &chain, size_t length)
{
    std::string k;
    k.reserve(length * sizeof(int));
    for (size_t i = 0; i < length && i < chain.size(); ++i)
        k.append(reinterpret_cast<const char *>(&chain[i]), sizeof(int));
    return k;
}

void TreeFilterProxy::setMatches(const std::vector<std::vector<int>> &chains, bool active)
{
    m_matches.clear();
    m_prefixes.clear();
    if (active && m_tree) {
        for (const auto &chain : chains) {
            m_tree->indexForRowChain(chain);
            m_matches.insert(key(chain, chain.size()));
            for (size_t n = 1; n < chain.size(); ++n)
                m_prefixes.insert(key(chain, n));
        }
    }
    m_active = active;
    invalidateFilter();
}

bool TreeFilterProxy::isMatch(const QModelIndex &proxyIndex) const
{
    if (!m_active || !m_tree || !proxyIndex.isValid())
        return false;
    const auto chain = m_tree->rowChain(mapToSource(proxyIndex));
    return m_matches.count(key(chain, chain.size())) != 0;
}

bool TreeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_active || !m_tree)
        return true;
    auto chain = m_tree->rowChain(sourceParent);
    chain.push_back(sourceRow);
    const std::string full = key(chain, chain.size());
    if (m_prefixes.count(full) || m_matches.count(full))
        return true;
    for (size_t n = chain.size() - 1; n > 0; --n) {
        if (m_matches.count(key(chain, n)))
            return true;
    }
    return false;
}

} // namespace ps::gui
