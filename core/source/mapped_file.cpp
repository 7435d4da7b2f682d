// SPDX-License-Identifier: MIT
#include "source/mapped_file.h"

#include "source/mapping_guard.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <new>
#include <utility>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ps {

namespace {

Error fileError(const std::string &path, const std::string &what, int err)
{
    Error e = makeError(0, what + ": " + std::strerror(err));
    e.file = path;
    return e;
}

/// Closes a descriptor on scope exit unless released.
struct FdCloser
{
    int fd;
    ~FdCloser()
    {
        if (fd >= 0)
            ::close(fd);
    }
    int release() { return std::exchange(fd, -1); }
};

MappedFile::Stamp stampOf(const struct stat &st)
{
    MappedFile::Stamp s;
    s.device = static_cast<uint64_t>(st.st_dev);
    s.inode = static_cast<uint64_t>(st.st_ino);
    s.size = static_cast<int64_t>(st.st_size);
    s.mtimeSec = static_cast<int64_t>(st.st_mtim.tv_sec);
    s.mtimeNsec = static_cast<int64_t>(st.st_mtim.tv_nsec);
    return s;
}

} // namespace

Result<std::shared_ptr<MappedFile>> MappedFile::open(const std::string &path)
{
    try {
        int fd = -1;
        do {
            fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
        } while (fd < 0 && errno == EINTR);
        if (fd < 0)
            return fileError(path, "cannot open the file", errno);
        FdCloser closer{fd};

        struct stat st = {};
        if (::fstat(fd, &st) != 0)
            return fileError(path, "cannot read the file's status", errno);
        if (S_ISDIR(st.st_mode))
            return fileError(path, "cannot open the file", EISDIR);
        if (!S_ISREG(st.st_mode)) {
            Error e = makeError(0, "not a regular file (devices, pipes and sockets are not read)");
            e.file = path;
            return e;
        }
        if (st.st_size < 0) {
            Error e = makeError(0, "the file reports a negative size");
            e.file = path;
            return e;
        }

        std::shared_ptr<MappedFile> file(new MappedFile);
        file->m_path = path;
        file->m_stamp = stampOf(st);
        const auto size = static_cast<uint64_t>(st.st_size);
        if (size == 0) {
            file->m_fd = closer.release();
            return file;
        }
        if (size > static_cast<uint64_t>(SIZE_MAX)) {
            Error e = makeError(0, "the file is too large to map into memory");
            e.file = path;
            return e;
        }

        void *p = ::mmap(nullptr, static_cast<size_t>(size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (p == MAP_FAILED)
            return fileError(path, "cannot map the file into memory", errno);
        // Parsing touches the file mostly front to back.
        ::madvise(p, static_cast<size_t>(size), MADV_SEQUENTIAL);
        file->m_mapping = p;
        file->m_data = static_cast<const uint8_t *>(p);
        file->m_size = static_cast<size_t>(size);
        file->m_guardSlot = mapping_guard::add(p, file->m_size);
        file->m_fd = closer.release();
        return file;
    } catch (const std::exception &ex) {
        Error e = makeError(0, std::string("cannot open the file: ") + ex.what());
        e.file = path;
        return e;
    }
}

MappedFile::~MappedFile()
{
    mapping_guard::remove(m_guardSlot);
    if (m_mapping)
        ::munmap(m_mapping, m_size);
    if (m_fd >= 0)
        ::close(m_fd);
}

void MappedFile::releasePages(uint64_t begin, uint64_t end) const
{
    const auto page = static_cast<uint64_t>(::sysconf(_SC_PAGESIZE));
    end = std::min(end, m_size);
    const uint64_t first = (begin + page - 1) / page * page;
    const uint64_t last = end / page * page;
    if (!m_data || page == 0 || last <= first)
        return;
    // The mapping is private and read-only, so nothing is lost: a hint the kernel may ignore.
    ::madvise(const_cast<uint8_t *>(m_data) + first, static_cast<size_t>(last - first),
              MADV_DONTNEED);
}

MappedFile::DiskChange MappedFile::diskChange() const
{
    if (mapping_guard::faulted(m_guardSlot))
        return DiskChange::Modified;
    struct stat st = {};
    if (m_fd >= 0 && ::fstat(m_fd, &st) == 0 && !(stampOf(st) == m_stamp))
        return DiskChange::Modified;
    if (::stat(m_path.c_str(), &st) != 0 || !(stampOf(st) == m_stamp))
        return DiskChange::Replaced;
    return DiskChange::None;
}

} // namespace ps
