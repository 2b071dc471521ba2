#include "ask_show.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ask_term.h"
#include "ask_text.h"
#include "cli.h"
#include "i18n.h"
#include "session.h"
#include "textsafe.h"

#define T(m) ask_text(m)
#define D(text) show_data_text(text)

/* ---- the model's and the questionnaire's words ---- */

/* A text of the data and what it is shown as; kept for the session, as
 * the catalog may keep the text it was asked for (ask_show_free). */
typedef struct data_text {
    const char *text; /* the model's or questionnaire's own */
    char *msgid;      /* its white space collapsed, as itstool extracts it */
    const char *shown;
    struct data_text *next;
} data_text;

static data_text *data_texts;

/* `text` with every run of white space one space, none at either end. */
static char *collapse(const char *text)
{
    char *out = malloc(strlen(text) + 1), *o = out;
    if (!out)
        return NULL;
    for (const char *p = text; *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
            if (o > out && o[-1] != ' ')
                *o++ = ' ';
            continue;
        }
        *o++ = *p;
    }
    if (o > out && o[-1] == ' ')
        o--;
    *o = '\0';
    return out;
}

const char *show_data_text(const char *text)
{
    if (!text || !text[0] || strcmp(mnr_i18n_language(), "en") == 0)
        return text ? text : "";
    for (const data_text *d = data_texts; d; d = d->next)
        if (d->text == text)
            return d->shown;
    data_text *d = calloc(1, sizeof *d);
    char *msgid = d ? collapse(text) : NULL;
    if (!msgid) {
        free(d);
        return text;
    }
    const char *tr = _(msgid);
    *d = (data_text){text, msgid, tr == msgid ? text : tr, data_texts};
    data_texts = d;
    return d->shown;
}

void ask_show_free(void)
{
    while (data_texts) {
        data_text *next = data_texts->next;
        free(data_texts->msgid);
        free(data_texts);
        data_texts = next;
    }
}

/* A score (1.17) as the language writes it, into buf. */
static const char *score_text(char *buf, size_t size, double score)
{
    char machine[32];
    snprintf(machine, sizeof machine, "%.2f", score);
    return mnr_number_text(buf, size, machine);
}

/* "yes", "level 2 (Developing)": the answer to question qi as shown. */
static const char *value_text(const mnr_session *s, int qi)
{
    static char buf[256];
    const mnr_session_answer *a = &s->answers[qi];
    switch (a->value) {
    case MNR_YES: return T(T_VALUE_YES);
    case MNR_PARTLY: return T(T_VALUE_PARTLY);
    case MNR_NO: return T(T_VALUE_NO);
    case MNR_DONT_KNOW: return T(T_VALUE_DONT_KNOW);
    case MNR_NA: return T(T_VALUE_NA);
    case MNR_LEVEL:
        snprintf(buf, sizeof buf, T(T_VALUE_LEVEL), a->level,
                 D(s->ctx->model->level_name[a->level]));
        return buf;
    case MNR_UNANSWERED: break;
    }
    return "";
}

/* A shell word for a path: as it is when plain, else in single quotes. */
static void put_word(const char *w)
{
    const char *safe = cli_safe(w);
    if (safe[0] && strspn(safe, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                "0123456789_-./+,:@%=") == strlen(safe)) {
        fputs(safe, stdout);
        return;
    }
    putchar('\'');
    for (const char *p = safe; *p; p++) {
        if (*p == '\'')
            fputs("'\\''", stdout); /* ' ends the quote, \' is one, ' opens again */
        else
            putchar(*p);
    }
    putchar('\'');
}

static void put_data_dir(const ask_opts *o)
{
    if (o->data_dir) {
        fputs(" --data-dir ", stdout);
        put_word(o->data_dir);
    }
}

static void show_resume_command(const ask_opts *o)
{
    ask_say(S_PLAIN, 0, "%s", T(T_RESUME));
    fputs("  mnr ask", stdout);
    if (o->custom) {
        fputs(" -q ", stdout);
        put_word(o->qpath);
    }
    fputs(" -o ", stdout);
    put_word(o->out);
    put_data_dir(o);
    putchar('\n');
}

