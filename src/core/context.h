/*
 * context.h - what every command needs: the data directory with the model
 * and the baseline loaded, questionnaires found by id (each loaded once),
 * today's date, and a file checked against the schema of its kind. The
 * way from an answers or results file to an assessment is assess.h.
 *
 *   mnr_context *ctx;
 *   mnr_context_open(&ctx, data_dir, &err);
 *   ...
 *   mnr_context_free(ctx);
 */
#ifndef MNR_CONTEXT_H
#define MNR_CONTEXT_H

#include <libxml/tree.h>

#include "baseline.h"
#include "error.h"
#include "kind.h"
#include "model.h"
#include "questionnaire.h"

/* Questionnaires loaded so far, each once, by the id and version asked
 * for ("" when none). */
#define MNR_CONTEXT_QUESTIONNAIRES 16
typedef struct mnr_questionnaire_cache {
    char *id[MNR_CONTEXT_QUESTIONNAIRES];
    char *version[MNR_CONTEXT_QUESTIONNAIRES];
    mnr_questionnaire *q[MNR_CONTEXT_QUESTIONNAIRES];
    int n;
} mnr_questionnaire_cache;

typedef struct mnr_context {
    char *dir;
    mnr_model *model;
    mnr_baseline *baseline;
    /* reached through a pointer, so a const context can still fill it */
    mnr_questionnaire_cache *questionnaires;
    /* YYYY-MM-DD, from the clock when opened: no assessment is dated
     * after it (date.h); a test may set its own */
    char today[11];
} mnr_context;

mnr_status mnr_context_open(mnr_context **out, const char *data_dir, mnr_error *err);
void mnr_context_free(mnr_context *ctx);

/* "<data dir>/<rel>", malloc'd. */
char *mnr_context_path(const mnr_context *ctx, const char *rel);

/* Loads questionnaires/<id>.xml; `asked_by` and `line` name the file that
 * asked for it, for the message when there is no such questionnaire. */
mnr_status mnr_context_questionnaire(mnr_questionnaire **out, const mnr_context *ctx,
                                     const char *id, const char *asked_by, long line,
                                     mnr_error *err);
/* The questionnaire `id` at `version`: questionnaires/<id>-<version>.xml
 * when the data directory keeps that version beside the one in use (so
 * that answers made for an earlier or a national version of a
 * questionnaire can still be scored and compared), else
 * questionnaires/<id>.xml, whose version the caller checks. */
mnr_status mnr_context_questionnaire_version(mnr_questionnaire **out, const mnr_context *ctx,
                                             const char *id, const char *version,
                                             const char *asked_by, long line, mnr_error *err);

/* Replaces the 2021 baseline with the one at `path` (a cohort baseline
 * written by mnr cohort, or another review's), checked against the
 * baseline schema and the model. */
mnr_status mnr_context_use_baseline(mnr_context *ctx, const char *path, mnr_error *err);

/* The same as mnr_context_questionnaire_version, but loaded once per
 * context and owned by it: the caller does not free it. */
mnr_status mnr_context_questionnaire_shared(const mnr_questionnaire **out,
                                            const mnr_context *ctx, const char *id,
                                            const char *version, const char *asked_by,
                                            long line, mnr_error *err);
/* Schema-checks a parsed document against the schema of its kind, and the
 * date of an answers or results file by the rule of date.h. What a schema
 * cannot say is checked by the reader of the kind: for answers and
 * results files, mnr_assessment_read() (assess.h). */
mnr_status mnr_context_validate_doc(const mnr_context *ctx, xmlDocPtr doc, mnr_kind kind,
                                    const char *path, mnr_error *err);

/* Parses `path`, checks that it is a file of `kind` and matches the
 * schema of that kind. Another kind is refused with "expected EXPECTED,
 * found <root>; HINT" (expected: "a questionnaire (root element
 * <questionnaire>)"; hint: what to do). */
mnr_status mnr_context_load_kind(xmlDocPtr *out, const mnr_context *ctx, const char *path,
                                 mnr_kind kind, const char *expected, const char *hint,
                                 mnr_error *err);

#endif
