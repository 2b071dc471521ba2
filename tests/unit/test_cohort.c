/*
 * test_cohort.c - the rules of mnr cohort that a cohort's figures rest on
 * (docs/cohort.md, cohort.h): withholding and its complement, scores rounded as
 * the results write them, and the region and income group lists of the
 * answers schema matching the names in the model.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "cohort.h"
#include "helpers.h"
#include "model.h"
#include "xmlsafe.h"

/* The withheld cells of `counts` as a string of 0 and 1. */
static const char *withheld(const int *counts, int n, int min_group, const int *preset)
{
    static char out[32];
    int w[16] = {0};
    for (int i = 0; preset && i < n; i++)
        w[i] = preset[i];
    mnr_cohort_withhold(counts, n, min_group, w);
    for (int i = 0; i < n; i++)
        out[i] = (char)('0' + w[i]);
    out[n] = '\0';
    return out;
}

/* Nothing small: nothing withheld. */
static void test_withhold_none(void **state)
{
    (void)state;
    int counts[] = {5, 9, 6};
    assert_string_equal(withheld(counts, 3, 5, NULL), "000");
}

/* A group of 4 is withheld, and then the smallest other one (5), or the
 * cohort (15) minus the published 6 would give the two together only, not
 * the 4 alone. */
static void test_withhold_complement(void **state)
{
    (void)state;
    int counts[] = {5, 6, 4};
    assert_string_equal(withheld(counts, 3, 5, NULL), "101");
}

/* docs/cohort.md's example: a group of 5 beside a cohort of 6 (the other group
 * of 1 is withheld): the 5 must go too. */
static void test_withhold_five_of_six(void **state)
{
    (void)state;
    int counts[] = {5, 1};
    assert_string_equal(withheld(counts, 2, 5, NULL), "11");
}

/* Two small groups together still under the minimum (1 + 2): a third is
 * withheld, the smallest published one. */
static void test_withhold_until_enough(void **state)
{
    (void)state;
    int counts[] = {1, 8, 2, 7, 6};
    assert_string_equal(withheld(counts, 5, 5, NULL), "10101");
}

/* Equal candidates: the first goes. Empty cells are left alone (nothing
 * to hide, nothing that protects). */
static void test_withhold_ties_and_empty(void **state)
{
    (void)state;
    int counts[] = {0, 6, 3, 6, 0};
    assert_string_equal(withheld(counts, 5, 5, NULL), "01100");
}

/* A group already withheld (too small a group overall) counts as
 * withheld for each capability: with it the rule is already met. */
static void test_withhold_preset(void **state)
{
    (void)state;
    int counts[] = {4, 2, 9};
    int preset[] = {1, 0, 0};
    assert_string_equal(withheld(counts, 3, 5, preset), "110");
    int counts2[] = {6, 6, 9};
    int preset2[] = {1, 0, 0};
    assert_string_equal(withheld(counts2, 3, 5, preset2), "110");
}

/* Scores in hundredths exactly as "%.2f" writes them, for every share a
 * level can have (k of n criteria, halves included) and for awkward
 * doubles; 2.125 is an exact tie, which printf gives to the even 2.12. */
static void test_hundredths(void **state)
{
    (void)state;
    assert_int_equal(mnr_cohort_hundredths(2.125), 212);
    assert_int_equal(mnr_cohort_hundredths(2.375), 238);
    assert_int_equal(mnr_cohort_hundredths(4.0), 400);
    assert_int_equal(mnr_cohort_hundredths(0.0), 0);
    for (int level = 0; level <= 4; level++)
        for (int n = 1; n <= 12; n++)
            for (int k = 0; k <= 2 * n; k++) {
                double v = level + (double)k / (2.0 * n);
                char buf[32];
                snprintf(buf, sizeof buf, "%.2f", v);
                int want = atoi(buf) * 100 + atoi(buf + strlen(buf) - 2);
                if (mnr_cohort_hundredths(v) != want)
                    fail_msg("%.17g: %d, but printf writes %s", v, mnr_cohort_hundredths(v), buf);
            }
    for (int i = 0; i < 400000; i++) {
        double v = i / 100000.0;
        char buf[32];
        snprintf(buf, sizeof buf, "%.2f", v);
        int want = atoi(buf) * 100 + atoi(buf + strlen(buf) - 2);
        if (mnr_cohort_hundredths(v) != want)
            fail_msg("%.17g: %d, but printf writes %s", v, mnr_cohort_hundredths(v), buf);
    }
}

/* The values questionnaires/schema/answers.xsd allows for <country
 * region=... income-group=...> are the groups the model names, in the
 * same order. */
static void test_groupings_match_schema(void **state)
{
    (void)state;
    char *model_path = test_source_path("model/mnr-model.xml");
    char *model_xsd = test_source_path("model/schema/model.xsd");
    char *answers_xsd = test_source_path("questionnaires/schema/answers.xsd");
    mnr_error err;
    mnr_error_init(&err);
    mnr_model *m = NULL;
    assert_int_equal(mnr_model_load(&m, model_path, model_xsd, &err), MNR_OK);
    xmlDocPtr xsd = NULL;
    assert_int_equal(mnr_xml_load(&xsd, answers_xsd, &err), MNR_OK);
    const char *types[MNR_GROUPINGS] = {"region", "incomeGroup"};
    for (int g = 0; g < MNR_GROUPINGS; g++) {
        int i = 0;
        for (xmlNodePtr t = xmlDocGetRootElement(xsd)->children; t; t = t->next) {
            char *name = mnr_xml_prop(t, "name");
            int match = mnr_xml_is(t, "simpleType") && name && strcmp(name, types[g]) == 0;
            free(name);
            if (!match)
                continue;
            for (xmlNodePtr e = mnr_xml_child(mnr_xml_child(t, "restriction"), "enumeration"); e;
                 e = mnr_xml_next(e, "enumeration"), i++) {
                char *value = mnr_xml_prop(e, "value");
                assert_true(i < m->groupings[g].n_groups);
                assert_string_equal(value, m->groupings[g].groups[i].id);
                free(value);
            }
        }
        assert_int_equal(i, m->groupings[g].n_groups);
        assert_true(i > 0);
    }
    assert_int_equal(m->groupings[MNR_GROUPING_REGION].n_groups, 7);
    assert_string_equal(m->groupings[MNR_GROUPING_INCOME].groups[1].name, "Lower-middle income");
    xmlFreeDoc(xsd);
    mnr_model_free(m);
    free(model_path);
    free(model_xsd);
    free(answers_xsd);
}

int main(void)
{
    mnr_xml_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_withhold_none),
        cmocka_unit_test(test_withhold_complement),
        cmocka_unit_test(test_withhold_five_of_six),
        cmocka_unit_test(test_withhold_until_enough),
        cmocka_unit_test(test_withhold_ties_and_empty),
        cmocka_unit_test(test_withhold_preset),
        cmocka_unit_test(test_hundredths),
        cmocka_unit_test(test_groupings_match_schema),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    mnr_xml_cleanup();
    return rc;
}
