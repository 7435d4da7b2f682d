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

/// Runs `program` with `args`; its standard output goes to `stdoutFile` when one is given.
inline Run run(const QString &program, const QStringList &args, const QString &stdoutFile = {},
               int timeoutMs = 60000)
{
    QProcess p;
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
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

inline Run cli(const QStringList &args)
{
    return run(QStringLiteral(PICKLESCOPE_CLI), args);
}

/// A file of the fixture corpus.
inline QString fixture(const QString &name)
{
    return QDir(QStringLiteral(PS_FIXTURES)).filePath(name);
}

} // namespace clitest
