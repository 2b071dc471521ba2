/*
 * test_ask.c - the session, the typed lines and the conversation of mnr
 * ask (core/session.h, core/ask_input.h, core/ask.h), driven line by line
 * as the terminal front drives them, against the shipped model and questionnaires. Sessions run
 * with write = 0 (the file is built and checked, not written) except where
 * a file is the point.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "ask.h"
#include "context.h"
#include "helpers.h"
#include "session.h"
#include "xmlsafe.h"

static const mnr_ask_keys keys = {
    .yes = "y", .partly = "p", .no = "n", .dont_know = "d", .na = "a",
    .back = "b", .skip = "s", .help = "h", .levels = "l", .jump = "j", .quit = "q",
};

typedef struct t {
    mnr_context *ctx;
    mnr_session *s;
    mnr_ask a;
    char dir[64];
    char path[128];
} t;

static int setup(void **state)
{
    mnr_xml_init();
    t *x = calloc(1, sizeof *x);
    mnr_error err;
    mnr_error_init(&err);
    if (mnr_context_open(&x->ctx, MNR_SOURCE_DIR, &err) != MNR_OK)
        fail_msg("%s", err.message);
    strcpy(x->dir, "/tmp/mnr-test-ask-XXXXXX");
    assert_non_null(mkdtemp(x->dir));
    snprintf(x->path, sizeof x->path, "%s/answers.xml", x->dir);
    *state = x;
    return 0;
}

static void close_session(t *x)
{
    mnr_ask_clear(&x->a);
    mnr_session_free(x->s);
    x->s = NULL;
}

static int teardown(void **state)
{
    t *x = *state;
    close_session(x);
    unlink(x->path);
    rmdir(x->dir);
    mnr_context_free(x->ctx);
    free(x);
    return 0;
}

/* Opens a session on x->path (-q `q`: "rapid", "full" or NULL) and starts. */
static void open_session(t *x, const char *q, int write)
{
    close_session(x);
    char *qpath = q ? test_source_path(strcmp(q, "rapid") == 0 ? "questionnaires/mnr-rapid.xml"
                                                                : "questionnaires/mnr-full.xml")
                    : NULL;
    mnr_error err;
    mnr_error_init(&err);
    if (mnr_session_open(&x->s, x->ctx, x->path, qpath, "2026-11-26", &err) != MNR_OK)
        fail_msg("%s:%ld: %s", err.file, err.line, err.message);
    x->s->write = write;
    free(qpath);
    if (mnr_ask_start(&x->a, x->s, &keys, &err) != MNR_OK)
        fail_msg("%s", err.message);
}

static void line(t *x, const char *text)
{
    mnr_error err;
    mnr_error_init(&err);
    if (mnr_ask_line(&x->a, text, strlen(text), &err) != MNR_OK)
        fail_msg("line '%s': %s", text, err.message);
}

/* Several lines, separated by '|'. */
static void lines(t *x, const char *list)
{
    char *copy = strdup(list);
    for (char *p = copy, *bar;; p = bar + 1) {
        bar = strchr(p, '|');
        if (bar)
            *bar = '\0';
        line(x, p);
        if (!bar)
            break;
    }
    free(copy);
}

static const char *current(t *x)
{
    return x->a.cur >= 0 ? x->s->q->questions[x->a.cur].id : "(none)";
}

static int q_index(t *x, const char *id)
{
    return mnr_questionnaire_find(x->s->q, id);
}

/* A new full session with its details given. */
static void start_full(t *x, int write)
{
    open_session(x, NULL, write);
    lines(x, "Examplia|||Ana Silva|Focal point|2026-11-01|");
}

static void test_details_then_first_question(void **state)
{
    t *x = *state;
    open_session(x, NULL, 0);
    assert_int_equal(x->a.prompt, MNR_PROMPT_COUNTRY);
    assert_true(x->a.events & MNR_ASK_DETAILS);
    lines(x, "  Examplia  |||Ana   Silva|Focal point, Ministry");
    assert_int_equal(x->a.prompt, MNR_PROMPT_DATE);
    line(x, ""); /* today */
    assert_int_equal(x->a.prompt, MNR_PROMPT_TARGET);
    line(x, "4");
    assert_true(x->a.events & MNR_ASK_SAVED);
    assert_true(x->a.events & MNR_ASK_QUESTION);
    assert_int_equal(x->a.prompt, MNR_PROMPT_ANSWER);
    assert_string_equal(current(x), "C01.L1.a");
    /* white space folded, as the file reads it back */
    assert_non_null(strstr(x->s->xml, "<country>Examplia</country>"));
    assert_non_null(strstr(x->s->xml, "<respondent role=\"Focal point, Ministry\">Ana Silva</respondent>"));
    assert_non_null(strstr(x->s->xml, "<date>2026-11-26</date>"));
    assert_non_null(strstr(x->s->xml, "<targets default=\"4\"/>"));
}

/* The region and the income group, after the country: a number in the
 * model's list, the id or the name; an empty line gives none, anything
 * else is asked again. */
