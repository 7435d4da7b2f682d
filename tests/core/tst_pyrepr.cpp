// SPDX-License-Identifier: MIT
// Python repr() of floats, str and bytes, byte for byte.
//
// Every expected value below was produced by CPython 3.11.2 (/usr/bin/python3) with a
// throw-away script that printed, for each input,
//   floats: (the IEEE-754 bits of the double, repr(x))
//   str:    (s.encode('utf-8', 'surrogatepass').hex(), repr(s).encode('utf-8').hex())
//   bytes:  (b.hex(), repr(b).encode().hex(), repr(bytearray(b)).encode().hex())
// The floats are edge cases plus 60 random doubles (random.seed(12345)).
#include "present/pyrepr.h"

#include <QtTest>

#include <cstring>

using namespace ps;

namespace {

struct FloatRow
{
    uint64_t bits;
    const char *repr;
};

const FloatRow kFloats[] = {
    {0x0000000000000000ull, "0.0"},
    {0x8000000000000000ull, "-0.0"},
    {0x3ff0000000000000ull, "1.0"},
    {0xbff0000000000000ull, "-1.0"},
    {0x3fb999999999999aull, "0.1"},
    {0x3fd3333333333334ull, "0.30000000000000004"},
    {0x3ff8000000000000ull, "1.5"},
    {0x54b249ad2594c37dull, "1e+100"},
    {0x2b2bff2ee48e0530ull, "1e-100"},
    {0x4341c37937e08000ull, "1e+16"},
    {0x430c6bf526340000ull, "1000000000000000.0"},
    {0x43118b54f22aeb00ull, "1234567890123456.0"},
    {0x4345ee2a2eb5a5c4ull, "1.2345678901234568e+16"},
    {0x434aa535d3d0c000ull, "1.5e+16"},
    {0x3f1a36e2eb1c432dull, "0.0001"},
    {0x3ee4f8b588e368f1ull, "1e-05"},
    {0x3f202e4b6ce5dc68ull, "0.00012345"},
    {0x0000000000000001ull, "5e-324"},
    {0x7fefffffffffffffull, "1.7976931348623157e+308"},
    {0x0010000000000000ull, "2.2250738585072014e-308"},
    {0x7ff0000000000000ull, "inf"},
    {0xfff0000000000000ull, "-inf"},
    {0x7ff8000000000000ull, "nan"},
    {0x400921fb54442d18ull, "3.141592653589793"},
    {0x4059000000000000ull, "100.0"},
    {0x4480f0cf064dd592ull, "1e+22"},
    {0x444b1ae4d6e2ef50ull, "1e+21"},
    {0x419d6f3454000000ull, "123456789.0"},
    {0x3fd3333333333333ull, "0.3"},
    {0x3fe5555555555555ull, "0.6666666666666666"},
    {0xbe90c6f7a0b5ed8dull, "-2.5e-07"},
    {0x4340000000000000ull, "9007199254740992.0"},
    {0x4011666666666666ull, "4.35"},
    {0x3f50624dd2f1a9fcull, "0.001"},
    {0x405edd2f1a9fbe77ull, "123.456"},
    {0xbb91433a6aa79987ull, "-9.1387497028769e-22"},
    {0xd1f6f86c029a7245ull, "-7.139820454309632e+86"},
    {0xcd8778e7d340bbcdull, "-3.089900467300506e+65"},
    {0xdaea58ba4c73a942ull, "-9.131299887434701e+129"},
    {0xee8971105e503a67ull, "-2.942877356480083e+224"},
    {0x452ec40a3193ca54ull, "1.8596773229471727e+25"},
    {0x6facaa5090e5e945ull, "8.692067227002291e+229"},
    {0x5f811cb929645f8bull, "1.1202983176732331e+152"},
    {0xdfc9e3b11fcff454ull, "-2.71187804877673e+153"},
    {0x42d6cb5c6ed4e94bull, "100250739757989.17"},
    {0xa091250e8fe46024ull, "-8.183770430730414e-152"},
    {0x9c9cea0c2ca1c789ull, "-7.481942688750341e-171"},
    {0x2fd2b7a48d9fe5b9ull, "2.525722336173709e-78"},
    {0xbcf74d7a5adad121ull, "-5.1742273216317384e-15"},
    {0xbb9d58e4f543bbcfull, "-1.5536301412264183e-21"},
    {0x87f26aee175f0cd2ull, "-2.1789094907487126e-270"},
    {0xbc428d42fa882692ull, "-2.011390540120253e-18"},
    {0x95c5fb986980a81full, "-8.764271883973625e-204"},
    {0x2aa4857e8101e89aull, "2.863253393402251e-103"},
    {0x34a9af4125ece845ull, "5.2374923668024025e-55"},
    {0x13ed748bb80e3b0dull, "1.0936941514836716e-212"},
    {0xd64a3ce030a1f6d5ull, "-4.8141078806962144e+107"},
    {0x527122dc57708107ull, "1.3635548534927665e+89"},
    {0x7576714a06057c82ull, "6.739508595758605e+257"},
    {0x06e0f45856eaa301ull, "1.5303059611217572e-275"},
    {0x82bde024f7acee22ull, "-1.8272601399104736e-295"},
    {0xb0d26ee6fa928906ull, "-1.6301294128168097e-73"},
    {0x6a5ccc2cbe99854aull, "2.2572140005785964e+204"},
    {0x01b5577d00e266d0ull, "1.9917479904700448e-300"},
    {0xa9f559fcf0b37868ull, "-1.4546223495953267e-106"},
    {0x29ef41d0deea959eull, "1.0647315861075762e-106"},
    {0x94820a06c555663full, "-6.85882119867777e-210"},
    {0x495cfa4f2dcaabd5ull, "2.5849035208654928e+45"},
    {0xa70ce1b51978cec0ull, "-1.3980865026926386e-120"},
    {0x1b1bcf726a1eccdaull, "4.2893241473530543e-178"},
    {0xae711399e2b2848bull, "-5.493913207906451e-85"},
    {0x2e80dbd593fd7234ull, "1.084765896058589e-84"},
    {0x600027e8bc90a6ecull, "2.7076892184663095e+154"},
    {0xf5cdb9413b8d0e76ull, "-2.8563304288860733e+259"},
    {0x9893588c860a7da1ull, "-2.713760756235414e-190"},
    {0x41198f537ff7ae30ull, "418772.8749682633"},
    {0x4123d387c99f9262ull, "649667.8937955613"},
    {0x4122bed221da3d80ull, "614249.0661181659"},
    {0xc12056af8c4fa2dcull, "-535383.7740450758"},
    {0x4126c717de54ac72ull, "746379.9342397584"},
    {0xc1214f8e47620be8ull, "-567239.1394199105"},
    {0x41226d2cf34e4880ull, "603798.4752066284"},
    {0x40fae5a990e73750ull, "110170.59787675482"},
    {0xc1232cee8f821d41ull, "-628343.2802895681"},
    {0x4105a209e4af9678ull, "177217.2366630321"},
    {0x40e1cfd8b031e570ull, "36478.77150816738"},
    {0x412bfe9a03848686ull, "917325.0068704642"},
    {0xc12bfb731cd2ff22ull, "-916921.5562972764"},
    {0xc1247fd6df2118aaull, "-671723.4357993801"},
    {0x412d7f729cd2b380ull, "966585.3062950224"},
    {0x412446b38b1c6646ull, "664409.771701046"},
    {0xc125587e22d5b6e5ull, "-699455.0680367617"},
    {0xc120889c1e413058ull, "-541774.0590911014"},
    {0x40f31c48cc693b80ull, "78276.54990504496"},
    {0xc124efacadbed17aull, "-686038.3393464528"},
};

struct StrRow
{
    const char *utf8Hex;
    const char *reprHex;
};

const StrRow kStrs[] = {
    {"", "2727"},
    {"616263", "2761626327"},
    {"69742773", "226974277322"},
    {"7361792022686922", "27736179202268692227"},
    {"626f7468202720616e642022", "27626f7468205c2720616e64202227"},
    {"6261636b5c736c617368", "276261636b5c5c736c61736827"},
    {"746162096e6c0a63720d", "277461625c746e6c5c6e63725c7227"},
    {"001f7f", "275c7830305c7831665c78376627"},
    {"c280c29fc2a0c2adc3bf", "275c7838305c7839665c7861305c786164c3bf27"},
    {"c3a9e697a5e69cace8aa9ef09f9880", "27c3a9e697a5e69cace8aa9ef09f988027"},
    {"e280a8e280a9e2808befbbbf", "275c75323032385c75323032395c75323030625c756665666627"},
    {"eda080", "275c756438303027"},
    {"edbfbf2078", "275c7564666666207827"},
    {"f3a08081f48fbfbf", "275c5530303065303030315c55303031306666666627"},
    {"cdb8", "275c753033373827"},
    {"20e38080c2a0", "27205c75333030305c78613027"},
    {"cf89cc80", "27cf89cc8027"},
    {"f09f9880f09fa7bf", "27f09f9880f09fa7bf27"},
    {"ee8080", "275c756530303027"},
};

struct BytesRow
{
    const char *hex;
    const char *reprHex;
    const char *bytearrayReprHex;
};

const BytesRow kBytes[] = {
    {"", "622727", "6279746561727261792862272729"},
    {"616263", "622761626327", "6279746561727261792862276162632729"},
    {"69742773", "62226974277322", "62797465617272617928622269745c27732229"},
    {"7361792022686922", "6227736179202268692227", "62797465617272617928622773617920226869222729"},
    {"626f7468202720616e642022", "6227626f7468205c2720616e64202227",
     "627974656172726179286227626f7468205c2720616e6420222729"},
    {"5c", "62275c5c27", "6279746561727261792862275c5c2729"},
    {"090a0d007f80ff", "62275c745c6e5c725c7830305c7837665c7838305c78666627",
     "6279746561727261792862275c745c6e5c725c7830305c7837665c7838305c7866662729"},
    {"00070e151c232a31383f464d545b626970777e858c939aa1a8afb6bdc4cbd2d9e0e7eef5fc",
     "62275c7830305c7830375c7830655c7831355c783163232a31383f464d545b626970777e5c7838355c7838635c783"
     "9335c7839615c7861315c7861385c7861665c7862365c7862645c7863345c7863625c7864325c7864395c7865305c"
     "7865375c7865655c7866355c78666327",
     "6279746561727261792862275c7830305c7830375c7830655c7831355c783163232a31383f464d545b626970777e5"
     "c7838355c7838635c7839335c7839615c7861315c7861385c7861665c7862365c7862645c7863345c7863625c7864"
     "325c7864395c7865305c7865375c7865655c7866355c7866632729"},
};

double fromBits(uint64_t bits)
{
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}

std::string fromHex(const char *hex)
{
    return QByteArray::fromHex(hex).toStdString();
}

std::span<const uint8_t> span(const std::string &s)
{
    return {reinterpret_cast<const uint8_t *>(s.data()), s.size()};
}

} // namespace

