/*
 * cohort.h - an anonymised cohort baseline from many assessments
 * (mnr cohort; docs/cohort.md).
 *
 *   mnr_cohort *c;
 *   mnr_cohort_new(&c, model, baseline_2021, MNR_GROUPING_REGION, 5, &err);
 *   for each assessment scored: mnr_cohort_add(c, scores, path, &outcome, &err);
 *   xmlDocPtr doc;
 *   mnr_cohort_build(&doc, c, "0.1.0", &err);   (a <baseline kind="cohort">)
 *   mnr_cohort_free(c);
 *
 * Only the latest assessment of each country counts. The cohort keeps, per
 * country, the date and the level and score of each capability of its
 * latest assessment so far (a few dozen bytes), never the document: memory
 * grows with the number of countries, not with the number of assessments.
 * Two assessments of a country with the same latest date cannot be told
 * apart: the country is left out and the two files are named (see
 * mnr_cohort_conflict). Which assessment counts does not depend on the
 * order they come in.
 *
 * Countries are the same when their names are, ignoring the case of ASCII
 * letters and runs of white space. Names, file names, respondents,
 * evidence and comments are never written: the cohort document holds
 * counts, the median score and the model's names only.
 */
#ifndef MNR_COHORT_H
#define MNR_COHORT_H

#include <libxml/tree.h>

#include "baseline.h"
#include "error.h"
#include "model.h"
#include "score.h"

/* (MNR_COHORT_MIN_GROUP, the smallest --min-group, is in baseline.h: a
 * cohort baseline with a smaller one is refused there.) */
#define MNR_COHORT_DEFAULT_MIN_GROUP 5

typedef enum mnr_cohort_outcome {
    MNR_COHORT_NEW,       /* the first assessment of its country */
    MNR_COHORT_NEWER,     /* replaces an older assessment of its country */
    MNR_COHORT_OLDER,     /* a later assessment of its country is kept */
    MNR_COHORT_SAME_DATE  /* another assessment of its country has the same date */
} mnr_cohort_outcome;

typedef struct mnr_cohort mnr_cohort;

/* `compare` (the 2021 baseline, or NULL) gives the figure each capability
 * is compared with; `by` is a mnr_grouping_id, or -1 for no groups. */
mnr_status mnr_cohort_new(mnr_cohort **out, const mnr_model *model, const mnr_baseline *compare,
                          int by, int min_group, mnr_error *err);
void mnr_cohort_free(mnr_cohort *c);

/* Takes one scored assessment (its answers and scores; nothing is kept of
 * them but the country's key, date, group and per-capability level and
 * score). `path` is kept for the message about a same-date conflict. */
mnr_status mnr_cohort_add(mnr_cohort *c, const mnr_scores *s, const char *path,
                          mnr_cohort_outcome *outcome, mnr_error *err);

/* Countries counted (their latest assessment), and of those left out
 * because two latest assessments share a date. */
int mnr_cohort_countries(const mnr_cohort *c);
int mnr_cohort_conflicts(const mnr_cohort *c);
/* The assessments of those countries with their latest date. */
int mnr_cohort_conflict_files(const mnr_cohort *c);
/* The i-th conflict (0 <= i < mnr_cohort_conflicts): two of the files. */
void mnr_cohort_conflict(const mnr_cohort *c, int i, const char **a, const char **b);

/* The cohort baseline document (model/schema/baseline.xsd, kind="cohort"),
 * figures withheld by the rule of mnr_cohort_withhold. `version` is mnr's,
 * named in the document ("0.1.0": "made by mnr 0.1.0"). */
mnr_status mnr_cohort_build(xmlDocPtr *out, mnr_cohort *c, const char *version,
                            mnr_error *err);

/* The withholding rule, for `n` cells that partition a published total
 * (the groups of a cohort and the countries in no group), each with
 * counts[k] assessments. withheld[k] may come set (a group withheld
 * already); on return it is set for:
 *   - every cell with 1 to min_group - 1 assessments;
 *   - then, while the withheld cells (those with assessments) are just one,
 *     or hold fewer than min_group assessments together, the smallest
 *     published cell with assessments (the first of equal ones), so that
 *     subtracting the published cells from the total never gives the
 *     figures of fewer than min_group countries.
 * A cell with no assessments has no figures, and is left as it is. */
void mnr_cohort_withhold(const int *counts, int n, int min_group, int *withheld);

/* A score in hundredths, rounded as the results write it ("%.2f"). */
int mnr_cohort_hundredths(double v);

#endif
