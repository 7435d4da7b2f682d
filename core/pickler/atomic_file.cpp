// SPDX-License-Identifier: MIT
#include "pickler/atomic_file.h"

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <string>
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
    return {};
}

} // namespace ps
