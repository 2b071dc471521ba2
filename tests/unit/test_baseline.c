/*
 * test_baseline.c - the 2021 baseline as shipped (model/baseline-2021.xml)
 * holds the figures of "Framing the Future" (2022): every count quoted in
 * its executive summary, and every Figure 1 percentage reproduced from the
 * counts. Source: ../shared/seeds/004_c1162757bb9415c3.txt.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"
#include "xmlsafe.h"

typedef struct expected {
    const char *id;
    int yes, respondents;
    int figure1;  /* -1: not a Figure 1 item */
    int text;     /* -1: the text gives no percentage */
} expected;

/* Figure 1 bars, with the counts from the domain findings. */
static const expected items[] = {
    {"leadership", 32, 42, 76, 76},
    {"research", 35, 42, 83, 83},
    {"law-enforcement", 42, 42, 100, -1},
    {"judiciary", 36, 41, 88, 88},
    {"offender-management", 30, 42, 71, 71},
    {"image-database", 29, 42, 69, 69},
    {"end-to-end-support", 29, 42, 69, 69},
    {"workforce", 34, 41, 83, 83},
    {"remedies", 34, 42, 81, 81},
    {"child-helpline", 40, 42, 95, 95},
    {"hotline", 38, 42, 90, 90},
    {"education", 32, 42, 76, 76},
    {"child-participation", 29, 41, 71, 71},
    {"offender-support", 24, 41, 59, 59},
    {"takedown", 30, 41, 73, 73},
    {"industry-engagement", 25, 41, 61, 61},
    {"media", 23, 42, 55, 54},
    {"terminology", 21, 42, 50, 50},
};

/* Finer figures quoted in the text. */
static const expected indicators[] = {
    {"national-strategy", 27, 42, -1, 64},
    {"national-image-database", 14, 42, -1, 33},
    {"icse-connection", 29, 42, -1, 69},
    {"icse-not-connected-lmic", 12, 13, -1, 92},
    {"hic-criminalisation", 15, 15, -1, -1},
    {"hic-isp-reporting-duty", 8, 15, -1, -1},
    {"lmic-laws-inadequate", 22, 25, -1, 88},
    {"mnr-used-as-reference", 35, 39, -1, 90},
};

typedef struct real {
    mnr_model *model;
    mnr_baseline *baseline;
} real;

static int setup(void **state)
{
    mnr_xml_init();
    real *r = calloc(1, sizeof *r);
    char *m = test_source_path("model/mnr-model.xml");
    char *mx = test_source_path("model/schema/model.xsd");
    char *b = test_source_path("model/baseline-2021.xml");
    char *bx = test_source_path("model/schema/baseline.xsd");
    mnr_error err;
    mnr_error_init(&err);
    if (mnr_model_load(&r->model, m, mx, &err) != MNR_OK ||
        mnr_baseline_load(&r->baseline, b, bx, r->model, &err) != MNR_OK)
        fail_msg("%s:%ld: %s", err.file, err.line, err.message);
    free(m);
    free(mx);
    free(b);
    free(bx);
    *state = r;
    return 0;
}

static int teardown(void **state)
{
    real *r = *state;
    mnr_baseline_free(r->baseline);
    mnr_model_free(r->model);
    free(r);
    return 0;
}

static int round_half_up(double x)
{
    return (int)floor(x + 0.5);
}

static const mnr_figure *must_find(const mnr_baseline *b, const char *id)
{
    const mnr_figure *f = mnr_baseline_find(b, id);
    if (!f)
        fail_msg("baseline has no figure '%s'", id);
    return f;
}

/* Every count of the text is held, as counts. */
static void test_counts_present(void **state)
{
    real *r = *state;
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
        const mnr_figure *f = must_find(r->baseline, items[i].id);
        assert_int_equal(f->kind, MNR_FIGURE_ITEM);
        assert_int_equal(f->yes, items[i].yes);
        assert_int_equal(f->respondents, items[i].respondents);
        assert_int_equal(f->figure1_percent, items[i].figure1);
    }
    for (size_t i = 0; i < sizeof indicators / sizeof indicators[0]; i++) {
        const mnr_figure *f = must_find(r->baseline, indicators[i].id);
        assert_int_equal(f->kind, MNR_FIGURE_INDICATOR);
        assert_int_equal(f->yes, indicators[i].yes);
        assert_int_equal(f->respondents, indicators[i].respondents);
    }
}

/* Every Figure 1 percentage follows from the counts by rounding to the
 * nearest whole number. */
static void test_figure1_reproduced(void **state)
{
    real *r = *state;
    int items_seen = 0;
    for (int i = 0; i < r->baseline->n_figures; i++) {
        const mnr_figure *f = &r->baseline->figures[i];
        if (f->kind != MNR_FIGURE_ITEM)
            continue;
        items_seen++;
        int computed = round_half_up(mnr_figure_percent(f));
        if (computed != f->figure1_percent)
            fail_msg("%s: %d/%d rounds to %d, Figure 1 shows %d", f->id, f->yes, f->respondents,
                     computed, f->figure1_percent);
    }
    assert_int_equal(items_seen, 18);
}

