// SPDX-License-Identifier: MIT
// picklescope: the desktop inspector. Everything lives in picklescope_gui.
#include "application.h"
#include "comparewindow.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
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
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        window.restoreSession();
    for (const QString &file : files)
        window.openFile(file);
    if (!files.isEmpty() && (parser.isSet(select) || parser.isSet(chart)))
        window.selectWhenLoaded(files.front(), parser.value(select), parser.isSet(chart));
    return app.exec();
}