class tst_PyRepr : public QObject
{
    Q_OBJECT

private slots:
    void reprFloat_data();
    void reprFloat();
    void reprStr_data();
    void reprStr();
    void reprBytes_data();
    void reprBytes();
    void reprInts();
    void latin1();
    void printable();
    void truncation();
};

void tst_PyRepr::reprFloat_data()
{
    QTest::addColumn<quint64>("bits");
    QTest::addColumn<QString>("expected");
    for (const FloatRow &r : kFloats)
        QTest::newRow(r.repr) << quint64(r.bits) << QString::fromLatin1(r.repr);
}

void tst_PyRepr::reprFloat()
{
    QFETCH(quint64, bits);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(ps::reprFloat(fromBits(bits))), expected);
}

void tst_PyRepr::reprStr_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    for (const StrRow &r : kStrs)
        QTest::newRow(QByteArray::fromHex(r.reprHex).constData())
            << QByteArray::fromHex(r.utf8Hex) << QByteArray::fromHex(r.reprHex);
}

void tst_PyRepr::reprStr()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(QByteArray::fromStdString(ps::reprStr(input.toStdString())), expected);
}

void tst_PyRepr::reprBytes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("expectedByteArray");
    for (const BytesRow &r : kBytes)
        QTest::newRow(QByteArray::fromHex(r.reprHex).left(40).constData())
            << QByteArray::fromHex(r.hex) << QByteArray::fromHex(r.reprHex)
            << QByteArray::fromHex(r.bytearrayReprHex);
}

