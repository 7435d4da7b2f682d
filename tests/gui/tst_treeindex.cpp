// SPDX-License-Identifier: MIT
// The window's breadth-first tree index (lean: entries derived from the listed nodes) against
// a plain breadth-first walk over present/children.h on real fixtures, shared and cyclic ones
// included; its search; its size.
#include "gui_testing.h"
#include "path/path.h"
#include "present/children.h"
#include "present/python_type.h"
#include "present/summary.h"
#include "reader/reader.h"
#include "treeindex.h"
#include "treesearch.h"

#include <QDirIterator>
#include <QTemporaryDir>

#include <unordered_map>

using namespace ps;
using namespace ps::gui;

namespace {

/// Every row of the browsing tree in breadth-first order, a node's children listed at its
/// first occurrence only: what the index describes, kept as one record per row.
struct Walk
{
    struct Row
    {
        NodeId node = kNoNode;
        uint32_t parent = TreeIndex::kNoEntry;
        int row = 0;
        std::string label;
        std::string path;
    };
    std::vector<Row> rows;
    std::unordered_map<NodeId, uint32_t> first;
    bool complete = true;

    Walk(const Document &doc, size_t maxRows)
    {
        auto add = [&](Row row) {
            if (rows.size() >= maxRows) {
                complete = false;
                return false;
            }
            first.try_emplace(row.node, static_cast<uint32_t>(rows.size()));
            rows.push_back(std::move(row));
            return true;
        };
        for (size_t r = 0; r < doc.roots().size(); ++r) {
            if (!add(Row{doc.roots()[r], TreeIndex::kNoEntry, static_cast<int>(r), "root", {}}))
                return;
        }
        for (size_t next = 0; next < rows.size(); ++next) {
            const NodeId node = rows[next].node;
            if (first.at(node) != next || node >= doc.graph().size())
                continue;
            const auto kids = children(doc, node);
            for (size_t i = 0; i < kids.size(); ++i) {
                if (!add(Row{kids[i].node, static_cast<uint32_t>(next), static_cast<int>(i),
                             kids[i].label, ps::pathOf(rows[next].path, kids[i].step)}))
                    return;
            }
        }
    }

