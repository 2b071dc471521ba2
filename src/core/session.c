#include "session.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "datadir.h"
#include "fileio.h"
#include "i18n.h"
#include "kind.h"
#include "results.h"
#include "xmlsafe.h"

/* ---- opening ---- */

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

/* Question indices domain by domain, capability by capability (the
 * model's order), each capability's questions as in the file. */
static int make_order(mnr_session *s)
{
    int n = s->q->n_questions, k = 0;
    s->order = calloc((size_t)n + 1, sizeof *s->order);
    s->pos = calloc((size_t)n + 1, sizeof *s->pos);
    s->answers = calloc((size_t)n + 1, sizeof *s->answers);
    if (!s->order || !s->pos || !s->answers)
        return 0;
    for (int c = 0; c < s->ctx->model->n_caps; c++)
        for (int i = 0; i < n; i++)
            if (s->q->questions[i].capability == c)
                s->order[k++] = i;
    for (k = 0; k < n; k++)
        s->pos[s->order[k]] = k;
    return 1;
}

/* Copies what the file holds into the session. */
static int take_answers(mnr_session *s, const mnr_answers *a)
{
    s->country = dup_or_null(a->country);
    s->fictional = a->fictional;
    /* kept as they are: a region or income group lost here would drop
     * the country from its groups in mnr cohort without a word */
    for (int g = 0; g < MNR_GROUPINGS; g++)
        if (a->group[g] && !(s->group[g] = strdup(a->group[g])))
            return 0;
    s->date = dup_or_null(a->date);
    s->title = dup_or_null(a->title);
    s->lang = dup_or_null(a->lang);
    s->workshop = dup_or_null(a->workshop);
    s->default_target = a->default_target;
    s->target_text[0] = a->default_target ? (char)('0' + a->default_target) : '\0';
    s->respondents = calloc((size_t)a->n_respondents + 1, sizeof *s->respondents);
    s->targets = calloc((size_t)a->n_targets + 1, sizeof *s->targets);
    if (!s->country || !s->date || !s->respondents || !s->targets)
        return 0;
    for (int i = 0; i < a->n_respondents; i++, s->n_respondents++) {
        s->respondents[i].name = dup_or_null(a->respondents[i].name);
        s->respondents[i].role = dup_or_null(a->respondents[i].role);
    }
    for (int i = 0; i < a->n_targets; i++, s->n_targets++) {
        s->targets[i].capability = dup_or_null(a->targets[i].capability);
        s->targets[i].level = a->targets[i].level;
    }
    for (int i = 0; i < a->n_answers; i++) {
        const mnr_answer *x = &a->answers[i];
        if (mnr_session_set_answer(s, x->index, x->value, x->level, x->evidence, x->comment) !=
            MNR_OK)
            return 0;
    }
    return 1;
}

/* The questionnaire named by a path (-q FILE, or the shipped one). */
static mnr_status load_questionnaire(mnr_questionnaire **out, const mnr_context *ctx,
                                     const char *path, mnr_error *err)
{
    char *xsd = mnr_context_path(ctx, mnr_kind_schema(MNR_KIND_QUESTIONNAIRE));
    mnr_status st = xsd ? mnr_questionnaire_load(out, path, xsd, ctx->model, err)
                        : mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    free(xsd);
    return st;
}

/* The existing file, checked as mnr score checks it, refused (and left as
 * it is) when it is anything but answers this session can go on with. */
