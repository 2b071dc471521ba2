/*
 * ask.h - the conversation of mnr ask: what each line typed (or read from
 * a pipe) means at the prompt it answers, and what comes next. No
 * terminal here: the front (src/cli/cmd_ask.c, ask_show.c) shows the
 * prompt `a->prompt`, reads one line, passes it to mnr_ask_line(), and
 * says what `a->events` reports, in its own words. What a line names (a
 * command, an answer key, a capability, a group) is read by ask_input.h.
 * Which file of mnr ask does what: src/core/README.md.
 *
 *   mnr_ask a;
 *   mnr_ask_start(&a, session, &keys, &err);
 *   while (a.prompt != MNR_PROMPT_DONE) {
 *       ... show a.events, then the prompt; read a line ...
 *       if (end of input) mnr_ask_stop(&a, &err); else mnr_ask_line(&a, line, len, &err);
 *   }
 *   mnr_ask_clear(&a);
 *
 * The protocol (documented for users in mnr ask --help and the man page):
 *   - new file: country; its region and its income group, from the
 *     model's groupings (a number in the list, the id or the name; empty:
 *     none; asked only when the model has such groups); respondent's
 *     name, role, date (empty: today), target for every capability (1-4,
 *     empty: the model's);
 *   - per question: the answer key; the evidence, lines up to an empty
 *     line; the comment, the same;
 *   - a command instead of an answer key: back, skip, help, levels so far,
 *     jump (the next line names the capability), quit. In evidence and
 *     comments a command is written after a colon (":q"), and only a line
 *     that is exactly that is one; elsewhere the colon may be left out.
 *   - on a question already answered, an empty line keeps the answer, and
 *     an empty first line of evidence or comment keeps that text; "-"
 *     removes it.
 *   - when the walk through the questions ends with questions still open,
 *     and on opening a finished file, a menu: an empty line goes through
 *     the open ones (or finishes), a capability reviews it.
 * The answer is saved (mnr_session_save) when its comment ends; at the end
 * of input or an interrupt (mnr_ask_stop), the answer being given is kept
 * with the lines typed so far.
 */
#ifndef MNR_ASK_H
#define MNR_ASK_H

#include <stddef.h>

#include "ask_input.h"
#include "error.h"
#include "session.h"

typedef enum mnr_ask_prompt {
    MNR_PROMPT_COUNTRY, /* the details, in the order of mnr_detail */
    MNR_PROMPT_REGION,
    MNR_PROMPT_INCOME,
    MNR_PROMPT_NAME,
    MNR_PROMPT_ROLE,
    MNR_PROMPT_DATE,
    MNR_PROMPT_TARGET,
    MNR_PROMPT_ANSWER,   /* the answer key to question a->cur */
    MNR_PROMPT_EVIDENCE, /* a line of its evidence */
    MNR_PROMPT_COMMENT,  /* a line of its comment */
    MNR_PROMPT_JUMP,     /* which capability */
    MNR_PROMPT_MENU,     /* the walk is over: open ones, a capability to review, or finish */
    MNR_PROMPT_DONE
} mnr_ask_prompt;

/* What the last line (or the start) did, for the front to say. */
enum {
    MNR_ASK_QUESTION = 1u << 0,   /* a question comes up: show it whole */
    MNR_ASK_INVALID = 1u << 1,    /* not understood: a->hint says why; asked again */
    MNR_ASK_HELP = 1u << 2,       /* the help of the prompt */
    MNR_ASK_LEVELS = 1u << 3,     /* the levels so far */
    MNR_ASK_SAVED = 1u << 4,      /* an answer (or the details) was written */
    MNR_ASK_SWITCHED = 1u << 5,   /* the answer switched questions off or on (a->off, a->on) */
    MNR_ASK_RESUMED = 1u << 6,    /* a file with open questions was opened */
    MNR_ASK_MENU = 1u << 7,       /* the menu comes up */
    MNR_ASK_FINISHED = 1u << 8,   /* all answered and done: the summary and report command */
    MNR_ASK_QUIT = 1u << 9,       /* the session ends with open questions: how to go on */
    MNR_ASK_NOTHING = 1u << 10,   /* it ends before the details were complete: no file */
    MNR_ASK_DETAILS = 1u << 11,   /* the details come up */
    MNR_ASK_CUT = 1u << 13,       /* the text was too long and was cut */
    MNR_ASK_REVIEWED = 1u << 14,  /* the capability under review is done */
    MNR_ASK_ALL_OFF = 1u << 15,   /* the capability jumped to is switched off entirely */
    MNR_ASK_AT_START = 1u << 16,  /* back from the first prompt: nothing before it */
    MNR_ASK_KEPT = 1u << 17,      /* the answer was kept as it was */
    MNR_ASK_JUMP = 1u << 18,      /* which capability? */
    MNR_ASK_EVIDENCE = 1u << 19,  /* the evidence prompt comes up */
    MNR_ASK_COMMENT = 1u << 20,   /* the comment prompt comes up */
    MNR_ASK_SKIPPED = 1u << 21    /* an unanswered question was skipped: it stays open */
};

typedef enum mnr_ask_hint {
    MNR_HINT_NONE,
    MNR_HINT_KEY,       /* not an answer key or command */
    MNR_HINT_NA,        /* not applicable, where the question does not allow it */
    MNR_HINT_REQUIRED,  /* a detail the file needs */
    MNR_HINT_DATE,       /* not a date YYYY-MM-DD */
    MNR_HINT_DATE_EARLY, /* before 2015-01-01 (date.h) */
    MNR_HINT_DATE_FUTURE,/* after today */
    MNR_HINT_TARGET,
    MNR_HINT_GROUP,     /* not one of the groups of the region or income prompt */
    MNR_HINT_CAPABILITY,/* not a capability */
    MNR_HINT_NOT_YET,   /* levels or jump before the details are complete */
    MNR_HINT_MENU,      /* not a menu choice */
    MNR_HINT_CONTROL,   /* control characters in the line (an arrow key): not taken */
    MNR_HINT_NOT_UTF8   /* bytes that are not UTF-8 in the line: not taken */
} mnr_ask_hint;

typedef struct mnr_ask {
    mnr_session *s;
    const mnr_ask_keys *keys;
    mnr_ask_prompt prompt;
    int cur;               /* the question (questionnaire index), or -1 */
    int review;            /* the capability under review, or -1 */
    int review_return;     /* the question a review started by a jump returns to, or -1 */
    int new_file;          /* the details are asked for a new file */
    mnr_ask_prompt jump_from;
    /* the answer being given */
    mnr_value value;
    int level;
    char *evidence, *comment; /* lines so far, NULL when none */
    int lines;             /* lines of the current text so far */
    int keep;              /* an empty first line keeps the text the answer had */
    /* what the last line did */
    unsigned events;
    mnr_ask_hint hint;
    int *off, n_off;       /* questions the last answer switched off */
    int *on, n_on;         /* ... and on again */
} mnr_ask;

mnr_status mnr_ask_start(mnr_ask *a, mnr_session *s, const mnr_ask_keys *keys, mnr_error *err);
/* One line of input, without its line break. */
mnr_status mnr_ask_line(mnr_ask *a, const char *line, size_t len, mnr_error *err);
/* The end of input, Ctrl-C: keeps the answer being given, saves, ends. */
mnr_status mnr_ask_stop(mnr_ask *a, mnr_error *err);
void mnr_ask_clear(mnr_ask *a);

#endif
