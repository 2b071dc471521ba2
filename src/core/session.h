/*
 * session.h - one respondent answering a questionnaire over time (mnr ask):
 * the details and answers held in memory, the answers file they make, the
 * order questions are asked in and which of them skip logic switches off.
 * Which file of mnr ask does what: src/core/README.md.
 *
 *   mnr_session *s;
 *   mnr_session_open(&s, ctx, "answers.xml", NULL, "2026-11-26", &err);
 *   ... mnr_session_set_answer(s, qi, MNR_YES, 0, "Minutes of 3 May", NULL);
 *   mnr_session_save(s, &err);   (after every answer)
 *   mnr_session_free(s);
 *
 * The file is rebuilt from memory at every save, then parsed again and
 * checked as mnr score checks it (schema, ids, values) and scored by the
 * scoring code (score.c) before it is written, atomically (fileio.h): what
 * is on disk is always a valid answers file, and the levels, the
 * completeness and the questions switched off that the session shows are
 * mnr score's own. An answer to a question that skip logic switches off is
 * kept in memory (turning the question on again brings it back) but left
 * out of the file, as the form does.
 */
#ifndef MNR_SESSION_H
#define MNR_SESSION_H

#include <stddef.h>

#include "answers.h"
#include "context.h"
#include "date.h"
#include "error.h"
#include "fileio.h"
#include "questionnaire.h"
#include "score.h"

/* An evidence or comment text is cut at this many bytes. */
#define MNR_SESSION_TEXT_MAX 65536

typedef struct mnr_session_answer {
    mnr_value value; /* MNR_UNANSWERED when none */
    int level;       /* for MNR_LEVEL */
    char *evidence;  /* NULL when none */
    char *comment;
} mnr_session_answer;

typedef struct mnr_session {
    const mnr_context *ctx;
    mnr_questionnaire *q;
    char *path;         /* the answers file */
    int write;          /* 0: save checks and scores but writes nothing (tests, fuzzing) */
    /* the details; the ones mnr ask does not ask for are kept from the file */
    char *country;      /* NULL until given */
    int fictional;
    char *group[MNR_GROUPINGS]; /* region, income group: group ids, NULL when none */
    char *date;
    char today[11];     /* no date after it (date.h) */
    char *title;
    char *lang;         /* the language the file recorded (NULL: none); the
                           file is saved with the session's own (i18n.h) */
    char *workshop;     /* a workshop's answers (no consensus records): its name */
    mnr_respondent *respondents; /* the first is the one asked for */
    int n_respondents;
    int default_target; /* 0: none (the model's) */
    char target_text[2]; /* the same as text, for mnr_session_detail */
    mnr_target *targets;
    int n_targets;
    mnr_session_answer *answers; /* one per question */
    int *order;         /* question indices in the order asked: domain by domain,
                           capability by capability, then as in the file */
    int *pos;           /* the position of each question in `order` */
    int resumed;        /* opened from an existing file */
    int saved;          /* the file exists (loaded or written) */
    int wrote;          /* this session wrote it */
    mnr_file_id file;   /* the file as the session last read or wrote it */
    char *kept;         /* the file beside it that holds the session's answers
                           when the file changed underneath; NULL */
    /* from the last update: */
    char *xml;          /* the file's bytes */
    size_t xml_len;
    mnr_answers *checked;
    mnr_scores *scores; /* NULL until the details are complete */
    int left_out;       /* answers held but not written: their question is off */
} mnr_session;

/* Opens the session for `path`. An existing file must be an answers file
 * for the model in use that is not a consensus made by mnr merge (whose
 * participants' records would be lost); its
 * questionnaire is the one used unless `questionnaire` (a path) is given,
 * which it must then match (id and version). For a new file,
 * `questionnaire` or the full questionnaire. `today` is the default date
 * (YYYY-MM-DD). Nothing is written. */
mnr_status mnr_session_open(mnr_session **out, const mnr_context *ctx, const char *path,
                            const char *questionnaire, const char *today, mnr_error *err);
void mnr_session_free(mnr_session *s);

/* Whether the details the file needs (country, respondent's name and
 * role, date) are all there. */
