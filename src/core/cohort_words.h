/*
 * cohort_words.h - the words of a cohort baseline file, in one place: mnr
 * cohort writes them (cohort.c), and reading the file back (baseline_cohort.c)
 * checks that its texts are these words and its own figures, nothing else,
 * since they reach every report compared with the cohort.
 */
#ifndef MNR_COHORT_WORDS_H
#define MNR_COHORT_WORDS_H

#include "i18n.h"

/* (The reports' own words are in stylesheets/words.xsl.) %d is the
 * withholding threshold where it is one; the %s of W_DOCUMENT is mnr's
 * version, those after "model" the model's id and version.
 *
 * The file is written and checked in English, as every file mnr writes
 * is the same in any language; the words are marked N_() so that they are
 * in the translators' catalog for where a cohort baseline is shown. */
/* TRANSLATORS: the title of a cohort baseline; %d is how many countries. */
#define W_TITLE N_("Cohort baseline: the latest self-assessments of %d countries")
/* TRANSLATORS: who published a cohort baseline. */
#define W_PUBLISHER N_("the analyst who ran mnr cohort")
/* TRANSLATORS: a cohort baseline's description: mnr's version, how many countries, the model's id and version. */
#define W_DOCUMENT N_("Anonymised cohort baseline made by mnr %s from the latest self-assessment of each of %d countries, scored with model %s %s")
/* TRANSLATORS: when the data of a cohort baseline were collected: the first and last years. */
#define W_COLLECTED N_("assessments dated %ld to %ld")
/* TRANSLATORS: when the data of a cohort baseline were collected: one year. */
#define W_COLLECTED_ONE N_("assessments dated %ld")
#define W_CAVEAT_SELF N_("The figures come from countries' own self-assessments, which were not verified independently.")
#define W_CAVEAT_LATEST N_("Only the latest assessment of each country counts; older ones given with it were left out.")
/* TRANSLATORS: %d is the least number of countries a figure is published from. */
#define W_CAVEAT_WITHHELD N_("Any figure from fewer than %d countries is withheld, and so is the figure of a second group where subtracting the published groups from the whole cohort would give it away. No country is named, and none is ranked.")
#define W_CAVEAT_TWO_COHORTS N_("Withholding protects within this cohort only: two cohorts whose countries differ by one or a few, subtracted from each other, give those countries' figures away. Publish one cohort of a set of countries, never a second with a country more or less.")
/* TRANSLATORS: how many of the cohort's countries are fictional, of all. */
#define W_CAVEAT_FICTIONAL N_("%d of the %d countries are marked as fictional (examples or test data).")
/* TRANSLATORS: a group of a cohort; %s is what the countries are grouped by ("region", "income group"). */
#define W_GROUP N_("Countries whose assessment gives this %s.")
#define W_GROUP_NONE_ID "not-given"
/* TRANSLATORS: the name of the group of countries whose assessment gives no region (or income group). */
#define W_GROUP_NONE_NAME N_("not given")
/* TRANSLATORS: the group of countries whose assessment gives no %s ("region", "income group"). */
#define W_GROUP_NONE N_("Countries whose assessment gives no %s.")
/* TRANSLATORS: %d is the least number of countries a figure is published from. */
#define W_GROUP_WITHHELD N_("Withheld: fewer than %d countries, or withheld so that no smaller group can be worked out.")
#define W_STATEMENT N_("Countries in the cohort with this capability in place (level 1 or above), of those whose assessment covers it.")
/* TRANSLATORS: the source of a cohort baseline: the model's id and version. */
#define W_SOURCE N_("mnr cohort: the latest self-assessment of each country, scored with model %s %s.")
/* TRANSLATORS: %d is the least number of countries a figure is published from. */
#define W_WITHHELD N_("Withheld: fewer than %d countries' assessments cover this capability.")

#endif
