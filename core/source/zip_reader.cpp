// SPDX-License-Identifier: MIT
#include "source/zip_reader.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <new>
#include <optional>
#include <unordered_map>

#include <zlib.h> // crc32_z

namespace ps {

namespace {

// Record signatures and fixed sizes (PKWARE APPNOTE 6.3.x, sections 4.3.7, 4.3.12, 4.3.14-16).
constexpr uint32_t kSigLocal = 0x04034b50;
constexpr uint32_t kSigCentral = 0x02014b50;
constexpr uint32_t kSigEocd = 0x06054b50;
constexpr uint32_t kSigZip64Eocd = 0x06064b50;
constexpr uint32_t kSigZip64Locator = 0x07064b50;
constexpr uint64_t kLocalHeaderSize = 30;
constexpr uint64_t kCentralHeaderSize = 46;
constexpr uint64_t kZip64LocatorSize = 20;
constexpr uint64_t kZip64EocdSize = 56;
constexpr uint16_t kZip64ExtraId = 0x0001;
/// Bit 0 encrypted, bit 5 compressed patched data, bit 6 strong encryption.
constexpr uint16_t kSuspiciousFlagMask = 0x0001 | 0x0020 | 0x0040;
/// Bit 3: sizes and CRC follow the data in a data descriptor (PyTorch sets it; the local header
/// then holds zeros).
constexpr uint16_t kFlagDataDescriptor = 0x0008;

uint16_t le16(const uint8_t *p)
{
    return static_cast<uint16_t>(p[0] | (p[1] << 8));
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

/// [off, off+len) lies inside [0, size) — without overflowing.
bool fits(uint64_t off, uint64_t len, uint64_t size)
{
    return off <= size && len <= size - off;
}

/// The name as printable text for messages: non-printable bytes become \xHH.
std::string quoted(std::string_view name)
{
    static const char hex[] = "0123456789abcdef";
    std::string out = "'";
    for (unsigned char ch : name) {
        if (ch < 0x20 || ch == 0x7f || ch == '\\' || ch == '\'') {
            out += "\\x";
            out += hex[ch >> 4];
            out += hex[ch & 0xf];
        } else {
            out += static_cast<char>(ch);
        }
    }
    return out + "'";
}

std::string hexDigits(uint32_t v, int digits)
{
    static const char hex[] = "0123456789abcdef";
    std::string out = "0x";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += hex[(v >> shift) & 0xf];
    return out;
}

std::string hex32(uint32_t v)
{
    return hexDigits(v, 8);
}

Error zipError(uint64_t offset, std::string message, std::string stream = "zip directory")
{
    Error e = makeError(offset, std::move(message));
    e.stream = std::move(stream);
    return e;
}

struct EocdHit
{
    uint64_t pos = 0;
    bool exactFit = false;       ///< its comment ends exactly at the end of the file
    bool laterSignature = false; ///< another EOCD signature sits after the one chosen
};

/// Scans backwards for the EOCD. Prefers the last record whose comment length reaches the end
/// of the file exactly; otherwise the last signature found (what zipfile and miniz take).
std::optional<EocdHit> findEocd(std::span<const uint8_t> file)
{
    const uint64_t size = file.size();
    if (size < kZipEocdSize)
        return std::nullopt;
    const uint64_t stop = size > kZipEocdSearchSpan ? size - kZipEocdSearchSpan : 0;
    std::optional<uint64_t> last;
    for (uint64_t pos = size - kZipEocdSize + 1; pos-- > stop;) {
        const uint8_t *p = file.data() + pos;
        if (le32(p) != kSigEocd)
            continue;
        if (!last)
            last = pos;
        if (pos + kZipEocdSize + le16(p + 20) == size)
            return EocdHit{pos, true, *last != pos};
    }
    if (last)
        return EocdHit{*last, false, false};
    return std::nullopt;
}

/// Reads the Zip64 extended-information extra field for the values that overflowed.
void applyZip64Extra(std::span<const uint8_t> extra, ZipEntry &entry, bool needUncompressed,
                     bool needCompressed, bool needOffset, std::vector<std::string> &warnings)
{
    uint64_t i = 0;
    bool found = false;
    while (fits(i, 4, extra.size())) {
        const uint16_t id = le16(extra.data() + i);
        const uint16_t len = le16(extra.data() + i + 2);
        if (!fits(i + 4, len, extra.size())) {
            warnings.push_back("entry " + quoted(entry.name)
                               + ": an extra field runs past the end of the extra data");
            break;
        }
        if (id == kZip64ExtraId && !found) {
            found = true;
            const uint8_t *p = extra.data() + i + 4;
            uint64_t j = 0;
            auto take = [&](uint64_t &target, const char *what) {
                if (j + 8 <= len) {
                    target = le64(p + j);
                    j += 8;
                } else {
                    warnings.push_back("entry " + quoted(entry.name) + ": the Zip64 extra field "
                                       + "lacks the " + what);
                }
            };
            if (needUncompressed)
                take(entry.uncompressedSize, "uncompressed size");
            if (needCompressed)
                take(entry.compressedSize, "compressed size");
            if (needOffset)
                take(entry.localHeaderOffset, "local header offset");
        }
        i += 4 + len;
    }
    if (!found && (needUncompressed || needCompressed || needOffset)) {
        warnings.push_back("entry " + quoted(entry.name)
                           + ": a size or offset is 0xFFFFFFFF but there is no Zip64 extra field");
    }
}

/// Parses the local header of `entry` (whose central fields are filled in).
void readLocalHeader(std::span<const uint8_t> file, ZipEntry &entry,
                     std::vector<std::string> &warnings)
{
    const uint64_t size = file.size();
    auto unreadable = [&](std::string problem) {
        entry.anomalies |= ZipUnreadable;
        entry.problem = problem;
        warnings.push_back("entry " + quoted(entry.name) + ": " + problem);
    };
    const uint64_t lho = entry.localHeaderOffset;
    if (!fits(lho, kLocalHeaderSize, size)) {
        unreadable("local header offset " + std::to_string(lho) + " lies outside the "
                   + std::to_string(size) + "-byte file");
        return;
    }
    const uint8_t *p = file.data() + lho;
    if (le32(p) != kSigLocal) {
        unreadable("no local file header signature at offset " + std::to_string(lho));
        return;
    }
    entry.localFlags = le16(p + 6);
    const uint16_t localMethod = le16(p + 8);
    const uint32_t localCompressed = le32(p + 18);
    const uint32_t localUncompressed = le32(p + 22);
    const uint64_t nameLen = le16(p + 26);
    const uint64_t extraLen = le16(p + 28);
    if (!fits(lho + kLocalHeaderSize, nameLen + extraLen, size)) {
        unreadable("local header name/extra field runs past the end of the file");
        return;
    }
    entry.localName.assign(reinterpret_cast<const char *>(p + kLocalHeaderSize), nameLen);
    entry.dataOffset = lho + kLocalHeaderSize + nameLen + extraLen;

    if (entry.localName != entry.name) {
        entry.anomalies |= ZipNameMismatch;
        warnings.push_back("entry " + quoted(entry.name) + ": local header names it "
                           + quoted(entry.localName)
                           + " (central directory and local header disagree; CVE-2025-1944)");
    }
    if (localMethod != entry.method) {
        entry.anomalies |= ZipMethodMismatch;
        warnings.push_back("entry " + quoted(entry.name) + ": local header says method "
                           + std::to_string(localMethod) + ", central directory says "
                           + std::to_string(entry.method));
    }
    if (!(entry.localFlags & kFlagDataDescriptor)
        && ((localCompressed != 0xffffffffu && localCompressed != entry.compressedSize)
            || (localUncompressed != 0xffffffffu && localUncompressed != entry.uncompressedSize))) {
        entry.anomalies |= ZipMethodMismatch;
        warnings.push_back("entry " + quoted(entry.name)
                           + ": local header sizes differ from the central directory");
    }
    if (!fits(entry.dataOffset, entry.compressedSize, size)) {
        unreadable("compressed data (" + std::to_string(entry.compressedSize) + " bytes at offset "
                   + std::to_string(entry.dataOffset) + ") extends past the end of the "
                   + std::to_string(size) + "-byte file");
    }
}

void verifyCrc(std::span<const uint8_t> file, ZipEntry &entry, const DecompressLimits &limits,
               std::vector<std::string> &warnings)
{
    const auto data = file.subspan(static_cast<size_t>(entry.dataOffset),
                                   static_cast<size_t>(entry.compressedSize));
    uLong crc = crc32(0, nullptr, 0);
    if (entry.method == 0) {
        crc = crc32_z(crc, data.data(), data.size());
    } else if (entry.method == 8) {
        auto used = inflateRaw(
            data,
            [&crc](std::span<const uint8_t> chunk) {
                crc = crc32_z(crc, chunk.data(), chunk.size());
            },
            entry.uncompressedSize, limits, entry.name);
        if (!used) {
            warnings.push_back("entry " + quoted(entry.name) + ": CRC not verified: "
                               + used.error().message + " (compressed offset "
                               + std::to_string(used.error().offset) + ")");
            return;
        }
    } else {
        return;
    }
    if (static_cast<uint32_t>(crc) != entry.crc32) {
        entry.anomalies |= ZipCrcMismatch;
        warnings.push_back("entry " + quoted(entry.name) + ": CRC-32 mismatch: directory says "
                           + hex32(entry.crc32) + ", data gives "
                           + hex32(static_cast<uint32_t>(crc))
                           + " (PyTorch ignores this; CVE-2025-10156)");
    }
}

Result<ZipArchive> readZipImpl(std::span<const uint8_t> file, const ZipReadOptions &options)
{
    const uint64_t size = file.size();
    const auto hit = findEocd(file);
    if (!hit) {
        return zipError(size, "no end of central directory record in the last "
                                  + std::to_string(std::min(size, kZipEocdSearchSpan))
                                  + " bytes (not a ZIP archive, or truncated)");
    }
    ZipArchive archive;
    auto &warnings = archive.warnings;
    const uint64_t eocdPos = hit->pos;
    const uint8_t *eocd = file.data() + eocdPos;
    const uint16_t diskNumber = le16(eocd + 4);
    const uint16_t cdDisk = le16(eocd + 6);
    uint64_t totalEntries = le16(eocd + 10);
    uint64_t cdSize = le32(eocd + 12);
    uint64_t cdOffset = le32(eocd + 16);
    const uint64_t commentLen = le16(eocd + 20);
    const uint64_t commentAvail = std::min(commentLen, size - eocdPos - kZipEocdSize);
    archive.comment.assign(reinterpret_cast<const char *>(eocd + kZipEocdSize), commentAvail);
    if (!hit->exactFit) {
        if (eocdPos + kZipEocdSize + commentLen > size)
            warnings.push_back("the archive comment is truncated");
        else
            warnings.push_back(std::to_string(size - eocdPos - kZipEocdSize - commentLen)
                               + " bytes follow the end of central directory record");
    }
    if (hit->laterSignature) {
        warnings.push_back("another end-of-central-directory signature appears after the one "
                           "used (inside the archive comment)");
    }
    if (diskNumber != 0 || cdDisk != 0)
        warnings.push_back("the archive claims to span several disks; read as a single file");

    // Zip64: a locator immediately before the EOCD points at the Zip64 EOCD record.
    uint64_t cdEnd = eocdPos;
    if (eocdPos >= kZip64LocatorSize
        && le32(file.data() + eocdPos - kZip64LocatorSize) == kSigZip64Locator) {
        const uint8_t *loc = file.data() + eocdPos - kZip64LocatorSize;
        const uint64_t declaredPos = le64(loc + 8);
        const uint64_t adjacentPos = eocdPos - kZip64LocatorSize >= kZip64EocdSize
                                         ? eocdPos - kZip64LocatorSize - kZip64EocdSize
                                         : std::numeric_limits<uint64_t>::max();
        auto isRecord = [&](uint64_t pos) {
            return fits(pos, kZip64EocdSize, eocdPos) && le32(file.data() + pos) == kSigZip64Eocd;
        };
        std::optional<uint64_t> recordPos;
        if (isRecord(declaredPos)) {
            recordPos = declaredPos;
        } else if (isRecord(adjacentPos)) {
            // zipfile reads the record just before the locator; miniz follows the offset.
            recordPos = adjacentPos;
            warnings.push_back("the Zip64 locator points to offset " + std::to_string(declaredPos)
                               + " but the Zip64 record is at " + std::to_string(adjacentPos));
        }
        if (!recordPos) {
            return zipError(eocdPos - kZip64LocatorSize,
                            "Zip64 end of central directory record not found (locator points to "
                            "offset "
                                + std::to_string(declaredPos) + ")");
        }
        const uint8_t *rec = file.data() + *recordPos;
        totalEntries = le64(rec + 32);
        cdSize = le64(rec + 40);
        cdOffset = le64(rec + 48);
        cdEnd = *recordPos;
        archive.zip64 = true;
    }

    // Where the central directory really is. Data prepended to an archive shifts every offset
    // (zipfile's "concat" correction); we follow zipfile and warn.
    uint64_t base = 0;
    if (cdSize > cdEnd) {
        return zipError(eocdPos, "central directory size " + std::to_string(cdSize)
                                     + " is larger than the data before the end record");
    }
    const uint64_t expectedOffset = cdEnd - cdSize;
    if (cdOffset > expectedOffset) {
        return zipError(eocdPos, "central directory (offset " + std::to_string(cdOffset) + ", size "
                                     + std::to_string(cdSize)
                                     + ") runs into the end record or past the "
                                     + std::to_string(size) + "-byte file");
    }
    if (cdOffset < expectedOffset) {
        if (cdSize == 0 || le32(file.data() + cdOffset) == kSigCentral) {
            warnings.push_back(std::to_string(expectedOffset - cdOffset)
                               + " unexplained bytes lie between the central directory and "
                                 "the end record");
        } else {
            base = expectedOffset - cdOffset;
            archive.prefixBytes = base;
            warnings.push_back(std::to_string(base)
                               + " bytes precede the archive; offsets are shifted by that much "
                                 "(as Python's zipfile does; PyTorch would not load this file)");
        }
    }
    const uint64_t cdStart = cdOffset + base;
    const uint64_t cdStop = cdStart + cdSize;

    std::unordered_map<std::string, size_t> firstByName;
    uint64_t pos = cdStart;
    while (pos < cdStop) {
        if (!fits(pos, kCentralHeaderSize, cdStop)) {
            return zipError(pos, "central directory entry #"
                                     + std::to_string(archive.entries.size() + 1)
                                     + " is truncated");
        }
        const uint8_t *p = file.data() + pos;
        if (le32(p) != kSigCentral) {
            return zipError(pos, "bad central directory entry signature " + hex32(le32(p))
                                     + " (expected 0x02014b50)");
        }
        ZipEntry entry;
        entry.centralOffset = pos;
        entry.flags = le16(p + 8);
        entry.method = le16(p + 10);
        entry.crc32 = le32(p + 16);
        const uint32_t compressed32 = le32(p + 20);
        const uint32_t uncompressed32 = le32(p + 24);
        const uint64_t nameLen = le16(p + 28);
        const uint64_t extraLen = le16(p + 30);
        const uint64_t commentLen2 = le16(p + 32);
        const uint32_t offset32 = le32(p + 42);
        if (!fits(pos + kCentralHeaderSize, nameLen + extraLen + commentLen2, cdStop)) {
            return zipError(pos, "central directory entry #"
                                     + std::to_string(archive.entries.size() + 1)
                                     + ": name/extra/comment run past the end of the directory");
        }
        entry.name.assign(reinterpret_cast<const char *>(p + kCentralHeaderSize), nameLen);
        entry.compressedSize = compressed32;
        entry.uncompressedSize = uncompressed32;
        entry.localHeaderOffset = offset32;
        applyZip64Extra(std::span<const uint8_t>(p + kCentralHeaderSize + nameLen, extraLen), entry,
                        uncompressed32 == 0xffffffffu, compressed32 == 0xffffffffu,
                        offset32 == 0xffffffffu, warnings);
        if (entry.localHeaderOffset > std::numeric_limits<uint64_t>::max() - base) {
            entry.anomalies |= ZipUnreadable;
            entry.problem = "local header offset is out of range";
        } else {
            entry.localHeaderOffset += base;
        }
        pos += kCentralHeaderSize + nameLen + extraLen + commentLen2;

        if (entry.readable())
            readLocalHeader(file, entry, warnings);
        if ((entry.flags | entry.localFlags) & kSuspiciousFlagMask) {
            entry.anomalies |= ZipSuspiciousFlags;
            warnings.push_back("entry " + quoted(entry.name) + ": general-purpose flags "
                               + hexDigits(entry.flags | entry.localFlags, 4)
                               + " mark it encrypted or patched; it was read as plain data "
                                 "(loaders may refuse it; CVE-2025-1945)");
        }
        if (entry.method != 0 && entry.method != 8) {
            entry.anomalies |= ZipUnsupportedMethod;
            warnings.push_back("entry " + quoted(entry.name) + ": compression method "
                               + std::to_string(entry.method) + " is not supported");
        }
        const auto [it, inserted] = firstByName.emplace(entry.name, archive.entries.size());
        if (!inserted) {
            entry.anomalies |= ZipDuplicateName;
            archive.entries[it->second].anomalies |= ZipDuplicateName;
            warnings.push_back("entry " + quoted(entry.name)
                               + ": the name appears more than once (ambiguous; loaders differ "
                                 "in which copy they read)");
        }
        archive.entries.push_back(std::move(entry));
    }
    if (archive.entries.size() != totalEntries) {
        warnings.push_back("the end record declares " + std::to_string(totalEntries)
                           + " entries but the central directory holds "
                           + std::to_string(archive.entries.size()));
    }

    // Overlapping data: sort readable entries by local header offset.
    std::vector<size_t> order;
    for (size_t i = 0; i < archive.entries.size(); ++i) {
        if (archive.entries[i].readable())
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return archive.entries[a].localHeaderOffset < archive.entries[b].localHeaderOffset;
    });
    for (size_t k = 1; k < order.size(); ++k) {
        ZipEntry &prev = archive.entries[order[k - 1]];
        ZipEntry &cur = archive.entries[order[k]];
        if (prev.dataOffset + prev.compressedSize > cur.localHeaderOffset) {
            prev.anomalies |= ZipOverlapping;
            cur.anomalies |= ZipOverlapping;
            warnings.push_back("entry " + quoted(prev.name) + ": its data overlaps entry "
                               + quoted(cur.name));
        }
    }

    if (options.verifyCrc) {
        for (ZipEntry &entry : archive.entries) {
            if (entry.readable())
                verifyCrc(file, entry, options.limits, warnings);
        }
    }
    return archive;
}

} // namespace

const ZipEntry *ZipArchive::find(std::string_view name) const
{
    for (const ZipEntry &entry : entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

Result<ZipArchive> readZip(std::span<const uint8_t> file, const ZipReadOptions &options)
{
    try {
        return readZipImpl(file, options);
    } catch (const std::bad_alloc &) {
        return zipError(0, "out of memory while reading the ZIP directory");
    } catch (const std::exception &ex) {
        return zipError(0, std::string("cannot read the ZIP directory: ") + ex.what());
    }
}

Result<std::span<const uint8_t>> entryData(std::span<const uint8_t> file, const ZipEntry &entry,
                                           ByteBuffer &storageIfInflated,
                                           const DecompressLimits &limits)
{
    try {
        storageIfInflated.reset();
        if (!entry.readable()) {
            return zipError(entry.localHeaderOffset, "cannot read the entry: " + entry.problem,
                            entry.name);
        }
        if (!fits(entry.dataOffset, entry.compressedSize, file.size())) {
            return zipError(entry.dataOffset,
                            "compressed data (" + std::to_string(entry.compressedSize)
                                + " bytes) extends past the end of the "
                                + std::to_string(file.size()) + "-byte file",
                            entry.name);
        }
        const auto raw = file.subspan(static_cast<size_t>(entry.dataOffset),
                                      static_cast<size_t>(entry.compressedSize));
        if (entry.method == 0) {
            if (entry.compressedSize != entry.uncompressedSize) {
                return zipError(entry.dataOffset,
                                "stored entry: compressed size "
                                    + std::to_string(entry.compressedSize)
                                    + " differs from uncompressed size "
                                    + std::to_string(entry.uncompressedSize),
                                entry.name);
            }
            return raw;
        }
        if (entry.method != 8) {
            return zipError(entry.localHeaderOffset,
                            "compression method " + std::to_string(entry.method)
                                + " is not supported (only stored and deflate)",
                            entry.name);
        }
        // One pass into a buffer reserved once from the declared size (bounded by what the
        // compressed bytes can inflate to and by `limits`).
        auto used = inflateRaw(raw, storageIfInflated, entry.uncompressedSize, limits, entry.name);
        if (!used) {
            Error e = used.error();
            e.offset += entry.dataOffset; // report a file offset
            storageIfInflated.reset();
            return e;
        }
        if (storageIfInflated.size() != entry.uncompressedSize) {
            const uint64_t got = storageIfInflated.size();
            storageIfInflated.reset();
            return zipError(entry.dataOffset,
                            "deflate data inflates to " + std::to_string(got)
                                + " bytes but the directory declares "
                                + std::to_string(entry.uncompressedSize),
                            entry.name);
        }
        return std::span<const uint8_t>(storageIfInflated);
    } catch (const std::bad_alloc &) {
        storageIfInflated.reset();
        return zipError(entry.dataOffset, "out of memory while inflating the entry", entry.name);
    } catch (const std::exception &ex) {
        storageIfInflated.reset();
        return zipError(entry.dataOffset, std::string("cannot read the entry: ") + ex.what(),
                        entry.name);
    }
}

bool looksLikeZip(std::span<const uint8_t> file)
{
    if (file.size() >= 4 && le32(file.data()) == kSigLocal)
        return true;
    return findEocd(file).has_value();
}

} // namespace ps
