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

mnr_status mnr_write_atomic(const char *path, const void *data, size_t len, mnr_error *err)
{
    struct stat st;
    int exists = stat(path, &st) == 0;
    if (exists && S_ISDIR(st.st_mode))
        return fail(path, NULL, -1, EISDIR, "write", err);

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

    const char *p = data;
    size_t left = len;
    while (left > 0) {
        ssize_t w = write(fd, p, left);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0) {
            mnr_status s = fail(path, tmp, fd, errno, "write", err);
            free(tmp);
            return s;
        }
        p += w;
        left -= (size_t)w;
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
