// SPDX-License-Identifier: MIT
// Tests for the "source" stage: memory map, decompression, ZIP, .npy, PyTorch containers.
// Binary samples live in tests/core/data/source/ (recreate them with make_samples.py there).

#include "source/decompress.h"
#include "source/mapped_file.h"
#include "source/npy.h"
#include "source/torch_legacy.h"
#include "source/torch_zip.h"
#include "source/zip_reader.h"

#include <QtTest>

#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace ps;

namespace {

using Bytes = std::vector<uint8_t>;

QString sampleDir()
{
    return QStringLiteral(PS_TEST_DATA "/source/");
}

Bytes readSample(const char *name)
{
    QFile f(sampleDir() + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", name);
    const QByteArray data = f.readAll();
    return Bytes(data.begin(), data.end());
}

Bytes bytesOf(std::string_view s)
{
    return Bytes(s.begin(), s.end());
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

bool anyContains(const std::vector<std::string> &list, std::string_view needle)
{
    for (const std::string &s : list) {
        if (s.find(needle) != std::string::npos)
            return true;
    }
    return false;
}

std::string joined(const std::vector<std::string> &list)
{
    std::string out;
    for (const std::string &s : list)
        out += s + "; ";
    return out;
}

bool isPrefixOf(std::span<const uint8_t> prefix, std::span<const uint8_t> whole)
{
    return prefix.size() <= whole.size() && std::equal(prefix.begin(), prefix.end(), whole.begin());
}

/// Deterministic test data: text, a run of zeros and pseudo-random bytes.
Bytes mixedPayload(size_t size)
{
    Bytes out;
    out.reserve(size);
    std::mt19937 rng(12345);
    while (out.size() < size) {
        const std::string text = "picklescope round trip " + std::to_string(out.size()) + "\n";
        out.insert(out.end(), text.begin(), text.end());
        out.insert(out.end(), 300, 0);
        for (int i = 0; i < 200; ++i)
            out.push_back(static_cast<uint8_t>(rng()));
    }
    out.resize(size);
    return out;
}

const Compression kAllCompressed[]
    = {Compression::Zlib, Compression::Gzip, Compression::Bz2,  Compression::Xz,
       Compression::Lzma, Compression::Lz4,  Compression::ZFile};

struct CompressedSample
{
    const char *file;
    Compression kind;
};

const CompressedSample kPythonSamples[] = {
    {"payload.zlib", Compression::Zlib},
    {"payload.gz", Compression::Gzip},
    {"payload_2members.gz", Compression::Gzip},
    {"payload.bz2", Compression::Bz2},
    {"payload.xz", Compression::Xz},
    {"payload.lzma", Compression::Lzma},
    {"payload.lz4", Compression::Lz4},
    {"payload.zf", Compression::ZFile},
    {"payload_py2.zf", Compression::ZFile},
};

} // namespace

class tst_Source : public QObject
{
    Q_OBJECT

private slots:
    // decompress
    void detectCompression_data();
    void detectCompression();
    void compressionNames();
    void roundTrip_data();
    void roundTrip();
    void joblibStyleHeaders();
    void pythonSamples_data();
    void pythonSamples();
    void joblibSamples_data();
    void joblibSamples();
    void trailingBytes();
    void truncatedStreams_data();
    void truncatedStreams();
    void corruptStreamsNeverCrash();
    void corruptZlibHeader();
    void emptyInput();
    void outputLimit();
    void ratioLimit();
    void declaredSizeReservedOnce();
    void lyingDeclaredSize();
    void honestOutputBound();
    void zfileHeader();
    void invalidLevels();
    // mapped file
    void mappedFile();
    void mappedFileErrors();
    // zip
    void torchZip();
    void zipStoredAndDeflated_data();
    void zipStoredAndDeflated();
    void zipCrcMismatch();
    void zipNameMismatch();
    void zipFlags();
    void zipDuplicate();
    void zipTruncatedEocd();
    void zipSizePastEof();
    void zipBadLocalOffset();
    void zip64();
    void zipPrefixed();
    void zipDeflateUndersized();
    void zipEmptyAndComment();
    void zipMutationsNeverCrash();
    void torchLayoutSeveralDataPkl();
    void torchLayoutMissing();
    // npy
    void npySamples();
    void npyStructured();
    void npyMalformed_data();
    void npyMalformed();
    void npyTruncationsNeverCrash();
    // torch legacy
    void torchLegacyMagic();
    void torchLegacySplit();
    void torchLegacySplitErrors();
    void torchStorageTypes();
};

// ---------------------------------------------------------------------------------------------
// decompress

void tst_Source::detectCompression_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("expected");
    QTest::newRow("zfile") << QByteArray("ZF0x10") << int(Compression::ZFile);
    QTest::newRow("zlib") << QByteArray::fromHex("789c") << int(Compression::Zlib);
    QTest::newRow("zlib-1byte") << QByteArray::fromHex("78") << int(Compression::Zlib);
    QTest::newRow("gzip") << QByteArray::fromHex("1f8b0800") << int(Compression::Gzip);
    QTest::newRow("gzip-short") << QByteArray::fromHex("1f") << int(Compression::None);
    QTest::newRow("bz2") << QByteArray("BZh9") << int(Compression::Bz2);
    QTest::newRow("bz-joblib-prefix") << QByteArray("BZ") << int(Compression::Bz2);
    QTest::newRow("xz") << QByteArray::fromHex("fd377a585a00") << int(Compression::Xz);
    QTest::newRow("xz-5bytes") << QByteArray::fromHex("fd377a585a") << int(Compression::Xz);
    QTest::newRow("xz-4bytes") << QByteArray::fromHex("fd377a58") << int(Compression::None);
    QTest::newRow("lzma") << QByteArray::fromHex("5d00004000") << int(Compression::Lzma);
    QTest::newRow("empty-list-pickle") << QByteArray::fromHex("5d71") << int(Compression::None);
    QTest::newRow("lz4") << QByteArray::fromHex("04224d18") << int(Compression::Lz4);
    QTest::newRow("pickle-p2") << QByteArray::fromHex("8002") << int(Compression::None);
    QTest::newRow("pickle-p0") << QByteArray("(dp0\n") << int(Compression::None);
    QTest::newRow("zip") << QByteArray("PK\x03\x04") << int(Compression::None);
    QTest::newRow("empty") << QByteArray() << int(Compression::None);
}

void tst_Source::detectCompression()
{
    QFETCH(QByteArray, head);
    QFETCH(int, expected);
    const auto *p = reinterpret_cast<const uint8_t *>(head.constData());
    QCOMPARE(int(ps::detectCompression({p, size_t(head.size())})), expected);
}

void tst_Source::compressionNames()
{
    QCOMPARE(std::string(compressionName(Compression::None)), std::string("none"));
    const char *names[] = {"zlib", "gzip", "bz2", "xz", "lzma", "lz4", "zfile"};
    for (size_t i = 0; i < std::size(kAllCompressed); ++i)
        QCOMPARE(std::string(compressionName(kAllCompressed[i])), std::string(names[i]));
}

void tst_Source::roundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("level");
    for (Compression c : kAllCompressed) {
        const std::string name(compressionName(c));
        for (int size : {0, 1, 1000, 1 << 20}) {
            QTest::addRow("%s-%d", name.c_str(), size) << int(c) << size << 3;
        }
        QTest::addRow("%s-default-level", name.c_str()) << int(c) << 5000 << -1;
    }
    QTest::addRow("none") << int(Compression::None) << 1000 << 0;
}

