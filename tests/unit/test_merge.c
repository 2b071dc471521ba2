/*
 * test_merge.c - the consensus rules of mnr merge (merge.h), one
 * test each, and a decision recorded in the consensus document.
 * Votes are written compactly: "yes no - na" ('-' = left unanswered).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <libxml/xpath.h>

#include "helpers.h"
#include "merge.h"
#include "xmlsafe.h"

static mnr_merge_outcome merge(const char *votes, mnr_qkind kind, int allow_na)
{
    mnr_vote v[32];
    int n = 0;
    char *copy = strdup(votes);
    for (char *save = NULL, *t = strtok_r(copy, " ", &save); t && n < 32; t = strtok_r(NULL, " ", &save), n++) {
        v[n].level = 0;
        if (strcmp(t, "-") == 0)
            v[n].value = MNR_UNANSWERED;
        else
            v[n].value = (mnr_value)mnr_value_parse(t, &v[n].level);
    }
    free(copy);
    mnr_merge_outcome o;
    mnr_merge_question(&o, v, n, kind, allow_na);
    return o;
}

static void test_median_odd(void **state)
{
    (void)state;
    mnr_merge_outcome o = merge("yes no partly yes yes", MNR_CRITERIA, 0);
    assert_int_equal(o.value, MNR_YES); /* no partly yes yes yes */
    assert_int_equal(o.answered, 5);
    o = merge("no partly yes", MNR_CRITERIA, 0);
    assert_int_equal(o.value, MNR_PARTLY);
}

/* Even: the lower middle one - met only when at least half say so. */
static void test_median_even(void **state)
{
    (void)state;
    assert_int_equal(merge("yes yes partly no", MNR_CRITERIA, 0).value, MNR_PARTLY);
    assert_int_equal(merge("yes partly", MNR_CRITERIA, 0).value, MNR_PARTLY);
    assert_int_equal(merge("yes yes yes partly", MNR_CRITERIA, 0).value, MNR_YES);
    assert_int_equal(merge("yes no", MNR_CRITERIA, 0).value, MNR_NO);
}

static void test_unanswered_ignored(void **state)
{
    (void)state;
    mnr_merge_outcome o = merge("- yes - - yes no -", MNR_CRITERIA, 0);
    assert_int_equal(o.value, MNR_YES);
    assert_int_equal(o.answered, 3);
    o = merge("- - -", MNR_CRITERIA, 1);
    assert_int_equal(o.value, MNR_UNANSWERED);
    assert_int_equal(o.answered, 0);
}

/* Don't know only when nobody gave yes, partly or no; it does not pull
 * the median down otherwise. */
static void test_dont_know(void **state)
{
    (void)state;
    assert_int_equal(merge("dont-know dont-know -", MNR_CRITERIA, 0).value, MNR_DONT_KNOW);
    assert_int_equal(merge("dont-know dont-know yes", MNR_CRITERIA, 0).value, MNR_YES);
    assert_int_equal(merge("dont-know na", MNR_CRITERIA, 1).value, MNR_DONT_KNOW);
}

static void test_na_majority(void **state)
{
    (void)state;
    assert_int_equal(merge("na na yes -", MNR_CRITERIA, 1).value, MNR_NA);
    assert_int_equal(merge("na na na no no", MNR_CRITERIA, 1).value, MNR_NA);
}

/* Half is not more than half; na is left out of the median then. */
static void test_na_minority(void **state)
{
    (void)state;
    assert_int_equal(merge("na na yes partly", MNR_CRITERIA, 1).value, MNR_PARTLY);
    assert_int_equal(merge("na yes yes", MNR_CRITERIA, 1).value, MNR_YES);
}

static void test_disputed(void **state)
{
    (void)state;
    assert_true(merge("yes no", MNR_CRITERIA, 0).disputed);
    assert_true(merge("yes yes yes no partly", MNR_CRITERIA, 0).disputed);
    assert_false(merge("yes partly partly", MNR_CRITERIA, 0).disputed);
    assert_false(merge("no partly dont-know", MNR_CRITERIA, 0).disputed);
}

