// SPDX-License-Identifier: MIT
// Issue 14: `.npy` and `.npz` files (written by the real numpy, tests/fixtures/generate_npy.py)
// open as documents equal to what np.load gives — numeric arrays as views into the file, object
// arrays' pickles read and security-scanned — and files of formats PickleScope does not read
// are named, not reported as opcode errors.
#include "document/document.h"
#include "path/path.h"
#include "pickler/pickler.h"
#include "present/json_writer.h"
#include "present/summary.h"
#include "reader/reader.h"
#include "resolve/resolve.h"
#include "security/analysis.h"

#include <QtTest>

using namespace ps;

class tst_NpyFiles : public QObject
{
    Q_OBJECT

private slots:
    void readsAsNumpyLoads_data();
    void readsAsNumpyLoads();
    void numericArraysAreViews();
    void hostileObjectArrays_data();
    void hostileObjectArrays();
    void foreignFormatsAreNamed();
    void brokenNpy();
    void notWritten();

private:
    static QString dir() { return QStringLiteral(PS_NPY_FIXTURES); }
    static QJsonObject expected(const QString &name)
    {
        QFile f(dir() + QLatin1Char('/') + name + QStringLiteral(".expected.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    /// Nested JSON lists flattened in C order.
    static void flatten(const QJsonValue &v, QJsonArray &out)
    {
        if (v.isArray()) {
            for (const QJsonValue &item : v.toArray())
                flatten(item, out);
        } else {
            out.append(v);
        }
    }
};

void tst_NpyFiles::readsAsNumpyLoads_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files
        = QDir(dir()).entryList({QStringLiteral("*.npy"), QStringLiteral("*.npz")});
    QVERIFY(files.size() >= 12);
    for (const QString &f : files)
        if (!f.startsWith(QLatin1String("hostile")))
            QTest::newRow(qPrintable(f)) << f;
}

void tst_NpyFiles::readsAsNumpyLoads()
{
    QFETCH(QString, file);
    const QJsonObject want = expected(file.chopped(4));
    QVERIFY(!want.isEmpty());
    const auto doc = openDocument((dir() + QLatin1Char('/') + file).toStdString());
    QVERIFY2(doc->ok(), doc->error() ? doc->error()->toString().c_str() : "");
    QCOMPARE(QString::fromUtf8(formatName(doc->format())),
             want[QLatin1String("format")].toString());
    QCOMPARE(doc->roots().size(), size_t(1));
    const QJsonObject arrays = want[QLatin1String("arrays")].toObject();
    for (auto it = arrays.begin(); it != arrays.end(); ++it) {
        const QString key = it.key();
        const QJsonObject a = it.value().toObject();
        const std::string path = key.isEmpty() ? std::string() : "['" + key.toStdString() + "']";
        auto resolved = resolvePath(*doc, path);
        QVERIFY2(resolved.ok(), path.c_str());
        const auto array = arrayOfNode(*doc, resolved->node);
        QVERIFY2(array, path.c_str());
        const QString dtype = QString::fromStdString(array->loadedDType()->str());
        if (a[QLatin1String("dtype")].toString().startsWith(QLatin1String("|V")))
            QVERIFY(array->dtype->isStructured()); // numpy's str of a structured dtype
        else
            QCOMPARE(dtype, a[QLatin1String("dtype")].toString());
        QJsonArray shape;
        for (uint64_t d : array->shape)
            shape.append(qint64(d));
        QCOMPARE(shape, a[QLatin1String("shape")].toArray());
        const QJsonArray values = a[QLatin1String("values")].toArray();
        QCOMPARE(qint64(array->count()), qint64(values.size()));
        if (array->dtype->hasObject()) {
            // Elements as Python prints them (repr) from the pickle numpy wrote.
            QCOMPARE(array->objects.size(), size_t(values.size()));
            for (qsizetype i = 0; i < values.size(); ++i)
                QCOMPARE(QString::fromStdString(summary(*doc, array->objects[size_t(i)])),
                         values[i].toString());
            continue;
        }
        auto json = toJson(*doc, *resolved, JsonOptions{});
        QVERIFY(json.ok());
        QJsonArray got;
        flatten(
            QJsonDocument::fromJson(QByteArray::fromStdString("[" + *json + "]")).array().first(),
            got);
        QCOMPARE(got.size(), values.size());
        if (array->dtype->isStructured()) {
            // One object per record, its fields in the dtype's order.
            for (qsizetype i = 0; i < values.size(); ++i) {
                const QJsonObject record = got[i].toObject();
                const QJsonArray want = values[i].toArray();
                QCOMPARE(qsizetype(array->dtype->fields.size()), want.size());
                for (qsizetype f = 0; f < want.size(); ++f)
                    QCOMPARE(record[QString::fromStdString(array->dtype->fields[size_t(f)].name)]
                                 .toVariant(),
                             want[f].toVariant());
            }
            continue;
        }
        for (qsizetype i = 0; i < values.size(); ++i)
            QCOMPARE(got[i].toVariant(), values[i].toVariant());
    }
}

void tst_NpyFiles::numericArraysAreViews()
{
    // np.load's numeric arrays are read where they lie: in the mapped .npy and in a stored
    // .npz member; a deflated member in its inflated buffer. Nothing is copied.
    for (const char *name : {"f8_2d.npy", "stored.npz"}) {
        const auto doc = openDocument((dir() + QLatin1Char('/')).toStdString() + name);
        QVERIFY(doc->ok());
        auto r = resolvePath(*doc, doc->format() == Format::Npy ? "" : "['f8_2d']");
        QVERIFY(r.ok());
        const auto array = arrayOfNode(*doc, r->node);
        QVERIFY(array);
        const auto file = doc->fileBytes();
        QVERIFY(array->data.data() >= file.data());
        QVERIFY(array->data.data() + array->data.size() <= file.data() + file.size());
        QCOMPARE(array->data.size(), size_t(12 * 8));
    }
    const auto deflated = openDocument((dir() + QStringLiteral("/deflated.npz")).toStdString());
    auto r = resolvePath(*deflated, "['f8_2d']");
    QVERIFY(r.ok());
    const auto array = arrayOfNode(*deflated, r->node);
    QVERIFY(array);
    QVERIFY(deflated->bufferContaining(array->data) > 0);
}

void tst_NpyFiles::hostileObjectArrays_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("npy") << QStringLiteral("hostile_object.npy");
    QTest::newRow("npz member") << QStringLiteral("hostile_member.npz");
}

void tst_NpyFiles::hostileObjectArrays()
{
    QFETCH(QString, file);
    const QJsonObject want = expected(file.chopped(4));
    const auto doc = openDocument((dir() + QLatin1Char('/') + file).toStdString());
    QVERIFY2(doc->ok(), doc->error() ? doc->error()->toString().c_str() : "");
    const security::SecurityReport report = security::analyse(*doc);
    QVERIFY(report.flagged());
    QStringList globals;
    for (const auto &f : report.findings)
        globals << QString::fromStdString(f.global);
    for (const QJsonValue &g : want[QLatin1String("globals")].toArray())
        QVERIFY2(globals.contains(g.toString()), qPrintable(globals.join(QLatin1Char(' '))));
}

void tst_NpyFiles::foreignFormatsAreNamed()
{
    QFile f(dir() + QStringLiteral("/foreign/expected.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject files = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(files.size() >= 6);
    for (auto it = files.begin(); it != files.end(); ++it) {
        const auto doc
            = openDocument((dir() + QStringLiteral("/foreign/") + it.key()).toStdString());
        QVERIFY2(!doc->ok(), qPrintable(it.key()));
        const QString message = QString::fromStdString(doc->error()->message);
        QVERIFY2(message.startsWith(QStringLiteral("this is ") + it.value().toString()
                                    + QStringLiteral(", not a pickle")),
                 qPrintable(it.key() + QStringLiteral(": ") + message));
        QVERIFY(doc->roots().empty());
    }
    // The same bytes behind a valid pickle are still a pickle: the check never hides one.
    std::vector<uint8_t> pickle = {0x80, 0x04, 'N', '.'};
    const auto ok = openDocumentBytes(pickle, "none.pkl");
    QVERIFY(ok->ok());
}

void tst_NpyFiles::brokenNpy()
{
    QFile f(dir() + QStringLiteral("/f8_2d.npy"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    // Data cut short: the error says where the data was expected, the process lives.
    std::vector<uint8_t> cut(bytes.begin(), bytes.end() - 9);
    const auto doc = openDocumentBytes(cut, "cut.npy");
    QVERIFY(!doc->ok());
    QVERIFY2(QString::fromStdString(doc->error()->message).contains(QLatin1String("dtype <f8")),
             doc->error()->message.c_str());
    QCOMPARE(doc->error()->offset, uint64_t(128));
    // Header cut short: the header reader's error, not an opcode error.
    std::vector<uint8_t> header(bytes.begin(), bytes.begin() + 40);
    const auto h = openDocumentBytes(header, "header.npy");
    QVERIFY(!h->ok());
    QVERIFY(
        !QString::fromStdString(h->error()->toString()).contains(QLatin1String("STACK_GLOBAL")));
}

void tst_NpyFiles::notWritten()
{
    const auto doc = openDocument((dir() + QStringLiteral("/stored.npz")).toStdString());
    QVERIFY(doc->ok());
    auto out = convertDocument(*doc, ConvertOptions{});
    QVERIFY(!out.ok());
    QVERIFY(QString::fromStdString(out.error().message).contains(QLatin1String(".npz")));
}

QTEST_GUILESS_MAIN(tst_NpyFiles)
#include "tst_npy_files.moc"
