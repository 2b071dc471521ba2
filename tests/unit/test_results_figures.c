/*
 * test_results_figures.c - what the results XML says about how complete an
 * assessment is (docs/scoring.md sections 2 and 3): coverage counts
 * beside the overall figures, the reason a capability is not assessed, no
 * overall level while a domain has nothing assessed, and the model's
 * threshold as it is. Model: tests/data/unit/model.xml (C01, C02 in D1;
 * C03 in D2).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <libxml/xpath.h>

#include "helpers.h"
#include "results.h"

/* The results of `pairs`, built as `mnr score` writes them. */
static xmlDocPtr results_of(fixture *f, const mnr_questionnaire *q, const char *pairs)
{
    const mnr_scores *s = score_pairs(f, q, NULL, NULL, pairs, 0);
    xmlDocPtr doc = NULL;
    mnr_error err;
    mnr_error_init(&err);
    if (mnr_results_build(&doc, s, &err) != MNR_OK)
        fail_msg("results: %s", err.message);
    return doc;
}

/* string(expr) over the document. */
static char *xp(xmlDocPtr doc, const char *expr)
{
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    xmlXPathObjectPtr o = xmlXPathEvalExpression((const xmlChar *)expr, ctx);
    xmlChar *v = o ? xmlXPathCastToString(o) : NULL;
    char *out = strdup(v ? (const char *)v : "(error)");
    xmlFree(v);
    xmlXPathFreeObject(o);
    xmlXPathFreeContext(ctx);
    return out;
}

#define assert_xp(doc, expr, want)                                                     \
    do {                                                                               \
        char *got_ = xp((doc), (expr));                                                \
        if (strcmp(got_, (want)) != 0) {                                               \
            char msg_[512];                                                            \
            snprintf(msg_, sizeof msg_, "%s is \"%s\", expected \"%s\"", (expr), got_, \
                     (want));                                                          \
            free(got_);                                                                \
            fail_msg("%s", msg_);                                                      \
        }                                                                              \
        free(got_);                                                                    \
    } while (0)

/* One capability of three answered: every overall figure says it covers
 * 1 of 3; D2 has nothing assessed, so no overall level and no strongest
 * or weakest domain. */
static void test_one_of_three(void **state)
{
    fixture *f = *state;
    xmlDocPtr doc = results_of(f, f->rapid, "C01.R=4");
    assert_xp(doc, "string(/results/summary/@overall-index)", "4.00");
    assert_xp(doc, "string(/results/summary/@percent-to-target)", "100.0");
    assert_xp(doc, "string(/results/summary/@capabilities-assessed)", "1");
    assert_xp(doc, "string(/results/summary/@capabilities)", "3");
    assert_xp(doc, "string(/results/summary/@domains-assessed)", "1");
    assert_xp(doc, "string(/results/summary/@domains)", "2");
    assert_xp(doc, "count(/results/summary/@overall-level)", "0");
    assert_xp(doc, "count(/results/summary/@overall-level-name)", "0");
    assert_xp(doc, "count(/results/summary/@strongest-domain)", "0");
    assert_xp(doc, "count(/results/summary/@weakest-domain)", "0");
    assert_xp(doc, "string(/results/domain[@id='D1']/@capabilities-assessed)", "1");
    assert_xp(doc, "string(/results/domain[@id='D1']/@capabilities)", "2");
    assert_xp(doc, "string(/results/domain[@id='D2']/@capabilities-assessed)", "0");
    assert_xp(doc, "string(/results/domain[@id='D2']/@capabilities)", "1");
    assert_xp(doc, "string(//capability[@id='C02']/@not-assessed)", "not-answered");
    assert_xp(doc, "count(//capability[@id='C01']/@not-assessed)", "0");
    xmlFreeDoc(doc);
}

/* Each reason for "not assessed" is told apart. */
static void test_reasons(void **state)
{
    fixture *f = *state;
    xmlDocPtr doc = results_of(f, f->rapid, "C01.R=dont-know C02.R=dont-know");
    assert_xp(doc, "string(//capability[@id='C01']/@not-assessed)", "dont-know");
    assert_xp(doc, "string(//capability[@id='C03']/@not-assessed)", "not-answered");
    assert_xp(doc, "string(/results/summary/@assessed)", "false");
    assert_xp(doc, "string(/results/summary/@capabilities-assessed)", "0");
    xmlFreeDoc(doc);

    doc = results_of(f, f->full, "C03.L1.a=na C03.L2.a=na C03.L3.a=na C03.L4.a=na");
    assert_xp(doc, "string(//capability[@id='C03']/@not-assessed)", "not-applicable");
    assert_xp(doc, "string(//capability[@id='C01']/@not-assessed)", "not-answered");
    xmlFreeDoc(doc);
}

/* Every domain assessed: the overall level and the extreme domains are given. */
static void test_all_domains(void **state)
{
    fixture *f = *state;
    xmlDocPtr doc = results_of(f, f->full,
                               "C01.L1.a=yes C01.L1.b=yes C01.L2.a=yes C01.L2.b=yes C01.L2.c=yes "
                               "C01.L2.d=yes C01.L3.a=no C01.L4.a=no C03.L1.a=yes C03.L2.a=no");
    assert_xp(doc, "string(/results/summary/@overall-level)", "1");
    assert_xp(doc, "string(/results/summary/@overall-level-name)", "Emerging");
    assert_xp(doc, "string(/results/summary/@capabilities-assessed)", "2");
    assert_xp(doc, "string(/results/summary/@domains-assessed)", "2");
    assert_xp(doc, "string(/results/summary/@strongest-domain)", "D1");
    xmlFreeDoc(doc);
}

/* The model's threshold is written as it is: 0.875, not 0.88. */
static void test_threshold_as_is(void **state)
{
    fixture *f = *state;
    double saved = f->model->threshold;
    f->model->threshold = 0.875;
    xmlDocPtr doc = results_of(f, f->rapid, "C01.R=1");
    f->model->threshold = saved;
    assert_xp(doc, "string(/results/scale/@threshold)", "0.875");
    xmlFreeDoc(doc);
    doc = results_of(f, f->rapid, "C01.R=1");
    assert_xp(doc, "string(/results/scale/@threshold)", "0.75");
    xmlFreeDoc(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_of_three),
        cmocka_unit_test(test_reasons),
        cmocka_unit_test(test_all_domains),
        cmocka_unit_test(test_threshold_as_is),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