void tst_Source::roundTrip()
{
    QFETCH(int, kind);
    QFETCH(int, size);
    QFETCH(int, level);
    const auto c = static_cast<Compression>(kind);
    const Bytes input = mixedPayload(size_t(size));
    auto packed = compress(input, c, level);
    QVERIFY2(packed.ok(), packed.ok() ? "" : packed.error().toString().c_str());
    QCOMPARE(int(ps::detectCompression(*packed)), kind);
    DecompressReport report;
    auto unpacked = decompress(*packed, c, {}, &report);
    QVERIFY2(unpacked.ok(), unpacked.ok() ? "" : unpacked.error().toString().c_str());
    QVERIFY(*unpacked == input);
    QCOMPARE(report.trailingBytes, uint64_t(0));
    QCOMPARE(report.consumedBytes, uint64_t(packed->size()));
    QVERIFY(report.warnings.empty());
}

void tst_Source::joblibStyleHeaders()
{
    const Bytes input = bytesOf("joblib");
    // gzip through zlib window bits 31: no name, mtime 0, OS byte 3 (FORMAT.md §3.1).
    auto gz = compress(input, Compression::Gzip, 3);
    QVERIFY(gz.ok());
    const Bytes gzHead(gz->begin(), gz->begin() + 10);
    QVERIFY(gzHead == (Bytes{0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03}));
    // zlib level 3 starts 78 5E.
    auto z = compress(input, Compression::Zlib, 3);
    QVERIFY(z.ok());
    QCOMPARE(int((*z)[0]), 0x78);
    QCOMPARE(int((*z)[1]), 0x5e);
    // LZMA alone, preset 3: props 5D, dictionary 4 MiB, unknown size.
    auto alone = compress(input, Compression::Lzma, 3);
    QVERIFY(alone.ok());
    const Bytes aloneHead(alone->begin(), alone->begin() + 13);
    QVERIFY(
        aloneHead
        == (Bytes{0x5d, 0x00, 0x00, 0x40, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}));
    // xz with a CRC64 check: stream flags 00 04.
    auto xz = compress(input, Compression::Xz, 3);
    QVERIFY(xz.ok());
    QCOMPARE(int((*xz)[6]), 0x00);
    QCOMPARE(int((*xz)[7]), 0x04);
    // ZFile: "ZF" + "0x6" padded to 19 characters.
    auto zf = compress(input, Compression::ZFile, 3);
    QVERIFY(zf.ok());
    QCOMPARE(std::string(zf->begin(), zf->begin() + 21), std::string("ZF0x6                "));
}

void tst_Source::pythonSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("streams");
    for (const auto &s : kPythonSamples) {
        QTest::newRow(s.file) << QString::fromLatin1(s.file) << int(s.kind)
                              << (std::strcmp(s.file, "payload_2members.gz") == 0 ? 2 : 1);
    }
}

void tst_Source::pythonSamples()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(int, streams);
    const Bytes expected = readSample("payload.bin");
    const Bytes packed = readSample(file.toLatin1().constData());
    QCOMPARE(int(ps::detectCompression(packed)), kind);
    DecompressReport report;
    auto out = decompress(packed, static_cast<Compression>(kind), {}, &report);
    QVERIFY2(out.ok(), out.ok() ? "" : out.error().toString().c_str());
    QVERIFY(*out == expected);
    QCOMPARE(int(report.streams), streams);
    QCOMPARE(report.trailingBytes, uint64_t(0));
    QVERIFY(report.warnings.empty());
}

void tst_Source::joblibSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::newRow("zlib") << QStringLiteral("jl_zlib.joblib") << int(Compression::Zlib);
    QTest::newRow("gzip") << QStringLiteral("jl_gzip.joblib") << int(Compression::Gzip);
    QTest::newRow("bz2") << QStringLiteral("jl_bz2.joblib") << int(Compression::Bz2);
    QTest::newRow("xz") << QStringLiteral("jl_xz.joblib") << int(Compression::Xz);
    QTest::newRow("lzma") << QStringLiteral("jl_lzma.joblib") << int(Compression::Lzma);
    QTest::newRow("lz4") << QStringLiteral("jl_lz4.joblib") << int(Compression::Lz4);
}

void tst_Source::joblibSamples()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    const Bytes plain = readSample("jl_plain.joblib");
    const Bytes packed = readSample(file.toLatin1().constData());
    QCOMPARE(int(ps::detectCompression(plain)), int(Compression::None));
    QCOMPARE(int(ps::detectCompression(packed)), kind);
    auto out = decompress(packed, static_cast<Compression>(kind));
    QVERIFY2(out.ok(), out.ok() ? "" : out.error().toString().c_str());
    QVERIFY(*out == plain); // FORMAT.md §3.1: byte-identical to the uncompressed dump
}

void tst_Source::trailingBytes()
{
    DecompressReport report;
    auto out = decompress(readSample("payload_trailing.zlib"), Compression::Zlib, {}, &report);
    QVERIFY(out.ok());
    QVERIFY(*out == readSample("payload.bin"));
    QCOMPARE(report.trailingBytes, uint64_t(4));
    QVERIFY(anyContains(report.warnings, "4 bytes after the end of the zlib data"));

    // xz stream padding (zeros) is padding, not junk.
    Bytes xz = readSample("payload.xz");
    xz.insert(xz.end(), 8, 0);
    out = decompress(xz, Compression::Xz, {}, &report);
    QVERIFY(out.ok());
    QCOMPARE(report.trailingBytes, uint64_t(8));
    QVERIFY(anyContains(report.warnings, "zero bytes of padding"));

    // Concatenated bz2 / xz / lz4 / lzma streams decode like Python's file readers.
    for (Compression c : {Compression::Bz2, Compression::Xz, Compression::Lz4, Compression::Lzma}) {
        auto a = compress(bytesOf("first "), c, 1);
        auto b = compress(bytesOf("second"), c, 1);
        QVERIFY(a.ok() && b.ok());
        Bytes both = *a;
        both.insert(both.end(), b->begin(), b->end());
        out = decompress(both, c, {}, &report);
        QVERIFY2(out.ok(), out.ok() ? "" : out.error().toString().c_str());
        QVERIFY(*out == bytesOf("first second"));
        QCOMPARE(int(report.streams), 2);
    }
}

void tst_Source::truncatedStreams_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    for (const auto &s : kPythonSamples)
        QTest::newRow(s.file) << QString::fromLatin1(s.file) << int(s.kind);
}

