// SPDX-License-Identifier: MIT
// Edits on real models: `picklescope-cli set` writes new files that the real scikit-learn
// loads with exactly the edited values, everything else unchanged, and predictions that
// reflect the edit (tests/roundtrip/check_edit.py). In-process: undo/redo restore exactly,
// shared values stay shared, and bad values are refused with clear messages.
#include "python_jobs.h"

#include "document/document.h"
#include "editing/edit.h"
#include "path/path.h"
#include "pickler/atomic_file.h"
#include "pickler/length_field.h"
#include "pickler/pickler.h"
#include "pickler/save.h"
#include "present/json_writer.h"
#include "reader/reader.h"
#include "resolve/resolve.h"

#include <QtTest>

#include <atomic>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace ps;

namespace {
std::atomic<int> g_umaskCalls{0};
} // namespace

/// Counts every umask() call made in this process (the atomic writer's included) and forwards
/// it to the kernel: the definition in the executable takes precedence over the C library's.
/// umask is process-wide, so any call, even a set-and-restore pair, is a window in which
/// another thread creates files with the wrong permissions.
extern "C" mode_t umask(mode_t mask) noexcept
{
    ++g_umaskCalls;
    return static_cast<mode_t>(syscall(SYS_umask, mask));
}

namespace {

/// The process umask, read and put back with direct system calls (not counted above).
mode_t currentUmask()
{
    const auto m = static_cast<mode_t>(syscall(SYS_umask, 0));
    syscall(SYS_umask, m);
    return m;
}

QString fixture(const QString &name)
{
    return QStringLiteral(PS_FIXTURES "/") + name;
}

std::string jsonAt(const Document &doc, const char *path)
{
    auto r = resolvePath(doc, path);
    if (!r.ok())
        return "<" + r.error().message + ">";
    auto j = toJson(doc, *r, JsonOptions{});
    return j.ok() ? *j : "<" + j.error().message + ">";
}

/// A save of `doc` gives the bytes of the file `path` back exactly (what undoing every edit
/// must achieve). Says where they first differ when they do not.
bool savesOriginalBytes(const Document &doc, const QString &path)
{
    auto bytes = savedBytes(doc);
    if (!bytes.ok()) {
        qWarning("save failed: %s", bytes.error().message.c_str());
        return false;
    }
    QFile original(path);
    if (!original.open(QIODevice::ReadOnly))
        return false;
    const QByteArray want = original.readAll();
    const QByteArray got(reinterpret_cast<const char *>(bytes->data()), qsizetype(bytes->size()));
    if (got == want)
        return true;
    qsizetype at = 0;
    while (at < got.size() && at < want.size() && got[at] == want[at])
        ++at;
    qWarning("saved %lld bytes, the file has %lld; first difference at offset %lld",
             static_cast<long long>(got.size()), static_cast<long long>(want.size()),
             static_cast<long long>(at));
    return false;
}

} // namespace

class tst_Edit : public QObject
{
    Q_OBJECT

private slots:
    void editedModelsLoadInScikitLearn();
    void undoRedoRestoreExactly();
    void sharedValueStaysShared();
    void invalidEditsAreRefused_data();
    void invalidEditsAreRefused();
    void refusesToOverwriteWithoutInPlace();
    void structuralEditsLoadInPython();
    void arrayEditKeepsLayout_data();
    void arrayEditKeepsLayout();
    void arrayEditHoldsChangedElementsOnly();
    void scalarEditKeepsLayout();
    void inPlaceEditsReadTheBytes_data();
    void inPlaceEditsReadTheBytes();
    void atomicWriteSetsModeWithoutUmask();
    void atomicWriteStreamed();
    void lengthFieldWidths_data();
    void lengthFieldWidths();
    void oversizedValuesAreRefused_data();
    void oversizedValuesAreRefused();

private:
    QTemporaryDir m_dir;
};