static void test_groups(void **state)
{
    t *x = *state;
    open_session(x, NULL, 0);
    line(x, "Examplia");
    assert_int_equal(x->a.prompt, MNR_PROMPT_REGION);
    const char *bad[] = {"0", "8", "south", "Asia", "south-asia-x", "6 7"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        line(x, bad[i]);
        assert_true(x->a.events & MNR_ASK_INVALID);
        assert_int_equal(x->a.hint, MNR_HINT_GROUP);
        assert_int_equal(x->a.prompt, MNR_PROMPT_REGION);
    }
    line(x, ""); /* none */
    assert_false(x->a.events & MNR_ASK_INVALID);
    assert_int_equal(x->a.prompt, MNR_PROMPT_INCOME);
    assert_string_equal(mnr_session_detail(x->s, MNR_DETAIL_REGION), "");
    line(x, "9");
    assert_int_equal(x->a.hint, MNR_HINT_GROUP);
    line(x, "b");
    assert_int_equal(x->a.prompt, MNR_PROMPT_REGION);
    line(x, "  south   ASIA ");
    assert_int_equal(x->a.prompt, MNR_PROMPT_INCOME);
    line(x, "2");
    assert_int_equal(x->a.prompt, MNR_PROMPT_NAME);
    lines(x, "Ana Silva|Focal point|2026-11-01|");
    assert_int_equal(x->a.prompt, MNR_PROMPT_ANSWER);
    assert_non_null(strstr(x->s->xml, "<country region=\"south-asia\" income-group=\"lower-middle\">"
                                      "Examplia</country>"));
    /* back to the details: Enter keeps a group, "-" removes it, an id
     * names one */
    lines(x, "b|b|b|b|b|b");
    assert_int_equal(x->a.prompt, MNR_PROMPT_REGION);
    line(x, "");
    assert_string_equal(mnr_session_detail(x->s, MNR_DETAIL_REGION), "south-asia");
    assert_int_equal(x->a.prompt, MNR_PROMPT_INCOME);
    line(x, "-");
    assert_true(x->a.events & MNR_ASK_SAVED);
    assert_non_null(strstr(x->s->xml, "<country region=\"south-asia\">Examplia</country>"));
    lines(x, "b|b|-|HIGH");
    assert_non_null(strstr(x->s->xml, "<country income-group=\"high\">Examplia</country>"));
    lines(x, "b|b|sub-saharan-africa|");
    assert_non_null(strstr(x->s->xml, "<country region=\"sub-saharan-africa\" "
                                      "income-group=\"high\">Examplia</country>"));
}

/* What a line names, from the model's lists; a line that could name two
 * groups names none. */
static void test_group_names(void **state)
{
    t *x = *state;
    mnr_model *m = x->ctx->model;
    assert_int_equal(mnr_ask_group(m, MNR_GROUPING_REGION, "1"), 0);
    assert_int_equal(mnr_ask_group(m, MNR_GROUPING_REGION, "7"), 6);
    assert_int_equal(mnr_ask_group(m, MNR_GROUPING_REGION, "07"), -1);
    assert_int_equal(mnr_ask_group(m, MNR_GROUPING_REGION, "sub-saharan-africa"), 6);
    assert_int_equal(mnr_ask_group(m, MNR_GROUPING_REGION, "Latin America and the Caribbean"), 2);
    assert_int_equal(mnr_ask_group(m, MNR_GROUPING_REGION, ""), -1);
    assert_int_equal(mnr_ask_group(m, MNR_GROUPING_INCOME, "lower-middle"), 1);
    assert_int_equal(mnr_ask_group(m, MNR_GROUPING_INCOME, "high income"), 3);
    assert_int_equal(mnr_ask_group(m, MNR_GROUPING_INCOME, "5"), -1);
    assert_int_equal(mnr_ask_group(m, MNR_GROUPING_INCOME, "south-asia"), -1);
    /* a model whose group is named "1": "1" is ambiguous */
    char *name = m->groupings[MNR_GROUPING_INCOME].groups[3].name;
    m->groupings[MNR_GROUPING_INCOME].groups[3].name = "1";
    int got = mnr_ask_group(m, MNR_GROUPING_INCOME, "1");
    m->groupings[MNR_GROUPING_INCOME].groups[3].name = name;
    assert_int_equal(got, -1);
}

/* A model without groupings: nothing asked for them. */
static void test_no_groupings(void **state)
{
    t *x = *state;
    mnr_model *m = x->ctx->model;
    int n[MNR_GROUPINGS];
    for (int g = 0; g < MNR_GROUPINGS; g++)
        n[g] = m->groupings[g].n_groups, m->groupings[g].n_groups = 0;
    open_session(x, NULL, 0);
    line(x, "Examplia");
    int after_country = x->a.prompt;
    line(x, "b");
    int back = x->a.prompt;
    for (int g = 0; g < MNR_GROUPINGS; g++)
        m->groupings[g].n_groups = n[g];
    assert_int_equal(after_country, MNR_PROMPT_NAME);
    assert_int_equal(back, MNR_PROMPT_COUNTRY);
}