/* "mnr report answers.xml -o answers-report.html" */
static void show_report_command(const ask_opts *o)
{
    size_t n = strlen(o->out);
    size_t stem = n > 4 && strcmp(o->out + n - 4, ".xml") == 0 ? n - 4 : n;
    char *report = malloc(stem + 20);
    if (!report)
        return;
    snprintf(report, stem + 20, "%.*s-report.html", (int)stem, o->out);
    ask_say(S_PLAIN, 0, "%s", T(T_REPORT));
    fputs("  mnr report ", stdout);
    put_word(o->out);
    fputs(" -o ", stdout);
    put_word(report);
    put_data_dir(o);
    putchar('\n');
    free(report);
}

/* `text` shown at most `max` characters wide: cut with "..." */
static void say_cut(enum ask_style st, const char *fmt, const char *id, const char *text, int max)
{
    char *safe = mnr_text_safe_dup(text, strlen(text), MNR_TEXT_LINE, NULL);
    if (!safe)
        return;
    if (max > 3 && ask_width_of(safe, strlen(safe)) > max)
        strcpy(safe + mnr_utf8_chars(safe, (size_t)max - 3), "...");
    ask_say(st, 0, fmt, id, safe);
    free(safe);
}

static void show_levels(const mnr_session *s, int final)
{
    const mnr_scores *sc = s->scores;
    const mnr_model *m = s->ctx->model;
    char score[32];
    ask_blank();
    ask_say(S_HEAD, 0, "%s", T(final ? T_SUMMARY_HEAD : T_LEVELS_HEAD));
    for (int d = 0; d < m->n_domains; d++) {
        const mnr_domain_score *ds = &sc->domains[d];
        if (ds->assessed)
            ask_say(S_PLAIN, 2, T(T_LEVELS_DOMAIN), m->domains[d].number, D(m->domains[d].name),
                score_text(score, sizeof score, ds->score), ds->caps_assessed, ds->caps);
        else
            ask_say(S_PLAIN, 2, T(T_LEVELS_DOMAIN_NONE), m->domains[d].number,
                D(m->domains[d].name));
        for (int c = 0; !final && c < m->n_caps; c++) {
            const mnr_cap_score *cs = &sc->caps[c];
            if (m->caps[c].domain != d || (cs->answered == 0 && cs->applicable > 0))
                continue; /* listed together below */
            char status[256], count[64];
            const char *why = cs->why == MNR_UNASSESSED_NOT_APPLICABLE ? T(T_WHY_NOT_APPLICABLE)
                              : cs->why == MNR_UNASSESSED_DONT_KNOW    ? T(T_WHY_DONT_KNOW)
                                                                       : T(T_WHY_NOT_ANSWERED);
            if (cs->assessed)
                snprintf(status, sizeof status, T(T_LEVELS_CAP_LEVEL), cs->level,
                         D(m->level_name[cs->level]),
                         cs->provisional ? T(T_LEVELS_PROVISIONAL) : "",
                         score_text(score, sizeof score, cs->score));
            else
                snprintf(status, sizeof status, T(T_LEVELS_CAP_NONE), why);
            snprintf(count, sizeof count, T(T_LEVELS_ANSWERED), cs->answered, cs->applicable);
            const char *shown = D(m->caps[c].name);
            char *name = mnr_text_safe_dup(shown, strlen(shown), MNR_TEXT_LINE, NULL);
            int w = name ? ask_width_of(name, strlen(name)) : 0;
            if (w > 34) /* a long name on a line of its own */
                printf("  %2d %s\n%40s", m->caps[c].number, name, "");
            else
                printf("  %2d %s%*s", m->caps[c].number, name ? name : "", 35 - w, "");
            printf("%s  %s\n", status, count);
            free(name);
        }
    }
    /* the capabilities with no answer yet: one line, not a row each */
    char list[1024] = "";
    for (int c = 0; !final && c < m->n_caps; c++) {
        size_t used = strlen(list);
        if (sc->caps[c].answered == 0 && sc->caps[c].applicable > 0 && used + 8 < sizeof list)
            snprintf(list + used, sizeof list - used, "%s%d", used ? ", " : "",
                     m->caps[c].number);
    }
    if (list[0])
        ask_say(S_PLAIN, 2, T(T_LEVELS_UNANSWERED), list);
    if (sc->assessed && sc->has_overall_level)
        ask_say(S_PLAIN, 0, T(T_OVERALL), score_text(score, sizeof score, sc->overall_index),
            sc->overall_level, D(m->level_name[sc->overall_level]), sc->caps_assessed, m->n_caps);
    else if (sc->assessed)
        ask_say(S_PLAIN, 0,
            ask_ntext(P_OVERALL_NO_LEVEL,
                      (unsigned long)(m->n_domains - sc->domains_assessed)),
            score_text(score, sizeof score, sc->overall_index), sc->caps_assessed, m->n_caps,
            m->n_domains - sc->domains_assessed);
    else
        ask_say(S_PLAIN, 0, "%s", T(T_OVERALL_NONE));
}

