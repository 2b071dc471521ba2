#include "answers.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "i18n.h"
#include "kind.h"
#include "xmlsafe.h"

static mnr_status load_respondents(mnr_answers *a, xmlNodePtr root)
{
    xmlNodePtr rs = mnr_xml_child(root, "respondents");
    a->workshop = mnr_xml_prop(rs, "workshop");
    for (xmlNodePtr r = mnr_xml_child(rs, "respondent"); r; r = mnr_xml_next(r, "respondent"))
        a->n_respondents++;
    a->respondents = calloc((size_t)a->n_respondents + 1, sizeof *a->respondents);
    if (!a->respondents)
        return MNR_ENOMEM;
    int i = 0;
    for (xmlNodePtr r = mnr_xml_child(rs, "respondent"); r; r = mnr_xml_next(r, "respondent"), i++) {
        a->respondents[i].name = mnr_xml_text(r);
        a->respondents[i].role = mnr_xml_prop(r, "role");
        a->respondents[i].line = xmlGetLineNo(r);
    }
    return MNR_OK;
}

static mnr_status load_targets(mnr_answers *a, xmlNodePtr root)
{
    xmlNodePtr ts = mnr_xml_child(root, "targets");
    unsigned long v = 0; /* a level: the schema's 0-4, never wrapped */
    a->default_target = mnr_xml_uint(ts, "default", MNR_LEVELS - 1, &v) > 0 ? (int)v : 0;
    for (xmlNodePtr t = mnr_xml_child(ts, "target"); t; t = mnr_xml_next(t, "target"))
        a->n_targets++;
    a->targets = calloc((size_t)a->n_targets + 1, sizeof *a->targets);
    if (!a->targets)
        return MNR_ENOMEM;
    int i = 0;
    for (xmlNodePtr t = mnr_xml_child(ts, "target"); t; t = mnr_xml_next(t, "target"), i++) {
        a->targets[i].capability = mnr_xml_prop(t, "capability");
        a->targets[i].level = mnr_xml_uint(t, "level", MNR_LEVELS - 1, &v) > 0 ? (int)v : 0;
        a->targets[i].line = xmlGetLineNo(t);
    }
    return MNR_OK;
}

/* An attribute's text in place, when it is one text node; else NULL. */
static const char *attr_text(xmlNodePtr n, const char *name)
{
    xmlAttrPtr at = xmlHasProp(n, (const xmlChar *)name);
    if (!at || at->type != XML_ATTRIBUTE_NODE || !at->children || at->children->next ||
        at->children->type != XML_TEXT_NODE)
        return NULL;
    return (const char *)at->children->content;
}

static mnr_status check_answer_texts(xmlNodePtr a, const char *path, mnr_error *err);

/* The schema lets an answer go without a value only for a workshop
 * consensus: a question the consensus's own answers switch off keeps
 * the participants' answers but gets no value (mnr merge). */
static mnr_status check_answer_value(xmlNodePtr n, const char *path, mnr_error *err)
{
    if (xmlHasProp(n, BAD_CAST "value") ||
        xmlHasProp(mnr_xml_child(n, "consensus"), BAD_CAST "switched-off-by"))
        return MNR_OK;
    char *q = mnr_xml_prop(n, "question");
    mnr_status st = mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(n),
                                  _("the answer to question %s has no value; write "
                                  "value=\"yes\", \"partly\", \"no\" or \"dont-know\" "
                                  "(\"na\" or a level 0-4 where the questionnaire takes "
                                  "one), or remove the answer"), q ? q : "?");
    free(q);
    return st;
}


