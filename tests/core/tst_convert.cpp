// SPDX-License-Identifier: MIT
// Round trips checked by the real Python: every fixture is converted to two other protocols,
// to joblib and to compressed joblib by `picklescope-cli convert`; /usr/bin/python3 with the
// real numpy / scikit-learn / pandas / scipy loads the original and each output and compares
// them deeply (tests/roundtrip/compare.py: types, values bit for bit, dtypes, byte order,
// dict order, shared identity, cycles). Each file is also written again in its own protocol
// and container (the writer, not a copy: what saving an edited file does) and compared the
// same way; a convert without options is byte-identical.
#include "python_jobs.h"

#include <QtTest>

class tst_Convert : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unchangedIsIdentical();
    void roundTripThroughPython();
    void byteOrderToProtocol5();
    void refusals();
    void fullDisk();
    void readOnlyLocation();

private:
    QTemporaryDir m_dir;
    QList<QJsonObject> m_fixtures;

    static int runCli(const QStringList &args, QString *err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(PICKLESCOPE_CLI), args);
        if (!p.waitForFinished(120000))
            return -1;
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }
    static QString fixture(const QString &name)
    {
        return QStringLiteral(PS_FIXTURES) + QLatin1Char('/') + name;
    }
};

void tst_Convert::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QDir dir(QStringLiteral(PS_FIXTURES));
    for (const QString &f :
         dir.entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(f));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_fixtures << QJsonDocument::fromJson(file.readAll()).object();
    }
    QVERIFY(m_fixtures.size() > 100);
}

/// `convert` without options writes the identical bytes, for every fixture and container.
void tst_Convert::unchangedIsIdentical()
{
    for (const QJsonObject &fx : m_fixtures) {
        const QString name = fx.value("file").toString();
        const QString out = m_dir.filePath(name + QStringLiteral(".same"));
        QString err;
        QCOMPARE(
            runCli({QStringLiteral("convert"), fixture(name), QStringLiteral("-o"), out}, &err), 0);
        QFile a(fixture(name)), b(out);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY2(a.readAll() == b.readAll(), qPrintable(name));
    }
}

void tst_Convert::roundTripThroughPython()
{
    QJsonArray jobs;
    QStringList unsupported;
    for (const QJsonObject &fx : m_fixtures) {
        const QString name = fx.value("file").toString();
        const QString format = fx.value("format").toString();
        const bool torch = format.startsWith(QLatin1String("torch"));
        if (torch) // a checkpoint keeps its container: other protocols, never joblib (below)
            unsupported << name;
        const int p = fx.value("protocol").toInt();
        const bool multi = fx.value("roots").toInt() > 1 || torch;
        struct Target
        {
            QString suffix;
            QStringList args;
            QString loader;
        };
        // Persistent ids need protocol 1+: torch files go to protocols 3 and 5 (from 2).
        const int p1 = torch ? 3 : (p + 2) % 6;
        const int p2 = torch ? 5 : (p + 4) % 6;
        const QStringList keep
            = torch ? QStringList()
                    : QStringList{QStringLiteral("--format"), QStringLiteral("pickle")};
        const QString loader = torch ? QStringLiteral("torch") : QStringLiteral("pickle");
        // The unchanged case through the writer (what saving an edited file does): the
        // file's own protocol and container, written again rather than copied.
        const QStringList sameContainer
            = torch ? QStringList()
                    : QStringList{QStringLiteral("--format"), format == QLatin1String("joblib")
                                                                  ? QStringLiteral("joblib")
                                                                  : QStringLiteral("pickle")};
        QList<Target> targets = {
            {QStringLiteral("same"),
             QStringList{QStringLiteral("--protocol"), QString::number(p)} + sameContainer,
             torch ? loader
                   : (format == QLatin1String("joblib") ? QStringLiteral("joblib") : loader)},
            {QString::number(p1),
             QStringList{QStringLiteral("--protocol"), QString::number(p1)} + keep, loader},
            {QString::number(p2),
             QStringList{QStringLiteral("--protocol"), QString::number(p2)} + keep, loader},
        };
        if (!multi) { // a joblib file holds one object; checkpoints keep their container
            targets.append({QStringLiteral("joblib"),
                            {QStringLiteral("--format"), QStringLiteral("joblib")},
                            QStringLiteral("joblib")});
            targets.append({QStringLiteral("joblib-z"),
                            {QStringLiteral("--compress"),
                             p % 2 ? QStringLiteral("xz:6") : QStringLiteral("zlib:3")},
                            QStringLiteral("joblib")});
        }
        for (const Target &t : targets) {
            const QString out = m_dir.filePath(name + QLatin1Char('.') + t.suffix);
            QString err;
            const int rc = runCli(
                QStringList{QStringLiteral("convert"), fixture(name), QStringLiteral("-o"), out}
                    + t.args,
                &err);
            QVERIFY2(rc == 0,
                     qPrintable(name + QLatin1Char(' ') + t.suffix + QLatin1String(": ") + err));
            QJsonObject job;
            job["original"] = fixture(name);
            job["output"] = out;
            job["original_loader"] = torch                               ? "torch"
                                     : format == QLatin1String("joblib") ? "joblib"
                                                                         : "pickle";
            job["output_loader"] = t.loader;
            job["encoding"] = fx.value("load_encoding").toString(QStringLiteral("ASCII"));
            jobs.append(job);
        }
    }
    QCOMPARE(unsupported.size(), 4); // the four torch fixtures: no joblib target
    int ok = 0;
    const QStringList failures = pythonjobs::run(QStringLiteral(PS_ROUNDTRIP "/compare.py"), jobs,
                                                 m_dir.filePath(QStringLiteral("jobs.json")), &ok);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(ok, jobs.size());
}

