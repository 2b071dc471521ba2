#include "fileio.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "datadir.h"
#include "platform.h"
#include "i18n.h"

/* Links followed in a row before giving up, as the kernel does (ELOOP). */
#define MAX_LINKS 40

const char *mnr_write_hint(int e)
{
    /* TRANSLATORS: why a file could not be written, and what to do; put
     * in messages such as "cannot write the output: %s". */
    return e == ENOSPC   ? _("the disk is full; free some space and run again")
           : e == EDQUOT ? _("the disk quota is used up; free some space and run again")
           : e == EFBIG  ? _("the file would pass the size limit for files here "
                             "(see ulimit -f); raise it or free space and run again")
           : e == EACCES ? _("permission denied; choose a directory you may write to")
           : e == ENOENT ? _("the directory does not exist; create it or choose another")
           : e == EROFS  ? _("the file system is read-only; choose another directory")
           : e == EISDIR ? _("that is a directory; give a file name")
                         : strerror(e);
}

#define hint_for mnr_write_hint

/* ---- reading ---- */

static mnr_status open_error(const char *path, int e, mnr_error *err)
{
    switch (e) {
    case ENOENT:
        return mnr_error_set(err, MNR_EIO, path, 0,
                             _("no such file; check the path and the spelling of the name"));
    case EACCES:
    case EPERM:
        return mnr_error_set(err, MNR_EIO, path, 0,
                             _("permission denied; check that you may read the file (ls -l) "
                             "and the directories above it"));
    case ENOTDIR:
        return mnr_error_set(err, MNR_EIO, path, 0,
                             _("a part of the path before the file name is a file, not a "
                             "directory; check the path"));
    case ELOOP:
        return mnr_error_set(err, MNR_EIO, path, 0,
                             _("the path goes round in a loop of symbolic links; check the path"));
    case ENAMETOOLONG:
        return mnr_error_set(err, MNR_EIO, path, 0, _("the path is too long; check it"));
    default:
        return mnr_error_set(err, MNR_EIO, path, 0, _("cannot open the file: %s"), strerror(e));
    }
}

/* The message for a file that is not a regular file, by what it is: one
 * whole sentence each, for translation. */
static const char *not_regular(mode_t mode)
{
    /* TRANSLATORS: %s (both times) is what mnr expected the file to be:
     * "an XML file", "a decisions file"... */
    return S_ISFIFO(mode) ? _("is a named pipe (FIFO), not a regular file; give the path of %s "
                              "(save what the pipe gives to a file first)")
           : S_ISCHR(mode) || S_ISBLK(mode)
               ? _("is a device, not a regular file; give the path of %s")
           : S_ISSOCK(mode) ? _("is a socket, not a regular file; give the path of %s")
                            : _("is a special file, not a regular file; give the path of %s");
}

/* `kind` is marked N_() by the caller and translated here. */
static mnr_status refuse_input(const char *path, const struct stat *st, const char *kind,
                               mnr_error *err)
{
    if (S_ISDIR(st->st_mode))
        /* TRANSLATORS: %s is what mnr expected the file to be: "an XML
         * file", "a decisions file"... */
        return mnr_error_set(err, MNR_EIO, path, 0,
                             _("is a directory, not %s; give the path of a file inside it"),
                             _(kind));
    return mnr_error_set(err, MNR_EIO, path, 0, not_regular(st->st_mode), _(kind));
}

mnr_status mnr_input_open(int *fd, struct stat *st, const char *path, const char *kind,
                          mnr_error *err)
{
    *fd = -1;
    if (stat(path, st) != 0)
        return open_error(path, errno, err);
    if (!S_ISREG(st->st_mode))
        return refuse_input(path, st, kind, err);
    int f = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (f < 0)
        return open_error(path, errno, err);
    int flags = fcntl(f, F_GETFL);
    if (fstat(f, st) != 0 || !S_ISREG(st->st_mode) || flags < 0 ||
        fcntl(f, F_SETFL, flags & ~O_NONBLOCK) != 0) {
        int e = errno;
        mnr_status s = S_ISREG(st->st_mode) ? open_error(path, e, err)
                                             : refuse_input(path, st, kind, err);
        close(f);
        return s;
    }
    *fd = f;
    return MNR_OK;
}