void tst_PyRepr::reprBytes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, expectedByteArray);
    const std::string in = input.toStdString();
    QCOMPARE(QByteArray::fromStdString(ps::reprBytes(span(in))), expected);
    QCOMPARE(QByteArray::fromStdString(ps::reprByteArray(span(in))), expectedByteArray);
}

/// int64 and big ints (two's complement little-endian, as pickle's LONG1 stores them).
void tst_PyRepr::reprInts()
{
    QCOMPARE(ps::reprInt(0), std::string("0"));
    QCOMPARE(ps::reprInt(INT64_MIN), std::string("-9223372036854775808"));
    // 2**64 and -(2**64): python3 -c "print((2**64).to_bytes(9,'little',signed=True).hex())"
    QCOMPARE(ps::reprBigInt(span(fromHex("000000000000000001"))),
             std::string("18446744073709551616"));
    QCOMPARE(ps::reprBigInt(span(fromHex("0000000000000000ff"))),
             std::string("-18446744073709551616"));
    QCOMPARE(ps::reprBigInt(span(fromHex("ff"))), std::string("-1"));
    QCOMPARE(ps::reprBigInt(span(std::string())), std::string("0"));
    // Too big to convert: says how big it is.
    QCOMPARE(ps::reprBigInt(span(std::string(100, '\x01')), 64), std::string("<int of 793 bits>"));
    QCOMPARE(ps::reprBool(true), std::string("True"));
}