void tst_Edit::editedModelsLoadInScikitLearn()
{
    struct Case
    {
        QString file;
        QString loader;
        QList<QPair<QString, QString>> edits;
        QString input;
        bool changesScores;
    };
    const QList<Case> cases = {
        // A LogisticRegression coefficient and intercept (two edits, chained through files).
        {QStringLiteral("lr_iris_p4.pkl"),
         QStringLiteral("pickle"),
         {{QStringLiteral(".coef_[0, 1]"), QStringLiteral("2.5")},
          {QStringLiteral(".intercept_[2]"), QStringLiteral("-1.25")}},
         QStringLiteral("iris"),
         true},
        // The same on a compressed joblib file and a protocol-2 pickle.
        {QStringLiteral("lr_iris_zlib3.joblib"),
         QStringLiteral("joblib"),
         {{QStringLiteral(".coef_[1, 2]"), QStringLiteral("-3.0")}},
         QStringLiteral("iris"),
         true},
        {QStringLiteral("lr_iris_p2.pkl"),
         QStringLiteral("pickle"),
         {{QStringLiteral(".intercept_[0]"), QStringLiteral("0.125")}},
         QStringLiteral("iris"),
         true},
        // A forest's hyper-parameter.
        {QStringLiteral("random_forest.joblib"),
         QStringLiteral("joblib"),
         {{QStringLiteral(".n_estimators"), QStringLiteral("25")},
          {QStringLiteral(".max_depth"), QStringLiteral("3")}},
         QStringLiteral("iris"),
         false},
        // A pipeline step's parameter and a learned coefficient inside the pipeline.
        {QStringLiteral("spam_pipeline_p4.pkl"),
         QStringLiteral("pickle"),
         {{QStringLiteral(".steps[1][1].C"), QStringLiteral("0.5")},
          {QStringLiteral(".steps[1][1].intercept_[0]"), QStringLiteral("7.0")}},
         QStringLiteral("text"),
         true},
        // Tensors in PyTorch checkpoints (zip and legacy); the storage is edited in place.
        {QStringLiteral("torch_state_dict.pt"),
         QStringLiteral("torch"),
         {{QStringLiteral("['0.bias'][1]"), QStringLiteral("0.75")}},
         QString(),
         false},
        {QStringLiteral("torch_state_dict_legacy.pt"),
         QStringLiteral("torch"),
         {{QStringLiteral("['0.weight'][1, 2]"), QStringLiteral("-2.5")}},
         QString(),
         false},
        // A string in a dict.
        {QStringLiteral("pydata_p4.pkl"),
         QStringLiteral("pickle"),
         {{QStringLiteral("['long_string']"), QStringLiteral("'edited text'")},
          {QStringLiteral("['nested']['a'][0]"), QStringLiteral("-7")}},
         QString(),
         false},
    };
    QJsonArray jobs;
    for (const Case &c : cases) {
        QString input = fixture(c.file);
        QString output;
        QJsonArray edits;
        for (int i = 0; i < c.edits.size(); ++i) {
            output = m_dir.filePath(c.file + QStringLiteral(".edit%1").arg(i));
            QProcess p;
            p.start(QStringLiteral(PICKLESCOPE_CLI),
                    {QStringLiteral("set"), input, c.edits[i].first, c.edits[i].second,
                     QStringLiteral("-o"), output});
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            edits.append(QJsonArray{c.edits[i].first, c.edits[i].second});
            input = output;
        }
        QJsonObject job;
        job["original"] = fixture(c.file);
        job["output"] = output;
        job["loader"] = c.loader;
        job["edits"] = edits;
        job["input"] = c.input.isEmpty() ? QJsonValue() : QJsonValue(c.input);
        job["changes_scores"] = c.changesScores;
        jobs.append(job);
    }
    int ok = 0;
    const QStringList failures
        = pythonjobs::run(QStringLiteral(PS_ROUNDTRIP "/check_edit.py"), jobs,
                          m_dir.filePath(QStringLiteral("edit-jobs.json")), &ok, 300000);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(ok, int(cases.size()));
}