static mnr_status load_answers(mnr_answers *a, xmlNodePtr root, int texts, const char *path,
                               mnr_error *err)
{
    /* The question ids in one block, not one allocation each (116 per file
     * of the full questionnaire, thousands of files in a cohort), when
     * every one is a plain attribute. */
    size_t ids = 0;
    int in_block = 1;
    for (xmlNodePtr n = mnr_xml_child(root, "answer"); n; n = mnr_xml_next(n, "answer")) {
        const char *q = attr_text(n, "question");
        in_block &= q != NULL;
        ids += q ? strlen(q) + 1 : 0;
        a->n_answers++;
    }
    a->answers = calloc((size_t)a->n_answers + 1, sizeof *a->answers);
    a->question_block = in_block ? malloc(ids + 1) : NULL;
    if (!a->answers || (in_block && !a->question_block))
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    char *next_id = a->question_block;
    int i = 0;
    for (xmlNodePtr n = mnr_xml_child(root, "answer"); n; n = mnr_xml_next(n, "answer"), i++) {
        mnr_status st = check_answer_texts(n, path, err);
        if (st == MNR_OK)
            st = check_answer_value(n, path, err);
        if (st != MNR_OK)
            return st;
        mnr_answer *ans = &a->answers[i];
        /* read in place: the value is only parsed */
        const char *in_place = attr_text(n, "value");
        char *value = in_place ? NULL : mnr_xml_prop(n, "value");
        int v = mnr_value_parse(in_place ? in_place : value, &ans->level);
        ans->value = v < 0 ? MNR_UNANSWERED : (mnr_value)v;
        if (next_id) {
            const char *q = attr_text(n, "question");
            size_t len = strlen(q) + 1;
            ans->question = memcpy(next_id, q, len);
            next_id += len;
        } else {
            ans->question = mnr_xml_prop(n, "question");
        }
        ans->index = -1;
        ans->line = xmlGetLineNo(n);
        xmlNodePtr ev = texts ? mnr_xml_child(n, "evidence") : NULL;
        xmlNodePtr co = texts ? mnr_xml_child(n, "comment") : NULL;
        /* their line breaks (numbered lists, paragraphs) go to the results */
        ans->evidence = ev ? mnr_xml_text_lines(ev) : NULL;
        ans->comment = co ? mnr_xml_text_lines(co) : NULL;
        ans->workshop = texts ? mnr_answer_workshop_copy(n) : NULL;
        free(value);
    }
    return MNR_OK;
}

/* Whether the text nodes in `n` (an element's children, or an
 * attribute's) hold only white space; -1 when `n` holds something else
 * (an element, an entity reference), which the caller then reads whole.
 * Read in place: no copy of every evidence text made only to look at it. */
static int blank_children(xmlNodePtr n)
{
    for (xmlNodePtr c = n; c; c = c->next) {
        if (c->type != XML_TEXT_NODE && c->type != XML_CDATA_SECTION_NODE)
            return -1;
        for (const xmlChar *p = c->content; p && *p; p++)
            if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
                return 0;
    }
    return 1;
}

/* A text the schema lets through as long as it is not empty, but which
 * says nothing when it is only white space: refused, with its line. An
 * absent node or attribute is for the schema to judge. */
static mnr_status check_text(xmlNodePtr n, const char *attr, const char *what, const char *fix,
                             const char *path, mnr_error *err)
{
    if (!n)
        return MNR_OK;
    xmlAttrPtr a = attr ? xmlHasProp(n, (const xmlChar *)attr) : NULL;
    if (attr && !a)
        return MNR_OK;
    int blank = blank_children(a ? a->children : n->children);
    if (blank < 0) {
        char *v = attr ? mnr_xml_token(n, attr) : mnr_xml_text(n);
        blank = v && v[0] == '\0';
        free(v);
    }
    if (!blank)
        return MNR_OK;
    return mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(n),
                         /* TRANSLATORS: what is blank ("the country", "the evidence"...),
                          * then what to do ("write the country's name"). */
                         _("%s is blank (only white space); %s"), _(what), _(fix));
}

#define CHECK(n, attr, what, fix) \
    if (st == MNR_OK)             \
        st = check_text(n, attr, what, fix, path, err)

/* The texts before the answers. */
static mnr_status check_header_texts(xmlNodePtr root, const char *path, mnr_error *err)
{
    xmlNodePtr rs = mnr_xml_child(root, "respondents");
    mnr_status st = MNR_OK;
    CHECK(root, "model-version", N_("the model-version"),
          N_("write the model version the answers were made for, e.g. 1.0"));
    CHECK(root, "questionnaire-version", N_("the questionnaire-version"),
          N_("write the questionnaire version the answers were made for, e.g. 1.0"));
    CHECK(mnr_xml_child(root, "country"), NULL, N_("the country"), N_("write the country's name"));
    CHECK(mnr_xml_child(root, "title"), NULL, N_("the title"), N_("write a title, or remove <title>"));
    CHECK(rs, "workshop", N_("the workshop"), N_("name the workshop, or remove workshop=\"...\""));
    for (xmlNodePtr r = mnr_xml_child(rs, "respondent"); r; r = mnr_xml_next(r, "respondent")) {
        CHECK(r, NULL, N_("the respondent's name"), N_("write the name"));
        CHECK(r, "role", N_("the respondent's role"), N_("write the role"));
    }
    return st;
}

