/*
 * platform.h - what differs between POSIX systems and Windows, in one
 * place. CMake compiles one of platform_posix.c and platform_win.c; the
 * rest of mnr calls only these functions for what they cover:
 *   - replacing a file atomically (rename over it / MoveFileExW),
 *   - the stop signals (Ctrl-C, kill, a closed terminal) held while a
 *     temporary file or a browser process exists,
 *   - starting a process (the browser that prints a PDF) that can be
 *     stopped with every process it started (a process group / a job
 *     object),
 *   - the console: UTF-8 in and out, colour only where the terminal has
 *     it, its width, lines read with Ctrl-C taken only while waiting,
 *   - paths: separators, the temporary directory, the running program.
 * The ask lock (filelock.h) has its two implementations here too.
 *
 * The Windows build also force-includes platform_win_posix.h (CMake),
 * which gives the plain POSIX file calls the rest of mnr makes (open,
 * stat, opendir, realpath, mkstemp...) UTF-8 names through Windows' wide
 * character calls. docs/windows.md says what differs for a user.
 */
#ifndef MNR_PLATFORM_H
#define MNR_PLATFORM_H

#include <stddef.h>

#ifdef _WIN32
typedef struct mnr_held_signals {
    int unused;
} mnr_held_signals;
#else
#include <signal.h>
typedef struct mnr_held_signals {
    sigset_t stop; /* the signals held */
    sigset_t old;  /* the mask before */
} mnr_held_signals;
#endif

/* Replaces `path` by `tmp` in one step (the old file or the new one is
 * there, never neither): 0, or -1 with errno set. */
int mnr_replace_file(const char *tmp, const char *path);

/* Holds SIGINT, SIGTERM, SIGHUP and SIGQUIT (Ctrl-C and Ctrl-Break, and
 * a closed console, on Windows) until mnr_signals_release. With
 * `unless_ignored`, a signal the run was started to ignore (nohup) stays
 * ignored. Calls nest. */
void mnr_signals_hold(mnr_held_signals *h, int unless_ignored);
/* Waits up to `ms` milliseconds for a held signal: its number, or 0. */
int mnr_signals_wait(mnr_held_signals *h, int ms);
/* Lets the held signals through again; a non-zero `sig` (from
 * mnr_signals_wait) acts first: it ends mnr, as asked. */
void mnr_signals_release(mnr_held_signals *h, int sig);

/* ---- a process and the processes it starts ---- */

typedef struct mnr_process mnr_process;
/* Starts argv[0] with `argv`, its output and errors thrown away, with the
 * temporary directory `tmp` (TMPDIR; TEMP and TMP on Windows), and the
 * signal mask mnr had before `h`. 0, or an errno value. */
int mnr_process_start(mnr_process **out, char *const argv[], const char *tmp,
                      const mnr_held_signals *h);
/* Its exit status; -1 after `seconds`; -2 when a held stop signal came
 * (in *sig). In both last cases it was stopped with every process it
 * started. Frees `p`. */
int mnr_process_wait(mnr_process *p, int seconds, const mnr_held_signals *h, int *sig);
/* Removes the directory tree `dir` (a browser's profile). */
void mnr_remove_tree(const char *dir);

/* Whether `path` is a file that can be run (executable bit / exists). */
int mnr_is_executable(const char *path);
/* The browsers to look for by name in PATH, NULL-terminated, and the
 * places a browser is installed at that are not in PATH (NULL-terminated,
 * from the environment: Edge and Chrome on Windows; none on POSIX). The
 * second list is newly allocated: mnr_strv_free. */
const char *const *mnr_browser_names(void);
char **mnr_browser_places(void);
void mnr_strv_free(char **v);
/* PATH's separator: ':' or ';'. */
char mnr_path_list_sep(void);

/* ---- paths ---- */

/* Whether `c` separates names in a path ('/'; '/' or '\\' on Windows). */
int mnr_is_sep(char c);
/* The last separator in `path`, or NULL. */
const char *mnr_last_sep(const char *path);
/* How many bytes of `path` name its root: 1 for "/x", 3 for "C:\x" or
 * "C:/x", 2 for "C:x", 0 for a relative path. */
size_t mnr_root_len(const char *path);
/* Whether `path` is absolute. */
int mnr_is_absolute(const char *path);
/* The directory for temporary files: $TMPDIR or /tmp; %TEMP% on Windows. */
const char *mnr_tmp_dir(void);
/* The running program, as a path mnr_datadir_find can resolve. */
const char *mnr_self_exe(void);
/* A file:// URL for the absolute path `path`, %-escaping all but letters,
 * digits and -._~/ (newly allocated). */
char *mnr_file_url(const char *path);

/* ---- the console ---- */

/* Once at start: the arguments as UTF-8 (Windows: from the wide command
 * line), standard output and error written as bytes (no CR added), the
 * console's code page UTF-8, and a write past a file-size limit an
 * error, not the end of mnr (POSIX: SIGXFSZ ignored). */
void mnr_console_init(int *argc, char ***argv);
/* Whether descriptor `fd` is a terminal (a console). */
int mnr_console_is_tty(int fd);
/* Whether standard output is a terminal that shows ANSI colour (Windows:
 * a console where virtual terminal processing could be turned on). */
int mnr_console_colour(void);
/* The width of the terminal on standard output, or 0 when unknown. */
int mnr_console_width(void);

/* Reading standard input with the stop signals taken only while waiting
 * for it (mnr ask): mnr_stdin_setup once, then mnr_stdin_read returns
 * bytes read (> 0), 0 at the end, -1 on an error to retry (a signal
 * arrived: see mnr_stdin_signal), -2 on an error that ends the input. */
typedef struct mnr_stdin_wait {
#ifdef _WIN32
    int unused;
#else
    sigset_t wait_mask; /* the signals let through while waiting for input */
#endif
} mnr_stdin_wait;
void mnr_stdin_setup(mnr_stdin_wait *w);
long mnr_stdin_read(mnr_stdin_wait *w, char *buf, size_t size);
/* The stop signal taken while waiting, or 0. */
int mnr_stdin_signal(void);

#endif
