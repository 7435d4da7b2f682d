// SPDX-License-Identifier: MIT
// Every hostile or malformed input of shared/docs/SECURITY.md section (a) that concerns
// reading: each is refused with a clear, located error or accepted exactly as CPython would,
// without a crash, a hang or an allocation sized by the input. Rows are named after the item.
#include "document/document.h"
#include "reader/reader.h"

#include <QtTest>

#include <string>

using namespace ps;

namespace {

QByteArray bytes(const char *data, int size)
{
    return QByteArray(data, size);
}
#define B(literal) bytes(literal, sizeof(literal) - 1)

std::unique_ptr<Document> openBytes(const QByteArray &data, const OpenOptions &options = {})
{
    std::vector<uint8_t> v(data.begin(), data.end());
    return openDocumentBytes(std::move(v), "input.pkl", options);
}

} // namespace

class tst_Malformed : public QObject
{
    Q_OBJECT

private slots:
    /// Inputs that must be refused: the error names the offset and what was wrong.
    void refused_data();
    void refused();
    /// Inputs CPython accepts: we accept them too, with the same meaning.
    void memoRebinding();
    void memoizeAfterPut();
    void selfContainingList();
    void sparseHugeMemoIndex();
    void sparseMemoEntryMovesIntoTheTable();
    void billionLaughs();
    void deepNesting();
    void trailingBytes();
    void brokenTailKeepsPartialTree();
    void dottedAndStringGlobals();
    void computedStackGlobal();
    void instAndDiscardedObj();
    void extensionCodes();
    void buildOnGlobalIsRecorded();
    void persistentId();
    void popOfMark();
    void limitsAreNamedAndApplied();
};

