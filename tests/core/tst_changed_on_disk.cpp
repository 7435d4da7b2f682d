// SPDX-License-Identifier: MIT
// Issue 14: a file rewritten or truncated on disk while a document has it open (a user re-running
// `joblib.dump` to the same path) must never crash the program — reading the vanished pages of
// the mapping used to raise SIGBUS — and nothing may be exported, converted, saved or reported
// from what was read after the change. An atomic replace keeps the document's bytes intact.
#include "cli/cli.h"
#include "cli/commands.h"
#include "document/document.h"
#include "export/export.h"
#include "path/path.h"
#include "pickler/pickler.h"
#include "pickler/save.h"
#include "reader/reader.h"
#include "resolve/resolve.h"

#include <QtTest>

#include <fcntl.h>
#include <sstream>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ps;

class tst_ChangedOnDisk : public QObject
{
    Q_OBJECT

private slots:
    void truncatedArrayReadsDoNotCrash_data();
    void truncatedArrayReadsDoNotCrash();
    void truncatedRefusesEveryOutput();
    void rewrittenInPlaceIsNoticed();
    void atomicReplaceKeepsTheBytes();
    void cliReportsTheChange();
    void faultsOutsideMappingsStillKill();

private:
    QTemporaryDir m_dir;
    /// A fresh copy of a fixture in the temporary directory.
    QString copyOf(const QString &name)
    {
        const QString target = m_dir.filePath(QStringLiteral("%1-%2").arg(++m_copies).arg(name));
        QFile::remove(target);
        if (!QFile::copy(QStringLiteral(PS_FIXTURES "/") + name, target))
            return {};
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }
    /// Truncates the file in place (same inode), as `open(path, "wb")` does.
    static bool truncateTo(const QString &path, off_t size)
    {
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY);
        if (fd < 0)
            return false;
        const bool ok = ::ftruncate(fd, size) == 0;
        ::close(fd);
        return ok;
    }
    /// Exports into memory: the status the atomic writer would get from its producer.
    static Status exportStatus(const Document &doc, const Resolved &value, ExportFormat format)
    {
        std::ostringstream out;
        return exportValue(out, doc, value, format);
    }
    static std::shared_ptr<const NdArray> arrayAt(const Document &doc, const char *path)
    {
        auto r = resolvePath(doc, path);
        return r.ok() ? arrayOfNode(doc, r->node) : nullptr;
    }
    int m_copies = 0;
};

void tst_ChangedOnDisk::truncatedArrayReadsDoNotCrash_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("array");
    QTest::addColumn<qint64>("keep");
    // Arrays whose data lies in the file's mapping (pickle protocol 4 and 5, joblib payloads).
    QTest::newRow("p4 truncated to 0") << "sk_mlp_p4.pkl"
                                       << ".coefs_[0]" << qint64(0);
    QTest::newRow("p4 one page left") << "sk_mlp_p4.pkl"
                                      << ".coefs_[1]" << qint64(4096);
    QTest::newRow("p5 truncated to 0") << "np_layouts_p5.pkl"
                                       << "['big_f8']" << qint64(0);
    QTest::newRow("joblib truncated to 0") << "random_forest.joblib"
                                           << ".estimators_[0].tree_" << qint64(0);
}

void tst_ChangedOnDisk::truncatedArrayReadsDoNotCrash()
{
    QFETCH(QString, fixture);
    QFETCH(QString, array);
    QFETCH(qint64, keep);
    const QString path = copyOf(fixture);
    QVERIFY(!path.isEmpty());
    auto doc = openDocument(path.toStdString());
    QVERIFY2(doc->ok(), doc->error() ? doc->error()->toString().c_str() : "");
    QCOMPARE(doc->diskChange(), MappedFile::DiskChange::None);
    QVERIFY(doc->verifyMappedBytes().ok());
    QVERIFY(resolvePath(*doc, array.toStdString()).ok());

    QVERIFY(truncateTo(path, keep));
    // Every element of every array read again: the pages past the new end are gone.
    double sum = 0;
    size_t arrays = 0;
    for (NodeId id = 0; id < doc->graph().size(); ++id) {
        const Interpretation *in = doc->interpretation(id);
        if (!in || !in->array || in->array->data.empty())
            continue;
        ++arrays;
        for (uint64_t i = 0; i < in->array->count(); ++i)
            if (auto v = in->array->floatAt(i))
                sum += *v;
    }
    QVERIFY(arrays > 0);
    Q_UNUSED(sum);
    QCOMPARE(doc->diskChange(), MappedFile::DiskChange::Modified);
    const Status verified = doc->verifyMappedBytes();
    QVERIFY(!verified.ok());
    QVERIFY(
        QString::fromStdString(verified.error().toString()).contains(QLatin1String("truncated")));
    QCOMPARE(QString::fromStdString(verified.error().file), path);
}