static void test_details_refused(void **state)
{
    t *x = *state;
    open_session(x, NULL, 0);
    line(x, "   ");
    assert_true(x->a.events & MNR_ASK_INVALID);
    assert_int_equal(x->a.hint, MNR_HINT_REQUIRED);
    assert_int_equal(x->a.prompt, MNR_PROMPT_COUNTRY);
    line(x, ":b");
    assert_true(x->a.events & MNR_ASK_AT_START);
    lines(x, "Examplia|||A. Person|Police");
    line(x, "2026-02-30");
    assert_int_equal(x->a.hint, MNR_HINT_DATE);
    line(x, "26/11/2026");
    assert_int_equal(x->a.hint, MNR_HINT_DATE);
    /* the rule of date.h, against the session's today (2026-11-26): a
     * leap day in the future, the day after today, 10000-01-01 and a day
     * before 2015 are asked again, each with its reason */
    line(x, "2028-02-29");
    assert_int_equal(x->a.hint, MNR_HINT_DATE_FUTURE);
    line(x, "2026-11-27");
    assert_int_equal(x->a.hint, MNR_HINT_DATE_FUTURE);
    line(x, "10000-01-01");
    assert_int_equal(x->a.hint, MNR_HINT_DATE);
    line(x, "2014-12-31");
    assert_int_equal(x->a.hint, MNR_HINT_DATE_EARLY);
    assert_int_equal(x->a.prompt, MNR_PROMPT_DATE);
    line(x, "2015-01-01");
    assert_int_equal(x->a.prompt, MNR_PROMPT_TARGET);
    line(x, ":b");
    line(x, "2024-02-29");
    assert_int_equal(x->a.prompt, MNR_PROMPT_TARGET);
    line(x, "5");
    assert_int_equal(x->a.hint, MNR_HINT_TARGET);
    line(x, "l"); /* no scores before the file exists */
    assert_int_equal(x->a.hint, MNR_HINT_NOT_YET);
    line(x, ":l"); /* the same with its colon */
    assert_int_equal(x->a.hint, MNR_HINT_NOT_YET);
    line(x, ":b");
    assert_int_equal(x->a.prompt, MNR_PROMPT_DATE);
    line(x, "");
    assert_string_equal(mnr_session_detail(x->s, MNR_DETAIL_DATE), "2024-02-29");
}

static void test_answer_with_texts(void **state)
{
    t *x = *state;
    start_full(x, 0);
    line(x, "y");
    assert_int_equal(x->a.prompt, MNR_PROMPT_EVIDENCE);
    lines(x, "Minutes of  3 May|  Invitation list ||A comment|");
    assert_true(x->a.events & MNR_ASK_SAVED);
    assert_string_equal(current(x), "C01.L2.a");
    assert_non_null(strstr(x->s->xml, "<answer question=\"C01.L1.a\" value=\"yes\">\n"
                                      "    <evidence>Minutes of 3 May\nInvitation list</evidence>\n"
                                      "    <comment>A comment</comment>\n  </answer>"));
    /* keys by the file's names, any case */
    lines(x, "PARTLY||");
    assert_int_equal(x->s->answers[q_index(x, "C01.L2.a")].value, MNR_PARTLY);
    lines(x, "Y||");
    assert_int_equal(x->s->answers[q_index(x, "C01.L3.a")].value, MNR_YES);
}

/* A "no" to a gate switches off what depends on it, and says which; the
 * answer held for a switched-off question is left out of the file, and
 * comes back when it is switched on again. */
static void test_skip_logic(void **state)
{
    t *x = *state;
    start_full(x, 0);
    lines(x, "y|||y|||y||");
    assert_string_equal(current(x), "C01.L3.b");
    lines(x, "p|Draft report||");
    assert_non_null(strstr(x->s->xml, "question=\"C01.L3.b\""));
    lines(x, "b|b|b");
    assert_string_equal(current(x), "C01.L2.a");
    lines(x, "n||");
    assert_true(x->a.events & MNR_ASK_SWITCHED);
    assert_int_equal(x->a.n_off, 1);
    assert_string_equal(x->s->q->questions[x->a.off[0]].id, "C01.L3.b");
    assert_true(mnr_session_is_off(x->s, q_index(x, "C01.L3.b")));
    assert_null(strstr(x->s->xml, "question=\"C01.L3.b\""));
    assert_int_equal(x->s->left_out, 1);
    /* the walk goes round it: C01.L3.a is answered, so on to C01.L4.a */
    assert_string_equal(current(x), "C01.L4.a");
    /* back skips it too */
    line(x, "b");
    assert_string_equal(current(x), "C01.L3.a");
    line(x, "b");
    lines(x, "y||");
    assert_int_equal(x->a.n_on, 1);
    assert_string_equal(x->s->q->questions[x->a.on[0]].id, "C01.L3.b");
    assert_non_null(strstr(x->s->xml, "<answer question=\"C01.L3.b\" value=\"partly\">\n"
                                      "    <evidence>Draft report</evidence>"));
    assert_int_equal(x->s->left_out, 0);
}

/* The levels shown are mnr score's: the scores of the checked file. */
static void test_levels_are_scores(void **state)
{
    t *x = *state;
    start_full(x, 0);
    lines(x, "y|||y|||p||");
    const mnr_cap_score *c01 = &x->s->scores->caps[0];
    /* L1 and L2 met, L3 half (partly) of the one left on (C01.L3.b open) */
    assert_int_equal(c01->level, 2);
    assert_true(c01->provisional);
    assert_near(c01->score, 2.25, 1e-9);
    assert_int_equal(c01->answered, 3);
    line(x, "l");
    assert_true(x->a.events & MNR_ASK_LEVELS);
    assert_int_equal(mnr_session_percent_done(x->s), 2); /* 3 of 116, rounded down */
}