static mnr_status fail(const char *path, const char *tmp, int fd, int e, const char *what,
                       mnr_error *err)
{
    if (fd >= 0)
        close(fd);
    if (tmp)
        unlink(tmp);
    /* one whole sentence per step, for translation; %s: why, and what to do */
    const char *fmt = strcmp(what, "open") == 0
                          ? _("cannot open the output: %s; any earlier file of that name is left "
                              "as it was")
                      : strcmp(what, "rename") == 0
                          ? _("cannot rename the output: %s; any earlier file of that name is "
                              "left as it was")
                      : strcmp(what, "create") == 0
                          ? _("cannot create the output: %s; any earlier file of that name is "
                              "left as it was")
                          : _("cannot write the output: %s; any earlier file of that name is "
                              "left as it was");
    return mnr_error_set(err, MNR_EIO, path, 0, fmt, hint_for(e));
}

static int starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* "DIGITS" and nothing else. */
static int all_digits(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!isdigit((unsigned char)*s))
            return 0;
    return 1;
}

/* /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N, /proc/PID/fd/N:
 * names of a descriptor the shell already opened, maybe on a regular
 * file with `>` or `>>`. Such a file is written where it stands: the
 * user chose it by redirecting, and the name itself is no file to
 * replace. */
static int names_open_fd(const char *path)
{
    if (strcmp(path, "/dev/stdout") == 0 || strcmp(path, "/dev/stderr") == 0)
        return 1;
    if (starts_with(path, "/dev/fd/"))
        return all_digits(path + 8);
    if (!starts_with(path, "/proc/"))
        return 0;
    const char *p = path + 6;
    const char *slash = strchr(p, '/');
    if (!slash || !starts_with(slash, "/fd/"))
        return 0;
    int self = (size_t)(slash - p) == 4 && starts_with(p, "self");
    int pid = slash > p && strspn(p, "0123456789") == (size_t)(slash - p);
    return (self || pid) && all_digits(slash + 4);
}

/* /dev (but /dev/shm, which is for files) and /proc hold devices and the
 * kernel's view of processes: mnr never makes a new file there. */
static int is_system_dir(const char *dir)
{
    if (strcmp(dir, "/proc") == 0 || starts_with(dir, "/proc/"))
        return 1;
    if (strcmp(dir, "/dev/shm") == 0 || starts_with(dir, "/dev/shm/"))
        return 0;
    return strcmp(dir, "/dev") == 0 || starts_with(dir, "/dev/");
}

/* 1 when the directory of `path` exists, resolving to real directory
 * `*real` (newly allocated); 0 when it does not. */
