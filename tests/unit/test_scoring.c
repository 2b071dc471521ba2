/*
 * test_scoring.c - hand-worked answer sets, one scoring rule each
 * (docs/scoring.md). Model: tests/data/unit/model.xml.
 *
 * C01 has 2 criteria at level 1, 4 at level 2, 1 at level 3, 1 at level 4.
 * C02 has one per level (L2.a allows na; L3.b only if L1.a is yes/partly),
 *     and requires C01. C03 allows na everywhere.
 * Domain weights: D1 = 3, D2 = 1. Threshold 0.75, default target 3.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"

#define C01 0
#define C02 1
#define C03 2
#define EPS 1e-9

static const char *C01_ALL_YES =
    "C01.L1.a=yes C01.L1.b=yes C01.L2.a=yes C01.L2.b=yes C01.L2.c=yes C01.L2.d=yes "
    "C01.L3.a=yes C01.L4.a=yes";

/* 1. Every criterion met: level 4, score 4.0, complete, no gap. */
static void test_all_yes(void **state)
{
    const mnr_scores *s = score_pairs(*state, ((fixture *)*state)->full, NULL, NULL, C01_ALL_YES, 0);
    assert_true(s->caps[C01].assessed);
    assert_int_equal(s->caps[C01].level, 4);
    assert_near(s->caps[C01].score, 4.0, EPS);
    assert_near(s->caps[C01].gap, 0.0, EPS);
    assert_int_equal(s->caps[C01].answered, 8);
    assert_int_equal(s->caps[C01].applicable, 8);
    assert_false(s->caps[C01].provisional);
}

/* 2. Nothing met: level 0, score 0.0 (share met at level 1 is 0). */
static void test_all_no(void **state)
{
    const mnr_scores *s = score_pairs(*state, ((fixture *)*state)->full, NULL, NULL,
                                      "C01.L1.a=no C01.L1.b=no C01.L2.a=no C01.L2.b=no C01.L2.c=no "
                                      "C01.L2.d=no C01.L3.a=no C01.L4.a=no", 0);
    assert_int_equal(s->caps[C01].level, 0);
    assert_near(s->caps[C01].score, 0.0, EPS);
    assert_near(s->caps[C01].gap, 3.0, EPS);
    assert_false(s->caps[C01].in_place);
}

/* 3. Exactly at the threshold: 3 of 4 level-2 criteria = 0.75 reaches
 *    level 2; level 3 partly met adds 0.5. */
static void test_threshold_exact(void **state)
{
    const mnr_scores *s = score_pairs(*state, ((fixture *)*state)->full, NULL, NULL,
                                      "C01.L1.a=yes C01.L1.b=yes C01.L2.a=yes C01.L2.b=yes "
                                      "C01.L2.c=yes C01.L2.d=no C01.L3.a=partly C01.L4.a=no", 0);
    assert_near(s->caps[C01].share[2], 0.75, EPS);
    assert_int_equal(s->caps[C01].level, 2);
    assert_near(s->caps[C01].score, 2.5, EPS);
}

/* 4. Just below: yes, yes, partly, no = 2.5 / 4 = 0.625 < 0.75, so level 1
 *    and score 1 + 0.625. */
static void test_threshold_just_below(void **state)
{
    const mnr_scores *s = score_pairs(*state, ((fixture *)*state)->full, NULL, NULL,
                                      "C01.L1.a=yes C01.L1.b=yes C01.L2.a=yes C01.L2.b=yes "
                                      "C01.L2.c=partly C01.L2.d=no C01.L3.a=yes C01.L4.a=yes", 0);
    assert_near(s->caps[C01].share[2], 0.625, EPS);
    assert_int_equal(s->caps[C01].level, 1);
    assert_near(s->caps[C01].score, 1.625, EPS);
}

/* 5. Gating: levels 2-4 all met but level 1 not: level 0, score 0.0. */
static void test_gating(void **state)
{
    const mnr_scores *s = score_pairs(*state, ((fixture *)*state)->full, NULL, NULL,
                                      "C01.L1.a=no C01.L1.b=no C01.L2.a=yes C01.L2.b=yes "
                                      "C01.L2.c=yes C01.L2.d=yes C01.L3.a=yes C01.L4.a=yes", 0);
    assert_int_equal(s->caps[C01].level, 0);
    assert_near(s->caps[C01].score, 0.0, EPS);

    /* and in the middle: level 2 failed, 3 and 4 met -> level 1, score 1.0 */
    s = score_pairs(*state, ((fixture *)*state)->full, NULL, NULL,
                    "C01.L1.a=yes C01.L1.b=yes C01.L2.a=no C01.L2.b=no C01.L2.c=no C01.L2.d=no "
                    "C01.L3.a=yes C01.L4.a=yes", 0);
    assert_int_equal(s->caps[C01].level, 1);
    assert_near(s->caps[C01].score, 1.0, EPS);
}

