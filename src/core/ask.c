#include "ask.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "textsafe.h"

static void invalid(mnr_ask *a, mnr_ask_hint hint)
{
    a->events |= MNR_ASK_INVALID;
    a->hint = hint;
}

static void drop_pending(mnr_ask *a)
{
    free(a->evidence);
    free(a->comment);
    a->evidence = a->comment = NULL;
    a->lines = a->keep = 0;
}

/* ---- where to go ---- */

static void to_question(mnr_ask *a, int qi)
{
    drop_pending(a);
    a->cur = qi;
    a->prompt = MNR_PROMPT_ANSWER;
    a->events |= MNR_ASK_QUESTION;
}

static void to_menu(mnr_ask *a)
{
    drop_pending(a);
    a->cur = -1;
    a->review = a->review_return = -1;
    a->prompt = MNR_PROMPT_MENU;
    a->events |= MNR_ASK_MENU;
}

static void to_details(mnr_ask *a, mnr_ask_prompt p)
{
    drop_pending(a);
    a->prompt = p;
    a->events |= MNR_ASK_DETAILS;
}

/* The session ends: finished when nothing is open, else how to go on. */
static void end(mnr_ask *a)
{
    drop_pending(a);
    a->prompt = MNR_PROMPT_DONE;
    a->events |= mnr_session_open_count(a->s) == 0 ? MNR_ASK_FINISHED : MNR_ASK_QUIT;
}

/* The next question after a->cur: within the capability under review
 * (then back to where the review was started from), else the next open
 * one; after the last, the end or the menu. */
static void advance(mnr_ask *a)
{
    mnr_session *s = a->s;
    int pos = a->cur >= 0 ? s->pos[a->cur] : -1;
    if (a->review >= 0) {
        int next = mnr_session_next_on(s, pos, a->review);
        if (next >= 0) {
            to_question(a, next);
            return;
        }
        a->events |= MNR_ASK_REVIEWED;
        int back = a->review_return;
        a->review = a->review_return = -1;
        if (back >= 0 && !mnr_session_is_off(s, back))
            to_question(a, back);
        else
            to_menu(a);
        return;
    }
    int next = mnr_session_next_open(s, pos);
    if (next >= 0)
        to_question(a, next);
    else if (mnr_session_open_count(s) == 0)
        end(a);
    else
        to_menu(a);
}

/* ---- saving ---- */

/* The text of the current prompt when it ends: what was typed, or, on an
 * empty first line, what the answer had. */
static mnr_status settle_text(mnr_ask *a)
{
    const mnr_session_answer *old = &a->s->answers[a->cur];
    char **field = a->prompt == MNR_PROMPT_EVIDENCE ? &a->evidence : &a->comment;
    const char *had = a->prompt == MNR_PROMPT_EVIDENCE ? old->evidence : old->comment;
    if (a->lines == 0 && a->keep && had && !(*field = strdup(had)))
        return MNR_ENOMEM;
    a->lines = a->keep = 0;
    return MNR_OK;
}

static mnr_status no_memory(mnr_error *err)
{
    return mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
}

/* Which questions the answer switched off and on. */
static void note_switched(mnr_ask *a, const unsigned char *was_off)
{
    for (int i = 0; i < a->s->q->n_questions; i++) {
        int off = mnr_session_is_off(a->s, i);
        if (off && !was_off[i])
            a->off[a->n_off++] = i;
        else if (!off && was_off[i])
            a->on[a->n_on++] = i;
    }
    if (a->n_off || a->n_on)
        a->events |= MNR_ASK_SWITCHED;
}

/* The answer being given goes into the session and the file. */
static mnr_status commit(mnr_ask *a, mnr_error *err)
{
    mnr_session *s = a->s;
    int n = s->q->n_questions;
    if (settle_text(a) != MNR_OK)
        return no_memory(err);
    unsigned char *was_off = malloc((size_t)n + 1);
    if (!was_off)
        return no_memory(err);
    for (int i = 0; i < n; i++)
        was_off[i] = (unsigned char)mnr_session_is_off(s, i);
    mnr_status st = mnr_session_set_answer(s, a->cur, a->value, a->level, a->evidence, a->comment);
    if (st != MNR_OK)
        st = no_memory(err);
    if (st == MNR_OK)
        st = mnr_session_save(s, err);
    if (st == MNR_OK) {
        a->events |= MNR_ASK_SAVED;
        note_switched(a, was_off);
    }
    free(was_off);
    drop_pending(a);
    return st;
}

