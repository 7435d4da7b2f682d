// SPDX-License-Identifier: MIT
// Our disassembly equals pickletools' opcode by opcode — offset, name and argument repr — on
// every fixture pickletools can walk (NAME.dis.json, written by tests/fixtures/generate.py
// from pickletools.genops). The same opcode table drives this listing and the unpickler.
#include "document/document.h"
#include "fixture_files.h"
#include "present/disassembly.h"
#include "reader/reader.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <limits>
#include <sstream>

using namespace ps;

class tst_Dis : public QObject
{
    Q_OBJECT

private slots:
    void matchesPickletools_data();
    void matchesPickletools();
    void textListing();
    void streamsOnlyListsAsAFullRead_data();
    void streamsOnlyListsAsAFullRead();
    void streamsOnlyTruncatedAndCorrupted_data();
    void streamsOnlyTruncatedAndCorrupted();
    void streamsOnlyRandomMutations();
    void streamsOnlyCraftedPickles_data();
    void streamsOnlyCraftedPickles();
    void streamsOnlyBuildsNoObjects_data();
    void streamsOnlyBuildsNoObjects();
    void indexListsAsRecorded();
    void indexMemoryBounded_data();
    void indexMemoryBounded();
};

namespace {

/// What `picklescope-cli dis` prints for a document: the listing, the JSON listing, the error.
std::string listings(const Document &doc)
{
    std::ostringstream out;
    writeDisassembly(out, doc);
    out << "--- json\n";
    writeDisassemblyJson(out, doc);
    out << "--- error: " << (doc.error() ? doc.error()->toString() : std::string("none"))
        << "\n--- streams: " << doc.streams().size() << '\n';
    return out.str();
}

/// The reference: a full read with the unpickler's instruction records.
std::string fullListings(const std::function<std::unique_ptr<Document>(const OpenOptions &)> &open)
{
    OpenOptions options;
    options.recordInstructions = true;
    return listings(*open(options));
}

/// As `picklescope-cli dis` opens a file: streams only (in full where the scan cannot vouch
/// for a pickle), listed from the bytes.
std::unique_ptr<Document>
openForListing(const std::function<std::unique_ptr<Document>(const OpenOptions &)> &open)
{
    OpenOptions options;
    options.streamsOnly = true;
    return open(options);
}

/// Everything a line holds, for comparisons.
QString describe(const DisLine &l)
{
    return QStringLiteral("%1 len=%2 type=%3 nest=%4 op=%5 depth=%6 note=[%7] problem=[%8] | %9")
        .arg(l.offset)
        .arg(l.length)
        .arg(int(l.type))
        .arg(l.nesting)
        .arg(l.opcode)
        .arg(l.markDepth)
        .arg(QString::fromStdString(l.note), QString::fromStdString(l.problem),
             QString::fromStdString(formatDisLine(l)));
}

/// The listing index of every stream of `doc` (opened without records, as the window opens
/// files) against `recorded` (the same bytes opened with OpenOptions::recordInstructions: the
/// unpickler's own record of what it read): the same lines in order and at random rows, the
/// same offset lookups and ranges. Returns the first difference, or an empty string.
QString compareIndexWithRecord(const Document &doc, const Document &recorded)
{
    if (doc.streams().size() != recorded.streams().size())
        return QStringLiteral("stream counts differ");
    QRandomGenerator random(42);
    for (size_t s = 0; s < doc.streams().size(); ++s) {
        const auto where = [s](const char *what, size_t at) {
            return QStringLiteral("stream %1, %2 %3: ").arg(s).arg(QLatin1String(what)).arg(at);
        };
        std::vector<DisLine> expected;
        DisassemblyIndex::forEachLine(recorded, s, 200,
                                      [&](const DisLine &l) { expected.push_back(l); });
        const auto &instructions = recorded.streams()[s].instructions;
        if (expected.size() != instructions.size())
            return where("recorded lines", expected.size());
        const DisassemblyIndex index(doc, s);
        if (index.size() != expected.size())
            return where("size", index.size()) + QString::number(expected.size());
        DisassemblyIndex::Cursor cursor(index);
        for (size_t i = 0; i < expected.size(); ++i)
            if (describe(cursor.line(i)) != describe(expected[i]))
                return where("line in order", i) + describe(cursor.line(i)) + QStringLiteral(" != ")
                       + describe(expected[i]);
        for (int k = 0; k < 64 && !expected.empty(); ++k) {
            const size_t i = random.bounded(quint64(expected.size()));
            if (describe(index.line(i)) != describe(expected[i]))
                return where("random line", i) + describe(index.line(i));
            if (describe(cursor.line(i)) != describe(expected[i]))
                return where("cursor jump to line", i) + describe(cursor.line(i));
        }
        // Offsets: pickletools' listing of the recorded instructions is the reference.
        auto reference = [&](uint64_t offset) -> std::optional<size_t> {
            auto it = std::upper_bound(
                instructions.begin(), instructions.end(), offset,
                [](uint64_t v, const Instruction &ins) { return v < ins.offset; });
            if (it == instructions.begin())
                return std::nullopt;
            --it;
            if (offset >= it->offset + std::max<uint64_t>(it->length, 1))
                return std::nullopt;
            return size_t(it - instructions.begin());
        };
        const PickleStream &st = doc.streams()[s];
        const uint64_t span = st.end - st.begin + 2;
        std::vector<uint64_t> probes;
        for (const Instruction &ins : instructions)
            if (probes.size() < 4000)
                probes.insert(probes.end(),
                              {ins.offset, ins.offset + ins.length / 2, ins.offset + ins.length});
        for (int k = 0; k < 200; ++k)
            probes.push_back(st.begin + random.bounded(quint64(span)) - (st.begin > 0));
        for (uint64_t offset : probes) {
            if (index.instructionAt(offset) != reference(offset))
                return where("instructionAt", offset);
            const uint64_t end = offset + random.bounded(64);
            // The opcode panel's rows for a byte range, as it found them in the records.
            std::optional<std::pair<size_t, size_t>> want;
            auto first = std::upper_bound(
                instructions.begin(), instructions.end(), offset,
                [](uint64_t v, const Instruction &ins) { return v < ins.offset; });
            if (first != instructions.begin())
                --first;
            if (first != instructions.end()
                && first->offset + std::max<uint64_t>(first->length, 1) <= offset)
                ++first;
            auto last = std::lower_bound(
                instructions.begin(), instructions.end(), std::max(end, offset + 1),
                [](const Instruction &ins, uint64_t v) { return ins.offset < v; });
            if (first < last)
                want = std::make_pair(size_t(first - instructions.begin()),
                                      size_t(last - instructions.begin()) - 1);
            if (index.linesOverlapping(offset, end) != want)
                return where("linesOverlapping", offset) + QString::number(end);
        }
    }
    return {};
}

} // namespace

