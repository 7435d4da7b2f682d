// SPDX-License-Identifier: MIT
// Editing in the window (issue 11), driven with real keys (offscreen): values in the tree and
// in the array table, undo/redo, Save, the modified marker, the close prompt, refused input,
// failed saves, files changed on disk, cleaning a dangerous file. Every saved file is loaded
// by the real Python (tests/roundtrip/check_edit.py) and compared deeply with the original.
#include "arraytablemodel.h"
#include "arrayview.h"
#include "convertdialog.h"
#include "detailpane.h"
#include "documenteditor.h"
#include "documenttab.h"
#include "documentview.h"
#include "gui_testing.h"
#include "literaldialog.h"
#include "mainwindow.h"
#include "objecttreemodel.h"
#include "reader/reader.h"
#include "security/analysis.h"
#include "treeediting.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace ps;
using namespace ps::gui;

namespace {

QString script(const QString &name)
{
    return QDir(QStringLiteral(PS_FIXTURES)).filePath(QStringLiteral("../../roundtrip/") + name);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Answers the next modal message box (or dialog) with `button`, keeping its text.
class Answerer : public QObject
{
public:
    explicit Answerer(QMessageBox::StandardButton button)
        : m_button(button)
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            text = box->text() + QLatin1Char('\n') + box->informativeText();
            name = box->objectName();
            ++answered;
            m_timer.stop();
            box->button(m_button)->click();
        });
        m_timer.start();
    }
    QString text;
    QString name;
    int answered = 0;

private:
    QMessageBox::StandardButton m_button;
    QTimer m_timer;
};

} // namespace

class tst_Editing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_copies = 0;

    /// A fresh copy of a fixture in the scratch folder (the fixtures are never written).
    QString copyOf(const QString &source)
    {
        const QString target = m_dir.filePath(
            QStringLiteral("%1_%2").arg(++m_copies).arg(QFileInfo(source).fileName()));
        QFile::remove(target);
        if (!QFile::copy(source, target))
            return {};
        QFile(target).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return target;
    }

    static DocumentTab *openAndWait(MainWindow &window, const QString &path)
    {
        window.show();
        if (!QTest::qWaitForWindowActive(&window))
            return nullptr;
        DocumentTab *tab = window.openFile(path);
        if (tab->state() == DocumentTab::State::Loading) {
            QSignalSpy done(tab, &DocumentTab::stateChanged);
            if (!done.wait(60000))
                return nullptr;
        }
        return tab->view() ? tab : nullptr;
    }

    /// The window active again after a modal dialog closed (offscreen does not do it).
    static bool reactivate(QWidget &window)
    {
        window.activateWindow();
        QApplication::setActiveWindow(&window);
        return QTest::qWaitForWindowActive(&window);
    }

    /// Selects `path` in the tree, focuses the tree, presses F2 and returns the editor.
    static QLineEdit *startEditing(DocumentTab *tab, const QString &path)
    {
        DocumentView *view = tab->view();
        if (!view->selectPath(0, path))
            return nullptr;
        view->tree()->setFocus();
        QTest::keyClick(view->tree(), Qt::Key_F2);
        return qobject_cast<QLineEdit *>(QApplication::focusWidget());
    }

    /// Types `text` over the editor's selected value and presses Enter; waits for the change.
    static bool typeAndCommit(DocumentTab *tab, QLineEdit *editor, const QString &text)
    {
        QSignalSpy edited(tab, &DocumentTab::edited);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        return edited.count() > 0 || edited.wait(5000);
    }

    /// Ctrl+S on the window and the reload that follows.
    static bool saveWithKeys(MainWindow &window, DocumentTab *tab)
    {
        QSignalSpy reloaded(tab, &DocumentTab::reloaded);
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        return reloaded.wait(60000);
    }

    /// check_edit.py on one job; fails the test with Python's reason.
    static bool pythonAgrees(const QJsonObject &job, QString *problem)
    {
        const QString jobs = QDir::temp().filePath(QStringLiteral("tst_editing_jobs.json"));
        QFile f(jobs);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QJsonDocument(QJsonArray{job}).toJson());
        f.close();
        QProcess python;
        python.start(QStringLiteral(PS_PYTHON), {script(QStringLiteral("check_edit.py")), jobs});
        if (!python.waitForFinished(300000)) {
            *problem = QStringLiteral("python did not finish");
            return false;
        }
        const QByteArray out = python.readAllStandardOutput();
        const QJsonObject result = QJsonDocument::fromJson(out.trimmed()).object();
        *problem = result.value(QStringLiteral("problem")).toString()
                   + QString::fromUtf8(python.readAllStandardError());
        return result.value(QStringLiteral("ok")).toBool();
    }

    static QJsonObject job(const QString &original, const QString &output, const QJsonArray &edits,
                           const QString &input, bool changesScores)
    {
        QJsonObject j{{QStringLiteral("original"), original},
                      {QStringLiteral("output"), output},
                      {QStringLiteral("loader"), QStringLiteral("pickle")},
                      {QStringLiteral("edits"), edits},
                      {QStringLiteral("changes_scores"), changesScores}};
        j.insert(QStringLiteral("input"), input.isEmpty() ? QJsonValue() : QJsonValue(input));
        return j;
    }

