// SPDX-License-Identifier: MIT
#include "source/decompress.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>
#include <new>
#include <optional>

#include <bzlib.h>
#include <lz4frame.h>
#include <lzma.h>
#include <zlib.h>

namespace ps {

namespace {

/// Smallest first reservation of an output buffer without a declared size.
constexpr uint64_t kMinGrowth = 64 * 1024;
/// Reserved beyond a declared size, so that a decoder can see the end of its stream without
/// another reservation.
constexpr uint64_t kHintSlack = 4096;
/// The scratch chunk of a Sink that hands its output to a consumer.
constexpr size_t kConsumerChunk = 256 * 1024;
/// Output a format's headers and first literals may add beyond its per-byte expansion.
constexpr uint64_t kFormatOverhead = 64 * 1024;
/// The most output one compressed byte can give: deflate's longest match (258 bytes) costs at
/// least 2 bits (1032:1); an LZ4 match grows by 255 bytes per length byte. bzip2 and LZMA have
/// no useful bound of this kind (DecompressLimits::maxRatio bounds them).
constexpr uint64_t kDeflateMaxExpansion = 1032;
constexpr uint64_t kLz4MaxExpansion = 256;
/// Largest first guess for the output size when the container declares none (taken from the
/// real input length).
constexpr uint64_t kMaxInitialGuess = uint64_t(64) << 20;
/// zlib and bzip2 count bytes in 32-bit `unsigned`; feed and drain them in pieces of this size.
constexpr uint64_t kMaxCallBytes = uint64_t(1) << 30;
/// A decoder that neither reads nor writes this many times in a row is stuck.
constexpr int kMaxIdleCalls = 3;
/// "ZF" + the 19-character length field (len(hex(2**64)) in joblib's numpy_pickle_compat).
constexpr size_t kZFileHeaderSize = 2 + 19;

Error streamError(std::string_view stream, uint64_t offset, std::string message)
{
    Error e = makeError(offset, std::move(message));
    e.stream = std::string(stream);
    return e;
}

std::string streamLabel(Compression c)
{
    switch (c) {
    case Compression::Gzip:
        return "gzip member";
    case Compression::Lz4:
        return "lz4 frame";
    case Compression::ZFile:
        return "zfile zlib stream";
    default:
        return std::string(compressionName(c)) + " stream";
    }
}

/// Where every decoder writes, and the one place DecompressLimits are enforced. Either keeps
/// the output in a ByteBuffer (reserved once from the container's declared size when there is
/// one; grown by doubling, never zero-filled, when there is none), or hands it to a consumer
/// in chunks and keeps nothing (ZIP CRC checks).
class Sink
{
public:
    using Consumer = std::function<void(std::span<const uint8_t>)>;

    /// `expansion`: the most output one input byte can give in this format (0: no such bound).
    /// `hint`: the output size the container declares, if any (a reservation, not a promise).
    Sink(ByteBuffer &out, const DecompressLimits &limits, uint64_t inputSize, uint64_t expansion,
         std::optional<uint64_t> hint, std::string stream)
        : m_out(out)
        , m_limits(limits)
        , m_inputSize(inputSize)
        , m_hint(hint)
        , m_stream(std::move(stream))
    {
        // One byte beyond every limit may be produced, so that "exactly at the limit" and
        // "more than the limit" can be told apart.
        const auto plusOne = [](uint64_t v) {
            return v == std::numeric_limits<uint64_t>::max() ? v : v + 1;
        };
        m_cap = plusOne(m_limits.maxOutputBytes);
        if (m_limits.maxRatio != 0) {
            uint64_t byRatio;
            if (__builtin_mul_overflow(std::max<uint64_t>(m_inputSize, 1), m_limits.maxRatio + 1,
                                       &byRatio))
                byRatio = std::numeric_limits<uint64_t>::max();
            m_cap = std::min(m_cap, plusOne(std::max(byRatio, m_limits.ratioCheckAbove)));
        }
        uint64_t physical;
        if (expansion != 0 && !__builtin_mul_overflow(m_inputSize, expansion, &physical))
            m_cap = std::min(m_cap, plusOne(physical + kFormatOverhead));
    }

    /// Hands output to `consume` in chunks instead of keeping it.
    void setConsumer(Consumer consume) { m_consume = std::move(consume); }
    void setStream(std::string stream) { m_stream = std::move(stream); }
    const std::string &stream() const { return m_stream; }

    /// Makes sure some free space exists; fails when a limit is reached.
    std::optional<Error> makeRoom(uint64_t inputOffset)
    {
        if (m_out.size() < m_out.capacity())
            return std::nullopt;
        if (m_consume) {
            if (m_out.capacity() == 0)
                m_out.reserve(kConsumerChunk);
            return std::nullopt;
        }
        if (m_out.capacity() >= m_cap)
            return limitError(inputOffset);
        uint64_t want;
        if (m_out.capacity() == 0 && m_hint)
            want = *m_hint + kHintSlack; // the declared size: one reservation
        else if (m_out.capacity() == 0)
            want = std::clamp<uint64_t>(m_inputSize * 4, kMinGrowth, kMaxInitialGuess);
        else
            want = m_out.capacity() * 2;
        want = std::max<uint64_t>(std::min(want, m_cap), m_out.capacity() + 1);
        if (want > std::numeric_limits<size_t>::max() / 2)
            return streamError(m_stream, inputOffset, "the output is too large for memory");
        m_out.reserve(static_cast<size_t>(want));
        ++m_reservations;
        return std::nullopt;
    }

