// SPDX-License-Identifier: MIT
// The packed object graph: what each node keeps (kind, flags, stream, byte range, value) reads
// back exactly, including the rare cases kept outside the 16 bytes (long ranges, many streams,
// texts that are not their opcode's argument), container items in the shared pool, and a mapped
// file whose pages were given back.
#include "document/document.h"
#include "graph/graph.h"
#include "graph/pod_array.h"
#include "reader/reader.h"
#include "source/mapped_file.h"

#include <QTemporaryFile>
#include <QtTest>

#include <cstring>
#include <vector>

using namespace ps;

class tst_Graph : public QObject
{
    Q_OBJECT

private slots:
    void nodeFieldsReadBack();
    void longRangesAndManyStreams();
    void itemsInterleavedGrowth();
    void spliceAndSetItem();
    void textsFoundFromTheirRange();
    void releasedFilePagesStayReadable();
    void documentAfterPagesReleased();
    void podArrayAcrossPrefaultSteps();
};

void tst_Graph::nodeFieldsReadBack()
{
    Graph g;
    const NodeId i = g.addInt(-123456789012345, 0, 10, 15);
    const NodeId f = g.addFloat(2.5, 0, 15, 24);
    const NodeId b = g.addBool(true, 0, 24, 25);
    const NodeId l = g.addContainer(Kind::List, {}, 0, 25, 26);
    g.addFlags(l, FlagMemoized | FlagIncomplete);
    g.addFlags(l, FlagComputed);
    QCOMPARE(g.kind(i), Kind::Int);
    QCOMPARE(g.node(i).v.i, int64_t(-123456789012345));
    QCOMPARE(g.node(f).v.f, 2.5);
    QCOMPARE(g.node(b).v.i, int64_t(1));
    QCOMPARE(g.node(i).begin, uint64_t(10));
    QCOMPARE(g.node(i).end, uint64_t(15));
    QCOMPARE(g.node(f).end, uint64_t(24));
    QCOMPARE(int(g.flags(l)), int(FlagMemoized | FlagIncomplete | FlagComputed));
    QCOMPARE(int(g.flags(i)), 0);
    g.touch(l, 25, 4000);
    QCOMPARE(g.node(l).begin, uint64_t(25));
    QCOMPARE(g.node(l).end, uint64_t(4000));
    QCOMPARE(int(g.flags(l)), int(FlagMemoized | FlagIncomplete | FlagComputed));
    QCOMPARE(g.kind(l), Kind::List);
}

void tst_Graph::longRangesAndManyStreams()
{
    Graph g;
    // A value node whose opcode is longer than the head's extent code (a protocol 0 FLOAT with
    // padding) and a container spanning more than 4 GiB.
    const NodeId f = g.addFloat(1.0, 0, 100, 100 + 300);
    const NodeId d = g.addContainer(Kind::Dict, {}, 1, 7, 7 + (uint64_t(5) << 30));
    const NodeId n = g.addNode(Kind::None, 0, 9, 10);
    const NodeId s = g.addNode(Kind::None, 70000, 1, 2);
    QCOMPARE(g.node(f).begin, uint64_t(100));
    QCOMPARE(g.node(f).end, uint64_t(400));
    QCOMPARE(g.node(d).end, uint64_t(7) + (uint64_t(5) << 30));
    QCOMPARE(g.stream(f), uint32_t(0));
    QCOMPARE(g.stream(d), uint32_t(1));
    QCOMPARE(g.stream(n), uint32_t(0));
    QCOMPARE(g.stream(s), uint32_t(70000));
    QCOMPARE(g.node(s).stream, uint32_t(70000));
    // Shrinking back below the limits drops the long form.
    g.touch(f, 100, 400);
    QCOMPARE(g.node(f).end, uint64_t(400));
    g.touch(d, 0, 10);
    QCOMPARE(g.node(d).begin, uint64_t(0));
    QCOMPARE(g.node(d).end, uint64_t(7) + (uint64_t(5) << 30));
}