/* The running text's percentages agree with the counts too, except one:
 * media reporting, 23 of 42 = 54.8%, which Figure 1 shows as 55 and the
 * text as 54. The file must keep the counts and document the discrepancy. */
static void test_text_percentages_and_media_exception(void **state)
{
    real *r = *state;
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
        const mnr_figure *f = must_find(r->baseline, items[i].id);
        if (items[i].text < 0)
            continue;
        assert_int_equal(f->text_percent, items[i].text);
        int computed = round_half_up(mnr_figure_percent(f));
        if (strcmp(f->id, "media") == 0) {
            assert_int_equal(computed, 55);
            assert_int_equal(f->text_percent, 54);
            int documented = 0;
            for (int n = 0; n < f->n_notes; n++)
                documented |= strstr(f->notes[n], "54") && strstr(f->notes[n], "55");
            assert_true(documented);
        } else if (computed != f->text_percent)
            fail_msg("%s: text says %d%%, counts give %d", f->id, f->text_percent, computed);
    }
    for (size_t i = 0; i < sizeof indicators / sizeof indicators[0]; i++) {
        const mnr_figure *f = must_find(r->baseline, indicators[i].id);
        if (indicators[i].text >= 0)
            assert_int_equal(round_half_up(mnr_figure_percent(f)), indicators[i].text);
    }
}

/* The mapping: every capability of the model takes its share from one
 * item at most; legislation has none; two items cover two capabilities. */
static void test_mapping(void **state)
{
    real *r = *state;
    assert_int_equal(r->model->n_caps, 21);
    for (int c = 0; c < r->model->n_caps; c++)
        assert_non_null(mnr_baseline_item_for(r->baseline, r->model->caps[c].id));
    assert_int_equal(mnr_baseline_item_for(r->baseline, "C03")->kind, MNR_FIGURE_NONE);
    assert_string_equal(mnr_baseline_item_for(r->baseline, "C16")->id, "takedown");
    assert_string_equal(mnr_baseline_item_for(r->baseline, "C17")->id, "takedown");
    assert_string_equal(mnr_baseline_item_for(r->baseline, "C18")->id, "industry-engagement");
    assert_string_equal(mnr_baseline_item_for(r->baseline, "C19")->id, "industry-engagement");
    assert_string_equal(mnr_baseline_item_for(r->baseline, "C07")->id, "image-database");
}

/* The cohort: 42 countries in two survey groups of 17 and 25. */
static void test_cohort(void **state)
{
    real *r = *state;
    assert_int_equal(r->baseline->cohort_size, 42);
    assert_int_equal(r->baseline->n_countries, 42);
    assert_int_equal(r->baseline->n_groups, 2);
    assert_int_equal(r->baseline->groups[0].size + r->baseline->groups[1].size, 42);
    assert_string_equal(r->baseline->countries[0], "Albania");
    assert_string_equal(r->baseline->countries[41], "Zimbabwe");
}

/* Percentages with one decimal, as the CSV prints them. */
static void test_percent_one_decimal(void **state)
{
    real *r = *state;
    char buf[16];
    snprintf(buf, sizeof buf, "%.1f", mnr_figure_percent(must_find(r->baseline, "media")));
    assert_string_equal(buf, "54.8");
    snprintf(buf, sizeof buf, "%.1f", mnr_figure_percent(must_find(r->baseline, "judiciary")));
    assert_string_equal(buf, "87.8");
}

/* A percentage of counts is rounded once, an exact half away from zero,
 * as the report layouts round it: 9 of 16 (56.25) is 56.3 in a results
 * file as in its report, where printf would write 56.2. */
static void test_percent_text_half_away(void **state)
{
    (void)state;
    char buf[16];
    static const struct { long part, whole; const char *text; } cases[] = {
        {9, 16, "56.3"}, {1, 16, "6.3"}, {3, 16, "18.8"}, {15, 16, "93.8"}, {2, 3, "66.7"},
        {1, 3, "33.3"}, {23, 42, "54.8"}, {36, 41, "87.8"}, {0, 5, "0.0"}, {5, 5, "100.0"},
        {1, 2000, "0.1"}, {1, 2001, "0.0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        mnr_percent_text(buf, sizeof buf, cases[i].part, cases[i].whole);
        assert_string_equal(buf, cases[i].text);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counts_present),
        cmocka_unit_test(test_figure1_reproduced),
        cmocka_unit_test(test_text_percentages_and_media_exception),
        cmocka_unit_test(test_mapping),
        cmocka_unit_test(test_cohort),
        cmocka_unit_test(test_percent_one_decimal),
        cmocka_unit_test(test_percent_text_half_away),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