static mnr_status load_existing(mnr_answers **out, mnr_questionnaire **q, const mnr_context *ctx,
                                const char *path, const char *questionnaire, mnr_error *err)
{
    xmlDocPtr doc = NULL;
    mnr_answers *a = NULL;
    mnr_status st = mnr_xml_load(&doc, path, err);
    if (st == MNR_OK && mnr_kind_of(doc) != MNR_KIND_ANSWERS) {
        char root[512];
        mnr_kind_root_text(doc, root, sizeof root);
        st = mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(xmlDocGetRootElement(doc)),
                           /* TRANSLATORS: the root element found */
                           _("is not an answers file (found %s), and mnr ask would replace it; "
                           "give a new file name with -o, or the answers file to go on with. "
                           "The file was not changed"), root);
    }
    if (st == MNR_OK)
        st = mnr_context_validate_doc(ctx, doc, MNR_KIND_ANSWERS, path, err);
    if (st == MNR_OK)
        st = mnr_answers_from_doc(&a, doc, path, err);
    xmlFreeDoc(doc);
    const mnr_answer *record = st == MNR_OK ? mnr_answers_consensus_record(a) : NULL;
    if (record)
        st = mnr_error_set(err, MNR_EINVALID, path, record->line,
                           _("is a workshop consensus made by mnr merge: it keeps each "
                             "participant's answers, which mnr ask would lose; change its "
                             "answers with mnr merge --decide. The file was not changed"));
    if (st == MNR_OK)
        st = mnr_answers_check_model(a, ctx->model, err);
    if (st == MNR_OK && questionnaire)
        st = load_questionnaire(q, ctx, questionnaire, err);
    else if (st == MNR_OK)
        st = mnr_context_questionnaire(q, ctx, a->questionnaire_id, path, a->root_line, err);
    if (st == MNR_OK && (strcmp(a->questionnaire_id, (*q)->id) != 0 ||
                         strcmp(a->questionnaire_version, (*q)->version) != 0))
        st = mnr_error_set(err, MNR_EINVALID, path, a->root_line,
                           /* TRANSLATORS: the file's questionnaire id and version, then
                              those of the one given with -q */
                           _("these answers are for questionnaire %s %s, not %s %s; leave out "
                             "-q to go on with them, or give a new file name with -o. The file "
                             "was not changed"), a->questionnaire_id, a->questionnaire_version,
                           (*q)->id, (*q)->version);
    if (st == MNR_OK)
        st = mnr_answers_check(a, ctx->model, *q, err);
    if (st != MNR_OK) {
        mnr_answers_free(a);
        return st;
    }
    *out = a;
    return MNR_OK;
}

mnr_status mnr_session_open(mnr_session **out, const mnr_context *ctx, const char *path,
                            const char *questionnaire, const char *today, mnr_error *err)
{
    *out = NULL;
    mnr_session *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(path))) {
        free(s);
        return mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    }
    s->ctx = ctx;
    s->write = 1;
    snprintf(s->today, sizeof s->today, "%s", today);
    mnr_answers *a = NULL;
    struct stat sb;
    mnr_status st;
    /* before reading: a change made while it is read is one too */
    mnr_file_id_take(&s->file, path);
    if (stat(path, &sb) == 0) {
        st = load_existing(&a, &s->q, ctx, path, questionnaire, err);
        s->resumed = s->saved = st == MNR_OK;
    } else if (questionnaire) {
        st = load_questionnaire(&s->q, ctx, questionnaire, err);
    } else {
        char *full = mnr_context_path(ctx, MNR_QUESTIONNAIRE_DIR "/mnr-full.xml");
        st = full ? load_questionnaire(&s->q, ctx, full, err)
                  : mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
        free(full);
    }
    if (st == MNR_OK && !make_order(s))
        st = mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    if (st == MNR_OK && a && !take_answers(s, a))
        st = mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    if (st == MNR_OK && !a) {
        s->date = strdup(today);
        s->respondents = calloc(1, sizeof *s->respondents);
        s->n_respondents = 1;
        if (!s->date || !s->respondents)
            st = mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    }
    mnr_answers_free(a);
    if (st == MNR_OK && s->resumed)
        st = mnr_session_update(s, err);
    if (st != MNR_OK) {
        mnr_session_free(s);
        return st;
    }
    *out = s;
    return MNR_OK;
}

void mnr_session_free(mnr_session *s)
{
    if (!s)
        return;
    for (int i = 0; s->answers && i < s->q->n_questions; i++) {
        free(s->answers[i].evidence);
        free(s->answers[i].comment);
    }
    for (int i = 0; i < s->n_respondents; i++) {
        free(s->respondents[i].name);
        free(s->respondents[i].role);
    }
    for (int i = 0; i < s->n_targets; i++)
        free(s->targets[i].capability);
    mnr_scores_free(s->scores);
    mnr_answers_free(s->checked);
    mnr_questionnaire_free(s->q);
    free(s->answers);
    free(s->order);
    free(s->pos);
    free(s->respondents);
    free(s->targets);
    free(s->country);
    for (int g = 0; g < MNR_GROUPINGS; g++)
        free(s->group[g]);
    free(s->date);
    free(s->title);
    free(s->lang);
    free(s->workshop);
    free(s->xml);
    free(s->path);
    free(s->kept);
    free(s);
}

