#include "merge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "i18n.h"
#include "score.h"
#include "xmlsafe.h"

/* no < partly < yes, as the median reads them */
static int rank(mnr_value v)
{
    return v == MNR_NO ? 0 : v == MNR_PARTLY ? 1 : 2;
}

static const mnr_value by_rank[3] = {MNR_NO, MNR_PARTLY, MNR_YES};

/* The lower middle of counts[0..k-1] (k sorted buckets), over `total`
 * values: index (total - 1) / 2 of the sorted list. */
static int lower_middle(const int *counts, int k, int total)
{
    int want = (total - 1) / 2, seen = 0;
    for (int i = 0; i < k; i++) {
        seen += counts[i];
        if (seen > want)
            return i;
    }
    return k - 1;
}

static void merge_levels(mnr_merge_outcome *out, const mnr_vote *votes, int n)
{
    int counts[5] = {0}, picked = 0, dont_know = 0, lo = 5, hi = -1;
    for (int i = 0; i < n; i++) {
        if (votes[i].value == MNR_DONT_KNOW)
            dont_know++;
        else if (votes[i].value == MNR_LEVEL && votes[i].level >= 0 && votes[i].level <= 4) {
            counts[votes[i].level]++;
            picked++;
            lo = votes[i].level < lo ? votes[i].level : lo;
            hi = votes[i].level > hi ? votes[i].level : hi;
        }
    }
    out->answered = picked + dont_know;
    if (picked) {
        out->value = MNR_LEVEL;
        out->level = lower_middle(counts, 5, picked);
        out->disputed = hi - lo >= 2;
    } else if (dont_know)
        out->value = MNR_DONT_KNOW;
}

static void merge_criteria(mnr_merge_outcome *out, const mnr_vote *votes, int n, int allow_na)
{
    int counts[3] = {0}, definite = 0, na = 0, dont_know = 0;
    for (int i = 0; i < n; i++) {
        mnr_value v = votes[i].value;
        if (v == MNR_YES || v == MNR_PARTLY || v == MNR_NO) {
            counts[rank(v)]++;
            definite++;
        } else if (v == MNR_NA)
            na++;
        else if (v == MNR_DONT_KNOW)
            dont_know++;
    }
    out->answered = definite + na + dont_know;
    out->disputed = counts[0] > 0 && counts[2] > 0;
    if (allow_na && na * 2 > out->answered)
        out->value = MNR_NA;
    else if (definite)
        out->value = by_rank[lower_middle(counts, 3, definite)];
    else if (out->answered)
        out->value = MNR_DONT_KNOW; /* only don't know and a minority of na */
}

void mnr_merge_question(mnr_merge_outcome *out, const mnr_vote *votes, int n, mnr_qkind kind,
                        int allow_na)
{
    memset(out, 0, sizeof *out);
    out->value = MNR_UNANSWERED;
    if (kind == MNR_LEVEL_PICK)
        merge_levels(out, votes, n);
    else
        merge_criteria(out, votes, n, allow_na);
}

/* ---- checks ---- */

/* A consensus given as a participant would count the whole room as one
 * voice, list its people twice and drop its decisions. */
static mnr_status refuse_consensus(const mnr_answers *a, mnr_error *err)
{
    if (!mnr_answers_consensus_record(a))
        return MNR_OK;
    return mnr_error_set(err, MNR_EINVALID, a->path, a->root_line,
                         _("is a workshop consensus made by mnr merge, not one participant's "
                         "answers: merged again, the whole room would count as one participant. "
                         "Merge the participants' own files (with --decide for the room's "
                         "decisions). Nothing was written"));
}

/* Names, roles: the same once white space is folded and ASCII letters
 * taken in either case, as two spellings of one country are. */
static int same_text(const char *a, const char *b)
{
    return mnr_compare_same_country(a, b);
}

/* Whether b names each of a's respondents (name and role), and no other. */
static int same_respondents(const mnr_answers *a, const mnr_answers *b)
{
    if (a->n_respondents != b->n_respondents)
        return 0;
    for (int i = 0; i < a->n_respondents; i++) {
        int found = 0;
        for (int j = 0; j < b->n_respondents && !found; j++)
            found = same_text(a->respondents[i].name, b->respondents[j].name) &&
                    same_text(a->respondents[i].role, b->respondents[j].role);
        if (!found)
            return 0;
    }
    return 1;
}

/* Whether a and b give the same value to the same questions, in any
 * order (answers are checked: each question once, with its index). */