void tst_Malformed::refused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message"); // a fragment of the expected message
    QTest::addColumn<qint64>("offset");   // expected error offset, -1 = don't check

    // (a) 1: no data / no STOP
    QTest::newRow("a01-empty") << QByteArray() << "empty" << qint64(0);
    QTest::newRow("a01-no-stop") << B("N") << "truncated" << qint64(1);
    // (a) 2: STOP on an empty stack
    QTest::newRow("a02-stop-empty") << B(".") << "underflow" << qint64(0);
    // (a) 3: bare consumers on an empty stack
    const char consumers[] = {'0', '1', '2', 'R', 'a', 'b', 'd', 'e', 'l', 'o', 's', 't', 'u'};
    for (char c : consumers)
        QTest::newRow(qPrintable(QStringLiteral("a03-bare-%1").arg(QChar(c))))
            << QByteArray(1, c).append('.') << "" << qint64(0);
    const unsigned char binary[] = {0x81, 0x85, 0x86, 0x87, 0x90, 0x91, 0x92, 0x93, 0x94};
    for (unsigned char c : binary)
        QTest::newRow(qPrintable(QStringLiteral("a03-bare-0x%1").arg(c, 2, 16)))
            << QByteArray(1, char(c)).append('.') << "" << qint64(0);
    QTest::newRow("a03-put-empty") << B("p1\n.") << "empty stack" << qint64(0);
    QTest::newRow("a03-binput-empty") << B("q\x00.") << "empty stack" << qint64(0);
    QTest::newRow("a03-long-binput-empty") << B("r\x00\x00\x00\x00.") << "empty stack" << qint64(0);
    // (a) 4: MARK misuse — a MARK is never a value
    QTest::newRow("a04-stop-on-mark") << B("N(.") << "MARK" << qint64(2);
    QTest::newRow("a04-dup-on-mark") << B("N(2") << "MARK" << qint64(2);
    QTest::newRow("a04-setitem-over-mark") << B("}(NNs") << "MARK" << qint64(4);
    QTest::newRow("a04-setitems-no-dict") << B("}((u") << "SETITEMS" << qint64(3);
    QTest::newRow("a04-tuple1-on-mark") << B("N(\x85") << "MARK" << qint64(2);
    QTest::newRow("a04-stack-global-on-mark")
        << B("Vbuiltins\n(Vlist\n\x93") << "MARK" << qint64(17);
    // (a) 5: TUPLE with no MARK
    QTest::newRow("a05-tuple-no-mark") << B("\x80\x04t.") << "MARK" << qint64(2);
    // (a) 6: odd number of items
    QTest::newRow("a06-dict-odd") << B("(NNNd.") << "odd number" << qint64(4);
    QTest::newRow("a06-setitems-odd") << B("}(NNNu.") << "odd number" << qint64(5);
    // (a) 7: APPENDS/SETITEMS with the MARK at the bottom (no target)
    QTest::newRow("a07-appends-no-list") << B("(Ne.") << "APPENDS" << qint64(2);
    QTest::newRow("a07-setitems-no-dict") << B("(NNu.") << "SETITEMS" << qint64(3);
    // (a) 8: truncated length-prefixed arguments
    QTest::newRow("a08-binunicode") << B("X\x03\x00\x00\x00"
                                         "ab")
                                    << "exceeds" << qint64(0);
    QTest::newRow("a08-binunicode8") << B("\x8d\x03\x00\x00\x00\x00\x00\x00\x00"
                                          "ab")
                                     << "exceeds" << qint64(0);
    QTest::newRow("a08-binbytes") << B("B\x03\x00\x00") << "truncated" << qint64(0);
    QTest::newRow("a08-short-binunicode") << B("\x8c\x03"
                                               "ab")
                                          << "exceeds" << qint64(0);
    // (a) 9: 8-byte lengths of 2^63 and more are compared with what is left, never allocated
    QTest::newRow("a09-binunicode8-max") << B("\x8d\xff\xff\xff\xff\xff\xff\xff\xff.")
                                         << "18446744073709551615 exceeds" << qint64(0);
    QTest::newRow("a09-binbytes8-2^63")
        << B("\x8e\x00\x00\x00\x00\x00\x00\x00\x80.") << "exceeds" << qint64(0);
    QTest::newRow("a09-bytearray8-ogrek") << B("\x96"
                                               "0000000\xbd")
                                          << "exceeds" << qint64(0);
    // (a) 10: BINUNICODE length 4 GiB - 1 is not negative, it is too long
    QTest::newRow("a10-binunicode-4g")
        << B("X\xff\xff\xff\xff.") << "4294967295 exceeds" << qint64(0);
    // (a) 11: BINSTRING length is signed
    QTest::newRow("a11-binstring-negative") << B("T\x00\x00\x00\x80.") << "negative" << qint64(0);
    // (a) 12: FRAME longer than the data
    QTest::newRow("a12-frame-too-long")
        << B("\x80\x04\x95\x00\x01\x00\x00\x00\x00\x00\x00N.") << "FRAME length" << qint64(2);
    QTest::newRow("a12-frame-max")
        << B("\x80\x04\x95\xff\xff\xff\xff\xff\xff\xff\xffN.") << "FRAME length" << qint64(2);
    // (a) 13 / 14, an opcode straddling the end of its frame and a FRAME inside a FRAME, are
    // read on as CPython's C unpickler reads them (issue 16): tst_security frameViolationReadOn.
    // (a) 17: negative PUT
    QTest::newRow("a17-negative-put") << B("Va\np-1\n.") << "negative PUT" << qint64(3);
    // (a) 18: GET of an index never PUT
    QTest::newRow("a18-get-missing") << B("g0\np0\n.") << "Memo value not found" << qint64(0);
    QTest::newRow("a18-long-binget-missing") << B("jens:") << "Memo value not found" << qint64(0);
    // (a) 21: a non-string memo value as a STACK_GLOBAL operand
    QTest::newRow("a21-int-operand")
        << B("\x80\x04K\x01\x94h\x00h\x00\x93.") << "STACK_GLOBAL requires str" << qint64(9);
    // (a) 23: unhashable keys and set items
    QTest::newRow("a23-dict-own-key")
        << B("\x80\x02}q\x00h\x00h\x00s.") << "unhashable" << qint64(9);
    QTest::newRow("a23-set-contains-itself")
        << B("\x80\x04\x8f\x94(h\x00\x90.") << "unhashable" << qint64(7);
    QTest::newRow("a23-list-key") << B("\x80\x02}]K\x01s.") << "unhashable" << qint64(6);
    // (a) 26: not an opcode
    QTest::newRow("a26-invalid-key") << B("\xff") << "invalid load key '\\xff'" << qint64(0);
    // (a) 27: unsupported protocol
    QTest::newRow("a27-proto-6") << B("\x80\x06N.") << "unsupported pickle protocol: 6"
                                 << qint64(0);
    // (a) 29: payload then a broken tail — the error is reported (partial tree: other test)
    QTest::newRow("a29-broken-tail")
        << B("cbuiltins\nexec\n(X\x05\x00\x00\x00printtRX") << "BINUNICODE" << qint64(28);
    // (a) 30: GLOBAL with invalid UTF-8
    QTest::newRow("a30-global-bad-utf8") << B("c\xff\nlog\n.") << "UTF-8" << qint64(0);
    // (a) 34: STACK_GLOBAL with bytes operands
    QTest::newRow("a34-bytes-operands") << B("\x80\x04"
                                             "C\x02osC\x06system\x93.")
                                        << "STACK_GLOBAL requires str" << qint64(14);
    // (a) 37: EXT code <= 0
    QTest::newRow("a37-ext-zero") << B("\x82\x00.") << "code <= 0" << qint64(0);
    QTest::newRow("a37-ext4-negative") << B("\x84\xff\xff\xff\xff.") << "code <= 0" << qint64(0);
    // (a) 39: SETITEM / APPEND on the wrong target
    QTest::newRow("a39-setitem-on-list")
        << B("\x80\x02]K\x01K\x02s.") << "needs a dict" << qint64(7);
    QTest::newRow("a39-append-on-tuple") << B("\x80\x02)K\x01"
                                              "a.")
                                         << "needs a list" << qint64(5);
    // (a) 41: bad NEWOBJ / NEWOBJ_EX argument types (bpo-41288)
    QTest::newRow("a41-newobj-none-args") << B("cbuiltins\nint\nN\x81.") << "tuple" << qint64(15);
    QTest::newRow("a41-newobj-ex-none-kwargs")
        << B("cbuiltins\nint\n)N\x92.") << "dict" << qint64(16);
    QTest::newRow("a41-newobj-int-class") << B("\x80\x02K\x01)\x81.") << "type object" << qint64(5);
    // (a) 42: REDUCE arguments not a tuple
    QTest::newRow("a42-reduce-none") << B("cbuiltins\nint\nNR.") << "must be a tuple" << qint64(15);
    // (a) 43: badly quoted STRING, junk after a number
    QTest::newRow("a43-unterminated-quote") << B("S'\n.") << "quoted" << qint64(0);
    QTest::newRow("a43-no-newline") << B("S.") << "newline" << qint64(0);
    QTest::newRow("a43-space-before-quote") << B("S ''\n.") << "quoted" << qint64(0);
    QTest::newRow("a43-int-junk") << B("I9223372036854775807JUNK\n.") << "not an integer"
                                  << qint64(0);
    QTest::newRow("a43-float-junk") << B("F1.5x\n.") << "not a number" << qint64(0);
    // (a) 44: text integers with millions of digits are capped (CPU DoS)
    QTest::newRow("a44-huge-long")
        << (QByteArray("L") + QByteArray(100000, '7') + "L\n.") << "digits" << qint64(0);
    // (a) 25 (limit side): more open MARKs than the limit
    QTest::newRow("a25-too-many-marks") << QByteArray(1000001, '(') << "MARK" << qint64(-1);
    // (a) 54: joblib wrapper whose data is longer than the file
    QTest::newRow("a54-joblib-data-past-eof")
        << B("\x80\x04\x8c\x13joblib.numpy_pickle\x8c\x11NumpyArrayWrapper\x93)\x81}(\x8c\x05shape"
             "J\x00\x00\x00\x10\x85\x8c\x05order\x8c\x01"
             "C\x8c\x05"
             "dtype\x8c\x05numpy\x8c\x05"
             "dtype\x93\x8c\x02"
             "f8\x89\x88\x87R(K\x03\x8c\x01<NNNJ\xff\xff\xff\xffJ\xff\xff\xff"
             "\xffK\x00t"
             "bub\x01\xff.")
        << "exceeds" << qint64(-1);
    QTest::newRow("a54-joblib-shape-overflow")
        << B("\x80\x04\x8c\x13joblib.numpy_pickle\x8c\x11NumpyArrayWrapper\x93)\x81}(\x8c\x05shape"
             "\x8a\x08\x00\x00\x00\x00\x00\x00\x00\x40\x8a\x08\x00\x00\x00\x00\x00\x00\x00\x40\x86"
             "\x8c\x05order\x8c\x01"
             "C\x8c\x05"
             "dtype\x8c\x05numpy\x8c\x05"
             "dtype\x93\x8c\x02"
             "f8\x89\x88\x87R(K\x03\x8c\x01<NNNJ\xff\xff\xff\xffJ\xff\xff\xff"
             "\xffK\x00t"
             "bub\x01\xff.")
        << "overflow" << qint64(-1);
}

