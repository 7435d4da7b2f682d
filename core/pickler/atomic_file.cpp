// SPDX-License-Identifier: MIT
#include "pickler/atomic_file.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

} // namespace

Status writeFileAtomic(const std::string &path, std::span<const uint8_t> bytes)
{
    const std::string target = resolveTarget(path);
    struct stat st;
    const bool exists = stat(target.c_str(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode))
        return Error{path, {}, 0, {}, "is a directory"};
    const auto slash = target.rfind('/');
    const std::string dir = slash == std::string::npos ? "." : target.substr(0, slash);
    std::string tmpl = (slash == std::string::npos ? std::string() : target.substr(0, slash + 1))
                       + "." + target.substr(slash == std::string::npos ? 0 : slash + 1)
                       + ".XXXXXX";
    const int fd = mkstemp(tmpl.data());
    if (fd < 0)
        return systemError(path, "cannot create a temporary file in " + dir, errno);
    auto abandon = [&](const std::string &what, int err) {
        close(fd);
        unlink(tmpl.c_str());
        return Status(systemError(path, what + " (the original file is unchanged)", err));
    };
    size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return abandon("cannot write", errno);
        }
        written += static_cast<size_t>(n);
    }
    if (fsync(fd) != 0)
        return abandon("cannot flush to disk", errno);
    const mode_t mode = exists ? (st.st_mode & 07777) : static_cast<mode_t>(0666 & ~[] {
        const mode_t m = umask(0);
        umask(m);
        return m;
    }());
    if (fchmod(fd, mode) != 0)
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
    return {};
}

} // namespace ps