static int same_answers(const mnr_answers *a, const mnr_answers *b)
{
    if (a->n_answers != b->n_answers)
        return 0;
    for (int i = 0; i < a->n_answers; i++) {
        const mnr_answer *x = &a->answers[i];
        /* the same order is the usual case: try the same place first */
        const mnr_answer *y = b->answers[i].index == x->index ? &b->answers[i] : NULL;
        for (int j = 0; !y && j < b->n_answers; j++)
            if (b->answers[j].index == x->index)
                y = &b->answers[j];
        if (!y || y->value != x->value || (x->value == MNR_LEVEL && y->level != x->level))
            return 0;
    }
    return 1;
}

/* A digest of the answers that does not depend on their order: two
 * participants are compared in full only when theirs agree, so a large
 * workshop is not compared answer by answer, pair by pair. */
static unsigned long long answers_digest(const mnr_answers *a)
{
    unsigned long long sum = (unsigned long long)a->n_answers;
    for (int i = 0; i < a->n_answers; i++) {
        const mnr_answer *x = &a->answers[i];
        unsigned long long h = ((unsigned long long)(unsigned)x->index << 16) ^
                               ((unsigned long long)x->value << 8) ^
                               (x->value == MNR_LEVEL ? (unsigned long long)x->level : 0);
        h *= 0x9E3779B97F4A7C15ULL; /* spread the bits before they are added */
        sum += h ^ (h >> 29);
    }
    return sum;
}

/* One participant given twice (a copy of the file, or the same person's
 * answers saved again under another name) would count twice in every
 * median: the same respondents giving the same answers are refused, at
 * the later file's first respondent. */
static mnr_status refuse_counted_twice(mnr_answers *const *parts, int n, mnr_error *err)
{
    unsigned long long *digest = malloc((size_t)n * sizeof *digest + 1);
    if (!digest)
        return mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    for (int i = 0; i < n; i++)
        digest[i] = answers_digest(parts[i]);
    for (int j = 1; j < n; j++)
        for (int i = 0; i < j; i++) {
            const mnr_answers *a = parts[i], *b = parts[j];
            if (digest[i] != digest[j] || !same_respondents(a, b) || !same_answers(a, b))
                continue;
            free(digest);
            const mnr_respondent *r = b->n_respondents ? &b->respondents[0] : NULL;
            return mnr_error_set(err, MNR_EINVALID, b->path, r ? r->line : b->root_line,
                                 _("the same respondent, %s (%s), with the same answers as in "
                                 "%s: one participant would count twice in every median. Give "
                                 "each participant's file once. Nothing was written"),
                                 r ? r->name : "", r ? r->role : "", a->path);
        }
    free(digest);
    return MNR_OK;
}

mnr_status mnr_merge_check_same(mnr_answers *const *parts, int n, mnr_error *err)
{
    for (int i = 0; i < n; i++) {
        mnr_status st = refuse_consensus(parts[i], err);
        if (st != MNR_OK)
            return st;
    }
    const mnr_answers *a = parts[0];
    for (int i = 1; i < n; i++) {
        const mnr_answers *b = parts[i];
        if (strcmp(a->questionnaire_id, b->questionnaire_id) != 0 ||
            strcmp(a->questionnaire_version, b->questionnaire_version) != 0)
            return mnr_error_set(err, MNR_EINVALID, b->path, b->root_line,
                                 _("these answers are to questionnaire %s %s, but %s answers %s %s; "
                                 "a consensus merges answers to one questionnaire version. "
                                 "Nothing was written"), b->questionnaire_id,
                                 b->questionnaire_version, a->path, a->questionnaire_id,
                                 a->questionnaire_version);
        if (strcmp(a->model_id, b->model_id) != 0 || strcmp(a->model_version, b->model_version) != 0)
            return mnr_error_set(err, MNR_EINVALID, b->path, b->root_line,
                                 _("these answers were made against model %s %s, but %s against "
                                 "%s %s; merge answers made against one model version. Nothing "
                                 "was written"), b->model_id, b->model_version, a->path,
                                 a->model_id, a->model_version);
        if (strcmp(a->country, b->country) != 0)
            return mnr_error_set(err, MNR_EINVALID, b->path, b->country_line,
                                 _("these answers are about %s, but %s is about %s; a consensus "
                                 "is one country's. Nothing was written"), b->country, a->path,
                                 a->country);
    }
    return refuse_counted_twice(parts, n, err);
}