static int real_mnr_path_dir(const char *path, char **real)
{
    char *dir = mnr_path_dir(path);
    *real = dir ? realpath(dir, NULL) : NULL;
    int e = errno;
    free(dir);
    errno = e; /* the caller tells "missing" from other failures */
    return *real != NULL;
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

/* A terminal, a pipe, a device or an open descriptor cannot be replaced
 * by renaming, and must not be: the bytes go straight to it. Never
 * created (no O_CREAT): with stdout closed, /dev/stdout must fail, not
 * become a file. */
static mnr_status write_in_place(const char *path, const void *data, size_t len,
                                 mnr_error *err)
{
    /* O_APPEND: /dev/stdout reopened through /proc would start at offset
     * 0 and overwrite what the shell's `>>` or earlier output put there. */
    int fd = open(path, O_WRONLY | O_APPEND);
    if (fd < 0 && errno == ENOENT && names_open_fd(path))
        return mnr_error_set(err, MNR_EIO, path, 0,
                             _("cannot open the output: that descriptor is not open (closed "
                             "with >&- ?); redirect it to a file, or give a file name"));
    if (fd < 0)
        return fail(path, NULL, -1, errno, "open", err);
    mnr_status st = write_all(fd, path, NULL, data, len, err);
    if (st != MNR_OK)
        return st; /* fail() closed fd */
    if (close(fd) != 0)
        return fail(path, NULL, -1, errno, "write", err);
    return MNR_OK;
}

static mnr_status commit_tmp(int fd, const char *path, const char *tmp, mnr_error *err)
{
    if (fsync(fd) != 0 && errno != EINVAL)
        return fail(path, tmp, fd, errno, "write", err);
    if (close(fd) != 0)
        return fail(path, tmp, -1, errno, "write", err);
    if (mnr_replace_file(tmp, path) != 0)
        return fail(path, tmp, -1, errno, "rename", err);
    return MNR_OK;
}

/* "DIR/.mnr-XXXXXX" for `path` in DIR: short, so that a name of up to 255
 * bytes, the most a file system takes, still leaves room for it. */
static char *tmp_name(const char *path)
{
    char *dir = mnr_path_dir(path);
    char *tmp = dir ? mnr_path_join(dir, ".mnr-XXXXXX") : NULL;
    free(dir);
    return tmp;
}

/* A regular file: written to a temporary file beside it, which is then
 * renamed over it. */
static mnr_status write_replacing(const char *path, const void *data, size_t len,
                                  mnr_error *err)
{
    struct stat st;
    int exists = stat(path, &st) == 0;
    /* rename() needs only the directory's permission; the file's own
     * (chmod 444) says the user does not want it changed, as `>` would. */
    if (exists && access(path, W_OK) != 0 && errno == EACCES)
        return mnr_error_set(err, MNR_EIO, path, 0,
                             _("cannot write the output: permission denied (the file is not "
                             "writable for you); make it writable or choose another name; the "
                             "file is left as it was"));

    char *tmp = tmp_name(path);
    if (!tmp)
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
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
    if (s == MNR_OK)
        s = commit_tmp(fd, path, tmp, err);
    free(tmp);
    return s;
}

/* A new file: made unless its directory is in /dev or /proc (a mistyped
 * device name must not become a regular file there). */
static mnr_status write_new(const char *path, const void *data, size_t len, mnr_error *err)
{
    char *dir;
    if (!real_mnr_path_dir(path, &dir)) /* missing: let mkstemp say so */
        return write_replacing(path, data, len, err);
    int system = is_system_dir(dir);
    free(dir);
    if (system)
        return mnr_error_set(err, MNR_EIO, path, 0,
                             _("cannot create the output: there is no such file, and mnr does "
                             "not make new files in /dev or /proc; give another file name"));
    return write_replacing(path, data, len, err);
}

/* Where the link `path` points: its target, relative to the link's
 * directory when relative. Newly allocated, or NULL with errno set. */
static char *link_target(const char *path)
{
    char buf[4096];
    ssize_t n = readlink(path, buf, sizeof buf - 1);
    if (n < 0)
        return NULL;
    if ((size_t)n == sizeof buf - 1) {
        errno = ENAMETOOLONG;
        return NULL;
    }
    buf[n] = '\0';
    if (buf[0] == '/' || !strchr(path, '/'))
        return strdup(buf);
    char *dir = mnr_path_dir(path);
    char *target = dir ? mnr_path_join(dir, buf) : NULL;
    free(dir);
    return target;
}

static mnr_status write_path(const char *path, const void *data, size_t len, int links,
                             mnr_error *err);

/* A link the user owns: the file it points to is written (made, if
 * missing, when its directory exists), and the link kept. */
static mnr_status write_through_link(const char *path, int target_exists, const void *data,
                                     size_t len, int links, mnr_error *err)
{
    if (links >= MAX_LINKS)
        return fail(path, NULL, -1, ELOOP, "open", err);
    char *target = link_target(path);
    if (!target)
        return errno == ENOMEM ? mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"))
                               : fail(path, NULL, -1, errno, "open", err);
    char *dir = NULL;
    mnr_status st;
    int missing_dir = !target_exists && !real_mnr_path_dir(target, &dir) &&
                      (errno == ENOENT || errno == ENOTDIR);
    if (missing_dir)
        st = mnr_error_set(err, MNR_EIO, path, 0,
                           _("cannot write the output: it is a symbolic link to %s, whose "
                           "directory does not exist; create that directory, or remove the "
                           "link"), target);
    else
        st = write_path(target, data, len, links + 1, err);
    free(dir);
    free(target);
    return st;
}

/* Someone else's link may point anywhere, and they may change it at any
 * moment: following it would let them choose which file is replaced
 * (the attack that fs.protected_symlinks stops in /tmp, which rename()
 * over the link's target would get round). */
static mnr_status refuse_foreign_link(const char *path, const struct stat *lst,
                                      mnr_error *err)
{
    int shared_dir = 0;
    struct stat dst;
    char *dir = mnr_path_dir(path);
    if (dir && stat(dir, &dst) == 0)
        shared_dir = (dst.st_mode & S_ISVTX) && (dst.st_mode & S_IWOTH);
    free(dir);
    /* TRANSLATORS: %ld is the number of the user who owns the link. */
    return mnr_error_set(err, MNR_EIO, path, 0,
                         shared_dir ? _("cannot write the output: it is a symbolic link owned by "
                                        "another user (uid %ld) in a shared directory, and mnr "
                                        "follows only links you own; give the file it points to "
                                        "instead, or remove the link")
                                    : _("cannot write the output: it is a symbolic link owned by "
                                        "another user (uid %ld), and mnr follows only links you "
                                        "own; give the file it points to instead, or remove the "
                                        "link"),
                         (long)lst->st_uid);
}

static mnr_status write_path(const char *path, const void *data, size_t len, int links,
                             mnr_error *err)
{
    if (names_open_fd(path))
        return write_in_place(path, data, len, err);
    struct stat lst, st;
    int is_link = lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode);
    if (is_link && lst.st_uid != geteuid())
        return refuse_foreign_link(path, &lst, err);
    int exists = stat(path, &st) == 0;
    if (exists && S_ISDIR(st.st_mode))
        return fail(path, NULL, -1, EISDIR, "write", err);
    if (exists && !S_ISREG(st.st_mode))
        return write_in_place(path, data, len, err);
    if (is_link)
        return write_through_link(path, exists, data, len, links, err);
    if (!exists)
        return write_new(path, data, len, err);
    return write_replacing(path, data, len, err);
}