int mnr_session_details_complete(const mnr_session *s);

/* Rebuilds the answers document from memory, checks it and scores it
 * (s->xml, s->checked, s->scores). Needs the details complete. */
mnr_status mnr_session_update(mnr_session *s, mnr_error *err);
/* Update, then write the file atomically (unless s->write is 0). A file
 * that is no longer the one the session last read or wrote (another file
 * put in its place, one made where there was none, or the same one
 * changed by another program) is never written over: the session's
 * answers go to a new file beside it (s->kept, fileio.h's
 * mnr_write_beside), and the error names both. A file removed is made
 * again: nothing is lost. */
mnr_status mnr_session_save(mnr_session *s, mnr_error *err);

/* Sets a question's answer (MNR_UNANSWERED clears it); the texts are
 * copied (NULL: none). Call mnr_session_save after. */
mnr_status mnr_session_set_answer(mnr_session *s, int qi, mnr_value value, int level,
                                  const char *evidence, const char *comment);

/* The details mnr ask asks for. */
typedef enum mnr_detail {
    MNR_DETAIL_COUNTRY,
    MNR_DETAIL_REGION, /* a group id of the model's grouping, or "" for none */
    MNR_DETAIL_INCOME, /* the same, of the income groups */
    MNR_DETAIL_NAME, /* the first respondent */
    MNR_DETAIL_ROLE,
    MNR_DETAIL_DATE,
    MNR_DETAIL_TARGET /* "1".."4", or "" for the model's */
} mnr_detail;
#define MNR_N_DETAILS 7

/* The grouping a detail gives (region, income group), or -1. */
int mnr_session_detail_grouping(mnr_detail d);

/* The current value ("" when none yet). */
const char *mnr_session_detail(const mnr_session *s, mnr_detail d);
/* Sets a detail; `value` must be valid for it (mnr_session_detail_valid).
 * Call mnr_session_save after, once the details are complete. */
mnr_status mnr_session_set_detail(mnr_session *s, mnr_detail d, const char *value);
/* Whether `value` (cleaned) will do: a non-empty text; a date
 * YYYY-MM-DD by the rule of date.h (from 2015-01-01 to today); a target
 * "1" to "4" or ""; a region or income group the model lists, or "". */
int mnr_session_detail_valid(const mnr_session *s, mnr_detail d, const char *value);
/* What is wrong with a typed date, by the rule of date.h: exactly
 * YYYY-MM-DD (no time zone), a day of the calendar, 2015-01-01 to today. */
mnr_date_verdict mnr_session_date_check(const mnr_session *s, const char *value);

/* Skip logic, as mnr score applies it (from the last update). */
int mnr_session_is_off(const mnr_session *s, int qi);
int mnr_session_is_answered(const mnr_session *s, int qi);
/* On and not answered. */
int mnr_session_is_open(const mnr_session *s, int qi);
int mnr_session_open_count(const mnr_session *s);

/* The first open question at a position after `pos` (-1: from the start)
 * in the order asked, or -1. */
int mnr_session_next_open(const mnr_session *s, int pos);
/* The next question that is on after `pos`, within capability `cap` when
 * cap >= 0, or -1. */
int mnr_session_next_on(const mnr_session *s, int pos, int cap);
/* The last question that is on before `pos`, within `cap` when cap >= 0,
 * or -1. */
int mnr_session_prev_on(const mnr_session *s, int pos, int cap);
/* The first open question of capability `cap`, else its first question
 * that is on, else -1 (all switched off). */
int mnr_session_cap_entry(const mnr_session *s, int cap);

/* Where question `qi` stands: its number among the questions that are on
 * in its capability and overall, and how many are on. */
typedef struct mnr_session_place {
    int domain, cap;             /* model indices */
    int in_cap, cap_on;          /* question n of N in the capability */
    int overall, overall_on;     /* question n of N overall */
} mnr_session_place;
void mnr_session_place_of(const mnr_session *s, int qi, mnr_session_place *p);

/* Percent of the questions that apply that are answered, rounded down
 * (100 only when all are), from the scores' completeness counts. */
int mnr_session_percent_done(const mnr_session *s);

#endif