static void show_answer_keys(const mnr_session *s, int qi)
{
    const mnr_question *q = &s->q->questions[qi];
    if (s->q->kind == MNR_LEVEL_PICK)
        ask_say(S_PLAIN, 0, "%s", T(T_KEYS_RAPID));
    else
        ask_say(S_PLAIN, 0, "%s", T(q->allow_na ? T_KEYS_CRITERIA_NA : T_KEYS_CRITERIA));
    ask_say(S_DIM, 0, "%s", T(T_KEYS_OTHER));
    if (mnr_session_is_answered(s, qi))
        ask_say(S_DIM, 0, "%s", T(T_KEYS_KEEP));
}

static void show_question(const mnr_session *s, int qi)
{
    const mnr_model *m = s->ctx->model;
    const mnr_question *q = &s->q->questions[qi];
    mnr_session_place p;
    mnr_session_place_of(s, qi, &p);
    ask_blank();
    ask_say(S_HEAD, 0, T(T_DOMAIN), m->domains[p.domain].number, m->n_domains,
        D(m->domains[p.domain].name));
    ask_say(S_HEAD, 0, T(T_CAPABILITY), m->caps[p.cap].number, m->n_caps, D(m->caps[p.cap].name));
    ask_say(S_DIM, 0, T(T_POSITION), p.in_cap, p.cap_on, p.overall, p.overall_on,
        mnr_session_percent_done(s));
    ask_blank();
    if (s->q->kind == MNR_CRITERIA)
        ask_say(S_PLAIN, 0, T(T_CRITERION), q->id, q->level, D(m->level_name[q->level]));
    else
        ask_say(S_PLAIN, 0, T(T_LEVEL_PICK), q->id);
    ask_say(S_QUESTION, 0, "%s", D(q->text));
    ask_blank();
    if (s->q->kind == MNR_CRITERIA) {
        ask_say(S_PLAIN, 0, T(T_EVIDENCE_HELP), D(q->help));
    } else {
        ask_say(S_PLAIN, 0, "%s", D(q->help));
        ask_blank();
        for (int l = 0; l < MNR_LEVELS; l++)
            ask_say(S_PLAIN, 2, T(T_LEVEL_OPTION), l, D(m->level_name[l]),
                D(l == 0 ? m->level_text[0] : m->caps[p.cap].descriptor[l]));
    }
    const mnr_session_answer *a = &s->answers[qi];
    if (a->value != MNR_UNANSWERED) {
        ask_blank();
        ask_say(S_OK, 0, T(T_CURRENT), value_text(s, qi));
        if (a->evidence)
            ask_say(S_PLAIN, 2, T(T_CURRENT_EVIDENCE), a->evidence);
        if (a->comment)
            ask_say(S_PLAIN, 2, T(T_CURRENT_COMMENT), a->comment);
    }
    ask_blank();
    show_answer_keys(s, qi);
}

/* How evidence and comments are typed: in full the first time, then a
 * reminder, or the text the answer has and how to keep it. */
static void show_text_prompt(const mnr_ask *a, int evidence)
{
    static int explained[2];
    const mnr_session_answer *old = &a->s->answers[a->cur];
    const char *had = evidence ? old->evidence : old->comment;
    if (!explained[evidence]) {
        ask_blank();
        ask_say(S_PLAIN, 0, "%s", T(evidence ? T_EVIDENCE_ASK : T_COMMENT_ASK));
        ask_say(S_DIM, 0, "%s", T(T_TEXT_COMMANDS));
        explained[evidence] = 1;
    } else if (evidence && !(a->keep && had)) {
        ask_say(S_DIM, 0, "%s", T(T_TEXT_AGAIN));
    }
    if (a->keep && had) {
        ask_say(S_PLAIN, 2, T(evidence ? T_CURRENT_EVIDENCE : T_CURRENT_COMMENT), had);
        ask_say(S_PLAIN, 0, "%s", T(T_TEXT_KEEP));
    }
}

