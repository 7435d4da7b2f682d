// SPDX-License-Identifier: MIT
// Runs the built picklescope-cli (PICKLESCOPE_CLI) as a user would, for the CLI test suites.
#pragma once

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace clitest {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PICKLESCOPE_CLI), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// A file of the fixture corpus.
inline QString fixture(const QString &name)
{
    return QDir(QStringLiteral(PS_FIXTURES)).filePath(name);
}

} // namespace clitest
