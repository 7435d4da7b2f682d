// SPDX-License-Identifier: MIT
#pragma once

#include "source/byte_buffer.h"
#include "util/result.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ps {

/// The whole-file compressions joblib can write or read (FORMAT.md §3.1, §3.5).
enum class Compression {
    None,  ///< not compressed (a pickle stream)
    Zlib,  ///< RFC 1950 zlib stream, window bits 15 (joblib ".z", compress=True/int)
    Gzip,  ///< RFC 1952 gzip, one or more members (joblib ".gz")
    Bz2,   ///< bzip2 ("BZh…", joblib ".bz2")
    Xz,    ///< xz container (joblib ".xz")
    Lzma,  ///< legacy LZMA "alone" format (joblib ".lzma")
    Lz4,   ///< LZ4 frame format (joblib ".lz4")
    ZFile, ///< joblib < 0.10 "ZF" Z-file: "ZF" + 19-char hex length + zlib stream
};

/// Lower-case name: "none", "zlib", "gzip", "bz2", "xz", "lzma", "lz4", "zfile".
std::string_view compressionName(Compression c);

/// The inverse of compressionName() ("zlib" -> Compression::Zlib), or nullopt.
std::optional<Compression> compressionFromName(std::string_view name);

/// Picks the compression from the first bytes, exactly as joblib's `_detect_compressor` does
/// (prefixes from joblib/compressor.py): "ZF" → ZFile, 78 → Zlib, 1F 8B → Gzip, "BZ" → Bz2,
/// FD 37 7A 58 5A → Xz, 5D 00 → Lzma, 04 22 4D 18 → Lz4, anything else → None. The prefixes are
/// the ones joblib tests (e.g. only "BZ", not "BZh"), so a file joblib would route to a
/// decompressor is routed the same way here, and decompress() then says what is wrong with it.
Compression detectCompression(std::span<const uint8_t> head);

/// The limits on decompressed data, one set for every decoder (whole-file compressions, ZIP
/// entries, legacy joblib companion files).
///
/// Cap on decompressed output: far above any model we expect, below "fill the disk".
inline constexpr uint64_t kDefaultMaxDecompressedBytes = uint64_t(16) << 30; // 16 GiB
/// Cap on the output/input size ratio, for every format: just above deflate's physical
/// maximum (1032:1), so no valid zlib/gzip/ZIP data ever trips it, while bzip2 and LZMA
/// streams (which can reach millions to one) may not produce more than deflate could from the
/// same bytes. A 1.6 MB file thus yields at most ~1.8 GB.
inline constexpr uint64_t kDefaultMaxCompressionRatio = 1100;
/// The ratio cap is only enforced once this much output exists: small, highly compressible
/// payloads (a few MiB of zeros) are harmless and common.
inline constexpr uint64_t kDefaultRatioCheckThreshold = uint64_t(64) << 20; // 64 MiB
/// Cap on the memory an xz / lzma decoder may allocate (dictionary size is declared by
/// the input; xz -9e needs 65 MiB).
inline constexpr uint64_t kDefaultMaxDecoderMemory = uint64_t(1) << 30; // 1 GiB

/// Limits that bound how much a decompression may produce (defaults: the constants above).
///
/// Memory follows what the data can honestly produce: the output buffer is reserved once
/// from the size the container declares (gzip ISIZE, the xz index, an LZ4 frame's content
/// size, the lzma header, a Z-file's length, a ZIP entry's size), but never beyond what the
/// compressed bytes can expand to (deflate 1032:1, LZ4 255:1, and the ratio cap) nor the
/// output cap; without a declared size it starts from a guess and doubles (never
/// zero-filled). A lying declaration costs a reservation within those bounds, nothing more.
struct DecompressLimits
{
    uint64_t maxOutputBytes = kDefaultMaxDecompressedBytes; ///< hard cap on the output size
    uint64_t maxRatio = kDefaultMaxCompressionRatio;        ///< output/input cap (0 = no ratio cap)
    uint64_t ratioCheckAbove = kDefaultRatioCheckThreshold; ///< ratio checked above this output
    uint64_t maxDecoderMemory = kDefaultMaxDecoderMemory;   ///< xz/lzma decoder memory limit
    /// When set and true, decompression stops at the next chunk with a "cancelled" Error (a
    /// window closing a tab while a big file inflates).
    const std::atomic<bool> *cancel = nullptr;
};