/// Every fixture file (pickles, joblib, torch, npy/npz, hostile, and the JSON, Python and other
/// files that are not pickles): the streams-only open lists exactly what a full read with
/// the unpickler's records lists, errors included.
void tst_Dis::streamsOnlyListsAsAFullRead_data()
{
    addFixtureFileRows();
}

void tst_Dis::streamsOnlyListsAsAFullRead()
{
    QFETCH(QString, path);
    const std::string file = path.toStdString();
    auto open = [&](const OpenOptions &o) {
        return openDocument(file, o);
    };
    const std::string expected = fullListings(open);
    const std::string actual = listings(*openForListing(open));
    if (actual != expected) {
        size_t at = 0;
        while (at < actual.size() && at < expected.size() && actual[at] == expected[at])
            ++at;
        const size_t from = at > 200 ? at - 200 : 0;
        QFAIL(qPrintable(QStringLiteral("differs at byte %1:\n%2\n--- expected:\n%3")
                             .arg(at)
                             .arg(QString::fromStdString(actual.substr(from, 400)))
                             .arg(QString::fromStdString(expected.substr(from, 400)))));
    }
}

/// Truncated and corrupted copies of representative files: the same errors (file, offset,
/// what was expected) at the same places, and the same listing before them.
void tst_Dis::streamsOnlyTruncatedAndCorrupted_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("cut");       // keep this many bytes (-1: all)
    QTest::addColumn<int>("corrupt");   // overwrite this byte with 0xFF (-1: none)
    QTest::addColumn<QString>("error"); // what the error must say ("": any error or none)
    const char *files[]
        = {"lr_iris_p0.pkl",       "lr_iris_p4.pkl",   "multi_pickle.pkl", "pydata_p5.pkl",
           "lr_iris_zlib3.joblib", "torch_tensors.pt", "stdlib_p2.pkl"};
    for (const char *f : files) {
        const qint64 size = QFileInfo(QStringLiteral(PS_FIXTURES "/") + f).size();
        QVERIFY(size > 100);
        for (int k = 1; k <= 7; ++k) {
            const int at = int(size * k / 8);
            QTest::addRow("%s cut %d", f, at)
                << QString::fromLatin1(f) << at << -1 << QStringLiteral("offset");
            QTest::addRow("%s corrupt %d", f, at)
                << QString::fromLatin1(f) << -1 << at << QString();
        }
    }
    // The first opcode inside protocol 4's first FRAME (offset 11) made unknown.
    QTest::newRow("unknown opcode") << QStringLiteral("lr_iris_p4.pkl") << -1 << 11
                                    << QStringLiteral("offset 11: invalid load key '\\xff'");
}

