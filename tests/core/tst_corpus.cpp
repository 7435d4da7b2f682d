// SPDX-License-Identifier: MIT
// Every fixture written by the real Python libraries (tests/fixtures/generate.py) opens, and
// what PickleScope reads equals what Python reported when it loaded the same file: container,
// protocol, root types, globals (in file order) and a set of values per file.
#include "document/document.h"
#include "path/path.h"
#include "present/json_writer.h"
#include "present/python_type.h"
#include "reader/reader.h"
#include "resolve/resolve.h"
#include "util/pyrepr.h"

#include <QtTest>

using namespace ps;

namespace {

QString fixturesDir()
{
    return QStringLiteral(PS_FIXTURES);
}

QJsonValue parseJson(const std::string &text, bool *ok)
{
    QJsonParseError err;
    const QByteArray wrapped = "[" + QByteArray::fromStdString(text) + "]";
    const QJsonDocument d = QJsonDocument::fromJson(wrapped, &err);
    *ok = err.error == QJsonParseError::NoError && d.isArray();
    return *ok ? d.array().at(0) : QJsonValue();
}

QJsonArray sortedArray(const QJsonArray &a)
{
    QStringList items;
    for (const QJsonValue &v : a)
        items << QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    items.sort();
    QJsonArray out;
    for (const QString &s : items)
        out.append(QJsonDocument::fromJson(s.toUtf8()).array().at(0));
    return out;
}

QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

} // namespace

class tst_Corpus : public QObject
{
    Q_OBJECT

private slots:
    void fixture_data();
    void fixture();
    void corpusCoverage();
};

void tst_Corpus::fixture_data()
{
    QTest::addColumn<QString>("expectedPath");
    const QDir dir(fixturesDir());
    const QStringList files
        = dir.entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() > 50);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f.chopped(int(strlen(".expected.json"))))) << dir.filePath(f);
}