    std::vector<int> chain(uint32_t e) const
    {
        std::vector<int> out;
        for (; e != TreeIndex::kNoEntry; e = rows[e].parent)
            out.insert(out.begin(), rows[e].row);
        return out;
    }
};

bool containsIgnoringAsciiCase(std::string haystack, std::string needle)
{
    auto lower = [](std::string &s) {
        for (char &c : s)
            c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    };
    lower(haystack);
    lower(needle);
    return haystack.find(needle) != std::string::npos;
}

QStringList fixtureFiles()
{
    QStringList files;
    for (const QString &dir : {QStringLiteral(PS_FIXTURES), QStringLiteral(PS_HOSTILE)}) {
        QDirIterator it(dir, {QStringLiteral("*.pkl"), QStringLiteral("*.joblib")}, QDir::Files);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

} // namespace

class tst_TreeIndex : public QObject
{
    Q_OBJECT

    /// Compares the index with the plain walk: same rows, nodes, chains, parents, first
    /// occurrences, paths, visiting order and labels.
    static void compare(const Document &doc, const TreeIndex &index, const Walk &walk)
    {
        QCOMPARE(index.complete(), walk.complete);
        QCOMPARE(size_t(index.size()), walk.rows.size());
        for (uint32_t e = 0; e < walk.rows.size(); ++e) {
            const Walk::Row &row = walk.rows[e];
            QCOMPARE(index.rowChain(e), walk.chain(e));
            QCOMPARE(index.parentOf(e), row.parent);
            QCOMPARE(index.childEntry(row.parent, row.row), e);
            QCOMPARE(index.nodeAt(doc, e), row.node);
            QCOMPARE(index.pathOf(doc, e), row.path);
            // A node's children are listed at its first place only.
            const bool listed = walk.first.at(row.node) == e;
            const uint32_t firstChild = index.childEntry(e, 0);
            if (!listed)
                QCOMPARE(firstChild, TreeIndex::kNoEntry);
            else if (firstChild != TreeIndex::kNoEntry)
                QCOMPARE(walk.rows[firstChild].parent, e);
        }
        QCOMPARE(index.rowChain(index.size()), std::vector<int>{});
        QCOMPARE(index.childEntry(TreeIndex::kNoEntry, static_cast<int>(doc.roots().size())),
                 TreeIndex::kNoEntry);
        for (NodeId id = 0; id < doc.graph().size(); ++id) {
            const auto it = walk.first.find(id);
            const auto entry = index.entryOf(id);
            QCOMPARE(entry.has_value(), it != walk.first.end());
            if (entry)
                QCOMPARE(*entry, it->second);
        }
        uint32_t visited = 0;
        const bool all = index.forEach(doc, [&](const TreeIndex::Row &row) {
            if (row.entry != visited || row.entry >= walk.rows.size()
                || row.node != walk.rows[row.entry].node || row.label != walk.rows[row.entry].label)
                return false;
            ++visited;
            return true;
        });
        QVERIFY(all);
        QCOMPARE(size_t(visited), walk.rows.size());
    }

private Q_SLOTS:
    void initTestCase() { guitest::setupTestApplication(); }

    /// Every corpus and hostile fixture (the recursive ones hold self-referencing lists,
    /// dicts, objects and a 2^20-place billion-laughs tuple).
    void sameAsPlainWalk()
    {
        const QStringList files = fixtureFiles();
        QVERIFY(files.size() > 100);
        size_t shared = 0;
        for (const QString &file : files) {
            const auto doc = openDocument(file.toStdString());
            QVERIFY(doc);
            const auto index = TreeIndex::build(*doc);
            const Walk walk(*doc, 4'000'000);
            compare(*doc, *index, walk);
            if (walk.rows.size() > walk.first.size())
                ++shared;
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(file));
        }
        QVERIFY(shared > 10); // later places of shared objects are really covered
    }

    /// Stopped by its row budget, the index holds the walk's first rows and nothing else.
    void budget()
    {
        for (const char *name : {"recursive_p2.pkl", "spam_pipeline_p4.pkl"}) {
            const auto doc = openDocument(guitest::fixture(QLatin1String(name)).toStdString());
            QVERIFY(doc);
            for (size_t budget : {size_t(1), size_t(7), size_t(40)}) {
                const auto index = TreeIndex::build(*doc, nullptr, nullptr, budget);
                compare(*doc, *index, Walk(*doc, budget));
                QVERIFY(!index->complete());
                QVERIFY(searchTree(*doc, *index, "zzz-not-there").truncated);
            }
        }
    }

    /// Search finds exactly the rows whose label, type or summary holds the needle, in
    /// breadth-first order; the limit truncates; a cancelled search says so.
    void searchSameAsPlainFilter()
    {
        for (const char *name : {"recursive_p2.pkl", "spam_pipeline_p4.pkl", "random_forest.joblib",
                                 "recursive_p4.pkl"}) {
            const auto doc = openDocument(guitest::fixture(QLatin1String(name)).toStdString());
            QVERIFY(doc);
            const auto index = TreeIndex::build(*doc);
            const Walk walk(*doc, 4'000'000);
            for (const char *needle : {"lol", "TUPLE", "coef", "1", "self", "'", "x"}) {
                std::vector<uint32_t> expected;
                for (uint32_t e = 0; e < walk.rows.size(); ++e) {
                    const auto &row = walk.rows[e];
                    if (containsIgnoringAsciiCase(row.label, needle)
                        || containsIgnoringAsciiCase(shortType(*doc, row.node), needle)
                        || containsIgnoringAsciiCase(summary(*doc, row.node, 120), needle))
                        expected.push_back(e);
                }
                const auto all = searchTree(*doc, *index, needle, 1'000'000);
                QCOMPARE(all.entries, expected);
                QVERIFY(!all.truncated && !all.cancelled);
                if (expected.size() > 3) {
                    const auto cut = searchTree(*doc, *index, needle, 3);
                    QVERIFY(cut.truncated);
                    QCOMPARE(cut.entries,
                             std::vector<uint32_t>(expected.begin(), expected.begin() + 3));
                }
            }
            const std::atomic<bool> cancel{true};
            const auto cancelled = searchTree(*doc, *index, "x", 2000, &cancel);
            QVERIFY(cancelled.cancelled);
            QVERIFY(cancelled.entries.empty());
            QVERIFY(!TreeIndex::build(*doc, &cancel)->complete());
        }
    }

    /// The index holds 4 bytes per graph node and 8 per node whose children it lists; the
    /// rows themselves (labels, parents, rows of leaves) cost nothing. On 100,000 small dicts
    /// (700,001 rows, 500,007 nodes) that is under 6 bytes a row where a table of rows took 24
    /// and more.
    void memoryIsBounded()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dicts.pkl"));
        QVERIFY(guitest::writeWithPython(
            QStringLiteral("import pickle, sys\n"
                           "rows = [{'name': f'item_{i}', 'value': i * 0.5, 'flag': i % 2 == 0,\n"
                           "         'tags': ['a', 'b']} for i in range(100000)]\n"
                           "pickle.dump(rows, open(sys.argv[1], 'wb'), protocol=4)\n"),
            file));
        const auto doc = openDocument(file.toStdString());
        QVERIFY(doc);
        const auto index = TreeIndex::build(*doc);
        QVERIFY(index->complete());
        size_t parents = 0;
        for (NodeId id = 0; id < doc->graph().size(); ++id)
            parents += childCount(*doc, id) > 0 ? 1 : 0;
        QCOMPARE(index->memoryBytes(), 4 * doc->graph().size() + 8 * parents);
        QVERIFY2(index->size() > 700'000, qPrintable(QString::number(index->size())));
        QVERIFY(index->memoryBytes() < 6 * size_t(index->size()));
        // The last dict's name: its row chain and path.
        const auto found = searchTree(*doc, *index, "item_99999");
        QCOMPARE(found.entries.size(), size_t(1));
        QCOMPARE(index->rowChain(found.entries[0]), (std::vector<int>{0, 99999, 0}));
        QCOMPARE(index->pathOf(*doc, found.entries[0]), std::string("[99999]['name']"));
        // A tree this big is searched in two halves side by side: the same matches, in the
        // same order, truncated at the same place as one walk and as the plain filter.
        QVERIFY(index->size() >= kParallelSearchRows);
        const Walk walk(*doc, 4'000'000);
        for (const char *needle : {"item_9999", "a", "zzzz"}) {
            std::vector<uint32_t> expected;
            for (uint32_t e = 0; e < walk.rows.size() && expected.size() <= 2000; ++e) {
                const auto &row = walk.rows[e];
                if (containsIgnoringAsciiCase(row.label, needle)
                    || containsIgnoringAsciiCase(shortType(*doc, row.node), needle)
                    || containsIgnoringAsciiCase(summary(*doc, row.node, 120), needle))
                    expected.push_back(e);
            }
            for (size_t limit : {size_t(5), size_t(2000)}) {
                const auto one = searchTree(*doc, *index, needle, limit, nullptr, 1);
                const auto two = searchTree(*doc, *index, needle, limit, nullptr, 2);
                const size_t kept = std::min(limit, expected.size());
                QCOMPARE(one.entries,
                         std::vector<uint32_t>(expected.begin(), expected.begin() + kept));
                QCOMPARE(two.entries, one.entries);
                QCOMPARE(one.truncated, expected.size() > limit);
                QCOMPARE(two.truncated, one.truncated);
                QVERIFY(!two.cancelled);
            }
        }
        // "item_9999" and "item_99990" .. "item_99999": matches in both halves.
        QCOMPARE(searchTree(*doc, *index, "item_9999", 2000, nullptr, 2).entries.size(),
                 size_t(11));
        const std::atomic<bool> cancel{true};
        QVERIFY(searchTree(*doc, *index, "item", 2000, &cancel, 2).cancelled);
    }
};

QTEST_MAIN(tst_TreeIndex)
#include "tst_treeindex.moc"
