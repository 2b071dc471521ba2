/*
 * test_compare.c - mnr compare (core/compare.h): the same-country rule,
 * the refusals, and every kind of change in the comparison document, on
 * small results documents written here (the full pipeline is tested end
 * to end in tests/e2e/compare.sh).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <libxml/xpath.h>

#include "compare.h"
#include "xmlsafe.h"

/* ---- the same country ---- */

static void test_same_country(void **state)
{
    (void)state;
    assert_true(mnr_compare_same_country("Republic of Examplia", "Republic of Examplia"));
    assert_true(mnr_compare_same_country("Republic of Examplia", "  republic\tof\n  EXAMPLIA "));
    assert_true(mnr_compare_same_country("", "   "));
    assert_false(mnr_compare_same_country("Examplia", "Northland"));
    assert_false(mnr_compare_same_country("Examplia", "Examplia North"));
    assert_false(mnr_compare_same_country("Exam plia", "Examplia")); /* a space is not nothing */
    assert_false(mnr_compare_same_country("Examplia", "Examplia."));
    /* only A-Z fold: other letters must match as written */
    assert_true(mnr_compare_same_country("C\xc3\xb4te", "C\xc3\xb4TE"));
    assert_false(mnr_compare_same_country("\xc3\x89tat", "\xc3\xa9tat"));
    assert_false(mnr_compare_same_country(NULL, "Examplia"));
}

/* ---- results documents written compactly ---- */

/* <criterion question level status>. */
static void crit(char *buf, size_t size, const char *q, int level, const char *status)
{
    size_t n = strlen(buf);
    snprintf(buf + n, size - n, "<criterion question='%s' level='%d' status='%s'><text>%s?</text></criterion>",
             q, level, status, q);
}

/* A capability: level -1 = not assessed (not answered yet). */
static void cap(char *buf, size_t size, const char *id, int level, const char *score,
                const char *gap, const char *criteria)
{
    size_t n = strlen(buf);
    if (level < 0)
        snprintf(buf + n, size - n,
                 "<capability id='%s' number='%s' name='Cap %s' assessed='false' "
                 "not-assessed='not-answered' target='3'>%s</capability>",
                 id, id + 1, id, criteria);
    else
        snprintf(buf + n, size - n,
                 "<capability id='%s' number='%s' name='Cap %s' assessed='true' level='%d' "
                 "level-name='L%d' score='%s' gap='%s' in-place='%s' target='3'>%s</capability>",
                 id, id + 1, id, level, level, score, gap, level >= 1 ? "true" : "false", criteria);
}

static xmlDocPtr results(const char *country, const char *date, const char *model_version,
                         const char *qid, const char *index, const char *to_target,
                         const char *level, const char *d1_score, const char *caps)
{
    char *xml = malloc(16384);
    snprintf(xml, 16384,
             "<results format='1'>\n"
             "<assessment>\n<country fictional='true'>%s</country>\n<date>%s</date>\n</assessment>\n"
             "<model id='mnr-maturity' version='%s' title='M'/>\n"
             "<questionnaire id='%s' version='1.0' kind='criteria' title='Q'/>\n"
             "<scale threshold='0.75'><level value='0' name='L0'/></scale>\n"
             "<summary assessed='true' overall-index='%s' percent-to-target='%s'%s%s%s "
             "capabilities='4' capabilities-assessed='3'/>\n"
             "<domain id='D1' number='1' name='One' assessed='true' score='%s'>%s</domain>\n"
             "</results>\n",
             country, date, model_version, qid, index, to_target, level ? " overall-level='" : "",
             level ? level : "", level ? "'" : "", d1_score, caps);
    xmlDocPtr doc = NULL;
    mnr_error err;
    mnr_error_init(&err);
    if (mnr_xml_load_memory(&doc, xml, strlen(xml), "test.xml", &err) != MNR_OK)
        fail_msg("%s", err.message);
    free(xml);
    return doc;
}

/* The earlier assessment: C01 level 1 (1.50), C02 level 3 (3.00), C03
 * level 2 (2.00), C04 not assessed, C05 level 1 (1.25). */