void tst_Source::truncatedStreams()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    const auto c = static_cast<Compression>(kind);
    const Bytes expected = readSample("payload.bin");
    const Bytes full = readSample(file.toLatin1().constData());
    for (size_t cut : {size_t(1), size_t(2), size_t(5), size_t(21), full.size() / 2,
                       full.size() - 4, full.size() - 1}) {
        const Bytes part(full.begin(), full.begin() + std::min(cut, full.size() - 1));
        DecompressReport report;
        auto out = decompress(part, c, {}, &report);
        QVERIFY2(!out.ok(), qPrintable(QStringLiteral("cut at %1 decoded").arg(cut)));
        QVERIFY(out.error().offset <= part.size());
        QVERIFY(!out.error().stream.empty());
        QVERIFY(isPrefixOf(report.partialOutput, expected));
    }
    // The last byte missing is a truncation, reported at the end of the input.
    const Bytes part(full.begin(), full.end() - 1);
    auto out = decompress(part, c);
    QVERIFY(!out.ok());
    QVERIFY2(out.error().message.find("truncated") != std::string::npos,
             out.error().toString().c_str());
    QCOMPARE(out.error().offset, uint64_t(part.size()));
}

void tst_Source::corruptStreamsNeverCrash()
{
    const Bytes expected = readSample("payload.bin");
    for (const auto &s : kPythonSamples) {
        const Bytes full = readSample(s.file);
        for (size_t i = 0; i < full.size(); ++i) {
            for (uint8_t mask : {uint8_t(0xff), uint8_t(0x01)}) {
                Bytes bad = full;
                bad[i] ^= mask;
                DecompressReport report;
                auto out = decompress(bad, s.kind, {}, &report);
                if (!out.ok()) {
                    QVERIFY(out.error().offset <= bad.size());
                    QVERIFY(!out.error().message.empty());
                }
            }
        }
    }
    // Specific: corrupt deflate data inside a zlib stream names zlib's reason and an offset.
    Bytes z = readSample("payload.zlib");
    z[2] = 0xff; // invalid block type
    auto out = decompress(z, Compression::Zlib);
    QVERIFY(!out.ok());
    QVERIFY2(out.error().message.find("corrupt zlib stream") == 0, out.error().toString().c_str());
    QVERIFY(out.error().offset >= 2 && out.error().offset <= 4);
}

void tst_Source::corruptZlibHeader()
{
    const Bytes bad = {0x78, 0x00, 0x01, 0x02};
    auto out = decompress(bad, Compression::Zlib);
    QVERIFY(!out.ok());
    QVERIFY2(out.error().message.find("incorrect header check") != std::string::npos,
             out.error().toString().c_str());
    QCOMPARE(out.error().stream, std::string("zlib stream"));
}

void tst_Source::emptyInput()
{
    for (Compression c : kAllCompressed) {
        auto out = decompress({}, c);
        QVERIFY(!out.ok());
        QVERIFY(out.error().message.find("empty input") == 0);
    }
    auto none = decompress({}, Compression::None);
    QVERIFY(none.ok());
    QVERIFY(none->empty());
    const Bytes data = bytesOf("abc");
    none = decompress(data, Compression::None);
    QVERIFY(none.ok() && *none == data);
}

void tst_Source::outputLimit()
{
    const Bytes expected = readSample("payload.bin");
    for (const auto &s : kPythonSamples) {
        const Bytes packed = readSample(s.file);
        DecompressLimits limits;
        limits.maxOutputBytes = 1000;
        DecompressReport report;
        auto out = decompress(packed, s.kind, limits, &report);
        QVERIFY2(!out.ok(), s.file);
        QVERIFY2(out.error().message.find("exceeds the limit of 1000 bytes") != std::string::npos,
                 out.error().toString().c_str());
        QVERIFY(report.partialOutput.size() <= 1001);
        QVERIFY(isPrefixOf(report.partialOutput, expected));
        // Exactly at the limit is fine.
        limits.maxOutputBytes = expected.size();
        out = decompress(packed, s.kind, limits);
        QVERIFY2(out.ok(), out.ok() ? "" : out.error().toString().c_str());
        QVERIFY(*out == expected);
    }
    DecompressLimits tiny;
    tiny.maxOutputBytes = 2;
    QVERIFY(!decompress(bytesOf("abc"), Compression::None, tiny).ok());
}

void tst_Source::ratioLimit()
{
    const Bytes zeros(4 << 20, 0);
    for (Compression c : {Compression::Bz2, Compression::Xz, Compression::Zlib}) {
        auto packed = compress(zeros, c, 9);
        QVERIFY(packed.ok());
        DecompressLimits limits;
        limits.maxRatio = 10;
        limits.ratioCheckAbove = 1024;
        auto out = decompress(*packed, c, limits);
        QVERIFY(!out.ok());
        QVERIFY2(out.error().message.find("ratio") != std::string::npos,
                 out.error().toString().c_str());
        // Below the check threshold the ratio is not enforced.
        limits.ratioCheckAbove = 8 << 20;
        out = decompress(*packed, c, limits);
        QVERIFY(out.ok());
        QCOMPARE(out->size(), zeros.size());
    }
}

/// Issue 13/14: a declared output size (gzip ISIZE, the xz index, an LZ4 frame's content size,
/// a Z-file's length) is reserved once: one reservation, no growth, no zero-fill. Without one
/// (zlib, bzip2, lzma "alone") the buffer doubles from a guess: a few reservations, never
/// more than twice the output.
void tst_Source::declaredSizeReservedOnce()
{
    const Bytes input = mixedPayload(8 << 20);
    for (Compression c : kAllCompressed) {
        auto packed = compress(input, c, 1);
        QVERIFY(packed.ok());
        const auto declared = declaredSize(*packed, c);
        const bool hinted = c == Compression::Gzip || c == Compression::Xz || c == Compression::Lz4
                            || c == Compression::ZFile;
        QCOMPARE(declared.has_value(), hinted);
        if (hinted)
            QCOMPARE(*declared, uint64_t(input.size()));
        DecompressReport report;
        auto out = decompress(*packed, c, {}, &report);
        QVERIFY(out.ok());
        QVERIFY(*out == input);
        const QByteArray name(compressionName(c).data(), int(compressionName(c).size()));
        if (hinted) {
            QVERIFY2(report.reservations == 1, name.constData());
            QVERIFY2(report.reservedBytes == input.size() + 4096, name.constData());
        } else {
            QVERIFY2(report.reservations >= 1 && report.reservations <= 8, name.constData());
            QVERIFY2(report.reservedBytes >= input.size()
                         && report.reservedBytes < 2 * input.size(),
                     name.constData());
        }
    }
}

