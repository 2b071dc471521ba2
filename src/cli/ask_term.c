#include "ask_term.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "platform.h"
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
    int cols = mnr_console_width();
    ask_term.width = 80;
    if (cols >= 20 && cols < 80)
        ask_term.width = cols;
    ask_term.width -= 2;
}

void ask_term_setup(void)
{
    const char *no_colour = getenv("NO_COLOR"), *type = getenv("TERM");
    ask_term.colour = mnr_console_colour() && !(no_colour && no_colour[0]) &&
                  !(type && strcmp(type, "dumb") == 0);
    ask_term.echo = !mnr_console_is_tty(STDIN_FILENO);
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

void ask_reader_setup(ask_reader *r)
{
    mnr_stdin_setup(&r->wait);
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
        if (mnr_stdin_signal())
            return -1;
        long got = mnr_stdin_read(&r->wait, r->buf, sizeof r->buf);
        if (got == -1)
            continue; /* a signal: seen above */
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