static xmlDocPtr old_doc(const char *country, const char *date)
{
    char c01[1024] = "", c02[1024] = "", c03[1024] = "", c04[1024] = "", caps[8192] = "";
    crit(c01, sizeof c01, "C01.L1.a", 1, "met");
    crit(c01, sizeof c01, "C01.L2.a", 2, "partly");
    crit(c01, sizeof c01, "C01.L3.a", 3, "unanswered");
    crit(c01, sizeof c01, "C01.L4.a", 4, "met"); /* gone in the later version */
    crit(c02, sizeof c02, "C02.L1.a", 1, "met");
    crit(c02, sizeof c02, "C02.L3.a", 3, "met");
    crit(c03, sizeof c03, "C03.L1.a", 1, "met");
    crit(c04, sizeof c04, "C04.L1.a", 1, "unanswered");
    cap(caps, sizeof caps, "C01", 1, "1.50", "1.50", c01);
    cap(caps, sizeof caps, "C02", 3, "3.00", "0.00", c02);
    cap(caps, sizeof caps, "C03", 2, "2.00", "1.00", c03);
    cap(caps, sizeof caps, "C04", -1, "", "", c04);
    cap(caps, sizeof caps, "C05", 1, "1.25", "1.75", "");
    return results(country, date, "1.0", "mnr-full", "2.17", "40.0", NULL, "2.17", caps);
}

/* The later: C01 up to level 2 (2.25), C02 down to level 0 (0.95), C03
 * the same (level 2, 2.00), C04 newly assessed at level 1, C05 the same
 * level 1 with a lower score (1.00). */
static xmlDocPtr new_doc(const char *country, const char *date, const char *model_version,
                         const char *qid)
{
    char c01[1024] = "", c02[1024] = "", c03[1024] = "", c04[1024] = "", caps[8192] = "";
    crit(c01, sizeof c01, "C01.L1.a", 1, "met");
    crit(c01, sizeof c01, "C01.L2.a", 2, "met");   /* newly met (was partly) */
    crit(c01, sizeof c01, "C01.L3.a", 3, "met");   /* not compared: unanswered before */
    crit(c01, sizeof c01, "C01.L5.x", 4, "met");   /* only in the later version */
    crit(c02, sizeof c02, "C02.L1.a", 1, "dont-know"); /* no longer met */
    crit(c02, sizeof c02, "C02.L3.a", 3, "unanswered"); /* not compared */
    crit(c03, sizeof c03, "C03.L1.a", 1, "met");
    crit(c04, sizeof c04, "C04.L1.a", 1, "met");   /* not compared: C04 not assessed before */
    cap(caps, sizeof caps, "C01", 2, "2.25", "0.75", c01);
    cap(caps, sizeof caps, "C02", 0, "0.95", "2.05", c02);
    cap(caps, sizeof caps, "C03", 2, "2.00", "1.00", c03);
    cap(caps, sizeof caps, "C04", 1, "1.00", "2.00", c04);
    cap(caps, sizeof caps, "C05", 1, "1.00", "2.00", "");
    return results(country, date, model_version, qid, "1.55", "55.6", "1", "1.55", caps);
}

static char *xpath_string(xmlDocPtr doc, const char *expr)
{
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST expr, ctx);
    char *s = (char *)xmlXPathCastToString(r);
    xmlXPathFreeObject(r);
    xmlXPathFreeContext(ctx);
    return s;
}

#define assert_xpath(doc, expr, expected)          \
    do {                                           \
        char *s_ = xpath_string(doc, expr);        \
        assert_string_equal(s_, expected);         \
        xmlFree(s_);                               \
    } while (0)

/* Builds the comparison of the two documents (freed here). */
static mnr_status compare(xmlDocPtr *out, xmlDocPtr o, xmlDocPtr n, mnr_error *err)
{
    mnr_compare_input oi = {o, NULL, "old.xml"}, ni = {n, NULL, "new.xml"};
    mnr_error_init(err);
    mnr_status st = mnr_compare_build(out, &oi, &ni, err);
    xmlFreeDoc(o);
    xmlFreeDoc(n);
    return st;
}

#define CAP(id, attr) "string(/comparison/domain/capability[@id='" id "']/@" attr ")"

