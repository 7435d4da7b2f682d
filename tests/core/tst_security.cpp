// SPDX-License-Identifier: MIT
// The security analysis: the hostile corpus (hand-assembled, never loaded) is reported
// dangerous with the right globals; every real fixture of the reader's corpus scans clean;
// classification rules, expressions, offsets, paths, exit codes on small byte strings.
#include "document/document.h"
#include "path/path.h"
#include "reader/reader.h"
#include "resolve/resolve.h"
#include "security/allowlist.h"
#include "security/analysis.h"
#include "security/expression.h"
#include "source/zip_reader.h"
#include "util/bigint.h"
#include "util/pyrepr.h"

#include <QtTest>

using namespace ps;
using namespace ps::security;

namespace {

/// The bytes of a string literal, embedded NULs included (adjacent literals concatenate).
template<size_t N>
QByteArray raw(const char (&s)[N])
{
    return QByteArray(s, N - 1);
}

std::vector<uint8_t> bytesOf(const QByteArray &b)
{
    return std::vector<uint8_t>(b.begin(), b.end());
}

std::unique_ptr<Document> docOf(const QByteArray &b, const char *name = "test.pkl")
{
    return openDocumentBytes(bytesOf(b), name);
}

/// Files of a fixture directory that are pickles/joblib/torch files (not expectations, not
/// legacy joblib side files).
QStringList fixtureFiles(const QString &dir)
{
    QStringList out;
    const auto entries = QDir(dir).entryList(QDir::Files, QDir::Name);
    for (const QString &name : entries) {
        if (name.endsWith(QLatin1String(".json")) || name.endsWith(QLatin1String(".npy"))
            || name.endsWith(QLatin1String(".npy.z")))
            continue;
        out << name;
    }
    return out;
}

QStringList dangerousGlobals(const SecurityReport &r)
{
    QStringList out;
    for (const Finding &f : r.findings)
        if (f.severity == Severity::Dangerous)
            out << QString::fromStdString(f.global);
    return out;
}

QString describe(const SecurityReport &r)
{
    QString out;
    for (const Finding &f : r.findings)
        out += QStringLiteral("\n  %1 %2 %3: %4")
                   .arg(QString::fromUtf8(severityName(f.severity).data()),
                        QString::fromStdString(f.global), QString::fromStdString(f.expression),
                        QString::fromStdString(f.explanation));
    return out;
}

const Finding *findGlobal(const SecurityReport &r, const std::string &global)
{
    for (const Finding &f : r.findings)
        if (f.global == global)
            return &f;
    return nullptr;
}

} // namespace

class tst_Security : public QObject
{
    Q_OBJECT

private slots:
    /// Every hostile fixture is dangerous, names the expected globals and exits 1.
    void hostileCorpus_data();
    void hostileCorpus();
    /// Every valid fixture of the reader's corpus: nothing dangerous, nothing unknown.
    void validCorpus_data();
    void validCorpus();
    /// classifyName() on the lists alone.
    void classifyName_data();
    void classifyName();
    void expressionAndOffsets();
    void getattrEnumMemberIsExplained();
    void getattrRules_data();
    void getattrRules();
    void dottedNames();
    void discardedCallStillReported();
    void everyPickleOfAMultiPickleFile();
    void persistentIds();
    void mutationOfAGlobal();
    void unknownClassIsAWarning();
    void exitCodes();
    void pathsResolveToTheirNodes();
    void zipAnomaliesAreFlagged();
    void expressionLimits();
    /// Truncated and corrupted hostile files: no crash, counts match the findings.
    void robustness();
    /// 100 000 nested lists around a payload: found, iteratively, with a bounded path.
    void deepNesting();
    void findingCap();

    // --- issue 16: the scan holds against real attackers ---
    /// Benign but unusual real files (zoneinfo, pytz, ufuncs, RNGs, OrderedDict at protocol
    /// 0, a 300 KB integer): no false alarm; user classes are unknown, never dangerous.
    void benignCorpus_data();
    void benignCorpus();
    /// The exact allow-list: defined-where-named only, re-exports and module aliases resolved,
    /// calls only when reviewed, Python 2 names through fix_imports.
    void exactAllowList_data();
    void exactAllowList();
    /// An oversized ZIP entry is "cannot decide", never clean.
    void oversizedEntryIsUndecided();
    /// A FRAME violation is read on (the listing is complete) and reported.
    void frameViolationReadOn();
    /// A later pickle that fails to read: exit 2, not 0.
    void laterPickleErrorIsNotClean();
    /// Decimal output of integers stops at CPython's 4300 digits (size and hex beyond).
    void bigIntegersAreCapped();
};

