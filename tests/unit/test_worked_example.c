/*
 * test_worked_example.c - the worked example of docs/scoring.md (section 6),
 * scored through the real pipeline: the shipped model, full questionnaire
 * and 2021 baseline, and tests/data/answers/worked-example.xml.
 *
 * C12 (CSEA hotline), threshold 0.75, default target 3:
 *   level 1: yes                    -> 1/1     = 1.00  met
 *   level 2: yes, partly            -> 1.5/2   = 0.75  met (exactly at the threshold)
 *   level 3: yes, no                -> 1/2     = 0.50  not met: level 2
 *   level 4: yes                    -> 1/1, but level 3 is not reached, so it does not count
 *   score 2 + 0.50 = 2.50; gap 3 - 2.50 = 0.50; completeness 6/6
 *   baseline: hotline, 38 of 42 countries (90.5%); in place -> "in line"
 *   the other 20 capabilities are not answered yet, so not assessed:
 *   Societal domain 2.50 over 1 of 4 capabilities; overall index 2.50 over
 *   1 of 21; five domains have nothing assessed, so no overall level
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "assess.h"
#include "context.h"
#include "helpers.h"
#include "xmlsafe.h"

#define EPS 1e-9

static int cap_index(const mnr_model *m, const char *id)
{
    for (int i = 0; i < m->n_caps; i++)
        if (strcmp(m->caps[i].id, id) == 0)
            return i;
    fail_msg("no capability %s", id);
    return -1;
}

static mnr_assessment *assess(mnr_context **ctx, const char *rel)
{
    mnr_error err;
    mnr_error_init(&err);
    mnr_xml_init();
    if (mnr_context_open(ctx, MNR_SOURCE_DIR, &err) != MNR_OK)
        fail_msg("%s: %s", err.file, err.message);
    char *path = test_source_path(rel);
    mnr_assessment *a = NULL;
    mnr_assess_opts opts = {MNR_ASSESS_RESULTS, 0, 0, 0, 0, "score"};
    if (mnr_assessment_open(&a, *ctx, path, &opts, &err) != MNR_OK)
        fail_msg("%s:%ld: %s", err.file, err.line, err.message);
    free(path);
    return a;
}

static void test_worked_example(void **state)
{
    (void)state;
    mnr_context *ctx = NULL;
    mnr_assessment *a = assess(&ctx, "tests/data/answers/worked-example.xml");
    const mnr_scores *s = a->scores;
    int c12 = cap_index(ctx->model, "C12");
    const mnr_cap_score *cs = &s->caps[c12];

    assert_true(cs->assessed);
    assert_near(cs->share[1], 1.0, EPS);
    assert_near(cs->share[2], 0.75, EPS);
    assert_near(cs->share[3], 0.5, EPS);
    assert_near(cs->share[4], 1.0, EPS);
    assert_int_equal(cs->level, 2);
    assert_near(cs->score, 2.5, EPS);
    assert_int_equal(cs->target, 3);
    assert_near(cs->gap, 0.5, EPS);
    assert_int_equal(cs->answered, 6);
    assert_int_equal(cs->applicable, 6);
    assert_false(cs->provisional);
    assert_true(cs->in_place);
    assert_non_null(cs->item);
    assert_int_equal(cs->item->yes, 38);
    assert_int_equal(cs->item->respondents, 42);
    assert_int_equal(cs->category, MNR_CAT_IN_LINE);
    assert_int_equal(s->n_warnings, 0);

    /* Societal domain: C12 at 2.5; its three other capabilities were left
     * blank, so they are not answered yet and left out (not counted as 0). */
    int societal = ctx->model->caps[c12].domain;
    int c13 = cap_index(ctx->model, "C13");
    assert_false(s->caps[c13].assessed);
    assert_int_equal(s->caps[c13].why, MNR_UNASSESSED_NOT_ANSWERED);
    assert_near(s->domains[societal].score, 2.5, EPS);
    assert_int_equal(s->domains[societal].caps, 4);
    assert_int_equal(s->domains[societal].caps_assessed, 1);
    assert_near(s->overall_index, 2.5, EPS);
    assert_int_equal(s->caps_assessed, 1);
    assert_int_equal(s->domains_assessed, 1);
    assert_false(s->has_overall_level);

    mnr_assessment_free(a);
    mnr_context_free(ctx);
}

/* The same answers with C12.L1.a = no: C12.L3.a (only if L1.a is yes or
 * partly) is switched off; its answer is not counted and gives a warning. */
static void test_worked_example_skipped(void **state)
{
    (void)state;
    mnr_context *ctx = NULL;
    mnr_assessment *a = assess(&ctx, "tests/data/answers/skipped-answer.xml");
    const mnr_scores *s = a->scores;
    const mnr_cap_score *cs = &s->caps[cap_index(ctx->model, "C12")];

    assert_int_equal(cs->level, 0);
    assert_near(cs->score, 0.0, EPS);
    assert_int_equal(cs->counted[3], 1); /* only C12.L3.b left in at level 3 */
    assert_near(cs->share[3], 0.0, EPS);
    assert_int_equal(cs->applicable, 5);
    assert_int_equal(s->n_warnings, 1);
    assert_int_equal(s->warnings[0].line, 18);
    assert_non_null(strstr(s->warnings[0].message, "C12.L3.a"));

    mnr_assessment_free(a);
    mnr_context_free(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_worked_example),
        cmocka_unit_test(test_worked_example_skipped),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