/* The signals that end a run from the terminal or the system are held
 * while a temporary file exists, so that it is renamed or removed first
 * (mnr_signals_hold). */

mnr_status mnr_write_atomic(const char *path, const void *data, size_t len, mnr_error *err)
{
    if (!path || !*path)
        return mnr_error_set(err, MNR_EIO, NULL, 0,
                             _("the output file name is empty; give the name of the file to "
                             "write"));
    mnr_held_signals held;
    mnr_signals_hold(&held, 0);
    mnr_status st = write_path(path, data, len, 0, err);
    mnr_signals_release(&held, 0); /* a held signal acts now */
    return st;
}

/* ---- a file that may change underneath ---- */

static unsigned long long fnv1a(unsigned long long h, const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211ULL;
    return h;
}

/* The hash of what `fd` holds from where it is; 0 when it cannot be read. */
static int hash_fd(int fd, unsigned long long *hash)
{
    unsigned char buf[65536];
    unsigned long long h = 14695981039346656037ULL;
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return 0;
        if (n == 0)
            break;
        h = fnv1a(h, buf, (size_t)n);
    }
    *hash = h;
    return 1;
}

static void id_from_stat(mnr_file_id *id, const struct stat *st)
{
    id->exists = 1;
    id->regular = S_ISREG(st->st_mode);
    id->dev = (unsigned long long)st->st_dev;
    id->ino = (unsigned long long)st->st_ino;
    id->size = (unsigned long long)st->st_size;
    id->mode = (unsigned)(st->st_mode & 07777);
    id->mtime_sec = (long long)st->st_mtim.tv_sec;
    id->mtime_nsec = st->st_mtim.tv_nsec;
}

