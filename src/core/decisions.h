/*
 * decisions.h - a facilitator's decisions for mnr merge: "QUESTION=VALUE
 * [note]", one a line in a decisions file (--decisions) or given one by
 * one (--decide), and the rule for any text given to mnr merge outside
 * XML (a decision, the workshop's name).
 *
 *   mnr_decision *list = NULL;
 *   int n = 0;
 *   if (mnr_decisions_load(&list, &n, "decisions.txt", err) != MNR_OK)
 *       ... err->line is the line at fault ...
 *   ...
 *   for (int i = 0; i < n; i++)
 *       mnr_decision_clear(&list[i]);
 *   free(list);
 *
 * Whether a decided question exists and takes that value is checked
 * against the questionnaire by mnr_merge_build (merge.h).
 */
#ifndef MNR_DECISIONS_H
#define MNR_DECISIONS_H

#include <stddef.h>

#include "answers.h"
#include "error.h"

typedef struct mnr_decision {
    char *question;
    mnr_value value;
    int level;
    char *note;       /* NULL when none */
    char *source;     /* the decisions file, or "--decide" */
    long line;
} mnr_decision;

/* Whether `text`, given outside XML (a decision, the workshop's name), can
 * be text in the consensus: UTF-8 with no control character but tab and
 * no U+FFFE or U+FFFF; otherwise merge would fail on its own output
 * instead of naming the input. `what` names it in the message. */
mnr_status mnr_merge_check_text(const char *text, const char *what, const char *source,
                                long line, mnr_error *err);

/* Parses "QUESTION=VALUE [note]" into *d (owned; mnr_decision_clear). */
mnr_status mnr_decision_parse(mnr_decision *d, const char *text, const char *source, long line,
                              mnr_error *err);
void mnr_decision_clear(mnr_decision *d);
/* A decisions file larger than this is refused: it holds one short line
 * per decided question. */
#define MNR_DECISIONS_MAX_BYTES (1024 * 1024)

/* Reads a decisions file: one decision a line; blank lines and lines
 * starting with # are skipped. Appends to *list / *n. A line that is not
 * UTF-8 text (a zero byte, a control character) is refused with its
 * number. */
mnr_status mnr_decisions_load(mnr_decision **list, int *n, const char *path, mnr_error *err);
/* The same from the file's bytes; `source` names it in messages. */
mnr_status mnr_decisions_parse(mnr_decision **list, int *n, const char *data, size_t len,
                               const char *source, mnr_error *err);

#endif