/// A declaration is a hint, never a licence: 200 bytes of gzip claiming 4 GiB reserve no more
/// than deflate can produce from them (1032:1), and zlib's own ISIZE check refuses the file.
void tst_Source::lyingDeclaredSize()
{
    auto packed = compress(mixedPayload(1000), Compression::Gzip, 9);
    QVERIFY(packed.ok());
    Bytes lying = *packed;
    for (size_t i = lying.size() - 4; i < lying.size(); ++i)
        lying[i] = 0xFF;
    QCOMPARE(*declaredSize(lying, Compression::Gzip), uint64_t(0xFFFFFFFF));
    DecompressReport report;
    auto out = decompress(lying, Compression::Gzip, {}, &report);
    QVERIFY(!out.ok());
    QVERIFY2(report.reservedBytes <= lying.size() * 1032 + 64 * 1024 + 1,
             QByteArray::number(qulonglong(report.reservedBytes)).constData());
}

/// Memory follows what the data can honestly produce: a 30 KB xz stream of 72 MiB (2,600:1,
/// sparse bytes in zeros) was decoded in full under the old 10,000:1 cap; above 64 MiB no
/// format may now expand more than deflate could (1,100:1), so it stops at 64 MiB.
void tst_Source::honestOutputBound()
{
    Bytes sparse(72 << 20, 0);
    std::mt19937 rng(7);
    for (size_t i = 0; i < sparse.size(); i += 8192)
        sparse[i] = static_cast<uint8_t>(1 + rng() % 255);
    auto packed = compress(sparse, Compression::Xz, 0);
    QVERIFY(packed.ok());
    QVERIFY(sparse.size() / packed->size() > kDefaultMaxCompressionRatio);
    DecompressReport report;
    auto out = decompress(*packed, Compression::Xz, {}, &report);
    QVERIFY(!out.ok());
    QVERIFY2(out.error().message.find("ratio") != std::string::npos, out.error().message.c_str());
    QVERIFY(report.reservedBytes <= kDefaultRatioCheckThreshold + 1);
    QVERIFY(report.partialOutput.size() <= kDefaultRatioCheckThreshold + 1);
    QVERIFY(isPrefixOf(report.partialOutput, sparse));
}

void tst_Source::zfileHeader()
{
    // A length field that does not match the data: decoded, with a warning.
    auto z = compress(bytesOf("abc"), Compression::Zlib, 6);
    QVERIFY(z.ok());
    std::string header = "ZF0x5";
    header.resize(21, ' ');
    Bytes file = bytesOf(header);
    file.insert(file.end(), z->begin(), z->end());
    DecompressReport report;
    auto out = decompress(file, Compression::ZFile, {}, &report);
    QVERIFY(out.ok());
    QVERIFY(*out == bytesOf("abc"));
    QVERIFY(anyContains(report.warnings, "declares 5 bytes"));

    // Python 2 long suffix.
    header = "ZF0x3L";
    header.resize(21, ' ');
    file = bytesOf(header);
    file.insert(file.end(), z->begin(), z->end());
    out = decompress(file, Compression::ZFile, {}, &report);
    QVERIFY(out.ok());
    QVERIFY(report.warnings.empty());

    // Not hexadecimal.
    header = "ZF0xZZ";
    header.resize(21, ' ');
    file = bytesOf(header);
    file.insert(file.end(), z->begin(), z->end());
    out = decompress(file, Compression::ZFile);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().offset, uint64_t(2));

    // Header cut short.
    out = decompress(bytesOf("ZF0x3"), Compression::ZFile);
    QVERIFY(!out.ok());
    QVERIFY(out.error().message.find("truncated") != std::string::npos);
}

void tst_Source::invalidLevels()
{
    const Bytes data = bytesOf("x");
    QVERIFY(!compress(data, Compression::Zlib, 10).ok());
    QVERIFY(!compress(data, Compression::Bz2, 0).ok());
    QVERIFY(!compress(data, Compression::Xz, 10).ok());
    QVERIFY(!compress(data, Compression::Lzma, -2).ok());
    QVERIFY(!compress(data, Compression::Lz4, 13).ok());
    QVERIFY(compress(data, Compression::Lz4, 12).ok());
}

// ---------------------------------------------------------------------------------------------
// mapped file

void tst_Source::mappedFile()
{
    const std::string path = (sampleDir() + QStringLiteral("payload.bin")).toStdString();
    auto file = MappedFile::open(path);
    QVERIFY2(file.ok(), file.ok() ? "" : file.error().toString().c_str());
    const Bytes expected = readSample("payload.bin");
    const auto bytes = (*file)->bytes();
    QCOMPARE(bytes.size(), expected.size());
    QVERIFY(std::equal(bytes.begin(), bytes.end(), expected.begin()));
    QCOMPARE((*file)->path(), path);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString emptyPath = dir.filePath(QStringLiteral("empty.pkl"));
    QFile empty(emptyPath);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    auto e = MappedFile::open(emptyPath.toStdString());
    QVERIFY(e.ok());
    QCOMPARE((*e)->size(), uint64_t(0));
    QVERIFY((*e)->bytes().empty());
}

void tst_Source::mappedFileErrors()
{
    QTemporaryDir dir;
    auto d = MappedFile::open(dir.path().toStdString());
    QVERIFY(!d.ok());
    QVERIFY2(d.error().message.find(std::strerror(EISDIR)) != std::string::npos,
             d.error().toString().c_str());
    QCOMPARE(d.error().file, dir.path().toStdString());

    auto missing = MappedFile::open(dir.filePath(QStringLiteral("nope")).toStdString());
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.find(std::strerror(ENOENT)) != std::string::npos);

    auto dev = MappedFile::open("/dev/null");
    QVERIFY(!dev.ok());
    QVERIFY(dev.error().message.find("not a regular file") != std::string::npos);
}

// ---------------------------------------------------------------------------------------------
// zip

void tst_Source::torchZip()
{
    const Bytes file = readSample("torch_zip.pt");
    QVERIFY(looksLikeZip(file));
    auto archive = readZip(file);
    QVERIFY2(archive.ok(), archive.ok() ? "" : archive.error().toString().c_str());
    QVERIFY2(archive->warnings.empty(), joined(archive->warnings).c_str());
    QVERIFY(archive->entries.size() >= 3);
    for (const ZipEntry &e : archive->entries) {
        QCOMPARE(int(e.method), 0);
        QVERIFY(e.flags & 0x0008);                // torch (miniz) writes data descriptors
        QCOMPARE(e.dataOffset % 64, uint64_t(0)); // and aligns data to 64 bytes
        QCOMPARE(e.localName, e.name);
        QCOMPARE(e.anomalies, 0u);
    }

    auto layout = findTorchLayout(*archive);
    QVERIFY(layout.ok());
    QCOMPARE(qs(layout->prefix), QStringLiteral("torch_zip/"));
    QCOMPARE(qs(layout->dataPklEntry), QStringLiteral("torch_zip/data.pkl"));
    QVERIFY(layout->warnings.empty());
    QCOMPARE(layout->storages.size(), size_t(1));
    QVERIFY(layout->storages.count("0"));
    QVERIFY(layout->version);

    ByteBuffer storage;
    auto pkl = entryData(file, *layout->dataPkl, storage);
    QVERIFY(pkl.ok());
    QVERIFY(storage.empty()); // stored: a view into the file, no copy
    QCOMPARE(pkl->data(), file.data() + layout->dataPkl->dataOffset);
    QCOMPARE(int((*pkl)[0]), 0x80);
    QCOMPARE(int(pkl->back()), int('.'));

    auto weights = entryData(file, *layout->storages.at("0"), storage);
    QVERIFY(weights.ok());
    QCOMPARE(weights->size(), size_t(24)); // arange(6.) as float32
    float values[6];
    std::memcpy(values, weights->data(), sizeof values);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(values[i], float(i));

    auto version = readSmallTextEntry(file, *layout->version);
    QVERIFY(version.ok());
    QCOMPARE(qs(*version), QStringLiteral("3"));
}

