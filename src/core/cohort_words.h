/*
 * cohort_words.h - the words of a cohort baseline file, in one place: mnr
 * cohort writes them (cohort.c), and reading the file back (baseline_cohort.c)
 * checks that its texts are these words and its own figures, nothing else,
 * since they reach every report compared with the cohort.
 */
#ifndef MNR_COHORT_WORDS_H
#define MNR_COHORT_WORDS_H

/* (The reports' own words are in stylesheets/words.xsl.) %d is the
 * withholding threshold where it is one; the %s of W_DOCUMENT is mnr's
 * version, those after "model" the model's id and version. */
#define W_TITLE "Cohort baseline: the latest self-assessments of %d countries"
#define W_PUBLISHER "the analyst who ran mnr cohort"
#define W_DOCUMENT "Anonymised cohort baseline made by mnr %s from the latest self-assessment of each of %d countries, scored with model %s %s"
#define W_COLLECTED "assessments dated %ld to %ld"
#define W_COLLECTED_ONE "assessments dated %ld"
#define W_CAVEAT_SELF "The figures come from countries' own self-assessments, which were not verified independently."
#define W_CAVEAT_LATEST "Only the latest assessment of each country counts; older ones given with it were left out."
#define W_CAVEAT_WITHHELD "Any figure from fewer than %d countries is withheld, and so is the figure of a second group where subtracting the published groups from the whole cohort would give it away. No country is named, and none is ranked."
#define W_CAVEAT_TWO_COHORTS "Withholding protects within this cohort only: two cohorts whose countries differ by one or a few, subtracted from each other, give those countries' figures away. Publish one cohort of a set of countries, never a second with a country more or less."
#define W_CAVEAT_FICTIONAL "%d of the %d countries are marked as fictional (examples or test data)."
#define W_GROUP "Countries whose assessment gives this %s."
#define W_GROUP_NONE_ID "not-given"
#define W_GROUP_NONE_NAME "not given"
#define W_GROUP_NONE "Countries whose assessment gives no %s."
#define W_GROUP_WITHHELD "Withheld: fewer than %d countries, or withheld so that no smaller group can be worked out."
#define W_STATEMENT "Countries in the cohort with this capability in place (level 1 or above), of those whose assessment covers it."
#define W_SOURCE "mnr cohort: the latest self-assessment of each country, scored with model %s %s."
#define W_WITHHELD "Withheld: fewer than %d countries' assessments cover this capability."

#endif