void tst_Edit::undoRedoRestoreExactly()
{
    auto doc = openDocument(fixture(QStringLiteral("lr_iris_p4.pkl")).toStdString());
    QVERIFY(doc->ok());
    const std::string coefBefore = jsonAt(*doc, ".coef_");
    const std::string cBefore = jsonAt(*doc, ".C");
    auto e1 = makeSetValue(*doc, ".coef_[1, 0]", "-0.5");
    auto e2 = makeSetValue(*doc, ".C", "3.25");
    QVERIFY(e1.ok() && e2.ok());
    QVERIFY((*e1)->apply(*doc).ok());
    QVERIFY((*e2)->apply(*doc).ok());
    QVERIFY(isEdited(*doc));
    QCOMPARE(jsonAt(*doc, ".coef_[1, 0]"), std::string("-0.5"));
    QCOMPARE(jsonAt(*doc, ".C"), std::string("3.25"));
    (*e2)->undo(*doc);
    (*e1)->undo(*doc);
    QVERIFY(!isEdited(*doc));
    QCOMPARE(jsonAt(*doc, ".coef_"), coefBefore);
    QCOMPARE(jsonAt(*doc, ".C"), cBefore);
    // Unedited again: a save gives the file back byte for byte.
    QVERIFY(savesOriginalBytes(*doc, fixture(QStringLiteral("lr_iris_p4.pkl"))));
    // Redo reapplies the same values.
    QVERIFY((*e1)->apply(*doc).ok());
    QCOMPARE(jsonAt(*doc, ".coef_[1, 0]"), std::string("-0.5"));
    QCOMPARE((*e1)->description(), std::string("Set .coef_[1, 0] to -0.5"));
}

/// An array reached through two paths is one array: an element edit shows through both.
void tst_Edit::sharedValueStaysShared()
{
    auto doc = openDocument(fixture(QStringLiteral("recursive_p4.pkl")).toStdString());
    QVERIFY(doc->ok());
    // recursive_p4's ['shared'] is a list that contains the same sub-list twice.
    auto shared = resolvePath(*doc, "['shared'][0]");
    auto again = resolvePath(*doc, "['shared'][1]");
    QVERIFY(shared.ok() && again.ok());
    QCOMPARE(shared->node, again->node);
    QVERIFY(doc->graph().node(shared->node).flags & FlagShared);
    auto e = makeSetValue(*doc, "['shared'][0][0]", "'changed'");
    QVERIFY2(e.ok(), e.ok() ? "" : e.error().message.c_str());
    QVERIFY((*e)->apply(*doc).ok());
    QCOMPARE(jsonAt(*doc, "['shared'][1][0]"), std::string("\"changed\""));
}

void tst_Edit::invalidEditsAreRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("int8-range") << "np_dtypes_p4.pkl"
                                << "['int8'][0]"
                                << "300"
                                << "out of range for int8";
    QTest::newRow("uint8-negative") << "np_dtypes_p4.pkl"
                                    << "['uint8'][0]"
                                    << "-1"
                                    << "out of range for uint8";
    QTest::newRow("float-array-string") << "lr_iris_p4.pkl"
                                        << ".coef_[0, 0]"
                                        << "'x'"
                                        << "needs a number";
    QTest::newRow("int-array-float") << "np_dtypes_p4.pkl"
                                     << "['int32'][0]"
                                     << "1.5"
                                     << "needs an int";
    QTest::newRow("bool-array") << "np_dtypes_p4.pkl"
                                << "['bool'][0]"
                                << "2"
                                << "True or False";
    QTest::newRow("missing-path") << "lr_iris_p4.pkl"
                                  << ".no_such_attribute"
                                  << "1"
                                  << "no attribute";
    QTest::newRow("not-a-literal") << "lr_iris_p4.pkl"
                                   << ".C"
                                   << "os.system('x')"
                                   << "not a Python literal";
    QTest::newRow("index-out-of-range") << "lr_iris_p4.pkl"
                                        << ".coef_[9, 0]"
                                        << "1.0"
                                        << "out of";
}

void tst_Edit::invalidEditsAreRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, message);
    auto doc = openDocument(fixture(file).toStdString());
    QVERIFY(doc->ok());
    auto e = makeSetValue(*doc, path.toStdString(), value.toStdString());
    QVERIFY(!e.ok());
    QVERIFY2(QString::fromStdString(e.error().message).contains(message),
             e.error().message.c_str());
    QVERIFY(!isEdited(*doc));
}

