// SPDX-License-Identifier: MIT
// Python repr() of floats, str, bytes and ints, str.isprintable() and latin-1 decoding, byte
// for byte. The expected values are the real Python's: tests/core/data/pyrepr/generate.py
// calls repr() on every input and writes tests/core/data/pyrepr/expected.json, which this test
// reads (the floats are edge cases plus 60 random doubles, random.seed(12345)).
#include "util/pyrepr.h"

#include <QtTest>

#include <cstring>

using namespace ps;

namespace {

double fromBits(uint64_t bits)
{
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}

std::span<const uint8_t> span(const std::string &s)
{
    return {reinterpret_cast<const uint8_t *>(s.data()), s.size()};
}

/// The rows of one section of expected.json (what generate.py wrote).
QJsonArray expectedRows(const char *section)
{
    static const QJsonObject all = [] {
        QFile f(QStringLiteral(PS_PYREPR_EXPECTED));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", PS_PYREPR_EXPECTED);
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    const QJsonArray rows = all.value(QLatin1String(section)).toArray();
    if (rows.isEmpty())
        qFatal("%s has no rows in %s", section, PS_PYREPR_EXPECTED);
    return rows;
}

QByteArray hexField(const QJsonValue &row, const char *key)
{
    return QByteArray::fromHex(row.toObject().value(QLatin1String(key)).toString().toLatin1());
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
    void reprInts_data();
    void reprInts();
    void latin1_data();
    void latin1();
    void printable_data();
    void printable();
    void bigIntLimit();
    void truncation();
};

void tst_PyRepr::reprFloat_data()
{
    QTest::addColumn<quint64>("bits");
    QTest::addColumn<QString>("expected");
    for (const QJsonValue &r : expectedRows("floats")) {
        const QString repr = r.toObject().value(QLatin1String("repr")).toString();
        bool ok = false;
        const quint64 bits
            = r.toObject().value(QLatin1String("bits")).toString().toULongLong(&ok, 16);
        QVERIFY(ok);
        QTest::newRow(qPrintable(repr)) << bits << repr;
    }
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
    for (const QJsonValue &r : expectedRows("strs"))
        QTest::newRow(hexField(r, "repr").constData())
            << hexField(r, "utf8") << hexField(r, "repr");
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
    for (const QJsonValue &r : expectedRows("bytes"))
        QTest::newRow(hexField(r, "repr").left(40).constData())
            << hexField(r, "hex") << hexField(r, "repr") << hexField(r, "bytearray_repr");
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

void tst_PyRepr::reprInts_data()
{
    QTest::addColumn<QByteArray>("twosComplement"); // little-endian, as LONG1 / LONG4 store it
    QTest::addColumn<QByteArray>("expected");
    for (const QJsonValue &r : expectedRows("ints")) {
        const QByteArray repr = r.toObject().value(QLatin1String("repr")).toString().toLatin1();
        QTest::newRow(repr.constData()) << hexField(r, "twos_le") << repr;
    }
}

/// Big ints (and int64 through the small form when they fit).
void tst_PyRepr::reprInts()
{
    QFETCH(QByteArray, twosComplement);
    QFETCH(QByteArray, expected);
    const std::string twos = twosComplement.toStdString();
    QCOMPARE(QByteArray::fromStdString(ps::reprBigInt(span(twos))), expected);
    bool fits = false;
    const qlonglong small = expected.toLongLong(&fits);
    if (fits)
        QCOMPARE(QByteArray::fromStdString(ps::reprInt(small)), expected);
}

/// Ours, not Python's: too big to convert, an int says how big it is; bools.
void tst_PyRepr::bigIntLimit()
{
    QCOMPARE(ps::reprBigInt(span(std::string(100, '\x01')), 64), std::string("<int of 793 bits>"));
    QCOMPARE(ps::reprBool(true), std::string("True"));
    QCOMPARE(ps::reprBool(false), std::string("False"));
}

void tst_PyRepr::latin1_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    for (const QJsonValue &r : expectedRows("latin1"))
        QTest::newRow(hexField(r, "repr").constData()) << hexField(r, "hex") << hexField(r, "repr");
}

/// Python 2 str loaded with encoding='latin1': repr('\xe9t\xe9') == "'été'".
void tst_PyRepr::latin1()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const std::string in = input.toStdString();
    QCOMPARE(QByteArray::fromStdString(ps::reprLatin1(span(in))), expected);
}

void tst_PyRepr::printable_data()
{
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<bool>("expected");
    for (const QJsonValue &r : expectedRows("printable")) {
        const QJsonObject o = r.toObject();
        const uint cp = uint(o.value(QLatin1String("code_point")).toInt());
        QTest::newRow(qPrintable(QStringLiteral("U+%1").arg(cp, 4, 16, QLatin1Char('0'))))
            << cp << o.value(QLatin1String("printable")).toBool();
    }
}

/// str.isprintable() at category boundaries.
void tst_PyRepr::printable()
{
    QFETCH(uint, codePoint);
    QFETCH(bool, expected);
    QCOMPARE(ps::isPrintable(char32_t(codePoint)), expected);
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
