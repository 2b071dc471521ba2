/*
 * test_catalog.c - the .mo reader (src/base/catalog.c): plural forms as
 * the language's Plural-Forms says (Arabic's six, French's n > 1),
 * lookups in context, each kind of unsafe translation ignored (the text
 * stays English), and damaged or foreign files refused with a message
 * that says to rebuild them with msgfmt. The catalogs are compiled from
 * tests/data/i18n/NAME.po at build time; the damaged ones are made here.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog.h"

static mnr_catalog *load(const char *name)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s.mo", MNR_TEST_I18N, name);
    mnr_error err;
    mnr_error_init(&err);
    mnr_catalog *c = NULL;
    if (mnr_catalog_load(&c, path, &err) != MNR_OK)
        fail_msg("%s: %s", path, err.message);
    return c;
}

static void test_arabic_plural_forms(void **state)
{
    (void)state;
    mnr_catalog *c = load("ar-plural");
    static const struct { unsigned long n; unsigned form; const char *text; } want[] = {
        {0, 0, "ar0 %lu"},   {1, 1, "ar1 one gap"}, {2, 2, "ar2 %lu"},  {3, 3, "ar3 %lu"},
        {11, 4, "ar4 %lu"}, {100, 5, "ar5 %lu"},   {101, 5, "ar5 %lu"}, {110, 3, "ar3 %lu"},
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        assert_int_equal(mnr_catalog_plural_form(c, want[i].n), want[i].form);
        assert_string_equal(mnr_catalog_plural(c, NULL, "%lu gap", want[i].n), want[i].text);
    }
    assert_string_equal(mnr_catalog_language(c), "ar");
    /* "reviewed by ..." in X-Translation-Status */
    assert_int_equal(mnr_catalog_draft(c), 0);
    assert_int_equal(mnr_catalog_ignored(c), 0);
    mnr_catalog_free(c);
}

static void test_french_plural_forms(void **state)
{
    (void)state;
    mnr_catalog *c = load("fr-plural");
    assert_string_equal(mnr_catalog_plural(c, NULL, "%lu gap", 0), "%lu lacune");
    assert_string_equal(mnr_catalog_plural(c, NULL, "%lu gap", 1), "%lu lacune");
    assert_string_equal(mnr_catalog_plural(c, NULL, "%lu gap", 2), "%lu lacunes");
    /* no X-Translation-Status: a draft */
    assert_int_equal(mnr_catalog_draft(c), 1);
    /* a text the catalog does not have */
    assert_null(mnr_catalog_plural(c, NULL, "%lu gapz", 2));
    mnr_catalog_free(c);
}

static void test_context(void **state)
{
    (void)state;
    mnr_catalog *c = load("xx");
    assert_string_equal(mnr_catalog_lookup(c, NULL, "y"), "xy");
    assert_string_equal(mnr_catalog_lookup(c, "ask-key", "y"), "o");
    assert_null(mnr_catalog_lookup(c, "other", "y"));
    assert_null(mnr_catalog_lookup(c, "ask-key", "Leadership"));
    assert_string_equal(mnr_catalog_lookup(c, NULL, "Leadership"), "Xleadership");
    /* the header is no translation of "" */
    assert_null(mnr_catalog_lookup(c, NULL, ""));
    assert_string_equal(mnr_catalog_language(c), "xx");
    assert_int_equal(mnr_catalog_draft(c), 1);
    mnr_catalog_free(c);
}

/* ---- catalogs made here: msgfmt would not write these ---- */

typedef struct entry {
    const char *orig, *trans;
    size_t olen, tlen; /* 0: strlen (a plural's "a\0b" gives its length) */
} entry;

typedef struct mo {
    unsigned char *data;
    size_t size;
} mo;

static void put32(unsigned char *p, uint32_t v, int big)
{
    for (int i = 0; i < 4; i++)
        p[big ? 3 - i : i] = (unsigned char)(v >> (8 * i));
}