/// Python 2 str loaded with encoding='latin1': repr('\xe9t\xe9') == "'été'".
void tst_PyRepr::latin1()
{
    QCOMPARE(QByteArray::fromStdString(ps::reprLatin1(span(fromHex("e974e9")))),
             QByteArray("'\xc3\xa9t\xc3\xa9'"));
    QCOMPARE(QByteArray::fromStdString(ps::reprLatin1(span(fromHex("0027ad")))),
             QByteArray("\"\\x00'\\xad\""));
}

/// str.isprintable() at category boundaries (python3: chr(c).isprintable()).
void tst_PyRepr::printable()
{
    QVERIFY(ps::isPrintable(U' '));
    QVERIFY(!ps::isPrintable(0x7F));
    QVERIFY(!ps::isPrintable(0xA0)); // Zs
    QVERIFY(ps::isPrintable(0xA1));
    QVERIFY(!ps::isPrintable(0xAD));   // Cf
    QVERIFY(ps::isPrintable(0x300));   // Mn
    QVERIFY(!ps::isPrintable(0x378));  // Cn
    QVERIFY(!ps::isPrintable(0x2028)); // Zl
    QVERIFY(!ps::isPrintable(0xD800)); // Cs
    QVERIFY(!ps::isPrintable(0xE000)); // Co
    QVERIFY(ps::isPrintable(0x1F600));
    QVERIFY(!ps::isPrintable(0x10FFFF));
}

void tst_PyRepr::truncation()
{
    QCOMPARE(ps::reprStr("abcdef", 3), std::string("'abc…'"));
    QCOMPARE(ps::reprStr("abc", 3), std::string("'abc'"));
    const std::string b = "abcdef";
    QCOMPARE(ps::reprBytes(span(b), 2), std::string("b'ab…'"));
    QCOMPARE(ps::truncateText("日本語テキスト", 4), std::string("日本語…"));
    QCOMPARE(ps::truncateText("abcd", 4), std::string("abcd"));
    QCOMPARE(ps::codePointCount("é日😀"), size_t(3));
}

QTEST_GUILESS_MAIN(tst_PyRepr)
#include "tst_pyrepr.moc"