void tst_Security::hostileCorpus_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files = fixtureFiles(QStringLiteral(PS_HOSTILE));
    QVERIFY2(files.size() >= 40, "run tests/fixtures/generate_hostile.py");
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void tst_Security::hostileCorpus()
{
    QFETCH(QString, name);
    const QDir dir(QStringLiteral(PS_HOSTILE));
    QFile expectFile(dir.filePath(name + QStringLiteral(".expect.json")));
    QVERIFY2(expectFile.open(QIODevice::ReadOnly), "missing .expect.json");
    const QJsonObject expect = QJsonDocument::fromJson(expectFile.readAll()).object();

    const auto doc = openDocument(dir.filePath(name).toStdString());
    const SecurityReport report = analyse(*doc);
    if (!expect.value(QStringLiteral("dangerous")).toBool()) {
        // Nothing ran, but the file cannot be read to its end: never clean.
        QCOMPARE(report.exitCode(), expect.value(QStringLiteral("exit_code")).toInt());
        QCOMPARE(report.verdict(), std::string_view("error"));
        return;
    }
    QVERIFY2(report.dangerous > 0, qPrintable(describe(report)));
    QVERIFY(report.flagged());
    QCOMPARE(report.exitCode(), expect.value(QStringLiteral("exit_code")).toInt());
    QCOMPARE(report.verdict(), std::string_view("dangerous"));
    QCOMPARE(report.error.has_value(), expect.value(QStringLiteral("malformed")).toBool());

    const QStringList found = dangerousGlobals(report);
    const QJsonArray globals = expect.value(QStringLiteral("globals")).toArray();
    QVERIFY(!globals.isEmpty());
    for (const QJsonValue &g : globals)
        QVERIFY2(found.contains(g.toString()),
                 qPrintable(g.toString() + QStringLiteral(" not among") + describe(report)));
    for (const Finding &f : report.findings) {
        QVERIFY(!f.expression.empty());
        QVERIFY(!f.explanation.empty());
        QVERIFY(f.endOffset >= f.offset);
        if (f.fileOffset)
            QVERIFY(*f.fileOffset < doc->fileSize());
    }
}