/// Issue 14: numpy turns a big-endian array read through _reconstruct (protocols 0-4, joblib)
/// into native order on load, while protocol 5's _frombuffer keeps the order it is given.
/// Converted to protocol 5, such arrays must still load native with the same values: the real
/// numpy loads original and output, compare.py compares them strictly (a byte order the
/// original's load dropped may not reappear), and the dtypes are checked by name.
void tst_Convert::byteOrderToProtocol5()
{
    struct Case
    {
        const char *file;
        const char *loader;
        const char *key;
    };
    const Case cases[] = {
        {"np_layouts_p2.pkl", "pickle", "big_f8"},
        {"np_layouts_p4.pkl", "pickle", "big_i4"},
        {"legacy_npy.joblib", "joblib", "big_endian"},
    };
    QJsonArray jobs;
    QStringList checks;
    for (const Case &c : cases) {
        const QString name = QString::fromLatin1(c.file);
        const QString out = m_dir.filePath(name + QStringLiteral(".byteorder.p5"));
        QString err;
        QVERIFY2(runCli({QStringLiteral("convert"), fixture(name), QStringLiteral("-o"), out,
                         QStringLiteral("--protocol"), QStringLiteral("5"),
                         QStringLiteral("--format"), QStringLiteral("pickle")},
                        &err)
                     == 0,
                 qPrintable(name + QLatin1String(": ") + err));
        QJsonObject job;
        job["original"] = fixture(name);
        job["output"] = out;
        job["original_loader"] = QString::fromLatin1(c.loader);
        job["output_loader"] = "pickle";
        job["encoding"] = "ASCII";
        jobs.append(job);
        checks << QStringLiteral("('%1', '%2', '%3')")
                      .arg(fixture(name), out, QString::fromLatin1(c.key));
    }
    int ok = 0;
    const QStringList failures
        = pythonjobs::run(QStringLiteral(PS_ROUNDTRIP "/compare.py"), jobs,
                          m_dir.filePath(QStringLiteral("byteorder-jobs.json")), &ok);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(ok, jobs.size());

    // What loading gives, by name: the original's array is native; so is the output's.
    const QString script
        = QStringLiteral("import pickle, sys, joblib\n"
                         "for original, output, key in [%1]:\n"
                         "    a = (joblib.load if original.endswith('.joblib') else\n"
                         "         lambda f: pickle.load(open(f, 'rb')))(original)[key]\n"
                         "    b = pickle.load(open(output, 'rb'))[key]\n"
                         "    assert a.dtype.isnative and b.dtype.str == a.dtype.str, (key, "
                         "a.dtype, b.dtype)\n"
                         "    assert a.tobytes() == b.tobytes(), key\n"
                         "    print(key, b.dtype.str)\n")
              .arg(checks.join(QStringLiteral(", ")));
    QProcess check;
    check.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script});
    QVERIFY(check.waitForFinished(120000));
    QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
    QCOMPARE(check.readAllStandardOutput(), QByteArray("big_f8 <f8\nbig_i4 <i4\nbig_endian <f8\n"));
}

