// SPDX-License-Identifier: MIT
// picklescope-cli as a user runs it: exit codes, `info --json` against the fixtures'
// expectations, `get --json` against the values Python saw, trees, listings and errors.
#include "cli_runner.h"

#include <QtTest>

namespace {

using clitest::cli;
using clitest::fixture;
using clitest::Run;

QJsonObject expectation(const QString &name)
{
    QFile f(fixture(name + QStringLiteral(".expected.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonValue parseValue(const QByteArray &text, bool *ok)
{
    QJsonParseError err;
    const QJsonDocument d = QJsonDocument::fromJson("[" + text + "]", &err);
    *ok = err.error == QJsonParseError::NoError;
    return *ok ? d.array().at(0) : QJsonValue();
}

QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usage();
    void info_data();
    void info();
    void infoText();
    void get_data();
    void get();
    void getText();
    void getErrors_data();
    void getErrors();
    void tree();
    void treeJson();
    void dis();
    void truncatedFile();
    void missingFile();
    void deepNestingBounded();
};

void tst_Cli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(PICKLESCOPE_CLI)), PICKLESCOPE_CLI);
    QVERIFY(QFileInfo::exists(fixture(QStringLiteral("lr_iris.joblib"))));
}

void tst_Cli::usage()
{
    Run r = cli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Usage: picklescope-cli"));
    r = cli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("picklescope-cli "));
    r = cli({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("Usage"));
    r = cli({QStringLiteral("frobnicate"), fixture(QStringLiteral("lr_iris.joblib"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("unknown command 'frobnicate'"));
    r = cli({QStringLiteral("info"), QStringLiteral("--bogus"),
             fixture(QStringLiteral("lr_iris.joblib"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("unknown option --bogus"));
    r = cli({QStringLiteral("tree"), fixture(QStringLiteral("lr_iris.joblib")),
             QStringLiteral("--depth"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--depth"));
}

void tst_Cli::info_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f :
         {"lr_iris.joblib", "lr_iris_p0.pkl", "lr_iris_xz.joblib", "gb_3class_gzip.joblib",
          "multi_pickle.pkl", "torch_state_dict.pt", "torch_tensors_legacy.pt", "stdlib_p2.pkl",
          "py2_p2.pkl", "legacy_zfile.joblib"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

/// `info --json` agrees with what Python reported when it loaded the file.
void tst_Cli::info()
{
    QFETCH(QString, file);
    const QJsonObject expected = expectation(file);
    QVERIFY(!expected.isEmpty());
    const Run r = cli({QStringLiteral("info"), fixture(file), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QJsonObject info = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(info.value("file").toString(), fixture(file));
    QCOMPARE(info.value("format").toString(), expected.value("format").toString());
    QCOMPARE(info.value("compression").toString(), expected.value("compression").toString());
    QCOMPARE(info.value("protocol").toInt(), expected.value("protocol").toInt());
    QCOMPARE(info.value("roots").toInt(), expected.value("roots").toInt());
    QCOMPARE(info.value("root_types").toArray(), expected.value("root_types").toArray());
    QCOMPARE(info.value("globals").toArray(), expected.value("globals").toArray());
    QCOMPARE(info.value("file_size").toInteger(), QFileInfo(fixture(file)).size());
    QVERIFY(info.value("error").isNull());
    QVERIFY(info.value("warnings").isArray());
    QVERIFY(info.value("objects").toInt() > 0);
    const QJsonArray streams = info.value("streams").toArray();
    QVERIFY(!streams.isEmpty());
    for (const QJsonValue &s : streams) {
        const QJsonObject o = s.toObject();
        QVERIFY(!o.value("name").toString().isEmpty());
        QVERIFY(o.value("end").toInteger() > o.value("begin").toInteger());
        QVERIFY(o.value("opcodes").toInt() > 0);
        QVERIFY(o.contains("protocol"));
    }
}

void tst_Cli::infoText()
{
    const Run r = cli({QStringLiteral("info"), fixture(QStringLiteral("lr_iris.joblib"))});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.contains(QStringLiteral("\nFormat:      joblib\n")));
    QVERIFY(text.contains(QStringLiteral("\nProtocol:    4\n")));
    QVERIFY(text.contains(
        QStringLiteral("\nRoot types:  sklearn.linear_model._logistic.LogisticRegression\n")));
    QVERIFY(text.contains(QStringLiteral("\n  numpy.dtype\n")));
    QVERIFY(text.contains(QStringLiteral("\nError:       none\n")));
}

void tst_Cli::get_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("root");
    QTest::addColumn<QString>("json");
    // Every check with a JSON value in a few fixtures that cover the mapping's families.
    for (const char *f :
         {"lr_iris.joblib", "stdlib_p4.pkl", "np_structured_p5.pkl", "np_scalars_p4.pkl",
          "pydata_p2.pkl", "multi_pickle.pkl", "torch_tensors.pt", "gb_3class.joblib"}) {
        const QString file = QString::fromLatin1(f);
        int n = 0;
        for (const QJsonValue &cv : expectation(file).value("checks").toArray()) {
            const QJsonObject c = cv.toObject();
            if (!c.contains("json") || c.value("unordered").toBool())
                continue;
            if (++n > 40)
                break;
            QTest::addRow("%s %s", f, qPrintable(c.value("path").toString()))
                << file << c.value("path").toString() << c.value("root").toInt(0)
                << compact(c.value("json"));
        }
    }
}

/// `get --json` prints the value in the JSON mapping, equal to what Python saw.
void tst_Cli::get()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(int, root);
    QFETCH(QString, json);
    QStringList args{QStringLiteral("get"), fixture(file), path, QStringLiteral("--json")};
    if (root > 0)
        args << QStringLiteral("--root") << QString::number(root + 1);
    const Run r = cli(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    bool ok = false;
    const QJsonValue actual = parseValue(r.out, &ok);
    QVERIFY2(ok, r.out.left(300).constData());
    // `json` is the compact text of a one-element array holding the expected value.
    const QJsonValue want = QJsonDocument::fromJson(json.toUtf8()).array().at(0);
    if (actual != want)
        QFAIL(qPrintable(compact(actual).left(400) + QStringLiteral(" != ") + json.left(400)));
}

void tst_Cli::getText()
{
    Run r = cli({QStringLiteral("get"), fixture(QStringLiteral("lr_iris.joblib")),
                 QStringLiteral(".coef_")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(".coef_: numpy.ndarray = ndarray float64 (3, 4)\n[["));
    r = cli({QStringLiteral("get"), fixture(QStringLiteral("lr_iris.joblib")),
             QStringLiteral(".coef_[0, 1]")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray(".coef_[0, 1]: numpy.float64 = 0.9671297223529787\n"));
    r = cli({QStringLiteral("get"), fixture(QStringLiteral("lr_iris.joblib")), QString()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("<root>: sklearn.linear_model._logistic.LogisticRegression"));
    QVERIFY(r.out.contains("\n  penalty: str = 'l2'\n"));
    r = cli({QStringLiteral("get"), fixture(QStringLiteral("multi_pickle.pkl")),
             QStringLiteral("[1]"), QStringLiteral("--root"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("[1]: builtins.int = 1180591620717411303424\n"));
}

void tst_Cli::getErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("attribute") << "lr_iris.joblib"
                               << ".nope"
                               << ": path .nope: at the root: no attribute 'nope' on "
                                  "LogisticRegression (attributes: penalty, dual";
    QTest::newRow("index") << "lr_iris.joblib"
                           << ".coef_[7]"
                           << "at .coef_: index 7 is out of bounds for axis 0 with size 3";
    QTest::newRow("key") << "stdlib_p4.pkl"
                         << "['nope']"
                         << "key 'nope' not in dict";
    QTest::newRow("syntax") << "lr_iris.joblib"
                            << ".coef_[0"
                            << "column 9: expected ']'";
    QTest::newRow("unquoted") << "stdlib_p4.pkl"
                              << "[date]"
                              << "string keys need quotes";
}

/// An invalid path is exit status 2 with a clear message on stderr.
void tst_Cli::getErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, message);
    for (const bool json : {false, true}) {
        QStringList args{QStringLiteral("get"), fixture(file), path};
        if (json)
            args << QStringLiteral("--json");
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.err.startsWith(fixture(file).toUtf8()));
    }
    const Run r = cli({QStringLiteral("get"), fixture(QStringLiteral("multi_pickle.pkl")),
                       QString(), QStringLiteral("--root"), QStringLiteral("9")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("the file has 3 top-level objects"));
}

void tst_Cli::tree()
{
    Run r = cli({QStringLiteral("tree"), fixture(QStringLiteral("recursive_p4.pkl"))});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.startsWith(QStringLiteral("<root>: dict = dict · 7 items\n")));
    QVERIFY(text.contains(QStringLiteral("│   └── 1: list → see ['self_list']\n")));
    QVERIFY(text.contains(QStringLiteral("me: SimpleNamespace → see ['namespace']")));
    QVERIFY(text.contains(QStringLiteral("└── 'laughs': tuple = ((…), (…))\n")));

    r = cli({QStringLiteral("tree"), fixture(QStringLiteral("lr_iris.joblib")),
             QStringLiteral("--depth"), QStringLiteral("0")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("<root>: LogisticRegression\n"));

    r = cli({QStringLiteral("tree"), fixture(QStringLiteral("multi_pickle.pkl")),
             QStringLiteral("--depth=1")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("\n<root 2>: tuple = ('second', 1180591620717411303424, None)\n"));
    QVERIFY(r.out.contains("\n<root 3>: list = list · 3 items\n"));

    // Long lists: 50 children, then the rest summed up. vocabulary_ holds 177 words; the
    // first 50 in the dict's order (scikit-learn's: 'win' first, 'credit' 50th) are listed,
    // then one line for the other 127.
    r = cli({QStringLiteral("tree"), fixture(QStringLiteral("sk_count_vectorizer_p4.pkl")),
             QStringLiteral("--depth"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    const qsizetype vocabulary = lines.indexOf("└── vocabulary_: dict = dict · 177 items");
    QVERIFY2(vocabulary >= 0, r.out.constData());
    QList<QByteArray> words;
    qsizetype at = vocabulary + 1;
    for (; at < lines.size() && lines[at].startsWith("    ├── "); ++at)
        words << lines[at].mid(int(qstrlen("    ├── ")));
    QCOMPARE(words.size(), 50);
    QCOMPARE(words.front(), QByteArray("'win': int = 168"));
    QCOMPARE(words.back(), QByteArray("'credit': int = 41"));
    QCOMPARE(lines.value(at), QByteArray("    └── … 127 more"));
}

void tst_Cli::treeJson()
{
    const Run r = cli({QStringLiteral("tree"), fixture(QStringLiteral("lr_iris.joblib")),
                       QStringLiteral("--json"), QStringLiteral("--depth"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value("name").toString(), QStringLiteral("<root>"));
    QCOMPARE(root.value("path").toString(), QString());
    QCOMPARE(root.value("type").toString(),
             QStringLiteral("sklearn.linear_model._logistic.LogisticRegression"));
    const QJsonArray kids = root.value("children").toArray();
    QVERIFY(kids.size() >= 20);
    bool sawCoef = false;
    for (const QJsonValue &k : kids) {
        const QJsonObject o = k.toObject();
        QVERIFY(!o.contains("children"));
        if (o.value("name").toString() == QStringLiteral("coef_")) {
            sawCoef = true;
            QCOMPARE(o.value("path").toString(), QStringLiteral(".coef_"));
            QCOMPARE(o.value("type").toString(), QStringLiteral("numpy.ndarray"));
            QCOMPARE(o.value("summary").toString(), QStringLiteral("ndarray float64 (3, 4)"));
        }
    }
    QVERIFY(sawCoef);
}

void tst_Cli::dis()
{
    Run r = cli({QStringLiteral("dis"), fixture(QStringLiteral("lr_iris_p4.pkl"))});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    QVERIFY(lines.size() > 20);
    QVERIFY(lines[0].startsWith("== pickle 1 · protocol 4"));
    QCOMPARE(lines[1], QByteArray("    0: \\x80 PROTO      4"));
    QVERIFY(r.out.contains("highest protocol among opcodes = 4\n"));

    // --json: the ops equal pickletools.genops' (the fixture's .dis.json).
    r = cli({QStringLiteral("dis"), fixture(QStringLiteral("multi_pickle.pkl")),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QFile f(fixture(QStringLiteral("multi_pickle.pkl.dis.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray expected
        = QJsonDocument::fromJson(f.readAll()).object().value("streams").toArray();
    const QJsonArray actual = QJsonDocument::fromJson(r.out).object().value("streams").toArray();
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual[i].toObject().value("name"), expected[i].toObject().value("name"));
        QCOMPARE(actual[i].toObject().value("ops"), expected[i].toObject().value("ops"));
    }

    // joblib: raw array payloads appear as pseudo instructions.
    r = cli({QStringLiteral("dis"), fixture(QStringLiteral("lr_iris.joblib"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(": [raw array data: 24 bytes]\n"));
}

/// A file cut in half: what was read is still shown, the error names the offset, exit 2.
void tst_Cli::truncatedFile()
{
    QFile in(fixture(QStringLiteral("lr_iris_p2.pkl")));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("half.pkl"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() / 2));
    out.close();

    for (const char *command : {"info", "tree", "dis"}) {
        const Run r = cli({QString::fromLatin1(command), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.out.isEmpty(), command);
        QVERIFY2(r.err.startsWith(path.toUtf8() + ": "), r.err.constData());
        QVERIFY2(r.err.contains("offset "), r.err.constData());
    }
    const Run r = cli({QStringLiteral("info"), path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject info = QJsonDocument::fromJson(r.out).object();
    QVERIFY(info.value("error").isString());
}

void tst_Cli::missingFile()
{
    for (const char *command : {"info", "tree", "dis", "get"}) {
        QStringList args{QString::fromLatin1(command), QStringLiteral("/nonexistent/model.pkl")};
        if (QByteArray(command) == "get")
            args << QString();
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("/nonexistent/model.pkl"), r.err.constData());
    }
}

/// Issue 14: a 1 MB pickle of dicts nested 200,000 deep. `get --json` indented each level
/// one step further (80 GB of spaces) and `export x.json` built the whole text in memory
/// (std::bad_alloc, "internal error"). Both now run under a 1 GiB address-space limit and a
/// 256 MiB file-size limit (prlimit; exceeding --fsize kills the process with SIGXFSZ), and
/// write a bounded, complete document.
void tst_Cli::deepNestingBounded()
{
    constexpr int depth = 200'000;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // {'a': {'a': ... {} ...}} at protocol 2: EMPTY_DICT + SHORT_BINSTRING 'a' per level,
    // then one SETITEM per level.
    QByteArray pickle("\x80\x02", 2);
    for (int i = 0; i < depth; ++i)
        pickle += QByteArray("}U\x01"
                             "a",
                             4);
    pickle += '}';
    pickle += QByteArray(depth, 's');
    pickle += '.';
    const QString file = dir.filePath(QStringLiteral("deep.pkl"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(pickle), pickle.size());
    }
    constexpr qint64 fileLimit = qint64(256) << 20;
    auto limited = [&](const QStringList &args, const QString &stdoutFile) {
        return clitest::run(QStringLiteral("prlimit"),
                            QStringList{QStringLiteral("--as=%1").arg(qint64(1) << 30),
                                        QStringLiteral("--fsize=%1").arg(fileLimit),
                                        QStringLiteral("--"), QStringLiteral(PICKLESCOPE_CLI)}
                                + args,
                            stdoutFile, 120000);
    };
    // The shape of the text: every level opens once and closes once, indentation stops at
    // kJsonMaxIndentLevels (32) levels of 2 spaces.
    auto checkDocument = [&](const QString &path) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.size() < 64 << 20, QByteArray::number(f.size()).constData());
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("{\n  \"a\": {\n    \"a\": {"));
        QCOMPARE(text.count('{'), depth + 1);
        QCOMPARE(text.count('}'), depth + 1);
        const QByteArray deepest = "\n" + QByteArray(64, ' ') + "\"a\": {";
        QVERIFY(text.contains(deepest));
        QVERIFY(!text.contains("\n" + QByteArray(65, ' ')));
        QVERIFY(text.endsWith("}\n"));
    };

    const QString got = dir.filePath(QStringLiteral("get.json"));
    Run r = limited({QStringLiteral("get"), file, QString(), QStringLiteral("--json")}, got);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    checkDocument(got);

    const QString exported = dir.filePath(QStringLiteral("export.json"));
    r = limited({QStringLiteral("export"), file, QString(), QStringLiteral("-o"), exported},
                dir.filePath(QStringLiteral("export.out")));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    checkDocument(exported);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
