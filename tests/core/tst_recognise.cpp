// SPDX-License-Identifier: MIT
// Recogniser units: DType naming, NdArray addressing, decodeDType on hand-built graphs, and a
// few small pickles (written by CPython 3.11 + numpy 1.24) through openDocumentBytes.
#include "array/ndarray.h"
#include "document/document.h"
#include "document/interpretation.h"
#include "reader/reader.h"
#include "recognise/recognise.h"

#include <QtTest>

#include <cstring>

using namespace ps;

namespace {

/// Builds small graphs by hand (no unpickler), the way the unpickler would.
struct GraphBuilder
{
    Graph g;

    NodeId str(const std::string &s) { return g.addTextOwned(Kind::Str, s, 0, 0, 0); }
    NodeId bytes(const std::string &s) { return g.addTextOwned(Kind::Bytes, s, 0, 0, 0); }
    NodeId integer(int64_t v) { return g.addInt(v, 0, 0, 0); }
    NodeId boolean(bool v) { return g.addBool(v, 0, 0, 0); }
    NodeId none() { return g.addNode(Kind::None, 0, 0, 0); }
    NodeId tuple(std::vector<NodeId> items) { return g.addContainer(Kind::Tuple, items, 0, 0, 0); }
    NodeId dict(std::vector<NodeId> items) { return g.addContainer(Kind::Dict, items, 0, 0, 0); }
    NodeId global(const std::string &m, const std::string &n) { return g.addGlobal(m, n, 0, 0, 0); }

    NodeId call(NodeId callable, NodeId args)
    {
        ObjectData o;
        o.origin = ObjectData::Origin::Reduce;
        o.callable = callable;
        o.args = args;
        return g.addObject(Kind::Call, std::move(o), 0, 0, 0);
    }

    /// numpy.dtype(typestr, False, True) + BUILD(state).
    NodeId dtype(const std::string &typestr, NodeId state, bool intArgs = false)
    {
        const NodeId args = tuple({str(typestr), intArgs ? integer(0) : boolean(false),
                                   intArgs ? integer(1) : boolean(true)});
        const NodeId d = call(global("numpy", "dtype"), args);
        if (state != kNoNode)
            g.object(d).states.push_back(state);
        return d;
    }

