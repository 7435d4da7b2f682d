// SPDX-License-Identifier: MIT
// `picklescope-cli export`: arrays to .npy that the real numpy.load reads back equal to the
// original, arrays and DataFrames to CSV with headers when names are known, any value to JSON.
#include <QtTest>

class tst_Export : public QObject
{
    Q_OBJECT

private slots:
    void npyLoadsInNumpy();
    void csvHasHeadersAndValues();
    void jsonOfAnyValue();
    void refusals();

private:
    QTemporaryDir m_dir;

    static QString fixture(const QString &name) { return QStringLiteral(PS_FIXTURES "/") + name; }
    int exportTo(const QString &file, const QString &path, const QString &out,
                 QString *err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(PICKLESCOPE_CLI),
                {QStringLiteral("export"), fixture(file), path, QStringLiteral("-o"), out});
        if (!p.waitForFinished(60000))
            return -1;
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }
    static QString read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
};

void tst_Export::npyLoadsInNumpy()
{
    const QList<QPair<QString, QString>> arrays = {
        {QStringLiteral("lr_iris_p4.pkl"), QStringLiteral(".coef_")},
        {QStringLiteral("lr_iris.joblib"), QStringLiteral(".intercept_")},
        {QStringLiteral("np_dtypes_p4.pkl"), QStringLiteral("['unicode']")},
        {QStringLiteral("np_dtypes_p4.pkl"), QStringLiteral("['int8']")},
        {QStringLiteral("np_dtypes_p5.pkl"), QStringLiteral("['float16']")},
        {QStringLiteral("np_layouts_p4.pkl"), QStringLiteral("['big_f8']")},
        {QStringLiteral("np_layouts_p4.pkl"), QStringLiteral("['fortran_2d']")},
        {QStringLiteral("np_layouts_p4.pkl"), QStringLiteral("['three_d']")},
        {QStringLiteral("np_layouts_p2.pkl"), QStringLiteral("['noncontig']")},
    };
    QString script = QStringLiteral("import numpy as np, pickle, joblib, sys\nok = True\n");
    int i = 0;
    for (const auto &[file, path] : arrays) {
        const QString out = m_dir.filePath(QStringLiteral("a%1.npy").arg(i++));
        QString err;
        QVERIFY2(exportTo(file, path, out, &err) == 0, qPrintable(err));
        const QString load
            = file.endsWith(QLatin1String(".joblib"))
                  ? QStringLiteral("joblib.load('%1')").arg(fixture(file))
                  : QStringLiteral("pickle.load(open('%1', 'rb'))").arg(fixture(file));
        script += QStringLiteral("a = %1%2\nb = np.load('%3')\n"
                                 "if a.shape != b.shape or not np.array_equal(a, b, "
                                 "equal_nan=a.dtype.kind in 'fc'):\n"
                                 "    print('differs:', %5); ok = False\n")
                      .arg(load, path, out, file, QStringLiteral("%1").arg(i));
    }
    script += QStringLiteral("sys.exit(0 if ok else 1)\n");
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script});
    QVERIFY(py.waitForFinished(120000));
    QVERIFY2(py.exitCode() == 0,
             (py.readAllStandardOutput() + py.readAllStandardError()).constData());
}

void tst_Export::csvHasHeadersAndValues()
{
    const QString df = m_dir.filePath(QStringLiteral("df.csv"));
    QCOMPARE(exportTo(QStringLiteral("pd_dataframe_p4.pkl"), QString(), df), 0);
    const QStringList lines = read(df).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("i,f,s,b,t,c"));
    QVERIFY2(lines.value(1).startsWith(QLatin1String("1,0.5,a,True,")), qPrintable(lines.value(1)));
    QVERIFY2(lines.value(2).startsWith(QString::fromUtf8("-2,nan,bé,False,")),
             qPrintable(lines.value(2)));

    const QString coef = m_dir.filePath(QStringLiteral("coef.csv"));
    QCOMPARE(exportTo(QStringLiteral("lr_iris_p4.pkl"), QStringLiteral(".coef_"), coef), 0);
    const QStringList rows = read(coef).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].split(QLatin1Char(',')).size(), 4);
    QVERIFY(rows[0].startsWith(QLatin1String("-0.42305431935746224,")));

    const QString rec = m_dir.filePath(QStringLiteral("rec.csv"));
    QCOMPARE(exportTo(QStringLiteral("np_structured_p4.pkl"), QStringLiteral("['packed']"), rec),
             0);
    QVERIFY(!read(rec).isEmpty());
}

void tst_Export::jsonOfAnyValue()
{
    const QString out = m_dir.filePath(QStringLiteral("vocab.json"));
    QCOMPARE(exportTo(QStringLiteral("spam_pipeline_p4.pkl"),
                      QStringLiteral(".steps[0][1].vocabulary_"), out),
             0);
    const QJsonObject vocab = QJsonDocument::fromJson(read(out).toUtf8()).object();
    QVERIFY(vocab.size() > 50);
    QVERIFY(vocab.contains(QStringLiteral("money")));
}

void tst_Export::refusals()
{
    QString err;
    QCOMPARE(exportTo(QStringLiteral("lr_iris_p4.pkl"), QStringLiteral(".penalty"),
                      m_dir.filePath(QStringLiteral("x.npy")), &err),
             2);
    QVERIFY2(err.contains(QLatin1String("needs an array")), qPrintable(err));
    QCOMPARE(exportTo(QStringLiteral("lr_iris_p4.pkl"), QStringLiteral(".coef_"),
                      m_dir.filePath(QStringLiteral("x.txt")), &err),
             2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.npy"))));
}

QTEST_GUILESS_MAIN(tst_Export)
#include "tst_export.moc"
