// SPDX-License-Identifier: MIT
// Random bytes, every truncation of real models and random mutations of them: the reader
// refuses cleanly (an error with a file offset) and never crashes, hangs or over-allocates.
// Run under ASan/UBSan by the sanitizer build in CI.
#include "document/document.h"
#include "reader/reader.h"

#include <QtTest>

#include <fstream>
#include <iterator>
#include <random>

using namespace ps;

namespace {

std::vector<uint8_t> readFile(const QString &name)
{
    const std::string path = std::string(PS_FIXTURES) + "/" + name.toStdString();
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

OpenOptions boundedOptions()
{
    // Tighter than the defaults so a runaway input fails fast instead of using the machine.
    OpenOptions o;
    o.limits.maxOpcodes = 2'000'000;
    o.limits.maxStack = 1'000'000;
    return o;
}

void checkRefusal(const Document &doc, size_t inputSize, const char *what)
{
    QVERIFY2(doc.error().has_value(), what);
    const Error &e = *doc.error();
    QVERIFY2(!e.message.empty(), what);
    if (e.stream.empty()) // offsets in the file itself must lie inside it
        QVERIFY2(e.offset <= inputSize, e.toString().c_str());
}

} // namespace

class tst_Robustness : public QObject
{
    Q_OBJECT

private slots:
    void randomBytes();
    void everyTruncation_data();
    void everyTruncation();
    void randomMutations_data();
    void randomMutations();
};

/// serde-pickle's test: 1,000 random 1,000-byte streams not ending in '.' are refused.
void tst_Robustness::randomBytes()
{
    std::mt19937_64 rng(20261128);
    int refused = 0;
    for (int i = 0; i < 1000; ++i) {
        std::vector<uint8_t> data(1000);
        for (auto &b : data)
            b = static_cast<uint8_t>(rng());
        if (data.back() == '.')
            data.back() = 'x';
        auto doc = openDocumentBytes(data, "random.bin", boundedOptions());
        if (doc->error()) {
            ++refused;
            checkRefusal(*doc, data.size(), "random input");
        } else {
            // Accepted only if a complete pickle was found before the garbage (ignored tail).
            QVERIFY(!doc->streams().empty());
            QVERIFY(doc->streams().front().end <= data.size());
        }
    }
    QVERIFY2(refused >= 990, qPrintable(QString::number(refused)));
}

void tst_Robustness::everyTruncation_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"lr_iris_p0.pkl", "lr_iris_p2.pkl", "lr_iris_p4.pkl", "lr_iris_p5.pkl",
                          "lr_iris.joblib", "lr_iris_zlib3.joblib", "lr_iris_xz.joblib",
                          "torch_state_dict.pt", "torch_state_dict_legacy.pt", "pydata_p4.pkl"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

/// Every proper prefix of a real single-pickle file is refused with a located error.
void tst_Robustness::everyTruncation()
{
    QFETCH(QString, file);
    const std::vector<uint8_t> full = readFile(file);
    QVERIFY(full.size() > 100);
    {
        auto whole = openDocumentBytes(full, file.toStdString());
        QVERIFY2(whole->ok(), whole->error() ? whole->error()->toString().c_str() : "");
    }
    // Every prefix for small files; an even spread of 1,500 prefixes for larger ones.
    const size_t step = std::max<size_t>(1, full.size() / 1500);
    for (size_t n = 0; n < full.size(); n += step) {
        std::vector<uint8_t> prefix(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(n));
        auto doc = openDocumentBytes(std::move(prefix), file.toStdString(), boundedOptions());
        checkRefusal(*doc, n, qPrintable(QStringLiteral("%1 truncated to %2").arg(file).arg(n)));
    }
}

void tst_Robustness::randomMutations_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"lr_iris_p2.pkl", "lr_iris_p4.pkl", "lr_iris.joblib", "np_dtypes_p5.pkl",
                          "torch_tensors.pt", "random_forest.joblib", "pydata_p0.pkl"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

/// Random byte flips of real files: accepted or refused, never a crash (ASan/UBSan build).
void tst_Robustness::randomMutations()
{
    QFETCH(QString, file);
    const std::vector<uint8_t> original = readFile(file);
    QVERIFY(!original.empty());
    std::mt19937_64 rng(qHash(file));
    for (int i = 0; i < 400; ++i) {
        std::vector<uint8_t> data = original;
        const int flips = 1 + static_cast<int>(rng() % 4);
        for (int f = 0; f < flips; ++f)
            data[rng() % data.size()] = static_cast<uint8_t>(rng());
        auto doc = openDocumentBytes(std::move(data), file.toStdString(), boundedOptions());
        if (doc->error())
            QVERIFY(!doc->error()->message.empty());
    }
}

QTEST_GUILESS_MAIN(tst_Robustness)
#include "tst_robustness.moc"
