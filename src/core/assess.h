/*
 * assess.h - the one way from a file to an assessment: an answers file
 * checked (schema, date, ids, values, versions) and scored, or a results
 * file checked and its figures verified against the answers it holds
 * (results_check.h). Every command that reads an assessment (score,
 * report, validate, compare, cohort, merge) goes through it.
 *
 *   mnr_assess_opts opts = {MNR_ASSESS_RESULTS, 0, 1, 0, 0, "report"};
 *   mnr_assessment *a;
 *   mnr_assessment_open(&a, ctx, "answers.xml", &opts, &err);
 *   ... a->scores, a->results ...
 *   mnr_assessment_free(a);
 *
 * It sits above context.c (the data directory, the schemas, the
 * questionnaires) and results_check.c, and hands the check what it needs.
 */
#ifndef MNR_ASSESS_H
#define MNR_ASSESS_H

#include <libxml/tree.h>

#include "answers.h"
#include "context.h"
#include "error.h"
#include "kind.h"
#include "questionnaire.h"
#include "score.h"

/* What the caller needs of the file, each more than the one before. */
typedef enum mnr_assess_keep {
    MNR_ASSESS_SCORES,  /* the scores: evidence and comments are not kept */
    MNR_ASSESS_ANSWERS, /* and the answers' evidence and comments */
    MNR_ASSESS_RESULTS  /* and the results document */
} mnr_assess_keep;

typedef struct mnr_assess_opts {
    mnr_assess_keep keep;
    /* 1-4: the target of every capability (answers only); 0: the file's own */
    int target;
    /* 1: a results file is read as well as an answers file */
    int results_too;
    /* 1: a->answers_doc keeps an answers file as read (its line numbers,
     * which results built from it lack); mnr_assessment_open only */
    int keep_answers_doc;
    /* 1: parsed for one look, many files in a row (mnr_xml_load_lean) */
    int lean;
    /* the command, in the message for a file of another kind ("mnr report
     * reads what mnr score reads or writes"); NULL: "give what mnr score
     * reads or writes" */
    const char *cmd;
} mnr_assess_opts;

typedef struct mnr_assessment {
    mnr_kind kind;                          /* MNR_KIND_ANSWERS or MNR_KIND_RESULTS */
    mnr_answers *answers;                   /* of a results file: those it holds */
    const mnr_questionnaire *questionnaire; /* the context's */
    mnr_scores *scores;
    /* MNR_ASSESS_RESULTS: built from the answers; from
     * mnr_assessment_open, a results file as read (verified) */
    xmlDocPtr results;
    xmlDocPtr answers_doc; /* keep_answers_doc: an answers file as read; else NULL */
} mnr_assessment;

/* Reads the answers or results file at `path` into an assessment. Another
 * kind, and --target (opts->target) with a results file, are refused with
 * the line and what to do. */
mnr_status mnr_assessment_open(mnr_assessment **out, const mnr_context *ctx, const char *path,
                               const mnr_assess_opts *opts, mnr_error *err);
/* The same from a document already parsed (from memory, or looked at
 * first), which stays the caller's: a->answers_doc is not set, and neither
 * is a->results for a results document (it is `doc`). */
mnr_status mnr_assessment_read(mnr_assessment **out, const mnr_context *ctx, xmlDocPtr doc,
                               const char *path, const mnr_assess_opts *opts, mnr_error *err);
void mnr_assessment_free(mnr_assessment *a);

#endif