/* The texts of one answer, its children looked at once (the schema fixes
 * which may come); checked as the answer is read, in document order. */
static mnr_status check_answer_texts(xmlNodePtr a, const char *path, mnr_error *err)
{
    mnr_status st = MNR_OK;
    for (xmlNodePtr c = a->children; c && st == MNR_OK; c = c->next) {
        if (mnr_xml_is(c, "evidence")) {
            CHECK(c, NULL, N_("the evidence"), N_("write the evidence, or remove <evidence>"));
        } else if (mnr_xml_is(c, "comment")) {
            CHECK(c, NULL, N_("the comment"), N_("write the comment, or remove <comment>"));
        } else if (mnr_xml_is(c, "consensus")) { /* a workshop consensus (mnr merge) */
            CHECK(mnr_xml_child(c, "note"), NULL, N_("the decision's note"),
                  N_("write the note, or remove <note>"));
        } else if (mnr_xml_is(c, "participant-answer")) {
            CHECK(c, "name", N_("the participant's name"), N_("write the name"));
            CHECK(c, "role", N_("the participant's role"), N_("write the role"));
            CHECK(mnr_xml_child(c, "evidence"), NULL, N_("the evidence"),
                  N_("write the evidence, or remove <evidence>"));
            CHECK(mnr_xml_child(c, "comment"), NULL, N_("the comment"),
                  N_("write the comment, or remove <comment>"));
        }
    }
    return st;
}
#undef CHECK

static mnr_status read_answers(mnr_answers **out, xmlDocPtr doc, const char *path, int texts,
                               mnr_error *err)
{
    *out = NULL;
    mnr_status st = check_header_texts(xmlDocGetRootElement(doc), path, err);
    if (st != MNR_OK)
        return st;
    mnr_answers *a = calloc(1, sizeof *a);
    if (!a)
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    xmlNodePtr root = xmlDocGetRootElement(doc);
    xmlNodePtr country = mnr_xml_child(root, "country");
    xmlNodePtr title = mnr_xml_child(root, "title");
    a->path = strdup(path);
    a->root_line = xmlGetLineNo(root);
    a->model_id = mnr_xml_token(root, "model");
    a->model_version = mnr_xml_prop(root, "model-version");
    a->questionnaire_id = mnr_xml_token(root, "questionnaire");
    a->questionnaire_version = mnr_xml_prop(root, "questionnaire-version");
    a->lang = mnr_xml_token(root, "lang");
    a->country = mnr_xml_text(country);
    a->fictional = mnr_xml_bool(country, "fictional");
    a->country_line = xmlGetLineNo(country);
    for (int g = 0; g < MNR_GROUPINGS; g++)
        a->group[g] = mnr_xml_token(country, mnr_grouping_attr((mnr_grouping_id)g));
    a->date = mnr_xml_text(mnr_xml_child(root, "date"));
    a->title = title ? mnr_xml_text(title) : NULL;
    if (load_respondents(a, root) != MNR_OK || load_targets(a, root) != MNR_OK)
        st = mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    else
        st = load_answers(a, root, texts, path, err);
    if (st != MNR_OK) {
        mnr_answers_free(a);
        return st;
    }
    *out = a;
    return MNR_OK;
}

mnr_status mnr_answers_from_doc(mnr_answers **out, xmlDocPtr doc, const char *path,
                                mnr_error *err)
{
    return read_answers(out, doc, path, 1, err);
}

mnr_status mnr_answers_for_scoring(mnr_answers **out, xmlDocPtr doc, const char *path,
                                   mnr_error *err)
{
    return read_answers(out, doc, path, 0, err);
}

mnr_status mnr_answers_load(mnr_answers **out, const char *path, const char *schema_path,
                            mnr_error *err)
{
    xmlDocPtr doc = NULL;
    *out = NULL;
    mnr_status st = mnr_xml_load(&doc, path, err);
    if (st == MNR_OK && strcmp((const char *)xmlDocGetRootElement(doc)->name, "answers") != 0)
        st = mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(xmlDocGetRootElement(doc)),
                           _("expected an answers file (root element <answers>), found <%s>; "
                           "give the answers file"),
                           (const char *)xmlDocGetRootElement(doc)->name);
    if (st == MNR_OK)
        st = mnr_xml_validate(doc, path, schema_path, err);
    if (st == MNR_OK)
        st = mnr_answers_from_doc(out, doc, path, err);
    xmlFreeDoc(doc);
    return st;
}