void tst_Security::validCorpus_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files = fixtureFiles(QStringLiteral(PS_FIXTURES));
    QVERIFY(files.size() >= 90);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void tst_Security::validCorpus()
{
    QFETCH(QString, name);
    const QDir dir(QStringLiteral(PS_FIXTURES));
    const auto doc = openDocument(dir.filePath(name).toStdString());
    QVERIFY(doc->ok());
    ScanOptions strict;
    strict.strict = true;
    const SecurityReport report = analyse(*doc, strict);
    QVERIFY2(report.dangerous == 0 && report.unknown == 0, qPrintable(describe(report)));
    QCOMPARE(report.exitCode(), 0);
    QCOMPARE(report.verdict(), std::string_view("allow-listed"));
    QVERIFY(report.findings.empty());

    // Every global Python's find_class saw is in the summary, allow-listed.
    QFile f(dir.filePath(name + QStringLiteral(".expected.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray globals
        = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("globals")).toArray();
    for (const QJsonValue &g : globals) {
        const std::string name = g.toString().toStdString();
        const auto it = std::find_if(report.globals.begin(), report.globals.end(),
                                     [&](const GlobalSummary &s) { return s.global == name; });
        QVERIFY2(it != report.globals.end(), name.c_str());
        QCOMPARE(it->severity, Severity::Safe);
        QVERIFY(it->uses > 0);
    }
    QCOMPARE(report.globals.size(), size_t(globals.size()));
}

void tst_Security::classifyName_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("category");

    const int safe = int(Severity::Safe);
    const int unknown = int(Severity::Unknown);
    const int bad = int(Severity::Dangerous);
    struct Row
    {
        const char *module, *name;
        int severity;
        const char *category;
    };
    const Row rows[] = {
        {"os", "system", bad, "os-command"},
        {"posix", "system", bad, "os-command"},
        {"nt", "system", bad, "os-command"},
        {"subprocess", "Popen", bad, "os-command"},
        {"builtins", "eval", bad, "code-execution"},
        {"__builtin__", "exec", bad, "code-execution"},
        {"builtins", "__import__", bad, "code-execution"},
        {"builtins", "getattr", bad, "reflection"},
        {"builtins", "open", bad, "file-system"},
        {"builtins", "print", unknown, "unknown-global"},
        {"builtins", "set", safe, "known-safe"},
        {"__builtin__", "set", safe, "known-safe"},
        {"builtins", "ValueError", safe, "known-safe"},
        {"runpy", "_run_code", bad, "code-execution"},
        {"types", "CodeType", bad, "code-execution"},
        {"marshal", "loads", bad, "code-execution"},
        {"pkgutil", "resolve_name", bad, "reflection"},
        {"operator", "attrgetter", bad, "reflection"},
        {"_operator", "methodcaller", bad, "reflection"},
        {"operator", "add", unknown, "unknown-global"},
        {"functools", "partial", bad, "reflection"},
        {"pickle", "loads", bad, "nested-deserialization"},
        {"joblib", "load", bad, "nested-deserialization"},
        {"joblib.numpy_pickle", "NumpyArrayWrapper", safe, "known-safe"},
        {"torch", "load", bad, "nested-deserialization"},
        {"torch.serialization", "load", bad, "nested-deserialization"},
        {"torch.serialization", "_get_layout", safe, "known-safe"},
        {"torch", "FloatStorage", safe, "known-safe"},
        {"torch._utils", "_rebuild_tensor_v2", safe, "known-safe"},
        {"torch.nn.modules.linear", "Linear", safe, "known-safe"},
        {"torch.jit.unsupported_tensor_ops", "execWrapper", bad, "code-execution"},
        {"numpy", "load", bad, "nested-deserialization"},
        {"numpy.core.multiarray", "_reconstruct", safe, "known-safe"},
        {"numpy._core.multiarray", "_reconstruct", safe, "known-safe"},
        {"numpy", "float64", safe, "known-safe"},
        {"numpy.testing._private.utils", "runstring", bad, "code-execution"},
        {"numpy.f2py.crackfortran", "getlincoef", bad, "code-execution"},
        {"sklearn.linear_model._logistic", "LogisticRegression", safe, "known-safe"},
        {"sklearn.tree._tree", "Tree", safe, "known-safe"},
        {"sklearn.datasets", "fetch_openml", bad, "file-system"},
        {"sklearn.externals.joblib", "load", bad, "nested-deserialization"},
        {"pandas.core.frame", "DataFrame", safe, "known-safe"},
        {"pandas.io.pickle", "read_pickle", bad, "nested-deserialization"},
        {"pandas", "read_pickle", bad, "nested-deserialization"},
        {"scipy.sparse._csr", "csr_matrix", safe, "known-safe"},
        {"scipy.io", "loadmat", bad, "file-system"},
        {"collections", "OrderedDict", safe, "known-safe"},
        {"copy_reg", "_reconstructor", safe, "known-safe"},
        {"copyreg", "add_extension", bad, "reflection"},
        {"_codecs", "encode", safe, "known-safe"},
        {"uuid", "UUID", safe, "known-safe"},
        {"uuid", "_get_command_stdout", bad, "os-command"},
        {"signal", "SIGINT", safe, "known-safe"},
        {"signal", "signal", bad, "process-state"},
        {"http", "HTTPStatus", safe, "known-safe"},
        {"http.client", "HTTPSConnection", bad, "network"},
        {"ssl", "get_server_certificate", bad, "network"},
        {"urllib.request", "urlopen", bad, "network"},
        {"webbrowser", "open", bad, "network"},
        {"ctypes", "CDLL", bad, "ffi"},
        {"sys", "exit", bad, "process-state"},
        {"shutil", "rmtree", bad, "file-system"},
        {"_io", "FileIO", bad, "file-system"},
        {"logging", "FileHandler", bad, "file-system"},
        {"asyncio.unix_events", "_UnixSubprocessTransport._start", bad, "os-command"},
        {"pathlib", "os.system", bad, "os-command"},
        {"six.moves.builtins", "eval", bad, "reflection"},
        {"mymodule", "Outer.__init__.__globals__", bad, "reflection"},
        {"fickling", "load", bad, "scanner-tampering"},
        {"picklescan.scanner", "scan_file_path", bad, "scanner-tampering"},
        {"mlflow.projects.backend.local", "_run_entry_point", bad, "os-command"},
        {"torch.utils.collect_env", "run", bad, "os-command"},
        {"imaplib", "IMAP4_stream", bad, "os-command"},
        {"mymodule", "Model", unknown, "unknown-global"},
        {"xgboost.sklearn", "XGBClassifier", unknown, "unknown-global"},
    };
    for (const Row &r : rows)
        QTest::newRow(
            qPrintable(QStringLiteral("%1.%2").arg(QLatin1String(r.module), QLatin1String(r.name))))
            << QString::fromLatin1(r.module) << QString::fromLatin1(r.name) << r.severity
            << QString::fromLatin1(r.category);
}

void tst_Security::classifyName()
{
    QFETCH(QString, module);
    QFETCH(QString, name);
    QFETCH(int, severity);
    QFETCH(QString, category);
    const Classification c = ps::security::classifyName(module.toStdString(), name.toStdString());
    QCOMPARE(int(c.severity), severity);
    QCOMPARE(QString::fromUtf8(categoryId(c.category).data()), category);
    QVERIFY(!c.reason.empty());
}

void tst_Security::expressionAndOffsets()
{
    // PROTO 2, GLOBAL os system, BINUNICODE 'echo pwned', TUPLE1, REDUCE, STOP
    const QByteArray data = raw("\x80\x02"
                                "cos\nsystem\n"
                                "X\x0a\x00\x00\x00"
                                "echo pwned"
                                "\x85R.");
    const auto doc = docOf(data);
    QVERIFY(doc->ok());
    const SecurityReport r = analyse(*doc);
    QCOMPARE(r.findings.size(), size_t(1));
    const Finding &f = r.findings.front();
    QCOMPARE(f.severity, Severity::Dangerous);
    QCOMPARE(f.category, Category::OsCommand);
    QCOMPARE(f.kind, FindingKind::Call);
    QCOMPARE(f.global, std::string("os.system"));
    QCOMPARE(f.expression, std::string("os.system('echo pwned')"));
    QCOMPARE(f.offset, uint64_t(2));     // the GLOBAL opcode
    QCOMPARE(f.endOffset, uint64_t(30)); // one past REDUCE
    QVERIFY(f.fileOffset.has_value());
    QCOMPARE(*f.fileOffset, uint64_t(2));
    QCOMPARE(f.streamName, std::string("pickle 1"));
    QVERIFY(f.reachable);
    QCOMPARE(f.path, std::string());
    QCOMPARE(f.root, 0u);
    QCOMPARE(f.node, doc->roots().front());
    QCOMPARE(r.findingsFor(f.node), std::vector<size_t>{0});
    QCOMPARE(r.globals.size(), size_t(1));
    QCOMPARE(r.globals.front().global, std::string("os.system"));
    QCOMPARE(r.globals.front().severity, Severity::Dangerous);
    QCOMPARE(r.exitCode(), 1);
}

void tst_Security::getattrEnumMemberIsExplained()
{
    // getattr(http.HTTPStatus, 'OK'): how Python 3.12 pickles enum members.
    const QByteArray data = raw("\x80\x02"
                                "cbuiltins\ngetattr\n"
                                "chttp\nHTTPStatus\n"
                                "X\x02\x00\x00\x00OK"
                                "\x86R.");
    const auto doc = docOf(data);
    QVERIFY(doc->ok());
    ScanOptions all;
    all.listSafe = true;
    const SecurityReport r = analyse(*doc, all);
    QCOMPARE(r.dangerous, uint64_t(0));
    QCOMPARE(r.unknown, uint64_t(0));
    QCOMPARE(r.exitCode(), 0);
    const Finding *f = findGlobal(r, "http.HTTPStatus.OK");
    QVERIFY2(f, qPrintable(describe(r)));
    QCOMPARE(f->severity, Severity::Safe);
    QCOMPARE(f->via, std::string("builtins.getattr"));
    QCOMPARE(f->expression, std::string("getattr(http.HTTPStatus, 'OK')"));
    // The member itself is on the allow-list (generated from the real enum).
    QVERIFY(QString::fromStdString(f->explanation)
                .contains(QLatin1String("reaches http.HTTPStatus.OK")));
}

void tst_Security::getattrRules_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("global");

    // getattr(mymod.Color, 'RED'): an unknown enum → a warning, not an alarm.
    QTest::newRow("unknown enum") << raw("\x80\x02"
                                         "cbuiltins\ngetattr\n"
                                         "cmymod\nColor\n"
                                         "X\x03\x00\x00\x00RED"
                                         "\x86R.")
                                  << int(Severity::Unknown) << QStringLiteral("mymod.Color.RED");
    // getattr(numpy.ndarray, 'tofile')(…): calling an attribute no list vouches for.
    QTest::newRow("called attribute")
        << raw("\x80\x02"
               "cbuiltins\ngetattr\n"
               "cnumpy\nndarray\n"
               "X\x06\x00\x00\x00tofile"
               "\x86R"
               "N\x85R.")
        << int(Severity::Dangerous) << QStringLiteral("numpy.ndarray.tofile");
    // getattr(builtins.object, '__subclasses__'): a reflective dunder.
    QTest::newRow("dunder") << raw("\x80\x02"
                                   "cbuiltins\ngetattr\n"
                                   "cbuiltins\nobject\n"
                                   "X\x0e\x00\x00\x00__subclasses__"
                                   "\x86R.")
                            << int(Severity::Dangerous)
                            << QStringLiteral("builtins.object.__subclasses__");
    // getattr(mymod.Color, <a computed name>): undecidable.
    QTest::newRow("computed name")
        << QByteArray("\x80\x02"
                      "cbuiltins\ngetattr\n"
                      "cmymod\nColor\n"
                      "cmymod\nname\n)R"
                      "\x86R.")
        << int(Severity::Dangerous) << QStringLiteral("builtins.getattr");
    // getattr(getattr(os_module...)): a denied module reached through getattr.
    QTest::newRow("denied reach") << raw("\x80\x02"
                                         "cbuiltins\ngetattr\n"
                                         "cos\npath\n"
                                         "X\x04\x00\x00\x00join"
                                         "\x86R.")
                                  << int(Severity::Dangerous) << QStringLiteral("os.path.join");
}

