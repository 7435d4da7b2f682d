// SPDX-License-Identifier: MIT
#pragma once

#include "source/decompress.h"
#include "util/result.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace ps {

/// Things about a ZIP entry that loaders and scanners disagree on (SECURITY.md (a) 45–50).
/// They are reported, never refused: the entry is still listed and readable when possible.
enum ZipAnomaly : uint32_t {
    ZipNameMismatch = 1u << 0,     ///< local header name ≠ central directory name (CVE-2025-1944)
    ZipSuspiciousFlags = 1u << 1,  ///< flag bit 0x1/0x20/0x40 (encryption/patch) (CVE-2025-1945)
    ZipCrcMismatch = 1u << 2,      ///< CRC-32 of the data ≠ the declared one (CVE-2025-10156)
    ZipDuplicateName = 1u << 3,    ///< another entry has the same central directory name
    ZipMethodMismatch = 1u << 4,   ///< local header method/sizes ≠ central directory
    ZipOverlapping = 1u << 5,      ///< the data overlaps another entry (zip-bomb technique)
    ZipUnreadable = 1u << 6,       ///< local header or data lies outside the file (see `problem`)
    ZipUnsupportedMethod = 1u << 7 ///< neither stored (0) nor deflate (8)
};

/// One archive member, as the central directory describes it plus what its local header says.
/// Names are the raw bytes of the archive (UTF-8 when flag 0x800 is set, otherwise CP437, which
/// equals ASCII for every name PyTorch writes).
struct ZipEntry
{
    std::string name;      ///< central directory name (what PyTorch/miniz and zipfile look up)
    std::string localName; ///< name in the local file header (empty if unreadable)
    uint16_t method = 0;   ///< 0 = stored, 8 = deflate (central directory value)
    uint16_t flags = 0;    ///< general-purpose bit flags (central directory value)
    uint16_t localFlags = 0;
    uint32_t crc32 = 0; ///< declared CRC-32 (central directory)
    uint64_t compressedSize = 0;
    uint64_t uncompressedSize = 0;
    uint64_t centralOffset = 0;     ///< file offset of this central directory record
    uint64_t localHeaderOffset = 0; ///< file offset of the local header (after prefix shift)
    uint64_t dataOffset = 0;        ///< file offset of the (compressed) data
    uint32_t anomalies = 0;         ///< ZipAnomaly bits
    std::string problem;            ///< why the entry is unreadable (ZipUnreadable), else empty

    /// False when the local header or the data lies outside the file (see `problem`).
    bool readable() const { return (anomalies & ZipUnreadable) == 0; }
};

/// The parsed directory of a ZIP archive.
struct ZipArchive
{
    std::vector<ZipEntry> entries;     ///< central directory order
    std::vector<std::string> warnings; ///< every anomaly, each naming its entry
    uint64_t prefixBytes = 0;          ///< bytes before the archive (self-extractor style)
    bool zip64 = false;                ///< a Zip64 end-of-central-directory record was used
    std::string comment;               ///< archive comment

    /// The first entry with this central directory name, or nullptr.
    const ZipEntry *find(std::string_view name) const;
};

/// Options for readZip().
struct ZipReadOptions
{
    /// Compute the CRC-32 of every readable entry and compare it with the declared one.
    /// Stored entries cost one pass over their bytes; deflated ones are inflated in 256 KiB
    /// pieces (bounded by `limits`) and discarded.
    bool verifyCrc = true;
    DecompressLimits limits; ///< bounds for inflating deflated entries while checking CRCs
};

/// Size of the end-of-central-directory record without its comment.
inline constexpr uint64_t kZipEocdSize = 22;
/// How far back from the end the EOCD can be: its size plus the largest comment (65535).
inline constexpr uint64_t kZipEocdSearchSpan = kZipEocdSize + 0xffff; // 65557

/// Reads the directory of a ZIP archive held in `file` (our own reader, no libzip).
///
/// Finds the end-of-central-directory record by scanning backwards (at most 65557 bytes), follows
/// a Zip64 locator/record when present, parses every central directory entry and its local
/// header. Every offset and size is checked against the file size with overflow-safe
/// arithmetic. Fails only when the directory itself cannot be read (no EOCD, directory outside
/// the file, truncated or mis-signed directory record). An entry whose local header or data lies
/// outside the file is kept, flagged ZipUnreadable with a `problem` text, and entryData()
/// refuses it. Other anomalies (name mismatch, flag bits, CRC mismatch, duplicates, overlaps)
/// become warnings.
Result<ZipArchive> readZip(std::span<const uint8_t> file, const ZipReadOptions &options = {});

/// The uncompressed bytes of `entry`.
///
/// Method 0 (stored, what PyTorch writes): a view into `file`, no copy. Method 8 (deflate):
/// inflated in one pass into `storageIfInflated` (replaced), which is reserved once from the
/// declared uncompressed size, bounded by what deflate can produce from the entry's bytes and
/// by `limits` (decompress.h's one set of limits); the returned span points into it. Any other
/// method, unreadable entries, and inflated sizes that differ from the declared one are Errors.
Result<std::span<const uint8_t>> entryData(std::span<const uint8_t> file, const ZipEntry &entry,
                                           ByteBuffer &storageIfInflated,
                                           const DecompressLimits &limits = {});

/// True when `file` starts with a local file header ("PK\x03\x04") or has an EOCD record in its
/// last 65557 bytes.
bool looksLikeZip(std::span<const uint8_t> file);

} // namespace ps
