/*
 * platform_win.c - platform.h on Windows (10 and later), and the POSIX
 * file calls of platform_win_posix.h with UTF-8 names, and the ask lock
 * (filelock.h) with LockFileEx. Built by the mingw-w64 cross compiler
 * (scripts/build-windows); tested under Wine (tests/e2e/windows.sh).
 */
#include "platform.h"

#include <windows.h>

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <shellapi.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "filelock.h"

/* ---- UTF-8 and UTF-16 ---- */

static wchar_t *to_wide(const char *s)
{
    int n = MultiByteToWideChar(CP_UTF8, 0, s, -1, NULL, 0);
    wchar_t *w = n > 0 ? malloc((size_t)n * sizeof *w) : NULL;
    if (w)
        MultiByteToWideChar(CP_UTF8, 0, s, -1, w, n);
    else
        errno = n > 0 ? ENOMEM : EINVAL;
    return w;
}

static char *to_utf8(const wchar_t *w)
{
    int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, NULL, 0, NULL, NULL);
    char *s = n > 0 ? malloc((size_t)n) : NULL;
    if (s)
        WideCharToMultiByte(CP_UTF8, 0, w, -1, s, n, NULL, NULL);
    return s;
}

/* A UTF-8 path as Windows takes it: UTF-16, and past MAX_PATH made
 * absolute with "\\?\" before it (which lifts the 260-character limit;
 * such a path takes only backslashes). */
static wchar_t *wpath(const char *path)
{
    wchar_t *w = to_wide(path);
    if (!w || wcslen(w) < MAX_PATH - 12 || wcsncmp(w, L"\\\\?\\", 4) == 0)
        return w;
    DWORD n = GetFullPathNameW(w, 0, NULL, NULL);
    wchar_t *full = n ? malloc((n + 8) * sizeof *full) : NULL;
    if (!full)
        return w;
    int unc = w[0] && w[1] && (w[0] == L'\\' || w[0] == L'/') && (w[1] == L'\\' || w[1] == L'/');
    wcscpy(full, unc ? L"\\\\?\\UNC" : L"\\\\?\\");
    size_t at = wcslen(full);
    GetFullPathNameW(w, n, full + at, NULL);
    if (unc) /* "\\server\share" -> "\\?\UNC\server\share" */
        memmove(full + at, full + at + 1, (wcslen(full + at + 1) + 1) * sizeof *full);
    for (wchar_t *p = full; *p; p++)
        if (*p == L'/')
            *p = L'\\';
    free(w);
    return full;
}

static int errno_of(DWORD e)
{
    switch (e) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_NAME:
    case ERROR_INVALID_DRIVE:
    case ERROR_BAD_NETPATH:
    case ERROR_BAD_PATHNAME:
        return ENOENT;
    case ERROR_ACCESS_DENIED:
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
        return EACCES;
    case ERROR_FILENAME_EXCED_RANGE:
        return ENAMETOOLONG;
    case ERROR_DIRECTORY:
        return ENOTDIR;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        return ENOSPC;
    case ERROR_WRITE_PROTECT:
        return EROFS;
    case ERROR_NOT_ENOUGH_MEMORY:
    case ERROR_OUTOFMEMORY:
        return ENOMEM;
    case ERROR_ALREADY_EXISTS:
    case ERROR_FILE_EXISTS:
        return EEXIST;
    default:
        return EIO;
    }
}

/* ---- the POSIX file calls (platform_win_posix.h) ---- */

#undef stat
#undef fstat
#undef open
#undef access
#undef unlink
#undef rmdir
#undef mkdir
#undef realpath
#undef mkstemp
#undef mkdtemp
#undef fopen
#undef getenv
#undef readlink
#undef fsync
#undef pread
#undef clock_gettime
#undef strndup
#undef stpcpy
#undef DIR
#undef dirent
#undef opendir
#undef readdir
#undef closedir