static void test_back_skip_jump(void **state)
{
    t *x = *state;
    start_full(x, 0);
    lines(x, "y||");
    line(x, "b");
    assert_string_equal(current(x), "C01.L1.a");
    line(x, ""); /* keeps the answer */
    assert_true(x->a.events & MNR_ASK_KEPT);
    assert_string_equal(current(x), "C01.L2.a");
    line(x, "s");
    assert_true(x->a.events & MNR_ASK_SKIPPED);
    assert_string_equal(current(x), "C01.L3.a");
    line(x, "j");
    assert_int_equal(x->a.prompt, MNR_PROMPT_JUMP);
    line(x, "99");
    assert_int_equal(x->a.hint, MNR_HINT_CAPABILITY);
    line(x, "");
    assert_string_equal(current(x), "C01.L3.a");
    lines(x, "j|12");
    assert_string_equal(current(x), "C12.L1.a");
    lines(x, "n||");
    line(x, ":j"); /* not a command at the answer prompt: the colon is allowed */
    line(x, "c01");
    assert_string_equal(current(x), "C01.L2.a"); /* the first open one */
    /* back from the first question goes to the details */
    lines(x, "b|b");
    assert_int_equal(x->a.prompt, MNR_PROMPT_TARGET);
    line(x, "");
    assert_string_equal(current(x), "C01.L1.a");
    /* a skipped unanswered question stays out of the file */
    assert_null(strstr(x->s->xml, "C01.L2.a"));
    assert_non_null(strstr(x->s->xml, "<answer question=\"C12.L1.a\" value=\"no\"/>"));
}

static void test_invalid_keys(void **state)
{
    t *x = *state;
    start_full(x, 0);
    const char *bad[] = {"x", "yes please", "7", "", "\x1b[A", "y\x1b[A"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        line(x, bad[i]);
        assert_true(x->a.events & MNR_ASK_INVALID);
        assert_int_equal(x->a.prompt, MNR_PROMPT_ANSWER);
        assert_string_equal(current(x), "C01.L1.a");
    }
    line(x, "\x1b[A");
    assert_int_equal(x->a.hint, MNR_HINT_CONTROL);
    line(x, "a"); /* C01.L1.a does not allow not applicable */
    assert_int_equal(x->a.hint, MNR_HINT_NA);
    /* C07.L2.b does */
    lines(x, "j|7|y||");
    assert_string_equal(current(x), "C07.L2.a");
    lines(x, "y||");
    assert_string_equal(current(x), "C07.L2.b");
    lines(x, "a||");
    assert_int_equal(x->s->answers[q_index(x, "C07.L2.b")].value, MNR_NA);
}

/* The end of input or Ctrl-C in the middle of an answer keeps it, with
 * the lines typed so far. */
static void test_stop_keeps_answer(void **state)
{
    t *x = *state;
    start_full(x, 1);
    lines(x, "y|||d|First line|second line");
    mnr_error err;
    mnr_error_init(&err);
    assert_int_equal(mnr_ask_stop(&x->a, &err), MNR_OK);
    assert_true(x->a.events & MNR_ASK_SAVED);
    assert_true(x->a.events & MNR_ASK_QUIT);
    assert_int_equal(x->a.prompt, MNR_PROMPT_DONE);
    /* what is on disk */
    mnr_answers *a = NULL;
    char *xsd = test_source_path("questionnaires/schema/answers.xsd");
    if (mnr_answers_load(&a, x->path, xsd, &err) != MNR_OK)
        fail_msg("%s", err.message);
    free(xsd);
    assert_int_equal(a->n_answers, 2);
    assert_string_equal(a->answers[1].question, "C01.L2.a");
    assert_int_equal(a->answers[1].value, MNR_DONT_KNOW);
    assert_string_equal(a->answers[1].evidence, "First line\nsecond line");
    mnr_answers_free(a);
}

static void test_stop_before_details(void **state)
{
    t *x = *state;
    open_session(x, NULL, 1);
    lines(x, "Examplia|||Ana Silva");
    mnr_error err;
    mnr_error_init(&err);
    assert_int_equal(mnr_ask_stop(&x->a, &err), MNR_OK);
    assert_true(x->a.events & MNR_ASK_NOTHING);
    assert_int_equal(access(x->path, F_OK), -1);
}

/* Reopened: resumes at the first question not answered; the file read
 * back gives the same bytes. */
static void test_resume(void **state)
{
    t *x = *state;
    start_full(x, 1);
    lines(x, "y|Minutes||Comment||n|||y||");
    char *before = strndup(x->s->xml, x->s->xml_len);
    open_session(x, NULL, 1);
    assert_true(x->s->resumed);
    assert_true(x->a.events & MNR_ASK_RESUMED);
    assert_string_equal(current(x), "C01.L4.a");
    assert_int_equal(mnr_session_open_count(x->s), 112);
    mnr_error err;
    mnr_error_init(&err);
    assert_int_equal(mnr_session_update(x->s, &err), MNR_OK);
    assert_string_equal(x->s->xml, before);
    free(before);
}

/* A file whose region and income group were given by hand (or in the
 * form), resumed and answered: they are kept, with its other details. */