void tst_Source::zipStoredAndDeflated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("method");
    QTest::newRow("zipfile-stored") << QStringLiteral("zip_stored.zip") << 0;
    QTest::newRow("zipfile-deflated") << QStringLiteral("zip_deflate.zip") << 8;
    QTest::newRow("handmade") << QStringLiteral("zip_handmade.zip") << 0;
    QTest::newRow("handmade-deflate") << QStringLiteral("zip_deflate_handmade.zip") << 8;
}

void tst_Source::zipStoredAndDeflated()
{
    QFETCH(QString, file);
    QFETCH(int, method);
    const Bytes data = readSample(file.toLatin1().constData());
    auto archive = readZip(data);
    QVERIFY2(archive.ok(), archive.ok() ? "" : archive.error().toString().c_str());
    QVERIFY2(archive->warnings.empty(), joined(archive->warnings).c_str());
    QCOMPARE(qs(archive->entries.at(0).name), QStringLiteral("archive/data.pkl"));
    QCOMPARE(int(archive->entries.at(0).method), method);

    ByteBuffer storage;
    auto pkl = entryData(data, archive->entries.at(0), storage);
    QVERIFY2(pkl.ok(), pkl.ok() ? "" : pkl.error().toString().c_str());
    const Bytes expectedPkl
        = {0x80, 0x02, '}', 'q', 0, 'X', 1, 0, 0, 0, 'a', 'q', 1, 'K', 1, 's', '.'};
    QVERIFY(Bytes(pkl->begin(), pkl->end()) == expectedPkl);
    QCOMPARE(storage.empty(), method == 0);

    auto blob = entryData(data, *archive->find("archive/data/0"), storage);
    QVERIFY(blob.ok());
    QCOMPARE(blob->size(), size_t(24));
    for (size_t i = 0; i < 24; ++i)
        QCOMPARE(int((*blob)[i]), int(i));

    if (const ZipEntry *big = archive->find("archive/big.bin")) {
        auto zeros = entryData(data, *big, storage);
        QVERIFY(zeros.ok());
        QCOMPARE(zeros->size(), size_t(4096));
        QVERIFY(std::all_of(zeros->begin(), zeros->end(), [](uint8_t b) { return b == 0; }));
    }

    auto layout = findTorchLayout(*archive);
    QVERIFY(layout.ok());
    QCOMPARE(qs(layout->prefix), QStringLiteral("archive/"));
    QVERIFY(layout->storages.count("0"));
    QVERIFY(!layout->byteOrder);
}

void tst_Source::zipCrcMismatch()
{
    const Bytes data = readSample("zip_crc_mismatch.zip");
    auto archive = readZip(data);
    QVERIFY(archive.ok());
    const ZipEntry &e = archive->entries.at(0);
    QVERIFY(e.anomalies & ZipCrcMismatch);
    QCOMPARE(e.crc32, 0x12345678u);
    QVERIFY(anyContains(archive->warnings, "'archive/data.pkl': CRC-32 mismatch"));
    ByteBuffer storage;
    QVERIFY(entryData(data, e, storage).ok()); // still readable (PyTorch ignores CRCs)
    QCOMPARE(archive->entries.at(1).anomalies, 0u);

    ZipReadOptions noCrc;
    noCrc.verifyCrc = false;
    auto quick = readZip(data, noCrc);
    QVERIFY(quick.ok());
    QVERIFY(quick->warnings.empty());
}

void tst_Source::zipNameMismatch()
{
    const Bytes data = readSample("zip_name_mismatch.zip");
    auto archive = readZip(data);
    QVERIFY(archive.ok());
    const ZipEntry &e = archive->entries.at(0);
    QVERIFY(e.anomalies & ZipNameMismatch);
    QCOMPARE(qs(e.name), QStringLiteral("archive/data.pkl"));
    QCOMPARE(qs(e.localName), QStringLiteral("archive/data.txt"));
    QVERIFY(anyContains(archive->warnings, "CVE-2025-1944"));
    ByteBuffer storage;
    QVERIFY(entryData(data, e, storage).ok());
}

void tst_Source::zipFlags()
{
    const Bytes data = readSample("zip_flags.zip");
    auto archive = readZip(data);
    QVERIFY(archive.ok());
    QCOMPARE(archive->entries.size(), size_t(3));
    ByteBuffer storage;
    for (const ZipEntry &e : archive->entries) {
        QVERIFY(e.anomalies & ZipSuspiciousFlags);
        QVERIFY(e.readable());
        QVERIFY(entryData(data, e, storage).ok());
    }
    QVERIFY(anyContains(archive->warnings, "CVE-2025-1945"));
}

void tst_Source::zipDuplicate()
{
    const Bytes data = readSample("zip_duplicate.zip");
    auto archive = readZip(data);
    QVERIFY(archive.ok());
    QCOMPARE(archive->entries.size(), size_t(4));
    QVERIFY(archive->entries[0].anomalies & ZipDuplicateName);
    QVERIFY(archive->entries[3].anomalies & ZipDuplicateName);
    QVERIFY(!(archive->entries[1].anomalies & ZipDuplicateName));
    QVERIFY(anyContains(archive->warnings, "appears more than once"));
    QCOMPARE(archive->find("archive/data.pkl"), &archive->entries[0]);
}

void tst_Source::zipTruncatedEocd()
{
    const Bytes data = readSample("zip_truncated_eocd.zip");
    auto archive = readZip(data);
    QVERIFY(!archive.ok());
    QVERIFY(archive.error().message.find("no end of central directory") == 0);
    QCOMPARE(archive.error().offset, uint64_t(data.size()));
    QVERIFY(looksLikeZip(data)); // still starts with a local header
    QVERIFY(!looksLikeZip(readSample("payload.bin")));
    QVERIFY(!looksLikeZip({}));
}

void tst_Source::zipSizePastEof()
{
    const Bytes data = readSample("zip_size_past_eof.zip");
    auto archive = readZip(data);
    QVERIFY(archive.ok());
    const ZipEntry &bad = archive->entries.at(1);
    QVERIFY(!bad.readable());
    QCOMPARE(bad.compressedSize, uint64_t(0x80000000));
    QVERIFY2(bad.problem.find("extends past the end") != std::string::npos, bad.problem.c_str());
    ByteBuffer storage;
    auto read = entryData(data, bad, storage);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().stream, bad.name);
    QVERIFY(entryData(data, archive->entries.at(0), storage).ok());
    QVERIFY(entryData(data, archive->entries.at(2), storage).ok());
}