static void show_switched(const mnr_ask *a)
{
    const mnr_session *s = a->s;
    int answered = 0;
    if (a->n_off) {
        ask_say(S_HINT, 0, ask_ntext(P_OFF, (unsigned long)a->n_off), a->n_off);
        for (int i = 0; i < a->n_off; i++) {
            const mnr_question *q = &s->q->questions[a->off[i]];
            say_cut(S_PLAIN, T(T_SWITCHED_ROW), q->id, D(q->text),
                    ask_term.width - 3 - (int)strlen(q->id));
            answered += mnr_session_is_answered(s, a->off[i]);
        }
    }
    if (a->n_on) {
        ask_say(S_HINT, 0, ask_ntext(P_ON, (unsigned long)a->n_on), a->n_on);
        for (int i = 0; i < a->n_on; i++) {
            const mnr_question *q = &s->q->questions[a->on[i]];
            say_cut(S_PLAIN, T(T_SWITCHED_ROW), q->id, D(q->text),
                    ask_term.width - 3 - (int)strlen(q->id));
        }
    }
    if (answered)
        ask_say(S_DIM, 0, "%s", T(T_OFF_ANSWERED));
}

/* The capabilities to choose from, with how far each is answered. */
static void show_capabilities(const mnr_session *s)
{
    const mnr_model *m = s->ctx->model;
    for (int c = 0; c < m->n_caps; c++)
        ask_say(S_PLAIN, 4, T(T_JUMP_ROW), m->caps[c].number, D(m->caps[c].name),
            s->scores->caps[c].answered, s->scores->caps[c].applicable);
}

static void show_jump(const mnr_session *s)
{
    ask_blank();
    ask_say(S_HEAD, 0, "%s", T(T_JUMP_HEAD));
    show_capabilities(s);
}

static void show_menu(const mnr_session *s)
{
    int open = mnr_session_open_count(s), caps = s->ctx->model->n_caps;
    ask_blank();
    if (open == 0)
        ask_say(S_OK, 0, T(T_MENU_DONE), s->scores->applicable);
    else
        ask_say(S_HINT, 0, T(T_MENU_OPEN), open);
    show_capabilities(s);
    ask_say(S_PLAIN, 0, T(open ? T_MENU_CHOICES_OPEN : T_MENU_CHOICES_DONE), caps);
}

/* The grouping a prompt asks for (region, income group), or -1. */
static int prompt_grouping(mnr_ask_prompt p)
{
    int d = mnr_ask_detail_of(p);
    return d >= 0 ? mnr_session_detail_grouping((mnr_detail)d) : -1;
}

/* The groups to choose from, numbered, in the model's words. */
static void show_groups(const mnr_session *s, int g)
{
    const mnr_grouping *gr = &s->ctx->model->groupings[g];
    ask_blank();
    ask_say(S_HEAD, 0, T(T_GROUP_HEAD), D(gr->name));
    for (int i = 0; i < gr->n_groups; i++)
        ask_say(S_PLAIN, 4, T(T_GROUP_ROW), i + 1, D(gr->groups[i].name));
    if (s->group[g])
        ask_say(S_DIM, 0, "%s", T(T_GROUP_KEEP));
}

static void show_help(const mnr_ask *a)
{
    const mnr_session *s = a->s;
    const mnr_model *m = s->ctx->model;
    ask_blank();
    switch (a->prompt) {
    case MNR_PROMPT_ANSWER: {
        const mnr_question *q = &s->q->questions[a->cur];
        ask_say(S_PLAIN, 5, "%s", T(s->q->kind == MNR_LEVEL_PICK ? T_HELP_ANSWER_RAPID : T_HELP_ANSWER));
        ask_say(S_PLAIN, 5, "%s", T(T_HELP_COMMANDS));
        if (a->keys->also)
            ask_say(S_PLAIN, 0, "%s", T(T_HELP_ENGLISH_KEYS));
        if (s->q->kind == MNR_CRITERIA) {
            ask_blank();
            ask_say(S_PLAIN, 0, T(T_HELP_LEVEL), q->level, D(m->level_name[q->level]),
                D(m->caps[q->capability].descriptor[q->level]));
        }
        break;
    }
    case MNR_PROMPT_EVIDENCE:
    case MNR_PROMPT_COMMENT: ask_say(S_PLAIN, 0, "%s", T(T_HELP_TEXT)); break;
    case MNR_PROMPT_JUMP: ask_say(S_PLAIN, 0, "%s", T(T_HELP_JUMP)); break;
    case MNR_PROMPT_MENU: ask_say(S_PLAIN, 0, "%s", T(T_HELP_MENU)); break;
    default: ask_say(S_PLAIN, 0, "%s", T(T_HELP_DETAILS)); break;
    }
}

