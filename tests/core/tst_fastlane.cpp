// SPDX-License-Identifier: MIT
// The unpickler's fast lane (OpenOptions::fastLane, the common opcodes without a decoded
// instruction) builds exactly the document its general lane builds: every node (kind, flags,
// stream, byte range, value, items, text, global, object), the roots, the streams with their
// errors, recorded instructions and raw regions, the anomalies and the warnings — on every fixture
// file (real models, hostile files, files that are no pickle at all), on seeded mutants of them,
// and on crafted pickles that stop at each check the fast lane hands back to the general lane.
#include "document/document.h"
#include "fixture_files.h"
#include "graph/graph.h"
#include "reader/reader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <cstring>
#include <sstream>
#include <string>
#include <vector>

using namespace ps;

namespace {

void describeItems(std::ostream &out, std::span<const NodeId> items)
{
    out << '[';
    for (NodeId c : items)
        out << c << ',';
    out << ']';
}

/// Everything the reader produced, one line per node and per stream.
std::string describe(const Document &doc)
{
    std::ostringstream out;
    const Graph &g = doc.graph();
    for (NodeId id = 0; id < g.size(); ++id) {
        const Node n = g.node(id);
        out << id << ' ' << int(n.kind) << ' ' << int(n.flags) << ' ' << n.stream << ' ' << n.begin
            << '-' << n.end << ' ';
        switch (n.kind) {
        case Kind::None:
        case Kind::Bool:
        case Kind::Int:
        case Kind::Float:
        case Kind::Ext:
        case Kind::Buffer:
        case Kind::Unknown:
            out << n.v.i; // a float's bits
            break;
        case Kind::BigInt: {
            const auto &b = g.bigint(id);
            out << b.size() << ':';
            out.write(reinterpret_cast<const char *>(b.data()), std::streamsize(b.size()));
            break;
        }
        case Kind::Str:
        case Kind::Bytes:
        case Kind::ByteArray:
        case Kind::Py2String:
            out << g.text(id).size() << ':' << g.text(id);
            break;
        case Kind::Tuple:
        case Kind::List:
        case Kind::Dict:
        case Kind::Set:
        case Kind::FrozenSet:
            describeItems(out, g.items(id));
            break;
        case Kind::Global:
            out << g.global(id).module << '|' << g.global(id).name << '|' << g.global(id).moduleNode
                << '|' << g.global(id).nameNode;
            break;
        case Kind::Call:
        case Kind::Instance:
        case Kind::PersId: {
            const ObjectData &o = g.object(id);
            out << int(o.origin) << ' ' << o.callable << ' ' << o.args << ' ' << o.kwargs;
            describeItems(out, o.states);
            describeItems(out, o.listItems);
            describeItems(out, o.dictItems);
            describeItems(out, o.setItems);
            break;
        }
        }
        out << '\n';
    }
    out << "roots";
    describeItems(out, doc.roots());
    out << '\n';
    for (const PickleStream &s : doc.streams()) {
        out << "stream " << s.name << ' ' << s.buffer << ' ' << s.begin << '-' << s.end << " p"
            << s.protocol << ' ' << s.hasProto << " root " << s.root << " ops " << s.opcodes
            << " error " << (s.error ? s.error->message + " " + s.error->opcode : std::string("-"))
            << " at " << (s.error ? s.error->offset : 0);
        describeItems(out, s.partialStack);
        out << '\n';
        for (const auto *records : {&s.instructions, &s.regions}) {
            for (const Instruction &i : *records)
                out << ' ' << i.offset << '+' << uint64_t(i.length) << '/' << uint64_t(i.opcode)
                    << '/' << int(i.type) << '/' << uint64_t(i.nesting);
            out << '\n';
        }
    }
    for (const Document::ReadAnomaly &a : doc.readAnomalies())
        out << "anomaly " << a.stream << ' ' << a.offset << ' ' << a.message << '\n';
    for (const std::string &w : doc.warnings())
        out << "warning " << w << '\n';
    for (const auto &m : doc.foreignMutations())
        out << "mutation " << m.target << ' ' << m.value << ' ' << int(m.opcode) << ' ' << m.offset
            << '\n';
    out << "error " << (doc.error() ? doc.error()->message : std::string("-")) << " at "
        << (doc.error() ? doc.error()->offset : 0) << '\n';
    return out.str();
}

/// The document read through each lane, with and without recorded instructions.
void compareLanes(const std::vector<uint8_t> &bytes, const QString &what, bool record,
                  int *fastOpcodes = nullptr)
{
    OpenOptions general;
    general.fastLane = false;
    general.recordInstructions = record;
    OpenOptions fast;
    fast.recordInstructions = record;
    const auto a = openDocumentBytes(bytes, "lanes.pkl", general);
    const auto b = openDocumentBytes(bytes, "lanes.pkl", fast);
    const std::string expected = describe(*a);
    const std::string actual = describe(*b);
    if (expected != actual) {
        // The first differing line says what went wrong.
        std::istringstream e(expected), f(actual);
        std::string le, lf;
        while (std::getline(e, le) && std::getline(f, lf) && le == lf) {
        }
        QFAIL(qPrintable(QStringLiteral("%1: general lane '%2', fast lane '%3'")
                             .arg(what, QString::fromStdString(le), QString::fromStdString(lf))));
    }
    if (fastOpcodes)
        for (const PickleStream &s : b->streams())
            *fastOpcodes += int(s.opcodes);
}

std::vector<uint8_t> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = f.readAll();
    return std::vector<uint8_t>(data.begin(), data.end());
}

} // namespace