private Q_SLOTS:
    void initTestCase()
    {
        guitest::setupTestApplication();
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo::exists(script(QStringLiteral("check_edit.py"))));
    }

    /// The walk-through: select .C, F2, type 3.5, Enter, Ctrl+S. Python loads the
    /// saved model: C == 3.5, everything else deep-equal, and it predicts.
    void editCAndSave()
    {
        const QString original = guitest::fixture(QStringLiteral("lr_iris_p4.pkl"));
        const QString path = copyOf(original);
        MainWindow window;
        DocumentTab *tab = openAndWait(window, path);
        QVERIFY(tab);
        QLineEdit *editor = startEditing(tab, QStringLiteral(".C"));
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("1.0")); // the value to change, as a literal
        QVERIFY(typeAndCommit(tab, editor, QStringLiteral("3.5")));
        QVERIFY(tab->isModified());
        QVERIFY(window.windowTitle().contains(QStringLiteral("*")));
        QVERIFY(window.tabs()->tabText(0).endsWith(QLatin1Char('*')));
        // The row is marked as edited, its value shown, the history lists the change.
        DocumentView *view = tab->view();
        QCOMPARE(view->currentPath(), QStringLiteral(".C"));
        const QModelIndex row = view->tree()->currentIndex();
        QCOMPARE(row.siblingAtColumn(ObjectTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("3.5"));
        QVERIFY(row.data(Qt::BackgroundRole).isValid());
        QCOMPARE(tab->editor()->undoStack()->count(), 1);
        QVERIFY(saveWithKeys(window, tab));
        QVERIFY(!tab->isModified());
        QVERIFY(!window.windowTitle().contains(QStringLiteral("*")));
        // The place is kept: .C still selected in the reloaded view, and no longer marked.
        QCOMPARE(tab->view()->currentPath(), QStringLiteral(".C"));
        QVERIFY(!tab->view()->tree()->currentIndex().data(Qt::BackgroundRole).isValid());
        QString problem;
        QVERIFY2(
            pythonAgrees(job(original, path,
                             QJsonArray{QJsonArray{QStringLiteral(".C"), QStringLiteral("3.5")}},
                             QStringLiteral("iris"), false),
                         &problem),
            qPrintable(problem));
    }

    /// `picklescope FILE --select PATH` then F2 edits the value at PATH (main() calls
    /// selectWhenLoaded); quitting with the change unsaved asks, and Cancel keeps the window.
    void selectThenF2AndQuitPrompt()
    {
        const QString path = copyOf(guitest::fixture(QStringLiteral("lr_iris_p4.pkl")));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.selectWhenLoaded(path, QStringLiteral(".max_iter"), false);
        DocumentTab *tab = window.currentTab();
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(
            tab->view() && tab->view()->currentPath() == QStringLiteral(".max_iter"), 60000);
        tab->view()->tree()->setFocus();
        QTest::keyClick(tab->view()->tree(), Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("1000"));
        QVERIFY(typeAndCommit(tab, editor, QStringLiteral("12345678901234567890123")));
        tab->view()->selectPath(0, QStringLiteral(".max_iter"));
        QCOMPARE(tab->view()->tree()->currentIndex().siblingAtColumn(2).data().toString(),
                 QStringLiteral("12345678901234567890123"));
        Answerer cancel(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QCOMPARE(cancel.answered, 1);
        QVERIFY(window.isVisible());
        QVERIFY(reactivate(window));
        Answerer discard(QMessageBox::Discard);
        QVERIFY(window.close());
        QCOMPARE(discard.answered, 1);
    }

    /// coef_[0, 1] typed into the array table (just start typing), undone, redone, saved.
    void editCoefInArrayTable()
    {
        const QString original = guitest::fixture(QStringLiteral("lr_iris_p4.pkl"));
        const QString path = copyOf(original);
        MainWindow window;
        DocumentTab *tab = openAndWait(window, path);
        QVERIFY(tab);
        QVERIFY(tab->view()->selectPath(0, QStringLiteral(".coef_")));
        ArrayView *array = tab->view()->detail()->arrayView();
        QVERIFY(array->model()->isEditable());
        QTableView *table = array->table();
        table->setFocus();
        table->setCurrentIndex(array->model()->index(0, 1));
        QCOMPARE(array->model()->cellPath(0, 1), QStringLiteral(".coef_[0, 1]"));
        QSignalSpy edited(tab, &DocumentTab::edited);
        QTest::keyClick(table, Qt::Key_0); // typing opens the editor with the key
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("0"));
        QTest::keyClicks(editor, QStringLiteral(".75"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(edited.count() > 0 || edited.wait(5000));
        QVERIFY(tab->isModified());
        array = tab->view()->detail()->arrayView();
        QCOMPARE(array->model()->index(0, 1).data(ArrayTableModel::ExactValueRole).toString(),
                 QStringLiteral("0.75"));
        QVERIFY(array->model()->index(0, 1).data(Qt::BackgroundRole).isValid());
        QVERIFY(!array->model()->index(0, 0).data(Qt::BackgroundRole).isValid());
        // The place in the table is kept across the refresh.
        QCOMPARE(array->table()->currentIndex(), array->model()->index(0, 1));

        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!tab->isModified());
        array = tab->view()->detail()->arrayView();
        QVERIFY(array->model()->index(0, 1).data(ArrayTableModel::ExactValueRole).toString()
                != QStringLiteral("0.75"));
        QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier);
        QVERIFY(tab->isModified());
        array = tab->view()->detail()->arrayView();
        QCOMPARE(array->model()->index(0, 1).data(ArrayTableModel::ExactValueRole).toString(),
                 QStringLiteral("0.75"));
        QVERIFY(saveWithKeys(window, tab));
        QCOMPARE(tab->view()->currentPath(), QStringLiteral(".coef_"));
        QString problem;
        QVERIFY2(pythonAgrees(job(original, path,
                                  QJsonArray{QJsonArray{QStringLiteral(".coef_[0, 1]"),
                                                        QStringLiteral("0.75")}},
                                  QStringLiteral("iris"), true),
                              &problem),
                 qPrintable(problem));
    }

    /// Successive values typed into one cell are one undo step; Ctrl+Shift+Z redoes too.
    void successiveEditsMerge()
    {
        const QString path = copyOf(guitest::fixture(QStringLiteral("lr_iris_p4.pkl")));
        MainWindow window;
        DocumentTab *tab = openAndWait(window, path);
        QVERIFY(tab);
        QVERIFY(
            typeAndCommit(tab, startEditing(tab, QStringLiteral(".tol")), QStringLiteral("0.5")));
        QVERIFY(
            typeAndCommit(tab, startEditing(tab, QStringLiteral(".tol")), QStringLiteral("0.25")));
        QCOMPARE(tab->editor()->undoStack()->count(), 1);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!tab->isModified());
        tab->view()->selectPath(0, QStringLiteral(".tol"));
        QCOMPARE(tab->view()->tree()->currentIndex().siblingAtColumn(2).data().toString(),
                 QStringLiteral("0.0001"));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        tab->view()->selectPath(0, QStringLiteral(".tol"));
        QCOMPARE(tab->view()->tree()->currentIndex().siblingAtColumn(2).data().toString(),
                 QStringLiteral("0.25"));
        // Undo everything and save a copy as read: the original bytes.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        const QString copy = m_dir.filePath(QStringLiteral("undone.pkl"));
        QCOMPARE(tab->writeTo(copy, std::nullopt, DocumentTab::SaveMode::Copy), QString());
        QCOMPARE(readAll(copy), readAll(path));
    }

    /// A value inside an object used at two places: the window says the change is seen at
    /// both and lists them; Python sees one shared list changed.
    void sharedObjectNotice()
    {
        const QString original = guitest::fixture(QStringLiteral("recursive_p4.pkl"));
        const QString path = copyOf(original);
        MainWindow window;
        DocumentTab *tab = openAndWait(window, path);
        QVERIFY(tab);
        QVERIFY(typeAndCommit(tab, startEditing(tab, QStringLiteral("['shared'][0][0]")),
                              QStringLiteral("5")));
        const QString notice = tab->view()->noticeLabel()->text();
        QVERIFY2(notice.contains(QStringLiteral("['shared'][0]"))
                     && notice.contains(QStringLiteral("['shared'][1]")),
                 qPrintable(notice));
        QVERIFY(tab->view()->noticeLabel()->isVisibleTo(tab->view()));
        QVERIFY(saveWithKeys(window, tab));
        QString problem;
        QVERIFY2(pythonAgrees(job(original, path,
                                  QJsonArray{QJsonArray{QStringLiteral("['shared'][0][0]"),
                                                        QStringLiteral("5")}},
                                  {}, false),
                              &problem),
                 qPrintable(problem));
    }

    /// Edit, undo, edit another value, save: only the second change is in the file.
    void undoneEditIsNotSaved()
    {
        const QString original = guitest::fixture(QStringLiteral("lr_iris_p4.pkl"));
        const QString path = copyOf(original);
        MainWindow window;
        DocumentTab *tab = openAndWait(window, path);
        QVERIFY(tab);
        QVERIFY(typeAndCommit(tab, startEditing(tab, QStringLiteral(".C")), QStringLiteral("3.5")));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(typeAndCommit(tab, startEditing(tab, QStringLiteral(".max_iter")),
                              QStringLiteral("77")));
        QCOMPARE(tab->editor()->undoStack()->count(), 1);
        QVERIFY(saveWithKeys(window, tab));
        QString problem;
        QVERIFY2(pythonAgrees(
                     job(original, path,
                         QJsonArray{QJsonArray{QStringLiteral(".max_iter"), QStringLiteral("77")}},
                         QStringLiteral("iris"), false),
                     &problem),
                 qPrintable(problem));
    }

    /// The modified marker and the clean state follow undo and redo; closing a modified tab
    /// asks (Cancel keeps it, Discard closes it).
    void markerAndClosePrompt()
    {
        const QString path = copyOf(guitest::fixture(QStringLiteral("lr_iris_p4.pkl")));
        MainWindow window;
        DocumentTab *tab = openAndWait(window, path);
        QVERIFY(tab);
        QVERIFY(typeAndCommit(tab, startEditing(tab, QStringLiteral(".C")), QStringLiteral("2.0")));
        QVERIFY(window.tabs()->tabText(0).endsWith(QLatin1Char('*')));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!tab->isModified());
        QVERIFY(tab->editor()->undoStack()->isClean());
        QVERIFY(!window.tabs()->tabText(0).endsWith(QLatin1Char('*')));
        QVERIFY(!window.windowTitle().contains(QLatin1Char('*')));
        QVERIFY(window.action(QStringLiteral("redo"))->isEnabled());
        QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier);
        QVERIFY(tab->isModified());
        QVERIFY(window.windowTitle().contains(QLatin1Char('*')));
        {
            Answerer cancel(QMessageBox::Cancel);
            QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
            QCOMPARE(cancel.answered, 1);
            QCOMPARE(cancel.name, QStringLiteral("unsavedChanges"));
            QCOMPARE(window.tabs()->count(), 1);
        }
        QVERIFY(reactivate(window));
        {
            Answerer discard(QMessageBox::Discard);
            QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
            QCOMPARE(discard.answered, 1);
            QCOMPARE(window.tabs()->count(), 0);
        }
        // Discarded: the file is as it was.
        QCOMPARE(readAll(path), readAll(guitest::fixture(QStringLiteral("lr_iris_p4.pkl"))));
    }

    /// Invalid input is refused with the engine's reason and changes nothing: a literal's
    /// syntax in the tree, a dtype's range in the array table.
    void invalidInputRefused()
    {
        const QString path = copyOf(guitest::fixture(QStringLiteral("lr_iris_p4.pkl")));
        MainWindow window;
        DocumentTab *tab = openAndWait(window, path);
        QVERIFY(tab);
        QLineEdit *editor = startEditing(tab, QStringLiteral(".C"));
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("3.5.1"));
        QVERIFY(!editor->property("problem").toString().isEmpty());
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), editor); // still editing: Enter was refused
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!tab->isModified());
        QCOMPARE(tab->editor()->undoStack()->count(), 0);

        // classes_ is int64: a value past its range is refused, saying so.
        QVERIFY(tab->view()->selectPath(0, QStringLiteral(".classes_")));
        ArrayView *array = tab->view()->detail()->arrayView();
        QVERIFY(array->model()->isEditable());
        array->table()->setFocus();
        array->table()->setCurrentIndex(array->model()->index(0, 0));
        QTest::keyClick(array->table(), Qt::Key_F2);
        auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(cell);
        cell->selectAll();
        QTest::keyClicks(cell, QStringLiteral("99999999999999999999"));
        const QString why = cell->property("problem").toString();
        QVERIFY2(why.contains(QStringLiteral("int64")), qPrintable(why));
        QTest::keyClick(cell, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), cell);
        QTest::keyClick(cell, Qt::Key_Escape);
        QVERIFY(!tab->isModified());

        // The same check guards the literal dialog: OK stays disabled while the text is wrong.
        const QString check = tab->editor()->check(EditRequest{EditRequest::Kind::SetValue,
                                                               0,
                                                               QStringLiteral(".C"),
                                                               QStringLiteral("[1, (2,"),
                                                               {},
                                                               0,
                                                               {},
                                                               {}});
        QVERIFY(!check.isEmpty());
    }

    /// A dict key renamed, list items inserted and deleted, through the context menu's
    /// actions and the Insert / Delete keys; Python sees exactly those changes.
    void renameInsertDelete()
    {
        const QString original = guitest::fixture(QStringLiteral("pydata_p4.pkl"));
        const QString path = copyOf(original);
        MainWindow window;
        DocumentTab *tab = openAndWait(window, path);
        QVERIFY(tab);

        // Rename 'floats' to 'reals' (the dialog answered by typing into it).
        QVERIFY(tab->view()->selectPath(0, QStringLiteral("['floats']")));
        QTimer::singleShot(100, this, [] {
            auto *dialog = qobject_cast<LiteralDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->first(), QStringLiteral("'floats'"));
            dialog->firstEdit()->selectAll();
            QTest::keyClicks(dialog->firstEdit(), QStringLiteral("'ints'"));
            QVERIFY(!dialog->problem().isEmpty()); // the key exists
            dialog->firstEdit()->selectAll();
            QTest::keyClicks(dialog->firstEdit(), QStringLiteral("'reals'"));
            QVERIFY(dialog->problem().isEmpty());
            QTest::keyClick(dialog->firstEdit(), Qt::Key_Return);
        });
        tab->view()->editing()->action(QStringLiteral("renameKey"))->trigger();
        QVERIFY(tab->isModified());
        QVERIFY(reactivate(window));
        QVERIFY(tab->view()->selectPath(0, QStringLiteral("['reals'][2]")));

        // Insert before ints[1] with the Insert key.
        QVERIFY(tab->view()->selectPath(0, QStringLiteral("['ints'][1]")));
        tab->view()->tree()->setFocus();
        QTimer::singleShot(100, this, [] {
            auto *dialog = qobject_cast<LiteralDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->firstEdit()->selectAll();
            QTest::keyClicks(dialog->firstEdit(), QStringLiteral("(7, 'x')"));
            QTest::keyClick(dialog->firstEdit(), Qt::Key_Return);
        });
        QTest::keyClick(tab->view()->tree(), Qt::Key_Insert);
        QVERIFY(reactivate(window));
        QVERIFY(tab->view()->selectPath(0, QStringLiteral("['ints'][1]")));
        QCOMPARE(tab->view()->tree()->currentIndex().siblingAtColumn(2).data().toString(),
                 QStringLiteral("(7, 'x')"));

        // Delete ints[0] with the Delete key.
        QVERIFY(tab->view()->selectPath(0, QStringLiteral("['ints'][0]")));
        tab->view()->tree()->setFocus();
        QTest::keyClick(tab->view()->tree(), Qt::Key_Delete);
        QCOMPARE(tab->editor()->undoStack()->count(), 3);
        QVERIFY(saveWithKeys(window, tab));

        QString problem;
        QJsonObject j = job(original, path, {}, {}, false);
        j.insert(QStringLiteral("statements"),
                 QJsonArray{QStringLiteral("orig = {('reals' if k == 'floats' else k): v "
                                           "for k, v in orig.items()}"),
                            QStringLiteral("orig['ints'].insert(1, (7, 'x'))"),
                            QStringLiteral("del orig['ints'][0]")});
        QVERIFY2(pythonAgrees(j, &problem), qPrintable(problem));
    }

    /// "Edit as literal…" replaces a subtree; the History panel lists the commands.
    void editAsLiteralAndHistory()
    {
        const QString original = guitest::fixture(QStringLiteral("pydata_p4.pkl"));
        const QString path = copyOf(original);
        MainWindow window;
        DocumentTab *tab = openAndWait(window, path);
        QVERIFY(tab);
        QVERIFY(tab->view()->selectPath(0, QStringLiteral("['strings']")));
        tab->view()->tree()->setFocus();
        QTimer::singleShot(100, this, [] {
            auto *dialog = qobject_cast<LiteralDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->firstEdit()->selectAll();
            QTest::keyClicks(dialog->firstEdit(), QStringLiteral("[1, (2, 'x')]"));
            QTest::keyClick(dialog->firstEdit(), Qt::Key_Return);
        });
        QTest::keyClick(tab->view()->tree(), Qt::Key_F2); // a list: F2 asks for a literal
        QVERIFY(tab->isModified());
        QVERIFY(reactivate(window));
        auto *history = tab->view()->findChild<QWidget *>(QStringLiteral("history"));
        QVERIFY(history);
        QVERIFY(saveWithKeys(window, tab));
        QString problem;
        QVERIFY2(pythonAgrees(job(original, path,
                                  QJsonArray{QJsonArray{QStringLiteral("['strings']"),
                                                        QStringLiteral("[1, (2, 'x')]")}},
                                  {}, false),
                              &problem),
                 qPrintable(problem));
    }

    /// A save that cannot be written says why and leaves the original untouched. Tests run
    /// as root, which ignores permission bits, so the failure is a real one of another kind:
    /// the target name is taken by a directory (the rename onto it fails).
    void failedSaveLeavesOriginal()
    {
        const QString path = copyOf(guitest::fixture(QStringLiteral("lr_iris_p4.pkl")));
        const QByteArray before = readAll(path);
        MainWindow window;
        DocumentTab *tab = openAndWait(window, path);
        QVERIFY(tab);
        QVERIFY(typeAndCommit(tab, startEditing(tab, QStringLiteral(".C")), QStringLiteral("9.0")));
        const QString blocked = m_dir.filePath(QStringLiteral("blocked.pkl"));
        QVERIFY(QDir().mkpath(blocked));
        Answerer ok(QMessageBox::Ok);
        QVERIFY(!tab->saveTo(blocked, std::nullopt, DocumentTab::SaveMode::Save));
        QCOMPARE(ok.answered, 1);
        QVERIFY2(ok.text.contains(QStringLiteral("blocked.pkl")), qPrintable(ok.text));
        QVERIFY(ok.text.contains(QStringLiteral("unchanged")));
        QVERIFY(QFileInfo(blocked).isDir());
        QCOMPARE(tab->path(), QFileInfo(path).absoluteFilePath());
        QVERIFY(tab->isModified()); // nothing was saved
        QCOMPARE(readAll(path), before);
        // No temporary file left behind next to the target.
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("blocked.pkl*")});
        QCOMPARE(left, QStringList{QStringLiteral("blocked.pkl")});
    }

    /// Saving in place into a read-only folder (a read-only bind mount: root ignores the
    /// permission bits) fails with the system's reason; the file is unchanged and still
    /// modified in the window. Skipped where mounting is not allowed.
    void saveIntoReadOnlyFolder()
    {
        const QString source = m_dir.filePath(QStringLiteral("ro-source"));
        const QString mountPoint = m_dir.filePath(QStringLiteral("ro-mount"));
        QVERIFY(QDir().mkpath(source));
        QVERIFY(QDir().mkpath(mountPoint));
        const QString file = QDir(source).filePath(QStringLiteral("lr.pkl"));
        QVERIFY(QFile::copy(guitest::fixture(QStringLiteral("lr_iris_p4.pkl")), file));
        auto run = [](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral("mount"), args);
            return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit
                   && p.exitCode() == 0;
        };
        if (!run({QStringLiteral("--bind"), source, mountPoint}))
            QSKIP("bind mounts are not allowed here");
        const bool readOnly
            = run({QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), mountPoint});
        auto unmount
            = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint}); });
        QVERIFY(readOnly);
        const QString path = QDir(mountPoint).filePath(QStringLiteral("lr.pkl"));
        const QByteArray before = readAll(path);
        {
            MainWindow window;
            DocumentTab *tab = openAndWait(window, path);
            QVERIFY(tab);
            QVERIFY(
                typeAndCommit(tab, startEditing(tab, QStringLiteral(".C")), QStringLiteral("6.0")));
            Answerer ok(QMessageBox::Ok);
            QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
            QCOMPARE(ok.answered, 1);
            QCOMPARE(ok.name, QStringLiteral("saveFailed"));
            QVERIFY2(ok.text.contains(QStringLiteral("Read-only")), qPrintable(ok.text));
            QVERIFY(tab->isModified());
            QVERIFY(!tab->lastError().isEmpty());
            tab->editor()->undoStack()->setClean(); // let the window close without asking
        }
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(source).entryList(QDir::Files), QStringList{QStringLiteral("lr.pkl")});
    }

    /// A file changed on disk is noticed: unmodified → Reload offered; modified → Save asks
    /// before overwriting it.
    void changedOnDiskNoticed()
    {
        const QString path = copyOf(guitest::fixture(QStringLiteral("lr_iris_p4.pkl")));
        MainWindow window;
        DocumentTab *tab = openAndWait(window, path);
        QVERIFY(tab);
        QSignalSpy changed(tab, &DocumentTab::fileChangedOnDisk);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("more");
        }
        QVERIFY(changed.wait(10000));
        QVERIFY(tab->changedOnDisk());
        QVERIFY(tab->view()->fileChangedBanner()->isVisibleTo(tab->view()));

        QVERIFY(typeAndCommit(tab, startEditing(tab, QStringLiteral(".C")), QStringLiteral("4.0")));
        const QByteArray onDisk = readAll(path);
        Answerer cancel(QMessageBox::Cancel);
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(cancel.answered, 1);
        QCOMPARE(cancel.name, QStringLiteral("overwriteChanged"));
        QCOMPARE(readAll(path), onDisk);
        QVERIFY(tab->isModified());
    }

    /// Cleaning: the os.system call the analysis marks is deleted (the attribute's entry of
    /// the object's state), the banner goes, the saved file scans clean and Python loads it
    /// as exactly the model it was made from, which predicts.
    void cleanDangerousFile()
    {
        const QString path = copyOf(guitest::hostile(QStringLiteral("sklearn_lr_payload_p4.pkl")));
        MainWindow window;
        DocumentTab *tab = openAndWait(window, path);
        QVERIFY(tab);
        QVERIFY(tab->view()->file()->security.dangerous > 0);
        QVERIFY(tab->view()->securityBanner()->isVisibleTo(tab->view()));
        tab->view()->showFinding(0);
        QCOMPARE(tab->view()->currentPath(), QStringLiteral(".pwned"));
        tab->view()->tree()->setFocus();
        QTest::keyClick(tab->view()->tree(), Qt::Key_Delete); // an attribute: its state entry
        QVERIFY(tab->isModified());
        QCOMPARE(tab->view()->file()->security.dangerous, size_t(0));
        QVERIFY(!tab->view()->securityBanner()->isVisibleTo(tab->view()));
        QVERIFY(saveWithKeys(window, tab));

        const auto saved = openDocument(path.toStdString());
        QVERIFY(saved->ok());
        const auto report = security::analyse(*saved);
        QCOMPARE(report.dangerous, size_t(0));
        QCOMPARE(report.unknown, size_t(0));

        QJsonObject j = job(path, path, {}, QStringLiteral("iris"), false);
        j.insert(QStringLiteral("reference"), guitest::fixture(QStringLiteral("lr_iris_p4.pkl")));
        QString problem;
        QVERIFY2(pythonAgrees(j, &problem), qPrintable(problem));
    }

    /// Save As with another protocol and container through the dialog's writer; what cannot
    /// be converted is said before writing.
    void convertDialog()
    {
        const QString original = guitest::fixture(QStringLiteral("lr_iris_p4.pkl"));
        const QString path = copyOf(original);
        MainWindow window;
        DocumentTab *tab = openAndWait(window, path);
        QVERIFY(tab);
        QVERIFY(typeAndCommit(tab, startEditing(tab, QStringLiteral(".C")), QStringLiteral("0.5")));
        const QString target = m_dir.filePath(QStringLiteral("converted.joblib"));
        ConvertDialog dialog(QStringLiteral("Convert"), *tab->view()->file()->document, target,
                             [tab](const QString &t, const std::optional<ConvertOptions> &o) {
                                 return tab->writeTo(t, o, DocumentTab::SaveMode::Copy);
                             });
        QVERIFY(!dialog.options()); // as read
        dialog.choose(2, ConvertOptions::Container::Joblib, QStringLiteral("zlib"), 3);
        QVERIFY(!dialog.protocolExplanation()->text().isEmpty());
        QVERIFY(dialog.compressionExplanation()->text().contains(QStringLiteral("zlib")));
        QVERIFY(dialog.options());
        QCOMPARE(dialog.options()->protocol, 2);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(tab->isModified()); // a converted copy does not save the tab
        QJsonObject j = job(original, target,
                            QJsonArray{QJsonArray{QStringLiteral(".C"), QStringLiteral("0.5")}},
                            QStringLiteral("iris"), false);
        j.insert(QStringLiteral("loader"), QStringLiteral("joblib"));
        QString problem;
        QVERIFY2(pythonAgrees(j, &problem), qPrintable(problem));
    }

    /// One edit of a file with a million objects: the whole refresh (the analysis of what
    /// saving would write, the tree index, a new view at the same place) stays interactive.
    void editTimeOnBigFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.pkl"));
        QVERIFY(guitest::writeWithPython(
            QStringLiteral("import pickle, sys\n"
                           "data = {'values': list(range(1000000)), 'name': 'big', "
                           "'rows': [{'id': i, 'x': i * 0.5} for i in range(50000)]}\n"
                           "pickle.dump(data, open(sys.argv[1], 'wb'), protocol=4)\n"),
            path));
        MainWindow window;
        DocumentTab *tab = openAndWait(window, path);
        QVERIFY(tab);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(tab->editor()->perform(EditRequest{EditRequest::Kind::SetValue,
                                                   0,
                                                   QStringLiteral("['name']"),
                                                   QStringLiteral("'small'"),
                                                   {},
                                                   0,
                                                   {},
                                                   {}}));
        const qint64 editMs = timer.elapsed();
        timer.restart();
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        const qint64 undoMs = timer.elapsed();
        QVERIFY(!tab->isModified());
        timer.restart();
        QString error;
        QVERIFY2(tab->editor()->perform(EditRequest{EditRequest::Kind::InsertItem,
                                                    0,
                                                    QStringLiteral("['rows']"),
                                                    QStringLiteral("-1"),
                                                    {},
                                                    0,
                                                    {},
                                                    {}},
                                        &error),
                 qPrintable(error));
        const qint64 insertMs = timer.elapsed();
        qInfo("a 1,150,000-object file: value edit %lld ms, its undo %lld ms, an insert "
              "(rows re-indexed) %lld ms",
              editMs, undoMs, insertMs);
        QVERIFY2(editMs < 2000, qPrintable(QString::number(editMs)));
    }

    /// Export of the selected value: CSV of an array, as the CLI writes it.
    void exportValue()
    {
        const QString path = copyOf(guitest::fixture(QStringLiteral("lr_iris_p4.pkl")));
        MainWindow window;
        DocumentTab *tab = openAndWait(window, path);
        QVERIFY(tab);
        const QString csv = m_dir.filePath(QStringLiteral("intercept.csv"));
        QString error;
        QVERIFY2(tab->view()->editing()->exportTo(0, QStringLiteral(".intercept_"), csv, &error),
                 qPrintable(error));
        QCOMPARE(readAll(csv).count('\n'), 3);
        QVERIFY(!tab->view()->editing()->exportTo(0, QStringLiteral(".intercept_"),
                                                  m_dir.filePath(QStringLiteral("x.txt")), &error));
        QVERIFY(error.contains(QStringLiteral(".csv")));
    }
};

QTEST_MAIN(tst_Editing)
#include "tst_editing.moc"