void tst_Security::getattrRules()
{
    QFETCH(QByteArray, data);
    QFETCH(int, severity);
    QFETCH(QString, global);
    const auto doc = docOf(data);
    QVERIFY(doc->ok());
    const SecurityReport r = analyse(*doc);
    const Finding *f = findGlobal(r, global.toStdString());
    QVERIFY2(f, qPrintable(describe(r)));
    QCOMPARE(int(f->severity), severity);
    if (severity == int(Severity::Unknown))
        QCOMPARE(r.dangerous, uint64_t(0));
}

void tst_Security::dottedNames()
{
    // A nested class instantiated with NEWOBJ: an unknown class, not an alarm.
    {
        const auto doc = docOf(QByteArray("\x80\x04"
                                          "\x8c\x05mymod"
                                          "\x8c\x0bOuter.Inner"
                                          "\x93)\x81."));
        QVERIFY(doc->ok());
        const SecurityReport r = analyse(*doc);
        QCOMPARE(r.dangerous, uint64_t(0));
        QVERIFY(r.unknown > 0);
        QVERIFY(findGlobal(r, "mymod.Outer.Inner"));
    }
    // The same name called by REDUCE: a method call through a walk.
    {
        const auto doc = docOf(QByteArray("\x80\x04"
                                          "\x8c\x05mymod"
                                          "\x8c\x0aOuter.load"
                                          "\x93)R."));
        const SecurityReport r = analyse(*doc);
        const Finding *f = findGlobal(r, "mymod.Outer.load");
        QVERIFY(f);
        QCOMPARE(f->severity, Severity::Dangerous);
        QCOMPARE(f->category, Category::Reflection);
    }
    // A walk through a function attribute (modelscan #85 'numpy prod.a').
    {
        const auto doc = docOf(QByteArray("cnumpy\nprod.a\n."));
        const SecurityReport r = analyse(*doc);
        const Finding *f = findGlobal(r, "numpy.prod.a");
        QVERIFY(f);
        QCOMPARE(f->severity, Severity::Dangerous);
        QCOMPARE(f->kind, FindingKind::Reference);
    }
}

void tst_Security::discardedCallStillReported()
{
    // os.system('x') POPped, then None: the call is in no tree, still reported.
    const auto doc = docOf(raw("\x80\x02"
                               "cos\nsystem\n"
                               "X\x01\x00\x00\x00x"
                               "\x85R0N."));
    QVERIFY(doc->ok());
    const SecurityReport r = analyse(*doc);
    const Finding *f = findGlobal(r, "os.system");
    QVERIFY(f);
    QCOMPARE(f->severity, Severity::Dangerous);
    QVERIFY(!f->reachable);
    QVERIFY(f->path.empty());
    QVERIFY(QString::fromStdString(f->explanation).contains(QLatin1String("discarded")));
}