    /// The usual version-3 state of a plain numeric dtype.
    NodeId simpleDType(const std::string &typestr, const std::string &order)
    {
        return dtype(typestr, tuple({integer(3), str(order), none(), none(), none(), integer(-1),
                                     integer(-1), integer(0)}));
    }
};

std::shared_ptr<const DType> decoded(const Graph &g, NodeId id)
{
    auto r = decodeDType(g, id);
    return r ? *r : nullptr;
}

const Interpretation *rootInterpretation(const Document &doc, size_t index = 0)
{
    if (doc.roots().size() <= index)
        return nullptr;
    return doc.interpretation(doc.roots()[index]);
}

std::unique_ptr<Document> openBytes(const uint8_t *data, size_t size)
{
    return openDocumentBytes(std::vector<uint8_t>(data, data + size), "test.pkl");
}

// pickle.dumps(np.array([[1.5, -2.0], [3.25, 4.0]], dtype='>f8', order='F'), 2)
const uint8_t kFortranBigEndianP2[] = {
    0x80, 0x02, 0x63, 0x6e, 0x75, 0x6d, 0x70, 0x79, 0x2e, 0x63, 0x6f, 0x72, 0x65, 0x2e, 0x6d, 0x75,
    0x6c, 0x74, 0x69, 0x61, 0x72, 0x72, 0x61, 0x79, 0x0a, 0x5f, 0x72, 0x65, 0x63, 0x6f, 0x6e, 0x73,
    0x74, 0x72, 0x75, 0x63, 0x74, 0x0a, 0x71, 0x00, 0x63, 0x6e, 0x75, 0x6d, 0x70, 0x79, 0x0a, 0x6e,
    0x64, 0x61, 0x72, 0x72, 0x61, 0x79, 0x0a, 0x71, 0x01, 0x4b, 0x00, 0x85, 0x71, 0x02, 0x63, 0x5f,
    0x63, 0x6f, 0x64, 0x65, 0x63, 0x73, 0x0a, 0x65, 0x6e, 0x63, 0x6f, 0x64, 0x65, 0x0a, 0x71, 0x03,
    0x58, 0x01, 0x00, 0x00, 0x00, 0x62, 0x71, 0x04, 0x58, 0x06, 0x00, 0x00, 0x00, 0x6c, 0x61, 0x74,
    0x69, 0x6e, 0x31, 0x71, 0x05, 0x86, 0x71, 0x06, 0x52, 0x71, 0x07, 0x87, 0x71, 0x08, 0x52, 0x71,
    0x09, 0x28, 0x4b, 0x01, 0x4b, 0x02, 0x4b, 0x02, 0x86, 0x71, 0x0a, 0x63, 0x6e, 0x75, 0x6d, 0x70,
    0x79, 0x0a, 0x64, 0x74, 0x79, 0x70, 0x65, 0x0a, 0x71, 0x0b, 0x58, 0x02, 0x00, 0x00, 0x00, 0x66,
    0x38, 0x71, 0x0c, 0x89, 0x88, 0x87, 0x71, 0x0d, 0x52, 0x71, 0x0e, 0x28, 0x4b, 0x03, 0x58, 0x01,
    0x00, 0x00, 0x00, 0x3e, 0x71, 0x0f, 0x4e, 0x4e, 0x4e, 0x4a, 0xff, 0xff, 0xff, 0xff, 0x4a, 0xff,
    0xff, 0xff, 0xff, 0x4b, 0x00, 0x74, 0x71, 0x10, 0x62, 0x88, 0x68, 0x03, 0x58, 0x22, 0x00, 0x00,
    0x00, 0x3f, 0xc3, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x0a, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0xc3, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x10, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x71, 0x11, 0x68, 0x05, 0x86, 0x71, 0x12, 0x52, 0x71, 0x13, 0x74, 0x71, 0x14,
    0x62, 0x2e};

// pickle.dumps(np.arange(6, dtype='<i4').reshape(2, 3), 5)
const uint8_t kFromBufferP5[] = {
    0x80, 0x05, 0x95, 0x8d, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8c, 0x12, 0x6e, 0x75, 0x6d,
    0x70, 0x79, 0x2e, 0x63, 0x6f, 0x72, 0x65, 0x2e, 0x6e, 0x75, 0x6d, 0x65, 0x72, 0x69, 0x63, 0x94,
    0x8c, 0x0b, 0x5f, 0x66, 0x72, 0x6f, 0x6d, 0x62, 0x75, 0x66, 0x66, 0x65, 0x72, 0x94, 0x93, 0x94,
    0x28, 0x96, 0x18, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
    0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x05, 0x00,
    0x00, 0x00, 0x94, 0x8c, 0x05, 0x6e, 0x75, 0x6d, 0x70, 0x79, 0x94, 0x8c, 0x05, 0x64, 0x74, 0x79,
    0x70, 0x65, 0x94, 0x93, 0x94, 0x8c, 0x02, 0x69, 0x34, 0x94, 0x89, 0x88, 0x87, 0x94, 0x52, 0x94,
    0x28, 0x4b, 0x03, 0x8c, 0x01, 0x3c, 0x94, 0x4e, 0x4e, 0x4e, 0x4a, 0xff, 0xff, 0xff, 0xff, 0x4a,
    0xff, 0xff, 0xff, 0xff, 0x4b, 0x00, 0x74, 0x94, 0x62, 0x4b, 0x02, 0x4b, 0x03, 0x86, 0x94, 0x8c,
    0x01, 0x43, 0x94, 0x74, 0x94, 0x52, 0x94, 0x2e};
/// Offset of the second shape BININT1 argument (3) in kFromBufferP5.
constexpr size_t kFromBufferShapeArg = 0x8c;

// pickle.dumps([datetime(2024,1,2,3,4,5,6, tzinfo=timezone(timedelta(hours=-5, minutes=-30))),
//               OrderedDict(b=1, a=2), {7}, http.HTTPStatus.OK, b'\x00\xff',
//               deque([1], maxlen=3)], 2)
const uint8_t kStdlibP2[] = {
    0x80, 0x02, 0x5d, 0x71, 0x00, 0x28, 0x63, 0x64, 0x61, 0x74, 0x65, 0x74, 0x69, 0x6d, 0x65, 0x0a,
    0x64, 0x61, 0x74, 0x65, 0x74, 0x69, 0x6d, 0x65, 0x0a, 0x71, 0x01, 0x63, 0x5f, 0x63, 0x6f, 0x64,
    0x65, 0x63, 0x73, 0x0a, 0x65, 0x6e, 0x63, 0x6f, 0x64, 0x65, 0x0a, 0x71, 0x02, 0x58, 0x0b, 0x00,
    0x00, 0x00, 0x07, 0xc3, 0xa8, 0x01, 0x02, 0x03, 0x04, 0x05, 0x00, 0x00, 0x06, 0x71, 0x03, 0x58,
    0x06, 0x00, 0x00, 0x00, 0x6c, 0x61, 0x74, 0x69, 0x6e, 0x31, 0x71, 0x04, 0x86, 0x71, 0x05, 0x52,
    0x71, 0x06, 0x63, 0x64, 0x61, 0x74, 0x65, 0x74, 0x69, 0x6d, 0x65, 0x0a, 0x74, 0x69, 0x6d, 0x65,
    0x7a, 0x6f, 0x6e, 0x65, 0x0a, 0x71, 0x07, 0x63, 0x64, 0x61, 0x74, 0x65, 0x74, 0x69, 0x6d, 0x65,
    0x0a, 0x74, 0x69, 0x6d, 0x65, 0x64, 0x65, 0x6c, 0x74, 0x61, 0x0a, 0x71, 0x08, 0x4a, 0xff, 0xff,
    0xff, 0xff, 0x4a, 0x28, 0x04, 0x01, 0x00, 0x4b, 0x00, 0x87, 0x71, 0x09, 0x52, 0x71, 0x0a, 0x85,
    0x71, 0x0b, 0x52, 0x71, 0x0c, 0x86, 0x71, 0x0d, 0x52, 0x71, 0x0e, 0x63, 0x63, 0x6f, 0x6c, 0x6c,
    0x65, 0x63, 0x74, 0x69, 0x6f, 0x6e, 0x73, 0x0a, 0x4f, 0x72, 0x64, 0x65, 0x72, 0x65, 0x64, 0x44,
    0x69, 0x63, 0x74, 0x0a, 0x71, 0x0f, 0x29, 0x52, 0x71, 0x10, 0x28, 0x58, 0x01, 0x00, 0x00, 0x00,
    0x62, 0x71, 0x11, 0x4b, 0x01, 0x58, 0x01, 0x00, 0x00, 0x00, 0x61, 0x71, 0x12, 0x4b, 0x02, 0x75,
    0x63, 0x5f, 0x5f, 0x62, 0x75, 0x69, 0x6c, 0x74, 0x69, 0x6e, 0x5f, 0x5f, 0x0a, 0x73, 0x65, 0x74,
    0x0a, 0x71, 0x13, 0x5d, 0x71, 0x14, 0x4b, 0x07, 0x61, 0x85, 0x71, 0x15, 0x52, 0x71, 0x16, 0x63,
    0x5f, 0x5f, 0x62, 0x75, 0x69, 0x6c, 0x74, 0x69, 0x6e, 0x5f, 0x5f, 0x0a, 0x67, 0x65, 0x74, 0x61,
    0x74, 0x74, 0x72, 0x0a, 0x71, 0x17, 0x63, 0x68, 0x74, 0x74, 0x70, 0x0a, 0x48, 0x54, 0x54, 0x50,
    0x53, 0x74, 0x61, 0x74, 0x75, 0x73, 0x0a, 0x71, 0x18, 0x58, 0x02, 0x00, 0x00, 0x00, 0x4f, 0x4b,
    0x71, 0x19, 0x86, 0x71, 0x1a, 0x52, 0x71, 0x1b, 0x68, 0x02, 0x58, 0x03, 0x00, 0x00, 0x00, 0x00,
    0xc3, 0xbf, 0x71, 0x1c, 0x68, 0x04, 0x86, 0x71, 0x1d, 0x52, 0x71, 0x1e, 0x63, 0x63, 0x6f, 0x6c,
    0x6c, 0x65, 0x63, 0x74, 0x69, 0x6f, 0x6e, 0x73, 0x0a, 0x64, 0x65, 0x71, 0x75, 0x65, 0x0a, 0x71,
    0x1f, 0x29, 0x4b, 0x03, 0x86, 0x71, 0x20, 0x52, 0x71, 0x21, 0x4b, 0x01, 0x61, 0x65, 0x2e};

} // namespace

