/*
 * mnr ask [-q full|rapid|FILE] -o ANSWERS - the guided questionnaire in the
 * terminal. What a line means and what comes next is core/ask.c, the file
 * core/session.c; here: the options, the terminal (colour, width, signals),
 * reading lines, and saying what happened in the words of ask_text.c.
 * Plain lines, no cursor movement: it reads the same in a log or a screen
 * reader as on the screen.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "ask.h"
#include "ask_text.h"
#include "cli.h"
#include "commands.h"
#include "datadir.h"
#include "fileio.h"
#include "session.h"
#include "textsafe.h"

#define T(m) ask_text(m)
/* A line longer than this is cut (a text is cut shorter, in the core). */
#define LINE_MAX_BYTES (2 * MNR_SESSION_TEXT_MAX)

typedef struct ask_opts {
    const char *data_dir, *out, *questionnaire;
    char *qpath;      /* the questionnaire file, NULL: the file's own or full */
    int custom;       /* -q named a file: the resume command repeats it */
} ask_opts;

/* ---- the terminal ---- */

static struct {
    int colour; /* a terminal, NO_COLOR unset or empty, TERM not dumb */
    int width;  /* wrap at (term_measure) */
    int echo;   /* input is not a terminal: show each line after its prompt */
} term;

enum style { S_PLAIN, S_HEAD, S_QUESTION, S_HINT, S_OK, S_DIM, S_PROMPT };

static const char *on(enum style s)
{
    static const char *const codes[] = {"", "\033[1;36m", "\033[1m", "\033[33m", "\033[32m",
                                        "\033[2m", "\033[1m"};
    return term.colour ? codes[s] : "";
}

static const char *off(enum style s)
{
    return term.colour && s != S_PLAIN ? "\033[0m" : "";
}

/* The width to wrap at: the terminal's, at most 80, less 2; asked again
 * before each screen, so a resized window is followed. */
static void term_measure(void)
{
    struct winsize ws;
    term.width = 80;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20 &&
        ws.ws_col < 80)
        term.width = ws.ws_col;
    term.width -= 2;
}

static void term_setup(void)
{
    const char *no_colour = getenv("NO_COLOR"), *type = getenv("TERM");
    term.colour = isatty(STDOUT_FILENO) && !(no_colour && no_colour[0]) &&
                  !(type && strcmp(type, "dumb") == 0);
    term.echo = !isatty(STDIN_FILENO);
    term_measure();
}

/* Characters (not bytes) in the first `n` bytes of UTF-8 `s`. */
static int width_of(const char *s, size_t n)
{
    int w = 0;
    for (size_t i = 0; i < n; i++)
        w += ((unsigned char)s[i] & 0xC0) != 0x80;
    return w;
}

/* One paragraph (safe text), wrapped; lines after the first indented by
 * `hang`, and the first keeps its leading spaces. */
static void wrap(enum style st, int hang, const char *text)
{
    size_t lead = strspn(text, " ");
    int col = (int)lead, at_start = 1;
    printf("%s%.*s", on(st), (int)lead, text);
    for (const char *p = text + lead; *p;) {
        size_t n = strcspn(p, " ");
        int w = width_of(p, n);
        if (!at_start && col + 1 + w > term.width) {
            printf("%s\n%*s%s", off(st), hang, "", on(st));
            col = hang;
            at_start = 1;
        }
        if (!at_start) {
            putchar(' ');
            col++;
        }
        fwrite(p, 1, n, stdout);
        col += w;
        at_start = 0;
        p += n;
        p += strspn(p, " ");
    }
    printf("%s\n", off(st));
}

/* Formats, makes every paragraph (split at "\n") safe for the terminal,
 * and prints it wrapped. Text from files goes through here. */