/* A .mo file of the entries, in the order given (sorted or not). */
static mo make_mo(const entry *e, size_t n, int big)
{
    size_t strings = 0;
    for (size_t i = 0; i < n; i++)
        strings += (e[i].olen ? e[i].olen : strlen(e[i].orig)) + 1 +
                   (e[i].tlen ? e[i].tlen : strlen(e[i].trans)) + 1;
    mo m = {calloc(1, 28 + 16 * n + strings), 28 + 16 * n + strings};
    assert_non_null(m.data);
    put32(m.data, 0x950412deu, big);
    put32(m.data + 8, (uint32_t)n, big);
    put32(m.data + 12, 28, big);
    put32(m.data + 16, (uint32_t)(28 + 8 * n), big);
    size_t at = 28 + 16 * n;
    for (int tab = 0; tab < 2; tab++)
        for (size_t i = 0; i < n; i++) {
            const char *s = tab ? e[i].trans : e[i].orig;
            size_t len = tab ? (e[i].tlen ? e[i].tlen : strlen(s)) : (e[i].olen ? e[i].olen : strlen(s));
            unsigned char *slot = m.data + 28 + 8 * (tab * n + i);
            put32(slot, (uint32_t)len, big);
            put32(slot + 4, (uint32_t)at, big);
            memcpy(m.data + at, s, len);
            at += len + 1;
        }
    return m;
}

static const char header[] = "Language: zz\nPlural-Forms: nplurals=2; plural=(n != 1);\n";

/* Every entry but the header and "%lu gap" is unsafe (sorted by msgid,
 * as msgfmt sorts). */
static const entry unsafe_entries[] = {
    {"", header, 0, 0},
    {"%d items", "%s articles", 0, 0},                 /* another kind */
    {"%lu gap\0%lu gaps", "%lu lacune\0%lu lacunes", 16, 22}, /* safe */
    {"%lu of %s", "%lu de %d", 0, 0},                  /* another kind, second */
    {"%lu x\0%lu xs", "%lu x", 12, 0},                 /* one form, nplurals 2 */
    {"%s has %d", "%d a %s", 0, 0},                    /* another order */
    {"%s left", "restant", 0, 0},                      /* a conversion left out */
    {"%s of %d", "%1$s de %2$d", 0, 0},                /* positional */
    {"%s!", "%s!%n", 0, 0},                            /* %n */
    {"Bad byte", "Mauvais \xff octet", 0, 0},          /* not UTF-8 */
    {"Bell", "Cloche\a", 0, 0},                        /* a control */
    {"C1", "C\xc2\x9b" "1", 0, 0},                     /* a C1 control (CSI) */
    {"Colour", "\x1b[31mCouleur", 0, 0},               /* an escape sequence */
    {"Done", "Fini %s", 0, 0},                         /* a conversion added */
    {"Overlong", "\xc0\xaf", 0, 0},                    /* overlong UTF-8 */
    {"Return", "Retour\rchariot", 0, 0},               /* a carriage return */
    {"Surrogate", "\xed\xa0\x80", 0, 0},               /* UTF-8 of a surrogate */
    {"Two\0Twos", "Deux\0\0", 8, 6},                   /* an empty form */
    {"{1} of {2}", "{1} de {3}", 0, 0},                /* another placeholder */
    {"{day} {month} {year}", "{day} {month}", 0, 0},   /* a placeholder left out */
};
#define N_UNSAFE (sizeof unsafe_entries / sizeof unsafe_entries[0])