/* ---- details ---- */

int mnr_session_details_complete(const mnr_session *s)
{
    return s->country && s->date && s->n_respondents > 0 && s->respondents[0].name &&
           s->respondents[0].role;
}

const char *mnr_session_detail(const mnr_session *s, mnr_detail d)
{
    const char *v = NULL;
    switch (d) {
    case MNR_DETAIL_COUNTRY: v = s->country; break;
    case MNR_DETAIL_REGION: v = s->group[MNR_GROUPING_REGION]; break;
    case MNR_DETAIL_INCOME: v = s->group[MNR_GROUPING_INCOME]; break;
    case MNR_DETAIL_NAME: v = s->n_respondents ? s->respondents[0].name : NULL; break;
    case MNR_DETAIL_ROLE: v = s->n_respondents ? s->respondents[0].role : NULL; break;
    case MNR_DETAIL_DATE: v = s->date; break;
    case MNR_DETAIL_TARGET: v = s->target_text; break;
    }
    return v ? v : "";
}

mnr_date_verdict mnr_session_date_check(const mnr_session *s, const char *v)
{
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? v[i] != '-' : (v[i] < '0' || v[i] > '9'))
            return MNR_DATE_NOT_A_DATE;
    if (v[10] != '\0')
        return MNR_DATE_NOT_A_DATE;
    /* typed on this computer, on the clock `today` comes from: no grace */
    return mnr_date_check(v, s->today, 0);
}

int mnr_session_detail_grouping(mnr_detail d)
{
    return d == MNR_DETAIL_REGION   ? MNR_GROUPING_REGION
           : d == MNR_DETAIL_INCOME ? MNR_GROUPING_INCOME
                                    : -1;
}

int mnr_session_detail_valid(const mnr_session *s, mnr_detail d, const char *value)
{
    int g = mnr_session_detail_grouping(d);
    if (g >= 0)
        return value[0] == '\0' || mnr_model_group(s->ctx->model, (mnr_grouping_id)g, value) >= 0;
    if (d == MNR_DETAIL_DATE)
        return mnr_session_date_check(s, value) == MNR_DATE_OK;
    if (d == MNR_DETAIL_TARGET)
        return value[0] == '\0' || (value[0] >= '1' && value[0] <= '4' && value[1] == '\0');
    return value[0] != '\0';
}

static mnr_status replace(char **field, const char *value)
{
    char *copy = strdup(value);
    if (!copy)
        return MNR_ENOMEM;
    free(*field);
    *field = copy;
    return MNR_OK;
}

mnr_status mnr_session_set_detail(mnr_session *s, mnr_detail d, const char *value)
{
    switch (d) {
    case MNR_DETAIL_COUNTRY: return replace(&s->country, value);
    case MNR_DETAIL_REGION:
    case MNR_DETAIL_INCOME: {
        char **field = &s->group[mnr_session_detail_grouping(d)];
        if (value[0])
            return replace(field, value);
        free(*field);
        *field = NULL;
        return MNR_OK;
    }
    case MNR_DETAIL_NAME: return replace(&s->respondents[0].name, value);
    case MNR_DETAIL_ROLE: return replace(&s->respondents[0].role, value);
    case MNR_DETAIL_DATE: return replace(&s->date, value);
    case MNR_DETAIL_TARGET:
        s->default_target = value[0] ? value[0] - '0' : 0;
        s->target_text[0] = value[0] ? value[0] : '\0';
        s->target_text[1] = '\0';
        return MNR_OK;
    }
    return MNR_OK;
}

/* ---- answers ---- */

