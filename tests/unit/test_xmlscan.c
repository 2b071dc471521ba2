/*
 * test_xmlscan.c - the raw-byte scanner (base/xmlscan.h): each refusal,
 * with its exact message and line, and each limit at its boundary (a file
 * exactly at a limit passes, one more is refused). The bad-input corpus
 * (tests/data/bad/MANIFEST) checks the same refusals end to end, through
 * the commands.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "xmlscan.h"

#define DEPTH_MSG                                                                          \
    "elements are nested more than 256 deep here; mnr's files nest a few levels only, so " \
    "this is not an mnr file or it is damaged: check that you gave the right file"
#define ELEMENTS_MSG                                                                       \
    "the file has more than 1000000 elements, far more than any mnr file (a workshop "    \
    "consensus of 200 participants has about 70 000); check that this is the right file"
#define ATTRIBUTES_MSG                                                                     \
    "an element has more than 256 attributes; mnr's elements have a few each, so this is " \
    "not an mnr file or it is damaged"
#define NAMESPACES_MSG                                                                     \
    "the file declares more than 512 XML namespaces; mnr's files need a few at most, so "  \
    "this is not an mnr file or it is damaged"
#define UTF8_MSG(byte)                                                                     \
    "the file is not valid UTF-8 (byte " byte " here); save it as UTF-8, or name its "     \
    "encoding in the first line, e.g. <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
#define DOCTYPE_MSG                                                                        \
    "the file has a <!DOCTYPE> declaration, which mnr does not accept (it could pull in "  \
    "other files or expand entities); remove it"

/* A growing buffer to write test files into. */
typedef struct text {
    char *data;
    size_t len, size;
} text;