void tst_Malformed::refused()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    QFETCH(qint64, offset);
    auto doc = openBytes(input);
    QVERIFY2(doc->error().has_value(), "the input must be refused");
    const std::string text = doc->error()->toString();
    QVERIFY2(text.find("input.pkl") == 0, text.c_str()); // names the file
    QVERIFY2(text.find("offset ") != std::string::npos, text.c_str());
    if (!message.isEmpty())
        QVERIFY2(text.find(message.toStdString()) != std::string::npos, text.c_str());
    if (offset >= 0)
        QCOMPARE(doc->error()->offset, uint64_t(offset));
}

/// (a) 19: PUT to the same index twice; a GET in between sees the value current then.
void tst_Malformed::memoRebinding()
{
    auto doc = openBytes(B("\x80\x02(K\x01q\x00h\x00K\x02q\x00h\x00t."));
    QVERIFY(doc->ok());
    const Graph &g = doc->graph();
    const NodeId root = doc->roots().at(0);
    QCOMPARE(g.kind(root), Kind::Tuple);
    std::vector<int64_t> values;
    for (NodeId id : g.items(root))
        values.push_back(g.node(id).v.i);
    QCOMPARE(values, (std::vector<int64_t>{1, 1, 2, 2}));
}

/// (a) 20: MEMOIZE uses len(memo), not the highest index + 1.
void tst_Malformed::memoizeAfterPut()
{
    auto doc = openBytes(B("\x80\x04K\x01q\x05\x94K\x02\x94h\x01h\x02h\x05\x87."));
    QVERIFY(doc->ok());
    const Graph &g = doc->graph();
    std::vector<int64_t> values;
    for (NodeId id : g.items(doc->roots().at(0)))
        values.push_back(g.node(id).v.i);
    // After BINPUT 5 the memo holds one entry, so MEMOIZE writes index 1: (1, 2, 1).
    QCOMPARE(values, (std::vector<int64_t>{1, 2, 1}));
}

