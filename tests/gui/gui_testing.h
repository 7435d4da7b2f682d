// SPDX-License-Identifier: MIT
// Shared helpers of the GUI suites: fixture paths, synchronous loads, files written by the
// real Python at test time (too big to commit).
#pragma once

#include "application.h"
#include "documenttab.h"
#include "fileloader.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace guitest {

inline QString fixture(const QString &name)
{
    return QDir(QStringLiteral(PS_FIXTURES)).filePath(name);
}

inline QString hostile(const QString &name)
{
    return QDir(QStringLiteral(PS_HOSTILE)).filePath(name);
}

/// Loads a file the way a tab does (worker thread) and waits for it.
inline ps::gui::LoadedFilePtr load(const QString &path)
{
    ps::gui::FileLoader loader;
    QSignalSpy loaded(&loader, &ps::gui::FileLoader::loaded);
    loader.start(path);
    if (!loaded.wait(120000))
        return nullptr;
    return loaded.at(0).at(0).value<ps::gui::LoadedFilePtr>();
}

/// Opens through MainWindow::openFile (what File ▸ Open, drops and arguments call) and waits
/// for the tab to finish loading.
inline ps::gui::DocumentTab *openAndWait(ps::gui::MainWindow &window, const QString &path)
{
    ps::gui::DocumentTab *tab = window.openFile(path);
    if (tab->state() == ps::gui::DocumentTab::State::Loading) {
        QSignalSpy done(tab, &ps::gui::DocumentTab::stateChanged);
        if (!done.wait(60000))
            return nullptr;
    }
    return tab;
}

/// Runs a Python script with the real interpreter; `out` is passed as sys.argv[1].
inline bool writeWithPython(const QString &script, const QString &out)
{
    QProcess python;
    python.start(QStringLiteral(PS_PYTHON), {QStringLiteral("-c"), script, out});
    if (!python.waitForFinished(300000) || python.exitCode() != 0) {
        qWarning("python failed: %s", python.readAllStandardError().constData());
        return false;
    }
    return true;
}

/// Common setup: settings in a scratch location, the application's resources.
inline void setupTestApplication()
{
    QStandardPaths::setTestModeEnabled(true);
    // One settings file per test program: ctest runs them in parallel, and a language or
    // session another test stores must not reach this one (tst_language saw "de" stored by a
    // concurrent test and took its own choice of "de" for no change).
    const QString organization
        = QStringLiteral("PickleScopeTests-")
          + QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName();
    QApplication::setOrganizationName(organization);
    ps::gui::setupApplication(*qApp);
    QApplication::setOrganizationName(organization);
}

} // namespace guitest