static void say(enum style st, int hang, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
static void say(enum style st, int hang, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *text = mnr_vasprintf(NULL, fmt, ap);
    va_end(ap);
    for (char *line = text, *nl; line; line = nl ? nl + 1 : NULL) {
        nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        char *safe = mnr_text_safe_dup(line, strlen(line), MNR_TEXT_LINE, NULL);
        if (safe)
            wrap(st, hang, safe);
        free(safe);
    }
    free(text);
}

static void blank(void)
{
    putchar('\n');
}

/* ---- reading lines ---- */

static volatile sig_atomic_t got_signal;

static void on_signal(int sig)
{
    got_signal = sig;
}

typedef struct reader {
    char buf[4096];
    size_t start, end;
    int eof;
    sigset_t wait_mask; /* the signals let through while waiting for input */
    char *line;
    size_t len, cap;
} reader;

/* Ctrl-C (and SIGTERM, SIGHUP) are held except while waiting for input,
 * so that they end the session only between lines: saved, as q would. */
static void signals_setup(reader *r)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigset_t hold;
    sigemptyset(&hold);
    sigaddset(&hold, SIGINT);
    sigaddset(&hold, SIGTERM);
    sigaddset(&hold, SIGHUP);
    sigprocmask(SIG_BLOCK, &hold, &r->wait_mask);
    sigdelset(&r->wait_mask, SIGINT);
    sigdelset(&r->wait_mask, SIGTERM);
    sigdelset(&r->wait_mask, SIGHUP);
}

static void keep_byte(reader *r, char c)
{
    if (r->len + 1 >= r->cap) {
        if (r->cap >= LINE_MAX_BYTES)
            return; /* the rest of a very long line is dropped */
        size_t cap = r->cap ? 2 * r->cap : 256;
        char *grown = realloc(r->line, cap);
        if (!grown)
            return;
        r->line = grown;
        r->cap = cap;
    }
    r->line[r->len++] = c;
    r->line[r->len] = '\0';
}

/* The next line, without its line break, in r->line: 1; 0 at the end of
 * input; -1 when a signal came. */
static int read_line(reader *r)
{
    r->len = 0;
    if (!r->line && !(r->line = malloc(r->cap = 256)))
        return 0;
    r->line[0] = '\0';
    for (;;) {
        while (r->start < r->end) {
            char c = r->buf[r->start++];
            if (c == '\n')
                return 1;
            keep_byte(r, c);
        }
        if (r->eof)
            return r->len > 0;
        if (got_signal)
            return -1;
        fd_set in;
        FD_ZERO(&in);
        FD_SET(STDIN_FILENO, &in);
        if (pselect(STDIN_FILENO + 1, &in, NULL, NULL, NULL, &r->wait_mask) < 0) {
            if (errno != EINTR)
                r->eof = 1;
            continue;
        }
        ssize_t got = read(STDIN_FILENO, r->buf, sizeof r->buf);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            r->eof = 1; /* the end, or the terminal gone (EIO) */
        else
            r->start = 0, r->end = (size_t)got;
    }
}

/* ---- what is shown ---- */

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
                 s->ctx->model->level_name[a->level]);
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
    say(S_PLAIN, 0, "%s", T(T_RESUME));
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
    say(S_PLAIN, 0, "%s", T(T_REPORT));
    fputs("  mnr report ", stdout);
    put_word(o->out);
    fputs(" -o ", stdout);
    put_word(report);
    put_data_dir(o);
    putchar('\n');
    free(report);
}

/* `text` shown at most `max` characters wide: cut with "..." */
static void say_cut(enum style st, const char *fmt, const char *id, const char *text, int max)
{
    char *safe = mnr_text_safe_dup(text, strlen(text), MNR_TEXT_LINE, NULL);
    if (!safe)
        return;
    if (max > 3 && width_of(safe, strlen(safe)) > max)
        strcpy(safe + mnr_utf8_chars(safe, (size_t)max - 3), "...");
    say(st, 0, fmt, id, safe);
    free(safe);
}