static int stat_handle(HANDLE h, struct mnr_win_stat *st)
{
    memset(st, 0, sizeof *st);
    DWORD type = GetFileType(h);
    if (type == FILE_TYPE_CHAR || type == FILE_TYPE_PIPE) {
        st->st_mode = (type == FILE_TYPE_CHAR ? _S_IFCHR : _S_IFIFO) | 0666;
        return 0;
    }
    BY_HANDLE_FILE_INFORMATION info;
    if (!GetFileInformationByHandle(h, &info))
        return errno = errno_of(GetLastError()), -1;
    int dir = (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
    int ro = (info.dwFileAttributes & FILE_ATTRIBUTE_READONLY) != 0;
    st->st_mode = (dir ? _S_IFDIR | 0777 : _S_IFREG) | (ro ? 0444 : 0666);
    st->st_dev = info.dwVolumeSerialNumber;
    st->st_ino = ((unsigned long long)info.nFileIndexHigh << 32) | info.nFileIndexLow;
    st->st_size = (long long)(((unsigned long long)info.nFileSizeHigh << 32) | info.nFileSizeLow);
    /* 100 ns ticks since 1601 */
    unsigned long long t = ((unsigned long long)info.ftLastWriteTime.dwHighDateTime << 32) |
                           info.ftLastWriteTime.dwLowDateTime;
    st->st_mtim.tv_sec = (time_t)(t / 10000000ULL) - 11644473600LL;
    st->st_mtim.tv_nsec = (long)(t % 10000000ULL) * 100;
    return 0;
}

int mnr_win_stat(const char *path, struct mnr_win_stat *st)
{
    wchar_t *w = wpath(path);
    if (!w)
        return -1;
    HANDLE h = CreateFileW(w, FILE_READ_ATTRIBUTES, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                           NULL, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, NULL);
    free(w);
    if (h == INVALID_HANDLE_VALUE)
        return errno = errno_of(GetLastError()), -1;
    int rc = stat_handle(h, st);
    CloseHandle(h);
    return rc;
}

int mnr_win_fstat(int fd, struct mnr_win_stat *st)
{
    HANDLE h = (HANDLE)_get_osfhandle(fd);
    if (h == INVALID_HANDLE_VALUE)
        return errno = EBADF, -1;
    return stat_handle(h, st);
}

int mnr_win_open(const char *path, int flags, ...)
{
    int mode = 0;
    if (flags & O_CREAT) {
        va_list ap;
        va_start(ap, flags);
        mode = va_arg(ap, int);
        va_end(ap);
    }
    /* the names mnr gives standard output and error (-o -), and the
     * null device, as on POSIX */
    if (strcmp(path, "/dev/stdout") == 0 || strcmp(path, "/dev/stderr") == 0) {
        fflush(NULL);
        return _dup(strcmp(path, "/dev/stdout") == 0 ? 1 : 2);
    }
    if (strcmp(path, "/dev/null") == 0)
        path = "NUL";
    wchar_t *w = wpath(path);
    if (!w)
        return -1;
    int pmode = _S_IREAD | ((mode & 0222) ? _S_IWRITE : 0);
    int fd = _wopen(w, flags | O_BINARY | O_NOINHERIT, pmode);
    free(w);
    return fd;
}

int mnr_win_access(const char *path, int mode)
{
    wchar_t *w = wpath(path);
    if (!w)
        return -1;
    int rc = _waccess(w, mode & 06); /* X_OK is not Windows' */
    free(w);
    return rc;
}

#define WIDE_CALL(call)              \
    wchar_t *w = wpath(path);        \
    if (!w)                          \
        return -1;                   \
    int rc = call;                   \
    free(w);                         \
    return rc

int mnr_win_unlink(const char *path)
{
    WIDE_CALL(_wunlink(w));
}

int mnr_win_rmdir(const char *path)
{
    WIDE_CALL(_wrmdir(w));
}

int mnr_win_mkdir(const char *path, int mode)
{
    (void)mode;
    WIDE_CALL(_wmkdir(w));
}

/* The full path, with '/' between names ("C:/Users/..."), so that code
 * that looks for '/' in a resolved path works as on POSIX. It must exist. */
char *mnr_win_realpath(const char *path, char *resolved)
{
    wchar_t *w = wpath(path);
    if (!w)
        return NULL;
    DWORD attrs = GetFileAttributesW(w);
    DWORD n = attrs == INVALID_FILE_ATTRIBUTES ? 0 : GetFullPathNameW(w, 0, NULL, NULL);
    wchar_t *full = n ? malloc(n * sizeof *full) : NULL;
    if (attrs == INVALID_FILE_ATTRIBUTES)
        errno = errno_of(GetLastError());
    if (full)
        GetFullPathNameW(w, n, full, NULL);
    free(w);
    if (!full)
        return NULL;
    wchar_t *start = full;
    if (wcsncmp(start, L"\\\\?\\UNC\\", 8) == 0)
        start += 6, start[0] = L'\\';
    else if (wcsncmp(start, L"\\\\?\\", 4) == 0)
        start += 4;
    char *s = to_utf8(start);
    free(full);
    if (!s)
        return errno = ENOMEM, NULL;
    for (char *p = s; *p; p++)
        if (*p == '\\')
            *p = '/';
    size_t len = strlen(s);
    if (len > 3 && s[len - 1] == '/')
        s[len - 1] = '\0';
    if (resolved) {
        snprintf(resolved, 260, "%s", s);
        free(s);
        return resolved;
    }
    return s;
}

static unsigned long long next_random(void)
{
    static unsigned long long x;
    if (!x) {
        LARGE_INTEGER c;
        QueryPerformanceCounter(&c);
        x = (unsigned long long)c.QuadPart ^ ((unsigned long long)GetCurrentProcessId() << 32) ^
            0x9E3779B97F4A7C15ULL;
    }
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    return x;
}

/* Fills the trailing XXXXXX of `tmpl`; 0 when it has none. */
static int fill_template(char *tmpl)
{
    static const char chars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    size_t n = strlen(tmpl);
    if (n < 6 || strcmp(tmpl + n - 6, "XXXXXX") != 0)
        return errno = EINVAL, 0;
    unsigned long long r = next_random();
    for (size_t i = n - 6; i < n; i++, r /= 62)
        tmpl[i] = chars[r % 62];
    return 1;
}

int mnr_win_mkstemp(char *tmpl)
{
    size_t n = strlen(tmpl);
    for (int tries = 0; tries < 100; tries++) {
        if (tries)
            memcpy(tmpl + n - 6, "XXXXXX", 6);
        if (!fill_template(tmpl))
            return -1;
        int fd = mnr_win_open(tmpl, O_RDWR | O_CREAT | O_EXCL, 0600);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    return -1;
}

char *mnr_win_mkdtemp(char *tmpl)
{
    size_t n = strlen(tmpl);
    for (int tries = 0; tries < 100; tries++) {
        if (tries)
            memcpy(tmpl + n - 6, "XXXXXX", 6);
        if (!fill_template(tmpl))
            return NULL;
        if (mnr_win_mkdir(tmpl, 0700) == 0)
            return tmpl;
        if (errno != EEXIST)
            return NULL;
    }
    return NULL;
}

FILE *mnr_win_fopen(const char *path, const char *mode)
{
    wchar_t *w = wpath(path), *m = to_wide(mode);
    FILE *f = w && m ? _wfopen(w, m) : NULL;
    free(w);
    free(m);
    return f;
}

/* The environment as UTF-8: each variable's value is kept (a variable
 * asked for again gets the same string, as getenv's does). */
char *mnr_win_getenv(const char *name)
{
    static struct {
        char *name, *value;
    } seen[64];
    wchar_t *wn = to_wide(name);
    const wchar_t *wv = wn ? _wgetenv(wn) : NULL;
    free(wn);
    if (!wv)
        return NULL;
    char *value = to_utf8(wv);
    if (!value)
        return NULL;
    for (size_t i = 0; i < sizeof seen / sizeof seen[0]; i++) {
        if (seen[i].name && strcmp(seen[i].name, name) == 0) {
            if (strcmp(seen[i].value, value) != 0) {
                free(seen[i].value);
                seen[i].value = value;
            } else
                free(value);
            return seen[i].value;
        }
        if (!seen[i].name) {
            seen[i].name = _strdup(name);
            seen[i].value = value;
            return value;
        }
    }
    return value; /* past 64 names: not kept, a small leak */
}

long mnr_win_readlink(const char *path, char *buf, size_t size)
{
    (void)path, (void)buf, (void)size;
    return errno = EINVAL, -1; /* no links followed (platform_win_posix.h) */
}

int mnr_win_fsync(int fd)
{
    return _commit(fd);
}

/* The time of day, to 100 ns, without winpthreads' clock_gettime; also for
 * CLOCK_MONOTONIC (mnr cohort's progress line: a clock change then only
 * shifts when it is next shown). */
int mnr_win_clock_gettime(int clock, struct timespec *ts)
{
    (void)clock;
    FILETIME ft;
    GetSystemTimePreciseAsFileTime(&ft);
    unsigned long long t = ((unsigned long long)ft.dwHighDateTime << 32) | ft.dwLowDateTime;
    ts->tv_sec = (time_t)(t / 10000000ULL) - 11644473600LL;
    ts->tv_nsec = (long)(t % 10000000ULL) * 100;
    return 0;
}

/* Reads at `offset` and leaves the file's position where it was. */
long mnr_win_pread(int fd, void *buf, size_t n, long long offset)
{
    long long was = _lseeki64(fd, 0, SEEK_CUR);
    if (was < 0 || _lseeki64(fd, offset, SEEK_SET) < 0)
        return -1;
    int got = _read(fd, buf, (unsigned)(n > 0x7FFFFFFF ? 0x7FFFFFFF : n));
    _lseeki64(fd, was, SEEK_SET);
    return got;
}

char *mnr_win_strndup(const char *s, size_t n)
{
    size_t len = strnlen(s, n);
    char *d = malloc(len + 1);
    if (d) {
        memcpy(d, s, len);
        d[len] = '\0';
    }
    return d;
}

char *mnr_win_stpcpy(char *d, const char *s)
{
    size_t n = strlen(s);
    memcpy(d, s, n + 1);
    return d + n;
}

struct mnr_win_dir {
    _WDIR *d;
    struct mnr_win_dirent e;
};

mnr_win_dir *mnr_win_opendir(const char *path)
{
    wchar_t *w = wpath(path);
    _WDIR *wd = w ? _wopendir(w) : NULL;
    free(w);
    mnr_win_dir *d = wd ? malloc(sizeof *d) : NULL;
    if (!d) {
        if (wd)
            _wclosedir(wd);
        return NULL;
    }
    d->d = wd;
    return d;
}

struct mnr_win_dirent *mnr_win_readdir(mnr_win_dir *d)
{
    struct _wdirent *we = _wreaddir(d->d);
    if (!we)
        return NULL;
    WideCharToMultiByte(CP_UTF8, 0, we->d_name, -1, d->e.d_name, sizeof d->e.d_name, NULL,
                        NULL);
    return &d->e;
}

int mnr_win_closedir(mnr_win_dir *d)
{
    int rc = _wclosedir(d->d);
    free(d);
    return rc;
}

/* ---- replacing a file ---- */

int mnr_replace_file(const char *tmp, const char *path)
{
    /* rename() does not replace an existing file on Windows */
    wchar_t *from = wpath(tmp), *to = wpath(path);
    BOOL ok = from && to &&
              MoveFileExW(from, to, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
    DWORD e = GetLastError();
    free(from);
    free(to);
    return ok ? 0 : (errno = errno_of(e), -1);
}

/* ---- the stop signals: Ctrl-C, Ctrl-Break, a closed console ---- */

static volatile LONG held_depth;  /* mnr_signals_hold calls in force */
static volatile LONG pending_sig; /* a stop that came while held */
static volatile LONG stdin_mode;  /* mnr ask: stops taken between lines */
static volatile LONG stdin_sig;

static int sig_of(DWORD type)
{
    return type == CTRL_C_EVENT ? SIGINT : type == CTRL_BREAK_EVENT ? SIGBREAK : SIGTERM;
}

static BOOL WINAPI on_console_event(DWORD type)
{
    int sig = sig_of(type);
    if (stdin_mode) {
        stdin_sig = sig;
        CancelIoEx(GetStdHandle(STD_INPUT_HANDLE), NULL);
        if (type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT)
            return TRUE;
    } else if (held_depth > 0)
        pending_sig = sig;
    else
        return FALSE; /* the default: mnr ends */
    if (type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT)
        return TRUE;
    /* a closed console or a logoff ends the process when this returns:
     * wait (Windows gives some 5 seconds) until the file is saved */
    for (int i = 0; i < 45 && (held_depth > 0 || stdin_mode); i++)
        Sleep(100);
    return FALSE;
}

void mnr_signals_hold(mnr_held_signals *h, int unless_ignored)
{
    (void)h, (void)unless_ignored;
    InterlockedIncrement(&held_depth);
}

int mnr_signals_wait(mnr_held_signals *h, int ms)
{
    (void)h;
    for (int waited = 0; waited < ms; waited += 10) {
        LONG s = InterlockedExchange(&pending_sig, 0);
        if (s)
            return (int)s;
        Sleep(10);
    }
    return 0;
}

static void end_by(int sig)
{
    /* the status cmd.exe shows for Ctrl-C; 128 + N for the others */
    ExitProcess(sig == SIGINT ? (UINT)STATUS_CONTROL_C_EXIT : (UINT)(128 + sig));
}

void mnr_signals_release(mnr_held_signals *h, int sig)
{
    (void)h;
    if (InterlockedDecrement(&held_depth) > 0)
        return;
    LONG pending = InterlockedExchange(&pending_sig, 0);
    if (sig || pending) {
        if (stdin_mode) { /* mnr ask: the session saves and ends */
            stdin_sig = sig ? sig : (int)pending;
            return;
        }
        end_by(sig ? sig : (int)pending);
    }
}

/* ---- a process in a job object ---- */

struct mnr_process {
    HANDLE process, job;
};

/* One argument on the command line, quoted as CommandLineToArgvW reads it. */
static void append_arg(wchar_t *out, const wchar_t *arg)
{
    wchar_t *o = out + wcslen(out);
    if (o != out)
        *o++ = L' ';
    *o++ = L'"';
    for (const wchar_t *p = arg;; p++) {
        size_t slashes = 0;
        while (*p == L'\\')
            p++, slashes++;
        if (!*p) { /* double the backslashes before the closing quote */
            for (size_t i = 0; i < 2 * slashes; i++)
                *o++ = L'\\';
            break;
        }
        for (size_t i = 0; i < (*p == L'"' ? 2 * slashes + 1 : slashes); i++)
            *o++ = L'\\';
        *o++ = *p;
    }
    *o++ = L'"';
    *o = L'\0';
}

static wchar_t *command_line(char *const argv[])
{
    size_t size = 1;
    for (int i = 0; argv[i]; i++)
        size += 2 * strlen(argv[i]) + 4;
    wchar_t *line = calloc(size, sizeof *line);
    for (int i = 0; line && argv[i]; i++) {
        wchar_t *w = to_wide(argv[i]);
        if (!w) {
            free(line);
            return NULL;
        }
        append_arg(line, w);
        free(w);
    }
    return line;
}

static int is_tmp_var(const wchar_t *v)
{
    return _wcsnicmp(v, L"TMP=", 4) == 0 || _wcsnicmp(v, L"TEMP=", 5) == 0 ||
           _wcsnicmp(v, L"TMPDIR=", 7) == 0;
}

/* mnr's environment with TMP, TEMP and TMPDIR set to `tmp`. */
static wchar_t *environment_with(const char *tmp)
{
    wchar_t *wt = to_wide(tmp);
    wchar_t *env = GetEnvironmentStringsW();
    if (!wt || !env) {
        free(wt);
        if (env)
            FreeEnvironmentStringsW(env);
        return NULL;
    }
    size_t len = 0;
    for (const wchar_t *v = env; *v; v += wcslen(v) + 1)
        len += wcslen(v) + 1;
    size_t size = len + 3 * (wcslen(wt) + 8) + 1;
    wchar_t *out = malloc(size * sizeof *out), *o = out;
    for (const wchar_t *v = env; out && *v; v += wcslen(v) + 1)
        if (!is_tmp_var(v))
            o += swprintf(o, size - (size_t)(o - out), L"%ls", v) + 1;
    static const wchar_t *const names[] = {L"TMP", L"TEMP", L"TMPDIR"};
    for (int i = 0; out && i < 3; i++)
        o += swprintf(o, size - (size_t)(o - out), L"%ls=%ls", names[i], wt) + 1;
    if (out)
        *o = L'\0';
    FreeEnvironmentStringsW(env);
    free(wt);
    return out;
}

int mnr_process_start(mnr_process **out, char *const argv[], const char *tmp,
                      const mnr_held_signals *h)
{
    (void)h;
    *out = NULL;
    mnr_process *p = calloc(1, sizeof *p);
    wchar_t *line = command_line(argv), *exe = wpath(argv[0]), *env = environment_with(tmp);
    SECURITY_ATTRIBUTES inherit = {sizeof inherit, NULL, TRUE};
    HANDLE null = CreateFileW(L"NUL", GENERIC_READ | GENERIC_WRITE,
                              FILE_SHARE_READ | FILE_SHARE_WRITE, &inherit, OPEN_EXISTING, 0, NULL);
    int rc = 0;
    if (!p || !line || !exe || !env)
        rc = ENOMEM;
    /* a job object that ends every process in it when asked, and when its
     * last handle is closed (mnr ended): the browser's helper processes
     * go with it */
    HANDLE job = rc ? NULL : CreateJobObjectW(NULL, NULL);
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits;
    memset(&limits, 0, sizeof limits);
    limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
    if (!rc && (!job || !SetInformationJobObject(job, JobObjectExtendedLimitInformation,
                                                 &limits, sizeof limits)))
        rc = errno_of(GetLastError());
    STARTUPINFOW si;
    memset(&si, 0, sizeof si);
    si.cb = sizeof si;
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdInput = si.hStdOutput = si.hStdError = null;
    PROCESS_INFORMATION pi;
    if (!rc && !CreateProcessW(exe, line, NULL, NULL, TRUE,
                               CREATE_SUSPENDED | CREATE_NO_WINDOW | CREATE_UNICODE_ENVIRONMENT,
                               env, NULL, &si, &pi))
        rc = errno_of(GetLastError());
    if (!rc) {
        AssignProcessToJobObject(job, pi.hProcess);
        ResumeThread(pi.hThread);
        CloseHandle(pi.hThread);
        p->process = pi.hProcess;
        p->job = job;
        *out = p;
    } else {
        if (job)
            CloseHandle(job);
        free(p);
    }
    if (null != INVALID_HANDLE_VALUE)
        CloseHandle(null);
    free(line), free(exe), free(env);
    return rc;
}

static void stop_job(mnr_process *p)
{
    TerminateJobObject(p->job, 1);
    WaitForSingleObject(p->process, 5000);
}

int mnr_process_wait(mnr_process *p, int seconds, const mnr_held_signals *h, int *sig)
{
    int code = -1;
    for (int tenths = 0; tenths < seconds * 10; tenths++) {
        if (WaitForSingleObject(p->process, 0) == WAIT_OBJECT_0) {
            DWORD status = 1;
            GetExitCodeProcess(p->process, &status);
            code = status > 255 ? 128 : (int)status;
            break;
        }
        int s = mnr_signals_wait((mnr_held_signals *)h, 100);
        if (s) {
            stop_job(p);
            *sig = s;
            code = -2;
            break;
        }
    }
    if (code == -1)
        stop_job(p);
    CloseHandle(p->process);
    CloseHandle(p->job); /* what the browser left running ends here */
    free(p);
    return code;
}

void mnr_remove_tree(const char *dir)
{
    mnr_win_dir *d = mnr_win_opendir(dir);
    struct mnr_win_dirent *e;
    while (d && (e = mnr_win_readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *p = malloc(n);
        if (!p)
            continue;
        snprintf(p, n, "%s/%s", dir, e->d_name);
        struct mnr_win_stat st;
        if (mnr_win_stat(p, &st) == 0 && (st.st_mode & _S_IFDIR))
            mnr_remove_tree(p);
        else
            mnr_win_unlink(p);
        free(p);
    }
    if (d)
        mnr_win_closedir(d);
    mnr_win_rmdir(dir);
}

int mnr_is_executable(const char *path)
{
    struct mnr_win_stat st;
    return mnr_win_stat(path, &st) == 0 && (st.st_mode & _S_IFMT) == _S_IFREG;
}

const char *const *mnr_browser_names(void)
{
    static const char *const names[] = {"msedge.exe", "chrome.exe", NULL};
    return names;
}

/* Edge's and Chrome's standard places: for all users (64 and 32-bit
 * Program Files) and for one user (Local AppData). */
char **mnr_browser_places(void)
{
    static const struct {
        const char *var, *rel;
    } places[] = {
        {"ProgramFiles(x86)", "Microsoft/Edge/Application/msedge.exe"},
        {"ProgramFiles", "Microsoft/Edge/Application/msedge.exe"},
        {"LOCALAPPDATA", "Microsoft/Edge/Application/msedge.exe"},
        {"ProgramFiles", "Google/Chrome/Application/chrome.exe"},
        {"ProgramFiles(x86)", "Google/Chrome/Application/chrome.exe"},
        {"LOCALAPPDATA", "Google/Chrome/Application/chrome.exe"},
    };
    size_t n = sizeof places / sizeof places[0], k = 0;
    char **out = calloc(n + 1, sizeof *out);
    for (size_t i = 0; out && i < n; i++) {
        const char *base = mnr_win_getenv(places[i].var);
        if (!base || !base[0])
            continue;
        size_t len = strlen(base) + strlen(places[i].rel) + 2;
        if ((out[k] = malloc(len)) != NULL)
            snprintf(out[k++], len, "%s/%s", base, places[i].rel);
    }
    return out;
}

void mnr_strv_free(char **v)
{
    for (size_t i = 0; v && v[i]; i++)
        free(v[i]);
    free(v);
}

char mnr_path_list_sep(void)
{
    return ';';
}

/* ---- paths ---- */

int mnr_is_sep(char c)
{
    return c == '/' || c == '\\';
}

const char *mnr_last_sep(const char *path)
{
    const char *a = strrchr(path, '/'), *b = strrchr(path, '\\');
    return a > b ? a : b;
}

size_t mnr_root_len(const char *path)
{
    if (isalpha((unsigned char)path[0]) && path[1] == ':')
        return mnr_is_sep(path[2]) ? 3 : 2;
    return mnr_is_sep(path[0]) ? 1 : 0;
}

int mnr_is_absolute(const char *path)
{
    return mnr_root_len(path) == 3 || (mnr_is_sep(path[0]) && mnr_is_sep(path[1]));
}

/* A path of Windows' own as mnr writes paths: UTF-8, '/' between names,
 * no '/' at the end. */
static char *own_path(const wchar_t *w)
{
    char *s = to_utf8(w);
    for (char *p = s; p && *p; p++)
        if (*p == '\\')
            *p = '/';
    size_t n = s ? strlen(s) : 0;
    if (n > 3 && s[n - 1] == '/')
        s[n - 1] = '\0';
    return s;
}

const char *mnr_tmp_dir(void)
{
    static char *dir;
    if (!dir) {
        wchar_t buf[MAX_PATH + 2];
        DWORD n = GetTempPathW(MAX_PATH + 2, buf);
        dir = n ? own_path(buf) : NULL;
    }
    return dir ? dir : "C:/Windows/Temp";
}

const char *mnr_self_exe(void)
{
    static char *exe;
    if (!exe) {
        static wchar_t buf[32768];
        DWORD n = GetModuleFileNameW(NULL, buf, 32768);
        exe = n ? own_path(buf) : NULL;
    }
    return exe ? exe : "mnr.exe";
}

char *mnr_file_url(const char *path)
{
    char *url = malloc(strlen("file:///") + 3 * strlen(path) + 1);
    if (!url)
        return NULL;
    char *o = url + sprintf(url, mnr_is_sep(path[0]) ? "file:" : "file:///");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++)
        o += *p == '\\'                              ? sprintf(o, "/")
             : isalnum(*p) || strchr("-._~/:", *p) ? sprintf(o, "%c", *p)
                                                     : sprintf(o, "%%%02X", *p);
    return url;
}

/* ---- the console ---- */

/* The arguments as UTF-8, from the wide command line (the narrow argv
 * holds only what the ANSI code page has). Kept for the whole run. */
static void utf8_args(int *argc, char ***argv)
{
    int n = 0;
    wchar_t **wargv = CommandLineToArgvW(GetCommandLineW(), &n);
    char **args = wargv ? calloc((size_t)n + 1, sizeof *args) : NULL;
    for (int i = 0; args && i < n; i++)
        if (!(args[i] = to_utf8(wargv[i])))
            args[i] = "";
    if (args) {
        *argc = n;
        *argv = args;
    }
    if (wargv)
        LocalFree(wargv);
}

void mnr_console_init(int *argc, char ***argv)
{
    utf8_args(argc, argv);
    /* bytes as they are: no CR before LF, in or out (LF everywhere) */
    _setmode(0, _O_BINARY);
    _setmode(1, _O_BINARY);
    _setmode(2, _O_BINARY);
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCP(CP_UTF8);
    SetConsoleCtrlHandler(on_console_event, TRUE);
}

static int is_console(HANDLE h)
{
    DWORD mode;
    return h != INVALID_HANDLE_VALUE && GetFileType(h) == FILE_TYPE_CHAR &&
           GetConsoleMode(h, &mode);
}

int mnr_console_is_tty(int fd)
{
    return is_console((HANDLE)_get_osfhandle(fd));
}

int mnr_console_colour(void)
{
    HANDLE h = GetStdHandle(STD_OUTPUT_HANDLE);
    DWORD mode;
    if (!is_console(h) || !GetConsoleMode(h, &mode))
        return 0;
    /* ANSI colour only where the console shows it (Windows 10 and later) */
    return (mode & ENABLE_VIRTUAL_TERMINAL_PROCESSING) ||
           SetConsoleMode(h, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING);
}

int mnr_console_width(void)
{
    CONSOLE_SCREEN_BUFFER_INFO info;
    HANDLE h = GetStdHandle(STD_OUTPUT_HANDLE);
    if (!is_console(h) || !GetConsoleScreenBufferInfo(h, &info))
        return 0;
    return info.srWindow.Right - info.srWindow.Left + 1;
}

void mnr_stdin_setup(mnr_stdin_wait *w)
{
    (void)w;
    stdin_mode = 1;
}

/* "\r\n" made "\n" (a line typed in the console, or a file from a
 * Windows editor piped in): the rest of mnr reads lines as on POSIX. */
static long drop_cr(char *buf, long n)
{
    long k = 0;
    for (long i = 0; i < n; i++)
        if (!(buf[i] == '\r' && i + 1 < n && buf[i + 1] == '\n'))
            buf[k++] = buf[i];
    return k;
}

long mnr_stdin_read(mnr_stdin_wait *w, char *buf, size_t size)
{
    (void)w;
    HANDLE h = GetStdHandle(STD_INPUT_HANDLE);
    if (is_console(h)) {
        /* typed text as UTF-16, whatever the code page; a character takes
         * at most 3 bytes of UTF-8 per UTF-16 unit */
        wchar_t wbuf[1024];
        DWORD got = 0, want = (DWORD)(size / 3 < 1024 ? size / 3 : 1024);
        if (!ReadConsoleW(h, wbuf, want, &got, NULL))
            return stdin_sig ? -1 : -2;
        if (stdin_sig)
            return -1;
        if (got == 0)
            return 0;
        int n = WideCharToMultiByte(CP_UTF8, 0, wbuf, (int)got, buf, (int)size, NULL, NULL);
        if (n == 1 && buf[0] == 0x1A) /* Ctrl-Z: the end */
            return 0;
        return drop_cr(buf, n);
    }
    DWORD got = 0;
    if (!ReadFile(h, buf, (DWORD)size, &got, NULL)) {
        DWORD e = GetLastError();
        if (e == ERROR_OPERATION_ABORTED || stdin_sig)
            return -1;
        return e == ERROR_BROKEN_PIPE || e == ERROR_HANDLE_EOF ? 0 : -2;
    }
    return got == 0 ? 0 : drop_cr(buf, (long)got);
}

int mnr_stdin_signal(void)
{
    return (int)stdin_sig;
}

/* ---- the ask lock (filelock.h): LockFileEx ---- */

struct mnr_file_lock {
    HANDLE h;
    char *path; /* the lock file */
};

/* ".NAME.lock" beside the file, as on POSIX (filelock.c). */
static char *lock_name(const char *path)
{
    char *real = mnr_win_realpath(path, NULL);
    const char *file = real ? real : path;
    const char *slash = mnr_last_sep(file);
    size_t dir_len = slash ? (size_t)(slash - file) + 1 : 0;
    size_t len = strlen(file) + sizeof "..lock";
    char *name = malloc(len);
    if (name)
        snprintf(name, len, "%.*s.%s.lock", (int)dir_len, file, file + dir_len);
    free(real);
    return name;
}

/* The lock is on one byte far past the end, so that the holder's process
 * id at the start stays readable to the one refused. */
static BOOL lock_byte(HANDLE h)
{
    OVERLAPPED ov;
    memset(&ov, 0, sizeof ov);
    ov.OffsetHigh = 1;
    return LockFileEx(h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &ov);
}

static long read_holder(HANDLE h)
{
    char buf[32];
    DWORD n = 0;
    SetFilePointer(h, 0, NULL, FILE_BEGIN);
    if (!ReadFile(h, buf, sizeof buf - 1, &n, NULL) || n == 0)
        return 0;
    buf[n] = '\0';
    char *end;
    long pid = strtol(buf, &end, 10);
    return pid > 0 && (*end == '\n' || *end == '\0') ? pid : 0;
}

static void write_holder(HANDLE h)
{
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%lu\n", (unsigned long)GetCurrentProcessId());
    DWORD done;
    SetFilePointer(h, 0, NULL, FILE_BEGIN);
    SetEndOfFile(h);
    WriteFile(h, buf, (DWORD)n, &done, NULL);
}

/* Whether `h` is still the file at `name`: a holder that was letting go
 * may have removed it between our open and our lock. */
static int still_there(HANDLE h, const char *name)
{
    struct mnr_win_stat a, b;
    return stat_handle(h, &a) == 0 && mnr_win_stat(name, &b) == 0 && a.st_dev == b.st_dev &&
           a.st_ino == b.st_ino;
}

int mnr_file_lock_take(mnr_file_lock **out, const char *path, long *holder)
{
    *out = NULL;
    *holder = 0;
    char *name = lock_name(path);
    wchar_t *w = name ? wpath(name) : NULL;
    if (!w) {
        free(name);
        return errno = ENOMEM, -1;
    }
    int e = EWOULDBLOCK;
    for (int tries = 0; tries < 10; tries++) {
        HANDLE h = CreateFileW(w, GENERIC_READ | GENERIC_WRITE,
                               FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL,
                               OPEN_ALWAYS, FILE_ATTRIBUTE_HIDDEN, NULL);
        if (h == INVALID_HANDLE_VALUE) {
            e = errno_of(GetLastError());
            if (e == EACCES && tries < 9) { /* being removed by its holder */
                Sleep(20);
                continue;
            }
            break;
        }
        if (!lock_byte(h)) {
            e = GetLastError() == ERROR_LOCK_VIOLATION ? EWOULDBLOCK : 0;
            if (e == 0) { /* no locks on this file system: go on without */
                CloseHandle(h);
                DeleteFileW(w);
                free(w), free(name);
                *out = calloc(1, sizeof **out);
                return *out ? ((*out)->h = INVALID_HANDLE_VALUE, 0) : (errno = ENOMEM, -1);
            }
            *holder = read_holder(h);
            CloseHandle(h);
            break;
        }
        if (!still_there(h, name)) {
            CloseHandle(h);
            continue;
        }
        write_holder(h);
        mnr_file_lock *lock = malloc(sizeof *lock);
        if (!lock) {
            CloseHandle(h);
            e = ENOMEM;
            break;
        }
        lock->h = h;
        lock->path = name;
        free(w);
        *out = lock;
        return 0;
    }
    free(w);
    free(name);
    errno = e;
    return -1;
}

void mnr_file_lock_free(mnr_file_lock *lock)
{
    if (!lock)
        return;
    /* removed while still held (FILE_SHARE_DELETE): gone when closed */
    if (lock->path) {
        wchar_t *w = wpath(lock->path);
        if (w)
            DeleteFileW(w);
        free(w);
    }
    if (lock->h != INVALID_HANDLE_VALUE)
        CloseHandle(lock->h);
    free(lock->path);
    free(lock);
}