static mnr_status check_decision(const mnr_decision *d, const mnr_questionnaire *q, int *index,
                                 mnr_error *err)
{
    *index = mnr_questionnaire_find(q, d->question);
    if (*index < 0)
        return mnr_error_set(err, MNR_EINVALID, d->source, d->line,
                             _("decision on question %s, which is not in questionnaire %s %s; "
                             "check the id (e.g. C01.L1.a)"), d->question, q->id, q->version);
    const mnr_question *qu = &q->questions[*index];
    if (q->kind == MNR_CRITERIA && (d->value == MNR_LEVEL))
        return mnr_error_set(err, MNR_EINVALID, d->source, d->line,
                             qu->allow_na
                                 ? _("question %s takes yes, partly, no or dont-know or na, not a "
                                     "level number; change the decision")
                                 : _("question %s takes yes, partly, no or dont-know, not a level "
                                     "number; change the decision"),
                             d->question);
    if (q->kind == MNR_LEVEL_PICK && d->value != MNR_LEVEL && d->value != MNR_DONT_KNOW)
        return mnr_error_set(err, MNR_EINVALID, d->source, d->line,
                             _("question %s takes a level from 0 to 4 or dont-know, not \"%s\"; "
                             "change the decision"), d->question, mnr_value_name(d->value));
    if (d->value == MNR_NA && !qu->allow_na)
        return mnr_error_set(err, MNR_EINVALID, d->source, d->line,
                             _("question %s does not allow \"na\" (not applicable); decide yes, "
                             "partly, no or dont-know"), d->question);
    return MNR_OK;
}

/* ---- the consensus document ---- */

static const char *value_text(mnr_value v, int level, char buf[2])
{
    if (v != MNR_LEVEL)
        return mnr_value_name(v);
    buf[0] = (char)('0' + level);
    buf[1] = '\0';
    return buf;
}

static void add_header(xmlNodePtr root, mnr_answers *const *parts, int n, const char *workshop)
{
    const mnr_answers *a = parts[0];
    xmlSetProp(root, BAD_CAST "model", BAD_CAST a->model_id);
    xmlSetProp(root, BAD_CAST "model-version", BAD_CAST a->model_version);
    xmlSetProp(root, BAD_CAST "questionnaire", BAD_CAST a->questionnaire_id);
    xmlSetProp(root, BAD_CAST "questionnaire-version", BAD_CAST a->questionnaire_version);
    xmlNodePtr c = xmlNewTextChild(root, NULL, BAD_CAST "country", BAD_CAST a->country);
    if (a->fictional)
        xmlSetProp(c, BAD_CAST "fictional", BAD_CAST "true");
    /* the workshop is as recent as its latest contribution */
    const char *date = a->date;
    for (int i = 1; i < n; i++)
        if (strcmp(parts[i]->date, date) > 0)
            date = parts[i]->date;
    mnr_xml_add_optional(root, "date", date);
    mnr_xml_add_optional(root, "title", a->title);
    xmlNodePtr rs = xmlNewChild(root, NULL, BAD_CAST "respondents", NULL);
    xmlSetProp(rs, BAD_CAST "workshop", BAD_CAST workshop);
    for (int i = 0; i < n; i++)
        for (int r = 0; r < parts[i]->n_respondents; r++) {
            xmlNodePtr e = xmlNewTextChild(rs, NULL, BAD_CAST "respondent",
                                           BAD_CAST parts[i]->respondents[r].name);
            xmlSetProp(e, BAD_CAST "role", BAD_CAST parts[i]->respondents[r].role);
        }
}

/* The role a participant file speaks for: its respondents' roles. */
static char *role_of(const mnr_answers *a)
{
    size_t len = 1;
    for (int r = 0; r < a->n_respondents; r++)
        len += strlen(a->respondents[r].role) + 2;
    char *s = calloc(len, 1);
    for (int r = 0; s && r < a->n_respondents; r++) {
        if (r)
            strcat(s, ", ");
        strcat(s, a->respondents[r].role);
    }
    return s;
}

/* The consensus's evidence: each participant's, one a line, with their
 * role, so the report shows it where it shows a respondent's. */
static void add_evidence(xmlNodePtr answer, const mnr_answer *const *given, int n,
                         char *const *roles)
{
    size_t len = 1;
    for (int i = 0; i < n; i++)
        if (given[i] && given[i]->evidence)
            len += strlen(roles[i]) + strlen(given[i]->evidence) + 3;
    if (len == 1)
        return;
    char *s = calloc(len, 1);
    if (!s)
        return;
    for (int i = 0; i < n; i++)
        if (given[i] && given[i]->evidence) {
            if (*s)
                strcat(s, "\n");
            strcat(s, roles[i]);
            strcat(s, ": ");
            strcat(s, given[i]->evidence);
        }
    mnr_xml_add_optional(answer, "evidence", s);
    free(s);
}