class tst_FastLane : public QObject
{
    Q_OBJECT

private slots:
    void everyFixture_data();
    void everyFixture();
    void randomMutations();
    void handsBackAtEachCheck_data();
    void handsBackAtEachCheck();
    void limitsAndProgress();
};

void tst_FastLane::everyFixture_data()
{
    addFixtureFileRows();
}

/// Real models, joblib and torch files, hostile files, and files that are no pickle: the same
/// document from both lanes, with the instructions recorded and without.
void tst_FastLane::everyFixture()
{
    QFETCH(QString, path);
    const std::vector<uint8_t> bytes = readFile(path);
    compareLanes(bytes, path, false);
    compareLanes(bytes, path, true);
}

/// Seeded damage turns opcodes into others and lengths into wrong ones: every mutant reads the
/// same through both lanes, and the mutants do reach the errors and anomalies.
void tst_FastLane::randomMutations()
{
    const char *files[]
        = {"lr_iris_p2.pkl", "lr_iris_p4.pkl",   "pydata_p1.pkl",    "pydata_p5.pkl",
           "stdlib_p2.pkl",  "recursive_p4.pkl", "multi_pickle.pkl", "sk_gb_3class_p4.pkl"};
    QRandomGenerator random(1717);
    int errors = 0;
    for (int round = 0; round < 800; ++round) {
        const char *name = files[random.bounded(int(std::size(files)))];
        std::vector<uint8_t> bytes = readFile(QStringLiteral(PS_FIXTURES "/") + name);
        QVERIFY(!bytes.empty());
        const int changes = 1 + random.bounded(4);
        for (int c = 0; c < changes; ++c)
            bytes[random.bounded(int(bytes.size()))] = uint8_t(random.bounded(256));
        compareLanes(bytes, QStringLiteral("%1 round %2").arg(QString::fromLatin1(name)).arg(round),
                     round % 4 == 0);
        OpenOptions o;
        errors += openDocumentBytes(bytes, "mutant.pkl", o)->error().has_value();
    }
    QVERIFY2(errors > 200, qPrintable(QString::number(errors)));
}