static void show_levels(const mnr_session *s, int final)
{
    const mnr_scores *sc = s->scores;
    const mnr_model *m = s->ctx->model;
    blank();
    say(S_HEAD, 0, "%s", T(final ? T_SUMMARY_HEAD : T_LEVELS_HEAD));
    for (int d = 0; d < m->n_domains; d++) {
        const mnr_domain_score *ds = &sc->domains[d];
        if (ds->assessed)
            say(S_PLAIN, 2, T(T_LEVELS_DOMAIN), m->domains[d].number, m->domains[d].name,
                ds->score, ds->caps_assessed, ds->caps);
        else
            say(S_PLAIN, 2, T(T_LEVELS_DOMAIN_NONE), m->domains[d].number, m->domains[d].name);
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
                         m->level_name[cs->level], cs->provisional ? T(T_LEVELS_PROVISIONAL) : "",
                         cs->score);
            else
                snprintf(status, sizeof status, T(T_LEVELS_CAP_NONE), why);
            snprintf(count, sizeof count, T(T_LEVELS_ANSWERED), cs->answered, cs->applicable);
            char *name = mnr_text_safe_dup(m->caps[c].name, strlen(m->caps[c].name),
                                           MNR_TEXT_LINE, NULL);
            int w = name ? width_of(name, strlen(name)) : 0;
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
        say(S_PLAIN, 2, T(T_LEVELS_UNANSWERED), list);
    if (sc->assessed && sc->has_overall_level)
        say(S_PLAIN, 0, T(T_OVERALL), sc->overall_index, sc->overall_level,
            m->level_name[sc->overall_level], sc->caps_assessed, m->n_caps);
    else if (sc->assessed)
        say(S_PLAIN, 0, T(T_OVERALL_NO_LEVEL), sc->overall_index, sc->caps_assessed, m->n_caps,
            m->n_domains - sc->domains_assessed);
    else
        say(S_PLAIN, 0, "%s", T(T_OVERALL_NONE));
}

static void show_answer_keys(const mnr_session *s, int qi)
{
    const mnr_question *q = &s->q->questions[qi];
    if (s->q->kind == MNR_LEVEL_PICK)
        say(S_PLAIN, 0, "%s", T(T_KEYS_RAPID));
    else
        say(S_PLAIN, 0, "%s%s", T(T_KEYS_CRITERIA), q->allow_na ? T(T_KEYS_NA) : "");
    say(S_DIM, 0, "%s", T(T_KEYS_OTHER));
    if (mnr_session_is_answered(s, qi))
        say(S_DIM, 0, "%s", T(T_KEYS_KEEP));
}

static void show_question(const mnr_session *s, int qi)
{
    const mnr_model *m = s->ctx->model;
    const mnr_question *q = &s->q->questions[qi];
    mnr_session_place p;
    mnr_session_place_of(s, qi, &p);
    blank();
    say(S_HEAD, 0, T(T_DOMAIN), m->domains[p.domain].number, m->n_domains,
        m->domains[p.domain].name);
    say(S_HEAD, 0, T(T_CAPABILITY), m->caps[p.cap].number, m->n_caps, m->caps[p.cap].name);
    say(S_DIM, 0, T(T_POSITION), p.in_cap, p.cap_on, p.overall, p.overall_on,
        mnr_session_percent_done(s));
    blank();
    if (s->q->kind == MNR_CRITERIA)
        say(S_PLAIN, 0, T(T_CRITERION), q->id, q->level, m->level_name[q->level]);
    else
        say(S_PLAIN, 0, T(T_LEVEL_PICK), q->id);
    say(S_QUESTION, 0, "%s", q->text);
    blank();
    if (s->q->kind == MNR_CRITERIA) {
        say(S_PLAIN, 0, T(T_EVIDENCE_HELP), q->help);
    } else {
        say(S_PLAIN, 0, "%s", q->help);
        blank();
        for (int l = 0; l < MNR_LEVELS; l++)
            say(S_PLAIN, 2, T(T_LEVEL_OPTION), l, m->level_name[l],
                l == 0 ? m->level_text[0] : m->caps[p.cap].descriptor[l]);
    }
    const mnr_session_answer *a = &s->answers[qi];
    if (a->value != MNR_UNANSWERED) {
        blank();
        say(S_OK, 0, T(T_CURRENT), value_text(s, qi));
        if (a->evidence)
            say(S_PLAIN, 2, T(T_CURRENT_EVIDENCE), a->evidence);
        if (a->comment)
            say(S_PLAIN, 2, T(T_CURRENT_COMMENT), a->comment);
    }
    blank();
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
        blank();
        say(S_PLAIN, 0, "%s", T(evidence ? T_EVIDENCE_ASK : T_COMMENT_ASK));
        say(S_DIM, 0, "%s", T(T_TEXT_COMMANDS));
        explained[evidence] = 1;
    } else if (evidence && !(a->keep && had)) {
        say(S_DIM, 0, "%s", T(T_TEXT_AGAIN));
    }
    if (a->keep && had) {
        say(S_PLAIN, 2, T(evidence ? T_CURRENT_EVIDENCE : T_CURRENT_COMMENT), had);
        say(S_PLAIN, 0, "%s", T(T_TEXT_KEEP));
    }
}

