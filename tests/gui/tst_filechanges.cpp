// SPDX-License-Identifier: MIT
// Issue 14 in the window: a file rewritten or truncated on disk while its tab is open never
// crashes the program — the watcher says so and offers Reload, reading its arrays gives no
// SIGBUS, saving and exporting are refused —; .npy and .npz files open as documents (arrays in
// the tree, object arrays scanned); other formats are named on the error page.
#include "arraytablemodel.h"
#include "arrayview.h"
#include "detailpane.h"
#include "documenttab.h"
#include "documentview.h"
#include "gui_testing.h"
#include "mainwindow.h"

#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

#include <fcntl.h>
#include <unistd.h>

using guitest::openAndWait;
using namespace ps::gui;

class tst_FileChanges : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    static QString npy(const QString &name)
    {
        return QStringLiteral(PS_FIXTURES "/../npy/") + name;
    }
    /// Every cell of the array the detail pane shows, as the table asks for it.
    static int readAllCells(DocumentView *view)
    {
        const QAbstractItemModel *model = view->detail()->arrayView()->table()->model();
        int cells = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                cells += model->data(model->index(r, c)).isValid() ? 1 : 0;
        return cells;
    }

private Q_SLOTS:
    void initTestCase()
    {
        guitest::setupTestApplication();
        QVERIFY(m_dir.isValid());
    }

    void truncatedWhileOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("mlp.pkl"));
        QVERIFY(QFile::copy(guitest::fixture(QStringLiteral("sk_mlp_p4.pkl")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        MainWindow window;
        window.show();
        DocumentTab *tab = openAndWait(window, path);
        QVERIFY(tab);
        QCOMPARE(tab->state(), DocumentTab::State::Ready);
        DocumentView *view = tab->view();
        QVERIFY(view->selectPath(0, QStringLiteral(".coefs_[0]")));
        QTRY_COMPARE(view->detail()->page(), DetailPane::Page::Array);
        const int before = readAllCells(view);
        QVERIFY(before > 0);

        QSignalSpy changed(tab, &DocumentTab::fileChangedOnDisk);
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY);
        QVERIFY(fd >= 0);
        QCOMPARE(::ftruncate(fd, 0), 0);
        ::close(fd);
        // Reading the vanished pages gives no SIGBUS: the table still answers.
        QCOMPARE(readAllCells(view), before);
        QVERIFY(changed.wait(10000));
        QVERIFY(view->fileChangedBanner()->isVisible());
        const QString banner = view->fileChangedBanner()->findChild<QLabel *>()->text();
        QVERIFY2(banner.contains(QLatin1String("rewritten on disk")), qPrintable(banner));
        // Nothing is written from the changed bytes.
        const QString copy = m_dir.filePath(QStringLiteral("copy.pkl"));
        const QString error = tab->writeTo(copy, std::nullopt, DocumentTab::SaveMode::Copy);
        QVERIFY2(error.contains(QLatin1String("open it again")), qPrintable(error));
        QVERIFY(!QFile::exists(copy));
        // Reload reads what is there now: an empty file, a clear error page.
        tab->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isReloading(), 20000);
        QCOMPARE(tab->state(), DocumentTab::State::Failed);
        QVERIFY(tab->errorText().contains(QLatin1String("empty")));
    }

    void npzInTheWindow()
    {
        MainWindow window;
        window.show();
        DocumentTab *tab = openAndWait(window, npy(QStringLiteral("deflated.npz")));
        QVERIFY(tab);
        QCOMPARE(tab->state(), DocumentTab::State::Ready);
        DocumentView *view = tab->view();
        QVERIFY(view->selectPath(0, QStringLiteral("['f8_2d']")));
        QTRY_COMPARE(view->detail()->page(), DetailPane::Page::Array);
        const QAbstractItemModel *table = view->detail()->arrayView()->table()->model();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->columnCount(), 4);
        QCOMPARE(table->data(table->index(2, 3)).toString(), QStringLiteral("2.75"));
        QVERIFY(view->selectPath(0, QStringLiteral("['objects'][1]")));
        QTRY_VERIFY(view->detail()->textView()->toPlainText().contains(QLatin1String("two")));
        QVERIFY(!view->securityBanner()->isVisible());
    }

    void hostileObjectArrayIsFlagged()
    {
        MainWindow window;
        window.show();
        DocumentTab *tab = openAndWait(window, npy(QStringLiteral("hostile_object.npy")));
        QVERIFY(tab);
        QCOMPARE(tab->state(), DocumentTab::State::Ready);
        QVERIFY(tab->view()->securityBanner()->isVisible());
        QVERIFY2(tab->view()->securityBannerLabel()->text().contains(QLatin1String("system")),
                 qPrintable(tab->view()->securityBannerLabel()->text()));
    }

    void foreignFormatIsNamed()
    {
        MainWindow window;
        window.show();
        DocumentTab *tab = openAndWait(window, npy(QStringLiteral("foreign/table.sqlite")));
        QVERIFY(tab);
        QCOMPARE(tab->state(), DocumentTab::State::Failed);
        QVERIFY2(tab->errorText().contains(QLatin1String("an SQLite database")),
                 qPrintable(tab->errorText()));
        QVERIFY(!tab->partialTreeButton()->isVisible());
    }
};

QTEST_MAIN(tst_FileChanges)
#include "tst_filechanges.moc"