    /// Times the output buffer was reserved or grown, and its capacity now.
    uint32_t reservations() const { return m_reservations; }
    uint64_t reserved() const { return m_out.capacity(); }

    uint8_t *freePtr() { return m_out.data() + m_out.size(); }
    uint64_t freeBytes() const
    {
        return std::min<uint64_t>(m_out.capacity() - m_out.size(), kMaxCallBytes);
    }

    /// Records `n` bytes written at freePtr() and checks the limits.
    std::optional<Error> commit(uint64_t n, uint64_t inputOffset)
    {
        m_out.setSize(m_out.size() + static_cast<size_t>(n));
        m_used += n;
        if (m_consume && n > 0) {
            m_consume(std::span<const uint8_t>(m_out.data() + m_out.size() - n, n));
            m_out.setSize(0);
        }
        if (m_used > m_limits.maxOutputBytes)
            return limitError(inputOffset);
        if (m_limits.cancel && m_limits.cancel->load(std::memory_order_relaxed))
            return streamError(m_stream, inputOffset, "cancelled");
        if (m_limits.maxRatio != 0 && m_used > m_limits.ratioCheckAbove
            && m_used / std::max<uint64_t>(m_inputSize, 1) > m_limits.maxRatio) {
            return streamError(
                m_stream, inputOffset,
                "decompression ratio exceeds the limit of " + std::to_string(m_limits.maxRatio)
                    + ":1 (" + std::to_string(m_inputSize) + " compressed bytes gave "
                    + std::to_string(m_used) + " so far); possible compression bomb");
        }
        return std::nullopt;
    }

    /// Bytes produced so far (kept or consumed).
    uint64_t used() const { return m_used; }
    void finish() { m_out.shrinkToFit(); }

private:
    Error limitError(uint64_t inputOffset) const
    {
        if (m_used <= m_limits.maxOutputBytes)
            return streamError(m_stream, inputOffset,
                               "corrupt data: it decodes to more than "
                                   + std::to_string(m_inputSize)
                                   + " compressed bytes of this format can hold");
        return streamError(m_stream, inputOffset,
                           "decompressed data exceeds the limit of "
                               + std::to_string(m_limits.maxOutputBytes) + " bytes");
    }