void tst_FastLane::handsBackAtEachCheck_data()
{
    QTest::addColumn<QByteArray>("bytes");
    auto row = [](const char *name, const char *bytes, size_t size) {
        QTest::newRow(name) << QByteArray(bytes, qsizetype(size));
    };
#define ROW(name, literal) row(name, literal, sizeof(literal) - 1)
    // Truncated arguments (decodeInstruction refuses them).
    ROW("truncated BININT", "\x80\x04J\x01\x02");
    ROW("truncated BINFLOAT", "\x80\x04G\x3f\xf0");
    ROW("truncated SHORT_BINUNICODE", "\x80\x04\x8c\x05"
                                      "ab");
    ROW("truncated BINUNICODE length", "\x80\x04X\x05\x00");
    ROW("BINUNICODE longer than the file", "\x80\x04X\xff\xff\xff\xff"
                                           "abc.");
    // Invalid UTF-8 and lone surrogates (surrogatepass accepts them).
    ROW("invalid UTF-8", "\x80\x04\x8c\x02\xc3\x28\x94.");
    ROW("lone surrogate", "\x80\x04\x8c\x03\xed\xa0\x80\x94.");
    ROW("non-ASCII text", "\x80\x04\x8c\x04\xc3\xa9\xc3\xa9\x94.");
    // Memo: a GET of nothing, a PUT of a MARK, a PUT with an empty stack.
    ROW("BINGET of nothing", "\x80\x04h\x07.");
    ROW("LONG_BINGET of nothing", "\x80\x04j\x07\x00\x00\x00.");
    ROW("MEMOIZE of a MARK", "\x80\x04(\x94.");
    ROW("BINPUT with an empty stack", "\x80\x02q\x00.");
    ROW("PUT and GET far apart", "\x80\x02K\x05r\x00\x00\x01\x00j\x00\x00\x01\x00\x86.");
    // Containers: odd SETITEMS, unhashable keys, targets that are not dicts or lists.
    ROW("odd SETITEMS", "\x80\x04}(K\x01u.");
    ROW("list key", "\x80\x04}(]K\x01u.");
    ROW("tuple key", "\x80\x04}(K\x01\x85K\x02u.");
    ROW("tuple holding a list as key", "\x80\x04}(]\x85K\x02u.");
    ROW("SETITEMS on a list", "\x80\x04](K\x01K\x02u.");
    ROW("APPENDS on a dict", "\x80\x04}(K\x01"
                             "e.");
    ROW("APPENDS on None", "\x80\x04N(K\x01"
                           "e.");
    ROW("SETITEMS without MARK", "\x80\x04}K\x01K\x02u.");
    ROW("SETITEMS with nothing below MARK", "\x80\x04(K\x01K\x02u.");
    ROW("SETITEMS below a second MARK", "\x80\x04}((K\x01K\x02u.");
    ROW("SETITEM on an int", "\x80\x04K\x01K\x02K\x03s.");
    ROW("SETITEM underflow", "\x80\x04}K\x01s.");
    ROW("APPEND behind a MARK", "\x80\x04](K\x01"
                                "a.");
    ROW("APPEND on an object", "\x80\x04\x8c\x01m\x8c\x01"
                               "c\x93)\x81K\x01"
                               "a.");
    ROW("SETITEMS on an object", "\x80\x04\x8c\x01m\x8c\x01"
                                 "c\x93)\x81(K\x01K\x02u.");
    ROW("TUPLE2 underflow", "\x80\x04K\x01\x86.");
    ROW("TUPLE3 behind a MARK", "\x80\x04K\x01(K\x02K\x03\x87.");
    // Frames: an opcode across the end of its frame, a frame inside a frame, a short frame.
    ROW("opcode crosses its frame",
        "\x80\x04\x95\x03\x00\x00\x00\x00\x00\x00\x00}K\x01G\x00\x00\x00\x00\x00\x00\x00\x00.");
    ROW("frame in a frame",
        "\x80\x04\x95\x0c\x00\x00\x00\x00\x00\x00\x00]\x95\x02\x00\x00\x00\x00\x00\x00\x00K\x01"
        "a.");
    ROW("frame past the end", "\x80\x04\x95\xff\x00\x00\x00\x00\x00\x00\x00}K\x01.");
    // Ranges, protocols, a second pickle after the first.
    ROW("protocol 0 opcodes only", "(lp0\nI1\naI2\na.");
    ROW("two pickles", "\x80\x04}\x94(\x8c\x01"
                       "a\x94K\x01u.\x80\x02]q\x00(K\x01K\x02"
                       "e.");
    ROW("STOP with items left", "\x80\x04K\x01(K\x02.");
#undef ROW
}