void tst_Dis::streamsOnlyTruncatedAndCorrupted()
{
    QFETCH(QString, file);
    QFETCH(int, cut);
    QFETCH(int, corrupt);
    QFETCH(QString, error);
    QFile f(QStringLiteral(PS_FIXTURES "/") + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    if (cut >= 0)
        bytes.truncate(cut);
    if (corrupt >= 0)
        bytes[corrupt] = char(0xFF);
    const std::vector<uint8_t> data(bytes.begin(), bytes.end());
    auto open = [&](const OpenOptions &o) {
        return openDocumentBytes(data, "damaged.pkl", o);
    };
    const std::string expected = fullListings(open);
    QCOMPARE(listings(*openForListing(open)), expected);
    if (!error.isEmpty())
        QVERIFY2(expected.find(error.toStdString()) != std::string::npos, expected.c_str());
}

/// Seeded random damage (a few bytes set to random values, which turns opcodes into others,
/// lengths into wrong ones, kinds into ones the unpickler refuses): every mutant lists as a
/// full read lists it, and both the scanned and the fallback paths are exercised.
void tst_Dis::streamsOnlyRandomMutations()
{
    const char *files[] = {"lr_iris_p0.pkl",   "lr_iris_p2.pkl",   "lr_iris_p4.pkl",
                           "pydata_p1.pkl",    "pydata_p5.pkl",    "stdlib_p2.pkl",
                           "recursive_p4.pkl", "multi_pickle.pkl", "py2_p0_nonascii.pkl"};
    QRandomGenerator random(1313);
    int scanned = 0, fullReads = 0, errors = 0;
    for (int round = 0; round < 600; ++round) {
        const char *name = files[random.bounded(int(std::size(files)))];
        QFile f(QStringLiteral(PS_FIXTURES "/") + name);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        const int changes = 1 + random.bounded(3);
        for (int c = 0; c < changes; ++c)
            bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
        const std::vector<uint8_t> data(bytes.begin(), bytes.end());
        auto open = [&](const OpenOptions &o) {
            return openDocumentBytes(data, "mutant.pkl", o);
        };
        const std::string expected = fullListings(open);
        const auto doc = openForListing(open);
        QVERIFY2(
            listings(*doc) == expected,
            qPrintable(QStringLiteral("%1, round %2").arg(QString::fromLatin1(name)).arg(round)));
        const bool wasScanned = doc->graph().size() == 0 && doc->roots().empty();
        scanned += wasScanned;
        fullReads += !wasScanned;
        errors += doc->error().has_value();
    }
    // Both paths, and errors on both, are exercised.
    QVERIFY2(scanned > 50 && fullReads > 50 && errors > 50,
             qPrintable(QStringLiteral("%1 scanned, %2 read in full, %3 errors")
                            .arg(scanned)
                            .arg(fullReads)
                            .arg(errors)));
}

/// Small pickles the unpickler refuses, or reads differently from a plain opcode scan (joblib
/// arrays, the legacy PyTorch magic number): the streams-only open reads them in full and lists
/// the same; the harmless ones it scans.
void tst_Dis::streamsOnlyCraftedPickles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("scanned");
    auto row = [](const char *name, const char *bytes, size_t size, bool scanned) {
        QTest::newRow(name) << QByteArray(bytes, qsizetype(size)) << scanned;
    };
#define ROW(name, literal, scanned) row(name, literal, sizeof(literal) - 1, scanned)
    ROW("append to None", "NNa.", false);
    ROW("memo miss", "Nh\x05.", false);
    ROW("list as dict key", "}]K\x01s.", false);
    ROW("tuple holding a list as dict key", "}]\x85K\x01s.", false);
    ROW("tuple as dict key", "}K\x01\x85K\x01s.", true);
    ROW("empty stack at STOP", "(N0.", false);
    ROW("second pickle refused", "K\x01.NNa.", false);
    ROW("protocol 6", "N\x80\x06N.", false);
    ROW("frame longer than the file", "\x80\x04\x95\xff\x00\x00\x00\x00\x00\x00\x00N.", true);
    ROW("frame longer than the file, then refused",
        "\x80\x04\x95\xff\x00\x00\x00\x00\x00\x00\x00NNa.", false);
    ROW("frame longer than the file, then truncated",
        "\x80\x04\x95\xff\x00\x00\x00\x00\x00\x00\x00(N\x8c", true);
    ROW("bad UTF-8", "N\x8c\x01\xff.", false);
    ROW("sparse memo index", "Nr\xff\xff\xff\x00.", false);
    ROW("joblib wrapper name", "cjoblib.numpy_pickle\nNumpyArrayWrapper\n)\x81}b.", false);
    ROW("wrapper name by STACK_GLOBAL",
        "\x8c\x13joblib.numpy_pickle\x8c\x11NumpyArrayWrapper\x93)\x81.", false);
    ROW("big integer first", "\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19.K\x01.", false);
    ROW("memo and marks",
        "(K\x01q\x00h\x00]q\x01(h\x01"
        "e\x94\x86\x94"
        "0t.",
        true);
    ROW("truncated after a valid pickle", "K\x01.K", true);
    ROW("unknown opcode", "(K\x01\xffK\x02.", true);
#undef ROW
}