const mnr_answer *mnr_answers_consensus_record(const mnr_answers *a)
{
    for (int i = 0; i < a->n_answers; i++)
        if (a->answers[i].workshop)
            return &a->answers[i];
    return NULL;
}

mnr_file_answers mnr_answers_file_sniff(const char *path)
{
    struct stat st;
    xmlDocPtr doc = NULL;
    mnr_error ignored; /* not XML, too large...: not answers, so not ours to guard */
    mnr_error_init(&ignored);
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) ||
        mnr_xml_load_lean(&doc, path, &ignored) != MNR_OK)
        return MNR_FILE_OTHER;
    mnr_file_answers kind = MNR_FILE_OTHER;
    if (mnr_kind_of(doc) == MNR_KIND_ANSWERS) {
        kind = MNR_FILE_RESPONDENT;
        xmlNodePtr root = xmlDocGetRootElement(doc);
        for (xmlNodePtr a = mnr_xml_child(root, "answer"); a; a = mnr_xml_next(a, "answer"))
            if (mnr_xml_child(a, "consensus"))
                kind = MNR_FILE_CONSENSUS;
    }
    xmlFreeDoc(doc);
    return kind;
}

mnr_status mnr_answers_check_model(const mnr_answers *a, const mnr_model *model, mnr_error *err)
{
    if (strcmp(a->model_id, model->id) != 0 || strcmp(a->model_version, model->version) != 0)
        return mnr_error_set(err, MNR_EINVALID, a->path, a->root_line,
                             _("these answers were made against model %s %s, but this mnr has "
                             "model %s %s; scoring them would give wrong levels. Re-answer with "
                             "the current questionnaire, or use the mnr version that made them"),
                             a->model_id, a->model_version, model->id, model->version);
    return MNR_OK;
}

static mnr_status check_value(const mnr_answers *a, const mnr_answer *ans,
                              const mnr_questionnaire *q, const mnr_question *question,
                              mnr_error *err)
{
    if (q->kind == MNR_CRITERIA && ans->value == MNR_LEVEL)
        return mnr_error_set(err, MNR_EINVALID, a->path, ans->line,
                             question->allow_na
                                 ? _("question %s takes yes, partly, no or dont-know or na, not a "
                                     "level number; change the value")
                                 : _("question %s takes yes, partly, no or dont-know, not a level "
                                     "number; change the value"),
                             ans->question);
    if (q->kind == MNR_LEVEL_PICK && ans->value != MNR_LEVEL && ans->value != MNR_DONT_KNOW)
        return mnr_error_set(err, MNR_EINVALID, a->path, ans->line,
                             _("question %s takes a level from 0 to 4 or dont-know, not \"%s\"; "
                             "change the value"), ans->question, mnr_value_name(ans->value));
    if (ans->value == MNR_NA && !question->allow_na)
        return mnr_error_set(err, MNR_EINVALID, a->path, ans->line,
                             _("question %s does not allow \"na\" (not applicable); answer yes, "
                             "partly, no or dont-know"), ans->question);
    return MNR_OK;
}

static mnr_status check_targets(const mnr_answers *a, const mnr_model *model, mnr_error *err)
{
    for (int t = 0; t < a->n_targets; t++)
        if (mnr_model_find(model, a->targets[t].capability) < 0)
            return mnr_error_set(err, MNR_EINVALID, a->path, a->targets[t].line,
                                 _("target for capability %s, which is not in model %s %s; "
                                 "use an id from C01 to C%02d"), a->targets[t].capability,
                                 model->id, model->version, model->n_caps);
    return MNR_OK;
}

/* The schema lists the region and income group ids; the model names
 * them. A data directory whose model lacks one is told apart. */