mnr_status mnr_session_set_answer(mnr_session *s, int qi, mnr_value value, int level,
                                  const char *evidence, const char *comment)
{
    mnr_session_answer *a = &s->answers[qi];
    char *ev = NULL, *co = NULL;
    if ((evidence && !(ev = strdup(evidence))) || (comment && !(co = strdup(comment)))) {
        free(ev);
        return MNR_ENOMEM;
    }
    free(a->evidence);
    free(a->comment);
    a->value = value;
    a->level = value == MNR_LEVEL ? level : 0;
    a->evidence = value == MNR_UNANSWERED ? (free(ev), NULL) : ev;
    a->comment = value == MNR_UNANSWERED ? (free(co), NULL) : co;
    return MNR_OK;
}

/* ---- the answers document ---- */

static void add_header(xmlNodePtr root, const mnr_session *s)
{
    const mnr_model *m = s->ctx->model;
    xmlNewProp(root, BAD_CAST "model", BAD_CAST m->id);
    xmlNewProp(root, BAD_CAST "model-version", BAD_CAST m->version);
    xmlNewProp(root, BAD_CAST "questionnaire", BAD_CAST s->q->id);
    xmlNewProp(root, BAD_CAST "questionnaire-version", BAD_CAST s->q->version);
    /* the language this session runs in, whatever the file said before:
     * a resumed session goes on in the language asked for now */
    xmlNewProp(root, BAD_CAST "lang", BAD_CAST mnr_i18n_language());
    xmlNodePtr c = xmlNewTextChild(root, NULL, BAD_CAST "country", BAD_CAST s->country);
    if (s->fictional)
        xmlNewProp(c, BAD_CAST "fictional", BAD_CAST "true");
    for (int g = 0; g < MNR_GROUPINGS; g++)
        if (s->group[g])
            xmlNewProp(c, BAD_CAST mnr_grouping_attr((mnr_grouping_id)g), BAD_CAST s->group[g]);
    mnr_xml_add_optional(root, "date", s->date);
    mnr_xml_add_optional(root, "title", s->title);
    xmlNodePtr rs = xmlNewChild(root, NULL, BAD_CAST "respondents", NULL);
    if (s->workshop)
        xmlNewProp(rs, BAD_CAST "workshop", BAD_CAST s->workshop);
    for (int i = 0; i < s->n_respondents; i++) {
        xmlNodePtr r = xmlNewTextChild(rs, NULL, BAD_CAST "respondent",
                                       BAD_CAST s->respondents[i].name);
        xmlNewProp(r, BAD_CAST "role", BAD_CAST s->respondents[i].role);
    }
    if (s->default_target == 0 && s->n_targets == 0)
        return;
    xmlNodePtr ts = xmlNewChild(root, NULL, BAD_CAST "targets", NULL);
    char level[2] = {0};
    if (s->default_target) {
        level[0] = (char)('0' + s->default_target);
        xmlNewProp(ts, BAD_CAST "default", BAD_CAST level);
    }
    for (int i = 0; i < s->n_targets; i++) {
        xmlNodePtr t = xmlNewChild(ts, NULL, BAD_CAST "target", NULL);
        level[0] = (char)('0' + s->targets[i].level);
        xmlNewProp(t, BAD_CAST "capability", BAD_CAST s->targets[i].capability);
        xmlNewProp(t, BAD_CAST "level", BAD_CAST level);
    }
}

/* The answers document, in questionnaire order, without the answers
 * `leave_out` marks. */
static xmlDocPtr build(const mnr_session *s, const unsigned char *leave_out)
{
    xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr root = doc ? xmlNewNode(NULL, BAD_CAST "answers") : NULL;
    if (!root) {
        xmlFreeDoc(doc);
        return NULL;
    }
    xmlDocSetRootElement(doc, root);
    add_header(root, s);
    for (int i = 0; i < s->q->n_questions; i++) {
        const mnr_session_answer *a = &s->answers[i];
        if (a->value == MNR_UNANSWERED || leave_out[i])
            continue;
        char level[2] = {(char)('0' + a->level), 0};
        xmlNodePtr n = xmlNewChild(root, NULL, BAD_CAST "answer", NULL);
        xmlNewProp(n, BAD_CAST "question", BAD_CAST s->q->questions[i].id);
        xmlNewProp(n, BAD_CAST "value",
                   BAD_CAST(a->value == MNR_LEVEL ? level : mnr_value_name(a->value)));
        mnr_xml_add_optional(n, "evidence", a->evidence);
        mnr_xml_add_optional(n, "comment", a->comment);
    }
    return doc;
}