static void show_switched(const mnr_ask *a)
{
    const mnr_session *s = a->s;
    int answered = 0;
    if (a->n_off) {
        if (a->n_off == 1)
            say(S_HINT, 0, "%s", T(T_OFF_ONE));
        else
            say(S_HINT, 0, T(T_OFF_MANY), a->n_off);
        for (int i = 0; i < a->n_off; i++) {
            const mnr_question *q = &s->q->questions[a->off[i]];
            say_cut(S_PLAIN, T(T_SWITCHED_ROW), q->id, q->text,
                    term.width - 3 - (int)strlen(q->id));
            answered += mnr_session_is_answered(s, a->off[i]);
        }
    }
    if (a->n_on) {
        if (a->n_on == 1)
            say(S_HINT, 0, "%s", T(T_ON_ONE));
        else
            say(S_HINT, 0, T(T_ON_MANY), a->n_on);
        for (int i = 0; i < a->n_on; i++) {
            const mnr_question *q = &s->q->questions[a->on[i]];
            say_cut(S_PLAIN, T(T_SWITCHED_ROW), q->id, q->text,
                    term.width - 3 - (int)strlen(q->id));
        }
    }
    if (answered)
        say(S_DIM, 0, "%s", T(T_OFF_ANSWERED));
}

/* The capabilities to choose from, with how far each is answered. */
static void show_capabilities(const mnr_session *s)
{
    const mnr_model *m = s->ctx->model;
    for (int c = 0; c < m->n_caps; c++)
        say(S_PLAIN, 4, T(T_JUMP_ROW), m->caps[c].number, m->caps[c].name,
            s->scores->caps[c].answered, s->scores->caps[c].applicable);
}

static void show_jump(const mnr_session *s)
{
    blank();
    say(S_HEAD, 0, "%s", T(T_JUMP_HEAD));
    show_capabilities(s);
}

static void show_menu(const mnr_session *s)
{
    int open = mnr_session_open_count(s), caps = s->ctx->model->n_caps;
    blank();
    if (open == 0)
        say(S_OK, 0, T(T_MENU_DONE), s->scores->applicable);
    else
        say(S_HINT, 0, T(T_MENU_OPEN), open);
    show_capabilities(s);
    say(S_PLAIN, 0, T(open ? T_MENU_CHOICES_OPEN : T_MENU_CHOICES_DONE), caps);
}

static void show_help(const mnr_ask *a)
{
    const mnr_session *s = a->s;
    const mnr_model *m = s->ctx->model;
    blank();
    switch (a->prompt) {
    case MNR_PROMPT_ANSWER: {
        const mnr_question *q = &s->q->questions[a->cur];
        say(S_PLAIN, 5, "%s", T(s->q->kind == MNR_LEVEL_PICK ? T_HELP_ANSWER_RAPID : T_HELP_ANSWER));
        say(S_PLAIN, 5, "%s", T(T_HELP_COMMANDS));
        if (s->q->kind == MNR_CRITERIA) {
            blank();
            say(S_PLAIN, 0, T(T_HELP_LEVEL), q->level, m->level_name[q->level],
                m->caps[q->capability].descriptor[q->level]);
        }
        break;
    }
    case MNR_PROMPT_EVIDENCE:
    case MNR_PROMPT_COMMENT: say(S_PLAIN, 0, "%s", T(T_HELP_TEXT)); break;
    case MNR_PROMPT_JUMP: say(S_PLAIN, 0, "%s", T(T_HELP_JUMP)); break;
    case MNR_PROMPT_MENU: say(S_PLAIN, 0, "%s", T(T_HELP_MENU)); break;
    default: say(S_PLAIN, 0, "%s", T(T_HELP_DETAILS)); break;
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
        say(S_HINT, 0, T(s->q->kind == MNR_LEVEL_PICK ? H_KEY_RAPID : H_KEY), shown);
        break;
    case MNR_HINT_NA: say(S_HINT, 0, "%s", T(H_NA)); break;
    case MNR_HINT_REQUIRED: say(S_HINT, 0, "%s", T(H_REQUIRED)); break;
    case MNR_HINT_DATE: say(S_HINT, 0, T(H_DATE), shown, today); break;
    case MNR_HINT_TARGET: say(S_HINT, 0, T(H_TARGET), shown); break;
    case MNR_HINT_CAPABILITY: say(S_HINT, 0, T(H_CAPABILITY), shown, caps); break;
    case MNR_HINT_NOT_YET: say(S_HINT, 0, "%s", T(H_NOT_YET)); break;
    case MNR_HINT_MENU: say(S_HINT, 0, T(H_MENU), shown, caps); break;
    case MNR_HINT_CONTROL: say(S_HINT, 0, "%s", T(H_CONTROL)); break;
    case MNR_HINT_NONE: break;
    }
}