static void show_hint(const mnr_ask *a, const char *line, const char *today)
{
    const mnr_session *s = a->s;
    char shown[64];
    /* the line quoted, made safe, and short */
    mnr_text_safe(shown, sizeof shown, line, MNR_TEXT_LINE);
    int caps = s->ctx->model->n_caps;
    switch (a->hint) {
    case MNR_HINT_KEY:
        ask_say(S_HINT, 0, T(s->q->kind == MNR_LEVEL_PICK ? H_KEY_RAPID : H_KEY), shown);
        break;
    case MNR_HINT_NA: ask_say(S_HINT, 0, "%s", T(H_NA)); break;
    case MNR_HINT_REQUIRED: ask_say(S_HINT, 0, "%s", T(H_REQUIRED)); break;
    case MNR_HINT_DATE: ask_say(S_HINT, 0, T(H_DATE), shown, today); break;
    case MNR_HINT_DATE_EARLY: ask_say(S_HINT, 0, T(H_DATE_EARLY), shown, MNR_DATE_FIRST); break;
    case MNR_HINT_DATE_FUTURE: ask_say(S_HINT, 0, T(H_DATE_FUTURE), shown, today); break;
    case MNR_HINT_TARGET: ask_say(S_HINT, 0, T(H_TARGET), shown); break;
    case MNR_HINT_GROUP:
        ask_say(S_HINT, 0, T(H_GROUP), shown,
                s->ctx->model->groupings[prompt_grouping(a->prompt)].n_groups);
        break;
    case MNR_HINT_CAPABILITY: ask_say(S_HINT, 0, T(H_CAPABILITY), shown, caps); break;
    case MNR_HINT_NOT_YET: ask_say(S_HINT, 0, "%s", T(H_NOT_YET)); break;
    case MNR_HINT_MENU: ask_say(S_HINT, 0, T(H_MENU), shown, caps); break;
    case MNR_HINT_CONTROL: ask_say(S_HINT, 0, T(H_CONTROL), shown); break;
    case MNR_HINT_NOT_UTF8: ask_say(S_HINT, 0, T(H_NOT_UTF8), shown); break;
    case MNR_HINT_NONE: break;
    }
}

static int is_detail(mnr_ask_prompt p)
{
    return mnr_ask_detail_of(p) >= 0;
}

static void show_end(const mnr_ask *a, const ask_opts *o)
{
    const mnr_session *s = a->s;
    if (a->events & MNR_ASK_NOTHING) {
        ask_say(S_HINT, 0, "%s", T(T_NOTHING));
        return;
    }
    if (a->events & MNR_ASK_FINISHED) {
        show_levels(s, 1);
        ask_blank();
        ask_say(S_OK, 0, T(T_FINISHED), s->scores->applicable, o->out);
        show_report_command(o);
        return;
    }
    ask_blank();
    ask_say(S_OK, 0, T(T_QUIT), o->out, s->checked->n_answers, mnr_session_open_count(s));
    show_resume_command(o);
}