/* Quit (the key, the end of input, Ctrl-C): the answer being given is
 * kept with what was typed so far, and the file saved. */
static mnr_status quit(mnr_ask *a, mnr_error *err)
{
    mnr_session *s = a->s;
    mnr_status st = MNR_OK;
    if (a->prompt == MNR_PROMPT_EVIDENCE || a->prompt == MNR_PROMPT_COMMENT) {
        st = commit(a, err);
    } else if (!mnr_session_details_complete(s)) {
        drop_pending(a);
        a->prompt = MNR_PROMPT_DONE;
        a->events |= MNR_ASK_NOTHING;
        return MNR_OK;
    } else if (!s->saved) {
        st = mnr_session_save(s, err);
        if (st == MNR_OK)
            a->events |= MNR_ASK_SAVED;
    }
    if (st == MNR_OK)
        end(a);
    return st;
}

/* ---- the prompts ---- */

static void start_jump(mnr_ask *a)
{
    if (!a->s->scores) {
        invalid(a, MNR_HINT_NOT_YET);
        return;
    }
    a->jump_from = a->prompt;
    a->prompt = MNR_PROMPT_JUMP;
    a->events |= MNR_ASK_JUMP;
}

static void show_levels(mnr_ask *a)
{
    if (a->s->scores)
        a->events |= MNR_ASK_LEVELS;
    else
        invalid(a, MNR_HINT_NOT_YET);
}

/* Help, the levels, a jump and quit do the same at every prompt; a
 * prompt handles the other commands and the ones it does differently. */
static mnr_status shared_command(mnr_ask *a, mnr_ask_command c, mnr_error *err)
{
    switch (c) {
    case MNR_CMD_HELP: a->events |= MNR_ASK_HELP; break;
    case MNR_CMD_LEVELS: show_levels(a); break;
    case MNR_CMD_JUMP: start_jump(a); break;
    case MNR_CMD_QUIT: return quit(a, err);
    default: break;
    }
    return MNR_OK;
}

/* The detail prompt after (step 1) or before (step -1) p; the region and
 * the income group only when the model has groups to choose from. */
static mnr_ask_prompt step_detail(const mnr_ask *a, mnr_ask_prompt p, int step)
{
    const mnr_model *m = a->s->ctx->model;
    for (;;) {
        p = (mnr_ask_prompt)((int)p + step);
        int g = mnr_session_detail_grouping((mnr_detail)(p - MNR_PROMPT_COUNTRY));
        if (g < 0 || m->groupings[g].n_groups > 0)
            return p;
    }
}

/* The value a line gives a detail: the line, or for a region or income
 * group the id of the group it names ("-": none); NULL if it names none.
 * An empty line keeps the value the detail has. */
static const char *detail_value(const mnr_ask *a, mnr_detail d, const char *text)
{
    int g = mnr_session_detail_grouping(d);
    if (text[0] == '\0')
        return mnr_session_detail(a->s, d);
    if (g < 0)
        return text;
    if (strcmp(text, "-") == 0)
        return "";
    const mnr_grouping *gr = &a->s->ctx->model->groupings[g];
    int i = mnr_ask_group(a->s->ctx->model, (mnr_grouping_id)g, text);
    return i >= 0 ? gr->groups[i].id : NULL;
}

/* Why a typed date will not do. */
static mnr_ask_hint date_hint(const mnr_session *s, const char *value)
{
    switch (value ? mnr_session_date_check(s, value) : MNR_DATE_NOT_A_DATE) {
    case MNR_DATE_TOO_EARLY: return MNR_HINT_DATE_EARLY;
    case MNR_DATE_FUTURE: return MNR_HINT_DATE_FUTURE;
    default: return MNR_HINT_DATE;
    }
}

