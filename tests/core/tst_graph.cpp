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
    void payloadsDecodedFromTheirOpcodes();
    void documentLeavesWithoutStoredPayloads();
};

namespace {
/// Reads `items` as a file: a protocol 4 pickle of one list of them (EMPTY_LIST MEMOIZE MARK
/// items APPENDS STOP).
std::unique_ptr<Document> readListPickle(QTemporaryFile &tmp, const QByteArray &items)
{
    const QByteArray pickle = QByteArray("\x80\x04]\x94(", 5) + items + "e.";
    if (!tmp.open() || tmp.write(pickle) != pickle.size() || !tmp.flush())
        return nullptr;
    auto doc = openDocument(tmp.fileName().toStdString());
    if (!doc->ok() && doc->error())
        qWarning("%s", doc->error()->toString().c_str());
    return doc;
}
} // namespace

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
    QByteArray pickle;
    const int count = 600000;
    for (int i = 0; i < count; ++i) {
        const QByteArray s = QByteArray("text number ") + QByteArray::number(i)
                             + QByteArray(12, char('a' + i % 26));
        pickle += char(0x8c); // SHORT_BINUNICODE
        pickle += char(s.size());
        pickle += s;
    }
    QTemporaryFile tmp;
    const auto doc = readListPickle(tmp, pickle);
    QVERIFY(doc && doc->ok());
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