void mnr_file_id_take(mnr_file_id *out, const char *path)
{
    memset(out, 0, sizeof *out);
    struct stat st;
    if (stat(path, &st) != 0)
        return;
    id_from_stat(out, &st);
    if (!S_ISREG(st.st_mode))
        return;
    /* O_NONBLOCK: a fifo put there since the stat must not hang the run */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return;
    /* the identity of what is read, should the name change meanwhile */
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        id_from_stat(out, &st);
        out->hashed = hash_fd(fd, &out->hash);
    }
    close(fd);
}

mnr_file_change mnr_file_id_compare(const mnr_file_id *was, const mnr_file_id *now)
{
    if (!was->exists || !now->exists)
        return was->exists == now->exists ? MNR_FILE_SAME
               : was->exists              ? MNR_FILE_GONE
                                          : MNR_FILE_APPEARED;
    if (was->dev != now->dev || was->ino != now->ino)
        return MNR_FILE_REPLACED;
    if (!was->regular || !now->regular)
        return MNR_FILE_SAME;
    if (was->size != now->size || was->mtime_sec != now->mtime_sec ||
        was->mtime_nsec != now->mtime_nsec ||
        (was->hashed && now->hashed && was->hash != now->hash))
        return MNR_FILE_CHANGED;
    return MNR_FILE_SAME;
}

/* "DIR/STEM-TAG-N.EXT" for "DIR/STEM.EXT", "DIR/NAME-TAG-N" for a name
 * without an extension. */
static char *numbered_name(const char *path, const char *tag, int n)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t stem = dot && dot > base ? (size_t)(dot - path) : strlen(path);
    size_t size = strlen(path) + strlen(tag) + 32;
    char *name = malloc(size);
    if (name)
        snprintf(name, size, "%.*s-%s-%d%s", (int)stem, path, tag, n, path + stem);
    return name;
}

static mnr_status write_new_excl(int fd, const char *name, const void *data, size_t len,
                                 mnr_error *err)
{
    mnr_status st = write_all(fd, name, name, data, len, err);
    if (st == MNR_OK && fsync(fd) != 0 && errno != EINVAL)
        st = fail(name, name, fd, errno, "write", err);
    else if (st == MNR_OK && close(fd) != 0)
        st = fail(name, name, -1, errno, "write", err);
    return st; /* on failure fail() closed fd and removed the half-written file */
}

mnr_status mnr_write_beside(char **made, const char *path, const char *tag, unsigned mode,
                            const void *data, size_t len, mnr_error *err)
{
    *made = NULL;
    mnr_held_signals held;
    mnr_signals_hold(&held, 0);
    mnr_status st = MNR_OK;
    int fd = -1;
    char *name = NULL;
    for (int n = 1; fd < 0 && n < 10000 && st == MNR_OK; n++) {
        free(name);
        if (!(name = numbered_name(path, tag, n)))
            st = mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
        else if ((fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)) < 0 &&
                 errno != EEXIST)
            st = fail(name, NULL, -1, errno, "create", err);
    }
    /* made private, then opened up as asked: never readable by others
     * for a moment when `mode` says it should not be */
    mode_t mask = umask(0);
    umask(mask);
    if (fd >= 0)
        fchmod(fd, mode ? (mode_t)mode : (0666 & ~mask));
    if (st == MNR_OK && fd < 0)
        st = fail(path, NULL, -1, EEXIST, "create", err);
    if (st == MNR_OK)
        st = write_new_excl(fd, name, data, len, err);
    mnr_signals_release(&held, 0);
    if (st != MNR_OK) {
        free(name);
        return st;
    }
    *made = name;
    return MNR_OK;
}

/* ---- outputs that would destroy an input ---- */

/* The file `path` ends at after following symbolic links (it may not
 * exist). Newly allocated. */
