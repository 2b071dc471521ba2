/*
 * test_date.c - the rule of an assessment's date (date.h): a day of the
 * calendar, not before 2015-01-01, not after today (plus the grace a
 * file from across the date line gets), every xs:date ordered. "today"
 * is given, so nothing here depends on the clock.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "date.h"

static void test_first_day(void **state)
{
    (void)state;
    assert_int_equal(mnr_date_check("2015-01-01", "2026-11-26", 0), MNR_DATE_OK);
    assert_int_equal(mnr_date_check("2014-12-31", "2026-11-26", 0), MNR_DATE_TOO_EARLY);
    assert_int_equal(mnr_date_check("0001-01-01", "2026-11-26", 0), MNR_DATE_TOO_EARLY);
    assert_int_equal(mnr_date_check("-0044-03-15", "2026-11-26", 0), MNR_DATE_TOO_EARLY);
}

static void test_today_and_after(void **state)
{
    (void)state;
    assert_int_equal(mnr_date_check("2026-11-26", "2026-11-26", 0), MNR_DATE_OK);
    assert_int_equal(mnr_date_check("2026-11-27", "2026-11-26", 0), MNR_DATE_FUTURE);
    assert_int_equal(mnr_date_check("2026-11-27", "2026-11-26", 1), MNR_DATE_OK);
    assert_int_equal(mnr_date_check("2026-11-28", "2026-11-26", 1), MNR_DATE_FUTURE);
    /* the grace day across a month, a year and a leap day */
    assert_int_equal(mnr_date_check("2027-01-01", "2026-12-31", 1), MNR_DATE_OK);
    assert_int_equal(mnr_date_check("2027-01-02", "2026-12-31", 1), MNR_DATE_FUTURE);
    assert_int_equal(mnr_date_check("2028-02-29", "2028-02-28", 1), MNR_DATE_OK);
    assert_int_equal(mnr_date_check("2028-03-01", "2028-02-28", 1), MNR_DATE_FUTURE);
    assert_int_equal(mnr_date_check("2099-01-01", "2026-11-26", 1), MNR_DATE_FUTURE);
    assert_int_equal(mnr_date_check("9999-12-31", "2026-11-26", 1), MNR_DATE_FUTURE);
    assert_int_equal(mnr_date_check("10000-01-01", "2026-11-26", 1), MNR_DATE_FUTURE);
    /* no today: the future is not checked, the rest is */
    assert_int_equal(mnr_date_check("2099-01-01", "", 0), MNR_DATE_OK);
    assert_int_equal(mnr_date_check("2014-01-01", "", 0), MNR_DATE_TOO_EARLY);
}

static void test_not_a_date(void **state)
{
    (void)state;
    static const char *const bad[] = {"", "2026-02-29", "2026-13-01", "2026-00-10",
                                      "2026-04-31", "26-11-2026", "2026-1-01", "2026-11-26x",
                                      "2026-11-26+2:00", "02026-11-26", "yesterday"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_int_equal(mnr_date_check(bad[i], "2026-11-26", 0), MNR_DATE_NOT_A_DATE);
    /* an xs:date's time zone is allowed and not counted */
    assert_int_equal(mnr_date_check("2024-02-29Z", "2026-11-26", 0), MNR_DATE_OK);
    assert_int_equal(mnr_date_check("2026-11-26+14:00", "2026-11-26", 0), MNR_DATE_OK);
}

static void test_order(void **state)
{
    (void)state;
    assert_true(mnr_date_order("2025-03-01", "2025-03-02") < 0);
    assert_true(mnr_date_order("2026-01-01", "2025-12-31") > 0);
    assert_int_equal(mnr_date_order("2025-03-01+02:00", "2025-03-01"), 0);
    assert_true(mnr_date_order("10000-01-01", "9999-12-31") > 0);
    assert_true(mnr_date_order("-0044-03-15", "0001-01-01") < 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_first_day),
        cmocka_unit_test(test_today_and_after),
        cmocka_unit_test(test_not_a_date),
        cmocka_unit_test(test_order),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