void tst_Source::zipBadLocalOffset()
{
    const Bytes data = readSample("zip_bad_local_offset.zip");
    auto archive = readZip(data);
    QVERIFY(archive.ok());
    QVERIFY(!archive->entries.at(1).readable());
    QVERIFY(archive->entries.at(1).problem.find("lies outside") != std::string::npos);
    ByteBuffer storage;
    QVERIFY(!entryData(data, archive->entries.at(1), storage).ok());
}

void tst_Source::zip64()
{
    const Bytes data = readSample("zip64.zip");
    auto archive = readZip(data);
    QVERIFY2(archive.ok(), archive.ok() ? "" : archive.error().toString().c_str());
    QVERIFY(archive->zip64);
    QVERIFY2(archive->warnings.empty(), joined(archive->warnings).c_str());
    QCOMPARE(archive->entries.size(), size_t(3));
    QCOMPARE(archive->entries[1].compressedSize, uint64_t(24));
    QCOMPARE(archive->entries[1].uncompressedSize, uint64_t(24));
    ByteBuffer storage;
    auto blob = entryData(data, archive->entries[1], storage);
    QVERIFY(blob.ok());
    QCOMPARE(int((*blob)[23]), 23);
}

void tst_Source::zipPrefixed()
{
    const Bytes data = readSample("zip_prefixed.zip");
    QVERIFY(!looksLikeZip(Bytes(data.begin(), data.begin() + 100)));
    QVERIFY(looksLikeZip(data));
    auto archive = readZip(data);
    QVERIFY(archive.ok());
    QCOMPARE(archive->prefixBytes, uint64_t(100));
    QVERIFY(anyContains(archive->warnings, "100 bytes precede the archive"));
    ByteBuffer storage;
    auto blob = entryData(data, *archive->find("archive/data/0"), storage);
    QVERIFY(blob.ok());
    QCOMPARE(int((*blob)[5]), 5);
}

void tst_Source::zipDeflateUndersized()
{
    const Bytes data = readSample("zip_deflate_undersized.zip");
    auto archive = readZip(data);
    QVERIFY(archive.ok());
    QVERIFY(anyContains(archive->warnings, "CRC not verified"));
    ByteBuffer storage;
    auto read = entryData(data, archive->entries.at(0), storage);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.find("more than the declared 5 bytes") != std::string::npos,
             read.error().toString().c_str());
    QVERIFY(storage.empty());
}

void tst_Source::zipEmptyAndComment()
{
    Bytes empty = {'P', 'K', 5, 6};
    empty.resize(22, 0);
    auto archive = readZip(empty);
    QVERIFY(archive.ok());
    QVERIFY(archive->entries.empty());
    QVERIFY(archive->warnings.empty());

    Bytes commented = readSample("zip_handmade.zip");
    // The fake signature needs 22 bytes after it to be seen by the backwards scan.
    const std::string comment = "a comment with PK\x05\x06 followed by more than 22 bytes";
    commented[commented.size() - 2] = uint8_t(comment.size());
    commented.insert(commented.end(), comment.begin(), comment.end());
    archive = readZip(commented);
    QVERIFY2(archive.ok(), archive.ok() ? "" : archive.error().toString().c_str());
    QCOMPARE(archive->comment, comment);
    QCOMPARE(archive->entries.size(), size_t(3));
    QVERIFY(anyContains(archive->warnings, "another end-of-central-directory signature"));
}

void tst_Source::zipMutationsNeverCrash()
{
    for (const char *name : {"zip_handmade.zip", "zip_deflate_handmade.zip", "zip64.zip"}) {
        const Bytes base = readSample(name);
        auto check = [](const Bytes &data) {
            auto archive = readZip(data);
            if (!archive.ok())
                return;
            ByteBuffer storage;
            for (const ZipEntry &e : archive->entries) {
                auto read = entryData(data, e, storage);
                if (read.ok()) {
                    // A returned view is inside the file or the storage.
                    const bool inFile
                        = read->empty()
                          || (read->data() >= data.data()
                              && read->data() + read->size() <= data.data() + data.size());
                    const bool inStorage = read->data() == storage.data();
                    QVERIFY(inFile || inStorage);
                }
            }
            (void)findTorchLayout(*archive);
        };
        for (size_t cut = 0; cut < base.size(); ++cut)
            check(Bytes(base.begin(), base.begin() + cut));
        for (size_t i = 0; i < base.size(); ++i) {
            for (uint8_t v : {uint8_t(0x00), uint8_t(0xff), uint8_t(base[i] ^ 0x80)}) {
                Bytes bad = base;
                bad[i] = v;
                check(bad);
            }
        }
    }
    std::mt19937 rng(7);
    for (int round = 0; round < 200; ++round) {
        Bytes noise(rng() % 300);
        for (auto &b : noise)
            b = uint8_t(rng());
        if (noise.size() >= 22 && round % 2 == 0) // plant an EOCD so the parser goes deeper
            std::memcpy(noise.data() + noise.size() - 22, "PK\x05\x06", 4);
        (void)readZip(noise); // must simply not crash
    }
}

void tst_Source::torchLayoutSeveralDataPkl()
{
    const Bytes data = readSample("zip_two_datapkl.zip");
    auto archive = readZip(data);
    QVERIFY(archive.ok());
    auto layout = findTorchLayout(*archive);
    QVERIFY(layout.ok());
    QCOMPARE(qs(layout->dataPklEntry), QStringLiteral("archive/data.pkl"));
    QVERIFY(anyContains(layout->warnings, "several data.pkl entries"));
    QVERIFY(layout->version);
    QCOMPARE(qs(layout->version->name), QStringLiteral("archive/version"));
}

void tst_Source::torchLayoutMissing()
{
    auto archive = readZip(readSample("zip_handmade.zip"));
    QVERIFY(archive.ok());
    ZipArchive noPkl = *archive;
    noPkl.entries.erase(noPkl.entries.begin());
    QVERIFY(!findTorchLayout(noPkl).ok());

    // A first entry outside any folder: PyTorch refuses, we warn.
    ZipArchive flat = *archive;
    flat.entries[0].name = "data.pkl";
    auto layout = findTorchLayout(flat);
    QVERIFY(layout.ok());
    QCOMPARE(qs(layout->prefix), QString());
    QVERIFY(anyContains(layout->warnings, "not in a subdirectory"));
}

// ---------------------------------------------------------------------------------------------
// npy