/// Extra facts about a decompression, for display and for the security report.
struct DecompressReport
{
    uint64_t consumedBytes = 0; ///< compressed bytes that belonged to the stream(s)
    uint64_t trailingBytes = 0; ///< bytes after the last stream that were not decoded
    uint32_t streams = 0;       ///< members / streams / frames decoded (concatenation is legal)
    std::vector<std::string> warnings; ///< e.g. ignored trailing bytes, ZFile length mismatch
    /// Times the output buffer was reserved or grown (1 when the declared size was right) and
    /// the largest capacity it had: the memory the decompression held.
    uint32_t reservations = 0;
    uint64_t reservedBytes = 0;
    /// On failure only: the bytes decoded before the error (a truncated file still shows what
    /// it contains). Empty on success (the output is the Result value then).
    ByteBuffer partialOutput;
};

/// Decompresses a whole stream of kind `c`.
///
/// Concatenated streams are decoded as Python's readers do (gzip members, bz2/xz/lzma streams,
/// lz4 frames; a zlib stream is single). Bytes after the last stream are not an error: they are
/// counted in `report->trailingBytes` with a warning. Corrupt or truncated input gives an Error
/// whose `stream` names the format and whose `offset` is the compressed-input offset where
/// decoding failed, as precisely as the library tells. Exceeding `limits` is an Error too.
/// `Compression::None` returns a copy of the input (still subject to maxOutputBytes).
Result<ByteBuffer> decompress(std::span<const uint8_t> in, Compression c,
                              const DecompressLimits &limits = {},
                              DecompressReport *report = nullptr);

/// The output size the container of `in` declares, read without decoding: gzip's ISIZE (the
/// last member's size modulo 2^32), the uncompressed size in the xz index of the last stream,
/// the lzma "alone" header's size (when not "unknown"), an LZ4 frame's content size (when the
/// frame stores it), a Z-file's length field; the input size for None; nothing for zlib and
/// bzip2, which record no size. A declaration is only a reservation hint: the decoders check
/// the data against it where the format says so.
std::optional<uint64_t> declaredSize(std::span<const uint8_t> in, Compression c);

/// Raw deflate data (ZIP method 8) into `out`, which is reserved once to `declared` bytes
/// (bounded by deflate's expansion and `limits`); more output than `declared` is an Error, as
/// is exceeding `limits`. The same zlib loop and limits as decompress(). Returns the compressed
/// bytes used (an Error's offset is relative to `in`; `stream` names it).
Result<uint64_t> inflateRaw(std::span<const uint8_t> in, ByteBuffer &out, uint64_t declared,
                            const DecompressLimits &limits, const std::string &stream);

/// The same, handing the output to `consume` in chunks of at most 256 KiB and keeping none of
/// it (for CRC checks).
Result<uint64_t> inflateRaw(std::span<const uint8_t> in,
                            const std::function<void(std::span<const uint8_t>)> &consume,
                            uint64_t declared, const DecompressLimits &limits,
                            const std::string &stream);

/// Compresses `in` the way joblib writes each format (FORMAT.md §3.1): zlib with window bits 15;
/// gzip via zlib window bits 31 (mtime 0, no name, OS byte 3); bz2 (level = block size 1–9);
/// xz with a CRC64 check (preset 0–9); LZMA "alone" (preset 0–9); an LZ4 frame with the content
/// size stored (LZ4F level 0–12; ≥ 3 is LZ4-HC); ZFile = "ZF" + `hex(len)` left-justified to
/// 19 characters + a zlib stream. `level` -1 selects each library's default (zlib 6, bz2 9,
/// xz/lzma 6, lz4 0); other out-of-range levels are an Error. `Compression::None` returns a copy.
Result<std::vector<uint8_t>> compress(std::span<const uint8_t> in, Compression c, int level);

} // namespace ps