static void test_resume_keeps_groups(void **state)
{
    t *x = *state;
    start_full(x, 1);
    lines(x, "y||");
    mnr_session_free(x->s);
    x->s = NULL;
    mnr_ask_clear(&x->a);
    char cmd[512];
    snprintf(cmd, sizeof cmd,
             "sed -i 's|<country>|<country fictional=\"true\" region=\"europe-central-asia\" "
             "income-group=\"upper-middle\">|' '%s'", x->path);
    assert_int_equal(system(cmd), 0);
    open_session(x, NULL, 1);
    assert_string_equal(mnr_session_detail(x->s, MNR_DETAIL_REGION), "europe-central-asia");
    assert_string_equal(mnr_session_detail(x->s, MNR_DETAIL_INCOME), "upper-middle");
    assert_string_equal(current(x), "C01.L2.a");
    lines(x, "p|Draft||");
    assert_true(x->a.events & MNR_ASK_SAVED);
    /* what is on disk */
    mnr_answers *a = NULL;
    mnr_error err;
    mnr_error_init(&err);
    char *xsd = test_source_path("questionnaires/schema/answers.xsd");
    if (mnr_answers_load(&a, x->path, xsd, &err) != MNR_OK)
        fail_msg("%s", err.message);
    free(xsd);
    assert_int_equal(a->n_answers, 2);
    assert_true(a->fictional);
    assert_string_equal(a->group[MNR_GROUPING_REGION], "europe-central-asia");
    assert_string_equal(a->group[MNR_GROUPING_INCOME], "upper-middle");
    mnr_answers_free(a);
    assert_non_null(strstr(x->s->xml, "<country fictional=\"true\" region=\"europe-central-asia\" "
                                      "income-group=\"upper-middle\">Examplia</country>"));
}

static void rapid_all(t *x)
{
    open_session(x, "rapid", 1);
    lines(x, "Examplia|||Ana Silva|Focal point|2026-11-01|");
    for (int i = 0; i < 21; i++) {
        char key[2] = {(char)('0' + i % 5), 0};
        lines(x, key);
        lines(x, "|");
    }
}

/* Every question answered: the end; reopened, the menu, a review of one
 * capability, and the end again. */
static void test_finished_and_review(void **state)
{
    t *x = *state;
    rapid_all(x);
    assert_true(x->a.events & MNR_ASK_FINISHED);
    assert_int_equal(x->a.prompt, MNR_PROMPT_DONE);
    open_session(x, NULL, 1); /* the file's own questionnaire */
    assert_int_equal(x->a.prompt, MNR_PROMPT_MENU);
    line(x, "x");
    assert_int_equal(x->a.hint, MNR_HINT_MENU);
    line(x, "5");
    assert_string_equal(current(x), "C05.R");
    line(x, "yes"); /* a criteria value is no level */
    assert_int_equal(x->a.hint, MNR_HINT_KEY);
    lines(x, "3|Court statistics 2025||");
    assert_true(x->a.events & MNR_ASK_REVIEWED);
    assert_int_equal(x->a.prompt, MNR_PROMPT_MENU);
    assert_non_null(strstr(x->s->xml, "<answer question=\"C05.R\" value=\"3\">\n"
                                      "    <evidence>Court statistics 2025</evidence>"));
    assert_int_equal(x->s->scores->caps[4].level, 3);
    line(x, "");
    assert_true(x->a.events & MNR_ASK_FINISHED);
}

/* Changing an answer: an empty first line keeps its texts, "-" removes. */
static void test_change_keeps_texts(void **state)
{
    t *x = *state;
    start_full(x, 0);
    lines(x, "y|Minutes||Comment||b");
    assert_string_equal(current(x), "C01.L1.a");
    lines(x, "p||-");
    const mnr_session_answer *a = &x->s->answers[q_index(x, "C01.L1.a")];
    assert_int_equal(a->value, MNR_PARTLY);
    assert_string_equal(a->evidence, "Minutes");
    assert_null(a->comment);
    /* :b from the evidence goes back to the key; :s leaves it as it was */
    lines(x, "b|n|:b");
    assert_int_equal(x->a.prompt, MNR_PROMPT_ANSWER);
    lines(x, "n|:s");
    assert_int_equal(x->s->answers[q_index(x, "C01.L1.a")].value, MNR_PARTLY);
}

static void refused(t *x, const char *q, const char *want)
{
    close_session(x);
    char *qpath = q ? test_source_path(q) : NULL;
    mnr_error err;
    mnr_error_init(&err);
    assert_int_not_equal(mnr_session_open(&x->s, x->ctx, x->path, qpath, "2026-11-26", &err),
                         MNR_OK);
    assert_null(x->s);
    if (!strstr(err.message, want))
        fail_msg("message '%s' lacks '%s'", err.message, want);
    free(qpath);
}

static void copy_to(t *x, const char *rel)
{
    char *src = test_source_path(rel), cmd[512];
    snprintf(cmd, sizeof cmd, "cp '%s' '%s'", src, x->path);
    assert_int_equal(system(cmd), 0);
    free(src);
}

static void test_refuse_files(void **state)
{
    t *x = *state;
    copy_to(x, "model/mnr-model.xml");
    refused(x, NULL, "is not an answers file (found <model>");
    copy_to(x, "tests/data/workshop/rapid.xml");
    refused(x, "questionnaires/mnr-full.xml",
            "these answers are for questionnaire mnr-rapid 1.0, not mnr-full 1.0");
    copy_to(x, "tests/data/answers/schema-bad-value.xml");
    refused(x, NULL, "'maybe'");
    copy_to(x, "tests/data/answers/old-model.xml");
    refused(x, NULL, "made against model mnr-maturity 0.9");
    unlink(x->path);
}

