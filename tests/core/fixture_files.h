// SPDX-License-Identifier: MIT
// Every fixture file of the repository (real models, joblib and torch files, hostile files, and
// files that are no pickle at all), for data-driven engine tests.
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QStringList>
#include <QtTest>

inline QStringList allFixtureFiles()
{
    QStringList files;
    QDirIterator it(QStringLiteral(PS_FIXTURES "/.."), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

/// A "path" column with one row per fixture file, named by its path under tests/fixtures.
inline void addFixtureFileRows()
{
    QTest::addColumn<QString>("path");
    const QStringList files = allFixtureFiles();
    QVERIFY(files.size() > 700);
    for (const QString &f : files)
        QTest::newRow(qPrintable(QDir(QStringLiteral(PS_FIXTURES "/..")).relativeFilePath(f))) << f;
}