class tst_Recognise : public QObject
{
    Q_OBJECT

private slots:
    void typeStrRoundTrip_data();
    void typeStrRoundTrip();
    void typeStrInvalid_data();
    void typeStrInvalid();
    void scalarTypeNames();
    void stridesAndOffsets();
    void elementValues();
    void boundsChecks();
    void decodeSimpleDType();
    void decodeOldStyleArgs();
    void decodeStructuredWithTitles();
    void decodeAlignedStruct();
    void decodeSubArray();
    void decodeDatetime();
    void decodeRejectsMalformed();
    void decodeSharedNestingIsBounded();
    void arrayFortranBigEndianProtocol2();
    void arrayFromBufferProtocol5();
    void arraySizeMismatchStaysGeneric();
    void stdlibProtocol2();
};

void tst_Recognise::typeStrRoundTrip_data()
{
    QTest::addColumn<QString>("typestr");
    QTest::addColumn<QString>("str");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("describe");
    QTest::addColumn<qulonglong>("itemSize");
    QTest::addColumn<QString>("kind");

    // Expected values are what numpy 1.24 prints for np.dtype(typestr).str / .name / str().
    QTest::newRow("bool") << "|b1"
                          << "|b1"
                          << "bool"
                          << "bool" << 1ull << "b";
    QTest::newRow("bool ?") << "?"
                            << "|b1"
                            << "bool"
                            << "bool" << 1ull << "b";
    QTest::newRow("int8") << "|i1"
                          << "|i1"
                          << "int8"
                          << "int8" << 1ull << "i";
    QTest::newRow("uint8") << "u1"
                           << "|u1"
                           << "uint8"
                           << "uint8" << 1ull << "u";
    QTest::newRow("int16") << "<i2"
                           << "<i2"
                           << "int16"
                           << "int16" << 2ull << "i";
    QTest::newRow(">uint16") << ">u2"
                             << ">u2"
                             << "uint16"
                             << ">u2" << 2ull << "u";
    QTest::newRow("int32") << "<i4"
                           << "<i4"
                           << "int32"
                           << "int32" << 4ull << "i";
    QTest::newRow(">uint64") << ">u8"
                             << ">u8"
                             << "uint64"
                             << ">u8" << 8ull << "u";
    QTest::newRow("float16") << "<f2"
                             << "<f2"
                             << "float16"
                             << "float16" << 2ull << "f";
    QTest::newRow("float32") << "<f4"
                             << "<f4"
                             << "float32"
                             << "float32" << 4ull << "f";
    QTest::newRow("float64 native") << "f8"
                                    << "<f8"
                                    << "float64"
                                    << "float64" << 8ull << "f";
    QTest::newRow(">float64") << ">f8"
                              << ">f8"
                              << "float64"
                              << ">f8" << 8ull << "f";
    QTest::newRow("float128") << "<f16"
                              << "<f16"
                              << "float128"
                              << "float128" << 16ull << "f";
    QTest::newRow("complex64") << "<c8"
                               << "<c8"
                               << "complex64"
                               << "complex64" << 8ull << "c";
    QTest::newRow(">complex128") << ">c16"
                                 << ">c16"
                                 << "complex128"
                                 << ">c16" << 16ull << "c";
    QTest::newRow("object") << "|O"
                            << "|O"
                            << "object"
                            << "object" << 8ull << "O";
    QTest::newRow("object O8") << "O8"
                               << "|O"
                               << "object"
                               << "object" << 8ull << "O";
    QTest::newRow("bytes") << "|S5"
                           << "|S5"
                           << "bytes40"
                           << "|S5" << 5ull << "S";
    QTest::newRow("bytes0") << "S0"
                            << "|S0"
                            << "bytes"
                            << "|S0" << 0ull << "S";
    QTest::newRow("str") << "<U3"
                         << "<U3"
                         << "str96"
                         << "<U3" << 12ull << "U";
    QTest::newRow(">str") << ">U1"
                          << ">U1"
                          << "str32"
                          << ">U1" << 4ull << "U";
    QTest::newRow("void") << "|V7"
                          << "|V7"
                          << "void56"
                          << "|V7" << 7ull << "V";
    QTest::newRow("datetime ns") << "<M8[ns]"
                                 << "<M8[ns]"
                                 << "datetime64[ns]"
                                 << "datetime64[ns]" << 8ull << "M";
    QTest::newRow(">timedelta 10s") << ">m8[10s]"
                                    << ">m8[10s]"
                                    << "timedelta64[10s]"
                                    << ">m8[10s]" << 8ull << "m";
    QTest::newRow("datetime generic") << "<M8"
                                      << "<M8"
                                      << "datetime64"
                                      << "datetime64" << 8ull << "M";
    QTest::newRow("timedelta D") << "<m8[D]"
                                 << "<m8[D]"
                                 << "timedelta64[D]"
                                 << "timedelta64[D]" << 8ull << "m";
}

