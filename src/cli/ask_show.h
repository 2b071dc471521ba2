/*
 * ask_show.h - what mnr ask shows after each line (ask_show.c): the
 * question, its help, the hint for a line not understood, the levels so
 * far, the menu, the end and the command to go on with, and the prompt;
 * in the words of ask_text.c, through the terminal of ask_term.c. Which
 * file of mnr ask does what: src/core/README.md.
 */
#ifndef MNR_ASK_SHOW_H
#define MNR_ASK_SHOW_H

#include "ask.h"

/* The command line of mnr ask: the screens repeat it in the command
 * that goes on with the session. */
typedef struct ask_opts {
    const char *data_dir, *out, *questionnaire;
    char *qpath;      /* the questionnaire file, NULL: the file's own or full */
    int custom;       /* -q named a file: the resume command repeats it */
} ask_opts;

/* What the last line (or the start) did: a->events, said. `prev` and
 * `prev_cur`: the prompt and question the line answered; `line` the line
 * itself (quoted in a hint); `today` the date an empty date line gives. */
void ask_render(const mnr_ask *a, mnr_ask_prompt prev, int prev_cur, const char *line,
                const ask_opts *o, const char *today);
/* The prompt for a->prompt, with the value an empty line keeps. */
void ask_show_prompt(const mnr_ask *a);

/* A text of the model or the questionnaire (a question, a level's name)
 * in the language in use: looked up in its catalog as itstool extracts it
 * (white space collapsed, none at either end), or the text itself when it
 * has no translation. Valid until ask_show_free. */
const char *show_data_text(const char *text);
/* Frees what show_data_text kept. */
void ask_show_free(void);

#endif
