// SPDX-License-Identifier: MIT
// Not a ctest suite: the Tree tab on a big tree, timed, and the window for screenshots.
//
//   bench_treediagram [FILE.pkl]
//       Lays out the tree at the file's root (without FILE: a DecisionTreeRegressor of about
//       10,000 nodes that the real scikit-learn fits on 20,000 random samples, written to a
//       temporary folder) and prints the layout time (worker) and the scene build time (GUI
//       thread), for the whole tree and for the default depth limit.
//   bench_treediagram --window FILE PATH WIDTHxHEIGHT [INPUT] [SHOT.png]
//       Opens FILE in the main window, selects PATH, shows the Tree tab (typing INPUT in its
//       input box) and saves the window to SHOT.png after two seconds, then quits.
#include "application.h"
#include "detailpane.h"
#include "documenttab.h"
#include "documentview.h"
#include "fileloader.h"
#include "mainwindow.h"
#include "resolve/resolve.h"
#include "treediagram.h"
#include "treediagramlayout.h"
#include "treediagrampanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QProcess>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace ps;
using namespace ps::gui;

namespace {

const char *kGenerate = R"(
import pickle, sys
import numpy as np
from sklearn.tree import DecisionTreeRegressor
rng = np.random.RandomState(0)
X = rng.uniform(-1, 1, size=(20000, 8))
y = np.sin(3 * X[:, 0]) + X[:, 1] * X[:, 2] + rng.normal(scale=0.3, size=20000)
model = DecisionTreeRegressor(max_leaf_nodes=5000, random_state=0).fit(X, y)
with open(sys.argv[1], 'wb') as f:
    pickle.dump(model, f)
)";

LoadedFilePtr load(const QString &path)
{
    FileLoader loader;
    LoadedFilePtr out;
    QEventLoop loop;
    QObject::connect(&loader, &FileLoader::loaded, &loop, [&](LoadedFilePtr file) {
        out = std::move(file);
        loop.quit();
    });
    QObject::connect(&loader, &FileLoader::cancelled, &loop, &QEventLoop::quit);
    loader.start(path);
    loop.exec();
    return out;
}

void waitForLayout(TreeDiagramView *view)
{
    QEventLoop loop;
    QObject::connect(view, &TreeDiagramView::layoutFinished, &loop, &QEventLoop::quit);
    if (view->isLayingOut())
        loop.exec();
}

int bench(const QString &given)
{
    QTemporaryDir dir;
    QString path = given;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("tree10k.pkl"));
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromUtf8(kGenerate), path});
        if (!python.waitForFinished(600000) || python.exitCode() != 0) {
            std::fprintf(stderr, "python failed: %s\n", python.readAllStandardError().constData());
            return 1;
        }
    }
    const LoadedFilePtr file = load(path);
    if (!file) {
        std::fprintf(stderr, "cannot load %s\n", qPrintable(path));
        return 1;
    }
    TreeDiagramPanel panel;
    panel.resize(1400, 900);
    panel.show();
    QElapsedTimer timer;
    timer.start();
    const auto root = resolvePath(*file->document, "", 0);
    if (!root.ok() || !panel.showObject(file, root->node, 0, QString())) {
        std::fprintf(stderr, "no tree at the root of %s\n", qPrintable(path));
        return 1;
    }
    const qint64 read = timer.elapsed();
    TreeDiagramView *view = panel.view();
    waitForLayout(view);
    const auto &t = *view->model().tree;
    std::printf("%s: %llu nodes, read %lld ms\n", qPrintable(path),
                static_cast<unsigned long long>(t.nodeCount), static_cast<long long>(read));
    std::printf("default depth limit %d: %zu items, layout %lld ms, scene %lld ms\n",
                panel.depthBox()->value(), view->layout().shown.size(),
                static_cast<long long>(view->layoutMilliseconds()),
                static_cast<long long>(view->sceneMilliseconds()));
    // The whole tree: the depth box at its maximum shows every level.
    panel.depthBox()->setValue(panel.depthBox()->maximum());
    waitForLayout(view);
    std::printf("whole tree: %zu items, layout %lld ms (worker), scene %lld ms (GUI thread)\n",
                view->layout().shown.size(), static_cast<long long>(view->layoutMilliseconds()),
                static_cast<long long>(view->sceneMilliseconds()));
    // A synchronous layout, several times, for a steadier figure.
    TreeLayoutOptions all;
    timer.restart();
    constexpr int kRuns = 20;
    for (int i = 0; i < kRuns; ++i)
        layoutTree(t, all);
    std::printf("layoutTree (whole tree) %.2f ms on average over %d runs\n",
                static_cast<double>(timer.nsecsElapsed()) / 1e6 / kRuns, kRuns);
    // Painting the fitted whole tree, then at 1:1.
    for (const bool fitted : {true, false}) {
        if (fitted)
            view->fitAll();
        else
            view->setTransform(QTransform());
        QCoreApplication::processEvents();
        timer.restart();
        const QPixmap frame = view->viewport()->grab();
        std::printf("paint %s: %lld ms (%dx%d)\n", fitted ? "fitted" : "1:1",
                    static_cast<long long>(timer.elapsed()), frame.width(), frame.height());
    }
    return 0;
}

int window(const QStringList &args)
{
    const QString file = args.value(0);
    const QString path = args.value(1);
    const QStringList size = args.value(2).split(QLatin1Char('x'));
    const QString input = args.value(3);
    const QString shot = args.value(4);
    auto *main = new MainWindow;
    main->resize(size.value(0).toInt(), size.value(1).toInt());
    main->show();
    DocumentTab *tab = main->openFile(file);
    auto finish = [=] {
        DocumentView *view = tab->view();
        if (!view)
            return;
        view->selectPath(0, path);
        // The detail pane gets most of the room, the bottom tabs little.
        for (QSplitter *splitter : view->findChildren<QSplitter *>()) {
            const int total = splitter->orientation() == Qt::Horizontal ? splitter->width()
                                                                        : splitter->height();
            if (splitter->count() == 2 && splitter->indexOf(view->detail()) == 1)
                splitter->setSizes({total * 3 / 10, total * 7 / 10});
            else if (splitter->count() == 2 && splitter->orientation() == Qt::Vertical)
                splitter->setSizes({total * 8 / 10, total * 2 / 10});
        }
        view->detail()->showTreeTab();
        if (!input.isEmpty())
            view->detail()->treePanel()->inputEdit()->setText(input);
        if (!shot.isEmpty())
            QTimer::singleShot(2000, main, [main, shot] {
                main->grab().save(shot);
                QCoreApplication::quit();
            });
    };
    if (tab->state() == DocumentTab::State::Loading)
        QObject::connect(tab, &DocumentTab::stateChanged, main, finish);
    else
        finish();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    setupApplication(app);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) == QLatin1String("--window"))
        return window(args.mid(1));
    return bench(args.value(0));
}