static void test_rapid_levels(void **state)
{
    (void)state;
    mnr_merge_outcome o = merge("1 3 2", MNR_LEVEL_PICK, 0);
    assert_int_equal(o.value, MNR_LEVEL);
    assert_int_equal(o.level, 2);
    assert_true(o.disputed);                   /* 1 and 3 differ by 2 */
    assert_false(merge("2 3 2", MNR_LEVEL_PICK, 0).disputed);
    o = merge("4 1 3 2", MNR_LEVEL_PICK, 0);   /* 1 2 3 4: lower middle 2 */
    assert_int_equal(o.level, 2);
    assert_true(o.disputed);
    o = merge("2 3 - dont-know", MNR_LEVEL_PICK, 0);
    assert_int_equal(o.level, 2);
    assert_false(o.disputed);
    assert_int_equal(o.answered, 3);
    assert_int_equal(merge("dont-know -", MNR_LEVEL_PICK, 0).value, MNR_DONT_KNOW);
}

static mnr_answers *participant(fixture *f, const char *name, const char *role, const char *body)
{
    char xml[2048];
    snprintf(xml, sizeof xml,
             "<answers model=\"test-model\" model-version=\"1.0\" questionnaire=\"%s\" "
             "questionnaire-version=\"1.0\"><country fictional=\"true\">Testland</country>"
             "<date>2026-01-01</date><respondents><respondent role=\"%s\">%s</respondent>"
             "</respondents>%s</answers>", f->full->id, role, name, body);
    xmlDocPtr doc = NULL;
    mnr_answers *a = NULL;
    mnr_error err;
    mnr_error_init(&err);
    mnr_status st = mnr_xml_load_memory(&doc, xml, strlen(xml), name, &err);
    if (st == MNR_OK)
        st = mnr_answers_from_doc(&a, doc, name, &err);
    if (st == MNR_OK)
        st = mnr_answers_check(a, f->model, f->full, &err);
    if (st != MNR_OK)
        fail_msg("%s:%ld: %s", err.file, err.line, err.message);
    xmlFreeDoc(doc);
    return a;
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

/* A decision replaces the value; the rule's value and the note stay. The
 * consensus validates as an answers file and keeps who answered what. */
static void test_decision(void **state)
{
    fixture *f = *state;
    mnr_answers *p[2];
    p[0] = participant(f, "Ann", "police",
                       "<answer question=\"C01.L1.a\" value=\"yes\"><evidence>a law</evidence></answer>"
                       "<answer question=\"C01.L1.b\" value=\"yes\"/>");
    p[1] = participant(f, "Bo", "helpline", "<answer question=\"C01.L1.a\" value=\"no\"/>");
    mnr_decision d;
    mnr_error err;
    mnr_error_init(&err);
    assert_int_equal(mnr_decision_parse(&d, "C01.L1.a=partly agreed after the break", "--decide", 0,
                                        &err), MNR_OK);
    xmlDocPtr doc = NULL;
    mnr_status st = mnr_merge_build(&doc, p, 2, f->full, "Testland workshop", &d, 1, &err);
    if (st != MNR_OK)
        fail_msg("%s:%ld: %s", err.file, err.line, err.message);
    assert_xpath(doc, "string(/answers/answer[@question='C01.L1.a']/@value)", "partly");
    assert_xpath(doc, "string(/answers/answer[@question='C01.L1.a']/consensus/@decided)", "true");
    assert_xpath(doc, "string(/answers/answer[@question='C01.L1.a']/consensus/@rule-value)", "no");
    assert_xpath(doc, "string(/answers/answer[@question='C01.L1.a']/consensus/@disputed)", "true");
    assert_xpath(doc, "string(/answers/answer[@question='C01.L1.a']/consensus/note)",
                 "agreed after the break");
    assert_xpath(doc, "string(/answers/answer[@question='C01.L1.a']/participant-answer[1]/@role)", "police");
    assert_xpath(doc, "string(/answers/answer[@question='C01.L1.a']/participant-answer[1]/evidence)", "a law");
    assert_xpath(doc, "string(/answers/answer[@question='C01.L1.b']/@value)", "yes");
    assert_xpath(doc, "string(/answers/answer[@question='C01.L1.b']/consensus/@answered)", "1");
    assert_xpath(doc, "string(/answers/respondents/@workshop)", "Testland workshop");
    assert_xpath(doc, "count(/answers/respondents/respondent)", "2");
    char *xsd = test_source_path("questionnaires/schema/answers.xsd");
    st = mnr_xml_validate(doc, "consensus.xml", xsd, &err);
    if (st != MNR_OK)
        fail_msg("%s:%ld: %s", err.file, err.line, err.message);
    free(xsd);
    xmlFreeDoc(doc);
    mnr_decision_clear(&d);
    mnr_answers_free(p[0]);
    mnr_answers_free(p[1]);
}

/* A decision must be a value the question allows. */
static void test_decision_checked(void **state)
{
    fixture *f = *state;
    mnr_answers *p[1] = {participant(f, "Ann", "police", "")};
    mnr_decision d;
    mnr_error err;
    mnr_error_init(&err);
    assert_int_equal(mnr_decision_parse(&d, "C01.L1.a=na", "decisions.txt", 4, &err), MNR_OK);
    xmlDocPtr doc = NULL;
    assert_int_equal(mnr_merge_build(&doc, p, 1, f->full, "w", &d, 1, &err), MNR_EINVALID);
    assert_null(doc);
    assert_string_equal(err.file, "decisions.txt");
    assert_int_equal(err.line, 4);
    assert_non_null(strstr(err.message, "question C01.L1.a does not allow \"na\""));
    mnr_decision_clear(&d);
    mnr_error_init(&err);
    assert_int_equal(mnr_decision_parse(&d, "C01.L1.a", "--decide", 0, &err), MNR_EINVALID);
    assert_non_null(strstr(err.message, "QUESTION=VALUE"));
    mnr_answers_free(p[0]);
}

/* Three participants who all answer C02.L3.b, asked only when C02.L1.a is
 * yes or partly, and differ on C02.L1.a as `gate` says. */
static void gate_participants(fixture *f, mnr_answers **p, const char *const gate[3])
{
    static const char *const names[3] = {"Ann", "Bo", "Cy"};
    for (int i = 0; i < 3; i++) {
        char body[512];
        snprintf(body, sizeof body,
                 "<answer question=\"C02.L1.a\" value=\"%s\"/>"
                 "<answer question=\"C02.L3.b\" value=\"yes\"><evidence>e%d</evidence></answer>",
                 gate[i], i + 1);
        p[i] = participant(f, names[i], "police", body);
    }
}

/* The consensus's own answers switch a question off as scoring would: the
 * question keeps the participants' answers but gets no value, so scoring
 * the consensus gives no "answered, but skipped" warning. */
static void test_switched_off(void **state)
{
    fixture *f = *state;
    mnr_answers *p[3];
    gate_participants(f, p, (const char *const[3]){"no", "no", "yes"});
    mnr_error err;
    mnr_error_init(&err);
    xmlDocPtr doc = NULL;
    mnr_status st = mnr_merge_build(&doc, p, 3, f->full, "w", NULL, 0, &err);
    if (st != MNR_OK)
        fail_msg("%s:%ld: %s", err.file, err.line, err.message);
    assert_xpath(doc, "string(/answers/answer[@question='C02.L1.a']/@value)", "no");
    assert_xpath(doc, "count(/answers/answer[@question='C02.L3.b']/@value)", "0");
    assert_xpath(doc, "count(/answers/answer[@question='C02.L3.b']/evidence)", "0");
    assert_xpath(doc, "string(/answers/answer[@question='C02.L3.b']/consensus/@switched-off-by)",
                 "C02.L1.a");
    assert_xpath(doc, "count(/answers/answer[@question='C02.L3.b']/participant-answer[@value='yes'])", "3");
    assert_xpath(doc, "string(/answers/answer[@question='C02.L3.b']/participant-answer[2]/evidence)", "e2");
    char *xsd = test_source_path("questionnaires/schema/answers.xsd");
    st = mnr_xml_validate(doc, "consensus.xml", xsd, &err);
    free(xsd);
    mnr_answers *a = NULL;
    mnr_scores *s = NULL;
    if (st == MNR_OK)
        st = mnr_answers_from_doc(&a, doc, "consensus.xml", &err);
    if (st == MNR_OK)
        st = mnr_answers_check(a, f->model, f->full, &err);
    if (st == MNR_OK)
        st = mnr_score_compute(&s, f->model, f->full, a, f->baseline, 0, &err);
    if (st != MNR_OK)
        fail_msg("%s:%ld: %s", err.file, err.line, err.message);
    assert_int_equal(s->n_warnings, 0);
    assert_true(s->questions[mnr_questionnaire_find(f->full, "C02.L3.b")].skipped);
    mnr_scores_free(s);
    mnr_answers_free(a);
    xmlFreeDoc(doc);
    for (int i = 0; i < 3; i++)
        mnr_answers_free(p[i]);
}

/* A decision on the gate switches the question back on; a decision on a
 * question the consensus switches off is refused, naming the gate. */
static void test_switched_off_decisions(void **state)
{
    fixture *f = *state;
    mnr_answers *p[3];
    gate_participants(f, p, (const char *const[3]){"no", "no", "yes"});
    mnr_error err;
    mnr_error_init(&err);
    mnr_decision d;
    assert_int_equal(mnr_decision_parse(&d, "C02.L1.a=partly", "--decide", 0, &err), MNR_OK);
    xmlDocPtr doc = NULL;
    assert_int_equal(mnr_merge_build(&doc, p, 3, f->full, "w", &d, 1, &err), MNR_OK);
    assert_xpath(doc, "string(/answers/answer[@question='C02.L3.b']/@value)", "yes");
    assert_xpath(doc, "count(/answers/answer/consensus/@switched-off-by)", "0");
    xmlFreeDoc(doc);
    mnr_decision_clear(&d);
    assert_int_equal(mnr_decision_parse(&d, "C02.L3.b=no", "decisions.txt", 3, &err), MNR_OK);
    doc = NULL;
    assert_int_equal(mnr_merge_build(&doc, p, 3, f->full, "w", &d, 1, &err), MNR_EINVALID);
    assert_null(doc);
    assert_string_equal(err.file, "decisions.txt");
    assert_int_equal(err.line, 3);
    assert_string_equal(err.message,
                        "decision on question C02.L3.b, which the consensus switches off (its "
                        "answer to C02.L1.a is no); decide C02.L1.a instead, or remove this "
                        "decision");
    mnr_decision_clear(&d);
    for (int i = 0; i < 3; i++)
        mnr_answers_free(p[i]);
}

/* A decisions file's bytes: a byte order mark, CRLF, comments and blank
 * lines pass; a long note stays one decision; a line that is not text is
 * refused with its number (the consensus could not hold it). */
static void test_decisions_parse(void **state)
{
    (void)state;
    mnr_decision *list = NULL;
    int n = 0;
    mnr_error err;
    mnr_error_init(&err);
    char text[6000] = "\xEF\xBB\xBF# workshop\r\n\r\nC01.L1.a=yes agreed\r\nC12.L2.a=partly ";
    size_t at = strlen(text);
    memset(text + at, 'n', 5000);
    strcpy(text + at + 5000, "\n");
    assert_int_equal(mnr_decisions_parse(&list, &n, text, strlen(text), "d.txt", &err), MNR_OK);
    assert_int_equal(n, 2);
    assert_string_equal(list[0].question, "C01.L1.a");
    assert_string_equal(list[0].note, "agreed");
    assert_int_equal(list[0].line, 3);
    assert_int_equal(strlen(list[1].note), 5000);
    static const struct { const char *bytes; size_t len; const char *says; } bad[] = {
        {"C01.L1.a=yes\nC01.L2.a=no a\0b\n", 29, "zero byte"},
        {"C01.L1.a=yes\nC01.L2.a=no \x01\n", 27, "control character (byte 0x01)"},
        {"C01.L1.a=yes\nC01.L2.a=no caf\xE9\n", 30, "not valid UTF-8"},
        {"C01.L1.a=yes\nC01.L2.a=no \xEF\xBF\xBF\n", 29, "U+FFFF"},
        {"C01.L1.a=yes\nC01.L2.a = no\n", 27, "has a space beside '='"},
        {"C01.L1.a=yes\nC01.L2.a= no\n", 26, "has a space beside '='"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        for (int k = 0; k < n; k++)
            mnr_decision_clear(&list[k]);
        n = 0;
        mnr_error_init(&err);
        assert_int_equal(mnr_decisions_parse(&list, &n, bad[i].bytes, bad[i].len, "d.txt", &err),
                         MNR_EINVALID);
        assert_int_equal(err.line, 2);
        assert_non_null(strstr(err.message, bad[i].says));
    }
    for (int k = 0; k < n; k++)
        mnr_decision_clear(&list[k]);
    free(list);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_median_odd),
        cmocka_unit_test(test_median_even),
        cmocka_unit_test(test_unanswered_ignored),
        cmocka_unit_test(test_dont_know),
        cmocka_unit_test(test_na_majority),
        cmocka_unit_test(test_na_minority),
        cmocka_unit_test(test_disputed),
        cmocka_unit_test(test_rapid_levels),
        cmocka_unit_test(test_decision),
        cmocka_unit_test(test_decision_checked),
        cmocka_unit_test(test_decisions_parse),
        cmocka_unit_test(test_switched_off),
        cmocka_unit_test(test_switched_off_decisions),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