void tst_Security::everyPickleOfAMultiPickleFile()
{
    const QByteArray data = raw("\x80\x02}q\x00.")
                            + raw("\x80\x02"
                                  "cos\nsystem\n"
                                  "X\x01\x00\x00\x00x"
                                  "\x85R.");
    const auto doc = docOf(data);
    QVERIFY(doc->ok());
    QCOMPARE(doc->streams().size(), size_t(2));
    const SecurityReport r = analyse(*doc);
    const Finding *f = findGlobal(r, "os.system");
    QVERIFY(f);
    QCOMPARE(f->stream, 1u);
    QCOMPARE(f->streamName, std::string("pickle 2"));
    QCOMPARE(f->offset, uint64_t(8)); // the second pickle's GLOBAL
    QVERIFY(f->reachable);
    QCOMPARE(f->root, 1u);
}

void tst_Security::persistentIds()
{
    // A persistent id in a plain pickle: handed to persistent_load — a warning.
    const auto doc = docOf(raw("\x80\x02X\x03\x00\x00\x00"
                               "abcQ."));
    QVERIFY(doc->ok());
    const SecurityReport r = analyse(*doc);
    QCOMPARE(r.dangerous, uint64_t(0));
    QCOMPARE(r.unknown, uint64_t(1));
    QCOMPARE(r.findings.front().kind, FindingKind::PersistentId);
    QCOMPARE(r.findings.front().category, Category::PersistentId);
    QCOMPARE(r.findings.front().expression, std::string("persistent_load('abc')"));
}

void tst_Security::mutationOfAGlobal()
{
    // APPEND on collections.OrderedDict (a class): Python calls OrderedDict.append.
    const auto doc = docOf(QByteArray("\x80\x02"
                                      "ccollections\nOrderedDict\n"
                                      "K\x01"
                                      "a."));
    QVERIFY(doc->ok());
    const SecurityReport r = analyse(*doc);
    const Finding *mutation = nullptr;
    for (const Finding &f : r.findings)
        if (f.kind == FindingKind::Mutation)
            mutation = &f;
    QVERIFY2(mutation, qPrintable(describe(r)));
    QCOMPARE(mutation->severity, Severity::Dangerous);
    QCOMPARE(mutation->category, Category::Mutation);
    QCOMPARE(mutation->global, std::string("collections.OrderedDict"));
    QCOMPARE(mutation->expression, std::string("collections.OrderedDict.append(1)"));
    QCOMPARE(mutation->offset, uint64_t(29)); // the APPEND
}

void tst_Security::unknownClassIsAWarning()
{
    const auto doc = docOf(QByteArray("\x80\x02"
                                      "cmymod\nModel\n"
                                      ")\x81"
                                      "}b."));
    QVERIFY(doc->ok());
    const SecurityReport r = analyse(*doc);
    QCOMPARE(r.dangerous, uint64_t(0));
    QCOMPARE(r.unknown, uint64_t(1));
    QCOMPARE(r.verdict(), std::string_view("unknown"));
    QCOMPARE(r.exitCode(), 0);
    QCOMPARE(r.findings.front().expression, std::string("mymod.Model.__new__(mymod.Model)"));
    ScanOptions strict;
    strict.strict = true;
    const SecurityReport s = analyse(*doc, strict);
    QVERIFY(s.flagged());
    QCOMPARE(s.exitCode(), 1);
}

void tst_Security::exitCodes()
{
    // Nothing readable: 2.
    {
        const auto doc = docOf(QByteArray());
        const SecurityReport r = analyse(*doc);
        QVERIFY(r.unreadable);
        QCOMPARE(r.exitCode(), 2);
        QCOMPARE(r.verdict(), std::string_view("error"));
    }
    // Truncated without anything dangerous before the break: 2 (the rest was not scanned).
    {
        const auto doc = docOf(raw("\x80\x02}q\x00(X\x05\x00\x00\x00"
                                   "ab"));
        QVERIFY(doc->error());
        const SecurityReport r = analyse(*doc);
        QVERIFY(!r.unreadable);
        QVERIFY(r.error);
        QCOMPARE(r.exitCode(), 2);
    }
    // A payload, then a broken tail: 1 (the payload runs before CPython fails).
    {
        const auto doc = docOf(raw("cbuiltins\nexec\n(Vprint(1)\ntR(\xff"));
        QVERIFY(doc->error());
        const SecurityReport r = analyse(*doc);
        QVERIFY(r.error);
        QVERIFY(findGlobal(r, "builtins.exec"));
        QCOMPARE(r.exitCode(), 1);
    }
}