typedef struct checked {
    char *xml;
    size_t len;
    mnr_answers *answers;
    mnr_scores *scores;
} checked;

static void checked_clear(checked *c)
{
    free(c->xml);
    mnr_answers_free(c->answers);
    mnr_scores_free(c->scores);
    memset(c, 0, sizeof *c);
}

/* Builds the file's bytes, then reads them back as mnr score would:
 * schema, ids and values, scores. */
static mnr_status build_checked(checked *out, const mnr_session *s, const unsigned char *leave_out,
                                mnr_error *err)
{
    memset(out, 0, sizeof *out);
    xmlDocPtr doc = build(s, leave_out), back = NULL;
    mnr_status st = doc ? mnr_results_serialize(&out->xml, &out->len, doc, err)
                        : mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    xmlFreeDoc(doc);
    if (st == MNR_OK)
        st = mnr_xml_load_memory(&back, out->xml, out->len, s->path, err);
    if (st == MNR_OK)
        st = mnr_context_validate_doc(s->ctx, back, MNR_KIND_ANSWERS, s->path, err);
    if (st == MNR_OK)
        st = mnr_answers_from_doc(&out->answers, back, s->path, err);
    xmlFreeDoc(back);
    if (st == MNR_OK)
        st = mnr_answers_check(out->answers, s->ctx->model, s->q, err);
    if (st == MNR_OK)
        st = mnr_score_compute(&out->scores, s->ctx->model, s->q, out->answers, s->ctx->baseline,
                               0, err);
    if (st != MNR_OK)
        checked_clear(out);
    return st;
}

mnr_status mnr_session_update(mnr_session *s, mnr_error *err)
{
    int n = s->q->n_questions, left_out = 0;
    unsigned char *leave_out = calloc((size_t)n + 1, 1);
    if (!leave_out)
        return mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    checked c;
    mnr_status st = build_checked(&c, s, leave_out, err);
    /* Which questions are off depends only on the answers to the
     * questions they depend on, never on their own: the answers to them
     * can be left out and the second reading switches off the same ones. */
    for (int i = 0; st == MNR_OK && i < n; i++)
        if (s->answers[i].value != MNR_UNANSWERED && c.scores->questions[i].skipped)
            leave_out[i] = 1, left_out++;
    if (st == MNR_OK && left_out) {
        checked_clear(&c);
        st = build_checked(&c, s, leave_out, err);
    }
    free(leave_out);
    if (st != MNR_OK)
        return st;
    free(s->xml);
    mnr_answers_free(s->checked);
    mnr_scores_free(s->scores);
    s->xml = c.xml;
    s->xml_len = c.len;
    s->checked = c.answers;
    s->scores = c.scores;
    s->left_out = left_out;
    return MNR_OK;
}

/* What happened to the file, and since when: the start of the messages
 * below (a file made where there was none can only be one the session
 * has not saved yet). */
static const char *change_text(mnr_file_change c, const mnr_session *s)
{
    if (c == MNR_FILE_APPEARED)
        return _("was made by another program since this session started");
    if (c == MNR_FILE_REPLACED)
        return s->wrote ? _("was replaced by another file since this session last saved it")
                        : _("was replaced by another file since this session read it");
    return s->wrote ? _("was changed by another program since this session last saved it")
                    : _("was changed by another program since this session read it");
}

/* Refuses to write over a file that is not the one the session last
 * read or wrote (a colleague's, put there meanwhile): the session's
 * answers are kept beside it instead. */
