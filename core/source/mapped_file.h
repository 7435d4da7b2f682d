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
/// while it is mapped, reading the vanished pages raises SIGBUS; that is inherent to mmap.
class MappedFile
{
public:
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

private:
    MappedFile() = default;

    std::string m_path;
    const uint8_t *m_data = nullptr;
    size_t m_size = 0;
    void *m_mapping = nullptr; ///< what mmap() returned (nullptr for an empty file)
};

} // namespace ps
