// SPDX-License-Identifier: MIT
// Where each finding sits in the loaded object: one breadth-first search from the roots, then a
// path (`picklescope-cli get` syntax) for every located finding.
#include "security/analyser.h"

#include "present/children.h"

#include <deque>

namespace ps::security::detail {

namespace {

/// Steps of a tree path at most (deeper findings get the path of an ancestor).
constexpr size_t kMaxPathSteps = 4096;

} // namespace

void Analyser::locate()
{
    size_t remaining = 0;
    std::vector<uint8_t> target(m_g.size(), 0);
    for (const Finding &f : m_rep.findings)
        if (valid(f.node) && !target[f.node]) {
            target[f.node] = 1;
            ++remaining;
        }
    if (remaining == 0)
        return;
    std::vector<Link> links(m_g.size());
    std::deque<NodeId> queue;
    const auto &roots = m_doc.roots();
    for (uint32_t r = 0; r < roots.size(); ++r)
        if (valid(roots[r]) && links[roots[r]].how == Unvisited) {
            links[roots[r]] = {kNoNode, r, Root};
            queue.push_back(roots[r]);
        }
    size_t visits = 0;
    auto visit = [&](NodeId parent, NodeId child, uint32_t index, How how) {
        if (valid(child) && links[child].how == Unvisited) {
            links[child] = {parent, index, how};
            queue.push_back(child);
        }
    };
    while (!queue.empty() && remaining > 0 && visits < m_opt.maxPathVisits) {
        const NodeId n = queue.front();
        queue.pop_front();
        ++visits;
        if (target[n])
            --remaining;
        // Plain lists and tuples: children() would list the items by index, which the raw
        // edges below do without building a Child per item.
        const Kind kind = m_g.kind(n);
        if ((kind != Kind::List && kind != Kind::Tuple) || m_doc.interpretation(n)) {
            const auto kids = children(m_doc, n, 0, m_opt.maxPathVisits - visits);
            for (size_t i = 0; i < kids.size(); ++i)
                visit(n, kids[i].node, static_cast<uint32_t>(i), Child);
        }
        if (m_g.isObject(n)) {
            const ObjectData &obj = m_g.object(n);
            if (m_g.kind(n) != Kind::PersId)
                visit(n, obj.callable, 0, RawCallable);
            visit(n, obj.args, 0, RawArgs);
            visit(n, obj.kwargs, 0, RawKwargs);
            for (size_t i = 0; i < obj.states.size(); ++i)
                visit(n, obj.states[i], static_cast<uint32_t>(i), RawState);
            for (const auto *v : {&obj.listItems, &obj.dictItems, &obj.setItems})
                for (NodeId item : *v)
                    visit(n, item, 0, RawInside);
        } else if (kind == Kind::Dict) {
            // <key N> / <value N> count the entries Python keeps (dictEntries): a key
            // repeated later keeps its first key node and its last value; the values it
            // replaced were built while loading but no path reaches them.
            const auto &items = m_g.items(n);
            const auto entries = dictEntries(m_doc, items);
            for (size_t k = 0; k < entries.size(); ++k) {
                visit(n, items[entries[k].keyIndex], static_cast<uint32_t>(k), RawDictKey);
                visit(n, items[entries[k].valueIndex], static_cast<uint32_t>(k), RawDictValue);
            }
            for (NodeId item : items)
                visit(n, item, 0, RawInside);
        } else if (m_g.isContainer(n)) {
            const auto &items = m_g.items(n);
            for (size_t i = 0; i < items.size(); ++i)
                visit(n, items[i], static_cast<uint32_t>(i), RawItem);
        } else if (kind == Kind::Global && isComputed(n)) {
            visit(n, m_g.global(n).moduleNode, 0, RawInside);
            visit(n, m_g.global(n).nameNode, 0, RawInside);
        }
    }
    const bool complete = queue.empty() || remaining == 0;
    for (Finding &f : m_rep.findings) {
        if (!valid(f.node))
            continue;
        if (links[f.node].how == Unvisited) {
            if (complete && f.kind == FindingKind::Call)
                f.explanation += m_doc.error()
                                     ? ". Its result is not part of what was read before "
                                       "the error, but the call runs while loading"
                                     : ". Its result is discarded, but the call still runs "
                                       "while loading";
            continue;
        }
        f.reachable = true;
        f.path = pathOf(links, f.node, f.root, f.pathToHolder);
    }
}

std::string Analyser::pathOf(const std::vector<Link> &links, NodeId node, uint32_t &root,
                             bool &toHolder) const
{
    std::vector<PathStep> steps;
    NodeId cur = node;
    size_t hops = 0;
    while (links[cur].how != Root && hops++ < m_g.size()) {
        const Link &l = links[cur];
        switch (l.how) {
        case Child: {
            const auto kid = children(m_doc, l.parent, l.index, 1);
            if (!kid.empty())
                steps.push_back(kid.front().step);
            break;
        }
        case RawCallable:
            steps.push_back(PathStep::attribute("<callable>"));
            break;
        case RawArgs:
            steps.push_back(PathStep::attribute("<args>"));
            break;
        case RawKwargs:
            steps.push_back(PathStep::attribute("<kwargs>"));
            break;
        case RawState:
            steps.push_back(PathStep::attribute("<state " + std::to_string(l.index) + ">"));
            break;
        case RawItem:
            steps.push_back(PathStep::index({static_cast<int64_t>(l.index)}));
            break;
        case RawDictKey:
            steps.push_back(PathStep::attribute("<key " + std::to_string(l.index) + ">"));
            break;
        case RawDictValue:
            steps.push_back(PathStep::attribute("<value " + std::to_string(l.index) + ">"));
            break;
        case RawInside:
            // No syntax reaches this value: the path leads to the object holding it.
            steps.clear();
            toHolder = true;
            break;
        default:
            break;
        }
        cur = l.parent;
    }
    root = links[cur].index;
    if (steps.size() > kMaxPathSteps) {
        // Too deep to show: the path to an ancestor, kMaxPathSteps below the root.
        steps.erase(steps.begin(), steps.end() - static_cast<ptrdiff_t>(kMaxPathSteps));
        toHolder = true;
    }
    std::reverse(steps.begin(), steps.end());
    return formatPath(steps);
}

} // namespace ps::security::detail
