/*
 * results_check.h - whether a results file says what its own answers say.
 *
 * A results file holds the answers it was scored from (each criterion's
 * answer, evidence and comment, each capability's target) next to every
 * figure derived from them. mnr_results_verify() scores those answers
 * again with the scoring code of this mnr, builds the results document
 * that mnr would write, and compares it with the file element by element
 * and attribute by attribute (numbers to the precision they are written
 * with). The first difference is the error, at its line in the file: a
 * report is an official statement, and a level, score, gap, category or
 * priority edited after scoring must not be printed as true.
 *
 * Also refused: a questionnaire or a questionnaire version or kind this
 * mnr does not have.
 *
 * A file compared with a baseline other than the one in use (a cohort
 * baseline of mnr cohort, say) is checked without that comparison and
 * without the priorities (a baseline share breaks their ties): the
 * country's own levels, scores and gaps do not depend on the baseline,
 * so mnr compare, mnr cohort and mnr validate read it as it is. A report
 * prints the comparison: mnr_results_check_baseline() refuses such a
 * file there unless the baseline it was compared with is in use.
 *
 * Call it on a document that passed the results schema and
 * mnr_results_check() (format, model, capability ids), with the model and
 * baseline in use and the questionnaire the file names (the caller finds
 * it: mnr_assessment_open() in assess.c does all of this).
 */
#ifndef MNR_RESULTS_CHECK_H
#define MNR_RESULTS_CHECK_H

#include <libxml/tree.h>

#include "answers.h"
#include "baseline.h"
#include "error.h"
#include "model.h"
#include "questionnaire.h"
#include "score.h"

/* What a results file is checked against: the model and baseline in use,
 * and the questionnaire it names. */
typedef struct mnr_results_sources {
    const mnr_model *model;
    const mnr_baseline *baseline;
    const mnr_questionnaire *questionnaire;
} mnr_results_sources;

/* Checks the file as above and gives the answers it holds and their scores
 * (verified), without a results document. */
mnr_status mnr_results_verify(mnr_answers **answers, mnr_scores **scores, xmlDocPtr doc,
                              const char *path, const mnr_results_sources *src, mnr_error *err);
/* 1 when the results in `doc` were compared with `baseline` (the one in
 * use), or name none. */
int mnr_results_same_baseline(xmlDocPtr doc, const mnr_baseline *baseline);
/* Refuses, at the line of its <baseline-source>, a results file compared
 * with a baseline other than `baseline`. */
mnr_status mnr_results_check_baseline(xmlDocPtr doc, const char *path,
                                      const mnr_baseline *baseline, mnr_error *err);

#endif