static mnr_status refuse_changed(mnr_session *s, mnr_error *err)
{
    mnr_file_id now;
    mnr_file_id_take(&now, s->path);
    mnr_file_change c = mnr_file_id_compare(&s->file, &now);
    if (c == MNR_FILE_SAME || c == MNR_FILE_GONE)
        return MNR_OK;
    const char *what = change_text(c, s);
    mnr_error beside;
    mnr_error_init(&beside);
    if (mnr_write_beside(&s->kept, s->path, "unsaved", s->file.mode, s->xml,
                         s->xml_len, &beside) != MNR_OK)
        return mnr_error_set(err, MNR_EIO, s->path, 0,
                             /* TRANSLATORS: what happened to the file ("was changed by
                                another program since this session read it"), the file
                                beside it and why it could not be written */
                             _("%s, and mnr ask did not write over it; keeping this "
                               "session's answers beside it failed too (%s: %s). The file "
                               "was not changed"),
                             what, beside.file, beside.message);
    return mnr_error_set(err, MNR_EIO, s->path, 0,
                         /* TRANSLATORS: what happened to the file ("was changed by
                            another program since this session read it"), the file that
                            holds this session's answers */
                         _("%s, so mnr ask did not write over it and stopped. This "
                           "session's answers are in %s. The file was not changed: compare "
                           "the two, keep what you need, and go on with mnr ask -o on the "
                           "file to keep"),
                         what, s->kept);
}

mnr_status mnr_session_save(mnr_session *s, mnr_error *err)
{
    mnr_status st = mnr_session_update(s, err);
    if (st == MNR_OK && s->write)
        st = refuse_changed(s, err);
    if (st == MNR_OK && s->write)
        st = mnr_write_atomic(s->path, s->xml, s->xml_len, err);
    if (st == MNR_OK && s->write) {
        mnr_file_id_take(&s->file, s->path);
        s->wrote = 1;
    }
    if (st == MNR_OK)
        s->saved = 1;
    return st;
}

/* ---- where questions stand ---- */

int mnr_session_is_off(const mnr_session *s, int qi)
{
    return s->scores ? s->scores->questions[qi].skipped : 0;
}

int mnr_session_is_answered(const mnr_session *s, int qi)
{
    return s->answers[qi].value != MNR_UNANSWERED;
}

int mnr_session_is_open(const mnr_session *s, int qi)
{
    return !mnr_session_is_off(s, qi) && !mnr_session_is_answered(s, qi);
}

int mnr_session_open_count(const mnr_session *s)
{
    int n = 0;
    for (int i = 0; i < s->q->n_questions; i++)
        n += mnr_session_is_open(s, i);
    return n;
}

int mnr_session_next_open(const mnr_session *s, int pos)
{
    for (int p = pos + 1; p < s->q->n_questions; p++)
        if (mnr_session_is_open(s, s->order[p]))
            return s->order[p];
    return -1;
}

static int in_cap(const mnr_session *s, int qi, int cap)
{
    return cap < 0 || s->q->questions[qi].capability == cap;
}

int mnr_session_next_on(const mnr_session *s, int pos, int cap)
{
    for (int p = pos + 1; p < s->q->n_questions; p++)
        if (!mnr_session_is_off(s, s->order[p]) && in_cap(s, s->order[p], cap))
            return s->order[p];
    return -1;
}

int mnr_session_prev_on(const mnr_session *s, int pos, int cap)
{
    for (int p = pos - 1; p >= 0; p--)
        if (!mnr_session_is_off(s, s->order[p]) && in_cap(s, s->order[p], cap))
            return s->order[p];
    return -1;
}

int mnr_session_cap_entry(const mnr_session *s, int cap)
{
    int first_on = -1;
    for (int p = 0; p < s->q->n_questions; p++) {
        int qi = s->order[p];
        if (!in_cap(s, qi, cap) || mnr_session_is_off(s, qi))
            continue;
        if (!mnr_session_is_answered(s, qi))
            return qi;
        if (first_on < 0)
            first_on = qi;
    }
    return first_on;
}

void mnr_session_place_of(const mnr_session *s, int qi, mnr_session_place *p)
{
    memset(p, 0, sizeof *p);
    p->cap = s->q->questions[qi].capability;
    p->domain = s->ctx->model->caps[p->cap].domain;
    for (int k = 0; k < s->q->n_questions; k++) {
        int i = s->order[k];
        if (mnr_session_is_off(s, i) && i != qi)
            continue;
        p->overall_on++;
        p->overall += k <= s->pos[qi];
        if (s->q->questions[i].capability == p->cap) {
            p->cap_on++;
            p->in_cap += k <= s->pos[qi];
        }
    }
}

int mnr_session_percent_done(const mnr_session *s)
{
    if (!s->scores || s->scores->applicable == 0)
        return s->scores ? 100 : 0;
    return (int)(100L * s->scores->answered / s->scores->applicable);
}