    ByteBuffer &m_out;
    const DecompressLimits &m_limits;
    uint64_t m_inputSize;
    std::optional<uint64_t> m_hint;
    std::string m_stream;
    uint64_t m_cap = 0;
    uint64_t m_used = 0;
    uint32_t m_reservations = 0;
    Consumer m_consume;
};

/// Decodes one stream at the start of `in`; returns the compressed bytes it used.
/// `base` is the offset of `in` inside the whole compressed input (for error offsets).
using StreamDecoder
    = std::function<Result<uint64_t>(std::span<const uint8_t> in, uint64_t base, Sink &sink)>;

Error truncatedError(const Sink &sink, uint64_t offset, std::string_view format)
{
    return streamError(sink.stream(), offset,
                       std::string(format)
                           + " stream is truncated (expected more compressed data)");
}

Result<uint64_t> inflateOne(std::span<const uint8_t> in, uint64_t base, Sink &sink, int windowBits,
                            std::string_view format)
{
    z_stream zs{};
    if (inflateInit2(&zs, windowBits) != Z_OK)
        return streamError(sink.stream(), base, "cannot initialise the zlib decoder");
    struct Guard
    {
        z_stream &z;
        ~Guard() { inflateEnd(&z); }
    } guard{zs};

    uint64_t fed = 0;
    int idle = 0;
    for (;;) {
        if (zs.avail_in == 0 && fed < in.size()) {
            const uint64_t n = std::min<uint64_t>(kMaxCallBytes, in.size() - fed);
            zs.next_in = const_cast<Bytef *>(in.data() + fed);
            zs.avail_in = static_cast<uInt>(n);
            fed += n;
        }
        const uint64_t consumedBefore = fed - zs.avail_in;
        if (auto e = sink.makeRoom(base + consumedBefore))
            return *e;
        zs.next_out = sink.freePtr();
        zs.avail_out = static_cast<uInt>(sink.freeBytes());
        const uInt inBefore = zs.avail_in;
        const uInt outBefore = zs.avail_out;
        const int ret = inflate(&zs, Z_NO_FLUSH);
        const uint64_t consumed = fed - zs.avail_in;
        if (auto e = sink.commit(outBefore - zs.avail_out, base + consumed))
            return *e;
        switch (ret) {
        case Z_STREAM_END:
            return consumed;
        case Z_OK:
        case Z_BUF_ERROR:
            break;
        case Z_NEED_DICT:
            return streamError(sink.stream(), base + consumed,
                               std::string(format)
                                   + " stream needs a preset dictionary, which is not available");
        case Z_DATA_ERROR:
            return streamError(sink.stream(), base + consumed,
                               "corrupt " + std::string(format)
                                   + " stream: " + (zs.msg ? zs.msg : "invalid compressed data"));
        case Z_MEM_ERROR:
            return streamError(sink.stream(), base + consumed, "out of memory in the zlib decoder");
        default:
            return streamError(sink.stream(), base + consumed,
                               "zlib decoder failed with code " + std::to_string(ret));
        }
        const bool progress = zs.avail_in != inBefore || zs.avail_out != outBefore;
        if (!progress && zs.avail_in == 0 && fed == in.size() && zs.avail_out > 0)
            return truncatedError(sink, base + in.size(), format);
        idle = progress ? 0 : idle + 1;
        if (idle > kMaxIdleCalls)
            return streamError(sink.stream(), base + consumed, "zlib decoder made no progress");
    }
}

Result<uint64_t> bunzipOne(std::span<const uint8_t> in, uint64_t base, Sink &sink)
{
    bz_stream bs{};
    if (BZ2_bzDecompressInit(&bs, 0, 0) != BZ_OK)
        return streamError(sink.stream(), base, "cannot initialise the bzip2 decoder");
    struct Guard
    {
        bz_stream &b;
        ~Guard() { BZ2_bzDecompressEnd(&b); }
    } guard{bs};

    uint64_t fed = 0;
    int idle = 0;
    for (;;) {
        if (bs.avail_in == 0 && fed < in.size()) {
            const uint64_t n = std::min<uint64_t>(kMaxCallBytes, in.size() - fed);
            bs.next_in = reinterpret_cast<char *>(const_cast<uint8_t *>(in.data() + fed));
            bs.avail_in = static_cast<unsigned>(n);
            fed += n;
        }
        if (auto e = sink.makeRoom(base + fed - bs.avail_in))
            return *e;
        bs.next_out = reinterpret_cast<char *>(sink.freePtr());
        bs.avail_out = static_cast<unsigned>(sink.freeBytes());
        const unsigned inBefore = bs.avail_in;
        const unsigned outBefore = bs.avail_out;
        const int ret = BZ2_bzDecompress(&bs);
        const uint64_t consumed = fed - bs.avail_in;
        if (auto e = sink.commit(outBefore - bs.avail_out, base + consumed))
            return *e;
        switch (ret) {
        case BZ_STREAM_END:
            return consumed;
        case BZ_OK:
            break;
        case BZ_DATA_ERROR_MAGIC:
            return streamError(sink.stream(), base + consumed,
                               "not a bzip2 stream (the \"BZh\" signature is missing)");
        case BZ_DATA_ERROR:
            return streamError(sink.stream(), base + consumed,
                               "corrupt bz2 stream (data integrity error)");
        case BZ_MEM_ERROR:
            return streamError(sink.stream(), base + consumed,
                               "out of memory in the bzip2 decoder");
        default:
            return streamError(sink.stream(), base + consumed,
                               "bzip2 decoder failed with code " + std::to_string(ret));
        }
        const bool progress = bs.avail_in != inBefore || bs.avail_out != outBefore;
        if (!progress && bs.avail_in == 0 && fed == in.size() && bs.avail_out > 0)
            return truncatedError(sink, base + in.size(), "bz2");
        idle = progress ? 0 : idle + 1;
        if (idle > kMaxIdleCalls)
            return streamError(sink.stream(), base + consumed, "bzip2 decoder made no progress");
    }
}

Result<uint64_t> unlzmaOne(std::span<const uint8_t> in, uint64_t base, Sink &sink, bool xz,
                           uint64_t memLimit)
{
    const std::string format = xz ? "xz" : "lzma";
    lzma_stream ls = LZMA_STREAM_INIT;
    const lzma_ret init
        = xz ? lzma_stream_decoder(&ls, memLimit, 0) : lzma_alone_decoder(&ls, memLimit);
    if (init != LZMA_OK)
        return streamError(sink.stream(), base, "cannot initialise the " + format + " decoder");
    struct Guard
    {
        lzma_stream &l;
        ~Guard() { lzma_end(&l); }
    } guard{ls};

    ls.next_in = in.data();
    ls.avail_in = in.size();
    int idle = 0;
    for (;;) {
        const uint64_t consumedBefore = in.size() - ls.avail_in;
        if (auto e = sink.makeRoom(base + consumedBefore))
            return *e;
        ls.next_out = sink.freePtr();
        ls.avail_out = static_cast<size_t>(sink.freeBytes());
        const size_t inBefore = ls.avail_in;
        const size_t outBefore = ls.avail_out;
        // The whole input is handed over at once, so LZMA_FINISH from the first call.
        const lzma_ret ret = lzma_code(&ls, LZMA_FINISH);
        const uint64_t consumed = in.size() - ls.avail_in;
        if (auto e = sink.commit(outBefore - ls.avail_out, base + consumed))
            return *e;
        switch (ret) {
        case LZMA_STREAM_END:
            return consumed;
        case LZMA_OK:
            break;
        case LZMA_BUF_ERROR:
            if (ls.avail_in == 0 && ls.avail_out > 0)
                return truncatedError(sink, base + in.size(), format);
            break;
        case LZMA_MEMLIMIT_ERROR:
            return streamError(sink.stream(), base + consumed,
                               format + " stream needs " + std::to_string(lzma_memusage(&ls) >> 20)
                                   + " MiB of decoder memory, above the limit of "
                                   + std::to_string(memLimit >> 20) + " MiB");
        case LZMA_FORMAT_ERROR:
            return streamError(sink.stream(), base + consumed,
                               "not an " + format + " stream (unrecognised header)");
        case LZMA_OPTIONS_ERROR:
            return streamError(sink.stream(), base + consumed,
                               format + " stream uses unsupported options");
        case LZMA_DATA_ERROR:
            return streamError(sink.stream(), base + consumed,
                               "corrupt " + format + " stream (data error)");
        case LZMA_MEM_ERROR:
            return streamError(sink.stream(), base + consumed,
                               "out of memory in the " + format + " decoder");
        default:
            return streamError(sink.stream(), base + consumed,
                               format + " decoder failed with code "
                                   + std::to_string(static_cast<int>(ret)));
        }
        const bool progress = ls.avail_in != inBefore || ls.avail_out != outBefore;
        if (!progress && ls.avail_in == 0 && ls.avail_out > 0)
            return truncatedError(sink, base + in.size(), format);
        idle = progress ? 0 : idle + 1;
        if (idle > kMaxIdleCalls)
            return streamError(sink.stream(), base + consumed,
                               format + " decoder made no progress");
    }
}

Result<uint64_t> unlz4One(std::span<const uint8_t> in, uint64_t base, Sink &sink)
{
    LZ4F_dctx *dctx = nullptr;
    if (LZ4F_isError(LZ4F_createDecompressionContext(&dctx, LZ4F_VERSION)))
        return streamError(sink.stream(), base, "cannot initialise the lz4 decoder");
    struct Guard
    {
        LZ4F_dctx *d;
        ~Guard() { LZ4F_freeDecompressionContext(d); }
    } guard{dctx};

    uint64_t pos = 0;
    int idle = 0;
    for (;;) {
        if (auto e = sink.makeRoom(base + pos))
            return *e;
        size_t dstSize = static_cast<size_t>(sink.freeBytes());
        size_t srcSize = static_cast<size_t>(in.size() - pos);
        const size_t hint
            = LZ4F_decompress(dctx, sink.freePtr(), &dstSize, in.data() + pos, &srcSize, nullptr);
        pos += srcSize;
        if (auto e = sink.commit(dstSize, base + pos))
            return *e;
        if (LZ4F_isError(hint)) {
            return streamError(sink.stream(), base + pos,
                               std::string("corrupt lz4 frame: ") + LZ4F_getErrorName(hint));
        }
        if (hint == 0)
            return pos;
        const bool progress = srcSize != 0 || dstSize != 0;
        if (!progress && pos == in.size())
            return truncatedError(sink, base + in.size(), "lz4");
        idle = progress ? 0 : idle + 1;
        if (idle > kMaxIdleCalls)
            return streamError(sink.stream(), base + pos, "lz4 decoder made no progress");
    }
}

bool startsWith(std::span<const uint8_t> data, std::initializer_list<uint8_t> prefix)
{
    if (data.size() < prefix.size())
        return false;
    return std::equal(prefix.begin(), prefix.end(), data.begin());
}

/// Whether another stream of the same kind starts at `rest` (concatenation).
bool startsAnotherStream(Compression c, std::span<const uint8_t> rest)
{
    switch (c) {
    case Compression::Gzip:
        return startsWith(rest, {0x1f, 0x8b});
    case Compression::Bz2:
        return startsWith(rest, {'B', 'Z', 'h'});
    case Compression::Xz:
        return startsWith(rest, {0xfd, '7', 'z', 'X', 'Z', 0x00});
    case Compression::Lzma:
        return startsWith(rest, {0x5d, 0x00});
    case Compression::Lz4:
        // A regular frame, or a skippable frame (magic 0x184D2A50..5F).
        return startsWith(rest, {0x04, 0x22, 0x4d, 0x18})
               || (rest.size() >= 4 && (rest[0] & 0xf0) == 0x50 && rest[1] == 0x2a
                   && rest[2] == 0x4d && rest[3] == 0x18);
    default:
        return false; // zlib streams and Z-files hold exactly one stream
    }
}

void noteTrailing(Compression c, std::span<const uint8_t> rest, DecompressReport &report)
{
    if (rest.empty())
        return;
    report.trailingBytes = rest.size();
    const bool zeros = std::all_of(rest.begin(), rest.end(), [](uint8_t b) { return b == 0; });
    const std::string name(compressionName(c));
    if (zeros) {
        report.warnings.push_back(std::to_string(rest.size()) + " zero bytes of padding after the "
                                  + name + " data were ignored");
    } else {
        report.warnings.push_back(std::to_string(rest.size()) + " bytes after the end of the "
                                  + name + " data are not " + name + " data and were ignored");
    }
}

StreamDecoder decoderFor(Compression c, const DecompressLimits &limits)
{
    switch (c) {
    case Compression::Zlib:
        return [](auto in, uint64_t base, Sink &sink) {
            return inflateOne(in, base, sink, MAX_WBITS, "zlib");
        };
    case Compression::Gzip:
        return [](auto in, uint64_t base, Sink &sink) {
            return inflateOne(in, base, sink, 16 + MAX_WBITS, "gzip");
        };
    case Compression::Bz2:
        return [](auto in, uint64_t base, Sink &sink) {
            return bunzipOne(in, base, sink);
        };
    case Compression::Xz:
        return [mem = limits.maxDecoderMemory](auto in, uint64_t base, Sink &sink) {
            return unlzmaOne(in, base, sink, true, mem);
        };
    case Compression::Lzma:
        return [mem = limits.maxDecoderMemory](auto in, uint64_t base, Sink &sink) {
            return unlzmaOne(in, base, sink, false, mem);
        };
    case Compression::Lz4:
        return [](auto in, uint64_t base, Sink &sink) {
            return unlz4One(in, base, sink);
        };
    default:
        return {};
    }
}

/// Parses the 19-character ZFile length field like Python's int(field, 16).
std::optional<uint64_t> parseZFileLength(std::string_view field)
{
    auto isSpace = [](char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f';
    };
    while (!field.empty() && isSpace(field.front()))
        field.remove_prefix(1);
    while (!field.empty() && isSpace(field.back()))
        field.remove_suffix(1);
    if (field.size() >= 2 && field[0] == '0' && (field[1] == 'x' || field[1] == 'X'))
        field.remove_prefix(2);
    // Python 2 wrote longs as "0x1fL"; Python 3's int() would refuse them, we accept them.
    if (!field.empty() && (field.back() == 'L' || field.back() == 'l'))
        field.remove_suffix(1);
    if (field.empty() || field.size() > 16)
        return std::nullopt;
    uint64_t value = 0;
    for (char ch : field) {
        int digit;
        if (ch >= '0' && ch <= '9')
            digit = ch - '0';
        else if (ch >= 'a' && ch <= 'f')
            digit = ch - 'a' + 10;
        else if (ch >= 'A' && ch <= 'F')
            digit = ch - 'A' + 10;
        else
            return std::nullopt;
        value = value * 16 + static_cast<uint64_t>(digit);
    }
    return value;
}

uint32_t le32(const uint8_t *p)
{
    return static_cast<uint32_t>(p[0]) | (static_cast<uint32_t>(p[1]) << 8)
           | (static_cast<uint32_t>(p[2]) << 16) | (static_cast<uint32_t>(p[3]) << 24);
}

uint64_t le64(const uint8_t *p)
{
    return static_cast<uint64_t>(le32(p)) | (static_cast<uint64_t>(le32(p + 4)) << 32);
}

/// The uncompressed size recorded in the index of the xz stream that ends `in` (after any
/// stream padding), or nothing.
std::optional<uint64_t> xzIndexSize(std::span<const uint8_t> in)
{
    constexpr size_t kFooter = 12;
    size_t end = in.size();
    while (end >= 4 && le32(in.data() + end - 4) == 0) // stream padding: zeros, 4-byte units
        end -= 4;
    if (end < kFooter + 12 || in[end - 2] != 'Y' || in[end - 1] != 'Z')
        return std::nullopt;
    const uint8_t *footer = in.data() + end - kFooter;
    const uint64_t backward = (uint64_t(le32(footer + 4)) + 1) * 4;
    if (backward > end - kFooter - 12)
        return std::nullopt;
    const size_t indexStart = static_cast<size_t>(end - kFooter - backward);
    lzma_index *index = nullptr;
    uint64_t memlimit = uint64_t(64) << 20;
    size_t pos = indexStart;
    if (lzma_index_buffer_decode(&index, &memlimit, nullptr, in.data(), &pos, end - kFooter)
        != LZMA_OK)
        return std::nullopt;
    const uint64_t size = lzma_index_uncompressed_size(index);
    lzma_index_end(index, nullptr);
    return size;
}

/// The content size an LZ4 frame header declares (FLG bit 3), or nothing.
std::optional<uint64_t> lz4ContentSize(std::span<const uint8_t> in)
{
    if (in.size() < 15 || le32(in.data()) != 0x184D2204 || (in[4] & 0x08) == 0)
        return std::nullopt;
    return le64(in.data() + 6);
}

} // namespace

std::optional<uint64_t> declaredSize(std::span<const uint8_t> in, Compression c)
{
    switch (c) {
    case Compression::None:
        return in.size();
    case Compression::Gzip:
        // ISIZE, the last member's size modulo 2^32 (RFC 1952 §2.3.1).
        if (in.size() < 18)
            return std::nullopt;
        return le32(in.data() + in.size() - 4);
    case Compression::Xz:
        return xzIndexSize(in);
    case Compression::Lzma: {
        // The "alone" header: properties (1), dictionary size (4), size (8; all ones: unknown).
        if (in.size() < 13)
            return std::nullopt;
        const uint64_t size = le64(in.data() + 5);
        if (size == std::numeric_limits<uint64_t>::max())
            return std::nullopt;
        return size;
    }
    case Compression::Lz4:
        return lz4ContentSize(in);
    case Compression::ZFile:
        if (in.size() < kZFileHeaderSize)
            return std::nullopt;
        return parseZFileLength(
            std::string_view(reinterpret_cast<const char *>(in.data()) + 2, 19));
    case Compression::Zlib:
    case Compression::Bz2:
        return std::nullopt;
    }
    return std::nullopt;
}

namespace {

/// The most output `c` can give per compressed byte, or 0 when only the limits bound it.
uint64_t maxExpansion(Compression c)
{
    switch (c) {
    case Compression::Zlib:
    case Compression::Gzip:
    case Compression::ZFile:
        return kDeflateMaxExpansion;
    case Compression::Lz4:
        return kLz4MaxExpansion;
    case Compression::None:
        return 1;
    default:
        return 0;
    }
}

Result<ByteBuffer> decompressImpl(std::span<const uint8_t> in, Compression c,
                                  const DecompressLimits &limits, DecompressReport &report)
{
    ByteBuffer out;
    if (c == Compression::None) {
        if (in.size() > limits.maxOutputBytes) {
            return streamError("", limits.maxOutputBytes,
                               "data exceeds the limit of " + std::to_string(limits.maxOutputBytes)
                                   + " bytes");
        }
        out.append(in);
        report.consumedBytes = in.size();
        report.streams = 1;
        return out;
    }

    // The declared size is reserved once, but only as far as the data could honestly produce
    // it: the Sink caps every reservation by the format's expansion bound and the limits.
    Sink sink(out, limits, in.size(), maxExpansion(c), declaredSize(in, c), streamLabel(c));
    const std::string name(compressionName(c));
    auto noteMemory = [&] {
        report.reservations = sink.reservations();
        report.reservedBytes = std::max(report.reservedBytes, sink.reserved());
    };
    auto fail = [&](Error e) -> Result<ByteBuffer> {
        noteMemory();
        sink.finish();
        report.partialOutput = std::move(out);
        return e;
    };
    if (in.empty())
        return fail(streamError(sink.stream(), 0, "empty input: expected " + name + " data"));

    if (c == Compression::ZFile) {
        if (!startsWith(in, {'Z', 'F'}))
            return fail(streamError("zfile header", 0, "not a Z-file (missing \"ZF\" prefix)"));
        if (in.size() < kZFileHeaderSize) {
            return fail(streamError("zfile header", in.size(),
                                    "Z-file header is truncated (expected 19 characters of "
                                    "length after \"ZF\")"));
        }
        const std::string_view field(reinterpret_cast<const char *>(in.data()) + 2, 19);
        const std::optional<uint64_t> declared = parseZFileLength(field);
        if (!declared) {
            return fail(
                streamError("zfile header", 2, "Z-file length field is not a hexadecimal number"));
        }
        uint64_t start = kZFileHeaderSize;
        // joblib <= 0.8.4 on Python 2 wrote one extra space; a zlib stream never starts with
        // a space (RFC 6713 §2.1), so skipping one is unambiguous.
        if (start < in.size() && in[start] == ' ')
            ++start;
        auto used = inflateOne(in.subspan(start), start, sink, MAX_WBITS, "zlib");
        if (!used)
            return fail(used.error());
        report.streams = 1;
        report.consumedBytes = start + *used;
        noteTrailing(c, in.subspan(static_cast<size_t>(report.consumedBytes)), report);
        if (sink.used() != *declared) {
            report.warnings.push_back("Z-file header declares " + std::to_string(*declared)
                                      + " bytes but the zlib stream holds "
                                      + std::to_string(sink.used())
                                      + " (joblib would refuse this file)");
        }
        noteMemory();
        sink.finish();
        return out;
    }

    const StreamDecoder decodeOne = decoderFor(c, limits);
    if (!decodeOne)
        return fail(streamError("", 0, "unknown compression"));
    uint64_t pos = 0;
    for (;;) {
        if (report.streams > 0)
            sink.setStream(streamLabel(c) + " #" + std::to_string(report.streams + 1));
        auto used = decodeOne(in.subspan(static_cast<size_t>(pos)), pos, sink);
        if (!used)
            return fail(used.error());
        ++report.streams;
        pos += *used;
        const auto rest = in.subspan(static_cast<size_t>(pos));
        if (rest.empty() || !startsAnotherStream(c, rest))
            break;
        if (*used == 0)
            break; // defensive: a decoder that consumed nothing cannot loop forever
    }
    report.consumedBytes = pos;
    noteTrailing(c, in.subspan(static_cast<size_t>(pos)), report);
    noteMemory();
    sink.finish();
    return out;
}

// ---------------------------------------------------------------------------------------------
// Compression

Error compressError(Compression c, std::string message)
{
    return streamError(std::string(compressionName(c)) + " compressor", 0, std::move(message));
}

/// Appends free space to `out` (used bytes stay) and returns the free span.
std::span<uint8_t> grow(std::vector<uint8_t> &out, size_t used, uint64_t hint)
{
    const uint64_t add
        = std::clamp<uint64_t>(std::max<uint64_t>(hint, out.size() / 2), kMinGrowth, kMaxCallBytes);
    out.resize(used + static_cast<size_t>(add));
    return {out.data() + used, static_cast<size_t>(add)};
}

Result<std::vector<uint8_t>> deflateAll(std::span<const uint8_t> in, int level, int windowBits,
                                        Compression c, std::vector<uint8_t> out)
{
    if (level < -1 || level > 9)
        return compressError(c, "level must be -1..9, got " + std::to_string(level));
    z_stream zs{};
    if (deflateInit2(&zs, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return compressError(c, "cannot initialise the zlib encoder");
    struct Guard
    {
        z_stream &z;
        ~Guard() { deflateEnd(&z); }
    } guard{zs};

    size_t used = out.size();
    uint64_t fed = 0;
    for (;;) {
        if (zs.avail_in == 0 && fed < in.size()) {
            const uint64_t n = std::min<uint64_t>(kMaxCallBytes, in.size() - fed);
            zs.next_in = const_cast<Bytef *>(in.data() + fed);
            zs.avail_in = static_cast<uInt>(n);
            fed += n;
        }
        auto room = grow(out, used, in.size() / 2 + 64);
        zs.next_out = room.data();
        zs.avail_out = static_cast<uInt>(room.size());
        const int flush = fed == in.size() ? Z_FINISH : Z_NO_FLUSH;
        const int ret = deflate(&zs, flush);
        used += room.size() - zs.avail_out;
        if (ret == Z_STREAM_END)
            break;
        if (ret != Z_OK && ret != Z_BUF_ERROR)
            return compressError(c, "zlib encoder failed with code " + std::to_string(ret));
    }
    out.resize(used);
    return out;
}

Result<std::vector<uint8_t>> bzipAll(std::span<const uint8_t> in, int level)
{
    if (level == -1)
        level = 9;
    if (level < 1 || level > 9)
        return compressError(Compression::Bz2, "level must be 1..9, got " + std::to_string(level));
    bz_stream bs{};
    if (BZ2_bzCompressInit(&bs, level, 0, 0) != BZ_OK)
        return compressError(Compression::Bz2, "cannot initialise the bzip2 encoder");
    struct Guard
    {
        bz_stream &b;
        ~Guard() { BZ2_bzCompressEnd(&b); }
    } guard{bs};

    std::vector<uint8_t> out;
    size_t used = 0;
    uint64_t fed = 0;
    for (;;) {
        if (bs.avail_in == 0 && fed < in.size()) {
            const uint64_t n = std::min<uint64_t>(kMaxCallBytes, in.size() - fed);
            bs.next_in = reinterpret_cast<char *>(const_cast<uint8_t *>(in.data() + fed));
            bs.avail_in = static_cast<unsigned>(n);
            fed += n;
        }
        auto room = grow(out, used, in.size() / 2 + 64);
        bs.next_out = reinterpret_cast<char *>(room.data());
        bs.avail_out = static_cast<unsigned>(room.size());
        const int action = fed == in.size() && bs.avail_in == 0 ? BZ_FINISH : BZ_RUN;
        const int ret = BZ2_bzCompress(&bs, action);
        used += room.size() - bs.avail_out;
        if (ret == BZ_STREAM_END)
            break;
        if (ret != BZ_RUN_OK && ret != BZ_FINISH_OK)
            return compressError(Compression::Bz2,
                                 "bzip2 encoder failed with code " + std::to_string(ret));
    }
    out.resize(used);
    return out;
}

Result<std::vector<uint8_t>> lzmaAll(std::span<const uint8_t> in, int level, bool xz)
{
    const Compression c = xz ? Compression::Xz : Compression::Lzma;
    if (level == -1)
        level = 6;
    if (level < 0 || level > 9)
        return compressError(c, "preset must be 0..9, got " + std::to_string(level));
    lzma_stream ls = LZMA_STREAM_INIT;
    lzma_ret init;
    if (xz) {
        init = lzma_easy_encoder(&ls, static_cast<uint32_t>(level), LZMA_CHECK_CRC64);
    } else {
        lzma_options_lzma options{};
        if (lzma_lzma_preset(&options, static_cast<uint32_t>(level)))
            return compressError(c, "unsupported preset " + std::to_string(level));
        init = lzma_alone_encoder(&ls, &options);
    }
    if (init != LZMA_OK)
        return compressError(c, "cannot initialise the encoder");
    struct Guard
    {
        lzma_stream &l;
        ~Guard() { lzma_end(&l); }
    } guard{ls};

    std::vector<uint8_t> out;
    size_t used = 0;
    ls.next_in = in.data();
    ls.avail_in = in.size();
    for (;;) {
        auto room = grow(out, used, in.size() / 2 + 64);
        ls.next_out = room.data();
        ls.avail_out = room.size();
        const lzma_ret ret = lzma_code(&ls, LZMA_FINISH);
        used += room.size() - ls.avail_out;
        if (ret == LZMA_STREAM_END)
            break;
        if (ret != LZMA_OK)
            return compressError(c, "encoder failed with code "
                                        + std::to_string(static_cast<int>(ret)));
    }
    out.resize(used);
    return out;
}

Result<std::vector<uint8_t>> lz4All(std::span<const uint8_t> in, int level)
{
    if (level == -1)
        level = 0;
    if (level < 0 || level > 12)
        return compressError(Compression::Lz4, "level must be 0..12, got " + std::to_string(level));
    LZ4F_preferences_t prefs;
    std::memset(&prefs, 0, sizeof prefs);
    prefs.frameInfo.contentSize = in.size();
    prefs.compressionLevel = level;
    const size_t bound = LZ4F_compressFrameBound(in.size(), &prefs);
    if (LZ4F_isError(bound))
        return compressError(Compression::Lz4, LZ4F_getErrorName(bound));
    std::vector<uint8_t> out(bound);
    const size_t n = LZ4F_compressFrame(out.data(), out.size(), in.data(), in.size(), &prefs);
    if (LZ4F_isError(n))
        return compressError(Compression::Lz4, LZ4F_getErrorName(n));
    out.resize(n);
    return out;
}

std::string hexLiteral(uint64_t value)
{
    static const char digits[] = "0123456789abcdef";
    std::string hex;
    do {
        hex.insert(hex.begin(), digits[value & 0xf]);
        value >>= 4;
    } while (value != 0);
    return "0x" + hex;
}

} // namespace

std::optional<Compression> compressionFromName(std::string_view name)
{
    for (Compression c : {Compression::None, Compression::Zlib, Compression::Gzip, Compression::Bz2,
                          Compression::Xz, Compression::Lzma, Compression::Lz4, Compression::ZFile})
        if (compressionName(c) == name)
            return c;
    return std::nullopt;
}

std::string_view compressionName(Compression c)
{
    switch (c) {
    case Compression::None:
        return "none";
    case Compression::Zlib:
        return "zlib";
    case Compression::Gzip:
        return "gzip";
    case Compression::Bz2:
        return "bz2";
    case Compression::Xz:
        return "xz";
    case Compression::Lzma:
        return "lzma";
    case Compression::Lz4:
        return "lz4";
    case Compression::ZFile:
        return "zfile";
    }
    return "unknown";
}

Compression detectCompression(std::span<const uint8_t> head)
{
    if (startsWith(head, {'Z', 'F'}))
        return Compression::ZFile;
    if (startsWith(head, {0x78}))
        return Compression::Zlib;
    if (startsWith(head, {0x1f, 0x8b}))
        return Compression::Gzip;
    if (startsWith(head, {'B', 'Z'}))
        return Compression::Bz2;
    if (startsWith(head, {0xfd, 0x37, 0x7a, 0x58, 0x5a}))
        return Compression::Xz;
    if (startsWith(head, {0x5d, 0x00}))
        return Compression::Lzma;
    if (startsWith(head, {0x04, 0x22, 0x4d, 0x18}))
        return Compression::Lz4;
    return Compression::None;
}

Result<ByteBuffer> decompress(std::span<const uint8_t> in, Compression c,
                              const DecompressLimits &limits, DecompressReport *report)
{
    DecompressReport local;
    DecompressReport &r = report ? *report : local;
    r = DecompressReport{};
    try {
        return decompressImpl(in, c, limits, r);
    } catch (const std::bad_alloc &) {
        r.partialOutput.reset();
        return streamError(streamLabel(c), 0, "out of memory while decompressing");
    } catch (const std::exception &ex) {
        r.partialOutput.reset();
        return streamError(streamLabel(c), 0, std::string("decompression failed: ") + ex.what());
    }
}

namespace {

/// Raw deflate through the one zlib loop (inflateOne), with the output bounded by `declared`
/// besides the limits.
Result<uint64_t> inflateRawImpl(std::span<const uint8_t> in, ByteBuffer &out, uint64_t declared,
                                const DecompressLimits &limits, const std::string &stream,
                                Sink::Consumer consume)
{
    DecompressLimits bounded = limits;
    bounded.maxOutputBytes = std::min(limits.maxOutputBytes, declared);
    Sink sink(out, bounded, in.size(), kDeflateMaxExpansion, declared, stream);
    if (consume)
        sink.setConsumer(std::move(consume));
    auto used = inflateOne(in, 0, sink, -MAX_WBITS, "deflate");
    if (!used && sink.used() > declared && declared < limits.maxOutputBytes) {
        Error e = used.error();
        e.message = "deflate data inflates to more than the declared " + std::to_string(declared)
                    + " bytes";
        return e;
    }
    if (!consume)
        sink.finish();
    return used;
}

} // namespace

Result<uint64_t> inflateRaw(std::span<const uint8_t> in, ByteBuffer &out, uint64_t declared,
                            const DecompressLimits &limits, const std::string &stream)
{
    try {
        out.reset();
        return inflateRawImpl(in, out, declared, limits, stream, {});
    } catch (const std::bad_alloc &) {
        out.reset();
        return streamError(stream, 0, "out of memory while inflating");
    }
}

Result<uint64_t> inflateRaw(std::span<const uint8_t> in,
                            const std::function<void(std::span<const uint8_t>)> &consume,
                            uint64_t declared, const DecompressLimits &limits,
                            const std::string &stream)
{
    try {
        ByteBuffer scratch;
        return inflateRawImpl(in, scratch, declared, limits, stream, consume);
    } catch (const std::bad_alloc &) {
        return streamError(stream, 0, "out of memory while inflating");
    }
}

Result<std::vector<uint8_t>> compress(std::span<const uint8_t> in, Compression c, int level)
{
    try {
        switch (c) {
        case Compression::None:
            return std::vector<uint8_t>(in.begin(), in.end());
        case Compression::Zlib:
            return deflateAll(in, level, MAX_WBITS, c, {});
        case Compression::Gzip:
            return deflateAll(in, level, 16 + MAX_WBITS, c, {});
        case Compression::ZFile: {
            // joblib numpy_pickle_compat.write_zfile: b"ZF" + hex(len).ljust(19) + zlib data.
            std::string header = "ZF" + hexLiteral(in.size());
            header.resize(kZFileHeaderSize, ' ');
            return deflateAll(in, level, MAX_WBITS, c,
                              std::vector<uint8_t>(header.begin(), header.end()));
        }
        case Compression::Bz2:
            return bzipAll(in, level);
        case Compression::Xz:
            return lzmaAll(in, level, true);
        case Compression::Lzma:
            return lzmaAll(in, level, false);
        case Compression::Lz4:
            return lz4All(in, level);
        }
        return compressError(c, "unknown compression");
    } catch (const std::bad_alloc &) {
        return compressError(c, "out of memory while compressing");
    } catch (const std::exception &ex) {
        return compressError(c, std::string("compression failed: ") + ex.what());
    }
}

} // namespace ps
