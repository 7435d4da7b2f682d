// SPDX-License-Identifier: MIT
// picklescope: the desktop inspector. Everything lives in picklescope_gui.
#include "application.h"
#include "comparewindow.h"
#include "loadbenchmark.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // A benchmark neither reads nor changes the user's settings (window layout, recent files).
    const QString benchmarkFlag = QStringLiteral("--benchmark-load");
    if (app.arguments().contains(benchmarkFlag)
        || !app.arguments().filter(benchmarkFlag + QLatin1Char('=')).isEmpty())
        QStandardPaths::setTestModeEnabled(true);
    ps::gui::setupApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Inspect Python pickle, joblib and PyTorch files without running them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption select(
        QStringLiteral("select"),
        QApplication::translate("main", "Select the object at PATH in the first file, e.g. "
                                        "\".steps[1][1].coef_\"."),
        QStringLiteral("PATH"));
    const QCommandLineOption chart(QStringLiteral("chart"),
                                   QApplication::translate("main", "Show the selection's chart."));
    parser.addOption(select);
    parser.addOption(chart);
    const QCommandLineOption compare = ps::gui::compareOption();
    parser.addOption(compare);
    const QCommandLineOption benchmarkLoad(
        QStringLiteral("benchmark-load"),
        QApplication::translate("main", "Open FILE as File ▸ Open does, wait until its tree is "
                                        "usable, print one line of timings and exit "
                                        "(tests/bench/run.py)."),
        QStringLiteral("FILE"));
    const QCommandLineOption benchmarkSearch(
        QStringLiteral("benchmark-search"),
        QApplication::translate("main", "With --benchmark-load: then search the tree for TEXT "
                                        "and print its time and memory growth."),
        QStringLiteral("TEXT"));
    parser.addOption(benchmarkLoad);
    parser.addOption(benchmarkSearch);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Files to open."),
                                 QStringLiteral("[files...]"));
    parser.process(app);
    if (parser.isSet(compare)) { // picklescope --compare A B: the compare window alone
        QString error;
        if (!ps::gui::openCompareFromCommandLine(parser, compare, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        return app.exec();
    }

    ps::gui::MainWindow window;
    window.show();
    if (parser.isSet(benchmarkLoad))
        return ps::gui::runLoadBenchmark(window, parser.value(benchmarkLoad),
                                         parser.value(benchmarkSearch), stdout);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        window.restoreSession();
    for (const QString &file : files)
        window.openFile(file);
    if (!files.isEmpty() && (parser.isSet(select) || parser.isSet(chart)))
        window.selectWhenLoaded(files.front(), parser.value(select), parser.isSet(chart));
    return app.exec();
}