static void put(text *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    assert_true(n >= 0);
    if (t->len + (size_t)n + 1 > t->size) {
        t->size = (t->len + (size_t)n + 1) * 2;
        t->data = realloc(t->data, t->size);
        assert_non_null(t->data);
    }
    va_start(ap, fmt);
    vsnprintf(t->data + t->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    t->len += (size_t)n;
}

static mnr_status scan_len(const char *data, size_t len, mnr_error *err, int *no_ns)
{
    int ignored;
    mnr_error_init(err);
    return mnr_xml_scan(data, len, "t.xml", no_ns ? no_ns : &ignored, err);
}

static void assert_passes_len(const char *data, size_t len)
{
    mnr_error err;
    mnr_status st = scan_len(data, len, &err, NULL);
    if (st != MNR_OK)
        fail_msg("refused at line %ld: %s", err.line, err.message);
}

static void assert_passes(const char *data)
{
    assert_passes_len(data, strlen(data));
}

static void assert_refused_len(const char *data, size_t len, mnr_status status, long line,
                               const char *message)
{
    mnr_error err;
    assert_int_equal(scan_len(data, len, &err, NULL), status);
    assert_int_equal(err.status, status);
    assert_string_equal(err.file, "t.xml");
    assert_int_equal(err.line, line);
    assert_string_equal(err.message, message);
}

static void assert_refused(const char *data, mnr_status status, long line, const char *message)
{
    assert_refused_len(data, strlen(data), status, line, message);
}

static void test_empty(void **state)
{
    (void)state;
    assert_refused_len("", 0, MNR_EIO, 0, "the file is empty; expected an XML document");
}

/* A file of `len` bytes: `root` then white space. */
static char *sized(const char *root, size_t len)
{
    char *d = malloc(len);
    assert_non_null(d);
    memset(d, ' ', len);
    memcpy(d, root, strlen(root));
    return d;
}

static void test_size_limit(void **state)
{
    (void)state;
    char *d = sized("<answers/>", MNR_XML_MAX_BYTES + 1);
    assert_passes_len(d, MNR_XML_MAX_BYTES);
    assert_refused_len(d, MNR_XML_MAX_BYTES + 1, MNR_EIO, 0,
                       "the file is too large (32 MB); mnr reads XML files up to 32 MB "
                       "(results files up to 48 MB) and its own files are far smaller: "
                       "check that this is the right file");
    free(d);
}

/* A results file (root <results>, no prefix) may be larger. */
static void test_results_size_limit(void **state)
{
    (void)state;
    char *d = sized("<?xml version=\"1.0\"?>\n<!-- c -->\n<results format=\"1\"/>",
                    MNR_XML_MAX_RESULTS_BYTES + 1);
    assert_passes_len(d, MNR_XML_MAX_BYTES + 1);
    assert_passes_len(d, MNR_XML_MAX_RESULTS_BYTES);
    assert_refused_len(d, MNR_XML_MAX_RESULTS_BYTES + 1, MNR_EIO, 0,
                       "the file is too large (48 MB); mnr reads XML files up to 32 MB "
                       "(results files up to 48 MB) and its own files are far smaller: "
                       "check that this is the right file");
    free(d);
    d = sized("<results-of-mine/>", MNR_XML_MAX_BYTES + 1);
    assert_refused_len(d, MNR_XML_MAX_BYTES + 1, MNR_EIO, 0,
                       "the file is too large (32 MB); mnr reads XML files up to 32 MB "
                       "(results files up to 48 MB) and its own files are far smaller: "
                       "check that this is the right file");
    free(d);
}

static void test_utf16(void **state)
{
    (void)state;
    const char *msg = "the file is in UTF-16 (two bytes per character); mnr reads UTF-8: save "
                      "it again as UTF-8";
    assert_refused_len("\xFF\xFE<\0a\0/\0>\0", 10, MNR_EPARSE, 0, msg);
    assert_refused_len("\xFE\xFF\0<\0a\0/\0>", 10, MNR_EPARSE, 0, msg);
    assert_refused_len("<\0a\0/\0>\0", 8, MNR_EPARSE, 0, msg);
    assert_refused_len("\0<\0a\0/\0>", 8, MNR_EPARSE, 0, msg);
    assert_refused_len("\0\0\0<", 4, MNR_EPARSE, 0, msg); /* UTF-32 */
}

static void test_only_space(void **state)
{
    (void)state;
    const char *msg = "the file holds only white space; expected an XML document";
    assert_refused(" \n\t\r\n", MNR_EIO, 0, msg);
    assert_refused("\xEF\xBB\xBF\n\n", MNR_EIO, 0, msg);
}

static void test_not_xml(void **state)
{
    (void)state;
    const char *msg = "not an XML file (it does not start with '<'); give an mnr XML file, not "
                      "a spreadsheet, PDF or text file";
    assert_refused("country,date\nExamplia,2026-11-01\n", MNR_EPARSE, 1, msg);
    assert_refused("\n\n  %PDF-1.7\n", MNR_EPARSE, 1, msg);
    assert_refused("\xEF\xBB\xBF x<a/>", MNR_EPARSE, 1, msg);
    assert_passes("\xEF\xBB\xBF \n<a/>");
}

static void test_zero_byte(void **state)
{
    (void)state;
    assert_refused_len("<a>\n\n x\0 </a>", 13, MNR_EPARSE, 3,
                       "the file holds binary data (a zero byte), so it is not an XML text "
                       "file; give the XML file itself, or save it again as text");
}

static void test_invalid_utf8(void **state)
{
    (void)state;
    assert_refused("<a>\n\xE9t\xE9</a>", MNR_EPARSE, 2, UTF8_MSG("0xE9"));
    assert_refused("<a>\xC0\x80</a>", MNR_EPARSE, 1, UTF8_MSG("0xC0"));         /* overlong */
    assert_refused("<a>\xE0\x80\x80</a>", MNR_EPARSE, 1, UTF8_MSG("0xE0"));     /* overlong */
    assert_refused("<a>\xF0\x80\x80\x80</a>", MNR_EPARSE, 1, UTF8_MSG("0xF0")); /* overlong */
    assert_refused("<a>\n\n\xED\xA0\x80</a>", MNR_EPARSE, 3, UTF8_MSG("0xED")); /* surrogate */
    assert_refused("<a>\xF4\x90\x80\x80</a>", MNR_EPARSE, 1, UTF8_MSG("0xF4")); /* > U+10FFFF */
    assert_refused("<a>\xF5\x80\x80\x80</a>", MNR_EPARSE, 1, UTF8_MSG("0xF5"));
    assert_refused("<a>\x80</a>", MNR_EPARSE, 1, UTF8_MSG("0x80"));
    assert_refused("<a/>\xE2\x82", MNR_EPARSE, 1, UTF8_MSG("0xE2")); /* cut short at the end */
    /* the boundaries either side */
    assert_passes("<a>\xC2\x80 \xDF\xBF \xE0\xA0\x80 \xED\x9F\xBF \xEE\x80\x80 \xEF\xBF\xBF"
                  " \xF0\x90\x80\x80 \xF4\x8F\xBF\xBF</a>");
    /* another encoding named: the parser reads it */
    assert_passes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<a>\xE9t\xE9</a>");
    assert_refused("<?xml version=\"1.0\" encoding='utf-8'?>\n<a>\xE9</a>", MNR_EPARSE, 2,
                   UTF8_MSG("0xE9"));
}

static void test_doctype(void **state)
{
    (void)state;
    assert_refused("<!DOCTYPE a [<!ENTITY x \"x\">]><a>&x;</a>", MNR_EPARSE, 1, DOCTYPE_MSG);
    assert_refused("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- a\ncomment -->\n<?pi x?>\n"
                   "<!DOCTYPE a SYSTEM \"file:///etc/passwd\">\n<a/>",
                   MNR_EPARSE, 5, DOCTYPE_MSG);
    /* XML spells it in capitals: a lower-case one is malformed markup,
     * which the parser refuses */
    assert_passes("<!doctype a>\n<a/>");
    assert_int_equal(mnr_doctype_offset("<!doctype html>", 15, MNR_DOCTYPE_XML), -1);
    assert_int_equal(mnr_doctype_offset(" <!doctype html>", 16, MNR_DOCTYPE_HTML), 1);
    assert_int_equal(mnr_xml_doctype_line("<a/>", 4), 0);
}

/* `depth` elements nested, one tag a line, the innermost `<a/>`. */
static text nested(int depth)
{
    text t = {0};
    for (int i = 1; i < depth; i++)
        put(&t, "<a>\n");
    put(&t, "<a/>\n");
    for (int i = 1; i < depth; i++)
        put(&t, "</a>");
    return t;
}

static void test_depth(void **state)
{
    (void)state;
    text t = nested(MNR_XML_MAX_DEPTH);
    assert_passes_len(t.data, t.len);
    free(t.data);
    t = nested(MNR_XML_MAX_DEPTH + 1);
    assert_refused_len(t.data, t.len, MNR_EPARSE, MNR_XML_MAX_DEPTH + 1, DEPTH_MSG);
    free(t.data);
    /* closed elements give their depth back */
    text s = {0};
    put(&s, "<r>");
    for (int i = 0; i < 2 * MNR_XML_MAX_DEPTH; i++)
        put(&s, "<a x='1'></a><b/>");
    put(&s, "</r>");
    assert_passes_len(s.data, s.len);
    free(s.data);
}

/* A root and `n` - 1 empty children, one a line: `n` elements. */
static text elements(long n)
{
    text t = {0};
    put(&t, "<r>\n");
    for (long i = 1; i < n; i++)
        put(&t, "<b/>\n");
    put(&t, "</r>\n");
    return t;
}

static void test_elements(void **state)
{
    (void)state;
    text t = elements(MNR_XML_MAX_ELEMENTS);
    assert_passes_len(t.data, t.len);
    free(t.data);
    t = elements(MNR_XML_MAX_ELEMENTS + 1);
    assert_refused_len(t.data, t.len, MNR_EPARSE, MNR_XML_MAX_ELEMENTS + 1, ELEMENTS_MSG);
    free(t.data);
}

/* An element on line 2 with `n` attributes, one a line. */
static text attributes(int n)
{
    text t = {0};
    put(&t, "<r>\n<e");
    for (int i = 1; i <= n; i++)
        put(&t, "\n a%d = \"v\"", i);
    put(&t, "/>\n</r>");
    return t;
}

static void test_attributes(void **state)
{
    (void)state;
    text t = attributes(MNR_XML_MAX_ATTRIBUTES);
    assert_passes_len(t.data, t.len);
    free(t.data);
    t = attributes(MNR_XML_MAX_ATTRIBUTES + 1);
    /* at the attribute that goes past: line 2 holds the tag */
    assert_refused_len(t.data, t.len, MNR_EPARSE, 2 + MNR_XML_MAX_ATTRIBUTES + 1,
                       ATTRIBUTES_MSG);
    free(t.data);
    /* the limit is per element */
    text u = {0};
    put(&u, "<r>");
    for (int e = 0; e < 3; e++) {
        put(&u, "<e");
        for (int i = 0; i < MNR_XML_MAX_ATTRIBUTES; i++)
            put(&u, " a%d='v'", i);
        put(&u, "></e>");
    }
    put(&u, "</r>");
    assert_passes_len(u.data, u.len);
    free(u.data);
}

/* `n` namespace declarations, one a line from line 2, over elements of
 * 100 each (the limit is per file); xmlns and xmlns:p both count, an
 * attribute xmlnsx does not. */
static text namespaces(int n)
{
    text t = {0};
    put(&t, "<r xmlnsx='not one'>");
    for (int i = 0; i < n; i++) {
        if (i % 100 == 0)
            put(&t, "%s<e\n xmlns='urn:x:%d'", i ? "/>" : "", i);
        else
            put(&t, "\n xmlns:p%d='urn:x:%d'", i, i);
    }
    put(&t, "/></r>");
    return t;
}

static void test_namespaces(void **state)
{
    (void)state;
    text t = namespaces(MNR_XML_MAX_NAMESPACES);
    assert_passes_len(t.data, t.len);
    free(t.data);
    t = namespaces(MNR_XML_MAX_NAMESPACES + 1);
    assert_refused_len(t.data, t.len, MNR_EPARSE, 1 + MNR_XML_MAX_NAMESPACES + 1,
                       NAMESPACES_MSG);
    free(t.data);
}

/* Markup the scan reads through without a namespace declaration: no
 * element can be an XInclude one, and the loader skips looking. */
static void test_no_namespaces(void **state)
{
    (void)state;
    mnr_error err;
    int no_ns = -1;
    const char *plain = "<?xml version='1.0'?><!-- <x xmlns='u'> --><a b='<c xmlns=\"u\">'>"
                        "<![CDATA[<d xmlns='u'>]]><e/></a>";
    assert_int_equal(scan_len(plain, strlen(plain), &err, &no_ns), MNR_OK);
    assert_int_equal(no_ns, 1);
    const char *declared = "<a><xi:include xmlns:xi='http://www.w3.org/2001/XInclude'/></a>";
    assert_int_equal(scan_len(declared, strlen(declared), &err, &no_ns), MNR_OK);
    assert_int_equal(no_ns, 0);
    /* not read through: the parser reports where; the loader still looks */
    const char *open = "<a><!-- not closed <b/>";
    assert_int_equal(scan_len(open, strlen(open), &err, &no_ns), MNR_OK);
    assert_int_equal(no_ns, 0);
}

/* The refusals come in order: the first that applies is said. */
static void test_order(void **state)
{
    (void)state;
    assert_refused_len("x\0", 2, MNR_EPARSE, 1,
                       "not an XML file (it does not start with '<'); give an mnr XML file, not "
                       "a spreadsheet, PDF or text file");
    assert_refused_len("<a>\n\xE9\n\0</a>", 11, MNR_EPARSE, 3,
                       "the file holds binary data (a zero byte), so it is not an XML text "
                       "file; give the XML file itself, or save it again as text");
    assert_refused("<!DOCTYPE a>\n<a>\xE9</a>", MNR_EPARSE, 2, UTF8_MSG("0xE9"));
}

static void test_utf8_valid(void **state)
{
    (void)state;
    assert_true(mnr_utf8_valid("Côte d'Ivoire \xF4\x8F\xBF\xBF"));
    assert_false(mnr_utf8_valid("C\xF4te"));
    assert_false(mnr_utf8_valid("\xED\xB0\x80"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_size_limit),
        cmocka_unit_test(test_results_size_limit),
        cmocka_unit_test(test_utf16),
        cmocka_unit_test(test_only_space),
        cmocka_unit_test(test_not_xml),
        cmocka_unit_test(test_zero_byte),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_doctype),
        cmocka_unit_test(test_depth),
        cmocka_unit_test(test_elements),
        cmocka_unit_test(test_attributes),
        cmocka_unit_test(test_namespaces),
        cmocka_unit_test(test_no_namespaces),
        cmocka_unit_test(test_order),
        cmocka_unit_test(test_utf8_valid),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