static void add_answer(xmlNodePtr root, const mnr_merge_outcome *o, const mnr_decision *d,
                       const char *off_by, mnr_answers *const *parts,
                       const mnr_answer *const *given, int n, char *const *roles)
{
    char b1[2], b2[2];
    mnr_value v = d ? d->value : o->value;
    int level = d ? d->level : o->level;
    const char *qid = NULL;
    for (int i = 0; i < n && !qid; i++)
        if (given[i])
            qid = given[i]->question;
    xmlNodePtr a = xmlNewChild(root, NULL, BAD_CAST "answer", NULL);
    xmlSetProp(a, BAD_CAST "question", BAD_CAST (qid ? qid : d->question));
    /* switched off by the consensus's own answers: no consensus value (and
     * no evidence for it), only what each participant said */
    if (!off_by) {
        xmlSetProp(a, BAD_CAST "value", BAD_CAST value_text(v, level, b1));
        add_evidence(a, given, n, roles);
    }
    xmlNodePtr c = xmlNewChild(a, NULL, BAD_CAST "consensus", NULL);
    char count[16];
    snprintf(count, sizeof count, "%d", o->answered);
    xmlSetProp(c, BAD_CAST "answered", BAD_CAST count);
    xmlSetProp(c, BAD_CAST "disputed", BAD_CAST (o->disputed ? "true" : "false"));
    if (off_by)
        xmlSetProp(c, BAD_CAST "switched-off-by", BAD_CAST off_by);
    if (d) {
        xmlSetProp(c, BAD_CAST "decided", BAD_CAST "true");
        if (o->value != MNR_UNANSWERED)
            xmlSetProp(c, BAD_CAST "rule-value", BAD_CAST value_text(o->value, o->level, b2));
        mnr_xml_add_optional(c, "note", d->note);
    }
    for (int i = 0; i < n; i++) {
        if (!given[i])
            continue;
        xmlNodePtr p = xmlNewChild(a, NULL, BAD_CAST "participant-answer", NULL);
        snprintf(count, sizeof count, "%d", i + 1);
        xmlSetProp(p, BAD_CAST "participant", BAD_CAST count);
        xmlSetProp(p, BAD_CAST "name", BAD_CAST parts[i]->respondents[0].name);
        xmlSetProp(p, BAD_CAST "role", BAD_CAST roles[i]);
        xmlSetProp(p, BAD_CAST "value", BAD_CAST value_text(given[i]->value, given[i]->level, b2));
        mnr_xml_add_optional(p, "evidence", given[i]->evidence);
        mnr_xml_add_optional(p, "comment", given[i]->comment);
    }
}

/* byq[q * n + i] = participant i's answer to question q, or NULL. */
static const mnr_answer **index_answers(mnr_answers *const *parts, int n, int nq)
{
    const mnr_answer **byq = calloc((size_t)nq * (size_t)n + 1, sizeof *byq);
    for (int i = 0; byq && i < n; i++)
        for (int k = 0; k < parts[i]->n_answers; k++)
            if (parts[i]->answers[k].index >= 0)
                byq[parts[i]->answers[k].index * n + i] = &parts[i]->answers[k];
    return byq;
}

/* The consensus value of question k: the decision's, or the rules'. */
static void consensus_value(mnr_question_state *st, const mnr_merge_outcome *o,
                            const mnr_decision *d)
{
    st->value = d ? d->value : o->value;
    st->level = d ? d->level : o->level;
}

/* Applies the questionnaire's skip logic to the consensus's own values
 * (the code scoring uses), so the consensus does not answer a question
 * its answers switch off. A decision on such a question is refused: the
 * room decided something the consensus then ignores. */
static mnr_status apply_skips(mnr_question_state *states, const mnr_questionnaire *q,
                              const mnr_decision **decided, mnr_error *err)
{
    for (int k = 0; k < q->n_questions; k++) {
        const mnr_question *qu = &q->questions[k];
        states[k].skipped = mnr_question_skipped(qu, states);
        const mnr_decision *d = decided[k];
        if (states[k].skipped && d) {
            const mnr_question *gate = &q->questions[qu->only_if];
            return mnr_error_set(err, MNR_EINVALID, d->source, d->line,
                                 _("decision on question %s, which the consensus switches off "
                                 "(its answer to %s is %s); decide %s instead, or remove this "
                                 "decision"), d->question, gate->id,
                                 mnr_value_name(states[qu->only_if].value), gate->id);
        }
    }
    return MNR_OK;
}

