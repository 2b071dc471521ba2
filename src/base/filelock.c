#include "filelock.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

struct mnr_file_lock {
    int fd;
    char *path; /* the lock file */
};

/* ".NAME.lock" in the directory of the file `path` names: through a
 * link, so that two names of one file share a lock. */
static char *lock_name(const char *path)
{
    char *real = realpath(path, NULL); /* NULL for a new file */
    const char *file = real ? real : path;
    const char *slash = strrchr(file, '/');
    size_t dir_len = slash ? (size_t)(slash - file) + 1 : 0;
    const char *base = file + dir_len;
    size_t len = dir_len + strlen(base) + sizeof "..lock";
    char *name = malloc(len);
    if (name)
        snprintf(name, len, "%.*s.%s.lock", (int)dir_len, file, base);
    free(real);
    return name;
}

static long read_holder(int fd)
{
    char buf[32];
    ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
    if (n <= 0)
        return 0;
    buf[n] = '\0';
    char *end;
    long pid = strtol(buf, &end, 10);
    return pid > 0 && pid < LONG_MAX && (*end == '\n' || *end == '\0') ? pid : 0;
}

/* Whether `fd` is still the file at `name`: a holder that was letting go
 * may have removed it between our open and our flock, and a lock on a
 * removed file keeps nobody out. */
static int still_there(int fd, const char *name)
{
    struct stat a, b;
    return fstat(fd, &a) == 0 && stat(name, &b) == 0 && a.st_dev == b.st_dev &&
           a.st_ino == b.st_ino;
}

static void write_holder(int fd)
{
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%ld\n", (long)getpid());
    if (ftruncate(fd, 0) == 0 && pwrite(fd, buf, (size_t)n, 0) != n) {
        /* only the other side's message loses the process id */
    }
}

static int new_lock(mnr_file_lock **out, int fd, char *path)
{
    mnr_file_lock *lock = malloc(sizeof *lock);
    if (!lock)
        return errno = ENOMEM, -1;
    lock->fd = fd;
    lock->path = path;
    *out = lock;
    return 0;
}

int mnr_file_lock_take(mnr_file_lock **out, const char *path, long *holder)
{
    *out = NULL;
    *holder = 0;
    char *name = lock_name(path);
    if (!name)
        return errno = ENOMEM, -1;
    for (int tries = 0; tries < 10; tries++) {
        int fd = open(name, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0666);
        if (fd < 0)
            break;
        int locked = flock(fd, LOCK_EX | LOCK_NB) == 0;
        if (!locked && errno != EWOULDBLOCK) {
            /* a file system without locks (some network or FUSE ones):
             * better a session without the lock than no session */
            close(fd);
            unlink(name);
            free(name);
            return new_lock(out, -1, NULL);
        }
        if (!locked) {
            *holder = read_holder(fd);
            close(fd);
            errno = EWOULDBLOCK;
            break;
        }
        if (!still_there(fd, name)) {
            close(fd);
            errno = EWOULDBLOCK; /* if it keeps changing: someone else's */
            continue;
        }
        write_holder(fd);
        if (new_lock(out, fd, name) == 0)
            return 0;
        close(fd);
        break;
    }
    int e = errno;
    free(name);
    errno = e;
    return -1;
}

void mnr_file_lock_free(mnr_file_lock *lock)
{
    if (!lock)
        return;
    /* removed while still held, so nobody takes a lock on a file that is
     * about to go (still_there catches the one who opened it just before) */
    if (lock->path)
        unlink(lock->path);
    if (lock->fd >= 0)
        close(lock->fd);
    free(lock->path);
    free(lock);
}