static void test_consensus_refused(void **state)
{
    t *x = *state;
    /* a consensus by mnr merge, as tests/e2e/merge.sh makes one */
    char *police = test_source_path("tests/data/workshop/police.xml");
    mnr_error err;
    mnr_error_init(&err);
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "sed -e 's/<answer question=\"C01.L2.a\" value=\"yes\"\\/>/"
             "<answer question=\"C01.L2.a\" value=\"yes\"><consensus answered=\"2\"\\/><\\/answer>/' "
             "'%s' > '%s'", police, x->path);
    assert_int_equal(system(cmd), 0);
    free(police);
    refused(x, NULL, "is a workshop consensus made by mnr merge");
    unlink(x->path);
}

static void test_same_lines_same_file(void **state)
{
    t *x = *state;
    const char *session = "Examplia|||Ana Silva|Focal point|2026-11-01|2|y|A & B <c>|"
                          "second \"line\"||é ü 中文||x|n|||b|p|||s|j|3|d||nope||q";
    open_session(x, NULL, 0);
    lines(x, session);
    char *first = strndup(x->s->xml, x->s->xml_len);
    open_session(x, NULL, 0);
    lines(x, session);
    assert_string_equal(x->s->xml, first);
    assert_non_null(strstr(first, "<evidence>A &amp; B &lt;c&gt;\nsecond \"line\"</evidence>"));
    assert_non_null(strstr(first, "<comment>é ü 中文</comment>"));
    free(first);
}

static void test_clean(void **state)
{
    (void)state;
    const char in[] = "  a\tb \r (d  \xc3\xa9 ";
    assert_int_equal(mnr_ask_typed(in, sizeof in - 1), MNR_TYPED_OK);
    char *out = mnr_ask_clean(in, sizeof in - 1);
    assert_string_equal(out, "a b (d \xc3\xa9");
    free(out);
}