void tst_Edit::refusesToOverwriteWithoutInPlace()
{
    const QString copy = m_dir.filePath(QStringLiteral("inplace.pkl"));
    QVERIFY(QFile::copy(fixture(QStringLiteral("lr_iris_p4.pkl")), copy));
    QProcess p;
    p.start(QStringLiteral(PICKLESCOPE_CLI),
            {QStringLiteral("set"), copy, QStringLiteral(".C"), QStringLiteral("2.0")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("--in-place"));
    p.start(QStringLiteral(PICKLESCOPE_CLI), {QStringLiteral("set"), copy, QStringLiteral(".C"),
                                              QStringLiteral("2.0"), QStringLiteral("--in-place")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    auto doc = openDocument(copy.toStdString());
    QCOMPARE(jsonAt(*doc, ".C"), std::string("2.0"));
}

/// Rename a key, insert and remove list/tuple/dict/set items; the saved file loads in Python
/// with exactly those changes, and undo brings back the original bytes.
void tst_Edit::structuralEditsLoadInPython()
{
    auto doc = openDocument(fixture(QStringLiteral("pydata_p4.pkl")).toStdString());
    QVERIFY(doc->ok());
    std::vector<std::unique_ptr<Edit>> edits;
    auto add = [&](Result<std::unique_ptr<Edit>> e) {
        QVERIFY2(e.ok(), e.ok() ? "" : e.error().message.c_str());
        QVERIFY((*e)->apply(*doc).ok());
        edits.push_back(std::move(*e));
    };
    add(makeRenameKey(*doc, "['long_string']", "'renamed'"));
    add(makeInsertItem(*doc, "['ints']", 0, "-99"));
    add(makeInsertItem(*doc, "['ints']", -1, "12345678901234567890123"));
    add(makeRemoveItem(*doc, "['floats'][0]"));
    add(makeInsertDictItem(*doc, "['nested']", "'new'", "b'\\x00raw'"));
    add(makeRemoveItem(*doc, "['nested']['a']"));
    add(makeSetValue(*doc, "['tuples']", "[1, [2.5, -3], {'k': None, 7: (b'x', 'y')}, {4}]"));
    QVERIFY(!makeRenameKey(*doc, "['ints']", "'floats'").ok()); // the key exists
    QVERIFY(!makeRemoveItem(*doc, "['floats'][99]").ok());
    auto bytes = savedBytes(*doc);
    QVERIFY2(bytes.ok(), bytes.ok() ? "" : bytes.error().message.c_str());
    const QString out = m_dir.filePath(QStringLiteral("structural.pkl"));
    QFile f(out);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(reinterpret_cast<const char *>(bytes->data()), qint64(bytes->size()));
    f.close();
    const QString script = QStringLiteral(
        "import pickle, sys\n"
        "a = pickle.load(open(sys.argv[1], 'rb')); b = pickle.load(open(sys.argv[2], 'rb'))\n"
        "ka = list(a); i = ka.index('long_string'); ka[i] = 'renamed'\n"
        "assert list(b) == ka, list(b)\n"
        "assert b['renamed'] == a['long_string']\n"
        "assert b['ints'] == [-99] + a['ints'][:-1] + [12345678901234567890123, a['ints'][-1]], "
        "b['ints']\n"
        "assert repr(b['floats']) == repr(a['floats'][1:])\n"
        "assert list(b['nested']) == ['d', 'new'] and b['nested']['new'] == b'\\x00raw'\n"
        "assert b['tuples'] == [1, [2.5, -3], {'k': None, 7: (b'x', 'y')}, {4}], b['tuples']\n"
        "print('ok')\n");
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
             {QStringLiteral("-c"), script, fixture(QStringLiteral("pydata_p4.pkl")), out});
    QVERIFY(py.waitForFinished(60000));
    QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
    for (auto it = edits.rbegin(); it != edits.rend(); ++it)
        (*it)->undo(*doc);
    QVERIFY(!isEdited(*doc));
    QVERIFY(savesOriginalBytes(*doc, fixture(QStringLiteral("pydata_p4.pkl"))));
}

void tst_Edit::arrayEditKeepsLayout_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("pickle-p4") << "lr_iris_p4.pkl";
    QTest::newRow("pickle-p5-frombuffer") << "lr_iris_p5.pkl";
    QTest::newRow("pickle-p3") << "lr_iris_p3.pkl";
    QTest::newRow("joblib") << "lr_iris.joblib";
}

/// Changing a coefficient rewrites only that element's 8 bytes: every other byte (opcodes,
/// memo, frames, joblib padding) stays where it was.
void tst_Edit::arrayEditKeepsLayout()
{
    QFETCH(QString, file);
    auto doc = openDocument(fixture(file).toStdString());
    QVERIFY(doc->ok());
    auto e = makeSetValue(*doc, ".coef_[2, 3]", "-1.0");
    QVERIFY2(e.ok(), e.ok() ? "" : e.error().message.c_str());
    QVERIFY((*e)->apply(*doc).ok());
    auto bytes = savedBytes(*doc);
    QVERIFY(bytes.ok());
    const auto original = doc->fileBytes();
    QCOMPARE(bytes->size(), original.size());
    size_t differing = 0;
    for (size_t i = 0; i < original.size(); ++i)
        differing += (*bytes)[i] != original[i];
    QVERIFY(differing > 0 && differing <= 8);
    auto reread = openDocumentBytes(*bytes, "edited");
    QVERIFY(reread->ok());
    QCOMPARE(jsonAt(*reread, ".coef_[2, 3]"), std::string("-1.0"));
}

/// A hyper-parameter re-encoded in place: bytes before and after the value are unchanged
/// (frame lengths aside), and Python's strict pure-Python unpickler, which checks frame
/// boundaries, loads the result with the new value.
/// Issue 14: setting one element of a large array kept a copy of the whole array in the graph.
/// The edit now holds the changed element only (an overlay over the file's bytes): checked
/// structurally on a 32 MiB array written by the real numpy, as a plain pickle (saved by byte
/// patch) and as a compressed joblib file (saved by writing the array from its overlay); both
/// saved files load in Python with exactly that element changed (check_edit.py).
void tst_Edit::arrayEditHoldsChangedElementsOnly()
{
    const QString dir = m_dir.filePath(QStringLiteral("big-array"));
    QVERIFY(QDir().mkpath(dir));
    const QString pkl = dir + QStringLiteral("/big.pkl");
    const QString jl = dir + QStringLiteral("/big.joblib");
    QProcess gen;
    gen.start(QStringLiteral("/usr/bin/python3"),
              {QStringLiteral("-c"),
               QStringLiteral("import sys, pickle, joblib, numpy as np\n"
                              "a = np.arange(4 << 20, dtype=np.float64) * 0.5\n"
                              "pickle.dump(a, open(sys.argv[1], 'wb'), protocol=4)\n"
                              "joblib.dump(a, sys.argv[2], compress=3)\n"),
               pkl, jl});
    QVERIFY(gen.waitForFinished(120000));
    QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());

    QJsonArray jobs;
    for (const QString &file : {pkl, jl}) {
        auto doc = openDocument(file.toStdString());
        QVERIFY(doc->ok());
        auto before = resolvePath(*doc, "");
        QVERIFY(before.ok() && before->array);
        const std::span<const uint8_t> original = before->array->data;
        QCOMPARE(original.size(), size_t(32) << 20);
        auto e = makeSetValue(*doc, "[1000]", "2.25");
        QVERIFY2(e.ok(), e.ok() ? "" : e.error().message.c_str());
        QVERIFY((*e)->apply(*doc).ok());
        // What the edit holds: the 8-byte element (in the overlay and a byte patch), not 32 MiB.
        QVERIFY2((*e)->bytesHeld() <= 64, QByteArray::number(qulonglong((*e)->bytesHeld())));
        auto after = resolvePath(*doc, "");
        QVERIFY(after.ok() && after->array);
        QCOMPARE(after->array->data.data(), original.data()); // still the file's bytes
        QVERIFY(after->array->patches);
        QCOMPARE(after->array->patches->size(), size_t(1));
        uint64_t patched = 0;
        for (const auto &p : doc->bytePatches())
            patched += p.bytes.size();
        QVERIFY(patched <= 8);
        QCOMPARE(jsonAt(*doc, "[1000]"), std::string("2.25"));
        QCOMPARE(jsonAt(*doc, "[1001]"), std::string("500.5"));
        auto bytes = savedBytes(*doc);
        QVERIFY2(bytes.ok(), bytes.ok() ? "" : bytes.error().message.c_str());
        const QString out = file + QStringLiteral(".edited");
        QVERIFY(writeFileAtomic(out.toStdString(), *bytes).ok());
        QStringList outputs{out};
        // Written again from the graph (as a structural save or a convert does): the array
        // comes from its overlay, at protocol 2 (_reconstruct) and 5 (_frombuffer).
        if (file == pkl) {
            for (int protocol : {2, 5}) {
                auto again = picklePickle(*doc, doc->roots().front(), protocol, false);
                QVERIFY2(again.ok(), again.ok() ? "" : again.error().message.c_str());
                outputs << file + QStringLiteral(".edited.p%1").arg(protocol);
                QVERIFY(writeFileAtomic(outputs.back().toStdString(), *again).ok());
            }
        }
        // Undo gives the unedited array back.
        (*e)->undo(*doc);
        QCOMPARE(jsonAt(*doc, "[1000]"), std::string("500.0"));
        QVERIFY(doc->bytePatches().empty());

        for (const QString &output : outputs) {
            QJsonObject job;
            job["original"] = file;
            job["output"] = output;
            job["loader"] = output.endsWith(QLatin1String(".joblib.edited")) ? "joblib" : "pickle";
            job["edits"] = QJsonArray{QJsonArray{QStringLiteral("[1000]"), QStringLiteral("2.25")}};
            job["input"] = QJsonValue();
            job["changes_scores"] = false;
            jobs.append(job);
        }
    }
    int ok = 0;
    const QStringList failures
        = pythonjobs::run(QStringLiteral(PS_ROUNDTRIP "/check_edit.py"), jobs,
                          dir + QStringLiteral("/jobs.json"), &ok, 300000);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(ok, 4);
}