void ask_render(const mnr_ask *a, mnr_ask_prompt prev, int prev_cur, const char *line,
                const ask_opts *o, const char *today)
{
    const mnr_session *s = a->s;
    unsigned e = a->events;
    ask_term_measure();
    if (e & MNR_ASK_INVALID)
        show_hint(a, line, today);
    if (e & MNR_ASK_CUT)
        ask_say(S_HINT, 0, T(T_CUT), MNR_SESSION_TEXT_MAX);
    if (e & MNR_ASK_AT_START)
        ask_say(S_HINT, 0, "%s", T(T_AT_START));
    if (e & MNR_ASK_ALL_OFF)
        ask_say(S_HINT, 0, "%s", T(T_ALL_OFF));
    if ((e & MNR_ASK_SAVED) && is_detail(prev))
        ask_say(S_OK, 0, T(T_DETAILS_SAVED), o->out);
    else if ((e & MNR_ASK_SAVED) && prev_cur >= 0)
        ask_say(S_OK, 0, T(T_SAVED), s->q->questions[prev_cur].id, value_text(s, prev_cur));
    if ((e & MNR_ASK_KEPT) && prev_cur >= 0)
        ask_say(S_OK, 0, T(T_KEPT), s->q->questions[prev_cur].id, value_text(s, prev_cur));
    if ((e & MNR_ASK_SKIPPED) && prev_cur >= 0)
        ask_say(S_HINT, 0, T(T_SKIPPED), s->q->questions[prev_cur].id);
    if (e & MNR_ASK_SWITCHED)
        show_switched(a);
    if ((e & MNR_ASK_REVIEWED) && prev_cur >= 0) {
        const mnr_capability *c = &s->ctx->model->caps[s->q->questions[prev_cur].capability];
        ask_say(S_OK, 0, T(T_REVIEWED), c->number, D(c->name));
    }
    if (e & MNR_ASK_HELP)
        show_help(a);
    if (e & MNR_ASK_LEVELS)
        show_levels(s, 0);
    if (e & MNR_ASK_RESUMED) {
        ask_blank();
        ask_say(S_OK, 0, T(T_RESUMED), o->out, s->country, s->scores->answered,
            s->scores->applicable, s->q->questions[a->cur].id);
    }
    if (e & (MNR_ASK_FINISHED | MNR_ASK_QUIT | MNR_ASK_NOTHING))
        show_end(a, o);
    if (e & MNR_ASK_DETAILS) {
        ask_blank();
        ask_say(S_HEAD, 0, "%s", T(a->new_file ? T_DETAILS_NEW : T_DETAILS_AGAIN));
    }
    /* the choices when a region or income prompt comes up, and with its help */
    if (prompt_grouping(a->prompt) >= 0 &&
        (a->prompt != prev || (e & (MNR_ASK_DETAILS | MNR_ASK_HELP))))
        show_groups(s, prompt_grouping(a->prompt));
    if (e & MNR_ASK_JUMP)
        show_jump(s);
    if ((e & MNR_ASK_MENU) && prev == MNR_PROMPT_DONE) {
        ask_blank();
        ask_say(S_OK, 0, T(T_COMPLETE_FILE), o->out, s->country);
    }
    if (e & MNR_ASK_MENU)
        show_menu(s);
    if (e & MNR_ASK_QUESTION)
        show_question(s, a->cur);
    if (e & (MNR_ASK_EVIDENCE | MNR_ASK_COMMENT)) {
        show_text_prompt(a, (e & MNR_ASK_EVIDENCE) != 0);
    }
}

/* The prompt of detail d: its name and the value it has. */
static void detail_label(const mnr_session *s, mnr_detail d, char *label, size_t size)
{
    const char *v = mnr_session_detail(s, d);
    char model_target[2] = {(char)('0' + s->ctx->model->default_target), 0};
    if (d == MNR_DETAIL_TARGET && !v[0])
        v = model_target;
    int g = mnr_session_detail_grouping(d);
    if (g >= 0) {
        const mnr_grouping *gr = &s->ctx->model->groupings[g];
        int i = mnr_model_group(s->ctx->model, (mnr_grouping_id)g, v);
        snprintf(label, size, T(T_DETAIL_COUNTRY + d), D(gr->name), gr->n_groups);
        size_t n = strlen(label);
        if (i >= 0)
            snprintf(label + n, size - n, " [%s]", cli_safe(D(gr->groups[i].name)));
        else
            snprintf(label + n, size - n, "%s", T(T_GROUP_NONE));
    } else if (v[0])
        snprintf(label, size, "%s [%s]", T(T_DETAIL_COUNTRY + d), cli_safe(v));
    else
        snprintf(label, size, "%s", T(T_DETAIL_COUNTRY + d));
}

void ask_show_prompt(const mnr_ask *a)
{
    const mnr_session *s = a->s;
    char label[512];
    switch (a->prompt) {
    case MNR_PROMPT_ANSWER: snprintf(label, sizeof label, "%s", T(T_PROMPT_ANSWER)); break;
    case MNR_PROMPT_EVIDENCE:
    case MNR_PROMPT_COMMENT:
        snprintf(label, sizeof label, "%s",
                 a->lines ? T(T_PROMPT_MORE)
                          : T(a->prompt == MNR_PROMPT_EVIDENCE ? T_PROMPT_EVIDENCE : T_PROMPT_COMMENT));
        break;
    case MNR_PROMPT_JUMP:
        snprintf(label, sizeof label, T(T_PROMPT_JUMP), s->ctx->model->n_caps);
        break;
    case MNR_PROMPT_MENU: snprintf(label, sizeof label, "%s", T(T_PROMPT_MENU)); break;
    case MNR_PROMPT_DONE: return;
    default: /* a detail */
        detail_label(s, (mnr_detail)mnr_ask_detail_of(a->prompt), label, sizeof label);
        break;
    }
    printf("%s%s>%s ", ask_on(S_PROMPT), label, ask_off(S_PROMPT));
    fflush(stdout);
}
