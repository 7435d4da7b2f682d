// SPDX-License-Identifier: MIT
// Runs a tests/roundtrip checker (compare.py, check_edit.py) with the real Python on a list of
// jobs, for the convert and edit suites.
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace pythonjobs {

/// Writes `jobs` to `jobsPath`, runs /usr/bin/python3 `script` on it and returns one line per
/// failed job ("output: problem"), or what went wrong with the script itself; `passed` counts
/// the jobs that passed.
inline QStringList run(const QString &script, const QJsonArray &jobs, const QString &jobsPath,
                       int *passed, int timeoutMs = 600000)
{
    *passed = 0;
    QFile file(jobsPath);
    if (!file.open(QIODevice::WriteOnly))
        return {QStringLiteral("cannot write ") + jobsPath};
    file.write(QJsonDocument(jobs).toJson());
    file.close();
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"), {script, jobsPath});
    if (!py.waitForFinished(timeoutMs) || py.exitStatus() != QProcess::NormalExit
        || py.exitCode() != 0)
        return {script + QStringLiteral(" failed: ")
                + QString::fromUtf8(py.readAllStandardError())};
    QStringList failures;
    for (const QByteArray &line : py.readAllStandardOutput().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject r = QJsonDocument::fromJson(line).object();
        if (r.value(QStringLiteral("ok")).toBool())
            ++*passed;
        else
            failures << r.value(QStringLiteral("output")).toString() + QStringLiteral(": ")
                            + r.value(QStringLiteral("problem")).toString();
    }
    return failures;
}

} // namespace pythonjobs