static void test_unsafe_entries_ignored(void **state)
{
    (void)state;
    mo m = make_mo(unsafe_entries, N_UNSAFE, 0);
    mnr_error err;
    mnr_error_init(&err);
    mnr_catalog *c = NULL;
    assert_int_equal(mnr_catalog_load_buffer(&c, m.data, m.size, "zz.mo", &err), MNR_OK);
    assert_string_equal(mnr_catalog_plural(c, NULL, "%lu gap", 2), "%lu lacunes");
    for (size_t i = 1; i < N_UNSAFE; i++) {
        if (strcmp(unsafe_entries[i].orig, "%lu gap") == 0)
            continue;
        if (mnr_catalog_lookup(c, NULL, unsafe_entries[i].orig))
            fail_msg("unsafe entry %zu (%s) was not ignored", i, unsafe_entries[i].orig);
        assert_null(mnr_catalog_plural(c, NULL, unsafe_entries[i].orig, 2));
    }
    assert_int_equal(mnr_catalog_ignored(c), N_UNSAFE - 2);
    /* a text that is never a format: its conversions do not matter, the
     * rest does */
    assert_string_equal(mnr_catalog_lookup_text(c, NULL, "Done"), "Fini %s");
    assert_string_equal(mnr_catalog_lookup_text(c, NULL, "%s has %d"), "%d a %s");
    assert_null(mnr_catalog_lookup_text(c, NULL, "Bell"));
    assert_null(mnr_catalog_lookup_text(c, NULL, "Bad byte"));
    assert_null(mnr_catalog_lookup_text(c, NULL, "{1} of {2}"));
    assert_null(mnr_catalog_lookup_text(c, NULL, "%lu x"));
    mnr_catalog_free(c);
    free(m.data);
}

/* What is safe stays: flags and widths may differ, the %% sign, a plural
 * form may leave out its trailing number, tabs and newlines are kept. */
static void test_safe_entries_kept(void **state)
{
    (void)state;
    static const entry ok[] = {
        {"", header, 0, 0},
        {"%-10s|%5.1f%%", "%s|%.2f %%", 0, 0},
        {"%lu file\0%lu files", "one file\0%lu files", 18, 18},
        {"92 per cent (of 13)", "92 %) (sur 13, 54 %. 2)", 0, 0}, /* no conversion */
        {"a\tb\n", "x\ty\n", 0, 0},
        {"{1} countries", "{1} % des pays", 0, 0}, /* "% d": not as a format */
        {"{1} of {2}", "{2} sur {1}", 0, 0},
        {"ÿ", "\xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a \xe2\x80\x8f", 0, 0},
    };
    mo m = make_mo(ok, sizeof ok / sizeof ok[0], 1); /* big-endian */
    mnr_error err;
    mnr_error_init(&err);
    mnr_catalog *c = NULL;
    assert_int_equal(mnr_catalog_load_buffer(&c, m.data, m.size, "zz.mo", &err), MNR_OK);
    assert_int_equal(mnr_catalog_ignored(c), 1);
    assert_null(mnr_catalog_lookup(c, NULL, "{1} countries"));
    assert_string_equal(mnr_catalog_lookup_text(c, NULL, "{1} countries"), "{1} % des pays");
    assert_string_equal(mnr_catalog_lookup(c, NULL, "92 per cent (of 13)"), "92 %) (sur 13, 54 %. 2)");
    assert_string_equal(mnr_catalog_lookup(c, NULL, "%-10s|%5.1f%%"), "%s|%.2f %%");
    assert_string_equal(mnr_catalog_plural(c, NULL, "%lu file", 1), "one file");
    assert_string_equal(mnr_catalog_plural(c, NULL, "%lu file", 7), "%lu files");
    assert_string_equal(mnr_catalog_lookup(c, NULL, "a\tb\n"), "x\ty\n");
    assert_string_equal(mnr_catalog_lookup(c, NULL, "{1} of {2}"), "{2} sur {1}");
    assert_string_equal(mnr_catalog_language(c), "zz");
    mnr_catalog_free(c);
    free(m.data);
}