void tst_Source::npySamples()
{
    struct Row
    {
        const char *file;
        const char *descr;
        bool fortran;
        std::vector<uint64_t> shape;
        int major;
    };
    const Row rows[] = {
        {"npy_f8.npy", "<f8", false, {3}, 1},     {"npy_fortran.npy", "<i4", true, {2, 3}, 1},
        {"npy_v2.npy", "<i8", false, {2}, 2},     {"npy_object.npy", "|O", false, {3}, 1},
        {"npy_py2.npy", "<i8", false, {2, 3}, 1},
    };
    for (const Row &row : rows) {
        const Bytes data = readSample(row.file);
        auto h = readNpyHeader(data);
        QVERIFY2(h.ok(), h.ok() ? "" : h.error().toString().c_str());
        QCOMPARE(qs(h->descr), QString::fromLatin1(row.descr));
        QVERIFY(!h->structured);
        QCOMPARE(h->fortranOrder, row.fortran);
        QVERIFY(h->shape == row.shape);
        QCOMPARE(int(h->major), row.major);
        QCOMPARE(h->dataOffset % 64, uint64_t(0));
        QVERIFY(h->dataOffset <= data.size());
        QVERIFY(h->warnings.empty());
    }
    auto f8 = readNpyHeader(readSample("npy_f8.npy"));
    QCOMPARE(f8->elementCount().value(), uint64_t(3));
    QCOMPARE(f8->headerOffset, uint64_t(10));
    QCOMPARE(readSample("npy_f8.npy").size() - f8->dataOffset, size_t(24));
}

void tst_Source::npyStructured()
{
    auto h = readNpyHeader(readSample("npy_struct.npy"));
    QVERIFY2(h.ok(), h.ok() ? "" : h.error().toString().c_str());
    QVERIFY(h->structured);
    QVERIFY(h->descr.front() == '[' && h->descr.back() == ']');
    QCOMPARE(h->fields.size(), size_t(3));
    QCOMPARE(qs(h->fields[0].name), QStringLiteral("a"));
    QCOMPARE(qs(h->fields[0].title), QStringLiteral("Title A"));
    QCOMPARE(qs(h->fields[0].typestr), QStringLiteral("<i4"));
    QCOMPARE(qs(h->fields[1].name), QStringLiteral("b"));
    QVERIFY(h->fields[1].shape == std::vector<uint64_t>{2});
    QVERIFY(h->fields[2].nested);
    QCOMPARE(qs(h->fields[2].typestr), QStringLiteral("[('x', '|u1')]"));

    auto v3 = readNpyHeader(readSample("npy_v3.npy"));
    QVERIFY2(v3.ok(), v3.ok() ? "" : v3.error().toString().c_str());
    QCOMPARE(int(v3->major), 3);
    QCOMPARE(v3->headerOffset, uint64_t(12));
    QCOMPARE(v3->fields.size(), size_t(1));
    QCOMPARE(qs(v3->fields[0].name), QString::fromUtf8("\u00e9t\u00e9"));
}

void tst_Source::npyMalformed_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no-shape") << QByteArray("{'descr': '<f8', 'fortran_order': False}")
                              << QStringLiteral("lacks the key 'shape'");
    QTest::newRow("extra-key") << QByteArray(
        "{'descr': '<f8', 'fortran_order': False, 'shape': (), 'x': 1}")
                               << QStringLiteral("unexpected header key 'x'");
    QTest::newRow("negative-dim") << QByteArray(
        "{'descr': '<f8', 'fortran_order': False, 'shape': (-1,)}")
                                  << QStringLiteral("shape is not a tuple");
    QTest::newRow("shape-list") << QByteArray(
        "{'descr': '<f8', 'fortran_order': False, 'shape': [3]}")
                                << QStringLiteral("shape is not a tuple");
    QTest::newRow("shape-parenthesised-int")
        << QByteArray("{'descr': '<f8', 'fortran_order': False, 'shape': (3)}")
        << QStringLiteral("shape is not a tuple");
    QTest::newRow("fortran-int") << QByteArray("{'descr': '<f8', 'fortran_order': 0, 'shape': ()}")
                                 << QStringLiteral("fortran_order is not");
    QTest::newRow("not-dict") << QByteArray("['descr']") << QStringLiteral("not a dictionary");
    QTest::newRow("unterminated") << QByteArray("{'descr: 1}")
                                  << QStringLiteral("unterminated string");
    QTest::newRow("call") << QByteArray("{'descr': __import__('os'), }")
                          << QStringLiteral("unexpected character");
    QTest::newRow("huge-int") << QByteArray(
        "{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999999999999,)}")
                              << QStringLiteral("integer too large");
    QTest::newRow("float-dim") << QByteArray(
        "{'descr': '<f8', 'fortran_order': False, 'shape': (1.5,)}")
                               << QStringLiteral("only decimal integers");
    QTest::newRow("deep") << QByteArray(200, '[') << QStringLiteral("nested too deeply");
    QTest::newRow("descr-int") << QByteArray("{'descr': 3, 'fortran_order': False, 'shape': ()}")
                               << QStringLiteral("descr is neither");
    QTest::newRow("descr-bad-field")
        << QByteArray("{'descr': [('a',)], 'fortran_order': False, 'shape': ()}")
        << QStringLiteral("descr: a structured descr entry");
    QTest::newRow("trailing-text")
        << QByteArray("{'descr': '<f8', 'fortran_order': False, 'shape': ()} x")
        << QStringLiteral("unexpected text after");
}

void tst_Source::npyMalformed()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    Bytes file = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
    file.push_back(uint8_t(header.size() & 0xff));
    file.push_back(uint8_t(header.size() >> 8));
    file.insert(file.end(), header.begin(), header.end());
    auto h = readNpyHeader(file);
    QVERIFY(!h.ok());
    QVERIFY2(qs(h.error().message).contains(expected), h.error().toString().c_str());
    QVERIFY(h.error().offset <= file.size());
    QCOMPARE(h.error().stream, std::string("npy header"));
}

