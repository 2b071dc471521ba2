/*
 * ptydrive - runs a command in a pseudo-terminal (80x30) and drives it
 * from a script, as a person at a terminal would: type, wait for text,
 * press Ctrl-C, kill it. For the end-to-end tests of mnr ask; needs no
 * tmux, expect or python.
 *
 *   ptydrive [-t SECONDS] [-o TRANSCRIPT] SCRIPT -- COMMAND [ARGS...]
 *
 * SCRIPT ("-": standard input) holds one step a line:
 *   expect TEXT   wait until TEXT appears in the output after the end of
 *                 the last text waited for (default timeout 10 s); white
 *                 space in TEXT matches any white space, line breaks too
 *   send TEXT     type TEXT and Enter
 *   type TEXT     type TEXT without Enter
 *   key NAME      press ctrl-c, ctrl-d or up (the arrow key)
 *   signal N      send signal N to the command (9: kill -9)
 *   exit N        wait for the command to end with exit status N
 *   killed N      wait for the command to be ended by signal N
 * In TEXT, \e is ESC, \r CR, \n LF, \\ a backslash. Empty lines and lines
 * starting with # are skipped.
 * On a failed step it prints the step, and the end of what the command
 * printed, and exits 1. -o saves everything the command printed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int master = -1;
static pid_t child;
static char *out;      /* all the command printed */
static size_t out_len, out_cap, mark;
static int child_gone; /* the pty reported the end */
static double timeout = 10.0;
static const char *transcript;

