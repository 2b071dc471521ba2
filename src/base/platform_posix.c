/*
 * platform_posix.c - platform.h on Linux and other POSIX systems.
 */
#include "platform.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

int mnr_replace_file(const char *tmp, const char *path)
{
    return rename(tmp, path);
}

/* ---- the stop signals ---- */

/* A stop signal the run was started to ignore (nohup, a shell's
 * background job) stays ignored: held, it would still be taken by
 * sigtimedwait and stop the print. */
static void add_unless_ignored(sigset_t *set, int sig)
{
    struct sigaction now;
    if (sigaction(sig, NULL, &now) == 0 && now.sa_handler == SIG_IGN)
        return;
    sigaddset(set, sig);
}

void mnr_signals_hold(mnr_held_signals *h, int unless_ignored)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    sigemptyset(&h->stop);
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        if (unless_ignored)
            add_unless_ignored(&h->stop, sigs[i]);
        else
            sigaddset(&h->stop, sigs[i]);
    }
    sigprocmask(SIG_BLOCK, &h->stop, &h->old);
}

int mnr_signals_wait(mnr_held_signals *h, int ms)
{
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000 * 1000};
    int s = sigtimedwait(&h->stop, NULL, &ts);
    return s > 0 ? s : 0;
}

void mnr_signals_release(mnr_held_signals *h, int sig)
{
    if (sig)
        raise(sig); /* held until the mask is restored: it ends mnr now, as asked */
    sigprocmask(SIG_SETMASK, &h->old, NULL); /* a held signal acts now */
}

/* ---- a process and its process group ---- */

struct mnr_process {
    pid_t pid;
};

/* mnr's environment with TMPDIR set to `tmp` (the only string of its own,
 * env[0]; the rest are environ's). */
static char **env_with_tmpdir(const char *tmp)
{
    size_t n = 0;
    while (environ[n])
        n++;
    char **env = calloc(n + 2, sizeof *env);
    size_t len = strlen("TMPDIR=") + strlen(tmp) + 1;
    char *tmpdir = malloc(len);
    if (!env || !tmpdir) {
        free(env), free(tmpdir);
        return NULL;
    }
    snprintf(tmpdir, len, "TMPDIR=%s", tmp);
    size_t k = 0;
    env[k++] = tmpdir;
    for (size_t i = 0; i < n; i++)
        if (strncmp(environ[i], "TMPDIR=", 7) != 0)
            env[k++] = environ[i];
    return env;
}

int mnr_process_start(mnr_process **out, char *const argv[], const char *tmp,
                      const mnr_held_signals *h)
{
    *out = NULL;
    mnr_process *p = malloc(sizeof *p);
    char **env = env_with_tmpdir(tmp);
    if (!p || !env) {
        free(p);
        if (env)
            free(env[0]);
        free(env);
        return ENOMEM;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    /* Its own process group, so that all of it can be stopped; the signal
     * mask mnr had, not the one holding the stop signals. */
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK);
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setsigmask(&attr, &h->old);
    int rc = posix_spawn(&p->pid, argv[0], &fa, &attr, argv, env);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    free(env[0]);
    free(env);
    if (rc != 0) {
        free(p);
        return rc;
    }
    *out = p;
    return 0;
}

/* Stops the process and every process it started (its process group). */
static void stop_group(pid_t pid)
{
    kill(-pid, SIGKILL);
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
}

int mnr_process_wait(mnr_process *p, int seconds, const mnr_held_signals *h, int *sig)
{
    pid_t pid = p->pid;
    free(p);
    int status = 0;
    for (int tenths = 0; tenths < seconds * 10; tenths++) {
        pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
        int s = mnr_signals_wait((mnr_held_signals *)h, 100);
        if (s > 0) {
            stop_group(pid);
            *sig = s;
            return -2;
        }
    }
    stop_group(pid);
    return -1;
}

void mnr_remove_tree(const char *dir)
{
    pid_t pid;
    char *argv[] = {"rm", "-rf", (char *)dir, NULL};
    if (posix_spawnp(&pid, "rm", NULL, NULL, argv, environ) == 0)
        waitpid(pid, NULL, 0);
}

int mnr_is_executable(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
}

const char *const *mnr_browser_names(void)
{
    static const char *const names[] = {"chromium", "chromium-browser", "google-chrome", NULL};
    return names;
}

char **mnr_browser_places(void)
{
    return calloc(1, sizeof(char *));
}

void mnr_strv_free(char **v)
{
    for (size_t i = 0; v && v[i]; i++)
        free(v[i]);
    free(v);
}

char mnr_path_list_sep(void)
{
    return ':';
}

/* ---- paths ---- */

int mnr_is_sep(char c)
{
    return c == '/';
}

const char *mnr_last_sep(const char *path)
{
    return strrchr(path, '/');
}

size_t mnr_root_len(const char *path)
{
    return path[0] == '/';
}

int mnr_is_absolute(const char *path)
{
    return path[0] == '/';
}

const char *mnr_tmp_dir(void)
{
    const char *t = getenv("TMPDIR");
    return t && t[0] == '/' ? t : "/tmp";
}

const char *mnr_self_exe(void)
{
    return "/proc/self/exe";
}

char *mnr_file_url(const char *path)
{
    char *url = malloc(strlen("file://") + 3 * strlen(path) + 1);
    if (!url)
        return NULL;
    char *o = url + sprintf(url, "file://");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++)
        o += isalnum(*p) || strchr("-._~/", *p) ? sprintf(o, "%c", *p) : sprintf(o, "%%%02X", *p);
    return url;
}

/* ---- the console ---- */

void mnr_console_init(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    /* Past a file-size limit (ulimit -f) write() should fail with EFBIG,
     * which mnr reports and cleans up after, rather than kill mnr with
     * its temporary file left behind. */
    signal(SIGXFSZ, SIG_IGN);
}

int mnr_console_is_tty(int fd)
{
    return isatty(fd);
}

int mnr_console_colour(void)
{
    return isatty(STDOUT_FILENO);
}

int mnr_console_width(void)
{
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0)
        return ws.ws_col;
    return 0;
}

static volatile sig_atomic_t got_signal;

static void on_signal(int sig)
{
    got_signal = sig;
}

void mnr_stdin_setup(mnr_stdin_wait *w)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigset_t hold;
    sigemptyset(&hold);
    sigaddset(&hold, SIGINT);
    sigaddset(&hold, SIGTERM);
    sigaddset(&hold, SIGHUP);
    sigprocmask(SIG_BLOCK, &hold, &w->wait_mask);
    sigdelset(&w->wait_mask, SIGINT);
    sigdelset(&w->wait_mask, SIGTERM);
    sigdelset(&w->wait_mask, SIGHUP);
}

long mnr_stdin_read(mnr_stdin_wait *w, char *buf, size_t size)
{
    fd_set in;
    FD_ZERO(&in);
    FD_SET(STDIN_FILENO, &in);
    if (pselect(STDIN_FILENO + 1, &in, NULL, NULL, NULL, &w->wait_mask) < 0)
        return errno == EINTR ? -1 : -2;
    ssize_t got = read(STDIN_FILENO, buf, size);
    if (got < 0 && errno == EINTR)
        return -1;
    return got < 0 ? -2 : (long)got; /* the end, or the terminal gone (EIO) */
}

int mnr_stdin_signal(void)
{
    return got_signal;
}