static int is_detail(mnr_ask_prompt p)
{
    return p <= MNR_PROMPT_TARGET;
}

static void show_end(const mnr_ask *a, const ask_opts *o)
{
    const mnr_session *s = a->s;
    if (a->events & MNR_ASK_NOTHING) {
        say(S_HINT, 0, "%s", T(T_NOTHING));
        return;
    }
    if (a->events & MNR_ASK_FINISHED) {
        show_levels(s, 1);
        blank();
        say(S_OK, 0, T(T_FINISHED), s->scores->applicable, o->out);
        show_report_command(o);
        return;
    }
    blank();
    say(S_OK, 0, T(T_QUIT), o->out, s->checked->n_answers, mnr_session_open_count(s));
    show_resume_command(o);
}

/* What the last line (or the start) did. `prev` and `prev_cur`: the
 * prompt and question the line answered. */
static void render(const mnr_ask *a, mnr_ask_prompt prev, int prev_cur, const char *line,
                   const ask_opts *o, const char *today)
{
    const mnr_session *s = a->s;
    unsigned e = a->events;
    term_measure();
    if (e & MNR_ASK_INVALID)
        show_hint(a, line, today);
    else if (e & MNR_ASK_REMOVED)
        say(S_HINT, 0, T(T_REMOVED), a->removed);
    if (e & MNR_ASK_CUT)
        say(S_HINT, 0, T(T_CUT), MNR_SESSION_TEXT_MAX);
    if (e & MNR_ASK_AT_START)
        say(S_HINT, 0, "%s", T(T_AT_START));
    if (e & MNR_ASK_ALL_OFF)
        say(S_HINT, 0, "%s", T(T_ALL_OFF));
    if ((e & MNR_ASK_SAVED) && is_detail(prev))
        say(S_OK, 0, T(T_DETAILS_SAVED), o->out);
    else if ((e & MNR_ASK_SAVED) && prev_cur >= 0)
        say(S_OK, 0, T(T_SAVED), s->q->questions[prev_cur].id, value_text(s, prev_cur));
    if ((e & MNR_ASK_KEPT) && prev_cur >= 0)
        say(S_OK, 0, T(T_KEPT), s->q->questions[prev_cur].id, value_text(s, prev_cur));
    if ((e & MNR_ASK_SKIPPED) && prev_cur >= 0)
        say(S_HINT, 0, T(T_SKIPPED), s->q->questions[prev_cur].id);
    if (e & MNR_ASK_SWITCHED)
        show_switched(a);
    if ((e & MNR_ASK_REVIEWED) && prev_cur >= 0) {
        const mnr_capability *c = &s->ctx->model->caps[s->q->questions[prev_cur].capability];
        say(S_OK, 0, T(T_REVIEWED), c->number, c->name);
    }
    if (e & MNR_ASK_HELP)
        show_help(a);
    if (e & MNR_ASK_LEVELS)
        show_levels(s, 0);
    if (e & MNR_ASK_RESUMED) {
        blank();
        say(S_OK, 0, T(T_RESUMED), o->out, s->country, s->scores->answered,
            s->scores->applicable, s->q->questions[a->cur].id);
    }
    if (e & (MNR_ASK_FINISHED | MNR_ASK_QUIT | MNR_ASK_NOTHING))
        show_end(a, o);
    if (e & MNR_ASK_DETAILS) {
        blank();
        say(S_HEAD, 0, "%s", T(a->new_file ? T_DETAILS_NEW : T_DETAILS_AGAIN));
    }
    if (e & MNR_ASK_JUMP)
        show_jump(s);
    if ((e & MNR_ASK_MENU) && prev == MNR_PROMPT_DONE) {
        blank();
        say(S_OK, 0, T(T_COMPLETE_FILE), o->out, s->country);
    }
    if (e & MNR_ASK_MENU)
        show_menu(s);
    if (e & MNR_ASK_QUESTION)
        show_question(s, a->cur);
    if (e & (MNR_ASK_EVIDENCE | MNR_ASK_COMMENT)) {
        show_text_prompt(a, (e & MNR_ASK_EVIDENCE) != 0);
    }
}