/* 6. Don't know counts 0, is counted as answered, and is reported. */
static void test_dont_know(void **state)
{
    const mnr_scores *s = score_pairs(*state, ((fixture *)*state)->full, NULL, NULL,
                                      "C01.L1.a=yes C01.L1.b=dont-know C01.L2.a=no C01.L2.b=no "
                                      "C01.L2.c=no C01.L2.d=no C01.L3.a=no C01.L4.a=no", 0);
    assert_near(s->caps[C01].share[1], 0.5, EPS);
    assert_int_equal(s->caps[C01].level, 0);
    assert_near(s->caps[C01].score, 0.5, EPS);
    assert_int_equal(s->caps[C01].dont_know, 1);
    assert_int_equal(s->caps[C01].answered, 8);
    assert_false(s->caps[C01].provisional);
}

/* 7. Not applicable leaves the criterion out: C02's level 2 has no
 *    criterion left, so it does not block; levels 1 and 3 met -> 3.0. */
static void test_not_applicable(void **state)
{
    const mnr_scores *s = score_pairs(*state, ((fixture *)*state)->full, NULL, NULL,
                                      "C02.L1.a=yes C02.L2.a=na C02.L3.a=yes C02.L3.b=yes C02.L4.a=no", 0);
    assert_int_equal(s->caps[C02].counted[2], 0);
    assert_int_equal(s->caps[C02].level, 3);
    assert_near(s->caps[C02].score, 3.0, EPS);
    assert_int_equal(s->caps[C02].applicable, 4);
    assert_int_equal(s->caps[C02].answered, 4);
}

/* 8. Every criterion not applicable: not assessed, and left out of the
 *    domain and overall figures (D2 has only C03). */
static void test_all_not_applicable(void **state)
{
    const mnr_scores *s = score_pairs(*state, ((fixture *)*state)->full, NULL, NULL,
                                      "C01.L1.a=yes C01.L1.b=yes C01.L2.a=yes C01.L2.b=yes C01.L2.c=yes "
                                      "C01.L2.d=yes C01.L3.a=no C01.L4.a=no "
                                      "C02.L1.a=yes C02.L2.a=yes C02.L3.a=no C02.L3.b=no C02.L4.a=no "
                                      "C03.L1.a=na C03.L2.a=na C03.L3.a=na C03.L4.a=na", 0);
    assert_false(s->caps[C03].assessed);
    assert_false(s->domains[1].assessed);
    assert_int_equal(s->caps[C03].applicable, 0);
    assert_near(s->caps[C03].gap, 0.0, EPS);
    /* D1 = mean(2.0, 2.0) = 2.0; overall = D1 only */
    assert_near(s->domains[0].score, 2.0, EPS);
    assert_near(s->overall_index, 2.0, EPS);
    assert_int_equal(s->n_priority, 2); /* C01 and C02, not C03 */
}

/* The set used by the weight, target and priority tests:
 * C01 = 2.0 (levels 1, 2 met), C02 = 0.0, C03 = 1.0. */
static const char *MIXED =
    "C01.L1.a=yes C01.L1.b=yes C01.L2.a=yes C01.L2.b=yes C01.L2.c=yes C01.L2.d=yes "
    "C01.L3.a=no C01.L4.a=no "
    "C02.L1.a=no C02.L2.a=no C02.L3.a=no C02.L4.a=no "
    "C03.L1.a=yes C03.L2.a=no C03.L3.a=no C03.L4.a=no";

/* 9. Domain weights: C01 = 2.0, C02 = 2.0, C03 = 1.0 gives D1 = 2.0,
 *    D2 = 1.0 and an overall index (3 * 2.0 + 1 * 1.0) / 4 = 1.75, where a
 *    plain mean of the domains would give 1.5. */