void tst_Recognise::typeStrRoundTrip()
{
    QFETCH(QString, typestr);
    QFETCH(QString, str);
    QFETCH(QString, name);
    QFETCH(QString, describe);
    QFETCH(qulonglong, itemSize);
    QFETCH(QString, kind);
    const auto d = DType::fromTypeStr(typestr.toStdString());
    QVERIFY(d);
    QCOMPARE(QString::fromStdString(d->str()), str);
    QCOMPARE(QString::fromStdString(d->name()), name);
    QCOMPARE(QString::fromStdString(d->describe()), describe);
    QCOMPARE(qulonglong(d->itemSize), itemSize);
    QCOMPARE(QString(QChar::fromLatin1(d->kind)), kind);
    // str() parses back to the same dtype.
    const auto again = DType::fromTypeStr(d->str());
    QVERIFY(again);
    QCOMPARE(QString::fromStdString(again->str()), str);
}

void tst_Recognise::typeStrInvalid_data()
{
    QTest::addColumn<QString>("typestr");
    QTest::newRow("empty") << "";
    QTest::newRow("order only") << "<";
    QTest::newRow("unknown kind") << "<x4";
    QTest::newRow("odd int size") << "<i3";
    QTest::newRow("int without size") << "<i";
    QTest::newRow("bool size 2") << "|b2";
    QTest::newRow("bad unit") << "<M8[xx]";
    QTest::newRow("unit on float") << "<f8[ns]";
    QTest::newRow("digits garbage") << "<f8x";
    QTest::newRow("U overflow") << "<U99999999999999999999";
    QTest::newRow("U times 4 overflows") << "<U9223372036854775807";
}

void tst_Recognise::typeStrInvalid()
{
    QFETCH(QString, typestr);
    QVERIFY(!DType::fromTypeStr(typestr.toStdString()));
}

void tst_Recognise::scalarTypeNames()
{
    QCOMPARE(QString::fromStdString(DType::fromScalarTypeName("float64")->str()),
             QStringLiteral("<f8"));
    QCOMPARE(QString::fromStdString(DType::fromScalarTypeName("bool_")->str()),
             QStringLiteral("|b1"));
    QCOMPARE(QString::fromStdString(DType::fromScalarTypeName("object_")->name()),
             QStringLiteral("object"));
    QVERIFY(!DType::fromScalarTypeName("ndarray"));
}