void tst_Security::pathsResolveToTheirNodes()
{
    // With every use listed, each path the analysis gives leads back to its node.
    ScanOptions all;
    all.listSafe = true;
    int checked = 0;
    for (const QString &dirName : {QStringLiteral(PS_FIXTURES), QStringLiteral(PS_HOSTILE)}) {
        const QDir dir(dirName);
        for (const QString &name : fixtureFiles(dirName)) {
            const auto doc = openDocument(dir.filePath(name).toStdString());
            const SecurityReport r = analyse(*doc, all);
            for (const Finding &f : r.findings) {
                if (!f.reachable || f.node == kNoNode || f.pathToHolder)
                    continue;
                const auto resolved = resolvePath(*doc, f.path, f.root);
                QVERIFY2(resolved.ok(),
                         qPrintable(name + QStringLiteral(": ") + QString::fromStdString(f.path)));
                QVERIFY2(resolved->node == f.node,
                         qPrintable(name + QStringLiteral(": ") + QString::fromStdString(f.path)));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 1000);
}

void tst_Security::zipAnomaliesAreFlagged()
{
    QFile f(QDir(QStringLiteral(PS_FIXTURES)).filePath(QStringLiteral("torch_tensors.pt")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    std::vector<uint8_t> bytes = bytesOf(f.readAll());
    auto archive = readZip(bytes);
    QVERIFY(archive.ok());
    const ZipEntry *version = nullptr;
    for (const ZipEntry &e : archive->entries)
        if (e.name.ends_with("/version"))
            version = &e;
    QVERIFY(version && version->compressedSize > 0);
    bytes[version->dataOffset] ^= 0x01; // the CRC no longer matches
    const auto doc = openDocumentBytes(bytes, "crc.pt");
    const SecurityReport r = analyse(*doc);
    QCOMPARE(r.dangerous, uint64_t(0));
    const Finding *container = nullptr;
    for (const Finding &finding : r.findings)
        if (finding.kind == FindingKind::Container)
            container = &finding;
    QVERIFY2(container, qPrintable(describe(r)));
    QCOMPARE(container->severity, Severity::Unknown);
    QCOMPARE(container->entry, version->name);
    QVERIFY(QString::fromStdString(container->explanation).contains(QLatin1String("CRC")));
}

void tst_Security::expressionLimits()
{
    // A long string argument is cut, the whole expression stays bounded.
    const QByteArray text(5000, 'a');
    QByteArray data("\x80\x02"
                    "cos\nsystem\n"
                    "X");
    const auto n = static_cast<uint32_t>(text.size());
    data.append(reinterpret_cast<const char *>(&n), 4); // little-endian hosts only
    data += text + QByteArray("\x85R.");
    const auto doc = docOf(data);
    QVERIFY(doc->ok());
    const std::string e = expressionOf(*doc, doc->roots().front());
    QVERIFY(e.starts_with("os.system('aaaa"));
    QVERIFY(e.size() < 200);
    QVERIFY(QString::fromStdString(e).contains(QStringLiteral("…")));
}

void tst_Security::robustness()
{
    const QDir dir(QStringLiteral(PS_HOSTILE));
    const QStringList files = fixtureFiles(dir.path());
    QVERIFY(!files.isEmpty());
    uint32_t seed = 12345;
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    size_t runs = 0;
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const qsizetype step = std::max<qsizetype>(1, bytes.size() / 256);
        for (int mode = 0; mode < 2; ++mode) {
            for (qsizetype i = 0; i < bytes.size(); i += step) {
                QByteArray b = bytes;
                if (mode == 0)
                    b.truncate(i); // a prefix
                else
                    b[i] = static_cast<char>(next() & 0xff); // one corrupted byte
                const auto doc = docOf(b);
                const SecurityReport r = analyse(*doc);
                ++runs;
                if (r.truncated)
                    continue;
                uint64_t dangerous = 0, unknown = 0;
                for (const Finding &finding : r.findings) {
                    dangerous += finding.severity == Severity::Dangerous;
                    unknown += finding.severity == Severity::Unknown;
                    QVERIFY(finding.severity != Severity::Safe);
                }
                QCOMPARE(r.dangerous, dangerous);
                QCOMPARE(r.unknown, unknown);
                QVERIFY(r.exitCode() >= 0 && r.exitCode() <= 2);
            }
        }
    }
    QVERIFY(runs > 1000);
}

void tst_Security::deepNesting()
{
    constexpr int kDepth = 100000;
    QByteArray data = raw("\x80\x02");
    data += QByteArray(kDepth, ']');
    data += raw("cos\nsystem\n"
                "X\x01\x00\x00\x00"
                "x"
                "\x85R");
    data += QByteArray(kDepth, 'a');
    data += '.';
    const auto doc = docOf(data);
    QVERIFY(doc->ok());
    const SecurityReport r = analyse(*doc);
    const Finding *f = findGlobal(r, "os.system");
    QVERIFY(f);
    QCOMPARE(f->severity, Severity::Dangerous);
    QVERIFY(f->reachable);
    QVERIFY(f->pathToHolder); // deeper than a path is shown
    QVERIFY(f->path.starts_with("[0][0][0]"));
    const auto resolved = resolvePath(*doc, f->path, f->root);
    QVERIFY(resolved.ok());
}

void tst_Security::findingCap()
{
    // 50 calls of an unknown function: with a cap of 10, 10 kept and all 50 counted.
    QByteArray data = raw("\x80\x02(");
    for (int i = 0; i < 50; ++i)
        data += raw("cmymod\nf\n)R");
    data += raw("l.");
    const auto doc = docOf(data);
    QVERIFY(doc->ok());
    ScanOptions options;
    options.maxFindings = 10;
    const SecurityReport r = analyse(*doc, options);
    QCOMPARE(r.findings.size(), size_t(10));
    QCOMPARE(r.unknown, uint64_t(50));
    QVERIFY(r.truncated);
    QCOMPARE(r.globals.size(), size_t(1));
    QCOMPARE(r.globals.front().uses, uint64_t(50));
}

void tst_Security::benignCorpus_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files = fixtureFiles(QStringLiteral(PS_HOSTILE "/benign"));
    QVERIFY2(files.size() >= 12, "run tests/fixtures/generate_hostile.py");
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void tst_Security::benignCorpus()
{
    QFETCH(QString, name);
    const QDir dir(QStringLiteral(PS_HOSTILE "/benign"));
    QFile expectFile(dir.filePath(name + QStringLiteral(".expect.json")));
    QVERIFY(expectFile.open(QIODevice::ReadOnly));
    const QString worst = QJsonDocument::fromJson(expectFile.readAll())
                              .object()
                              .value(QStringLiteral("worst"))
                              .toString();
    QElapsedTimer timer;
    timer.start();
    const auto doc = openDocument(dir.filePath(name).toStdString());
    QVERIFY(doc->ok());
    ScanOptions strict;
    strict.strict = true;
    const SecurityReport report = analyse(*doc, strict);
    const qint64 ms = timer.elapsed();
    QVERIFY2(report.dangerous == 0, qPrintable(describe(report)));
    if (worst == QLatin1String("safe")) {
        QVERIFY2(report.unknown == 0, qPrintable(describe(report)));
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.verdict(), std::string_view("allow-listed"));
    } else {
        QVERIFY2(report.unknown > 0, qPrintable(describe(report)));
        QCOMPARE(report.verdict(), std::string_view("dangerous")); // strict: unknown counts
        ScanOptions plain;
        QCOMPARE(analyse(*doc, plain).exitCode(), 0);
    }
    // The 300 KB integer: no quadratic decimal conversion while opening or scanning
    // (a generous bound, also under the sanitizers; it used to take 40 s).
    if (name.startsWith(QLatin1String("huge_int"))) {
        qInfo("huge integer file: opened and scanned in %lld ms", ms);
        QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
        QVERIFY(doc->fileSize() > 200'000);
    }
}

void tst_Security::exactAllowList_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("use");
    QTest::addColumn<int>("severity");

    const int ref = int(Use::Reference), call = int(Use::Call), inst = int(Use::New);
    const int safe = int(Severity::Safe);
    const int unknown = int(Severity::Unknown);
    const int bad = int(Severity::Dangerous);
    struct Row
    {
        const char *module, *name;
        int use, severity;
    };
    const Row rows[] = {
        // Defined where named: allowed; a re-export of it is not (pickle names the definition).
        {"sklearn.linear_model._logistic", "LogisticRegression", inst, safe},
        {"sklearn.linear_model", "LogisticRegression", ref, unknown},
        // Prefix rules are gone: what sklearn modules imported is what it really is.
        {"sklearn.utils.discovery", "import_module", call, bad},
        {"sklearn.utils", "timeit", ref, bad},
        {"sklearn.utils.validation", "np", ref, unknown},
        {"sklearn.utils.validation", "np.load", ref, bad},
        {"sklearn.feature_selection._base", "attrgetter", call, bad},
        {"sklearn.calibration", "partial", call, bad},
        {"pandas.core.common", "partial", ref, bad},
        {"sklearn.base", "__builtins__", ref, bad},
        {"sklearn.utils", "os", ref, bad},
        // Generated, but on the deny-list by exact name.
        {"numpy", "load", ref, bad},
        {"numpy", "fromfile", call, bad},
        {"numpy", "memmap", inst, bad},
        // Functions: known values, calls only when reviewed.
        {"sklearn.metrics._scorer", "_passthrough_scorer", ref, safe},
        {"sklearn.metrics._scorer", "_passthrough_scorer", call, unknown},
        {"numpy.core.multiarray", "_reconstruct", call, safe},
        {"numpy.core._multiarray_umath", "log1p", ref, safe},
        {"scipy.special._ufuncs", "expit", ref, safe},
        {"zoneinfo", "ZoneInfo._unpickle", call, safe},
        {"pytz", "_UTC", call, safe},
        {"pytz", "_p", call, safe},
        {"numpy.random._pickle", "__bit_generator_ctor", call, safe},
        {"torch", "float32", ref, safe},
        {"torch", "FloatStorage", inst, safe},
        {"http", "HTTPStatus.OK", ref, safe},
        {"signal", "SIGINT", ref, safe},
        {"numpy", "ndarray.tofile", call, bad},
        // Python 2 names through fix_imports.
        {"__builtin__", "set", call, safe},
        {"__builtin__", "xrange", call, safe},
        {"UserDict", "UserDict", call, safe},
        {"anydbm", "open", call, bad},
        {"dumbdbm", "open", call, bad},
        {"whichdb", "whichdb", call, bad},
        {"SimpleHTTPServer", "test", call, bad},
        {"BaseHTTPServer", "HTTPServer", call, bad},
        {"commands", "getoutput", call, bad},
        {"cPickle", "loads", call, bad},
        {"urllib2", "urlopen", call, bad},
        // The widened deny-list.
        {"typing", "get_type_hints", call, bad},
        {"typing", "ForwardRef", inst, bad},
        {"_frozen_importlib", "_call_with_frames_removed", call, bad},
        {"_frozen_importlib_external", "SourceFileLoader", call, bad},
        {"_imp", "create_dynamic", call, bad},
        {"ctypes.util", "find_library", call, bad},
        {"gzip", "open", call, bad},
        {"bz2", "BZ2File", call, bad},
        {"lzma", "open", call, bad},
        {"wave", "open", call, bad},
        {"aifc", "open", call, bad},
        {"dbm", "open", call, bad},
        {"http.server", "SimpleHTTPRequestHandler", call, bad},
        {"urllib.request", "urlopen", call, bad},
        {"pandas", "read_csv", call, bad},
        {"pandas", "read_pickle", call, bad},
        {"pandas.io.parsers.readers", "read_csv", call, bad},
        {"torch.hub", "load", call, bad},
        {"torch.utils.model_zoo", "load_url", call, bad},
        {"numpy", "loadtxt", call, bad},
        {"numpy", "genfromtxt", call, bad},
        // Reviewed names of other library versions: old scikit-learn's vendored joblib
        // wrapper (its load stays dangerous), newer torch's rebuild helpers.
        {"sklearn.externals.joblib.numpy_pickle", "NumpyArrayWrapper", inst, safe},
        {"sklearn.externals.joblib", "load", call, bad},
        {"torch._utils", "_rebuild_tensor_v3", call, safe},
        // Unknown stays unknown.
        {"mymodule", "Model", inst, unknown},
    };
    for (const Row &r : rows)
        QTest::newRow(qPrintable(QStringLiteral("%1.%2 use %3")
                                     .arg(QLatin1String(r.module), QLatin1String(r.name))
                                     .arg(r.use)))
            << QString::fromLatin1(r.module) << QString::fromLatin1(r.name) << r.use << r.severity;
}

void tst_Security::exactAllowList()
{
    QFETCH(QString, module);
    QFETCH(QString, name);
    QFETCH(int, use);
    QFETCH(int, severity);
    const Classification c
        = ps::security::classifyName(module.toStdString(), name.toStdString(), Use(use));
    QVERIFY2(int(c.severity) == severity, c.reason.c_str());
    QVERIFY(!c.reason.empty());
}

void tst_Security::oversizedEntryIsUndecided()
{
    const QDir dir(QStringLiteral(PS_HOSTILE));
    const auto doc
        = openDocument(dir.filePath(QStringLiteral("torch_extra_entry.pt")).toStdString());
    ScanOptions small;
    small.maxEntryBytes = 16; // every other entry is now "larger than the scan inflates"
    const SecurityReport r = analyse(*doc, small);
    bool undecided = false;
    for (const Finding &f : r.findings)
        undecided = undecided
                    || (f.kind == FindingKind::Container && f.severity == Severity::Unknown
                        && QString::fromStdString(f.explanation)
                               .contains(QLatin1String("cannot be decided")));
    QVERIFY2(undecided, qPrintable(describe(r)));
    QVERIFY(r.unknown > 0);
    ScanOptions strict = small;
    strict.strict = true;
    QCOMPARE(analyse(*doc, strict).exitCode(), 1);
}

void tst_Security::frameViolationReadOn()
{
    const QDir dir(QStringLiteral(PS_HOSTILE));
    OpenOptions recorded;
    recorded.recordInstructions = true;
    const auto doc = openDocument(
        dir.filePath(QStringLiteral("frame_straddle_p4.pkl")).toStdString(), recorded);
    QVERIFY2(doc->ok(), doc->error() ? doc->error()->toString().c_str() : "");
    QCOMPARE(doc->readAnomalies().size(), size_t(1));
    // The unpickler read on: every opcode up to STOP.
    const auto &ins = doc->streams().front().instructions;
    QVERIFY(!ins.empty());
    QCOMPARE(ins.back().opcode, uint8_t('.'));
    const SecurityReport r = analyse(*doc);
    QVERIFY(findGlobal(r, "os.system"));
    bool reported = false;
    for (const Finding &f : r.findings)
        reported = reported
                   || (f.category == Category::Malformed && f.severity == Severity::Unknown
                       && QString::fromStdString(f.explanation).contains(QLatin1String("FRAME")));
    QVERIFY2(reported, qPrintable(describe(r)));

    // The two cases the reader used to refuse (SECURITY.md (a) 13, 14): read on, one anomaly.
    for (const QByteArray &b : {raw("\x80\x04\x95\x03\x00\x00\x00\x00\x00\x00\x00"
                                    "C\x05hello."),
                                raw("\x80\x04\x95\x0a\x00\x00\x00\x00\x00\x00\x00\x95\x01\x00"
                                    "\x00\x00\x00\x00\x00\x00N.")}) {
        const auto d = docOf(b);
        QVERIFY(d->ok());
        QCOMPARE(d->readAnomalies().size(), size_t(1));
        QCOMPARE(d->readAnomalies().front().offset, uint64_t(11));
        QCOMPARE(analyse(*d).unknown, uint64_t(1));
    }
}

void tst_Security::laterPickleErrorIsNotClean()
{
    // A clean pickle, then one that breaks: exit 2 ("cannot decide"), never 0.
    const auto doc = docOf(raw("\x80\x02}q\x00."
                               "\x80\x02}(X\xff\xff\xff\x7f"));
    const SecurityReport r = analyse(*doc);
    QCOMPARE(r.dangerous, uint64_t(0));
    QVERIFY(r.error.has_value());
    QCOMPARE(r.exitCode(), 2);
}

void tst_Security::bigIntegersAreCapped()
{
    // 10^4299 has 4300 digits: still decimal. 10^4300 (4301 digits): a summary.
    const std::vector<uint8_t> small = bigint::fromDecimal("1" + std::string(4299, '0'), false);
    QCOMPARE(bigint::toDecimalCapped(small), "1" + std::string(4299, '0'));
    const std::vector<uint8_t> big = bigint::fromDecimal("1" + std::string(4400, '0'), true);
    const std::string text = bigint::toDecimalCapped(big);
    QVERIFY2(text.starts_with("<int of 14617 bits (about 4401 decimal digits): -0x"), text.c_str());
    // A 2-million-bit integer: linear time in the repr the tree and detail pane show.
    std::vector<uint8_t> huge(250'000, 0x5a);
    huge.back() = 0x15;
    QElapsedTimer timer;
    timer.start();
    const std::string repr = reprBigInt(huge, UINT64_MAX);
    QVERIFY2(repr.starts_with("<int of 1999997 bits (about 602060 decimal digits): 0x155a5a"),
             repr.c_str());
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(tst_Security)
#include "tst_security.moc"