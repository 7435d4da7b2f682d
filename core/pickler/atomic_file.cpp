// SPDX-License-Identifier: MIT
#include "pickler/atomic_file.h"

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <ostream>
#include <random>
#include <streambuf>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace ps {
namespace {

Error systemError(const std::string &path, const std::string &what, int err)
{
    Error e;
    e.file = path;
    e.message = what + ": " + std::strerror(err);
    return e;
}

/// The file a path finally designates (a symlink's target), so the link survives the rename.
std::string resolveTarget(const std::string &path)
{
    std::string current = path;
    for (int depth = 0; depth < 128; ++depth) {
        struct stat st;
        if (lstat(current.c_str(), &st) != 0 || !S_ISLNK(st.st_mode))
            return current;
        char buf[PATH_MAX];
        const ssize_t n = readlink(current.c_str(), buf, sizeof(buf) - 1);
        if (n <= 0)
            return current;
        buf[n] = '\0';
        std::string target(buf);
        if (!target.empty() && target[0] != '/') {
            const auto slash = current.rfind('/');
            target = (slash == std::string::npos ? std::string() : current.substr(0, slash + 1))
                     + target;
        }
        current = target;
    }
    return current;
}

/// An output stream buffer over a file descriptor: 64 KiB chunks, EINTR retried, the first
/// write error kept (and every later write refused).
class FdBuffer : public std::streambuf
{
public:
    explicit FdBuffer(int fd)
        : m_fd(fd)
        , m_chunk(size_t(1) << 16)
    {
        setp(m_chunk.data(), m_chunk.data() + m_chunk.size());
    }
    int error() const { return m_error; }
    uint64_t written() const { return m_written; }

protected:
    int_type overflow(int_type ch) override
    {
        if (!drain())
            return traits_type::eof();
        if (!traits_type::eq_int_type(ch, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(ch);
            pbump(1);
        }
        return traits_type::not_eof(ch);
    }
    int sync() override { return drain() ? 0 : -1; }
    std::streamsize xsputn(const char *s, std::streamsize n) override
    {
        // Large blocks go straight to the file, small ones through the chunk.
        if (n >= static_cast<std::streamsize>(m_chunk.size())) {
            if (!drain() || !writeAll(s, static_cast<size_t>(n)))
                return 0;
            return n;
        }
        return std::streambuf::xsputn(s, n);
    }

private:
    bool drain()
    {
        const size_t n = static_cast<size_t>(pptr() - pbase());
        setp(m_chunk.data(), m_chunk.data() + m_chunk.size());
        return writeAll(m_chunk.data(), n);
    }
    bool writeAll(const char *data, size_t size)
    {
        if (m_error != 0)
            return false;
        size_t done = 0;
        while (done < size) {
            const ssize_t n = ::write(m_fd, data + done, size - done);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                m_error = errno;
                return false;
            }
            done += static_cast<size_t>(n);
        }
        m_written += size;
        return true;
    }

    int m_fd;
    std::vector<char> m_chunk;
    int m_error = 0;
    uint64_t m_written = 0;
};

} // namespace

Result<uint64_t> writeFileAtomic(const std::string &path,
                                 const std::function<Status(std::ostream &)> &produce)
{
    const std::string target = resolveTarget(path);
    struct stat st;
    const bool exists = stat(target.c_str(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode))
        return Error{path, {}, 0, {}, "is a directory"};
    const auto slash = target.rfind('/');
    const std::string dir = slash == std::string::npos ? "." : target.substr(0, slash);
    const std::string base
        = (slash == std::string::npos ? std::string() : target.substr(0, slash + 1)) + "."
          + target.substr(slash == std::string::npos ? 0 : slash + 1) + ".";
    // Permissions without umask(): umask is process-wide, so reading it by setting it (even
    // set-and-restore) opens a window in which other threads create files with mode 0666.
    // A new file is created with 0666 and the kernel applies the umask (or the directory's
    // default ACL) atomically in open(), exactly as for any file the user creates; an
    // existing file's own mode is given to the temporary file with fchmod() below.
    const mode_t createMode = exists ? S_IRUSR | S_IWUSR : 0666;
    std::string tmpl;
    int fd = -1;
    std::random_device entropy;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        tmpl = base + std::to_string(getpid()) + "-" + std::to_string(entropy());
        fd = open(tmpl.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, createMode);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0)
        return systemError(path, "cannot create a temporary file in " + dir, errno);
    auto abandon = [&](const std::string &what, int err) {
        close(fd);
        unlink(tmpl.c_str());
        return Error(systemError(path, what + " (the original file is unchanged)", err));
    };
    FdBuffer buffer(fd);
    std::ostream stream(&buffer);
    Status produced;
    try {
        produced = produce(stream);
        stream.flush();
    } catch (const std::bad_alloc &) {
        produced = makeError(0, "out of memory while writing");
    } catch (const std::exception &ex) {
        produced = makeError(0, ex.what());
    }
    if (!produced.ok()) {
        close(fd);
        unlink(tmpl.c_str());
        return produced.error();
    }
    if (buffer.error() != 0 || !stream.good())
        return abandon("cannot write", buffer.error() != 0 ? buffer.error() : EIO);
    if (fsync(fd) != 0)
        return abandon("cannot flush to disk", errno);
    if (exists && fchmod(fd, st.st_mode & 07777) != 0)
        return abandon("cannot set permissions", errno);
    if (close(fd) != 0) {
        const int err = errno;
        unlink(tmpl.c_str());
        return systemError(path, "cannot close the temporary file (the original is unchanged)",
                           err);
    }
    if (rename(tmpl.c_str(), target.c_str()) != 0) {
        const int err = errno;
        unlink(tmpl.c_str());
        return systemError(path, "cannot replace the file (the original is unchanged)", err);
    }
    // Make the rename itself durable.
    const int dfd = open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
    return buffer.written();
}

Status writeFileAtomic(const std::string &path, std::span<const uint8_t> bytes)
{
    auto written = writeFileAtomic(path, [bytes](std::ostream &out) {
        out.write(reinterpret_cast<const char *>(bytes.data()),
                  static_cast<std::streamsize>(bytes.size()));
        return Status();
    });
    if (!written.ok())
        return written.error();
    return {};
}

} // namespace ps