void tst_Source::npyTruncationsNeverCrash()
{
    QVERIFY(!readNpyHeader(bytesOf("\x93NUMPX\x01\x00")).ok());
    QVERIFY(!readNpyHeader(Bytes{0x93, 'N', 'U', 'M', 'P', 'Y', 4, 0, 0, 0, 0, 0}).ok());
    // Declared header length beyond the file.
    auto big = readNpyHeader(Bytes{0x93, 'N', 'U', 'M', 'P', 'Y', 2, 0, 0xff, 0xff, 0xff, 0xff});
    QVERIFY(!big.ok());
    QVERIFY(big.error().message.find("exceeds") != std::string::npos);
    // Duplicate key: the last one wins, as in Python, with a warning.
    const QByteArray dup = "{'descr': '<f8', 'descr': '|O', 'fortran_order': False, 'shape': (), }";
    Bytes file = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, uint8_t(dup.size()), 0};
    file.insert(file.end(), dup.begin(), dup.end());
    auto h = readNpyHeader(file);
    QVERIFY(h.ok());
    QCOMPARE(qs(h->descr), QStringLiteral("|O"));
    QVERIFY(anyContains(h->warnings, "appears twice"));
    QVERIFY(h->shape.empty());
    QCOMPARE(h->elementCount().value(), uint64_t(1));

    for (const char *name : {"npy_struct.npy", "npy_v3.npy", "npy_py2.npy"}) {
        const Bytes full = readSample(name);
        for (size_t cut = 0; cut < full.size(); ++cut) {
            auto r = readNpyHeader(Bytes(full.begin(), full.begin() + cut));
            if (r.ok())
                QVERIFY(r->dataOffset <= cut);
        }
        for (size_t i = 0; i < std::min<size_t>(full.size(), 200); ++i) {
            Bytes bad = full;
            bad[i] ^= 0x5a;
            auto r = readNpyHeader(bad);
            if (r.ok())
                QVERIFY(r->dataOffset <= bad.size());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// torch legacy

void tst_Source::torchLegacyMagic()
{
    QVERIFY(looksLikeTorchLegacy(readSample("torch_legacy.pt")));
    QVERIFY(!looksLikeTorchLegacy(readSample("torch_zip.pt")));
    QVERIFY(!looksLikeTorchLegacy(readSample("jl_plain.joblib")));
    QVERIFY(!looksLikeTorchLegacy({}));
    QVERIFY(looksLikeTorchLegacy(bytesOf("L119547037146038801333356L\n.")));
    QVERIFY(looksLikeTorchLegacy(bytesOf("\x80\x01L119547037146038801333356L\n.")));
    QVERIFY(!looksLikeTorchLegacy(bytesOf("L1195470371460388013333567L\n.")));
    // Protocol 4 with a FRAME.
    Bytes p4 = {0x80, 0x04, 0x95, 0x0d, 0, 0, 0, 0, 0, 0, 0, 0x8a, 0x0a};
    p4.insert(p4.end(), kTorchLegacyMagicBytes.begin(), kTorchLegacyMagicBytes.end());
    p4.push_back('.');
    QVERIFY(looksLikeTorchLegacy(p4));

    Bytes padded(kTorchLegacyMagicBytes.begin(), kTorchLegacyMagicBytes.end());
    QVERIFY(isTorchLegacyMagic(padded));
    padded.push_back(0x00);
    QVERIFY(isTorchLegacyMagic(padded)); // non-minimal LONG1, same value
    padded.back() = 0x01;
    QVERIFY(!isTorchLegacyMagic(padded));
    QVERIFY(!isTorchLegacyMagic(
        Bytes(kTorchLegacyMagicBytes.begin(), kTorchLegacyMagicBytes.end() - 1)));
}

void tst_Source::torchLegacySplit()
{
    const Bytes file = readSample("torch_legacy.pt");
    QFile layoutFile(sampleDir() + QStringLiteral("torch_legacy.layout.txt"));
    QVERIFY(layoutFile.open(QIODevice::ReadOnly | QIODevice::Text));
    uint64_t tailOffset = 0;
    std::vector<std::string> keys;
    std::map<std::string, uint64_t> sizes;
    while (!layoutFile.atEnd()) {
        const QList<QByteArray> parts = layoutFile.readLine().trimmed().split(' ');
        if (parts.value(0) == "tail") {
            tailOffset = parts.value(1).toULongLong();
        } else if (parts.value(0) == "key") {
            keys.push_back(parts.value(1).toStdString());
            sizes[keys.back()] = parts.value(2).toULongLong();
        }
    }
    QCOMPARE(keys.size(), size_t(3));
    const auto tail = std::span<const uint8_t>(file).subspan(tailOffset);
    uint64_t consumed = 0;
    auto blobs = splitLegacyStorages(tail, keys, sizes, &consumed);
    QVERIFY2(blobs.ok(), blobs.ok() ? "" : blobs.error().toString().c_str());
    QCOMPARE(consumed, uint64_t(tail.size())); // nothing follows the last storage
    QCOMPARE(blobs->size(), size_t(3));
    QCOMPARE(blobs->at(0).offsetInTail, uint64_t(0));
    // The file holds w = arange(6.) (float32), i = arange(3) (int16), b = [True, False].
    std::map<uint64_t, const StorageBlob *> bySize;
    for (const StorageBlob &b : *blobs) {
        QCOMPARE(b.bytes.size(), b.elementCount * b.elementSize);
        QCOMPARE(b.bytes.data(), tail.data() + b.offsetInTail + 8);
        bySize[b.elementSize] = &b;
    }
    QCOMPARE(bySize.at(4)->elementCount, uint64_t(6));
    float w[6];
    std::memcpy(w, bySize.at(4)->bytes.data(), sizeof w);
    QCOMPARE(w[5], 5.0f);
    QCOMPARE(bySize.at(2)->elementCount, uint64_t(3));
    QCOMPARE(int(bySize.at(2)->bytes[4]), 2);
    QCOMPARE(bySize.at(1)->elementCount, uint64_t(2));
    QCOMPARE(int(bySize.at(1)->bytes[0]), 1);
    QCOMPARE(int(bySize.at(1)->bytes[1]), 0);
}

void tst_Source::torchLegacySplitErrors()
{
    const std::map<std::string, uint64_t> sizes = {{"k", 4}};
    const std::vector<std::string> keys = {"k"};
    // Truncated count.
    auto r = splitLegacyStorages(Bytes{1, 0, 0}, keys, sizes);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.find("8-byte element count") != std::string::npos);
    // Count larger than the data (a 2 GB storage in a tiny tail).
    Bytes tail = {0, 0, 0, 0x20, 0, 0, 0, 0, 1, 2, 3, 4};
    r = splitLegacyStorages(tail, keys, sizes);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.find("are left") != std::string::npos);
    QCOMPARE(r.error().stream, std::string("legacy storage 'k'"));
    // Negative count.
    tail = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
    r = splitLegacyStorages(tail, keys, sizes);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.find("negative") != std::string::npos);
    // Count × size overflows 64 bits.
    tail = {0, 0, 0, 0, 0, 0, 0, 0x7f};
    r = splitLegacyStorages(tail, keys, {{"k", 16}});
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.find("overflows") != std::string::npos);
    // Unknown key.
    r = splitLegacyStorages(tail, {"other"}, sizes);
    QVERIFY(!r.ok());
    // Second storage starts where the first ends; extra bytes are left for the caller.
    tail = {1, 0, 0, 0, 0, 0, 0, 0, 9, 9, 9, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0xaa};
    uint64_t consumed = 0;
    auto ok = splitLegacyStorages(tail, {"k", "k"}, sizes, &consumed);
    QVERIFY(ok.ok());
    QCOMPARE(ok->size(), size_t(2));
    QCOMPARE(ok->at(1).offsetInTail, uint64_t(12));
    QCOMPARE(ok->at(1).elementCount, uint64_t(0));
    QCOMPARE(consumed, uint64_t(20));
}

void tst_Source::torchStorageTypes()
{
    QCOMPARE(int(findTorchStorageType("FloatStorage")->elementSize), 4);
    QCOMPARE(int(findTorchStorageType("torch.DoubleStorage")->elementSize), 8);
    QCOMPARE(int(findTorchStorageType("torch.cuda.HalfStorage")->elementSize), 2);
    QCOMPARE(int(findTorchStorageType("ComplexDoubleStorage")->elementSize), 16);
    QCOMPARE(std::string(findTorchStorageType("BoolStorage")->dtype), std::string("torch.bool"));
    QVERIFY(!findTorchStorageType("NotAStorage"));
}

QTEST_GUILESS_MAIN(tst_Source)
#include "tst_source.moc"