static mnr_status detail_line(mnr_ask *a, const char *text, mnr_ask_command c, mnr_error *err)
{
    mnr_session *s = a->s;
    mnr_detail d = (mnr_detail)(a->prompt - MNR_PROMPT_COUNTRY);
    switch (c) {
    case MNR_CMD_BACK:
        if (a->prompt == MNR_PROMPT_COUNTRY)
            a->events |= MNR_ASK_AT_START;
        else
            a->prompt = step_detail(a, a->prompt, -1);
        return MNR_OK;
    case MNR_CMD_SKIP: text = ""; break;
    case MNR_CMD_NONE: break;
    default: return shared_command(a, c, err);
    }
    const char *value = detail_value(a, d, text);
    if (!value || !mnr_session_detail_valid(s, d, value)) {
        invalid(a, d == MNR_DETAIL_DATE                    ? date_hint(s, value)
                   : d == MNR_DETAIL_TARGET                ? MNR_HINT_TARGET
                   : mnr_session_detail_grouping(d) >= 0   ? MNR_HINT_GROUP
                                                           : MNR_HINT_REQUIRED);
        return MNR_OK;
    }
    if (mnr_session_set_detail(s, d, value) != MNR_OK)
        return no_memory(err);
    /* a new file is written once all the details are in; after that,
     * every change is saved */
    if (s->saved || d == MNR_DETAIL_TARGET) {
        mnr_status st = mnr_session_save(s, err);
        if (st != MNR_OK)
            return st;
        a->events |= MNR_ASK_SAVED;
    }
    if (d != MNR_DETAIL_TARGET) {
        a->prompt = step_detail(a, a->prompt, 1);
        return MNR_OK;
    }
    /* a new file starts at the first question; details gone back to
     * return to the first question, where the way back started */
    a->cur = -1;
    if (a->new_file) {
        a->new_file = 0;
        advance(a);
    } else {
        int first = mnr_session_next_on(s, -1, -1);
        if (first >= 0)
            to_question(a, first);
        else
            advance(a);
    }
    return MNR_OK;
}

static mnr_status answer_line(mnr_ask *a, const char *text, mnr_ask_command c, mnr_error *err)
{
    mnr_session *s = a->s;
    int qi = a->cur, pos = s->pos[qi];
    switch (c) {
    case MNR_CMD_BACK: {
        int prev = mnr_session_prev_on(s, pos, a->review);
        if (prev >= 0)
            to_question(a, prev);
        else if (a->review >= 0)
            a->events |= MNR_ASK_AT_START;
        else
            to_details(a, MNR_PROMPT_TARGET);
        return MNR_OK;
    }
    case MNR_CMD_SKIP:
        a->events |= mnr_session_is_answered(s, qi) ? MNR_ASK_KEPT : MNR_ASK_SKIPPED;
        advance(a);
        return MNR_OK;
    case MNR_CMD_NONE: break;
    default: return shared_command(a, c, err);
    }
    if (text[0] == '\0') {
        if (!mnr_session_is_answered(s, qi)) {
            invalid(a, MNR_HINT_KEY);
            return MNR_OK;
        }
        a->events |= MNR_ASK_KEPT;
        advance(a);
        return MNR_OK;
    }
    int level = 0, v = mnr_ask_value(a->keys, s->q->kind, text, &level);
    if (v < 0) {
        invalid(a, MNR_HINT_KEY);
        return MNR_OK;
    }
    if (v == MNR_NA && !s->q->questions[qi].allow_na) {
        invalid(a, MNR_HINT_NA);
        return MNR_OK;
    }
    drop_pending(a);
    a->value = (mnr_value)v;
    a->level = level;
    a->prompt = MNR_PROMPT_EVIDENCE;
    a->keep = s->answers[qi].value != MNR_UNANSWERED && s->answers[qi].evidence != NULL;
    a->events |= MNR_ASK_EVIDENCE;
    return MNR_OK;
}

/* Adds a line to the text being typed, cut at MNR_SESSION_TEXT_MAX. */
static mnr_status add_line(mnr_ask *a, char **field, const char *line, mnr_error *err)
{
    size_t have = *field ? strlen(*field) : 0, len = strlen(line);
    size_t sep = *field ? 1 : 0;
    if (have + sep >= MNR_SESSION_TEXT_MAX) {
        a->events |= MNR_ASK_CUT;
        return MNR_OK;
    }
    if (have + sep + len > MNR_SESSION_TEXT_MAX) {
        len = mnr_utf8_prefix(line, MNR_SESSION_TEXT_MAX - have - sep);
        a->events |= MNR_ASK_CUT;
    }
    char *grown = realloc(*field, have + sep + len + 1);
    if (!grown)
        return no_memory(err);
    if (sep)
        grown[have] = '\n';
    memcpy(grown + have + sep, line, len);
    grown[have + sep + len] = '\0';
    *field = grown;
    a->lines++;
    return MNR_OK;
}