void tst_Edit::scalarEditKeepsLayout()
{
    auto doc = openDocument(fixture(QStringLiteral("lr_iris_p4.pkl")).toStdString());
    QVERIFY(doc->ok());
    auto target = resolvePath(*doc, ".penalty");
    QVERIFY(target.ok());
    const Node old = doc->graph().node(target->node);
    auto e = makeSetValue(*doc, ".penalty", "'elasticnet'");
    QVERIFY(e.ok());
    QVERIFY((*e)->apply(*doc).ok());
    QCOMPARE(doc->structuralEdits(), 0);
    auto bytes = savedBytes(*doc);
    QVERIFY(bytes.ok());
    const auto original = doc->fileBytes();
    const int64_t grow = int64_t(bytes->size()) - int64_t(original.size());
    QCOMPARE(grow, int64_t(std::string("elasticnet").size() - std::string("l2").size()));
    // Identical after the value...
    QVERIFY(std::equal(original.begin() + static_cast<std::ptrdiff_t>(old.end), original.end(),
                       bytes->begin() + static_cast<std::ptrdiff_t>(int64_t(old.end) + grow)));
    // ...and before it, except the FRAME length (bytes 3..10 of a protocol-4 pickle).
    size_t differing = 0;
    for (uint64_t i = 0; i < old.begin; ++i)
        differing += (*bytes)[i] != original[i];
    QVERIFY(differing <= 2);
    const QString out = m_dir.filePath(QStringLiteral("penalty.pkl"));
    QFile f(out);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(reinterpret_cast<const char *>(bytes->data()), qint64(bytes->size()));
    f.close();
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
             {QStringLiteral("-c"),
              QStringLiteral(
                  "import pickle, sys; m = pickle._Unpickler(open(sys.argv[1], 'rb')).load(); "
                  "assert m.penalty == 'elasticnet' and m.C == 1.0, m.penalty"),
              out});
    QVERIFY(py.waitForFinished(60000));
    QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
    (*e)->undo(*doc);
    QVERIFY(doc->bytePatches().empty());
    QVERIFY(savesOriginalBytes(*doc, fixture(QStringLiteral("lr_iris_p4.pkl"))));
}