static char *follow_links(const char *path)
{
    char *cur = strdup(path);
    struct stat lst;
    for (int i = 0; cur && i < MAX_LINKS && lstat(cur, &lst) == 0 && S_ISLNK(lst.st_mode); i++) {
        char *next = link_target(cur);
        if (!next)
            break;
        free(cur);
        cur = next;
    }
    return cur;
}

static int same_file(const struct stat *a, const struct stat *b)
{
    return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

int mnr_same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && same_file(&sa, &sb);
}

/* 1 when the tree under `dir` holds the file `file` (a hard link to one
 * of the data files, made elsewhere). */
static int tree_holds(const char *dir, const struct stat *file, int depth)
{
    DIR *d = depth < 8 ? opendir(dir) : NULL;
    if (!d)
        return 0;
    int found = 0;
    struct dirent *e;
    while (!found && (e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char *p = mnr_path_join(dir, e->d_name);
        struct stat st;
        if (p && lstat(p, &st) == 0)
            found = S_ISDIR(st.st_mode) ? tree_holds(p, file, depth + 1) : same_file(&st, file);
        free(p);
    }
    closedir(d);
    return found;
}

/* 1 when directory `real` (a real path), or one above it, is `top`. */
static int is_under(const char *real, const struct stat *top)
{
    char *cur = strdup(real);
    int found = 0;
    while (cur && !found) {
        struct stat st;
        found = stat(cur, &st) == 0 && same_file(&st, top);
        /* the root: "/", or "C:/" on Windows */
        if (strcmp(cur, "/") == 0 || mnr_root_len(cur) == strlen(cur))
            break;
        char *up = mnr_path_dir(cur);
        free(cur);
        cur = up;
    }
    free(cur);
    return found;
}

static const char *const data_subdirs[] = {"model", "questionnaires", "stylesheets", NULL};

/* The data directory's sub-directory that holds `file` (the final path of
 * the output, existing or not), or NULL. */
static const char *in_data_dir(const char *file, const struct stat *st, int exists,
                               const char *data_dir)
{
    char *dir = NULL;
    if (!real_mnr_path_dir(file, &dir))
        return NULL; /* no such directory: nothing there to destroy */
    const char *hit = NULL;
    for (int i = 0; data_subdirs[i] && !hit; i++) {
        char *sub = mnr_path_join(data_dir, data_subdirs[i]);
        struct stat sst;
        if (sub && stat(sub, &sst) == 0 && S_ISDIR(sst.st_mode) &&
            (is_under(dir, &sst) || (exists && tree_holds(sub, st, 0))))
            hit = data_subdirs[i];
        free(sub);
    }
    free(dir);
    return hit;
}

mnr_status mnr_output_check(const char *out, const char *const *inputs, const char *data_dir,
                            mnr_error *err)
{
    if (!out || !*out)
        return MNR_OK; /* mnr_write_atomic says so */
    char *file = follow_links(out);
    if (!file)
        return mnr_error_set(err, MNR_ENOMEM, out, 0, _("out of memory"));
    struct stat st;
    int exists = stat(file, &st) == 0 && S_ISREG(st.st_mode);
    mnr_status status = MNR_OK;
    for (int i = 0; exists && inputs && inputs[i] && status == MNR_OK; i++) {
        struct stat in;
        if (stat(inputs[i], &in) == 0 && same_file(&in, &st))
            status = mnr_error_set(err, MNR_EIO, out, 0,
                                   _("cannot write the output there: it is the same file as %s, "
                                   "which this run reads and which would be lost; choose "
                                   "another output file"), inputs[i]);
    }
    const char *sub = status == MNR_OK && data_dir ? in_data_dir(file, &st, exists, data_dir)
                                                   : NULL;
    if (sub)
        status = mnr_error_set(err, MNR_EIO, out, 0,
                               _("cannot write the output there: it is in the %s directory of "
                               "mnr's data directory (%s), which every run reads; choose "
                               "another directory"), sub, data_dir);
    free(file);
    return status;
}