/* Anything but text in a line: it is not taken, and why is told. */
static void test_typed_not_text(void **state)
{
    (void)state;
    /* len 0: strlen */
    struct { const char *in; size_t len; mnr_typed want; } cases[] = {
        {"Bad\xff\xfeland", 0, MNR_TYPED_NOT_UTF8},
        {"caf\xc3", 0, MNR_TYPED_NOT_UTF8},            /* cut short */
        {"\xc0\xaf", 0, MNR_TYPED_NOT_UTF8},          /* over-long '/' */
        {"\xed\xa0\x80", 0, MNR_TYPED_NOT_UTF8},      /* a surrogate */
        {"Ask\x1b]0;pwned\x07land", 0, MNR_TYPED_CONTROL}, /* OSC title */
        {"\x1b[A", 0, MNR_TYPED_CONTROL},              /* an arrow key */
        {"a\x7f", 0, MNR_TYPED_CONTROL},               /* DEL */
        {"a\xc2\x9b" "31m", 0, MNR_TYPED_CONTROL},     /* C1 CSI */
        {"a\0b", 3, MNR_TYPED_CONTROL},
        {"\xef\xbf\xbe", 0, MNR_TYPED_CONTROL},       /* U+FFFE */
        {"\x1b\xff", 0, MNR_TYPED_NOT_UTF8},           /* both: the encoding first */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        assert_int_equal(mnr_ask_typed(cases[i].in, cases[i].len ? cases[i].len
                                                                      : strlen(cases[i].in)),
                         cases[i].want);
}

/* Such a line at any prompt, text ones too, is asked again and changes
 * nothing: never saved with the rest of it ("Badland", "0;pwnedland"). */
static void test_not_text_asked_again(void **state)
{
    t *x = *state;
    open_session(x, NULL, 0);
    mnr_error err;
    mnr_error_init(&err);
    assert_int_equal(mnr_ask_line(&x->a, "Bad\xff\xfeland", 11, &err), MNR_OK);
    assert_true(x->a.events & MNR_ASK_INVALID);
    assert_int_equal(x->a.hint, MNR_HINT_NOT_UTF8);
    assert_int_equal(x->a.prompt, MNR_PROMPT_COUNTRY);
    assert_string_equal(mnr_session_detail(x->s, MNR_DETAIL_COUNTRY), "");
    lines(x, "Badland|||Ana Silva|Focal point|2026-11-01|");
    line(x, "y");
    line(x, "Ask\x1b]0;pwned\x07land");
    assert_int_equal(x->a.hint, MNR_HINT_CONTROL);
    assert_int_equal(x->a.prompt, MNR_PROMPT_EVIDENCE);
    assert_int_equal(x->a.lines, 0);
    line(x, "first line");
    line(x, "\x1b[A"); /* not an empty line: the evidence goes on */
    assert_int_equal(x->a.hint, MNR_HINT_CONTROL);
    assert_int_equal(x->a.prompt, MNR_PROMPT_EVIDENCE);
    lines(x, "Askland||");
    assert_string_equal(x->s->answers[0].evidence, "first line\nAskland");
    assert_non_null(strstr(x->s->xml, "<country>Badland</country>"));
}

/* The file changed in place by another program, its size and time put
 * back as they were: the content tells, and it is not written over; the
 * session's answers go beside it. */
static void test_changed_underneath(void **state)
{
    t *x = *state;
    open_session(x, "rapid", 1);
    lines(x, "Examplia|||Ana Silva|Police|2026-11-01||2||");
    struct stat before;
    assert_int_equal(stat(x->path, &before), 0);
    FILE *f = fopen(x->path, "r+");
    assert_non_null(f);
    assert_int_equal(fseek(f, -4, SEEK_END), 0);
    fputs("    ", f); /* "</answers>\n" is "</answe    " now: the same size */
    fclose(f);
    struct timespec times[2] = {before.st_atim, before.st_mtim};
    assert_int_equal(utimensat(AT_FDCWD, x->path, times, 0), 0);
    mnr_error err;
    mnr_error_init(&err);
    lines(x, "3|"); /* the answer, no evidence */
    assert_int_not_equal(mnr_ask_line(&x->a, "", 0, &err), MNR_OK); /* no comment: saved */
    char kept[160];
    snprintf(kept, sizeof kept, "%s/answers-unsaved-1.xml", x->dir);
    assert_string_equal(x->s->kept, kept);
    assert_non_null(strstr(err.message, "was changed by another program since this session "
                                         "last saved it"));
    assert_non_null(strstr(err.message, kept));
    char held[4096] = "";
    f = fopen(kept, "r");
    assert_non_null(f);
    held[fread(held, 1, sizeof held - 1, f)] = '\0';
    fclose(f);
    assert_non_null(strstr(held, "<answer question=\"C02.R\" value=\"3\"/>"));
    f = fopen(x->path, "r");
    assert_non_null(f);
    char tail[64] = "";
    assert_int_equal(fseek(f, -11, SEEK_END), 0);
    tail[fread(tail, 1, sizeof tail - 1, f)] = '\0';
    fclose(f);
    assert_string_equal(tail, "</answe    "); /* the other program's bytes, kept */
    unlink(kept);
}

static void test_capability_names(void **state)
{
    t *x = *state;
    const mnr_model *m = x->ctx->model;
    assert_int_equal(mnr_ask_capability(m, "5"), 4);
    assert_int_equal(mnr_ask_capability(m, "05"), 4);
    assert_int_equal(mnr_ask_capability(m, "C05"), 4);
    assert_int_equal(mnr_ask_capability(m, "c21"), 20);
    assert_int_equal(mnr_ask_capability(m, "22"), -1);
    assert_int_equal(mnr_ask_capability(m, "C"), -1);
    assert_int_equal(mnr_ask_capability(m, "5x"), -1);
    assert_int_equal(mnr_ask_capability(m, "0"), -1);
}

static void test_long_text_cut(void **state)
{
    t *x = *state;
    start_full(x, 0);
    line(x, "y");
    size_t n = MNR_SESSION_TEXT_MAX + 100;
    char *big = malloc(n + 1);
    memset(big, 'e', n);
    big[n] = '\0';
    line(x, big);
    assert_true(x->a.events & MNR_ASK_CUT);
    lines(x, "more||");
    const char *ev = x->s->answers[0].evidence;
    assert_int_equal(strlen(ev), MNR_SESSION_TEXT_MAX);
    free(big);
}

/* ---- the keys of another language (a fake French table) ---- */

static const mnr_ask_keys fr_keys = {
    .yes = "o", .partly = "p", .no = "n", .dont_know = "ns", .na = "sa",
    .back = "r", .skip = "pa", .help = "a", .levels = "ni", .jump = "al", .quit = "q",
    .also = &keys,
};

/* The language's keys in any ASCII case; the English ones too, but only
 * where they are not a key of the language ("a" is help here, not "not
 * applicable"); none of them without `also`. */
static void test_keys_of_a_language(void **state)
{
    (void)state;
    int level = 0;
    assert_int_equal(mnr_ask_value(&fr_keys, MNR_CRITERIA, "o", &level), MNR_YES);
    assert_int_equal(mnr_ask_value(&fr_keys, MNR_CRITERIA, "O", &level), MNR_YES);
    assert_int_equal(mnr_ask_value(&fr_keys, MNR_CRITERIA, "Ns", &level), MNR_DONT_KNOW);
    assert_int_equal(mnr_ask_value(&fr_keys, MNR_CRITERIA, "SA", &level), MNR_NA);
    assert_int_equal(mnr_ask_value(&fr_keys, MNR_CRITERIA, "y", &level), MNR_YES);
    assert_int_equal(mnr_ask_value(&fr_keys, MNR_CRITERIA, "D", &level), MNR_DONT_KNOW);
    assert_int_equal(mnr_ask_value(&fr_keys, MNR_CRITERIA, "a", &level), -1);
    assert_int_equal(mnr_ask_command_of(&fr_keys, "a", 0), MNR_CMD_HELP);
    assert_int_equal(mnr_ask_command_of(&fr_keys, "h", 0), MNR_CMD_HELP);
    assert_int_equal(mnr_ask_command_of(&fr_keys, "PA", 0), MNR_CMD_SKIP);
    assert_int_equal(mnr_ask_command_of(&fr_keys, "s", 0), MNR_CMD_SKIP);
    assert_int_equal(mnr_ask_command_of(&fr_keys, "r", 0), MNR_CMD_BACK);
    assert_int_equal(mnr_ask_command_of(&fr_keys, ":r", 1), MNR_CMD_BACK);
    assert_int_equal(mnr_ask_command_of(&fr_keys, "r", 1), MNR_CMD_NONE);
    assert_int_equal(mnr_ask_command_of(&fr_keys, ":q", 1), MNR_CMD_QUIT);
    assert_int_equal(mnr_ask_value(&fr_keys, MNR_LEVEL_PICK, "ns", &level), MNR_DONT_KNOW);
    assert_int_equal(mnr_ask_value(&fr_keys, MNR_LEVEL_PICK, "2", &level), MNR_LEVEL);
    assert_int_equal(level, 2);
    mnr_ask_keys alone = fr_keys;
    alone.also = NULL;
    assert_int_equal(mnr_ask_value(&alone, MNR_CRITERIA, "y", &level), -1);
    assert_int_equal(mnr_ask_command_of(&alone, "h", 0), MNR_CMD_NONE);
}

/* A session answered with the language's keys writes the same values. */
static void test_session_in_a_language(void **state)
{
    t *x = *state;
    open_session(x, NULL, 0);
    mnr_ask_clear(&x->a);
    mnr_error err;
    mnr_error_init(&err);
    assert_int_equal(mnr_ask_start(&x->a, x->s, &fr_keys, &err), MNR_OK);
    lines(x, "Examplia|||Ana Silva|Focal point|2026-11-01|");
    lines(x, "O|||a");
    assert_true(x->a.events & MNR_ASK_HELP);
    lines(x, "pa|r");
    assert_string_equal(current(x), "C01.L2.a");
    lines(x, "ns|||");
    assert_int_equal(x->s->answers[q_index(x, "C01.L1.a")].value, MNR_YES);
    assert_int_equal(x->s->answers[q_index(x, "C01.L2.a")].value, MNR_DONT_KNOW);
}

static void check_fails(const mnr_ask_keys *k, const char *message)
{
    mnr_error err;
    mnr_error_init(&err);
    assert_int_equal(mnr_ask_keys_check(k, "fr", &err), MNR_EINVALID);
    assert_string_equal(err.message, message);
}

/* The check of a language's keys: two keys alike (in any case), or one
 * that would be taken for something else typed at the same prompt. */
static void test_keys_check(void **state)
{
    (void)state;
    mnr_error err;
    mnr_error_init(&err);
    assert_int_equal(mnr_ask_keys_check(&keys, "en", &err), MNR_OK);
    assert_int_equal(mnr_ask_keys_check(&fr_keys, "fr", &err), MNR_OK);
    mnr_ask_keys k = fr_keys;
    k.back = "P";
    check_fails(&k, "the fr keys of mnr ask clash: 'P' is the key of both \"partly\" and "
                    "\"back\" (msgctxt \"ask-key\"); give each a key of its own");
    k = fr_keys;
    k.quit = "o";
    check_fails(&k, "the fr keys of mnr ask clash: 'o' is the key of both \"yes\" and "
                    "\"quit\" (msgctxt \"ask-key\"); give each a key of its own");
    k = fr_keys;
    k.jump = "2";
    check_fails(&k, "the fr key of mnr ask '2' (for \"jump\", msgctxt \"ask-key\") will not "
                    "do: it holds white space, a digit, ':' or '-', which mean something else "
                    "at the same prompts; give it one or two lowercase letters");
    k = fr_keys;
    k.na = "";
    check_fails(&k, "the fr key of mnr ask '' (for \"not applicable\", msgctxt \"ask-key\") "
                    "will not do: it is empty; give it one or two lowercase letters");
    k = fr_keys;
    k.levels = "n i";
    check_fails(&k, "the fr key of mnr ask 'n i' (for \"levels so far\", msgctxt \"ask-key\") "
                    "will not do: it holds white space, a digit, ':' or '-', which mean "
                    "something else at the same prompts; give it one or two lowercase letters");
    k = fr_keys;
    k.help = "\x1b";
    check_fails(&k, "the fr key of mnr ask '<U+001B>' (for \"help\", msgctxt \"ask-key\") will "
                    "not do: it holds a control character or bytes that are not UTF-8; give "
                    "it one or two lowercase letters");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_details_then_first_question, setup, teardown),
        cmocka_unit_test_setup_teardown(test_details_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_groups, setup, teardown),
        cmocka_unit_test_setup_teardown(test_group_names, setup, teardown),
        cmocka_unit_test_setup_teardown(test_no_groupings, setup, teardown),
        cmocka_unit_test_setup_teardown(test_answer_with_texts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_skip_logic, setup, teardown),
        cmocka_unit_test_setup_teardown(test_levels_are_scores, setup, teardown),
        cmocka_unit_test_setup_teardown(test_back_skip_jump, setup, teardown),
        cmocka_unit_test_setup_teardown(test_invalid_keys, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stop_keeps_answer, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stop_before_details, setup, teardown),
        cmocka_unit_test_setup_teardown(test_resume, setup, teardown),
        cmocka_unit_test_setup_teardown(test_resume_keeps_groups, setup, teardown),
        cmocka_unit_test_setup_teardown(test_finished_and_review, setup, teardown),
        cmocka_unit_test_setup_teardown(test_change_keeps_texts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_refuse_files, setup, teardown),
        cmocka_unit_test_setup_teardown(test_consensus_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_same_lines_same_file, setup, teardown),
        cmocka_unit_test(test_clean),
        cmocka_unit_test(test_typed_not_text),
        cmocka_unit_test_setup_teardown(test_changed_underneath, setup, teardown),
        cmocka_unit_test_setup_teardown(test_not_text_asked_again, setup, teardown),
        cmocka_unit_test_setup_teardown(test_capability_names, setup, teardown),
        cmocka_unit_test_setup_teardown(test_long_text_cut, setup, teardown),
        cmocka_unit_test(test_keys_of_a_language),
        cmocka_unit_test_setup_teardown(test_session_in_a_language, setup, teardown),
        cmocka_unit_test(test_keys_check),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