static void assert_refused(const void *data, size_t len, const char *why)
{
    mnr_error err;
    mnr_error_init(&err);
    mnr_catalog *c = (mnr_catalog *)1;
    assert_int_not_equal(mnr_catalog_load_buffer(&c, data, len, "locale/fr.mo", &err), MNR_OK);
    assert_null(c);
    char buf[2200];
    mnr_error_format(&err, buf, sizeof buf);
    char want[512];
    snprintf(want, sizeof want,
             "locale/fr.mo: not a compiled translation catalog (.mo): %s; rebuild it with msgfmt "
             "from its .po file (msgfmt --check -o LL.mo LL.po)", why);
    assert_string_equal(buf, want);
}

static mo read_mo(const char *name)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s.mo", MNR_TEST_I18N, name);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    mo m = {malloc(1 << 16), 0};
    m.size = fread(m.data, 1, 1 << 16, f);
    fclose(f);
    return m;
}

static void test_damaged_files_refused(void **state)
{
    (void)state;
    assert_refused("", 0, "it is shorter than a catalog's header");
    assert_refused("<?xml version=\"1.0\"?><model/>", 29,
                   "it does not start with the magic number of a .mo file");
    mo m = read_mo("xx");
    /* cut anywhere inside its strings or tables */
    for (size_t cut = 28; cut < m.size; cut += 7) {
        mnr_error err;
        mnr_error_init(&err);
        mnr_catalog *c = NULL;
        assert_int_not_equal(mnr_catalog_load_buffer(&c, m.data, cut, "fr.mo", &err), MNR_OK);
        assert_non_null(strstr(err.message, "not a compiled translation catalog (.mo): "));
    }
    assert_refused(m.data, m.size - 1, "a string lies past the end of the file");
    /* the string table moved past the end */
    unsigned char *d = m.data;
    d[12] = 0xff, d[13] = 0xff, d[14] = 0xff, d[15] = 0x7f;
    assert_refused(m.data, m.size, "its table of strings lies past the end of the file");
    free(m.data);
    /* a string's NUL overwritten */
    m = read_mo("xx");
    d = m.data;
    uint32_t len = d[28] | (uint32_t)d[29] << 8, off = d[32] | (uint32_t)d[33] << 8;
    d[off + len] = 'x';
    assert_refused(m.data, m.size, "a string does not end with a NUL byte");
    free(m.data);
    /* revision 2 */
    m = read_mo("xx");
    m.data[6] = 2;
    assert_refused(m.data, m.size, "its format revision is one mnr does not read");
    free(m.data);

    static const entry unsorted[] = {{"", header, 0, 0}, {"b", "B", 0, 0}, {"a", "A", 0, 0}};
    m = make_mo(unsorted, 3, 0);
    assert_refused(m.data, m.size, "its messages are not in sorted order");
    free(m.data);
    static const entry twice[] = {{"", header, 0, 0}, {"a", "A", 0, 0}, {"a", "B", 0, 0}};
    m = make_mo(twice, 3, 0);
    assert_refused(m.data, m.size, "its messages are not in sorted order");
    free(m.data);
}

static void assert_plural_refused(const char *plural_forms, const char *why)
{
    char h[4096];
    snprintf(h, sizeof h, "Language: zz\nPlural-Forms: %s\n", plural_forms);
    entry e[] = {{"", h, 0, 0}};
    mo m = make_mo(e, 1, 0);
    assert_refused(m.data, m.size, why);
    free(m.data);
}

static mnr_catalog *with_plural(const char *plural_forms)
{
    char h[512];
    snprintf(h, sizeof h, "Plural-Forms: %s\n", plural_forms);
    entry e[] = {{"", h, 0, 0}};
    mo m = make_mo(e, 1, 0);
    mnr_error err;
    mnr_error_init(&err);
    mnr_catalog *c = NULL;
    assert_int_equal(mnr_catalog_load_buffer(&c, m.data, m.size, "dir/qps.mo", &err), MNR_OK);
    free(m.data);
    return c;
}