static void show_prompt(const mnr_ask *a)
{
    const mnr_session *s = a->s;
    char label[512];
    switch (a->prompt) {
    case MNR_PROMPT_COUNTRY:
    case MNR_PROMPT_NAME:
    case MNR_PROMPT_ROLE:
    case MNR_PROMPT_DATE:
    case MNR_PROMPT_TARGET: {
        mnr_detail d = (mnr_detail)(a->prompt - MNR_PROMPT_COUNTRY);
        const char *v = mnr_session_detail(s, d);
        char model_target[2] = {(char)('0' + s->ctx->model->default_target), 0};
        if (d == MNR_DETAIL_TARGET && !v[0])
            v = model_target;
        if (v[0])
            snprintf(label, sizeof label, "%s [%s]", T(T_DETAIL_COUNTRY + d), cli_safe(v));
        else
            snprintf(label, sizeof label, "%s", T(T_DETAIL_COUNTRY + d));
        break;
    }
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
    }
    printf("%s%s>%s ", on(S_PROMPT), label, off(S_PROMPT));
    fflush(stdout);
}

/* ---- the session ---- */

static int run(mnr_session *s, const ask_opts *o, const char *today)
{
    mnr_error err;
    mnr_error_init(&err);
    reader r;
    memset(&r, 0, sizeof r);
    signals_setup(&r);
    const mnr_questionnaire *q = s->q;
    const mnr_model *m = s->ctx->model;
    say(S_HEAD, 0, T(T_INTRO), q->title, q->id, q->version, q->n_questions, m->n_caps,
        m->n_domains);
    say(S_PLAIN, 0, T(T_INTRO_SAVE), o->out);
    if (!s->resumed) {
        blank();
        say(S_PLAIN, 0, "%s", q->introduction);
    }
    mnr_ask a;
    mnr_status st = mnr_ask_start(&a, s, &ask_keys, &err);
    if (st == MNR_OK)
        render(&a, MNR_PROMPT_DONE, -1, "", o, today);
    while (st == MNR_OK && a.prompt != MNR_PROMPT_DONE) {
        show_prompt(&a);
        mnr_ask_prompt prev = a.prompt;
        int prev_cur = a.cur;
        int got = read_line(&r);
        if (got > 0) {
            if (term.echo)
                printf("%s\n", cli_safe(r.line));
            st = mnr_ask_line(&a, r.line, r.len, &err);
        } else {
            blank();
            say(S_HINT, 0, "%s", T(got < 0 ? T_INTERRUPTED : T_END_OF_INPUT));
            st = mnr_ask_stop(&a, &err);
        }
        if (st == MNR_OK)
            render(&a, prev, prev_cur, got > 0 ? r.line : "", o, today);
    }
    int rc = 0;
    if (st != MNR_OK) {
        fflush(stdout);
        rc = cli_fail(&err);
        if (s->saved)
            fprintf(stderr, "%s\n", T(T_SAVE_FAILED));
    }
    mnr_ask_clear(&a);
    free(r.line);
    return rc;
}

/* ---- options ---- */