void tst_Dis::streamsOnlyCraftedPickles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, scanned);
    const std::vector<uint8_t> data(bytes.begin(), bytes.end());
    auto open = [&](const OpenOptions &o) {
        return openDocumentBytes(data, "crafted.pkl", o);
    };
    const std::string expected = fullListings(open);
    QCOMPARE(listings(*openForListing(open)), expected);
    OpenOptions options;
    options.streamsOnly = true;
    // Scanned: no objects. Each refused pickle makes an object before the refusal.
    QCOMPARE(open(options)->graph().size() == 0, scanned);
}

/// The files `dis` lists without building objects (and those it still reads in full).
void tst_Dis::streamsOnlyBuildsNoObjects_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("scanned");
    const QString corpus = QStringLiteral(PS_FIXTURES "/");
    const QString hostile = QStringLiteral(PS_FIXTURES "/../hostile/");
    for (const char *f : {"lr_iris_p0.pkl", "lr_iris_p4.pkl", "lr_iris_p5.pkl", "multi_pickle.pkl",
                          "py2_p0_nonascii.pkl", "recursive_p2.pkl", "pd_dataframe_p5.pkl",
                          "sk_random_forest_p4.pkl", "torch_tensors.pt", "np_structured_p5.pkl"})
        QTest::newRow(f) << corpus + f << true;
    for (const char *f : {"frame_straddle_p4.pkl", "later_pickle_broken.pkl", "os_system_p4.pkl",
                          "pickle_then_zip.pt"})
        QTest::newRow(f) << hostile + f << true;
    // joblib raw array data, a legacy PyTorch checkpoint, an .npz: the unpickler decides.
    for (const char *f : {"lr_iris.joblib", "lr_iris_zlib3.joblib", "torch_tensors_legacy.pt"})
        QTest::newRow(f) << corpus + f << false;
    QTest::newRow("deflated.npz") << QStringLiteral(PS_FIXTURES "/../npy/deflated.npz") << false;
}

