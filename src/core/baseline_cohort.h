/*
 * baseline_cohort.h - the checks of a cohort baseline (written by mnr
 * cohort), and what baseline.c shares with them to read a file. Private
 * to baseline.c and baseline_cohort.c; the rules are listed in baseline.h.
 *
 * baseline.c reads the file and calls, for a cohort baseline (and the
 * first also for a review):
 *   mnr_baseline_check_cohort          the cohort and its groups (a review:
 *                                      its countries and items)
 *   mnr_baseline_check_cohort_figures  each capability's figure, levels and
 *                                      group figures, as each is read
 *   mnr_baseline_check_cohort_words    every text: mnr's own words
 *                                      (cohort_words.h) with the cohort's
 *                                      figures and the model's names
 * Each refuses at the line of the element at fault.
 */
#ifndef MNR_BASELINE_COHORT_H
#define MNR_BASELINE_COHORT_H

#include <libxml/tree.h>

#include "baseline.h"
#include "error.h"
#include "model.h"

/* The largest count a baseline holds: more countries than there are, and
 * small enough that no sum of counts overflows. */
#define MAX_COUNT 1000000UL

/* What reading one baseline file needs for its messages; the first error
 * of a number read out of range is kept in `st`. */
typedef struct baseline_reader {
    const char *path;
    mnr_error *err;
    mnr_status st;
} reader;

/* A whole-number attribute from 0 to `max` (`what` it is, for the
 * message), or `fallback` when absent; out of range, the error is kept in
 * r->st and `fallback` returned. */
int mnr_baseline_prop_count(reader *r, xmlNodePtr node, const char *name, unsigned long max,
                            const char *what, int fallback);
/* The same for a count (0 to MAX_COUNT). */
int mnr_baseline_prop_int(reader *r, xmlNodePtr node, const char *name, int fallback);
/* An <item>, <indicator>, <no-figure> or <group-note>. */
int mnr_baseline_is_figure(xmlNodePtr n);

mnr_status mnr_baseline_check_cohort(reader *r, const mnr_baseline *b, xmlNodePtr root);
mnr_status mnr_baseline_check_cohort_figures(reader *r, const mnr_baseline *b,
                                             const mnr_figure *f, xmlNodePtr n);
mnr_status mnr_baseline_check_cohort_words(reader *r, const mnr_baseline *b, xmlNodePtr root,
                                           const mnr_model *model);

#endif
