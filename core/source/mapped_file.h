// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>

namespace ps {

/// A read-only memory map of a whole file (RAII: unmapped on destruction).
///
/// Every later stage reads through bytes(); nothing is copied. Empty files are valid and give an
/// empty span. Only regular files can be mapped: directories, FIFOs and devices are refused with
/// a clear Error (a device such as /dev/zero has no end). If another process truncates the file
/// while it is mapped, reading the vanished pages gives zeros instead of SIGBUS
/// (source/mapping_guard.h) and diskChange() says Modified: the owner reports an error rather
/// than use what it read.
class MappedFile
{
public:
    /// What happened to the file on disk since it was opened.
    enum class DiskChange : uint8_t {
        None,     ///< the path names the mapped file, its size and modification time as read
        Replaced, ///< the path names another file or none (an atomic save, a deletion): the
                  ///< mapped bytes are intact, but they are no longer what is on disk
        Modified, ///< the mapped file itself was written or truncated: bytes read from the
                  ///< mapping may differ from those parsed, or be zeros
    };

    /// Opens and maps `path`. Errors carry `file` = path and the strerror() text.
    static Result<std::shared_ptr<MappedFile>> open(const std::string &path);

    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    /// The whole file content (empty span for an empty file).
    std::span<const uint8_t> bytes() const { return {m_data, m_size}; }
    /// File size in bytes.
    uint64_t size() const { return m_size; }
    /// The path as given to open().
    const std::string &path() const { return m_path; }
    /// Compares the file with what was opened: the mapped file's own size and modification
    /// time (through the descriptor kept open), a read that hit a truncated page, then what the
    /// path names now. Cheap (two fstat/stat calls).
    DiskChange diskChange() const;

    /// Lets the kernel take back the resident pages of [begin, end) (whole pages inside it).
    /// The bytes stay readable: the next read maps them again from the page cache. A reader
    /// that went past them calls this so the process does not hold a file it has finished
    /// with (a 200 MB pickle would otherwise count 200 MB of resident memory).
    void releasePages(uint64_t begin, uint64_t end) const;

    /// Identity and version of a file: device, inode, size, modification time.
    struct Stamp
    {
        uint64_t device = 0;
        uint64_t inode = 0;
        int64_t size = -1;
        int64_t mtimeSec = 0;
        int64_t mtimeNsec = 0;
        bool operator==(const Stamp &) const = default;
    };

private:
    MappedFile() = default;

    std::string m_path;
    const uint8_t *m_data = nullptr;
    size_t m_size = 0;
    void *m_mapping = nullptr; ///< what mmap() returned (nullptr for an empty file)
    int m_fd = -1;             ///< kept open: fstat() tells whether the mapped file changed
    int m_guardSlot = -1;      ///< mapping_guard slot, -1 when unregistered
    Stamp m_stamp;             ///< the file as opened
};

} // namespace ps