/// (a) 22: a list containing itself is the same node, not a copy.
void tst_Malformed::selfContainingList()
{
    auto doc = openBytes(B("\x80\x02]q\x00h\x00"
                           "a."));
    QVERIFY(doc->ok());
    const NodeId root = doc->roots().at(0);
    QCOMPARE(doc->graph().items(root).size(), size_t(1));
    QCOMPARE(doc->graph().items(root)[0], root);
    QVERIFY(doc->graph().node(root).flags & FlagShared);
}

/// (a) 15, 16: huge memo indices are stored sparsely.
void tst_Malformed::sparseHugeMemoIndex()
{
    auto doc = openBytes(B("]r\xff\xff\xff\xff.")); // LONG_BINPUT 0xFFFFFFFF
    QVERIFY(doc->ok());
    auto doc2 = openBytes(B("]replace.")); // gh-115952: index 0x616c7065, then a bad GLOBAL
    QVERIFY(doc2->error().has_value());
    QVERIFY(doc2->graph().memoryUsage() < 1 << 20);
}

/// An index put before the flat table reaches it is kept aside, then moves into the table
/// once the table grows past it; a later put at that index replaces it, as in Python's memo.
void tst_Malformed::sparseMemoEntryMovesIntoTheTable()
{
    const auto put = [](QByteArray &data, uint32_t index) {
        data += 'r'; // LONG_BINPUT
        for (int b = 0; b < 4; ++b)
            data += char((index >> (8 * b)) & 0xFF);
    };
    const auto get = [](QByteArray &data, uint32_t index) {
        data += 'j'; // LONG_BINGET
        for (int b = 0; b < 4; ++b)
            data += char((index >> (8 * b)) & 0xFF);
    };
    for (const bool replaced : {false, true}) {
        QByteArray data("\x80\x02(", 3);
        data += ']'; // a list at index 5000, beyond the table of an empty memo
        put(data, 5000);
        data += '0'; // POP
        for (uint32_t i = 0; i <= 5001; ++i) {
            if (i == 5000 && !replaced)
                continue;    // the table covers 5000 by growing past it
            data += "K\x07"; // BININT1 7
            put(data, i);
            data += '0';
        }
        get(data, 5000);
        get(data, 4999);
        data += "t."; // TUPLE
        auto doc = openBytes(data);
        QVERIFY2(doc->ok(), doc->error() ? doc->error()->message.c_str() : "");
        const auto items = doc->graph().items(doc->roots().at(0));
        QCOMPARE(items.size(), size_t(2));
        QCOMPARE(doc->graph().kind(items[0]), replaced ? Kind::Int : Kind::List);
        QCOMPARE(doc->graph().kind(items[1]), Kind::Int);
    }
}

