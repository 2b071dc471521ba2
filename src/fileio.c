#include "fileio.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static mnr_status fail(const char *path, const char *tmp, int fd, int e, const char *what,
                       mnr_error *err)
{
    if (fd >= 0)
        close(fd);
    if (tmp)
        unlink(tmp);
    const char *hint = e == ENOSPC   ? "the disk is full; free some space and run again"
                       : e == EDQUOT ? "the disk quota is used up; free some space and run again"
                       : e == EFBIG  ? "the file would pass the size limit for files here "
                                       "(see ulimit -f); raise it or free space and run again"
                       : e == EACCES ? "permission denied; choose a directory you may write to"
                       : e == ENOENT ? "the directory does not exist; create it or choose another"
                       : e == EROFS  ? "the file system is read-only; choose another directory"
                       : e == EISDIR ? "that is a directory; give a file name"
                                     : strerror(e);
    return mnr_error_set(err, MNR_EIO, path, 0, "cannot %s the output: %s; %s", what, hint,
                         "any earlier file of that name is left as it was");
}

static mnr_status write_all(int fd, const char *path, const char *tmp, const void *data,
                            size_t len, mnr_error *err)
{
    const char *p = data;
    size_t left = len;
    while (left > 0) {
        ssize_t w = write(fd, p, left);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0)
            return fail(path, tmp, fd, errno, "write", err);
        p += w;
        left -= (size_t)w;
    }
    return MNR_OK;
}

/* A terminal, a pipe or /dev/null (`-o /dev/stdout`) cannot be replaced
 * by renaming, and must not be: the bytes go straight to it. */
static mnr_status write_to_device(const char *path, const void *data, size_t len,
                                  mnr_error *err)
{
    /* O_APPEND: /dev/stdout reopened through /proc would start at offset
     * 0 and overwrite what the shell's `>>` or earlier output put there. */
    int fd = open(path, O_WRONLY | O_APPEND);
    if (fd < 0)
        return fail(path, NULL, -1, errno, "open", err);
    mnr_status st = write_all(fd, path, NULL, data, len, err);
    if (st != MNR_OK)
        return st; /* fail() closed fd */
    if (close(fd) != 0)
        return fail(path, NULL, -1, errno, "write", err);
    return MNR_OK;
}

static mnr_status write_replacing(const char *path, const void *data, size_t len,
                                  mnr_error *err);

mnr_status mnr_write_atomic(const char *path, const void *data, size_t len, mnr_error *err)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return fail(path, NULL, -1, EISDIR, "write", err);
    /* /dev/stdout into a redirected file is a regular file too: written
     * in place, so `>> log` appends rather than being replaced. */
    int special = strncmp(path, "/dev/", 5) == 0 || strncmp(path, "/proc/", 6) == 0;
    if (stat(path, &st) == 0 && (special || !S_ISREG(st.st_mode)))
        return write_to_device(path, data, len, err);
    /* A symbolic link to a file: replace the file it points to, and keep
     * the link. */
    if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
        char *target = realpath(path, NULL);
        if (target) {
            mnr_status s = write_replacing(target, data, len, err);
            free(target);
            return s;
        }
    }
    return write_replacing(path, data, len, err);
}

static mnr_status write_replacing(const char *path, const void *data, size_t len,
                                  mnr_error *err)
{
    struct stat st;
    int exists = stat(path, &st) == 0;

    size_t n = strlen(path) + 16;
    char *tmp = malloc(n);
    if (!tmp)
        return mnr_error_set(err, MNR_ENOMEM, path, 0, "out of memory");
    snprintf(tmp, n, "%s.XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        int e = errno;
        free(tmp);
        return fail(path, NULL, -1, e, "create", err);
    }
    /* mkstemp makes 0600. A file that replaces another keeps its
     * permissions (a report someone made private stays private); a new
     * one gets the usual permissions. */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, exists ? (st.st_mode & 07777) : (0666 & ~mask));

    mnr_status s = write_all(fd, path, tmp, data, len, err);
    if (s != MNR_OK) {
        free(tmp);
        return s;
    }
    if (fsync(fd) != 0 && errno != EINVAL) {
        mnr_status s = fail(path, tmp, fd, errno, "write", err);
        free(tmp);
        return s;
    }
    if (close(fd) != 0) {
        mnr_status s = fail(path, tmp, -1, errno, "write", err);
        free(tmp);
        return s;
    }
    if (rename(tmp, path) != 0) {
        mnr_status s = fail(path, tmp, -1, errno, "rename", err);
        free(tmp);
        return s;
    }
    free(tmp);
    return MNR_OK;
}