static void test_domain_weights(void **state)
{
    const mnr_scores *s = score_pairs(*state, ((fixture *)*state)->full, NULL, NULL,
                                      "C01.L1.a=yes C01.L1.b=yes C01.L2.a=yes C01.L2.b=yes C01.L2.c=yes "
                                      "C01.L2.d=yes C01.L3.a=no C01.L4.a=no "
                                      "C02.L1.a=yes C02.L2.a=yes C02.L3.a=no C02.L3.b=no C02.L4.a=no "
                                      "C03.L1.a=yes C03.L2.a=no C03.L3.a=no C03.L4.a=no", 0);
    assert_near(s->caps[C02].score, 2.0, EPS);
    assert_near(s->domains[0].score, 2.0, EPS);
    assert_near(s->domains[1].score, 1.0, EPS);
    assert_near(s->overall_index, 1.75, EPS);
    assert_int_equal(s->overall_level, 1);
}

/* 10. Targets and percent to target. MIXED with --target 3: gaps 1, 3, 2;
 *     1 - 6/9 = 33.3%. Per-capability targets in the file win over the
 *     command line; the file's default applies when there is no override. */
static void test_targets(void **state)
{
    fixture *f = *state;
    const mnr_scores *s = score_pairs(f, f->full, NULL, NULL, MIXED, 3);
    assert_near(s->caps[C01].gap, 1.0, EPS);
    assert_near(s->caps[C02].gap, 3.0, EPS);
    assert_near(s->caps[C03].gap, 2.0, EPS);
    assert_near(s->percent_to_target, 100.0 * (1.0 - 6.0 / 9.0), 1e-6);

    /* file: default 2, C01 -> 4; no override: targets 4, 2, 2; gaps 2, 2, 1 */
    s = score_pairs(f, f->full, "default=\"2\"", "<target capability=\"C01\" level=\"4\"/>", MIXED, 0);
    assert_int_equal(s->caps[C01].target, 4);
    assert_int_equal(s->caps[C02].target, 2);
    assert_near(s->percent_to_target, 100.0 * (1.0 - 5.0 / 8.0), 1e-6);

    /* override 1 replaces the file's default but not its C01 target */
    s = score_pairs(f, f->full, "default=\"2\"", "<target capability=\"C01\" level=\"4\"/>", MIXED, 1);
    assert_int_equal(s->caps[C01].target, 4);
    assert_int_equal(s->caps[C02].target, 1);
    assert_near(s->caps[C03].gap, 0.0, EPS); /* 1.0 reached */
}

/* 11. Priorities: gaps C01 1, C02 3, C03 2. By gap alone: C02, C03, C01;
 *     but C02 requires C01, which has a gap, so C02 waits for it:
 *     C03 (gap 2), C01 (gap 1), C02. */
static void test_priority_dependency(void **state)
{
    const mnr_scores *s = score_pairs(*state, ((fixture *)*state)->full, NULL, NULL, MIXED, 3);
    assert_int_equal(s->n_priority, 3);
    assert_int_equal(s->priority[0], C03);
    assert_int_equal(s->priority[1], C01);
    assert_int_equal(s->priority[2], C02);
}

/* 11b. Equal gaps: the higher baseline share first (C01 75% before C03,
 *      which has no figure). */
static void test_priority_tie_baseline(void **state)
{
    const mnr_scores *s = score_pairs(*state, ((fixture *)*state)->full, NULL, NULL,
                                      "C01.L1.a=yes C01.L1.b=yes C01.L2.a=no C01.L2.b=no C01.L2.c=no "
                                      "C01.L2.d=no C01.L3.a=no C01.L4.a=no "
                                      "C02.L1.a=yes C02.L2.a=yes C02.L3.a=yes C02.L3.b=yes C02.L4.a=yes "
                                      "C03.L1.a=yes C03.L2.a=no C03.L3.a=no C03.L4.a=no", 0);
    assert_near(s->caps[C01].gap, 2.0, EPS);
    assert_near(s->caps[C03].gap, 2.0, EPS);
    assert_int_equal(s->n_priority, 2);
    assert_int_equal(s->priority[0], C01);
    assert_int_equal(s->priority[1], C03);
}

