/*
 * ask_term.h - the terminal side of mnr ask (ask_term.c): colour, the width
 * to wrap at, text made safe and wrapped, and lines read from standard
 * input, with Ctrl-C (SIGINT), SIGTERM and SIGHUP taken only while waiting
 * for one. Plain lines, no cursor movement. Which file of mnr ask does
 * what: src/core/README.md.
 */
#ifndef MNR_ASK_TERM_H
#define MNR_ASK_TERM_H

#include <stddef.h>

#include "platform.h"

struct ask_term {
    int colour; /* a terminal, NO_COLOR unset or empty, TERM not dumb */
    int width;  /* wrap at (ask_term_measure) */
    int echo;   /* input is not a terminal: show each line after its prompt */
};
extern struct ask_term ask_term;

enum ask_style { S_PLAIN, S_HEAD, S_QUESTION, S_HINT, S_OK, S_DIM, S_PROMPT };

void ask_term_setup(void);
/* The width to wrap at: the terminal's, at most 80, less 2; asked again
 * before each screen, so a resized window is followed. */
void ask_term_measure(void);

/* The escape sequences that start and end a style ("" without colour). */
const char *ask_on(enum ask_style s);
const char *ask_off(enum ask_style s);

/* Characters (not bytes) in the first `n` bytes of UTF-8 `s`. */
int ask_width_of(const char *s, size_t n);

/* Formats, makes every paragraph (split at "\n") safe for the terminal
 * (textsafe.h), and prints it wrapped, lines after the first of each
 * paragraph indented by `hang`. Text from files goes through here. */
void ask_say(enum ask_style st, int hang, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
void ask_blank(void);

typedef struct ask_reader {
    char buf[4096];
    size_t start, end;
    int eof;
    mnr_stdin_wait wait; /* the signals let through while waiting for input */
    char *line;         /* the last line read, without its line break */
    size_t len, cap;
} ask_reader;

/* Holds the signals except while waiting for input, so that they end
 * the session only between lines: saved, as q would. */
void ask_reader_setup(ask_reader *r);
/* The next line in r->line (r->len bytes): 1; 0 at the end of input; -1
 * when a signal came. */
int ask_read_line(ask_reader *r);
void ask_reader_free(ask_reader *r);

#endif