void tst_Recognise::stridesAndOffsets()
{
    const std::vector<uint64_t> shape{2, 3, 4};
    QCOMPARE(NdArray::cStrides(shape, 8), (std::vector<int64_t>{96, 32, 8}));
    QCOMPARE(NdArray::fStrides(shape, 8), (std::vector<int64_t>{8, 16, 48}));

    NdArray a;
    a.dtype = DType::fromTypeStr("<i4");
    a.shape = {2, 3};
    a.strides = NdArray::cStrides(a.shape, 4);
    QCOMPARE(a.count(), uint64_t(6));
    QCOMPARE(a.elementOffset(0), uint64_t(0));
    QCOMPARE(a.elementOffset(4), uint64_t(16)); // [1, 1]
    a.strides = NdArray::fStrides(a.shape, 4);
    QCOMPARE(a.elementOffset(1), uint64_t(8));  // [0, 1] → column 1
    QCOMPARE(a.elementOffset(3), uint64_t(4));  // [1, 0]
    QCOMPARE(a.elementOffset(5), uint64_t(20)); // [1, 2]

    // Negative strides walk backwards from the offset.
    a.shape = {3};
    a.strides = {-4};
    a.offset = 8;
    QCOMPARE(a.elementOffset(0), uint64_t(8));
    QCOMPARE(a.elementOffset(2), uint64_t(0));

    // 0-d: one element at the offset.
    NdArray scalar;
    scalar.offset = 3;
    QCOMPARE(scalar.count(), uint64_t(1));
    QCOMPARE(scalar.elementOffset(0), uint64_t(3));

    QCOMPARE(NdArray::checkedCount({}).value(), uint64_t(1));
    QCOMPARE(NdArray::checkedCount({5, 0, UINT64_MAX}).value(), uint64_t(0));
    QVERIFY(!NdArray::checkedCount({UINT64_MAX, 2}));
    QVERIFY(!NdArray::checkedCount({10, 10}, 99));
}

void tst_Recognise::elementValues()
{
    const uint8_t little[] = {0xfe, 0xff, 0xff, 0xff, 0x01, 0x00, 0x00, 0x00};
    NdArray a;
    a.dtype = DType::fromTypeStr("<i4");
    a.shape = {2};
    a.strides = {4};
    a.data = little;
    QCOMPARE(a.intAt(0).value(), int64_t(-2));
    QCOMPARE(a.intAt(1).value(), int64_t(1));
    QVERIFY(!a.intAt(2)); // out of range
    QCOMPARE(a.element(1).size(), size_t(4));

    const uint8_t big[] = {0x3f, 0xf8, 0, 0, 0, 0, 0, 0};
    NdArray b;
    b.dtype = DType::fromTypeStr(">f8");
    b.data = big;
    QCOMPARE(b.floatAt(0).value(), 1.5);

    const uint8_t half[] = {0x00, 0x3c, 0x00, 0xc0}; // float16 1.0, -2.0
    NdArray h;
    h.dtype = DType::fromTypeStr("<f2");
    h.shape = {2};
    h.strides = {2};
    h.data = half;
    QCOMPARE(h.floatAt(0).value(), 1.0);
    QCOMPARE(h.floatAt(1).value(), -2.0);

    auto bf = DType::fromTypeStr("<f2");
    bf->bfloat16 = true;
    const uint8_t bfloat[] = {0x20, 0xc0}; // bfloat16 -2.5
    NdArray c;
    c.dtype = bf;
    c.data = bfloat;
    QCOMPARE(c.floatAt(0).value(), -2.5);
    QCOMPARE(QString::fromStdString(bf->name()), QStringLiteral("bfloat16"));

    // Loaded dtype: numpy swaps non-native arrays to native on load.
    NdArray swapped;
    swapped.dtype = DType::fromTypeStr(">f8");
    QCOMPARE(QString::fromStdString(swapped.loadedDType()->str()), QStringLiteral(">f8"));
    swapped.swapsOnLoad = true;
    QCOMPARE(QString::fromStdString(swapped.loadedDType()->str()), QStringLiteral("<f8"));
}

void tst_Recognise::boundsChecks()
{
    // Every reachable byte must lie inside the data, with overflow-safe arithmetic.
    QVERIFY(NdArray::fitsIn({2, 3}, {12, 4}, 0, 4, 24));
    QVERIFY(!NdArray::fitsIn({2, 3}, {12, 4}, 4, 4, 24));
    QVERIFY(NdArray::fitsIn({3}, {-4}, 8, 4, 12));
    QVERIFY(!NdArray::fitsIn({3}, {-4}, 4, 4, 12));
    QVERIFY(NdArray::fitsIn({0, UINT64_MAX}, {INT64_MAX, INT64_MAX}, 0, 8, 0));
    QVERIFY(!NdArray::fitsIn({UINT64_MAX}, {INT64_MAX}, 0, 8, UINT64_MAX));
    QVERIFY(!NdArray::fitsIn({2, 2}, {4}, 0, 4, 100)); // stride count mismatch
}

void tst_Recognise::decodeSimpleDType()
{
    GraphBuilder b;
    const NodeId f8 = b.simpleDType("f8", "<");
    const auto d = decoded(b.g, f8);
    QVERIFY(d);
    QCOMPARE(QString::fromStdString(d->str()), QStringLiteral("<f8"));
    QCOMPARE(d->node, f8);

    const auto big = decoded(b.g, b.simpleDType("i4", ">"));
    QVERIFY(big);
    QCOMPARE(QString::fromStdString(big->str()), QStringLiteral(">i4"));

    // Flexible types take their size from state[5]: U3 is 12 bytes.
    const NodeId u3 = b.dtype("U3", b.tuple({b.integer(3), b.str("<"), b.none(), b.none(), b.none(),
                                             b.integer(12), b.integer(4), b.integer(8)}));
    const auto u = decoded(b.g, u3);
    QVERIFY(u);
    QCOMPARE(u->itemSize, uint64_t(12));
    QCOMPARE(QString::fromStdString(u->str()), QStringLiteral("<U3"));

    // No BUILD yet (the unpickler may ask early): the typestr alone.
    const auto bare = decoded(b.g, b.dtype("i8", kNoNode));
    QVERIFY(bare);
    QCOMPARE(QString::fromStdString(bare->str()), QStringLiteral("<i8"));

    // Object dtype flags 63.
    const auto obj = decoded(
        b.g, b.dtype("O8", b.tuple({b.integer(3), b.str("|"), b.none(), b.none(), b.none(),
                                    b.integer(-1), b.integer(-1), b.integer(63)})));
    QVERIFY(obj && obj->hasObject());
}