/* 12. Provisional: unanswered criteria count 0 and mark the level. */
static void test_provisional(void **state)
{
    const mnr_scores *s = score_pairs(*state, ((fixture *)*state)->full, NULL, NULL,
                                      "C01.L1.a=yes C01.L1.b=yes C01.L2.a=yes C01.L2.b=yes "
                                      "C01.L2.c=yes C01.L2.d=yes", 0);
    assert_int_equal(s->caps[C01].level, 2);
    assert_near(s->caps[C01].score, 2.0, EPS);
    assert_true(s->caps[C01].provisional);
    assert_int_equal(s->caps[C01].answered, 6);
    assert_int_equal(s->caps[C01].applicable, 8);
    /* a capability with no answers at all is not answered yet: not
     * assessed (not "level 0, not in place"), and not provisional */
    assert_false(s->caps[C02].assessed);
    assert_int_equal(s->caps[C02].why, MNR_UNASSESSED_NOT_ANSWERED);
    assert_false(s->caps[C02].provisional);
    assert_int_equal(s->caps[C02].applicable, 5); /* L3.b stays in: L1.a is blank */
    assert_int_equal(s->caps[C02].answered, 0);
    assert_near(s->caps[C02].gap, 0.0, EPS);
    assert_int_equal(s->caps[C02].category, MNR_CAT_NONE);
}

/* 13. Skip logic: C02.L1.a = no switches C02.L3.b off; its answer is
 *     not counted and gives a warning. */
static void test_skip_logic(void **state)
{
    const mnr_scores *s = score_pairs(*state, ((fixture *)*state)->full, NULL, NULL,
                                      "C02.L1.a=partly C02.L2.a=yes C02.L3.a=yes C02.L3.b=no C02.L4.a=no", 0);
    assert_int_equal(s->caps[C02].counted[3], 2); /* partly keeps L3.b on */
    assert_int_equal(s->n_warnings, 0);

    s = score_pairs(*state, ((fixture *)*state)->full, NULL, NULL,
                    "C02.L1.a=no C02.L2.a=yes C02.L3.a=yes C02.L3.b=no C02.L4.a=yes", 0);
    assert_int_equal(s->caps[C02].counted[3], 1);
    assert_int_equal(s->caps[C02].applicable, 4);
    assert_int_equal(s->n_warnings, 1);
    assert_non_null(strstr(s->warnings[0].message, "C02.L3.b"));
    assert_int_equal(s->caps[C02].level, 0);
    assert_near(s->caps[C02].score, 0.0, EPS);
}

/* 14. Rapid questionnaire: the level picked is the level and the score;
 *     don't know and unanswered are not assessed. */
static void test_rapid(void **state)
{
    fixture *f = *state;
    const mnr_scores *s = score_pairs(f, f->rapid, NULL, NULL, "C01.R=3 C02.R=dont-know", 0);
    assert_true(s->caps[C01].assessed);
    assert_int_equal(s->caps[C01].level, 3);
    assert_near(s->caps[C01].score, 3.0, EPS);
    assert_false(s->caps[C02].assessed);
    assert_int_equal(s->caps[C02].dont_know, 1);
    assert_false(s->caps[C03].assessed);
    assert_int_equal(s->caps[C02].why, MNR_UNASSESSED_DONT_KNOW);
    assert_int_equal(s->caps[C03].why, MNR_UNASSESSED_NOT_ANSWERED);
    assert_near(s->overall_index, 3.0, EPS); /* D1 = C01 only */
    assert_false(s->has_overall_level);      /* D2 has nothing assessed */
}

/* ---- honest figures (docs/scoring.md §2-3): coverage, and no "0" for unknown ---- */

/* 16. Rapid, nothing answered: every capability is "not answered yet"
 *     (not "not applicable"), nothing is assessed, no overall figure. */
static void test_rapid_nothing_answered(void **state)
{
    fixture *f = *state;
    const mnr_scores *s = score_pairs(f, f->rapid, NULL, NULL, "", 0);
    for (int c = 0; c < 3; c++) {
        assert_false(s->caps[c].assessed);
        assert_int_equal(s->caps[c].why, MNR_UNASSESSED_NOT_ANSWERED);
        assert_int_equal(s->caps[c].answered, 0);
        assert_int_equal(s->caps[c].applicable, 1);
    }
    assert_false(s->assessed);
    assert_int_equal(s->caps_assessed, 0);
    assert_int_equal(s->domains_assessed, 0);
    assert_false(s->has_overall_level);
    assert_int_equal(s->domains[0].caps, 2);
    assert_int_equal(s->domains[0].caps_assessed, 0);
    assert_near(s->percent_to_target, -1.0, EPS);
    assert_string_equal(mnr_unassessed_id(MNR_UNASSESSED_NOT_ANSWERED), "not-answered");
}

/* 17. Rapid, all "don't know": not assessed because nobody knew, which
 *     is neither "not answered" nor "not applicable". */