/* Everything the command printed, to the -o file. */
static void save_transcript(void)
{
    FILE *t = transcript ? fopen(transcript, "w") : NULL;
    if (t) {
        fwrite(out ? out : "", 1, out_len, t);
        fclose(t);
    }
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void add_output(const char *buf, size_t n)
{
    if (out_len + n + 1 > out_cap) {
        out_cap = (out_len + n + 1) * 2;
        out = realloc(out, out_cap);
        if (!out) {
            perror("ptydrive");
            exit(2);
        }
    }
    memcpy(out + out_len, buf, n);
    out_len += n;
    out[out_len] = '\0';
}

/* Reads what the command printed, waiting at most `wait` seconds for
 * something; returns 0 once the pty has closed. */
static int pump(double wait)
{
    if (child_gone)
        return 0;
    struct pollfd p = {master, POLLIN, 0};
    int n = poll(&p, 1, (int)(wait * 1000));
    if (n <= 0)
        return 1;
    char buf[4096];
    ssize_t got = read(master, buf, sizeof buf);
    if (got > 0) {
        add_output(buf, (size_t)got);
        return 1;
    }
    if (got < 0 && errno == EINTR)
        return 1;
    child_gone = 1; /* EIO: every copy of the terminal's other side is closed */
    return 0;
}

static void fail(const char *step, const char *why)
{
    size_t from = out_len > 3000 ? out_len - 3000 : 0;
    fprintf(stderr, "ptydrive: step failed: %s\nptydrive: %s\n--- the end of the output:\n%s\n---\n",
            step, why, out ? out + from : "");
    save_transcript();
    if (child > 0)
        kill(child, SIGKILL);
    exit(1);
}

/* \e \r \n \\ */
static char *unescape(const char *s)
{
    char *r = malloc(strlen(s) + 1), *d = r;
    for (; *s; s++) {
        if (*s != '\\' || !s[1]) {
            *d++ = *s;
            continue;
        }
        s++;
        *d++ = *s == 'e' ? '\033' : *s == 'r' ? '\r' : *s == 'n' ? '\n' : *s;
    }
    *d = '\0';
    return r;
}

static void type_text(const char *text, const char *step)
{
    size_t n = strlen(text);
    while (n > 0) {
        ssize_t w = write(master, text, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0)
            fail(step, "cannot write to the terminal");
        text += w;
        n -= (size_t)w;
        pump(0); /* keep the echo flowing */
    }
}

static int is_ws(char c)
{
    return c == ' ' || c == '\r' || c == '\n' || c == '\t';
}

/* Where `text` occurs in `hay`, any run of white space in it matching any
 * run of white space (line breaks included) in `hay`, so that a text the
 * command wrapped to the terminal's width is still found. The end of the
 * match in *end; NULL when it does not occur. */
static const char *find(const char *hay, const char *text, const char **end)
{
    for (const char *start = hay; *start; start++) {
        const char *h = start, *t = text;
        while (*t) {
            if (is_ws(*t)) {
                if (!is_ws(*h))
                    break;
                while (is_ws(*t))
                    t++;
                while (is_ws(*h))
                    h++;
            } else if (*h == *t) {
                h++, t++;
            } else {
                break;
            }
        }
        if (!*t) {
            *end = h;
            return start;
        }
    }
    return NULL;
}

static void expect(const char *text, const char *step)
{
    double end = now() + timeout;
    for (;;) {
        const char *end_of_hit;
        if (out && find(out + mark, text, &end_of_hit)) {
            mark = (size_t)(end_of_hit - out);
            return;
        }
        double left = end - now();
        if (left <= 0)
            fail(step, "timed out waiting for that text");
        if (!pump(left > 0.2 ? 0.2 : left) && !(out && find(out + mark, text, &end_of_hit)))
            fail(step, "the command ended before printing that text");
    }
}

static void wait_end(int want, int by_signal, const char *step)
{
    double end = now() + timeout;
    int status = 0;
    for (;;) {
        pid_t r = waitpid(child, &status, WNOHANG);
        if (r == child)
            break;
        if (now() > end)
            fail(step, "timed out waiting for the command to end");
        pump(0.05);
    }
    while (pump(0.05)) /* what it printed last */
        ;
    child = 0;
    char why[128];
    if (by_signal && !(WIFSIGNALED(status) && WTERMSIG(status) == want)) {
        snprintf(why, sizeof why, "not ended by signal %d (status 0x%x)", want, status);
        fail(step, why);
    }
    if (!by_signal && !(WIFEXITED(status) && WEXITSTATUS(status) == want)) {
        snprintf(why, sizeof why, "exit status %d, expected %d", WIFEXITED(status) ?
                 WEXITSTATUS(status) : -WTERMSIG(status), want);
        fail(step, why);
    }
}

static void run_step(char *line)
{
    line[strcspn(line, "\n")] = '\0';
    if (!line[0] || line[0] == '#')
        return;
    char *arg = strchr(line, ' ');
    arg = arg ? arg + 1 : line + strlen(line);
    char *text = unescape(arg);
    if (strncmp(line, "expect ", 7) == 0) {
        expect(text, line);
    } else if (strncmp(line, "send ", 5) == 0 || strcmp(line, "send") == 0) {
        type_text(text, line);
        type_text("\r", line);
    } else if (strncmp(line, "type ", 5) == 0) {
        type_text(text, line);
    } else if (strncmp(line, "key ", 4) == 0) {
        const char *k = strcmp(text, "ctrl-c") == 0 ? "\003" : strcmp(text, "ctrl-d") == 0 ? "\004"
                        : strcmp(text, "up") == 0   ? "\033[A" : NULL;
        if (!k)
            fail(line, "unknown key");
        type_text(k, line);
    } else if (strncmp(line, "signal ", 7) == 0) {
        kill(child, atoi(text));
    } else if (strncmp(line, "exit ", 5) == 0) {
        wait_end(atoi(text), 0, line);
    } else if (strncmp(line, "killed ", 7) == 0) {
        wait_end(atoi(text), 1, line);
    } else {
        fail(line, "unknown step");
    }
    free(text);
}

int main(int argc, char **argv)
{
    int opt;
    while ((opt = getopt(argc, argv, "+t:o:")) != -1) {
        if (opt == 't')
            timeout = atof(optarg);
        else if (opt == 'o')
            transcript = optarg;
        else
            return 2;
    }
    if (argc - optind < 3 || strcmp(argv[optind + 1], "--") != 0) {
        fprintf(stderr, "usage: ptydrive [-t SECONDS] [-o TRANSCRIPT] SCRIPT -- COMMAND [ARGS...]\n");
        return 2;
    }
    FILE *script = strcmp(argv[optind], "-") == 0 ? stdin : fopen(argv[optind], "r");
    if (!script) {
        perror(argv[optind]);
        return 2;
    }
    struct winsize ws = {.ws_row = 30, .ws_col = 80};
    child = forkpty(&master, NULL, NULL, &ws);
    if (child < 0) {
        perror("forkpty");
        return 2;
    }
    if (child == 0) {
        execvp(argv[optind + 2], argv + optind + 2);
        perror(argv[optind + 2]);
        _exit(127);
    }
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, script) > 0)
        run_step(line);
    free(line);
    if (child > 0) { /* the script did not wait for the end */
        kill(child, SIGKILL);
        waitpid(child, NULL, 0);
    }
    save_transcript();
    free(out);
    return 0;
}
