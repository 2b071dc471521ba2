/*
 * helpers.h - shared set-up for the unit tests: load the small test model,
 * questionnaires and baseline in tests/data/unit/ through the real loaders
 * and schemas, and score answer sets written compactly as
 * "C01.L1.a=yes C01.L1.b=no ...".
 */
#ifndef MNR_TEST_HELPERS_H
#define MNR_TEST_HELPERS_H

#include "answers.h"
#include "baseline.h"
#include "model.h"
#include "questionnaire.h"
#include "score.h"

typedef struct fixture {
    mnr_model *model;
    mnr_questionnaire *full;
    mnr_questionnaire *rapid;
    mnr_baseline *baseline;
    mnr_answers *answers;
    mnr_scores *scores;
} fixture;

/* Paths: "<source>/model/schema/model.xsd" etc. */
char *test_source_path(const char *rel);

int fixture_setup(void **state);
int fixture_teardown(void **state);

/* Scores `pairs` ("ID=VALUE ...") against `q`; `targets` is the inner XML
 * of <targets ...> or NULL. Fails the test on any error. */
const mnr_scores *score_pairs(fixture *f, const mnr_questionnaire *q, const char *targets_attr,
                              const char *targets_inner, const char *pairs, int override);

/* Same, but returns the status and error instead of failing. */
mnr_status check_pairs(fixture *f, const mnr_questionnaire *q, const char *pairs, mnr_error *err);

/* cmocka 1.1.5 compares only as float: compare doubles ourselves. */
#define assert_near(actual, expected, eps)                                               \
    do {                                                                                 \
        double a_ = (actual), e_ = (expected);                                           \
        if (!(a_ - e_ <= (eps) && e_ - a_ <= (eps)))                                     \
            fail_msg("%s is %.12g, expected %.12g", #actual, a_, e_);                   \
    } while (0)

#endif