void tst_Dis::streamsOnlyBuildsNoObjects()
{
    QFETCH(QString, path);
    QFETCH(bool, scanned);
    OpenOptions options;
    options.streamsOnly = true;
    auto doc = openDocument(path.toStdString(), options);
    QVERIFY(!doc->streams().empty());
    QCOMPARE(doc->graph().size() == 0, scanned);
    QCOMPARE(doc->roots().empty(), scanned);
    // Every stream is listed from its bytes: none records its instructions; a joblib file
    // read in full says where its raw array data lies.
    QVERIFY(std::all_of(doc->streams().begin(), doc->streams().end(),
                        [&](const PickleStream &s) { return s.instructions.empty(); }));
    QCOMPARE(!doc->streams().front().regions.empty(), path.endsWith(QLatin1String(".joblib")));
}

/// Every fixture file (pickles, joblib with raw arrays and nested object-array pickles, torch,
/// npy/npz, hostile, and files that are not pickles): the window's listing index, read from
/// the bytes, gives exactly the lines of the unpickler's record — in order, at random rows —
/// and the same offset lookups.
void tst_Dis::indexListsAsRecorded()
{
    const QStringList files = allFixtureFiles();
    QVERIFY(files.size() > 700);
    size_t raw = 0;
    size_t nested = 0;
    size_t lines = 0;
    for (const QString &f : files) {
        OpenOptions record;
        record.recordInstructions = true;
        const auto recorded = openDocument(f.toStdString(), record);
        const auto doc = openDocument(f.toStdString());
        for (const PickleStream &st : doc->streams()) {
            QVERIFY(st.instructions.empty());
            for (const Instruction &r : st.regions)
                (r.type == Instruction::Type::NestedPickle ? nested : raw) += 1;
        }
        for (const PickleStream &st : recorded->streams())
            lines += st.instructions.size();
        const QString difference = compareIndexWithRecord(*doc, *recorded);
        QVERIFY2(difference.isEmpty(), qPrintable(f + QStringLiteral(": ") + difference));
    }
    // The fixtures hold joblib raw array data and nested pickles (object arrays).
    QVERIFY(raw > 20);
    QVERIFY(nested > 0);
    QVERIFY(lines > 100000);
}

void tst_Dis::indexMemoryBounded_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("maxBytesPerLine"); // beyond a constant
    const int n = 200000;
    // 200,000 MARKs open (the unpickler's limit is a million), then lists closing them.
    QByteArray deep("\x80\x02");
    deep += QByteArray(n, '(');
    for (int i = 0; i < n; ++i)
        deep += "l";
    deep += ".";
    QTest::newRow("deep mark stack") << deep << 2;
    // MARKs opened and closed one level deeper each time: a staircase.
    QByteArray stairs("\x80\x02");
    for (int i = 0; i < n / 2; ++i)
        stairs += "(K\x01";
    for (int i = 0; i < n / 2; ++i)
        stairs += "t";
    stairs += ".";
    QTest::newRow("staircase") << stairs << 2;
    // A big memo: a MEMOIZE per list, and PUTs naming the same few indices again and again.
    QByteArray memo("\x80\x04]");
    for (int i = 0; i < n; ++i)
        memo += i % 3 ? QByteArray("]\x94") : QByteArray("q\x05");
    memo += "0";
    memo += ".";
    QTest::newRow("big memo, repeated PUTs") << memo << 1;
    // A wide stack: items above one MARK.
    QByteArray wide("\x80\x02(");
    for (int i = 0; i < n; ++i)
        wide += "N";
    wide += "t.";
    QTest::newRow("wide stack") << wide << 1;
}