void tst_Recognise::decodeOldStyleArgs()
{
    // numpy < 1.19 wrote (typestr, 0, 1); Python-2 pickles carry the typestr as bytes.
    GraphBuilder b;
    const NodeId state = b.tuple({b.integer(3), b.str("<"), b.none(), b.none(), b.none(),
                                  b.integer(-1), b.integer(-1), b.integer(0)});
    const auto d = decoded(b.g, b.dtype("f4", state, true));
    QVERIFY(d);
    QCOMPARE(QString::fromStdString(d->str()), QStringLiteral("<f4"));

    const NodeId args = b.tuple({b.bytes("i2"), b.integer(0), b.integer(1)});
    const NodeId dt = b.call(b.global("numpy", "dtype"), args);
    b.g.object(dt).states.push_back(
        b.tuple({b.str(">"), b.none(), b.none(), b.integer(-1), b.integer(-1)})); // version 0
    const auto old = decoded(b.g, dt);
    QVERIFY(old);
    QCOMPARE(QString::fromStdString(old->str()), QStringLiteral(">i2"));
}

void tst_Recognise::decodeStructuredWithTitles()
{
    // np.dtype({'names': ['x', 'y'], 'formats': ['<i4', '<f4'], 'titles': ['T1', None]})
    GraphBuilder b;
    const NodeId i4 = b.simpleDType("i4", "<");
    const NodeId f4 = b.simpleDType("f4", "<");
    const NodeId xEntry = b.tuple({i4, b.integer(0), b.str("T1")});
    const NodeId fields = b.dict(
        {b.str("x"), xEntry, b.str("T1"), xEntry, b.str("y"), b.tuple({f4, b.integer(4)})});
    const NodeId state
        = b.tuple({b.integer(3), b.str("|"), b.none(), b.tuple({b.str("x"), b.str("y")}), fields,
                   b.integer(8), b.integer(1), b.integer(16)});
    const auto d = decoded(b.g, b.dtype("V8", state));
    QVERIFY(d);
    QCOMPARE(d->fields.size(), size_t(2)); // the title alias is not a field
    QCOMPARE(QString::fromStdString(d->fields[0].name), QStringLiteral("x"));
    QCOMPARE(QString::fromStdString(d->fields[0].title), QStringLiteral("T1"));
    QCOMPARE(d->fields[1].offset, uint64_t(4));
    QCOMPARE(QString::fromStdString(d->str()), QStringLiteral("|V8"));
    QCOMPARE(QString::fromStdString(d->name()), QStringLiteral("void64"));
    QCOMPARE(QString::fromStdString(d->describe()),
             QStringLiteral("[(('T1', 'x'), '<i4'), ('y', '<f4')]"));
}

void tst_Recognise::decodeAlignedStruct()
{
    // np.dtype([('a', '<i4'), ('b', '<f8')], align=True): flags -112 (signed char 0x90).
    GraphBuilder b;
    const NodeId fields = b.dict({b.str("a"), b.tuple({b.simpleDType("i4", "<"), b.integer(0)}),
                                  b.str("b"), b.tuple({b.simpleDType("f8", "<"), b.integer(8)})});
    const NodeId state
        = b.tuple({b.integer(3), b.str("|"), b.none(), b.tuple({b.str("a"), b.str("b")}), fields,
                   b.integer(16), b.integer(8), b.integer(-112)});
    const auto d = decoded(b.g, b.dtype("V16", state));
    QVERIFY(d);
    QVERIFY(d->alignedStruct);
    QCOMPARE(QString::fromStdString(d->describe()),
             QStringLiteral("{'names': ['a', 'b'], 'formats': ['<i4', '<f8'], 'offsets': [0, 8], "
                            "'itemsize': 16, 'aligned': True}"));
}

void tst_Recognise::decodeSubArray()
{
    GraphBuilder b;
    const NodeId state
        = b.tuple({b.integer(3), b.str("|"),
                   b.tuple({b.simpleDType("f8", "<"), b.tuple({b.integer(2), b.integer(3)})}),
                   b.none(), b.none(), b.integer(48), b.integer(8), b.integer(0)});
    const auto d = decoded(b.g, b.dtype("V48", state));
    QVERIFY(d);
    QVERIFY(d->isSubArray());
    QCOMPARE(d->subShape, (std::vector<uint64_t>{2, 3}));
    QCOMPARE(QString::fromStdString(d->describe()), QStringLiteral("('<f8', (2, 3))"));

    // A sub-array whose element size disagrees with the base is refused.
    GraphBuilder bad;
    const NodeId badState
        = bad.tuple({bad.integer(3), bad.str("|"),
                     bad.tuple({bad.simpleDType("f8", "<"), bad.tuple({bad.integer(2)})}),
                     bad.none(), bad.none(), bad.integer(40), bad.integer(8), bad.integer(0)});
    QVERIFY(!decodeDType(bad.g, bad.dtype("V40", badState)).ok());
}