static void test_rapid_all_dont_know(void **state)
{
    fixture *f = *state;
    const mnr_scores *s = score_pairs(f, f->rapid, NULL, NULL,
                                      "C01.R=dont-know C02.R=dont-know C03.R=dont-know", 0);
    for (int c = 0; c < 3; c++) {
        assert_false(s->caps[c].assessed);
        assert_int_equal(s->caps[c].why, MNR_UNASSESSED_DONT_KNOW);
        assert_int_equal(s->caps[c].dont_know, 1);
    }
    assert_int_equal(s->caps_assessed, 0);
    assert_false(s->assessed);
    assert_false(s->has_overall_level);
    assert_string_equal(mnr_unassessed_id(MNR_UNASSESSED_DONT_KNOW), "dont-know");
}

/* 18. Rapid, one capability of three answered (C01 = 4): index 4.00 and
 *     100% to target, but over 1 capability of 3; D2 has nothing assessed,
 *     so there is no overall level. */
static void test_rapid_one_answered(void **state)
{
    fixture *f = *state;
    const mnr_scores *s = score_pairs(f, f->rapid, NULL, NULL, "C01.R=4", 0);
    assert_true(s->assessed);
    assert_near(s->overall_index, 4.0, EPS);
    assert_near(s->percent_to_target, 100.0, EPS);
    assert_int_equal(s->caps_assessed, 1);
    assert_int_equal(s->domains_assessed, 1);
    assert_false(s->has_overall_level);
    assert_int_equal(s->domains[0].caps, 2);
    assert_int_equal(s->domains[0].caps_assessed, 1);
    assert_int_equal(s->domains[1].caps, 1);
    assert_int_equal(s->domains[1].caps_assessed, 0);
    assert_int_equal(s->caps[C02].why, MNR_UNASSESSED_NOT_ANSWERED);
    assert_int_equal(s->caps[C01].why, MNR_ASSESSED);
}

/* 19. Full questionnaire, empty answers file: 0 of 3 capabilities
 *     assessed (not 3 of 3 at level 0), no index, level or target. */
static void test_full_empty(void **state)
{
    fixture *f = *state;
    const mnr_scores *s = score_pairs(f, f->full, NULL, NULL, "", 0);
    for (int c = 0; c < 3; c++) {
        assert_false(s->caps[c].assessed);
        assert_int_equal(s->caps[c].why, MNR_UNASSESSED_NOT_ANSWERED);
        assert_false(s->caps[c].in_place);
        assert_int_equal(s->caps[c].category, MNR_CAT_NONE);
    }
    assert_int_equal(s->caps[C01].applicable, 8);
    assert_int_equal(s->caps_assessed, 0);
    assert_false(s->assessed);
    assert_false(s->has_overall_level);
    assert_int_equal(s->n_priority, 0);
    assert_near(s->percent_to_target, -1.0, EPS);
}

/* 20. Full questionnaire, a capability answered only "don't know" (and
 *     the rest blank) is assessed: don't know counts 0 and is missing
 *     evidence (docs/scoring.md §1), so it is level 0, provisional; a capability
 *     with no answer at all is not answered yet. */
static void test_full_dont_know_only(void **state)
{
    fixture *f = *state;
    const mnr_scores *s = score_pairs(f, f->full, NULL, NULL,
                                      "C01.L1.a=dont-know C01.L2.a=dont-know C02.L1.a=no", 0);
    assert_true(s->caps[C01].assessed);
    assert_int_equal(s->caps[C01].why, MNR_ASSESSED);
    assert_int_equal(s->caps[C01].dont_know, 2);
    assert_int_equal(s->caps[C01].level, 0);
    assert_true(s->caps[C01].provisional);
    assert_true(s->caps[C02].assessed);
    assert_true(s->caps[C02].provisional);
    assert_int_equal(s->caps[C02].level, 0);
    assert_int_equal(s->caps[C03].why, MNR_UNASSESSED_NOT_ANSWERED);
    assert_int_equal(s->caps_assessed, 2);
}

/* 21. One domain with nothing assessed: D2 (C03) all not applicable.
 *     The index is over D1 (2.0, 2 of 3 capabilities), with no overall
 *     level; with C03 answered every domain counts and the level is given. */