/// Crafted pickles whose pairing state is big (deep MARK stacks, a big memo, repeated PUTs):
/// the index keeps at most about a byte per line, and its lines are still those recorded.
void tst_Dis::indexMemoryBounded()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, maxBytesPerLine);
    const std::vector<uint8_t> data(bytes.begin(), bytes.end());
    OpenOptions record;
    record.recordInstructions = true;
    const auto recorded = openDocumentBytes(data, "crafted.pkl", record);
    const auto doc = openDocumentBytes(data, "crafted.pkl");
    QVERIFY2(doc->streams().size() == 1, doc->error() ? doc->error()->toString().c_str() : "");
    const DisassemblyIndex index(*doc, 0);
    QVERIFY(index.size() > 100000);
    QCOMPARE(index.size(), recorded->streams()[0].instructions.size());
    // The recorded instructions alone take 16 bytes per line.
    qInfo("%zu bytes for %zu lines", index.memoryBytes(), index.size());
    QVERIFY2(
        index.memoryBytes() <= size_t(maxBytesPerLine) * index.size() + 4096,
        qPrintable(
            QStringLiteral("%1 bytes for %2 lines").arg(index.memoryBytes()).arg(index.size())));
    std::vector<DisLine> expected;
    DisassemblyIndex::forEachLine(*recorded, 0, 200,
                                  [&](const DisLine &l) { expected.push_back(l); });
    QRandomGenerator random(7);
    for (int k = 0; k < 20; ++k) {
        const size_t i = random.bounded(quint64(expected.size()));
        QCOMPARE(describe(index.line(i)), describe(expected[i]));
    }
    DisassemblyIndex::Cursor cursor(index);
    for (size_t i = expected.size() - 300; i < expected.size(); ++i)
        QCOMPARE(describe(cursor.line(i)), describe(expected[i]));
}

void tst_Dis::matchesPickletools_data()
{
    QTest::addColumn<QString>("disPath");
    const QDir dir(QStringLiteral(PS_FIXTURES));
    const QStringList files
        = dir.entryList({QStringLiteral("*.dis.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() > 30);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f.chopped(int(strlen(".dis.json"))))) << dir.filePath(f);
}

void tst_Dis::matchesPickletools()
{
    QFETCH(QString, disPath);
    QFile f(disPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray streams
        = QJsonDocument::fromJson(f.readAll()).object().value("streams").toArray();
    const QString file = disPath.chopped(int(strlen(".dis.json")));
    auto doc = openDocument(file.toStdString());
    QVERIFY2(doc->ok(), doc->error() ? doc->error()->toString().c_str() : "");
    QCOMPARE(int(doc->streams().size()), streams.size());

    int compared = 0;
    for (int s = 0; s < streams.size(); ++s) {
        const QJsonArray ops = streams.at(s).toObject().value("ops").toArray();
        const auto lines = disassembleStream(*doc, size_t(s), std::numeric_limits<size_t>::max());
        const uint64_t begin = doc->streams()[size_t(s)].begin;
        QCOMPARE(int(lines.size()), ops.size());
        for (int i = 0; i < ops.size(); ++i) {
            const QJsonArray op = ops.at(i).toArray();
            const DisLine &line = lines[size_t(i)];
            const QString where = QStringLiteral("stream %1 op %2").arg(s).arg(i);
            QVERIFY2(line.offset - begin == uint64_t(op.at(0).toInteger()), qPrintable(where));
            QVERIFY2(QString::fromStdString(line.name) == op.at(1).toString(),
                     qPrintable(where + ": " + QString::fromStdString(line.name)));
            const QString arg = line.argument ? QString::fromStdString(*line.argument) : QString();
            if (op.at(2).isNull())
                QVERIFY2(!line.argument, qPrintable(where + " has an argument: " + arg));
            else
                QVERIFY2(arg == op.at(2).toString(),
                         qPrintable(where + ": " + arg.left(200)
                                    + " != " + op.at(2).toString().left(200)));
            ++compared;
        }
    }
    QVERIFY(compared > 0);
}

/// The text listing has pickletools' shape: offset, opcode byte, MARK indentation, name, arg.
void tst_Dis::textListing()
{
    auto doc = openDocument(std::string(PS_FIXTURES) + "/lr_iris_p4.pkl");
    QVERIFY(doc->ok());
    std::ostringstream out;
    writeDisassembly(out, *doc);
    const QString text = QString::fromStdString(out.str());
    QVERIFY2(text.contains(QStringLiteral("    0: \\x80 PROTO      4")),
             qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("STACK_GLOBAL")));
    QVERIFY(text.contains(QStringLiteral("'sklearn.linear_model._logistic'")));
    QVERIFY(text.contains(QStringLiteral("  829: .    STOP")));
    QVERIFY(text.trimmed().endsWith(QStringLiteral("highest protocol among opcodes = 4")));
}

QTEST_GUILESS_MAIN(tst_Dis)
#include "tst_dis.moc"
