#include "ask_term.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <unistd.h>

#include "session.h"
#include "textsafe.h"

/* A line longer than this is cut (a text is cut shorter, in the core). */
#define LINE_MAX_BYTES (2 * MNR_SESSION_TEXT_MAX)

struct ask_term ask_term;

const char *ask_on(enum ask_style s)
{
    static const char *const codes[] = {"", "\033[1;36m", "\033[1m", "\033[33m", "\033[32m",
                                        "\033[2m", "\033[1m"};
    return ask_term.colour ? codes[s] : "";
}

const char *ask_off(enum ask_style s)
{
    return ask_term.colour && s != S_PLAIN ? "\033[0m" : "";
}

void ask_term_measure(void)
{
    struct winsize ws;
    ask_term.width = 80;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20 &&
        ws.ws_col < 80)
        ask_term.width = ws.ws_col;
    ask_term.width -= 2;
}

void ask_term_setup(void)
{
    const char *no_colour = getenv("NO_COLOR"), *type = getenv("TERM");
    ask_term.colour = isatty(STDOUT_FILENO) && !(no_colour && no_colour[0]) &&
                  !(type && strcmp(type, "dumb") == 0);
    ask_term.echo = !isatty(STDIN_FILENO);
    ask_term_measure();
}

int ask_width_of(const char *s, size_t n)
{
    int w = 0;
    for (size_t i = 0; i < n; i++)
        w += ((unsigned char)s[i] & 0xC0) != 0x80;
    return w;
}

/* One paragraph (safe text), wrapped; lines after the first indented by
 * `hang`, and the first keeps its leading spaces. */
static void wrap(enum ask_style st, int hang, const char *text)
{
    size_t lead = strspn(text, " ");
    int col = (int)lead, at_start = 1;
    printf("%s%.*s", ask_on(st), (int)lead, text);
    for (const char *p = text + lead; *p;) {
        size_t n = strcspn(p, " ");
        int w = ask_width_of(p, n);
        if (!at_start && col + 1 + w > ask_term.width) {
            printf("%s\n%*s%s", ask_off(st), hang, "", ask_on(st));
            col = hang;
            at_start = 1;
        }
        if (!at_start) {
            putchar(' ');
            col++;
        }
        fwrite(p, 1, n, stdout);
        col += w;
        at_start = 0;
        p += n;
        p += strspn(p, " ");
    }
    printf("%s\n", ask_off(st));
}

void ask_say(enum ask_style st, int hang, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *text = mnr_vasprintf(NULL, fmt, ap);
    va_end(ap);
    for (char *line = text, *nl; line; line = nl ? nl + 1 : NULL) {
        nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        char *safe = mnr_text_safe_dup(line, strlen(line), MNR_TEXT_LINE, NULL);
        if (safe)
            wrap(st, hang, safe);
        free(safe);
    }
    free(text);
}

void ask_blank(void)
{
    putchar('\n');
}

/* ---- reading lines ---- */

static volatile sig_atomic_t got_signal;

static void on_signal(int sig)
{
    got_signal = sig;
}

void ask_reader_setup(ask_reader *r)
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
    sigprocmask(SIG_BLOCK, &hold, &r->wait_mask);
    sigdelset(&r->wait_mask, SIGINT);
    sigdelset(&r->wait_mask, SIGTERM);
    sigdelset(&r->wait_mask, SIGHUP);
}

static void keep_byte(ask_reader *r, char c)
{
    if (r->len + 1 >= r->cap) {
        if (r->cap >= LINE_MAX_BYTES)
            return; /* the rest of a very long line is dropped */
        size_t cap = r->cap ? 2 * r->cap : 256;
        char *grown = realloc(r->line, cap);
        if (!grown)
            return;
        r->line = grown;
        r->cap = cap;
    }
    r->line[r->len++] = c;
    r->line[r->len] = '\0';
}

int ask_read_line(ask_reader *r)
{
    r->len = 0;
    if (!r->line && !(r->line = malloc(r->cap = 256)))
        return 0;
    r->line[0] = '\0';
    for (;;) {
        while (r->start < r->end) {
            char c = r->buf[r->start++];
            if (c == '\n')
                return 1;
            keep_byte(r, c);
        }
        if (r->eof)
            return r->len > 0;
        if (got_signal)
            return -1;
        fd_set in;
        FD_ZERO(&in);
        FD_SET(STDIN_FILENO, &in);
        if (pselect(STDIN_FILENO + 1, &in, NULL, NULL, NULL, &r->wait_mask) < 0) {
            if (errno != EINTR)
                r->eof = 1;
            continue;
        }
        ssize_t got = read(STDIN_FILENO, r->buf, sizeof r->buf);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            r->eof = 1; /* the end, or the terminal gone (EIO) */
        else
            r->start = 0, r->end = (size_t)got;
    }
}


void ask_reader_free(ask_reader *r)
{
    free(r->line);
    r->line = NULL;
}