static void test_plural_expressions(void **state)
{
    (void)state;
    /* division by zero, and a form past the last, give form 0 */
    mnr_catalog *c = with_plural("nplurals=3; plural=n / (n - 5) + 1;");
    assert_int_equal(mnr_catalog_plural_form(c, 5), 0);
    assert_int_equal(mnr_catalog_plural_form(c, 6), 0); /* 6/1+1 = 7 >= 3 */
    assert_int_equal(mnr_catalog_plural_form(c, 15), 2); /* 15/10+1 */
    /* no Language: the file's name */
    assert_string_equal(mnr_catalog_language(c), "qps");
    mnr_catalog_free(c);
    /* a division C would not evaluate does not count */
    c = with_plural("nplurals=2; plural=n == 0 || 10 % n > 2;");
    assert_int_equal(mnr_catalog_plural_form(c, 0), 1);
    assert_int_equal(mnr_catalog_plural_form(c, 4), 0);
    assert_int_equal(mnr_catalog_plural_form(c, 7), 1);
    mnr_catalog_free(c);
    c = with_plural("nplurals=4; plural=!(n != 3) ? 3 : n >= 2 && n <= 2 ? 2 : n < 1;");
    assert_int_equal(mnr_catalog_plural_form(c, 3), 3);
    assert_int_equal(mnr_catalog_plural_form(c, 2), 2);
    assert_int_equal(mnr_catalog_plural_form(c, 0), 1);
    assert_int_equal(mnr_catalog_plural_form(c, 9), 0);
    mnr_catalog_free(c);

    const char *unreadable = "its Plural-Forms expression cannot be read";
    assert_plural_refused("nplurals=2; plural=n +;", unreadable);
    assert_plural_refused("nplurals=2; plural=(n;", unreadable);
    assert_plural_refused("nplurals=2; plural=n ? 1;", unreadable);
    assert_plural_refused("nplurals=2; plural=n = 1;", unreadable);
    assert_plural_refused("nplurals=2; plural=99999999999999999999999;", unreadable);
    /* nested deeper than the evaluator goes */
    char deep[1000] = "nplurals=2; plural=";
    for (int i = 0; i < 200; i++)
        strcat(deep, "(");
    strcat(deep, "n");
    for (int i = 0; i < 200; i++)
        strcat(deep, ")");
    assert_plural_refused(deep, unreadable);
    assert_plural_refused("nplurals=0; plural=0;",
                          "its Plural-Forms header has no nplurals=1..10 and plural=");
    assert_plural_refused("nplurals=11; plural=n;",
                          "its Plural-Forms header has no nplurals=1..10 and plural=");
}

static void test_file_too_large_or_missing(void **state)
{
    (void)state;
    mnr_error err;
    mnr_error_init(&err);
    mnr_catalog *c = NULL;
    unsigned char *big = calloc(1, MNR_CATALOG_MAX_SIZE + 1u);
    assert_non_null(big);
    assert_int_equal(mnr_catalog_load_buffer(&c, big, MNR_CATALOG_MAX_SIZE + 1u, "big.mo", &err),
                     MNR_EIO);
    free(big);
    assert_string_equal(err.message, "is larger than 16 MB, more than any translation catalog "
                                     "(.mo) holds; give the catalog msgfmt made");
    mnr_error_init(&err);
    assert_int_equal(mnr_catalog_load(&c, MNR_TEST_I18N, &err), MNR_EIO); /* a directory */
    assert_null(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arabic_plural_forms),
        cmocka_unit_test(test_french_plural_forms),
        cmocka_unit_test(test_context),
        cmocka_unit_test(test_unsafe_entries_ignored),
        cmocka_unit_test(test_safe_entries_kept),
        cmocka_unit_test(test_damaged_files_refused),
        cmocka_unit_test(test_plural_expressions),
        cmocka_unit_test(test_file_too_large_or_missing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