static mnr_status text_line(mnr_ask *a, const char *text, mnr_ask_command c, mnr_error *err)
{
    mnr_status st;
    switch (c) {
    case MNR_CMD_BACK: to_question(a, a->cur); return MNR_OK;
    case MNR_CMD_SKIP:
        a->events |= mnr_session_is_answered(a->s, a->cur) ? MNR_ASK_KEPT : MNR_ASK_SKIPPED;
        drop_pending(a);
        advance(a);
        return MNR_OK;
    case MNR_CMD_JUMP:
        /* the answer as typed so far is kept; the jump starts from it */
        st = commit(a, err);
        if (st == MNR_OK) {
            a->prompt = MNR_PROMPT_ANSWER;
            start_jump(a);
        }
        return st;
    case MNR_CMD_NONE: break;
    default: return shared_command(a, c, err);
    }
    char **field = a->prompt == MNR_PROMPT_EVIDENCE ? &a->evidence : &a->comment;
    if (a->lines == 0 && a->keep && strcmp(text, "-") == 0) {
        a->keep = 0; /* "-" removes the text the answer had */
        text = "";
    }
    if (text[0] != '\0')
        return add_line(a, field, text, err);
    if (a->prompt == MNR_PROMPT_COMMENT) {
        st = commit(a, err);
        if (st == MNR_OK)
            advance(a);
        return st;
    }
    if (settle_text(a) != MNR_OK)
        return no_memory(err);
    const mnr_session_answer *old = &a->s->answers[a->cur];
    a->prompt = MNR_PROMPT_COMMENT;
    a->keep = old->value != MNR_UNANSWERED && old->comment != NULL;
    a->events |= MNR_ASK_COMMENT;
    return MNR_OK;
}

static void leave_jump(mnr_ask *a)
{
    a->prompt = a->jump_from;
    if (a->prompt == MNR_PROMPT_ANSWER)
        a->events |= MNR_ASK_QUESTION;
    else if (a->prompt == MNR_PROMPT_MENU)
        a->events |= MNR_ASK_MENU;
    else
        a->events |= MNR_ASK_DETAILS;
}

static mnr_status jump_line(mnr_ask *a, const char *text, mnr_ask_command c, mnr_error *err)
{
    mnr_session *s = a->s;
    switch (c) {
    case MNR_CMD_BACK:
    case MNR_CMD_SKIP: leave_jump(a); return MNR_OK;
    case MNR_CMD_JUMP: return MNR_OK;
    case MNR_CMD_NONE: break;
    default: return shared_command(a, c, err);
    }
    if (text[0] == '\0') {
        leave_jump(a);
        return MNR_OK;
    }
    int cap = mnr_ask_capability(s->ctx->model, text);
    if (cap < 0) {
        invalid(a, MNR_HINT_CAPABILITY);
        return MNR_OK;
    }
    int entry = mnr_session_cap_entry(s, cap);
    if (entry < 0) {
        a->events |= MNR_ASK_ALL_OFF;
        leave_jump(a);
        return MNR_OK;
    }
    /* open questions: answer them and walk on; all answered: review
     * them, then come back */
    int from = a->jump_from == MNR_PROMPT_ANSWER ? a->cur : -1;
    if (mnr_session_is_open(s, entry)) {
        a->review = a->review_return = -1;
    } else {
        a->review = cap;
        a->review_return = from;
        if (a->jump_from != MNR_PROMPT_ANSWER && a->jump_from != MNR_PROMPT_MENU)
            a->review_return = mnr_session_next_on(s, -1, -1);
    }
    to_question(a, entry);
    return MNR_OK;
}