void tst_Graph::payloadsDecodedFromTheirOpcodes()
{
    // One stream holding each opcode whose node keeps no payload, at known offsets.
    std::vector<uint8_t> stream{
        0x4e,                                         // 0  NONE
        0x88,                                         // 1  NEWTRUE
        0x89,                                         // 2  NEWFALSE
        0x4b, 200,                                    // 3  BININT1 200
        0x4d, 0x40, 0x9c,                             // 5  BININT2 40000
        0x4a, 0xfb, 0xff, 0xff, 0xff,                 // 8  BININT -5
        0x47, 0xc0, 0x04, 0,    0,    0,   0,   0, 0, // 13 BINFLOAT -2.5
        0x8c, 3,    'a',  'b',  'c',                  // 22 SHORT_BINUNICODE 'abc'
        0x42, 2,    0,    0,    0,    'x', 'y',       // 27 BINBYTES b'xy'
        0x4a, 0xff, 0xff, 0xff, 0x7f,                 // 34 BININT 2**31 - 1
        0x58, 1,    0,    0,    0,    'z',            // 39 BINUNICODE 'z'
        0x43, 0,                                      // 45 SHORT_BINBYTES b''
        0x58, 200,  0,    0,    0, // 47 BINUNICODE of 200 bytes, too long for the head: stored
    };
    stream.resize(stream.size() + 200, 'q');
    Graph g;
    g.setStreamBase(0, stream.data());
    double minus25 = -2.5;
    uint64_t minus25Bits = 0;
    std::memcpy(&minus25Bits, &minus25, 8);
    struct Leaf
    {
        NodeId id;
        Kind kind;
        uint64_t begin, end;
        int64_t value;
    };
    std::vector<Leaf> leaves;
    std::vector<NodeId> lists;
    // 300 rounds: stored payloads (lists) between file-backed ones, across many 64-node blocks.
    for (int round = 0; round < 300; ++round) {
        auto leaf = [&](Kind kind, uint64_t bits, uint64_t begin, uint64_t end) {
            leaves.push_back({g.addValueFromFile(kind, bits, 0, begin, end), kind, begin, end,
                              static_cast<int64_t>(bits)});
        };
        leaf(Kind::None, 0, 0, 1);
        leaf(Kind::Bool, 1, 1, 2);
        if (round % 3 == 0)
            lists.push_back(g.addContainer(Kind::List, {}, 0, 2, 3));
        leaf(Kind::Bool, 0, 2, 3);
        leaf(Kind::Int, 200, 3, 5);
        leaf(Kind::Int, 40000, 5, 8);
        leaf(Kind::Int, uint64_t(-5), 8, 13);
        leaf(Kind::Float, minus25Bits, 13, 22);
        leaf(Kind::Int, 0x7fffffff, 34, 39);
        if (round % 7 == 0)
            lists.push_back(g.addContainer(Kind::List, {}, 0, 2, 3));
    }
    const NodeId abc = g.addInlineText(Kind::Str, 2, 0, 22, 27);
    const NodeId xy = g.addInlineText(Kind::Bytes, 5, 0, 27, 34);
    const NodeId z = g.addInlineText(Kind::Str, 5, 0, 39, 45);
    const NodeId empty = g.addInlineText(Kind::Bytes, 2, 0, 45, 47);
    const NodeId longText = g.addInlineText(Kind::Str, 5, 0, 47, 252);
    for (NodeId l : lists)
        g.appendItem(l, leaves.front().id);
    for (const Leaf &leaf : leaves) {
        const Node n = g.node(leaf.id);
        QCOMPARE(n.kind, leaf.kind);
        QCOMPARE(n.v.i, leaf.value);
        QCOMPARE(n.begin, leaf.begin);
        QCOMPARE(n.end, leaf.end);
    }
    QCOMPARE(g.node(leaves[6].id).v.f, -2.5);
    for (NodeId l : lists) {
        QCOMPARE(g.items(l).size(), size_t(1));
        QCOMPARE(g.items(l)[0], leaves.front().id);
    }
    QCOMPARE(g.text(abc), std::string_view("abc"));
    QCOMPARE(g.node(abc).end, uint64_t(27));
    QCOMPARE(g.text(xy), std::string_view("xy"));
    QCOMPARE(g.text(z), std::string_view("z"));
    QCOMPARE(g.node(z).end, uint64_t(45));
    QCOMPARE(g.text(empty), std::string_view(""));
    QCOMPARE(g.node(empty).end, uint64_t(47));
    QCOMPARE(g.text(longText), std::string_view(std::string(200, 'q')));
    QCOMPARE(g.node(longText).end, uint64_t(252));

    // Changed later: a new value, a moved range, a text whose range grows. Each keeps what it
    // holds now, and its neighbours keep theirs.
    const NodeId changed = leaves[100].id;
    g.setIntValue(changed, -77);
    QCOMPARE(g.intValue(changed), int64_t(-77));
    const NodeId moved = leaves[203].id; // a BININT1 Int
    const int64_t movedValue = g.intValue(moved);
    g.touch(moved, 0, 60);
    QCOMPARE(g.intValue(moved), movedValue);
    QCOMPARE(g.node(moved).begin, uint64_t(0));
    QCOMPARE(g.node(moved).end, uint64_t(60));
    g.touch(abc, 20, 30);
    QCOMPARE(g.text(abc), std::string_view("abc"));
    QCOMPARE(g.node(abc).begin, uint64_t(20));
    QCOMPARE(g.node(abc).end, uint64_t(30));
    for (size_t i : {size_t(99), size_t(101), size_t(202), size_t(204)})
        QCOMPARE(g.node(leaves[i].id).v.i, leaves[i].value);
    // The leaves' payloads are not stored: 8 bytes a node plus the lists and the bookkeeping.
    QVERIFY2(g.memoryUsage() < leaves.size() * 9 + lists.size() * 64 + 4096,
             std::to_string(g.memoryUsage()).c_str());

    // The file's bytes gone (a file truncated on disk reads as zeros): values read wrong, but
    // what says where a text is and how long stays in memory.
    std::fill(stream.begin(), stream.end(), uint8_t(0));
    QCOMPARE(g.text(z).size(), size_t(1));
    QCOMPARE(g.node(z).end, uint64_t(45));
    QCOMPARE(g.text(xy).size(), size_t(2));
    QCOMPARE(g.text(abc).size(), size_t(3));
    QCOMPARE(g.text(longText).size(), size_t(200));
    QCOMPARE(g.intValue(leaves[3].id), int64_t(0));
    QCOMPARE(g.intValue(leaves[1].id), int64_t(0));
    QCOMPARE(g.intValue(changed), int64_t(-77));
    QCOMPARE(g.intValue(moved), movedValue);
}