/// Each check the fast lane makes before it changes anything: the general lane then runs the
/// opcode and reports the same error, anomaly or value.
void tst_FastLane::handsBackAtEachCheck()
{
    QFETCH(QByteArray, bytes);
    const std::vector<uint8_t> data(bytes.begin(), bytes.end());
    compareLanes(data, QString::fromLatin1(QTest::currentDataTag()), false);
    compareLanes(data, QString::fromLatin1(QTest::currentDataTag()), true);
}

/// The opcode, stack, MARK and memo limits and the progress callback fall at the same opcode in
/// both lanes (the fast lane hands the opcode at each boundary to the general one).
void tst_FastLane::limitsAndProgress()
{
    // A list of 3,000 small dicts, protocol 4: every opcode has a fast case.
    std::vector<uint8_t> bytes = {0x80, 0x04, ']', 0x94, '('};
    for (int i = 0; i < 3000; ++i) {
        const uint8_t dict[] = {'}',  0x94, '(', 0x8c, 0x02, 'i',  'd', 'K', uint8_t(i & 0x7f),
                                0x8c, 0x01, 'x', 'G',  0x3f, 0xf0, 0,   0,   0,
                                0,    0,    0,   'u'};
        bytes.insert(bytes.end(), std::begin(dict), std::end(dict));
    }
    bytes.push_back('e');
    bytes.push_back('.');
    bool same = true;
    auto both = [&](const std::function<void(OpenOptions &)> &set) {
        OpenOptions general;
        general.fastLane = false;
        set(general);
        OpenOptions fast;
        set(fast);
        uint64_t calls[2] = {0, 0};
        general.progress = [&](uint64_t, uint64_t) {
            return ++calls[0] < 3;
        };
        fast.progress = [&](uint64_t, uint64_t) {
            return ++calls[1] < 3;
        };
        const auto a = openDocumentBytes(bytes, "limits.pkl", general);
        const auto b = openDocumentBytes(bytes, "limits.pkl", fast);
        same = describe(*a) == describe(*b) && calls[0] == calls[1];
        return a->error() ? a->error()->message : std::string();
    };
    QVERIFY(both([](OpenOptions &) {}).empty());
    QVERIFY(same);
    QVERIFY(both([](OpenOptions &o) { o.limits.maxOpcodes = 20001; }).find("limit reached")
            != std::string::npos);
    QVERIFY(same);
    QVERIFY(both([](OpenOptions &o) { o.limits.maxStack = 3; }).find("stack exceeds")
            != std::string::npos);
    QVERIFY(same);
    QVERIFY(both([](OpenOptions &o) { o.limits.maxMarks = 1; }).find("open MARKs")
            != std::string::npos);
    QVERIFY(same);
    QVERIFY(both([](OpenOptions &o) { o.limits.maxMemo = 1000; }).find("memo exceeds")
            != std::string::npos);
    QVERIFY(same);
    // Progress: the callback runs at the same opcodes and cancels at the same place.
    std::vector<uint8_t> big;
    big.reserve(bytes.size() * 40);
    big.insert(big.end(), bytes.begin(), bytes.end() - 2);
    for (int copy = 0; copy < 40; ++copy)
        big.insert(big.end(), bytes.begin() + 5, bytes.end() - 2);
    big.push_back('e');
    big.push_back('.');
    bytes = big;
    QVERIFY(both([](OpenOptions &) {}).find("cancelled") != std::string::npos);
    QVERIFY(same);
}

QTEST_GUILESS_MAIN(tst_FastLane)
#include "tst_fastlane.moc"