static void test_changes(void **state)
{
    (void)state;
    xmlDocPtr doc = NULL;
    mnr_error err;
    assert_int_equal(compare(&doc, old_doc("Testland", "2024-01-01"),
                             new_doc(" testland ", "2026-01-01", "1.0", "mnr-full"), &err),
                     MNR_OK);
    assert_xpath(doc, CAP("C01", "change"), "up");
    assert_xpath(doc, CAP("C01", "level-change"), "1");
    assert_xpath(doc, CAP("C01", "score-change"), "0.75");
    assert_xpath(doc, CAP("C01", "in-place-change"), "");
    assert_xpath(doc, CAP("C02", "change"), "down");
    assert_xpath(doc, CAP("C02", "level-change"), "-3");
    assert_xpath(doc, CAP("C02", "score-change"), "-2.05");
    assert_xpath(doc, CAP("C02", "in-place-change"), "no-longer");
    assert_xpath(doc, CAP("C03", "change"), "same");
    assert_xpath(doc, CAP("C03", "score-change"), "0.00");
    /* a regression: the level fell, or the level held and the score fell */
    assert_xpath(doc, CAP("C02", "regression"), "level");
    assert_xpath(doc, CAP("C05", "change"), "same");
    assert_xpath(doc, CAP("C05", "score-change"), "-0.25");
    assert_xpath(doc, CAP("C05", "regression"), "score");
    assert_xpath(doc, CAP("C03", "regression"), "");
    assert_xpath(doc, CAP("C01", "regression"), "");
    assert_xpath(doc, CAP("C04", "regression"), "");
    assert_xpath(doc, CAP("C04", "change"), "newly-assessed");
    assert_xpath(doc, CAP("C04", "score-change"), "");
    /* each side keeps its figures */
    assert_xpath(doc, "string(/comparison/domain/capability[@id='C02']/old/@score)", "3.00");
    assert_xpath(doc, "string(/comparison/domain/capability[@id='C02']/new/@score)", "0.95");
    /* domain and overall: later minus earlier as printed */
    assert_xpath(doc, "string(/comparison/domain/@score-change)", "-0.62");
    assert_xpath(doc, "string(/comparison/summary/@index-change)", "-0.62");
    assert_xpath(doc, "string(/comparison/summary/@to-target-change)", "15.6");
    assert_xpath(doc, "string(/comparison/summary/@level-change)", ""); /* none before */
    assert_xpath(doc, "string(/comparison/summary/@up)", "1");
    assert_xpath(doc, "string(/comparison/summary/@down)", "1");
    assert_xpath(doc, "string(/comparison/summary/@same)", "2");
    assert_xpath(doc, "string(/comparison/summary/@same-score-down)", "1");
    assert_xpath(doc, "string(/comparison/summary/@newly-assessed)", "1");
    assert_xpath(doc, "string(/comparison/summary/@no-longer-in-place)", "1");
    assert_xpath(doc, "string(/comparison/summary/@newly-in-place)", "0");
    /* the later assessment's name as written */
    assert_xpath(doc, "string(/comparison/country)", " testland ");
    xmlFreeDoc(doc);
}

static void test_criteria(void **state)
{
    (void)state;
    xmlDocPtr doc = NULL;
    mnr_error err;
    assert_int_equal(compare(&doc, old_doc("Testland", "2024-01-01"),
                             new_doc("Testland", "2026-01-01", "1.0", "mnr-full"), &err),
                     MNR_OK);
    assert_xpath(doc, "count(//criterion)", "2");
    assert_xpath(doc, "string(//criterion[@change='newly-met']/@question)", "C01.L2.a");
    assert_xpath(doc, "string(//criterion[@change='newly-met']/@old-status)", "partly");
    assert_xpath(doc, "string(//criterion[@change='newly-met']/text)", "C01.L2.a?");
    assert_xpath(doc, "string(//criterion[@change='no-longer-met']/@question)", "C02.L1.a");
    assert_xpath(doc, "string(//criterion[@change='no-longer-met']/@new-status)", "dont-know");
    assert_xpath(doc, CAP("C01", "criteria-newly-met"), "1");
    assert_xpath(doc, CAP("C02", "criteria-no-longer-met"), "1");
    /* answered in both: C01.L1.a, C01.L2.a, C02.L1.a, C03.L1.a */
    assert_xpath(doc, "string(/comparison/summary/@criteria-compared)", "4");
    assert_xpath(doc, "string(/comparison/summary/@questions-only-old)", "1");
    assert_xpath(doc, "string(/comparison/summary/@questions-only-new)", "1");
    xmlFreeDoc(doc);
}