void tst_Graph::itemsInterleavedGrowth()
{
    Graph g;
    const NodeId a = g.addContainer(Kind::List, {}, 0, 0, 1);
    const NodeId b = g.addContainer(Kind::List, {}, 0, 1, 2);
    std::vector<NodeId> expectA, expectB;
    for (int round = 0; round < 200; ++round) {
        // Each list outgrows its place while the other keeps growing behind it.
        const NodeId x = g.addInt(round, 0, 2, 3);
        const auto outA = g.appendItems(a, 3);
        outA[0] = outA[1] = outA[2] = x;
        expectA.insert(expectA.end(), 3, x);
        g.appendItem(b, x);
        expectB.push_back(x);
        const NodeId t = g.addContainer(Kind::Tuple, std::vector<NodeId>{x, x}, 0, 3, 4);
        g.appendItem(b, t);
        expectB.push_back(t);
    }
    QVERIFY(std::equal(expectA.begin(), expectA.end(), g.items(a).begin(), g.items(a).end()));
    QVERIFY(std::equal(expectB.begin(), expectB.end(), g.items(b).begin(), g.items(b).end()));
    // The pool holds the items plus at most the abandoned places of geometric growth.
    QVERIFY(g.memoryUsage() < 64 * 1024);
}

void tst_Graph::spliceAndSetItem()
{
    Graph g;
    const NodeId one = g.addInt(1, 0, 0, 1);
    const NodeId two = g.addInt(2, 0, 1, 2);
    const NodeId three = g.addInt(3, 0, 2, 3);
    const NodeId t = g.addContainer(Kind::Tuple, std::vector<NodeId>{one, two}, 0, 3, 4);
    const NodeId other = g.addContainer(Kind::List, std::vector<NodeId>{three}, 0, 4, 5);
    g.spliceItems(t, 1, 1, std::vector<NodeId>{three, three, one});
    QCOMPARE(std::vector<NodeId>(g.items(t).begin(), g.items(t).end()),
             (std::vector<NodeId>{one, three, three, one}));
    g.spliceItems(t, 0, 3, {});
    QCOMPARE(std::vector<NodeId>(g.items(t).begin(), g.items(t).end()), (std::vector<NodeId>{one}));
    g.setItem(t, 0, two);
    QCOMPARE(g.items(t)[0], two);
    QCOMPARE(g.items(other).size(), size_t(1));
    QCOMPARE(g.items(other)[0], three);
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, g.spliceItems(t, 2, 0, {}));
}

void tst_Graph::textsFoundFromTheirRange()
{
    // SHORT_BINUNICODE 'abc' at offset 4 of a stream: header 2 bytes, then the text.
    const std::vector<uint8_t> stream{'x', 'x', 'x', 'x', 0x8c, 3, 'a', 'b', 'c', '.'};
    Graph g;
    g.setStreamBase(0, stream.data());
    const NodeId s = g.addTextView(Kind::Str, {stream.data() + 6, 3}, 0, 4, 9);
    QCOMPARE(g.text(s), std::string_view("abc"));
    QCOMPARE(g.node(s).end, uint64_t(9));
    // A later change of its range keeps its bytes.
    g.touch(s, 0, 10);
    QCOMPARE(g.text(s), std::string_view("abc"));
    QCOMPARE(g.node(s).begin, uint64_t(0));
    // Bytes that are not the node's own argument, and another buffer: kept as they are.
    const NodeId t = g.addTextView(Kind::Bytes, {stream.data(), 2}, 0, 4, 9);
    QCOMPARE(g.text(t), std::string_view("xx"));
    const std::string elsewhere = "zz";
    const NodeId u = g.addTextView(
        Kind::Str, {reinterpret_cast<const uint8_t *>(elsewhere.data()), 2}, 0, 7, 9);
    QCOMPARE(g.text(u), std::string_view("zz"));
    const NodeId o = g.addTextOwned(Kind::Str, "owned", 0, 4, 9);
    QCOMPARE(g.text(o), std::string_view("owned"));
    // A second base for the same stream does not move texts already found from the first.
    const std::vector<uint8_t> copy = stream;
    g.setStreamBase(0, copy.data());
    QCOMPARE(g.text(s), std::string_view("abc"));
    QCOMPARE(static_cast<const void *>(g.bytes(s).data()),
             static_cast<const void *>(stream.data() + 6));
}

void tst_Graph::releasedFilePagesStayReadable()
{
    QTemporaryFile tmp;
    QVERIFY(tmp.open());
    std::vector<char> data(3 << 20);
    for (size_t i = 0; i < data.size(); ++i)
        data[i] = static_cast<char>(i * 7 + (i >> 12));
    QCOMPARE(tmp.write(data.data(), qint64(data.size())), qint64(data.size()));
    tmp.flush();
    auto mapped = MappedFile::open(tmp.fileName().toStdString());
    QVERIFY(mapped.ok());
    const auto bytes = (*mapped)->bytes();
    QVERIFY(std::memcmp(bytes.data(), data.data(), data.size()) == 0);
    (*mapped)->releasePages(100, bytes.size() - 100);
    (*mapped)->releasePages(0, bytes.size() + 4096); // past the end: clamped
    QVERIFY(std::memcmp(bytes.data(), data.data(), data.size()) == 0);
}