/// What cannot be written is refused with a clear message, and nothing is written.
void tst_Convert::refusals()
{
    QString err;
    const QString out = m_dir.filePath(QStringLiteral("refused.joblib"));
    QCOMPARE(
        runCli({QStringLiteral("convert"), fixture(QStringLiteral("multi_pickle.pkl")),
                QStringLiteral("-o"), out, QStringLiteral("--format"), QStringLiteral("joblib")},
               &err),
        2);
    QVERIFY2(err.contains(QLatin1String("holds one object")), qPrintable(err));
    QVERIFY(!QFile::exists(out));

    QCOMPARE(
        runCli({QStringLiteral("convert"), fixture(QStringLiteral("torch_state_dict.pt")),
                QStringLiteral("-o"), out, QStringLiteral("--format"), QStringLiteral("joblib")},
               &err),
        2);
    QVERIFY2(err.contains(QLatin1String("PyTorch")), qPrintable(err));
    QCOMPARE(runCli({QStringLiteral("convert"), fixture(QStringLiteral("torch_state_dict.pt")),
                     QStringLiteral("-o"), out, QStringLiteral("--protocol"), QStringLiteral("0")},
                    &err),
             2);
    QVERIFY2(err.contains(QLatin1String("protocol 1")), qPrintable(err));
    QVERIFY(!QFile::exists(out));

    // An existing target keeps its permissions (QSaveFile semantics).
    const QString kept = m_dir.filePath(QStringLiteral("perms.pkl"));
    QVERIFY(QFile::copy(fixture(QStringLiteral("lr_iris_p2.pkl")), kept));
    const auto perms = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
    QVERIFY(QFile::setPermissions(kept, perms));
    QCOMPARE(
        runCli({QStringLiteral("convert"), fixture(QStringLiteral("lr_iris_p4.pkl")),
                QStringLiteral("-o"), kept, QStringLiteral("--protocol"), QStringLiteral("2")}),
        0);
    QCOMPARE(QFile::permissions(kept)
                 & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                    | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                    | QFile::ExeOther),
             perms);

    // /dev/full accepts no data: the failure is reported, not hidden.
    QCOMPARE(runCli({QStringLiteral("convert"), fixture(QStringLiteral("lr_iris_p4.pkl")),
                     QStringLiteral("-o"), QStringLiteral("/dev/full/x.pkl")},
                    &err),
             2);
    QVERIFY(!err.isEmpty());
}

namespace {

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

/// A full file system: the save fails with a clear error, the original is unchanged and no
/// temporary file is left behind. Uses a 16 KiB tmpfs (mounting needs root, as CI has).
void tst_Convert::fullDisk()
{
    const QString dir = m_dir.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(dir));
    if (!run(QStringLiteral("mount"),
             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
              QStringLiteral("size=16k"), QStringLiteral("tmpfs"), dir}))
        QSKIP("mounting a tmpfs needs root");
    const QString target = dir + QStringLiteral("/model.pkl");
    QVERIFY(QFile::copy(fixture(QStringLiteral("lr_iris_p4.pkl")), target));
    const QByteArray before = readAll(target);
    QString err;
    // gb_3class.joblib written as a protocol-2 pickle is far larger than 16 KiB.
    const int rc
        = runCli({QStringLiteral("convert"), fixture(QStringLiteral("gb_3class.joblib")),
                  QStringLiteral("-o"), target, QStringLiteral("--protocol"), QStringLiteral("2"),
                  QStringLiteral("--format"), QStringLiteral("pickle")},
                 &err);
    const QStringList left = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    const QByteArray after = readAll(target);
    run(QStringLiteral("umount"), {dir});
    QCOMPARE(rc, 2);
    QVERIFY2(err.contains(QLatin1String("No space left")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("unchanged")), qPrintable(err));
    QCOMPARE(after, before);
    QCOMPARE(left, QStringList{QStringLiteral("model.pkl")});
}

/// A read-only location: refused with a clear error, original unchanged.
void tst_Convert::readOnlyLocation()
{
    const QString dir = m_dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(dir));
    const QString target = dir + QStringLiteral("/model.pkl");
    QVERIFY(QFile::copy(fixture(QStringLiteral("lr_iris_p4.pkl")), target));
    const QByteArray before = readAll(target);
    bool mounted = run(QStringLiteral("mount"), {QStringLiteral("--bind"), dir, dir})
                   && run(QStringLiteral("mount"),
                          {QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), dir});
    if (!mounted) // not root: directory permissions do the job
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner);
    QString err;
    const int rc
        = runCli({QStringLiteral("convert"), fixture(QStringLiteral("lr_iris_p2.pkl")),
                  QStringLiteral("-o"), target, QStringLiteral("--protocol"), QStringLiteral("3")},
                 &err);
    const QByteArray after = readAll(target);
    if (mounted)
        run(QStringLiteral("umount"), {dir});
    else
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(rc, 2);
    QVERIFY2(err.contains(QLatin1String("model.pkl")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("Read-only")) || err.contains(QLatin1String("Permission")),
             qPrintable(err));
    QCOMPARE(after, before);
}

QTEST_GUILESS_MAIN(tst_Convert)
#include "tst_convert.moc"
