/*
 * test_textsafe.c - what reaches a terminal: every control character from
 * a file is shown escaped, other text is left as it is, and text cut to
 * fit a buffer is cut between characters (textsafe.h, error.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <libxml/parser.h>

#include "error.h"
#include "textsafe.h"
#include "xmlsafe.h"

static char *safe(const char *s, mnr_text_mode mode)
{
    char *t = mnr_text_safe_dup(s, strlen(s), mode, NULL);
    assert_non_null(t);
    return t;
}

static void assert_safe(const char *in, mnr_text_mode mode, const char *want)
{
    char *got = safe(in, mode);
    assert_string_equal(got, want);
    free(got);
}

/* The UTF-8 encoding of a code point below U+10000. */
static void utf8(unsigned cp, char *buf)
{
    if (cp < 0x80)
        snprintf(buf, 8, "%c", (int)cp);
    else if (cp < 0x800)
        snprintf(buf, 8, "%c%c", (int)(0xC0 | cp >> 6), (int)(0x80 | (cp & 0x3F)));
    else
        snprintf(buf, 8, "%c%c%c", (int)(0xE0 | cp >> 12), (int)(0x80 | ((cp >> 6) & 0x3F)),
                 (int)(0x80 | (cp & 0x3F)));
}

static void test_every_c0_escaped(void **state)
{
    (void)state;
    for (unsigned c = 1; c < 0x20; c++) {
        char in[8], want[32];
        snprintf(in, sizeof in, "a%cb", (int)c);
        snprintf(want, sizeof want, "a<U+%04X>b", c);
        assert_safe(in, MNR_TEXT_LINE, want);
        /* a layout keeps newline and tab only */
        if (c == '\n' || c == '\t')
            assert_safe(in, MNR_TEXT_LAYOUT, in);
        else
            assert_safe(in, MNR_TEXT_LAYOUT, want);
    }
    /* NUL, where the length is given */
    char *t = mnr_text_safe_dup("a\0b", 3, MNR_TEXT_LINE, NULL);
    assert_string_equal(t, "a<U+0000>b");
    free(t);
}

static void test_del_c1_bidi_escaped(void **state)
{
    (void)state;
    static const unsigned bidi[] = {0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                                    0x2066, 0x2067, 0x2068, 0x2069, 0x061C, 0x2028, 0x2029};
    unsigned cps[64];
    size_t n = 0;
    cps[n++] = 0x7F;
    for (unsigned c = 0x80; c <= 0x9F; c++)
        cps[n++] = c;
    for (size_t i = 0; i < sizeof bidi / sizeof bidi[0]; i++)
        cps[n++] = bidi[i];
    for (size_t i = 0; i < n; i++) {
        char ch[8], in[16], want[32];
        utf8(cps[i], ch);
        snprintf(in, sizeof in, "x%sy", ch);
        snprintf(want, sizeof want, "x<U+%04X>y", cps[i]);
        assert_safe(in, MNR_TEXT_LINE, want);
        assert_safe(in, MNR_TEXT_LAYOUT, want);
    }
}

/* A CSV table keeps its CRLF line ends (RFC 4180) and the newlines and
 * tabs of quoted cells; every other control in a cell is shown, as in the
 * text report: a CR alone, C1, bidi. Shown once, it stays as it is. */
static void test_csv_keeps_crlf_only(void **state)
{
    (void)state;
    const char *in = "name,note\r\n\"A\xC2\x9B\xE2\x80\xAE" "B\",\"x\ry\n\tz\"\r\n";
    const char *want = "name,note\r\n\"A<U+009B><U+202E>B\",\"x<U+000D>y\n\tz\"\r\n";
    assert_safe(in, MNR_TEXT_CSV, want);
    assert_safe(want, MNR_TEXT_CSV, want);
    /* a CR at the very end has no newline after it */
    assert_safe("a\r", MNR_TEXT_CSV, "a<U+000D>");
    assert_safe("a\r\n", MNR_TEXT_LAYOUT, "a<U+000D>\n");
}