static void test_domain_missing_no_level(void **state)
{
    fixture *f = *state;
    const char *d1 = "C01.L1.a=yes C01.L1.b=yes C01.L2.a=yes C01.L2.b=yes C01.L2.c=yes "
                     "C01.L2.d=yes C01.L3.a=no C01.L4.a=no "
                     "C02.L1.a=yes C02.L2.a=yes C02.L3.a=no C02.L3.b=no C02.L4.a=no ";
    char pairs[512];
    snprintf(pairs, sizeof pairs, "%sC03.L1.a=na C03.L2.a=na C03.L3.a=na C03.L4.a=na", d1);
    const mnr_scores *s = score_pairs(f, f->full, NULL, NULL, pairs, 0);
    assert_int_equal(s->caps[C03].why, MNR_UNASSESSED_NOT_APPLICABLE);
    assert_true(s->assessed);
    assert_near(s->overall_index, 2.0, EPS);
    assert_int_equal(s->caps_assessed, 2);
    assert_int_equal(s->domains_assessed, 1);
    assert_false(s->has_overall_level);

    s = score_pairs(f, f->full, NULL, NULL, MIXED, 0);
    assert_int_equal(s->caps_assessed, 3);
    assert_int_equal(s->domains_assessed, 2);
    assert_true(s->has_overall_level);
    assert_int_equal(s->overall_level, 1); /* (3 * 1.0 + 1 * 1.0) / 4 = 1.0 */
}

/* 22. A threshold of 0.875 is used as it is: 3.5 of 4 level-2 criteria
 *     (0.875) reach level 2, 3 of 4 (0.75) do not. */
static void test_threshold_0875(void **state)
{
    fixture *f = *state;
    double saved = f->model->threshold;
    f->model->threshold = 0.875;
    const mnr_scores *s = score_pairs(f, f->full, NULL, NULL,
                                      "C01.L1.a=yes C01.L1.b=yes C01.L2.a=yes C01.L2.b=yes "
                                      "C01.L2.c=yes C01.L2.d=partly C01.L3.a=no C01.L4.a=no", 0);
    int level_at_0875 = s->caps[C01].level;
    s = score_pairs(f, f->full, NULL, NULL,
                    "C01.L1.a=yes C01.L1.b=yes C01.L2.a=yes C01.L2.b=yes "
                    "C01.L2.c=yes C01.L2.d=no C01.L3.a=no C01.L4.a=no", 0);
    int level_at_075 = s->caps[C01].level;
    f->model->threshold = saved;
    assert_int_equal(level_at_0875, 2);
    assert_int_equal(level_at_075, 1);
}

/* 15. Baseline categories: C01 (75%) in place -> in line; C02 (25%) not
 *     in place -> most lack it too; C03 has no figure -> no category. */
static void test_categories(void **state)
{
    fixture *f = *state;
    const mnr_scores *s = score_pairs(f, f->full, NULL, NULL, MIXED, 0);
    assert_int_equal(s->caps[C01].category, MNR_CAT_IN_LINE);
    assert_int_equal(s->caps[C02].category, MNR_CAT_RARE_MISSING);
    assert_int_equal(s->caps[C03].category, MNR_CAT_NONE);
    s = score_pairs(f, f->rapid, NULL, NULL, "C01.R=0 C02.R=1 C03.R=2", 0);
    assert_int_equal(s->caps[C01].category, MNR_CAT_COMMON_MISSING);
    assert_int_equal(s->caps[C02].category, MNR_CAT_AHEAD);
    assert_string_equal(mnr_category_label(MNR_CAT_COMMON_MISSING),
                        "half or more of the surveyed countries have this");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_all_yes),
        cmocka_unit_test(test_all_no),
        cmocka_unit_test(test_threshold_exact),
        cmocka_unit_test(test_threshold_just_below),
        cmocka_unit_test(test_gating),
        cmocka_unit_test(test_dont_know),
        cmocka_unit_test(test_not_applicable),
        cmocka_unit_test(test_all_not_applicable),
        cmocka_unit_test(test_domain_weights),
        cmocka_unit_test(test_targets),
        cmocka_unit_test(test_priority_dependency),
        cmocka_unit_test(test_priority_tie_baseline),
        cmocka_unit_test(test_provisional),
        cmocka_unit_test(test_skip_logic),
        cmocka_unit_test(test_rapid),
        cmocka_unit_test(test_categories),
        cmocka_unit_test(test_rapid_nothing_answered),
        cmocka_unit_test(test_rapid_all_dont_know),
        cmocka_unit_test(test_rapid_one_answered),
        cmocka_unit_test(test_full_empty),
        cmocka_unit_test(test_full_dont_know_only),
        cmocka_unit_test(test_domain_missing_no_level),
        cmocka_unit_test(test_threshold_0875),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
