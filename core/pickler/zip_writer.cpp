// SPDX-License-Identifier: MIT
#include "pickler/zip_writer.h"

#include <zlib.h>

namespace ps {
namespace {

constexpr uint64_t kAlignment = 64;
constexpr uint64_t kZip64Limit = 0xFFFFFFFFull;

void put(std::vector<uint8_t> &out, uint64_t v, int n)
{
    for (int i = 0; i < n; ++i)
        out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}

struct Written
{
    uint64_t headerOffset;
    uint32_t crc;
    uint64_t size;
};

} // namespace

std::vector<uint8_t> writeStoredZip(const std::vector<ZipWriteEntry> &entries)
{
    std::vector<uint8_t> out;
    std::vector<Written> written;
    for (const ZipWriteEntry &e : entries) {
        const uint64_t header = out.size();
        const uint32_t crc
            = static_cast<uint32_t>(crc32_z(crc32_z(0, nullptr, 0), e.data.data(), e.data.size()));
        const bool big = e.data.size() >= kZip64Limit;
        // Local header: 30 bytes + name + extra; pad the extra so the data is aligned.
        const uint64_t zip64Extra = big ? 20 : 0;
        uint64_t extra = zip64Extra;
        const uint64_t unpadded = header + 30 + e.name.size() + extra;
        uint64_t pad = (kAlignment - (unpadded + 4) % kAlignment) % kAlignment;
        extra += 4 + pad; // "FB" extra: id, length, padding bytes
        put(out, 0x04034b50, 4);
        put(out, big ? 45 : 20, 2); // version needed
        put(out, 0, 2);             // flags
        put(out, 0, 2);             // stored
        put(out, 0, 2);             // time
        put(out, 0x21, 2);          // date (1980-01-01)
        put(out, crc, 4);
        put(out, big ? kZip64Limit : e.data.size(), 4);
        put(out, big ? kZip64Limit : e.data.size(), 4);
        put(out, e.name.size(), 2);
        put(out, extra, 2);
        out.insert(out.end(), e.name.begin(), e.name.end());
        if (big) {
            put(out, 0x0001, 2);
            put(out, 16, 2);
            put(out, e.data.size(), 8);
            put(out, e.data.size(), 8);
        }
        put(out, 0x4246, 2); // 'FB'
        put(out, pad, 2);
        out.insert(out.end(), pad, 'Z');
        out.insert(out.end(), e.data.begin(), e.data.end());
        written.push_back({header, crc, e.data.size()});
    }
    const uint64_t centralStart = out.size();
    for (size_t i = 0; i < entries.size(); ++i) {
        const ZipWriteEntry &e = entries[i];
        const Written &w = written[i];
        const bool big = w.size >= kZip64Limit || w.headerOffset >= kZip64Limit;
        put(out, 0x02014b50, 4);
        put(out, big ? 45 : 20, 2); // made by
        put(out, big ? 45 : 20, 2); // needed
        put(out, 0, 2);
        put(out, 0, 2);
        put(out, 0, 2);
        put(out, 0x21, 2);
        put(out, w.crc, 4);
        put(out, big ? kZip64Limit : w.size, 4);
        put(out, big ? kZip64Limit : w.size, 4);
        put(out, e.name.size(), 2);
        put(out, big ? 28 : 0, 2); // extra
        put(out, 0, 2);            // comment
        put(out, 0, 2);            // disk
        put(out, 0, 2);            // internal attributes
        put(out, 0, 4);            // external attributes
        put(out, big ? kZip64Limit : w.headerOffset, 4);
        out.insert(out.end(), e.name.begin(), e.name.end());
        if (big) {
            put(out, 0x0001, 2);
            put(out, 24, 2);
            put(out, w.size, 8);
            put(out, w.size, 8);
            put(out, w.headerOffset, 8);
        }
    }
    const uint64_t centralSize = out.size() - centralStart;
    const bool zip64 = entries.size() >= 0xFFFF || centralStart >= kZip64Limit;
    if (zip64) {
        const uint64_t record = out.size();
        put(out, 0x06064b50, 4);
        put(out, 44, 8);
        put(out, 45, 2);
        put(out, 45, 2);
        put(out, 0, 4);
        put(out, 0, 4);
        put(out, entries.size(), 8);
        put(out, entries.size(), 8);
        put(out, centralSize, 8);
        put(out, centralStart, 8);
        put(out, 0x07064b50, 4);
        put(out, 0, 4);
        put(out, record, 8);
        put(out, 1, 4);
    }
    put(out, 0x06054b50, 4);
    put(out, 0, 2);
    put(out, 0, 2);
    put(out, zip64 ? 0xFFFF : entries.size(), 2);
    put(out, zip64 ? 0xFFFF : entries.size(), 2);
    put(out, zip64 ? kZip64Limit : centralSize, 4);
    put(out, zip64 ? kZip64Limit : centralStart, 4);
    put(out, 0, 2);
    return out;
}

} // namespace ps