static void test_two_countries(void **state)
{
    (void)state;
    xmlDocPtr doc = NULL;
    mnr_error err;
    assert_int_equal(compare(&doc, old_doc("Testland", "2024-01-01"),
                             new_doc("Otherland", "2026-01-01", "1.0", "mnr-full"), &err),
                     MNR_EINVALID);
    assert_null(doc);
    assert_string_equal(err.file, "new.xml");
    assert_int_equal(err.line, 3);
    assert_string_equal(err.message,
                        "this is an assessment of \"Otherland\", but old.xml is of \"Testland\": mnr "
                        "compare shows one country's progress between two of its own assessments "
                        "and never sets two countries side by side (mnr does not rank countries); "
                        "give two assessments of the same country");
}

static void test_other_model(void **state)
{
    (void)state;
    xmlDocPtr doc = NULL;
    mnr_error err;
    assert_int_equal(compare(&doc, old_doc("Testland", "2024-01-01"),
                             new_doc("Testland", "2026-01-01", "2.0", "mnr-full"), &err),
                     MNR_EINVALID);
    assert_null(doc);
    assert_string_equal(err.file, "new.xml");
    assert_int_equal(err.line, 6);
    assert_non_null(strstr(err.message, "scored with model mnr-maturity 2.0, but old.xml with model "
                                        "mnr-maturity 1.0"));
}

static void test_other_questionnaire(void **state)
{
    (void)state;
    xmlDocPtr doc = NULL;
    mnr_error err;
    assert_int_equal(compare(&doc, old_doc("Testland", "2024-01-01"),
                             new_doc("Testland", "2026-01-01", "1.0", "mnr-rapid"), &err),
                     MNR_EINVALID);
    assert_null(doc);
    assert_int_equal(err.line, 7);
    assert_non_null(strstr(err.message, "answers questionnaire mnr-rapid, but old.xml answers "
                                        "mnr-full"));
}

static void test_dates(void **state)
{
    (void)state;
    xmlDocPtr doc = NULL;
    mnr_error err;
    assert_int_equal(compare(&doc, old_doc("Testland", "2026-01-02"),
                             new_doc("Testland", "2026-01-01", "1.0", "mnr-full"), &err),
                     MNR_EINVALID);
    assert_null(doc);
    assert_string_equal(err.file, "old.xml");
    assert_int_equal(err.line, 4);
    assert_non_null(strstr(err.message, "dated 2026-01-02, is the later one (new.xml is dated "
                                        "2026-01-01); give the earlier assessment first"));
    /* the same day is fine */
    assert_int_equal(compare(&doc, old_doc("Testland", "2026-01-01"),
                             new_doc("Testland", "2026-01-01", "1.0", "mnr-full"), &err),
                     MNR_OK);
    xmlFreeDoc(doc);
    /* every xs:date is ordered, not only those of four-digit years */
    assert_int_equal(compare(&doc, old_doc("Testland", "10000-01-01"),
                             new_doc("Testland", "9999-12-31", "1.0", "mnr-full"), &err),
                     MNR_EINVALID);
    assert_non_null(strstr(err.message, "dated 10000-01-01, is the later one (new.xml is dated "
                                        "9999-12-31)"));
    assert_int_equal(compare(&doc, old_doc("Testland", "2026-01-02+14:00"),
                             new_doc("Testland", "2026-01-01Z", "1.0", "mnr-full"), &err),
                     MNR_EINVALID);
    assert_non_null(strstr(err.message, "dated 2026-01-02+14:00, is the later one"));
}

static int setup(void **state)
{
    (void)state;
    mnr_xml_init();
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_country),
        cmocka_unit_test(test_changes),
        cmocka_unit_test(test_criteria),
        cmocka_unit_test(test_two_countries),
        cmocka_unit_test(test_other_model),
        cmocka_unit_test(test_other_questionnaire),
        cmocka_unit_test(test_dates),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