void tst_Recognise::decodeDatetime()
{
    // datetime64[ns]: version 4 with ({}, (b'ns', 1, 1, 1)).
    GraphBuilder b;
    const NodeId meta
        = b.tuple({b.dict({}), b.tuple({b.bytes("ns"), b.integer(1), b.integer(1), b.integer(1)})});
    const NodeId state = b.tuple({b.integer(4), b.str("<"), b.none(), b.none(), b.none(),
                                  b.integer(-1), b.integer(-1), b.integer(0), meta});
    const auto d = decoded(b.g, b.dtype("M8", state));
    QVERIFY(d);
    QCOMPARE(QString::fromStdString(d->str()), QStringLiteral("<M8[ns]"));
    QCOMPARE(QString::fromStdString(d->name()), QStringLiteral("datetime64[ns]"));

    // timedelta64[10s], unit as a protocol-2 `_codecs.encode('s', 'latin1')` call.
    const NodeId unit
        = b.call(b.global("_codecs", "encode"), b.tuple({b.str("s"), b.str("latin1")}));
    const NodeId meta10
        = b.tuple({b.none(), b.tuple({unit, b.integer(10), b.integer(1), b.integer(1)})});
    const NodeId state10 = b.tuple({b.integer(4), b.str(">"), b.none(), b.none(), b.none(),
                                    b.integer(-1), b.integer(-1), b.integer(0), meta10});
    const auto m = decoded(b.g, b.dtype("m8", state10));
    QVERIFY(m);
    QCOMPARE(QString::fromStdString(m->str()), QStringLiteral(">m8[10s]"));
}

void tst_Recognise::decodeRejectsMalformed()
{
    GraphBuilder b;
    // Not a dtype call at all.
    QVERIFY(!decodeDType(b.g, b.integer(3)).ok());
    QVERIFY(!decodeDType(b.g, kNoNode).ok());
    // Unknown typestr.
    QVERIFY(!decodeDType(b.g, b.dtype("q9", kNoNode)).ok());
    // Field outside the item.
    const NodeId fields = b.dict({b.str("a"), b.tuple({b.simpleDType("f8", "<"), b.integer(4)})});
    const NodeId state = b.tuple({b.integer(3), b.str("|"), b.none(), b.tuple({b.str("a")}), fields,
                                  b.integer(8), b.integer(1), b.integer(16)});
    QVERIFY(!decodeDType(b.g, b.dtype("V8", state)).ok());
    // Bad version number.
    const NodeId v9 = b.tuple({b.integer(9), b.str("<"), b.none(), b.none(), b.none(),
                               b.integer(-1), b.integer(-1), b.integer(0)});
    QVERIFY(!decodeDType(b.g, b.dtype("f8", v9)).ok());
    // A dtype nested in itself (a cycle through the sub-array) terminates.
    const NodeId selfState = b.tuple({b.integer(3), b.str("|"), kNoNode, b.none(), b.none(),
                                      b.integer(8), b.integer(8), b.integer(0)});
    const NodeId self = b.dtype("V8", selfState);
    const NodeId sub = b.tuple({self, b.tuple({b.integer(1)})});
    b.g.setItem(selfState, 2, sub);
    QVERIFY(!decodeDType(b.g, self).ok());
}

void tst_Recognise::decodeSharedNestingIsBounded()
{
    // 40 levels, each a struct whose two (overlapping) fields share the next level's dtype:
    // 2^40 fields when expanded. Decoding must stay fast and refuse it.
    GraphBuilder b;
    NodeId inner = b.simpleDType("f8", "<");
    for (int level = 0; level < 40; ++level) {
        const NodeId fields = b.dict({b.str("a"), b.tuple({inner, b.integer(0)}), b.str("b"),
                                      b.tuple({inner, b.integer(0)})});
        const NodeId state
            = b.tuple({b.integer(3), b.str("|"), b.none(), b.tuple({b.str("a"), b.str("b")}),
                       fields, b.integer(8), b.integer(1), b.integer(16)});
        inner = b.dtype("V8", state);
    }
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!decodeDType(b.g, inner).ok());
    QVERIFY(timer.elapsed() < 2000);

    // A struct whose two fields are the struct itself.
    GraphBuilder c;
    const NodeId fields = c.dict({});
    const NodeId state
        = c.tuple({c.integer(3), c.str("|"), c.none(), c.tuple({c.str("a"), c.str("b")}), fields,
                   c.integer(8), c.integer(1), c.integer(16)});
    const NodeId self = c.dtype("V8", state);
    const std::vector<NodeId> cycle{c.str("a"), c.tuple({self, c.integer(0)}), c.str("b"),
                                    c.tuple({self, c.integer(0)})};
    c.g.spliceItems(fields, 0, c.g.items(fields).size(), cycle);
    timer.restart();
    QVERIFY(!decodeDType(c.g, self).ok());
    QVERIFY(timer.elapsed() < 2000);
}