/// (a) 24: a billion-laughs DAG stays a DAG of shared nodes.
void tst_Malformed::billionLaughs()
{
    QByteArray data("\x80\x04]\x94", 4);
    for (int k = 0; k < 60; ++k) {
        data += 'h';
        data += char(k);
        data += 'h';
        data += char(k);
        data += "\x86\x94";
    }
    data += '.';
    auto doc = openBytes(data);
    QVERIFY(doc->ok());
    QVERIFY(doc->graph().size() < 100); // 2^60 leaves would be the expansion
    const NodeId root = doc->roots().at(0);
    QCOMPARE(doc->graph().items(root)[0], doc->graph().items(root)[1]);
}

/// (a) 25: a million nested lists are read without recursion.
void tst_Malformed::deepNesting()
{
    const int depth = 1000000;
    QByteArray data;
    data.reserve(depth * 2 + 3);
    data += "\x80\x02";
    data += QByteArray(depth, ']');
    data += QByteArray(depth - 1, 'a');
    data += '.';
    auto doc = openBytes(data);
    QVERIFY2(doc->ok(), doc->error() ? doc->error()->toString().c_str() : "");
    QCOMPARE(doc->roots().size(), size_t(1));
}

/// (a) 28: bytes after STOP: a second pickle is read too; garbage is reported, not fatal.
void tst_Malformed::trailingBytes()
{
    auto two = openBytes(B("K\x01.K\x02."));
    QVERIFY(two->ok());
    QCOMPARE(two->roots().size(), size_t(2));
    QCOMPARE(two->streams().size(), size_t(2));
    auto garbage = openBytes(B("K\x01.\xff\xfe garbage"));
    QVERIFY(garbage->ok());
    QCOMPARE(garbage->roots().size(), size_t(1));
    QVERIFY(!garbage->warnings().empty());
    QVERIFY(garbage->warnings().front().find("trailing") != std::string::npos);
}

/// (a) 29: what was found before the error stays available (nullifAI).
void tst_Malformed::brokenTailKeepsPartialTree()
{
    auto doc = openBytes(B("cbuiltins\nexec\n(X\x05\x00\x00\x00printtRX"));
    QVERIFY(doc->error().has_value());
    QCOMPARE(doc->globals().size(), size_t(1));
    QCOMPARE(doc->globals()[0].full(), std::string("builtins.exec"));
    QCOMPARE(doc->roots().size(), size_t(1)); // the partial stack: the exec(...) call
    QCOMPARE(doc->graph().kind(doc->roots()[0]), Kind::Call);
}

/// (a) 31, 32: dotted names and Python-2 STRING operands resolve to the full reference.
void tst_Malformed::dottedAndStringGlobals()
{
    auto dotted = openBytes(B("\x80\x04"
                              "cbuiltins\nstr.upper\n."));
    QVERIFY(dotted->ok());
    const NodeId g1 = dotted->roots()[0];
    QCOMPARE(dotted->graph().global(g1).full(), std::string("builtins.str.upper"));
    QVERIFY(dotted->graph().node(g1).flags & FlagDotted);

    auto strings = openBytes(B("S'os'\nS'system'\n\x93."));
    QVERIFY(strings->ok());
    QCOMPARE(strings->globals().at(0).full(), std::string("os.system"));
}

