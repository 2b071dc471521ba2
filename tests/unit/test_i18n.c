/*
 * test_i18n.c - the catalog in use (src/base/i18n.c): lookups return the
 * translation or the English text, the texts left in English are counted
 * once each, and numbers are written as the catalog's sample "1,234.5"
 * says (its separators and its digits). The catalogs are compiled from
 * tests/data/i18n/NAME.po at build time.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "catalog.h"
#include "i18n.h"

static void use(const char *name)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s.mo", MNR_TEST_I18N, name);
    mnr_error err;
    mnr_error_init(&err);
    mnr_catalog *c = NULL;
    if (mnr_catalog_load(&c, path, &err) != MNR_OK)
        fail_msg("%s: %s", path, err.message);
    mnr_i18n_use(c);
}

static void test_english_without_catalog(void **state)
{
    (void)state;
    mnr_i18n_reset();
    assert_string_equal(_("Leadership"), "Leadership");
    assert_string_equal(mnr_ngettext("%d gap", "%d gaps", 1), "%d gap");
    assert_string_equal(mnr_ngettext("%d gap", "%d gaps", 0), "%d gaps");
    assert_string_equal(mnr_i18n_language(), "en");
    assert_int_equal(mnr_i18n_draft(), 0);
    assert_int_equal(mnr_i18n_missing(), 0);
    char buf[32];
    assert_string_equal(mnr_number_text(buf, sizeof buf, "1234.5"), "1234.5");
}

static void test_lookups_and_missing(void **state)
{
    (void)state;
    use("xx");
    assert_string_equal(mnr_i18n_language(), "xx");
    assert_int_equal(mnr_i18n_draft(), 1);
    assert_string_equal(_("Leadership"), "Xleadership");
    assert_string_equal(C_("ask-key", "y"), "o");
    assert_string_equal(_("y"), "xy");
    assert_string_equal(mnr_i18n_text(NULL, "Leadership"), "Xleadership");
    assert_string_equal(mnr_i18n_text("ask-key", "y"), "o");
    assert_string_equal(mnr_ngettext("%d gap", "%d gaps", 1), "%d xgap");
    assert_string_equal(mnr_ngettext("%d gap", "%d gaps", 5), "%d xgaps");
    assert_int_equal(mnr_i18n_missing(), 0);
    /* English when missing, each text counted once */
    assert_string_equal(_("Prevention"), "Prevention");
    assert_string_equal(_("Prevention"), "Prevention");
    assert_string_equal(C_("ask-key", "n"), "n");
    assert_string_equal(_("n"), "n"); /* another text than n in context */
    assert_string_equal(mnr_ngettext("%d file", "%d files", 2), "%d files");
    assert_string_equal(mnr_ngettext("%d file", "%d files", 1), "%d file");
    assert_int_equal(mnr_i18n_missing(), 4);
    /* many more: the set grows */
    char text[32];
    for (int i = 0; i < 500; i++) {
        snprintf(text, sizeof text, "text %d", i);
        assert_string_equal(_(text), text);
    }
    assert_int_equal(mnr_i18n_missing(), 504);
    /* the empty text is no text */
    assert_string_equal(_(""), "");
    assert_int_equal(mnr_i18n_missing(), 504);
    mnr_i18n_reset();
    assert_int_equal(mnr_i18n_missing(), 0);
    assert_string_equal(_("Leadership"), "Leadership");
}

static void test_numbers(void **state)
{
    (void)state;
    char buf[64];
    use("xx"); /* "1 234,5" with U+202F NARROW NO-BREAK SPACE */
    assert_string_equal(mnr_number_text(buf, sizeof buf, "1234.5"), "1\u202f234,5");
    assert_string_equal(mnr_number_text(buf, sizeof buf, "-1234567.25"), "-1\u202f234\u202f567,25");
    assert_string_equal(mnr_number_text(buf, sizeof buf, "93.9"), "93,9");
    assert_string_equal(mnr_number_text(buf, sizeof buf, "100"), "100");
    /* not a number: as it is */
    assert_string_equal(mnr_number_text(buf, sizeof buf, "n/a"), "n/a");
    assert_string_equal(mnr_number_text(buf, sizeof buf, "1.2.3"), "1.2.3");
    /* cut to fit, between characters: "1" and the 3-byte separator do
     * not both fit in 4 bytes */
    assert_string_equal(mnr_number_text(buf, 4, "1234"), "1");
    assert_string_equal(mnr_number_text(buf, 5, "1234"), "1\u202f");
    use("ar-plural"); /* "١٬٢٣٤٫٥": Arabic-Indic digits and separators */
    assert_string_equal(mnr_number_text(buf, sizeof buf, "1234.5"), "١٬٢٣٤٫٥");
    assert_string_equal(mnr_number_text(buf, sizeof buf, "-90.07"), "-٩٠٫٠٧");
    use("fr-plural"); /* no sample: the machine form */
    assert_string_equal(mnr_number_text(buf, sizeof buf, "1234.5"), "1234.5");
    assert_int_equal(mnr_i18n_missing(), 1);
    mnr_i18n_reset();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_english_without_catalog),
        cmocka_unit_test(test_lookups_and_missing),
        cmocka_unit_test(test_numbers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