static int parse_options(ask_opts *o, int argc, char **argv)
{
    static const struct option options[] = {
        {"output", required_argument, NULL, 'o'},
        {"questionnaire", required_argument, NULL, 'q'},
        {"data-dir", required_argument, NULL, 'd'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    int opt;
    optind = 0;
    opterr = 0;
    while ((opt = getopt_long(argc, argv, ":ho:q:", options, NULL)) != -1) {
        switch (opt) {
        case 'o': o->out = optarg; break;
        case 'q': o->questionnaire = optarg; break;
        case 'd': o->data_dir = optarg; break;
        case 'h': fputs(cmd_ask_help, stdout); return -1;
        default: return cli_bad_option("ask", opt, argv[optind - 1]);
        }
    }
    if (optind < argc)
        return cli_usage("ask", T(T_USAGE_EXTRA), argv[optind]);
    if (!o->out)
        return cli_usage("ask", "%s", T(T_USAGE_NO_OUTPUT));
    if (strcmp(o->out, "-") == 0)
        return cli_usage("ask", "%s", T(T_USAGE_STDOUT));
    return 0;
}

/* -q full and -q rapid name the shipped questionnaires, a value with a
 * slash or ending in .xml a file; no -q: NULL (the file's own, or full).
 * Returns 0, or a usage error. */
static int questionnaire_path(ask_opts *o, const mnr_context *ctx)
{
    const char *q = o->questionnaire;
    if (!q)
        return 0;
    size_t n = strlen(q);
    if (strcmp(q, "full") == 0)
        o->qpath = mnr_context_path(ctx, MNR_QUESTIONNAIRE_DIR "/mnr-full.xml");
    else if (strcmp(q, "rapid") == 0)
        o->qpath = mnr_context_path(ctx, MNR_QUESTIONNAIRE_DIR "/mnr-rapid.xml");
    else if (strchr(q, '/') || (n > 4 && strcmp(q + n - 4, ".xml") == 0))
        o->qpath = strdup(q), o->custom = 1;
    else
        return cli_usage("ask", T(T_USAGE_QUESTIONNAIRE), q);
    return 0;
}

/* Before anything is asked: the answers file can be written where it is,
 * over no input and nothing in the data directory, and is a file. */
static mnr_status check_output(const ask_opts *o, const mnr_context *ctx, mnr_error *err)
{
    const char *inputs[] = {o->custom ? o->qpath : NULL, NULL};
    mnr_status st = mnr_output_check(o->out, inputs, ctx->dir, err);
    struct stat sb;
    if (st == MNR_OK && stat(o->out, &sb) == 0 && !S_ISREG(sb.st_mode))
        st = mnr_error_set(err, MNR_EIO, o->out, 0, "%s", T(T_NOT_A_FILE));
    char *dir = st == MNR_OK ? mnr_path_dir(o->out) : NULL;
    if (dir && access(dir, W_OK | X_OK) != 0)
        st = mnr_error_set(err, MNR_EIO, NULL, 0, T(T_CANNOT_WRITE_DIR), dir,
                           strerror(errno));
    free(dir);
    return st;
}

int cmd_ask(int argc, char **argv)
{
    ask_opts o = {0};
    int rc = parse_options(&o, argc, argv);
    if (rc != 0)
        return rc < 0 ? 0 : rc;
    mnr_context *ctx = NULL;
    rc = cli_open(&ctx, o.data_dir);
    if (rc != 0)
        return rc;
    rc = questionnaire_path(&o, ctx);
    char today[16] = "";
    time_t now = time(NULL);
    struct tm tm;
    if (localtime_r(&now, &tm))
        strftime(today, sizeof today, "%Y-%m-%d", &tm);
    mnr_error err;
    mnr_error_init(&err);
    mnr_session *s = NULL;
    if (rc == 0 && (check_output(&o, ctx, &err) != MNR_OK ||
                    mnr_session_open(&s, ctx, o.out, o.qpath, today, &err) != MNR_OK))
        rc = cli_fail(&err);
    if (rc == 0) {
        term_setup();
        rc = run(s, &o, today);
    }
    mnr_session_free(s);
    mnr_context_free(ctx);
    free(o.qpath);
    return rc;
}