static void test_other_text_unchanged(void **state)
{
    (void)state;
    const char *texts[] = {
        "Côte d'Ivoire", "日本語のテキスト", "Ελλάδα", "العربية", "עברית",
        "emoji \xF0\x9F\x98\x80 and U+00A0\xC2\xA0nbsp", "<U+001B> typed by hand", "",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        assert_safe(texts[i], MNR_TEXT_LINE, texts[i]);
}

static void test_invalid_utf8_escaped(void **state)
{
    (void)state;
    assert_safe("a\x80z", MNR_TEXT_LINE, "a<0x80>z");              /* lone continuation */
    assert_safe("a\xC0\x80z", MNR_TEXT_LINE, "a<0xC0><0x80>z");    /* overlong NUL */
    assert_safe("a\xED\xA0\x80z", MNR_TEXT_LINE, "a<0xED><0xA0><0x80>z"); /* surrogate */
    assert_safe("a\xE2\x82", MNR_TEXT_LINE, "a<0xE2><0x82>");      /* cut short */
    assert_safe("a\xF5\xFFz", MNR_TEXT_LINE, "a<0xF5><0xFF>z");
    /* an overlong ESC is not let through as ESC either */
    assert_safe("\xC0\x9B[2J", MNR_TEXT_LINE, "<0xC0><0x9B>[2J");
}

static void test_safe_twice_is_safe_once(void **state)
{
    (void)state;
    const char *in = "a\x1b[31m\xC2\x9B\xE2\x80\xAE\n\t\xFFz";
    for (int m = 0; m < 2; m++) {
        char *once = safe(in, (mnr_text_mode)m);
        char *twice = safe(once, (mnr_text_mode)m);
        assert_string_equal(once, twice);
        free(once);
        free(twice);
    }
}

static void test_cut_between_characters(void **state)
{
    (void)state;
    char buf[16];
    /* é is 2 bytes: "aé" needs 4 with the NUL */
    assert_int_equal(mnr_text_safe(buf, 3, "a\xC3\xA9", MNR_TEXT_LINE), 1);
    assert_string_equal(buf, "a");
    assert_int_equal(mnr_text_safe(buf, 4, "a\xC3\xA9", MNR_TEXT_LINE), 3);
    assert_string_equal(buf, "a\xC3\xA9");
    /* € is 3 bytes, 😀 is 4 */
    mnr_text_safe(buf, 4, "a\xE2\x82\xAC", MNR_TEXT_LINE);
    assert_string_equal(buf, "a");
    mnr_text_safe(buf, 5, "a\xF0\x9F\x98\x80", MNR_TEXT_LINE);
    assert_string_equal(buf, "a");
    /* an escape is never cut: "<U+001B>" is 8 bytes */
    mnr_text_safe(buf, 9, "a\x1b", MNR_TEXT_LINE);
    assert_string_equal(buf, "a");
    mnr_text_safe(buf, 10, "a\x1b", MNR_TEXT_LINE);
    assert_string_equal(buf, "a<U+001B>");
    assert_int_equal(mnr_text_safe(buf, 1, "abc", MNR_TEXT_LINE), 0);
    assert_string_equal(buf, "");
}

static void test_utf8_prefix(void **state)
{
    (void)state;
    const char *s = "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80!"; /* é € 😀 ! : 2+3+4+1 */
    size_t want[] = {0, 0, 2, 2, 2, 5, 5, 5, 5, 9, 10, 10};
    for (size_t max = 0; max < sizeof want / sizeof want[0]; max++)
        assert_int_equal(mnr_utf8_prefix(s, max), want[max]);
    assert_int_equal(mnr_utf8_chars(s, 0), 0);
    assert_int_equal(mnr_utf8_chars(s, 2), 5);
    assert_int_equal(mnr_utf8_chars(s, 9), 10);
}

static void test_format_one_line(void **state)
{
    (void)state;
    char buf[64];
    mnr_text_format(buf, sizeof buf, MNR_TEXT_LINE, "%s: ok (%s)", "f.xml", "1.0\nf.xml: ok");
    assert_string_equal(buf, "f.xml: ok (1.0<U+000A>f.xml: ok)");
    /* 20 × "é" (40 bytes) into 32: 15 whole characters */
    char in[64] = "";
    for (int i = 0; i < 20; i++)
        strcat(in, "\xC3\xA9");
    mnr_text_format(buf, 32, MNR_TEXT_LINE, "%s", in);
    assert_int_equal(strlen(buf), 30);
}

/* The error record: one line, cut between characters. */
static void test_error_record_safe(void **state)
{
    (void)state;
    mnr_error err;
    mnr_error_init(&err);
    mnr_error_set(&err, MNR_EINVALID, "a\nb.xml", 3, "model %s, but \x1b[2J%s\n", "1.0\nX: ok",
                  "\xE2\x80\xAE");
    assert_string_equal(err.file, "a<U+000A>b.xml");
    assert_string_equal(err.message, "model 1.0<U+000A>X: ok, but <U+001B>[2J<U+202E>");
    char line[4096];
    mnr_error_format(&err, line, sizeof line);
    assert_null(strchr(line, '\n'));

    /* a message longer than the record: cut before the é it would split */
    char *long_text = malloc(MNR_ERROR_MSG_MAX + 8);
    memset(long_text, 'a', MNR_ERROR_MSG_MAX - 2);
    strcpy(long_text + MNR_ERROR_MSG_MAX - 2, "\xC3\xA9\xC3\xA9");
    mnr_error_init(&err);
    mnr_error_set(&err, MNR_EINVALID, NULL, 0, "%s", long_text);
    assert_int_equal(strlen(err.message), MNR_ERROR_MSG_MAX - 2);
    free(long_text);

    /* what is appended is made safe and cut the same way */
    mnr_error_init(&err);
    mnr_error_set(&err, MNR_EINVALID, NULL, 0, "first");
    mnr_error_append(&err, " then %s", "\xC2\x9B""1m");
    assert_string_equal(err.message, "first then <U+009B>1m");
}

static void test_xml_refs(void **state)
{
    (void)state;
    const char *xml = "<?xml version=\"1.0\"?>\n"
                      "<r a=\"x\xC2\x9By\" b='\x7f'><!-- c\xE2\x80\xAE -->t\xE2\x80\xAEu"
                      "<![CDATA[p\xC2\x85q]]>\xC3\xA9</r>\n";
    size_t n = 0;
    char *out = mnr_text_xml_refs(xml, strlen(xml), &n);
    assert_non_null(out);
    assert_int_equal(strlen(out), n);
    assert_string_equal(out, "<?xml version=\"1.0\"?>\n"
                             "<r a=\"x&#x9B;y\" b='&#x7F;'><!-- c&#x202E; -->t&#x202E;u"
                             "<![CDATA[p]]>&#x85;<![CDATA[q]]>\xC3\xA9</r>\n");
    /* read back, the data is the same */
    xmlDocPtr a = xmlReadMemory(xml, (int)strlen(xml), NULL, NULL, 0);
    xmlDocPtr b = xmlReadMemory(out, (int)n, NULL, NULL, 0);
    assert_non_null(b);
    xmlChar *ca = xmlNodeGetContent(xmlDocGetRootElement(a));
    xmlChar *cb = xmlNodeGetContent(xmlDocGetRootElement(b));
    assert_string_equal((const char *)ca, (const char *)cb);
    xmlChar *pa = xmlGetProp(xmlDocGetRootElement(a), (const xmlChar *)"a");
    xmlChar *pb = xmlGetProp(xmlDocGetRootElement(b), (const xmlChar *)"a");
    assert_string_equal((const char *)pa, (const char *)pb);
    xmlFree(ca);
    xmlFree(cb);
    xmlFree(pa);
    xmlFree(pb);
    xmlFreeDoc(a);
    xmlFreeDoc(b);
    free(out);
}

/* Evidence keeps its lines: each folded on its own, blank lines between
 * paragraphs kept as one, none at either end. */
static void test_text_lines(void **state)
{
    (void)state;
    static const struct {
        const char *xml, *want;
    } cases[] = {
        {"<e>one line</e>", "one line"},
        {"<e>\n   1. a  b\n\t2. c\n  </e>", "1. a b\n2. c"},
        {"<e>p1\n\n\n   \n p2 </e>", "p1\n\np2"},
        {"<e>\n\n</e>", ""},
        {"<e>x&#13;y\nz</e>", "x y\nz"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        xmlDocPtr doc = xmlReadMemory(cases[i].xml, (int)strlen(cases[i].xml), NULL, NULL, 0);
        assert_non_null(doc);
        char *got = mnr_xml_text_lines(xmlDocGetRootElement(doc));
        assert_string_equal(got, cases[i].want);
        free(got);
        xmlFreeDoc(doc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_c0_escaped),
        cmocka_unit_test(test_del_c1_bidi_escaped),
        cmocka_unit_test(test_csv_keeps_crlf_only),
        cmocka_unit_test(test_other_text_unchanged),
        cmocka_unit_test(test_invalid_utf8_escaped),
        cmocka_unit_test(test_safe_twice_is_safe_once),
        cmocka_unit_test(test_cut_between_characters),
        cmocka_unit_test(test_utf8_prefix),
        cmocka_unit_test(test_format_one_line),
        cmocka_unit_test(test_error_record_safe),
        cmocka_unit_test(test_xml_refs),
        cmocka_unit_test(test_text_lines),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    xmlCleanupParser();
    return rc;
}