void tst_Graph::documentAfterPagesReleased()
{
    // A list of 600,000 distinct strings (about 20 MB): the reader gives back the pages it has
    // read while it goes, and every string still reads from the file afterwards.
    QTemporaryFile tmp;
    QVERIFY(tmp.open());
    QByteArray pickle("\x80\x04]\x94(", 5);
    const int count = 600000;
    for (int i = 0; i < count; ++i) {
        const QByteArray s = QByteArray("text number ") + QByteArray::number(i)
                             + QByteArray(12, char('a' + i % 26));
        pickle += char(0x8c); // SHORT_BINUNICODE
        pickle += char(s.size());
        pickle += s;
    }
    pickle += "e."; // APPENDS STOP
    QCOMPARE(tmp.write(pickle), qint64(pickle.size()));
    tmp.flush();
    auto doc = openDocument(tmp.fileName().toStdString());
    QVERIFY2(doc->ok(), doc->error() ? doc->error()->toString().c_str() : "");
    const Graph &g = doc->graph();
    const auto items = g.items(doc->roots().at(0));
    QCOMPARE(items.size(), size_t(count));
    for (int i : {0, 1, 77777, 300000, count - 1}) {
        const QByteArray s = QByteArray("text number ") + QByteArray::number(i)
                             + QByteArray(12, char('a' + i % 26));
        QCOMPARE(QByteArray(g.text(items[size_t(i)]).data(), int(g.text(items[size_t(i)]).size())),
                 s);
    }
}

QTEST_GUILESS_MAIN(tst_Graph)
/// A PodArray filled far past its prefault steps (pushes, extends, copies, moves, truncation)
/// holds what was written, and the pages faulted in ahead of it read zero until written.
void tst_Graph::podArrayAcrossPrefaultSteps()
{
    constexpr size_t kStep = PodMapping::kPrefaultStep / sizeof(uint32_t);
    PodArray<uint32_t> a;
    const size_t count = 11 * kStep + 12345; // 44 MiB: many steps and several regrowths
    for (size_t i = 0; i < count; ++i) {
        a.push_back(static_cast<uint32_t>(i * 2654435761u));
        if (i % (3 * kStep + 7) == 0) {
            // An extend in the middle, across a step boundary.
            uint32_t *more = a.extend(kStep + 3);
            for (size_t k = 0; k < kStep + 3; ++k)
                more[k] = static_cast<uint32_t>(~k);
        }
    }
    // Wait for the background thread's populate requests to be served: it never writes, so
    // the capacity past the size still reads zero.
    QTest::qWait(50);
    for (size_t i = a.size(); i < a.capacity(); i += 4096 / sizeof(uint32_t))
        QCOMPARE(a.data()[i], 0u);

    std::vector<uint32_t> expected;
    for (size_t i = 0; i < count; ++i) {
        expected.push_back(static_cast<uint32_t>(i * 2654435761u));
        if (i % (3 * kStep + 7) == 0) {
            for (size_t k = 0; k < kStep + 3; ++k)
                expected.push_back(static_cast<uint32_t>(~k));
        }
    }
    QCOMPARE(a.size(), expected.size());
    QVERIFY(std::memcmp(a.data(), expected.data(), expected.size() * sizeof(uint32_t)) == 0);

    PodArray<uint32_t> copy;
    copy = a;
    copy.push_back(7);
    QCOMPARE(copy.size(), a.size() + 1);
    QCOMPARE(copy.back(), 7u);
    QVERIFY(std::memcmp(copy.data(), a.data(), a.size() * sizeof(uint32_t)) == 0);

    PodArray<uint32_t> moved(std::move(a));
    QCOMPARE(a.size(), size_t(0));
    a.push_back(1); // the moved-from array starts again
    QCOMPARE(a.size(), size_t(1));
    moved.truncate(kStep / 2);
    for (size_t i = 0; i < 3 * kStep; ++i)
        moved.push_back(static_cast<uint32_t>(i));
    QCOMPARE(moved.size(), kStep / 2 + 3 * kStep);
    QCOMPARE(moved[kStep / 2 - 1], expected[kStep / 2 - 1]);
    QCOMPARE(moved[kStep / 2 + 3 * kStep - 1], static_cast<uint32_t>(3 * kStep - 1));
}

#include "tst_graph.moc"