void tst_Graph::documentLeavesWithoutStoredPayloads()
{
    // A list of 130,000 leaves and tuples made by every opcode the unpickler's fast lane turns into
    // a node without a stored payload, read as a file.
    QByteArray pickle;
    const int rounds = 10000;
    for (int i = 0; i < rounds; ++i) {
        pickle += 'N';
        pickle += char(i % 2 ? 0x88 : 0x89);
        pickle += 'K';
        pickle += char(i & 0xff);
        pickle += 'M';
        pickle += char(i & 0xff);
        pickle += char((i >> 8) & 0xff);
        const int32_t big = -i * 100003;
        pickle += 'J';
        pickle += QByteArray(reinterpret_cast<const char *>(&big), 4); // little-endian host
        const double d = i * 0.25 - 7;
        uint64_t bits = 0;
        std::memcpy(&bits, &d, 8);
        pickle += 'G';
        for (int b = 7; b >= 0; --b)
            pickle += char((bits >> (8 * b)) & 0xff);
        const QByteArray t = "t" + QByteArray::number(i);
        pickle += char(0x8c);
        pickle += char(t.size());
        pickle += t;
        pickle += 'X';
        const int32_t n = int32_t(t.size());
        pickle += QByteArray(reinterpret_cast<const char *>(&n), 4);
        pickle += t;
        pickle += 'C';
        pickle += char(t.size());
        pickle += t;
        pickle += 'B';
        pickle += QByteArray(reinterpret_cast<const char *>(&n), 4);
        pickle += t;
        pickle += ")\x85"; // EMPTY_TUPLE TUPLE1: a container among the leaves
        pickle += 'N';
        pickle += char(0x88);
    }
    QTemporaryFile tmp;
    const auto doc = readListPickle(tmp, pickle);
    QVERIFY(doc && doc->ok());
    const Graph &g = doc->graph();
    const auto items = g.items(doc->roots().at(0));
    QCOMPARE(items.size(), size_t(rounds) * 13);
    for (int i = 0; i < rounds; ++i) {
        const NodeId *it = items.data() + size_t(i) * 13;
        const QByteArray t = "t" + QByteArray::number(i);
        QCOMPARE(g.kind(it[0]), Kind::None);
        QCOMPARE(g.kind(it[1]), Kind::Bool);
        QCOMPARE(g.intValue(it[1]), int64_t(i % 2));
        QCOMPARE(g.intValue(it[2]), int64_t(i & 0xff));
        QCOMPARE(g.intValue(it[3]), int64_t(i));
        QCOMPARE(g.intValue(it[4]), int64_t(-i * 100003));
        QCOMPARE(g.node(it[5]).v.f, i * 0.25 - 7);
        for (int k : {6, 7, 8, 9})
            QCOMPARE(QByteArray(g.text(it[k]).data(), int(g.text(it[k]).size())), t);
        QCOMPARE(g.kind(it[6]), Kind::Str);
        QCOMPARE(g.kind(it[8]), Kind::Bytes);
        QCOMPARE(g.kind(it[10]), Kind::Tuple);
        QCOMPARE(g.items(it[10]).size(), size_t(1));
        QCOMPARE(g.kind(g.items(it[10])[0]), Kind::Tuple);
        QCOMPARE(g.kind(it[11]), Kind::None);
        QCOMPARE(g.intValue(it[12]), int64_t(1));
    }
    // A round is 14 nodes, two of them tuples, and 14 items: 219 bytes with the leaves'
    // payloads left in the file, 315 with them stored.
    QVERIFY2(g.memoryUsage() < size_t(rounds) * 266, std::to_string(g.memoryUsage()).c_str());
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