static mnr_status add_answers(xmlNodePtr root, mnr_answers *const *parts, int n,
                              const mnr_questionnaire *q, const mnr_answer **byq,
                              const mnr_decision **decided, char *const *roles, mnr_error *err)
{
    mnr_merge_outcome *outs = calloc((size_t)q->n_questions + 1, sizeof *outs);
    mnr_question_state *states = calloc((size_t)q->n_questions + 1, sizeof *states);
    mnr_vote *votes = calloc((size_t)n + 1, sizeof *votes);
    mnr_status st = outs && states && votes ? MNR_OK
                                            : mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    for (int k = 0; st == MNR_OK && k < q->n_questions; k++) {
        const mnr_answer **given = byq + (size_t)k * (size_t)n;
        for (int i = 0; i < n; i++) {
            votes[i].value = given[i] ? given[i]->value : MNR_UNANSWERED;
            votes[i].level = given[i] ? given[i]->level : 0;
        }
        mnr_merge_question(&outs[k], votes, n, q->kind, q->questions[k].allow_na);
        consensus_value(&states[k], &outs[k], decided[k]);
    }
    if (st == MNR_OK)
        st = apply_skips(states, q, decided, err);
    for (int k = 0; st == MNR_OK && k < q->n_questions; k++) {
        const char *off_by = states[k].skipped ? q->questions[q->questions[k].only_if].id : NULL;
        if (outs[k].value != MNR_UNANSWERED || decided[k])
            add_answer(root, &outs[k], decided[k], off_by, parts, byq + (size_t)k * (size_t)n, n,
                       roles);
    }
    free(votes);
    free(states);
    free(outs);
    return st;
}

/* The same question decided twice (two --decide, two lines of a
 * decisions file, or one of each): the room settled it once, so one of
 * the two is a slip, and mnr cannot tell which. Both places are named, as
 * for a question answered twice in an answers file. */
static mnr_status refuse_decided_twice(const mnr_decision *d, const mnr_decision *first,
                                       mnr_error *err)
{
    char b[2];
    if (first->line && d->line && strcmp(first->source, d->source) == 0)
        return mnr_error_set(err, MNR_EINVALID, d->source, d->line,
                             _("question %s is decided twice (first at line %ld); keep one of the "
                             "decisions"), d->question, first->line);
    if (first->line)
        return mnr_error_set(err, MNR_EINVALID, d->source, d->line,
                             _("question %s is decided twice (first at %s:%ld); keep one of the "
                             "decisions"), d->question, first->source, first->line);
    return mnr_error_set(err, MNR_EINVALID, d->source, d->line,
                         _("question %s is decided twice (first by %s %s=%s); keep one of the "
                         "decisions"), d->question, first->source, first->question,
                         value_text(first->value, first->level, b));
}

mnr_status mnr_merge_build(xmlDocPtr *out, mnr_answers *const *parts, int n,
                           const mnr_questionnaire *q, const char *workshop,
                           const mnr_decision *decisions, int n_decisions, mnr_error *err)
{
    *out = NULL;
    const mnr_decision **decided = calloc((size_t)q->n_questions + 1, sizeof *decided);
    if (!decided)
        return mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    for (int i = 0; i < n_decisions; i++) {
        int k;
        mnr_status st = check_decision(&decisions[i], q, &k, err);
        if (st == MNR_OK && decided[k])
            st = refuse_decided_twice(&decisions[i], decided[k], err);
        if (st != MNR_OK) {
            free(decided);
            return st;
        }
        decided[k] = &decisions[i];
    }
    const mnr_answer **byq = index_answers(parts, n, q->n_questions);
    char **roles = calloc((size_t)n + 1, sizeof *roles);
    xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
    int ok = byq && roles && doc;
    for (int i = 0; ok && i < n; i++)
        ok = (roles[i] = role_of(parts[i])) != NULL;
    mnr_status st = ok ? MNR_OK : mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    if (st == MNR_OK) {
        xmlNodePtr root = xmlNewNode(NULL, BAD_CAST "answers");
        xmlDocSetRootElement(doc, root);
        add_header(root, parts, n, workshop);
        st = add_answers(root, parts, n, q, byq, decided, roles, err);
    }
    for (int i = 0; roles && i < n; i++)
        free(roles[i]);
    free(roles);
    free(byq);
    free(decided);
    if (st != MNR_OK) {
        xmlFreeDoc(doc);
        return st;
    }
    *out = doc;
    return MNR_OK;
}