void tst_Corpus::fixture()
{
    QFETCH(QString, expectedPath);
    QFile f(expectedPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
    const QString file = QDir(fixturesDir()).filePath(expected.value("file").toString());

    auto doc = openDocument(file.toStdString());
    QVERIFY2(doc->ok(), doc->error() ? doc->error()->toString().c_str() : "");

    // Container and stream facts.
    QCOMPARE(QString::fromLatin1(formatName(doc->format()).data()),
             expected.value("format").toString());
    QCOMPARE(QString::fromLatin1(doc->compression().data(), int(doc->compression().size())),
             expected.value("compression").toString());
    QCOMPARE(doc->protocol(), expected.value("protocol").toInt());
    QCOMPARE(int(doc->roots().size()), expected.value("roots").toInt());

    // Root types, as type(obj).__module__ + '.' + __qualname__.
    const QJsonArray rootTypes = expected.value("root_types").toArray();
    for (int i = 0; i < rootTypes.size(); ++i)
        QCOMPARE(QString::fromStdString(pythonType(*doc, doc->roots().at(size_t(i)))),
                 rootTypes.at(i).toString());

    // Every global find_class saw, raw, in order, without duplicates.
    QStringList globals;
    for (const GlobalRef &g : doc->globals())
        globals << QString::fromStdString(g.full());
    QStringList expectedGlobals;
    for (const QJsonValue &v : expected.value("globals").toArray())
        expectedGlobals << v.toString();
    QCOMPARE(globals, expectedGlobals);

    // Values.
    QStringList failures;
    const QJsonArray checks = expected.value("checks").toArray();
    for (const QJsonValue &cv : checks) {
        const QJsonObject check = cv.toObject();
        const QString path = check.value("path").toString();
        const auto root = uint32_t(check.value("root").toInt(0));
        const QString where = QStringLiteral("root %1 path \"%2\"").arg(root).arg(path);
        auto resolved = resolvePath(*doc, path.toStdString(), root);
        if (!resolved.ok()) {
            failures << where + ": " + QString::fromStdString(resolved.error().message);
            continue;
        }
        const Resolved &r = *resolved;
        if (check.contains("type")) {
            const QString type = QString::fromStdString(pythonType(*doc, r));
            QString want = check.value("type").toString();
            // sklearn's Tree properties build their arrays from the C struct, whose intp
            // fields numpy names 'longlong'; the same <i8 values from the pickle are int64.
            if (want == QLatin1String("numpy.longlong") && type == QLatin1String("numpy.int64"))
                want = type;
            if (type != want)
                failures << where + ": type " + type + " != " + check.value("type").toString();
        }
        if (check.contains("dtype")) {
            const QString dtype = r.array ? QString::fromStdString(pythonDType(*doc, r))
                                          : QStringLiteral("<no array>");
            if (dtype != check.value("dtype").toString())
                failures << where + ": dtype " + dtype + " != " + check.value("dtype").toString();
        }
        if (check.contains("shape")) {
            QJsonArray shape;
            if (r.array && !r.isElement)
                for (uint64_t d : r.array->shape)
                    shape.append(qint64(d));
            if (shape != check.value("shape").toArray())
                failures << where + ": shape " + compact(shape)
                                + " != " + compact(check.value("shape"));
        }
        if (check.contains("repr") && r.node != kNoNode && !r.array) {
            const QString repr = QString::fromStdString(pythonRepr(*doc, r.node));
            if (repr != check.value("repr").toString())
                failures << where + ": repr " + repr + " != " + check.value("repr").toString();
        }
        if (check.contains("json")) {
            auto text = toJson(*doc, r, JsonOptions{});
            if (!text.ok()) {
                failures << where + ": json error " + QString::fromStdString(text.error().message);
                continue;
            }
            bool ok = false;
            QJsonValue actual = parseJson(*text, &ok);
            if (!ok) {
                failures << where + ": invalid JSON " + QString::fromStdString(*text).left(200);
                continue;
            }
            QJsonValue want = check.value("json");
            if (check.value("unordered").toBool() && actual.isArray() && want.isArray()) {
                actual = sortedArray(actual.toArray());
                want = sortedArray(want.toArray());
            }
            if (actual != want)
                failures << where + ": json " + compact(actual).left(300)
                                + " != " + compact(want).left(300);
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n    "))));
}

/// The corpus covers what the reader issue promises; this fails if fixtures go missing.
void tst_Corpus::corpusCoverage()
{
    const QDir dir(fixturesDir());
    QSet<QString> formats, compressions;
    QSet<int> protocols;
    QSet<QString> globals;
    for (const QString &f : dir.entryList({QStringLiteral("*.expected.json")}, QDir::Files)) {
        QFile file(dir.filePath(f));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        formats << o.value("format").toString();
        compressions << o.value("compression").toString();
        protocols << o.value("protocol").toInt();
        for (const QJsonValue &g : o.value("globals").toArray())
            globals << g.toString();
    }
    for (const char *f : {"pickle", "joblib", "torch-zip", "torch-legacy"})
        QVERIFY2(formats.contains(QString::fromLatin1(f)), f);
    for (const char *c : {"none", "zlib", "gzip", "bz2", "xz", "lzma", "lz4", "zfile"})
        QVERIFY2(compressions.contains(QString::fromLatin1(c)), c);
    for (int p = 0; p <= 5; ++p)
        QVERIFY(protocols.contains(p));
    for (const char *g :
         {"sklearn.pipeline.Pipeline", "sklearn.compose._column_transformer.ColumnTransformer",
          "sklearn.ensemble._forest.RandomForestClassifier",
          "sklearn.ensemble._hist_gradient_boosting.gradient_boosting."
          "HistGradientBoostingClassifier",
          "sklearn.tree._tree.Tree", "pandas.core.frame.DataFrame", "scipy.sparse._csr.csr_matrix",
          "torch._utils._rebuild_tensor_v2", "numpy.core.numeric._frombuffer",
          "collections.OrderedDict"})
        QVERIFY2(globals.contains(QString::fromLatin1(g)), g);
}

QTEST_GUILESS_MAIN(tst_Corpus)
#include "tst_corpus.moc"