void tst_Edit::inPlaceEditsReadTheBytes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("inPlace");
    for (const char *f : {"lr_iris_p0.pkl", "lr_iris_p2.pkl", "lr_iris_p4.pkl", "lr_iris_p5.pkl"}) {
        QTest::addRow("%s penalty", f) << f << ".penalty"
                                       << "'elasticnet'" << true;
        QTest::addRow("%s C", f) << f << ".C"
                                 << "0.125" << true;
        QTest::addRow("%s max_iter", f) << f << ".max_iter"
                                        << "123456" << true;
    }
    QTest::addRow("joblib C") << "lr_iris.joblib"
                              << ".C"
                              << "0.125" << true;
    QTest::addRow("joblib penalty") << "lr_iris.joblib"
                                    << ".penalty"
                                    << "'elasticnet'" << false;
    QTest::addRow("joblib tol") << "lr_iris.joblib"
                                << ".tol"
                                << "0.5" << true;
}

/// In-place edits and the FRAME lengths a save patches read the opcodes from the bytes: the
/// same byte patches and saved bytes as with the unpickler's record of every instruction.
void tst_Edit::inPlaceEditsReadTheBytes()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(bool, inPlace);
    std::vector<uint8_t> saved[2];
    for (int recorded = 0; recorded < 2; ++recorded) {
        OpenOptions options;
        options.recordInstructions = recorded == 1;
        auto doc = openDocument(fixture(file).toStdString(), options);
        QVERIFY(doc->ok());
        QCOMPARE(doc->streams().front().instructions.empty(), recorded == 0);
        auto e = makeSetValue(*doc, path.toStdString(), value.toStdString());
        QVERIFY(e.ok());
        QVERIFY((*e)->apply(*doc).ok());
        QCOMPARE(!doc->bytePatches().empty() && doc->structuralEdits() == 0, inPlace);
        auto bytes = savedBytes(*doc);
        QVERIFY(bytes.ok());
        saved[recorded] = std::move(*bytes);
    }
    QVERIFY(saved[0] == saved[1]);
}

