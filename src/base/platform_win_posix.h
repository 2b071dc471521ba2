/*
 * platform_win_posix.h - the POSIX file calls mnr makes, on Windows, with
 * UTF-8 names (platform.h). Force-included into every file of the Windows
 * build by CMake, before anything else: the C runtime's headers are read
 * first, then the names mnr uses are pointed at platform_win.c, which
 * turns each UTF-8 name into UTF-16 and calls the wide-character Windows
 * function ("\\?\" before a long absolute path, so that paths past 260
 * characters work too).
 *
 * What Windows does not have is made harmless, and said here:
 *   - no symbolic links are followed or reported (lstat is stat, S_ISLNK
 *     never holds, readlink fails): a link on NTFS is rare and opened
 *     through by Windows itself;
 *   - permission bits: files are read-only or not (stat's mode says 0444
 *     or 0666); fchmod does nothing, a new file gets the directory's ACL;
 *   - every file is opened as bytes (O_BINARY): no CR is ever added;
 *   - st_dev and st_ino are the volume serial number and the file index,
 *     so "the same file" (an output over an input) is told as on Linux.
 */
#ifndef MNR_PLATFORM_WIN_POSIX_H
#define MNR_PLATFORM_WIN_POSIX_H

/* libxslt's headers include <windows.h> (xsltlocale.h): taken here first,
 * lean, and without its `near` and `far`, which are names mnr uses */
#define WIN32_LEAN_AND_MEAN
#define NOMINMAX
#include <windows.h>
#undef near
#undef far
#undef S_OK /* an HRESULT there, a style of mnr ask here */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

struct mnr_win_stat {
    unsigned long long st_dev, st_ino;
    unsigned st_mode;
    long long st_size;
    long st_uid;
    struct timespec st_mtim;
};

int mnr_win_stat(const char *path, struct mnr_win_stat *st);
int mnr_win_fstat(int fd, struct mnr_win_stat *st);
int mnr_win_open(const char *path, int flags, ...);
int mnr_win_access(const char *path, int mode);
int mnr_win_unlink(const char *path);
int mnr_win_rmdir(const char *path);
int mnr_win_mkdir(const char *path, int mode);
char *mnr_win_realpath(const char *path, char *resolved);
int mnr_win_mkstemp(char *tmpl);
char *mnr_win_mkdtemp(char *tmpl);
FILE *mnr_win_fopen(const char *path, const char *mode);
char *mnr_win_getenv(const char *name);
long mnr_win_readlink(const char *path, char *buf, size_t size);
int mnr_win_fsync(int fd);
int mnr_win_clock_gettime(int clock, struct timespec *ts);
long mnr_win_pread(int fd, void *buf, size_t n, long long offset);
char *mnr_win_strndup(const char *s, size_t n);
char *mnr_win_stpcpy(char *d, const char *s);

typedef struct mnr_win_dir mnr_win_dir;
struct mnr_win_dirent {
    char d_name[1024]; /* UTF-8 */
};
mnr_win_dir *mnr_win_opendir(const char *path);
struct mnr_win_dirent *mnr_win_readdir(mnr_win_dir *d);
int mnr_win_closedir(mnr_win_dir *d);

#define stat mnr_win_stat
#define lstat mnr_win_stat
#define fstat mnr_win_fstat
#define open mnr_win_open
#define access mnr_win_access
#define unlink mnr_win_unlink
#define rmdir mnr_win_rmdir
#define mkdir mnr_win_mkdir
#define realpath mnr_win_realpath
#define mkstemp mnr_win_mkstemp
#define mkdtemp mnr_win_mkdtemp
#define fopen mnr_win_fopen
#define getenv mnr_win_getenv
#define readlink mnr_win_readlink
#define fsync mnr_win_fsync
#define pread mnr_win_pread
#define clock_gettime mnr_win_clock_gettime
#define strndup mnr_win_strndup
#define stpcpy mnr_win_stpcpy
#define DIR mnr_win_dir
#define dirent mnr_win_dirent
#define opendir mnr_win_opendir
#define readdir mnr_win_readdir
#define closedir mnr_win_closedir

/* no permission bits to set: the directory's ACL decides */
static inline int mnr_win_fchmod(int fd, unsigned mode)
{
    (void)fd, (void)mode;
    return 0;
}
#define fchmod mnr_win_fchmod
#define geteuid() 0L
#ifndef S_ISLNK
#define S_ISLNK(m) 0
#endif
#ifndef S_ISSOCK
#define S_ISSOCK(m) 0
#endif
#ifndef S_ISVTX
#define S_ISVTX 0
#endif
#ifndef S_IWOTH
#define S_IWOTH 0
#endif
#ifndef S_ISBLK
#define S_ISBLK(m) 0
#endif
#ifndef O_CLOEXEC
#define O_CLOEXEC 0 /* open() adds O_NOINHERIT */
#endif
#define O_NONBLOCK 0
#define O_NOCTTY 0
#define O_NOFOLLOW 0
#define F_GETFD 1
#define F_GETFL 3
#define F_SETFL 4
/* no O_NONBLOCK to set or clear */
static inline int mnr_win_fcntl(int fd, int cmd, ...)
{
    (void)fd, (void)cmd;
    return 0;
}
#define fcntl mnr_win_fcntl
#ifndef ELOOP
#define ELOOP 114
#endif
#ifndef EDQUOT
#define EDQUOT 122
#endif
#ifndef X_OK
#define X_OK 1
#endif

#endif