static mnr_status check_groups(const mnr_answers *a, const mnr_model *model, mnr_error *err)
{
    for (int g = 0; g < MNR_GROUPINGS; g++) {
        const char *attr = mnr_grouping_attr((mnr_grouping_id)g);
        if (a->group[g] && mnr_model_group(model, (mnr_grouping_id)g, a->group[g]) < 0)
            return mnr_error_set(err, MNR_EINVALID, a->path, a->country_line,
                                 _("%s=\"%s\" is not one of the groups of model %s %s (its "
                                 "<groupings>); use one the model lists, or leave %s out"),
                                 attr, a->group[g], model->id, model->version, attr);
    }
    return MNR_OK;
}

mnr_status mnr_answers_check(mnr_answers *a, const mnr_model *model,
                             const mnr_questionnaire *q, mnr_error *err)
{
    mnr_status st = mnr_answers_check_model(a, model, err);
    if (st == MNR_OK)
        st = check_groups(a, model, err);
    if (st != MNR_OK)
        return st;
    if (strcmp(a->questionnaire_id, q->id) != 0 || strcmp(a->questionnaire_version, q->version) != 0)
        return mnr_error_set(err, MNR_EINVALID, a->path, a->root_line,
                             _("these answers were made against questionnaire %s %s, but the one "
                             "in use is %s %s; questions may have changed, so they cannot be "
                             "scored against it (to score them, keep that version in the data "
                             "directory as questionnaires/%s-%s.xml)"), a->questionnaire_id,
                             a->questionnaire_version, q->id, q->version, a->questionnaire_id,
                             a->questionnaire_version);
    st = check_targets(a, model, err);
    if (st != MNR_OK)
        return st;
    /* first[q] = 1 + index of the first answer to question q */
    int *first = calloc((size_t)q->n_questions + 1, sizeof *first);
    if (!first)
        return mnr_error_set(err, MNR_ENOMEM, a->path, 0, _("out of memory"));
    for (int i = 0, next = 0; i < a->n_answers && st == MNR_OK; i++) {
        mnr_answer *ans = &a->answers[i];
        /* answers usually come in the questionnaire's order: try the
         * question after the last one first, then search */
        ans->index = next < q->n_questions && ans->question &&
                             strcmp(q->questions[next].id, ans->question) == 0
                         ? next
                         : mnr_questionnaire_find(q, ans->question);
        next = ans->index + 1;
        if (ans->index < 0)
            st = mnr_error_set(err, MNR_EINVALID, a->path, ans->line,
                               _("there is no question %s in questionnaire %s %s; "
                               "check the id (e.g. C01.L1.a) or remove this answer"),
                               ans->question, q->id, q->version);
        else if (first[ans->index])
            st = mnr_error_set(err, MNR_EINVALID, a->path, ans->line,
                               _("question %s is answered twice (first at line %ld); "
                               "keep one of the answers"), ans->question,
                               a->answers[first[ans->index] - 1].line);
        else {
            first[ans->index] = i + 1;
            st = check_value(a, ans, q, &q->questions[ans->index], err);
        }
    }
    free(first);
    return st;
}

xmlNodePtr mnr_answer_workshop_copy(xmlNodePtr from)
{
    xmlNodePtr record = NULL;
    for (xmlNodePtr c = from->children; c; c = c->next) {
        if (!mnr_xml_is(c, "consensus") && !mnr_xml_is(c, "participant-answer"))
            continue;
        if (!record && !(record = xmlNewNode(NULL, BAD_CAST "workshop")))
            return NULL;
        xmlAddChild(record, xmlCopyNode(c, 1));
    }
    return record;
}

void mnr_answers_free(mnr_answers *a)
{
    if (!a)
        return;
    for (int i = 0; i < a->n_answers; i++) {
        if (!a->question_block)
            free(a->answers[i].question);
        free(a->answers[i].evidence);
        free(a->answers[i].comment);
        xmlFreeNode(a->answers[i].workshop);
    }
    for (int i = 0; i < a->n_respondents; i++) {
        free(a->respondents[i].name);
        free(a->respondents[i].role);
    }
    for (int i = 0; i < a->n_targets; i++)
        free(a->targets[i].capability);
    free(a->answers);
    free(a->question_block);
    free(a->respondents);
    free(a->targets);
    free(a->path);
    free(a->model_id);
    free(a->model_version);
    free(a->questionnaire_id);
    free(a->questionnaire_version);
    free(a->lang);
    free(a->country);
    for (int g = 0; g < MNR_GROUPINGS; g++)
        free(a->group[g]);
    free(a->date);
    free(a->title);
    free(a->workshop);
    free(a);
}