void tst_ChangedOnDisk::truncatedRefusesEveryOutput()
{
    const QString path = copyOf(QStringLiteral("sk_mlp_p4.pkl"));
    auto doc = openDocument(path.toStdString());
    QVERIFY(doc->ok());
    auto coefs = resolvePath(*doc, ".coefs_[0]");
    QVERIFY(coefs.ok());
    // Before the change every output works.
    QVERIFY(exportStatus(*doc, *coefs, ExportFormat::Npy).ok());
    QVERIFY(savedBytes(*doc).ok());
    ConvertOptions p2;
    p2.protocol = 2;
    QVERIFY(convertDocument(*doc, p2).ok());

    QVERIFY(truncateTo(path, 0));
    for (ExportFormat f : {ExportFormat::Npy, ExportFormat::Csv, ExportFormat::Json}) {
        const Status out = exportStatus(*doc, *coefs, f);
        QVERIFY(!out.ok());
        QVERIFY(
            QString::fromStdString(out.error().message).contains(QLatin1String("open it again")));
    }
    QVERIFY(!savedBytes(*doc).ok());
    QVERIFY(!convertDocument(*doc, p2).ok());
    // Opening the truncated file again says what it is, without crashing.
    auto again = openDocument(path.toStdString());
    QVERIFY(!again->ok());
}

void tst_ChangedOnDisk::rewrittenInPlaceIsNoticed()
{
    // joblib.dump to the same path: truncate, then write a file of the same size again.
    const QString path = copyOf(QStringLiteral("lr_iris_p4.pkl"));
    auto doc = openDocument(path.toStdString());
    QVERIFY(doc->ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QByteArray content = f.readAll();
    QVERIFY(f.resize(0));
    QVERIFY(f.seek(0));
    QCOMPARE(f.write(content), content.size());
    f.close();
    // The clock may not have ticked between open and write: move the time on explicitly.
    struct timespec times[2] = {{0, UTIME_OMIT}, {1, 0}};
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
    QCOMPARE(doc->diskChange(), MappedFile::DiskChange::Modified);
    QVERIFY(!doc->verifyMappedBytes().ok());
    QVERIFY(!savedBytes(*doc).ok());
}

void tst_ChangedOnDisk::atomicReplaceKeepsTheBytes()
{
    const QString path = copyOf(QStringLiteral("sk_mlp_p4.pkl"));
    auto doc = openDocument(path.toStdString());
    QVERIFY(doc->ok());
    const auto coefs = arrayAt(*doc, ".coefs_[0]");
    QVERIFY(coefs);
    const double first = *coefs->floatAt(0);
    // Another program saves atomically: a new file renamed over the path.
    const QString other = copyOf(QStringLiteral("lr_iris_p4.pkl"));
    QVERIFY(::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData())
            == 0);
    QCOMPARE(doc->diskChange(), MappedFile::DiskChange::Replaced);
    QVERIFY(doc->verifyMappedBytes().ok()); // the old inode is still mapped, intact
    QCOMPARE(*coefs->floatAt(0), first);
    QVERIFY(savedBytes(*doc).ok());
    // Deleted: the same.
    QVERIFY(QFile::remove(path));
    QCOMPARE(doc->diskChange(), MappedFile::DiskChange::Replaced);
    QVERIFY(doc->verifyMappedBytes().ok());
}

void tst_ChangedOnDisk::cliReportsTheChange()
{
    // The CLI's path: a command opens the file, reads and prints, then finishes; a change in
    // between turns its exit code into 2 with the reason, and its exports write nothing.
    const QString path = copyOf(QStringLiteral("sk_mlp_p4.pkl"));
    std::ostringstream out, err;
    auto doc = cli::openForCommand(path.toStdString(), cli::Need::Complete, err);
    QVERIFY(doc);
    QCOMPARE(cli::finishWith(*doc, out, err), int(cli::ExitOk));
    QVERIFY(truncateTo(path, 0));
    auto coefs = resolvePath(*doc, ".coefs_[0]");
    QVERIFY(coefs.ok());
    QVERIFY(!exportStatus(*doc, *coefs, ExportFormat::Json).ok());
    QCOMPARE(cli::finishWith(*doc, out, err), int(cli::ExitError));
    QVERIFY2(QString::fromStdString(err.str()).contains(QLatin1String("truncated on disk")),
             err.str().c_str());
    // And as a whole command on the truncated file: a clear error, exit 2.
    const QByteArray file = QFile::encodeName(path);
    const char *argv[] = {"picklescope-cli", "get", file.constData(), ".coefs_[0]"};
    std::ostringstream out2, err2;
    QCOMPARE(cli::run(4, const_cast<char **>(argv), out2, err2), int(cli::ExitError));
    QVERIFY(!err2.str().empty());
}

void tst_ChangedOnDisk::faultsOutsideMappingsStillKill()
{
    // The handler only covers our mappings: a truncated mapping nobody registered still ends a
    // (child) process with SIGBUS, as before (the fault goes to the handler installed before
    // ours: the default one unless QtTest's crash handler is on).
    if (!QCoreApplication::arguments().contains(QLatin1String("-nocrashhandler")))
        QSKIP("needs -nocrashhandler (ctest passes it)");
    const QString path = copyOf(QStringLiteral("lr_iris_p4.pkl"));
    auto doc = openDocument(path.toStdString()); // installs the handler
    QVERIFY(doc->ok());
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::alarm(20); // never hang the suite
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR);
        void *p = ::mmap(nullptr, 8192, PROT_READ, MAP_SHARED, fd, 0);
        if (p == MAP_FAILED || ::ftruncate(fd, 0) != 0)
            ::_exit(3);
        volatile const char *c = static_cast<const char *>(p);
        const char v = c[100];
        ::_exit(v == 0 ? 4 : 5);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFSIGNALED(status));
    QCOMPARE(WTERMSIG(status), SIGBUS);
}

QTEST_GUILESS_MAIN(tst_ChangedOnDisk)
#include "tst_changed_on_disk.moc"