/// (a) 33: operands computed at load time (fickling #125) give a computed global, not a guess.
void tst_Malformed::computedStackGlobal()
{
    auto doc = openBytes(B("\x80\x04"
                           "cbuiltins\nstr\n)Rcbuiltins\nstr\n)R\x93."));
    QVERIFY2(doc->ok(), doc->error() ? doc->error()->toString().c_str() : "");
    const NodeId g = doc->roots()[0];
    QCOMPARE(doc->graph().kind(g), Kind::Global);
    QVERIFY(doc->graph().node(g).flags & FlagComputed);
    QCOMPARE(doc->graph().kind(doc->graph().global(g).moduleNode), Kind::Call);
}

/// (a) 35, 36: INST is a global plus a call; an OBJ whose result is popped stays visible.
void tst_Malformed::instAndDiscardedObj()
{
    auto inst = openBytes(B("(S'ls'\nios\nsystem\n."));
    QVERIFY(inst->ok());
    const NodeId call = inst->roots()[0];
    QCOMPARE(inst->graph().kind(call), Kind::Instance);
    QCOMPARE(inst->graph().calleeName(call), std::string("os.system"));

    auto obj = openBytes(B("(cos\nsystem\nS'ls'\no0N."));
    QVERIFY(obj->ok());
    QCOMPARE(obj->graph().kind(obj->roots()[0]), Kind::None);
    QCOMPARE(obj->globals().at(0).full(), std::string("os.system"));
    bool found = false;
    for (NodeId id = 0; id < obj->graph().size(); ++id)
        found = found
                || (obj->graph().kind(id) == Kind::Instance
                    && obj->graph().calleeName(id) == "os.system");
    QVERIFY(found);
}

/// (a) 37: extension codes stay symbolic.
void tst_Malformed::extensionCodes()
{
    auto doc = openBytes(B("\x80\x02\x83\x34\x12."));
    QVERIFY(doc->ok());
    QCOMPARE(doc->graph().kind(doc->roots()[0]), Kind::Ext);
    QCOMPARE(doc->graph().node(doc->roots()[0]).v.i, int64_t(0x1234));
}

/// (a) 38: BUILD on a global is not applied to anything, but is not lost either.
void tst_Malformed::buildOnGlobalIsRecorded()
{
    auto doc = openBytes(B("cnumpy\nprod\n}b."));
    QVERIFY(doc->ok());
    QCOMPARE(doc->graph().kind(doc->roots()[0]), Kind::Global);
}

/// (a) 40: persistent ids are kept as symbolic nodes, never resolved.
void tst_Malformed::persistentId()
{
    auto doc = openBytes(B("Pfoo\n."));
    QVERIFY(doc->ok());
    const NodeId p = doc->roots()[0];
    QCOMPARE(doc->graph().kind(p), Kind::PersId);
    QCOMPARE(doc->graph().text(doc->graph().object(p).args), std::string_view("foo"));
}

/// POP on a MARK removes the mark (pickle.py load_pop / _pickle.c load_pop).
void tst_Malformed::popOfMark()
{
    auto doc = openBytes(B("(0I1\n."));
    QVERIFY(doc->ok());
    QCOMPARE(doc->graph().node(doc->roots()[0]).v.i, int64_t(1));
}

/// Limits are named constants; lowering one makes the reader refuse instead of growing.
void tst_Malformed::limitsAreNamedAndApplied()
{
    OpenOptions options;
    options.limits.maxStack = 10;
    auto doc = openBytes(QByteArray("(") + QByteArray(20, 'N') + "t.", options);
    QVERIFY(doc->error().has_value());
    QVERIFY(doc->error()->message.find("limit") != std::string::npos);

    options = {};
    options.limits.maxMemo = 3;
    auto memo = openBytes(B("\x80\x04N\x94\x94\x94\x94."), options);
    QVERIFY(memo->error().has_value());

    options = {};
    options.limits.maxOpcodes = 5;
    auto ops = openBytes(B("NNNNNNNN."), options);
    QVERIFY(ops->error().has_value());
    QVERIFY(ops->error()->message.find("opcodes") != std::string::npos);
}

QTEST_GUILESS_MAIN(tst_Malformed)
#include "tst_malformed.moc"