/// The atomic writer gives a new file 0666 & ~umask and an existing file its own mode, without
/// ever calling umask() (a process-wide setting other threads create files under).
void tst_Edit::atomicWriteSetsModeWithoutUmask()
{
    const mode_t before = static_cast<mode_t>(syscall(SYS_umask, 027));
    const std::vector<uint8_t> bytes{0x80, 0x02, 'K', 0x01, '.'};
    const std::string fresh = m_dir.filePath(QStringLiteral("fresh-mode.pkl")).toStdString();
    const std::string kept = m_dir.filePath(QStringLiteral("kept-mode.pkl")).toStdString();
    {
        QFile f(QString::fromStdString(kept));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QCOMPARE(chmod(kept.c_str(), 0604), 0);

    g_umaskCalls = 0;
    const Status a = writeFileAtomic(fresh, bytes);
    const Status b = writeFileAtomic(kept, bytes);
    const int calls = g_umaskCalls;
    const mode_t after = currentUmask();
    syscall(SYS_umask, before);

    QVERIFY2(a.ok(), a.ok() ? "" : a.error().message.c_str());
    QVERIFY2(b.ok(), b.ok() ? "" : b.error().message.c_str());
    QCOMPARE(calls, 0);
    QCOMPARE(after, mode_t(027));
    struct stat st;
    QCOMPARE(stat(fresh.c_str(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0666 & ~027));
    QCOMPARE(stat(kept.c_str(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0604));
    QCOMPARE(st.st_size, off_t(bytes.size()));
}

/// Issue 14: the streaming atomic writer (exports) replaces the file only when the producer
/// succeeds; a producer's Error or exception (std::bad_alloc above all) becomes an Error, the
/// original stays, and no temporary file is left behind.
void tst_Edit::atomicWriteStreamed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("out.json")).toStdString();
    {
        QFile f(QString::fromStdString(path));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("original");
    }
    auto contents = [&] {
        QFile f(QString::fromStdString(path));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
    };
    const std::string chunk(100'000, 'x');
    auto failing = writeFileAtomic(path, [&](std::ostream &out) {
        out << chunk;
        return Status(makeError(7, "refused halfway"));
    });
    QVERIFY(!failing.ok());
    QCOMPARE(QString::fromStdString(failing.error().message), QStringLiteral("refused halfway"));
    QCOMPARE(contents(), QByteArray("original"));
    auto throwing = writeFileAtomic(path, [&](std::ostream &out) -> Status {
        out << chunk;
        throw std::bad_alloc();
    });
    QVERIFY(!throwing.ok());
    QVERIFY2(throwing.error().message.find("out of memory") != std::string::npos,
             throwing.error().message.c_str());
    QCOMPARE(contents(), QByteArray("original"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

    auto written = writeFileAtomic(path, [&](std::ostream &out) {
        for (int i = 0; i < 10; ++i)
            out << chunk;
        return Status();
    });
    QVERIFY(written.ok());
    QCOMPARE(*written, uint64_t(10 * chunk.size()));
    QCOMPARE(contents(), QByteArray(10 * int(chunk.size()), 'x'));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void tst_Edit::lengthFieldWidths_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<quint64>("size");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<int>("width"); // 0: refused
    QTest::addColumn<QString>("message");
    const auto str = int(SizedValue::Str);
    const auto bytes = int(SizedValue::Bytes);
    const auto integer = int(SizedValue::Int);
    const quint64 max4 = 0xFFFFFFFFull;
    const QString strMsg = QStringLiteral(
        "serializing a string larger than 4 GiB requires pickle protocol 4 or higher");
    const QString bytesMsg = QStringLiteral(
        "serializing a bytes object larger than 4 GiB requires pickle protocol 4 or higher");
    for (int p = 1; p <= 3; ++p) {
        QTest::addRow("str 4GiB-1 p%d", p) << str << max4 << p << 4 << QString();
        QTest::addRow("str 4GiB p%d", p) << str << max4 + 1 << p << 0 << strMsg;
        QTest::addRow("bytes 4GiB-1 p%d", p) << bytes << max4 << p << 4 << QString();
        QTest::addRow("bytes 4GiB p%d", p) << bytes << max4 + 1 << p << 0 << bytesMsg;
    }
    for (int p = 4; p <= 5; ++p) {
        QTest::addRow("str 4GiB-1 p%d", p) << str << max4 << p << 4 << QString();
        QTest::addRow("str 4GiB p%d", p) << str << max4 + 1 << p << 8 << QString();
        QTest::addRow("bytes 4GiB p%d", p) << bytes << max4 + 1 << p << 8 << QString();
    }
    QTest::newRow("int 2GiB-1") << integer << quint64(0x7FFFFFFF) << 5 << 4 << QString();
    QTest::newRow("int 2GiB") << integer << quint64(0x80000000) << 5 << 0
                              << QStringLiteral("int too large to pickle");
}

/// The one check every length-prefixed opcode of the pickler goes through.
void tst_Edit::lengthFieldWidths()
{
    QFETCH(int, what);
    QFETCH(quint64, size);
    QFETCH(int, protocol);
    QFETCH(int, width);
    QFETCH(QString, message);
    const auto r = lengthFieldWidth(SizedValue(what), size, protocol);
    if (width) {
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(*r, width);
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.error().message), message);
    }
}

void tst_Edit::oversizedValuesAreRefused_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QString>("message");
    const QString strMsg = QStringLiteral(
        "serializing a string larger than 4 GiB requires pickle protocol 4 or higher");
    const QString bytesMsg = QStringLiteral(
        "serializing a bytes object larger than 4 GiB requires pickle protocol 4 or higher");
    for (int p = 1; p <= 3; ++p) {
        QTest::addRow("str p%d", p) << int(Kind::Str) << p << strMsg;
        QTest::addRow("py2 str p%d", p) << int(Kind::Py2String) << p << strMsg;
        // Protocols 1-2 write bytes as _codecs.encode(latin-1 str): CPython refuses the str.
        QTest::addRow("bytes p%d", p) << int(Kind::Bytes) << p << (p == 3 ? bytesMsg : strMsg);
        QTest::addRow("bytearray p%d", p)
            << int(Kind::ByteArray) << p << (p == 3 ? bytesMsg : strMsg);
    }
}

/// A str/bytes node of exactly 4 GiB, written at protocols 1-3 through the real pickler: it
/// is refused with CPython's message before a single byte of the value is read. The value is
/// a view of an inaccessible (PROT_NONE) reservation, so no 4 GiB is allocated, and any read
/// of it (the old code copied it after a truncated 4-byte length) kills the test.
void tst_Edit::oversizedValuesAreRefused()
{
    QFETCH(int, kind);
    QFETCH(int, protocol);
    QFETCH(QString, message);
    const size_t size = 0x100000000ull;
    void *reserved
        = mmap(nullptr, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    QVERIFY(reserved != MAP_FAILED);
    auto doc = openDocumentBytes({0x80, 0x02, 'K', 0x01, '.'}, "tiny.pkl");
    QVERIFY(doc);
    const NodeId id = doc->graph().addTextView(
        Kind(kind), std::span<const uint8_t>(static_cast<const uint8_t *>(reserved), size), 0, 0,
        0);
    const auto encoded = encodeValue(*doc, id, protocol);
    const auto whole = picklePickle(*doc, id, protocol, false);
    munmap(reserved, size);
    QVERIFY(!encoded.ok());
    QCOMPARE(QString::fromStdString(encoded.error().message), message);
    QVERIFY(!whole.ok());
    QCOMPARE(QString::fromStdString(whole.error().message), message);
}

QTEST_GUILESS_MAIN(tst_Edit)
#include "tst_edit.moc"