static mnr_status menu_line(mnr_ask *a, const char *text, mnr_ask_command c, mnr_error *err)
{
    mnr_session *s = a->s;
    switch (c) {
    case MNR_CMD_BACK: {
        int last = mnr_session_prev_on(s, s->q->n_questions, -1);
        if (last >= 0)
            to_question(a, last);
        else
            a->events |= MNR_ASK_AT_START;
        return MNR_OK;
    }
    case MNR_CMD_SKIP: text = ""; break;
    case MNR_CMD_NONE: break;
    default: return shared_command(a, c, err);
    }
    if (text[0] == '\0') {
        int first = mnr_session_next_open(s, -1);
        if (first >= 0)
            to_question(a, first);
        else
            end(a);
        return MNR_OK;
    }
    int cap = mnr_ask_capability(s->ctx->model, text);
    if (cap < 0) {
        invalid(a, MNR_HINT_MENU);
        return MNR_OK;
    }
    int first = mnr_session_next_on(s, -1, cap);
    if (first < 0) {
        a->events |= MNR_ASK_ALL_OFF;
        return MNR_OK;
    }
    a->review = cap;
    a->review_return = -1;
    to_question(a, first);
    return MNR_OK;
}

/* ---- the entry points ---- */

static void reset_events(mnr_ask *a)
{
    a->events = 0;
    a->hint = MNR_HINT_NONE;
    a->n_off = a->n_on = 0;
}

mnr_status mnr_ask_start(mnr_ask *a, mnr_session *s, const mnr_ask_keys *keys, mnr_error *err)
{
    memset(a, 0, sizeof *a);
    a->s = s;
    a->keys = keys;
    a->cur = a->review = a->review_return = -1;
    a->off = calloc((size_t)s->q->n_questions + 1, sizeof *a->off);
    a->on = calloc((size_t)s->q->n_questions + 1, sizeof *a->on);
    if (!a->off || !a->on)
        return no_memory(err);
    if (!s->resumed) {
        a->new_file = 1;
        to_details(a, MNR_PROMPT_COUNTRY);
        return MNR_OK;
    }
    int first = mnr_session_next_open(s, -1);
    if (first >= 0) {
        a->events |= MNR_ASK_RESUMED;
        to_question(a, first);
    } else {
        to_menu(a);
    }
    return MNR_OK;
}

mnr_status mnr_ask_line(mnr_ask *a, const char *line, size_t len, mnr_error *err)
{
    reset_events(a);
    if (a->prompt == MNR_PROMPT_DONE)
        return MNR_OK;
    /* an arrow key, a pasted escape sequence, a terminal not in UTF-8:
     * the line is asked again whole, never saved with parts left out (an
     * empty line, a key, a country the user did not type) */
    mnr_typed typed = mnr_ask_typed(line, len);
    if (typed != MNR_TYPED_OK) {
        invalid(a, typed == MNR_TYPED_NOT_UTF8 ? MNR_HINT_NOT_UTF8 : MNR_HINT_CONTROL);
        return MNR_OK;
    }
    char *text = mnr_ask_clean(line, len);
    if (!text)
        return no_memory(err);
    mnr_status st = MNR_OK;
    /* in evidence and comments any short line may be meant as text, so a
     * command needs its colon there; a detail is never a lone letter */
    int is_text = a->prompt == MNR_PROMPT_EVIDENCE || a->prompt == MNR_PROMPT_COMMENT;
    mnr_ask_command c = mnr_ask_command_of(a->keys, text, is_text);
    switch (a->prompt) {
    case MNR_PROMPT_ANSWER: st = answer_line(a, text, c, err); break;
    case MNR_PROMPT_EVIDENCE:
    case MNR_PROMPT_COMMENT: st = text_line(a, text, c, err); break;
    case MNR_PROMPT_JUMP: st = jump_line(a, text, c, err); break;
    case MNR_PROMPT_MENU: st = menu_line(a, text, c, err); break;
    default: /* a detail, or done */
        if (mnr_ask_detail_of(a->prompt) >= 0)
            st = detail_line(a, text, c, err);
        break;
    }
    free(text);
    return st;
}

mnr_status mnr_ask_stop(mnr_ask *a, mnr_error *err)
{
    reset_events(a);
    if (a->prompt == MNR_PROMPT_DONE)
        return MNR_OK;
    return quit(a, err);
}

void mnr_ask_clear(mnr_ask *a)
{
    drop_pending(a);
    free(a->off);
    free(a->on);
    a->off = a->on = NULL;
}

int mnr_ask_detail_of(mnr_ask_prompt p)
{
    return p <= MNR_PROMPT_TARGET ? (int)(p - MNR_PROMPT_COUNTRY) : -1;
}
