/*
 * score.h - the scoring engine (the method of docs/scoring.md).
 *
 *   mnr_scores *s;
 *   mnr_score_compute(&s, model, questionnaire, answers, baseline, 0, &err);
 *   ... s->caps[i].level, s->overall_index, s->priority ...
 *   mnr_scores_free(s);
 *
 * The answers must have passed mnr_answers_check() against the same model
 * and questionnaire. `target_override` (1-4, or 0 for none) is the
 * command line's --target: it replaces the default target for every
 * capability, but a per-capability target in the answers file still wins.
 *
 * Comparisons of shares and scores allow MNR_EPSILON, so that 3 of 4 is
 * exactly "at the threshold 0.75" whatever the floating-point rounding.
 */
#ifndef MNR_SCORE_H
#define MNR_SCORE_H

#include "answers.h"
#include "baseline.h"
#include "error.h"
#include "model.h"
#include "questionnaire.h"

#define MNR_EPSILON 1e-9

typedef enum mnr_category {
    MNR_CAT_NONE = 0,        /* no baseline figure, or capability not assessed */
    MNR_CAT_COMMON_MISSING,  /* not in place, share >= 50% */
    MNR_CAT_RARE_MISSING,    /* not in place, share < 50% */
    MNR_CAT_AHEAD,           /* in place, share < 50% */
    MNR_CAT_IN_LINE          /* in place, share >= 50% */
} mnr_category;

const char *mnr_category_id(mnr_category c);    /* "common-missing", ... */
const char *mnr_category_label(mnr_category c); /* the sentence of docs/scoring.md §4 */
/* The same, in words that fit baseline `b` (a cohort's countries were not
 * "surveyed"). */
const char *mnr_category_label_for(mnr_category c, const mnr_baseline *b);

/* Why a capability is not assessed (docs/scoring.md §2: not answered yet,
 * don't know and not applicable are never confused). */
typedef enum mnr_unassessed {
    MNR_ASSESSED = 0,
    MNR_UNASSESSED_NOT_APPLICABLE, /* every criterion left out (na, switched off) */
    MNR_UNASSESSED_NOT_ANSWERED,   /* no applicable question answered yet */
    MNR_UNASSESSED_DONT_KNOW       /* answered, but only "don't know" so far */
} mnr_unassessed;

/* "not-applicable", "not-answered", "dont-know"; "" when assessed. */
const char *mnr_unassessed_id(mnr_unassessed why);

typedef struct mnr_question_state {
    int answer;       /* index in answers->answers, or -1 */
    mnr_value value;  /* MNR_UNANSWERED when no answer */
    int level;        /* for level picks */
    int skipped;      /* switched off by skip logic */
    int included;     /* counts in the score: not skipped and not "na" */
} mnr_question_state;

typedef struct mnr_cap_score {
    int assessed;       /* 0: no criterion with a definite answer (or no level picked) */
    mnr_unassessed why; /* MNR_ASSESSED, or why not */
    int level;          /* 0-4 */
    double score;       /* 0.0-4.0 */
    int provisional;    /* an applicable question is not yet answered */
    double share[MNR_LEVELS]; /* share met at each level 1-4 */
    int counted[MNR_LEVELS];  /* criteria left in at each level */
    int target;
    double gap;
    int answered;
    int applicable;
    int dont_know;
    int in_place;
    const mnr_figure *item;   /* Figure 1 item (or no-figure entry), or NULL */
    mnr_category category;
} mnr_cap_score;

typedef struct mnr_domain_score {
    int assessed;
    double score;
    int caps;           /* capabilities in the domain */
    int caps_assessed;  /* of them assessed: what the score covers */
    int answered;
    int applicable;
} mnr_domain_score;

typedef struct mnr_warning {
    long line;
    char message[512]; /* in English: the results file keeps it so */
    char shown[512];   /* the same in the language in use, for the terminal */
} mnr_warning;

typedef struct mnr_scores {
    const mnr_model *model;
    const mnr_questionnaire *questionnaire;
    const mnr_answers *answers;
    const mnr_baseline *baseline;
    mnr_question_state *questions; /* one per questionnaire question */
    mnr_cap_score *caps;           /* one per model capability */
    mnr_domain_score *domains;     /* one per model domain */
    int assessed;                  /* any domain assessed */
    double overall_index;          /* over the assessed domains */
    int overall_level;             /* meaningful only when has_overall_level */
    int has_overall_level;         /* every domain has an assessed capability */
    int caps_assessed;             /* what the index and percent to target cover */
    int domains_assessed;
    double percent_to_target;      /* 0-100; -1 when no target applies */
    int answered;
    int applicable;
    int *priority;                 /* capability indices, first priority first */
    int n_priority;
    mnr_warning *warnings;         /* answers to skipped questions */
    int n_warnings;
} mnr_scores;

mnr_status mnr_score_compute(mnr_scores **out, const mnr_model *model,
                             const mnr_questionnaire *q, const mnr_answers *answers,
                             const mnr_baseline *baseline, int target_override,
                             mnr_error *err);
void mnr_scores_free(mnr_scores *s);

/* Whether question `q` is switched off by skip logic (docs/scoring.md, Readings 1),
 * given the value and skipped flag of the question it depends on in
 * `states` (one per questionnaire question; a question only depends on an
 * earlier one, so filling `states` in order is enough). Used by scoring
 * and by mnr merge on the consensus's own answers. */
int mnr_question_skipped(const mnr_question *q, const mnr_question_state *states);

/* The share of surveyed countries (0-1) behind a capability, or -1. */
double mnr_cap_baseline_share(const mnr_cap_score *cs);

#endif