void tst_Recognise::arrayFortranBigEndianProtocol2()
{
    auto doc = openBytes(kFortranBigEndianP2, sizeof kFortranBigEndianP2);
    QVERIFY(doc->ok());
    const Interpretation *i = rootInterpretation(*doc);
    QVERIFY(i);
    QCOMPARE(i->what, Recognised::NdArray);
    QCOMPARE(QString::fromStdString(i->pythonType), QStringLiteral("numpy.ndarray"));
    const NdArray &a = *i->array;
    QCOMPARE(a.shape, (std::vector<uint64_t>{2, 2}));
    QVERIFY(a.fortranOrder);
    QCOMPARE(QString::fromStdString(a.dtype->str()), QStringLiteral(">f8"));
    QCOMPARE(QString::fromStdString(a.loadedDType()->str()), QStringLiteral("<f8"));
    QCOMPARE(a.floatAt(0).value(), 1.5);
    QCOMPARE(a.floatAt(1).value(), -2.0);
    QCOMPARE(a.floatAt(2).value(), 3.25);
    QCOMPARE(a.floatAt(3).value(), 4.0);
}

void tst_Recognise::arrayFromBufferProtocol5()
{
    auto doc = openBytes(kFromBufferP5, sizeof kFromBufferP5);
    QVERIFY(doc->ok());
    const Interpretation *i = rootInterpretation(*doc);
    QVERIFY(i);
    QCOMPARE(i->what, Recognised::NdArray);
    const NdArray &a = *i->array;
    QCOMPARE(a.form, NdArray::Form::FromBuffer);
    QCOMPARE(a.shape, (std::vector<uint64_t>{2, 3}));
    for (uint64_t k = 0; k < 6; ++k)
        QCOMPARE(a.intAt(k).value(), int64_t(k));
}

void tst_Recognise::arraySizeMismatchStaysGeneric()
{
    // Shape (2, 4) over 24 bytes of int32: numpy refuses it; so do we (no crash, no array).
    std::vector<uint8_t> bytes(kFromBufferP5, kFromBufferP5 + sizeof kFromBufferP5);
    QCOMPARE(bytes[kFromBufferShapeArg - 1], uint8_t(0x4b)); // BININT1
    QCOMPARE(bytes[kFromBufferShapeArg], uint8_t(3));
    bytes[kFromBufferShapeArg] = 4;
    auto doc = openDocumentBytes(bytes, "mismatch.pkl");
    QVERIFY(doc->ok());
    const Interpretation *i = rootInterpretation(*doc);
    QVERIFY(!i || !i->array);
}

void tst_Recognise::stdlibProtocol2()
{
    auto doc = openBytes(kStdlibP2, sizeof kStdlibP2);
    QVERIFY(doc->ok());
    QCOMPARE(doc->roots().size(), size_t(1));
    const Graph &g = doc->graph();
    const NodeId root = doc->roots()[0];
    QCOMPARE(g.kind(root), Kind::List);
    const auto &items = g.items(root);
    QCOMPARE(items.size(), size_t(6));

    const Interpretation *dt = doc->interpretation(items[0]);
    QVERIFY(dt);
    QCOMPARE(dt->what, Recognised::Datetime);
    QCOMPARE(QString::fromStdString(dt->text), QStringLiteral("2024-01-02T03:04:05.000006-05:30"));

    const Interpretation *od = doc->interpretation(items[1]);
    QVERIFY(od);
    QCOMPARE(od->what, Recognised::OrderedDict);
    QCOMPARE(od->members.size(), size_t(2));
    QCOMPARE(od->members[0].style, MemberStyle::Key);
    QCOMPARE(QString::fromUtf8(g.text(od->members[0].key).data(), 1), QStringLiteral("b"));

    const Interpretation *set = doc->interpretation(items[2]);
    QVERIFY(set);
    QCOMPARE(set->what, Recognised::Alias);
    QCOMPARE(g.kind(set->value), Kind::Set);
    QCOMPARE(g.items(set->value).size(), size_t(1));

    const Interpretation *e = doc->interpretation(items[3]);
    QVERIFY(e);
    QCOMPARE(e->what, Recognised::Enum);
    QCOMPARE(QString::fromStdString(e->text), QStringLiteral("http.HTTPStatus.OK"));

    const Interpretation *by = doc->interpretation(items[4]);
    QVERIFY(by);
    QCOMPARE(by->what, Recognised::Alias);
    QCOMPARE(g.kind(by->value), Kind::Bytes);
    const auto raw = g.bytes(by->value);
    QCOMPARE(raw.size(), size_t(2));
    QCOMPARE(int(raw[0]), 0x00);
    QCOMPARE(int(raw[1]), 0xff);

    const Interpretation *dq = doc->interpretation(items[5]);
    QVERIFY(dq);
    QCOMPARE(dq->what, Recognised::Deque);
    QCOMPARE(dq->members.size(), size_t(1));
    QCOMPARE(dq->ints, (std::vector<int64_t>{3}));
}

QTEST_GUILESS_MAIN(tst_Recognise)
#include "tst_recognise.moc"
