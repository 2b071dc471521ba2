#include "questionnaire.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "xmlsafe.h"

static const char *value_names[] = {"unanswered", "yes", "partly", "no", "dont-know", "na", "level"};

int mnr_value_parse(const char *s, int *level)
{
    if (!s)
        return -1;
    for (int v = MNR_YES; v <= MNR_NA; v++)
        if (strcmp(s, value_names[v]) == 0)
            return v;
    if (s[0] >= '0' && s[0] <= '4' && s[1] == '\0') {
        if (level)
            *level = s[0] - '0';
        return MNR_LEVEL;
    }
    return -1;
}

const char *mnr_value_name(mnr_value v)
{
    return (v >= MNR_UNANSWERED && v <= MNR_LEVEL) ? value_names[v] : "?";
}

double mnr_value_points(mnr_value v)
{
    return v == MNR_YES ? 1.0 : v == MNR_PARTLY ? 0.5 : 0.0;
}

int mnr_questionnaire_find(const mnr_questionnaire *q, const char *question_id)
{
    if (!question_id)
        return -1;
    for (int i = 0; i < q->n_questions; i++)
        if (strcmp(q->questions[i].id, question_id) == 0)
            return i;
    return -1;
}

/* "yes partly" -> bit mask over mnr_value. */
static unsigned parse_value_list(const char *list)
{
    unsigned mask = 0;
    char *copy = strdup(list ? list : "");
    for (char *save = NULL, *tok = strtok_r(copy, " \t\r\n", &save); tok;
         tok = strtok_r(NULL, " \t\r\n", &save)) {
        int v = mnr_value_parse(tok, NULL);
        if (v > 0)
            mask |= 1u << v;
    }
    free(copy);
    return mask;
}

/* The line of a question with this id anywhere in the document (the
 * questions are loaded in order, so a later one is not known yet), or 0. */
static long later_question_line(xmlNodePtr from, const char *id)
{
    xmlNodePtr root = xmlDocGetRootElement(from->doc);
    for (xmlNodePtr s = mnr_xml_child(root, "section"); s && id; s = mnr_xml_next(s, "section"))
        for (xmlNodePtr x = mnr_xml_child(s, "question"); x; x = mnr_xml_next(x, "question")) {
            char *xid = mnr_xml_prop(x, "id");
            int same = xid && strcmp(xid, id) == 0;
            free(xid);
            if (same)
                return xmlGetLineNo(x);
        }
    return 0;
}

static mnr_status load_skip_logic(mnr_questionnaire *q, int qi, xmlNodePtr only_if,
                                  mnr_error *err)
{
    mnr_question *question = &q->questions[qi];
    char *ref = mnr_xml_prop(only_if, "question");
    char *answers = mnr_xml_prop(only_if, "answer");
    int target = mnr_questionnaire_find(q, ref);
    long later = target < 0 ? later_question_line(only_if, ref) : 0;
    mnr_status st = MNR_OK;
    /* Checked first: the question itself is already loaded, so it would
     * otherwise be reported as "comes later" at its own line. */
    if (ref && strcmp(ref, question->id) == 0)
        st = mnr_error_set(err, MNR_EINVALID, q->path, xmlGetLineNo(only_if),
                           _("question %s cannot depend on itself; name an earlier question "
                           "in <only-if>, or remove the <only-if>"), question->id);
    else if (later > 0)
        st = mnr_error_set(err, MNR_EINVALID, q->path, xmlGetLineNo(only_if),
                           _("question %s depends on question %s, which comes later (line %ld); "
                           "a question may only depend on one asked before it"),
                           question->id, ref, later);
    else if (target < 0)
        st = mnr_error_set(err, MNR_EINVALID, q->path, xmlGetLineNo(only_if),
                           _("question %s depends on question %s, which does not exist; "
                           "fix the id in <only-if>"), question->id, ref);
    else if (target >= qi)
        st = mnr_error_set(err, MNR_EINVALID, q->path, xmlGetLineNo(only_if),
                           _("question %s depends on question %s, which comes later (line %ld); "
                           "a question may only depend on one asked before it"),
                           question->id, ref, q->questions[target].line);
    question->only_if = target;
    question->only_if_values = parse_value_list(answers);
    free(ref);
    free(answers);
    return st;
}

static mnr_status load_question(mnr_questionnaire *q, int qi, xmlNodePtr n, int cap,
                                const mnr_model *model, mnr_error *err)
{
    mnr_question *question = &q->questions[qi];
    unsigned long level = 0; /* 1-4 by the schema, never wrapped */
    question->id = mnr_xml_prop(n, "id");
    question->capability = cap;
    question->level = mnr_xml_uint(n, "level", MNR_LEVELS - 1, &level) > 0 ? (int)level : 0;
    question->allow_na = mnr_xml_bool(n, "allow-na");
    question->baseline = mnr_xml_token(n, "baseline");
    question->text = mnr_xml_text(mnr_xml_child(n, "text"));
    question->help = mnr_xml_text(mnr_xml_child(n, "help"));
    question->only_if = -1;
    question->line = xmlGetLineNo(n);

    const char *cap_id = model->caps[cap].id;
    size_t n_id = strlen(cap_id);
    if (strncmp(question->id, cap_id, n_id) != 0 || question->id[n_id] != '.')
        return mnr_error_set(err, MNR_EINVALID, q->path, question->line,
                             _("question %s is in the section of %s; its id must start with \"%s.\""),
                             question->id, cap_id, cap_id);
    if (q->kind == MNR_CRITERIA && question->level == 0)
        return mnr_error_set(err, MNR_EINVALID, q->path, question->line,
                             _("question %s has no level; every criteria question needs "
                             "level=\"1\" to \"4\""), question->id);
    for (int i = 0; i < qi; i++)
        if (strcmp(q->questions[i].id, question->id) == 0)
            return mnr_error_set(err, MNR_EINVALID, q->path, question->line,
                                 _("question id %s is used twice (first at line %ld); "
                                 "give each question its own id"), question->id, q->questions[i].line);
    xmlNodePtr only_if = mnr_xml_child(n, "only-if");
    return only_if ? load_skip_logic(q, qi, only_if, err) : MNR_OK;
}

/* Every capability of the model has its questions, at every level. */
static mnr_status check_coverage(const mnr_questionnaire *q, const mnr_model *model,
                                 xmlNodePtr root, mnr_error *err)
{
    for (int c = 0; c < model->n_caps; c++) {
        int per_level[MNR_LEVELS] = {0};
        int total = 0;
        for (int i = 0; i < q->n_questions; i++)
            if (q->questions[i].capability == c) {
                per_level[q->questions[i].level]++;
                total++;
            }
        if (total == 0)
            return mnr_error_set(err, MNR_EINVALID, q->path, xmlGetLineNo(root),
                                 _("no questions for capability %s (%s); add a <section capability=\"%s\">"),
                                 model->caps[c].id, model->caps[c].name, model->caps[c].id);
        if (q->kind == MNR_LEVEL_PICK && total != 1)
            return mnr_error_set(err, MNR_EINVALID, q->path, xmlGetLineNo(root),
                                 _("capability %s has %d questions; a level-pick questionnaire "
                                 "has exactly one per capability"), model->caps[c].id, total);
        if (q->kind == MNR_CRITERIA)
            for (int l = 1; l <= 4; l++)
                if (per_level[l] == 0)
                    return mnr_error_set(err, MNR_EINVALID, q->path, xmlGetLineNo(root),
                                         _("capability %s has no question at level %d; every level "
                                         "1 to 4 needs at least one criterion"), model->caps[c].id, l);
    }
    return MNR_OK;
}

static mnr_status check_header(const mnr_questionnaire *q, const mnr_model *model,
                               xmlNodePtr root, mnr_error *err)
{
    if (strcmp(q->model_id, model->id) != 0 || strcmp(q->model_version, model->version) != 0)
        return mnr_error_set(err, MNR_EINVALID, q->path, xmlGetLineNo(root),
                             _("this questionnaire was written for model %s %s, but the model in use "
                             "is %s %s; use a questionnaire made for this model"),
                             q->model_id, q->model_version, model->id, model->version);
    return MNR_OK;
}

static mnr_status load_sections(mnr_questionnaire *q, xmlNodePtr root, const mnr_model *model,
                                mnr_error *err)
{
    int n = 0;
    for (xmlNodePtr s = mnr_xml_child(root, "section"); s; s = mnr_xml_next(s, "section"))
        for (xmlNodePtr x = mnr_xml_child(s, "question"); x; x = mnr_xml_next(x, "question"))
            n++;
    q->questions = calloc((size_t)n + 1, sizeof *q->questions);
    if (!q->questions)
        return mnr_error_set(err, MNR_ENOMEM, q->path, 0, _("out of memory"));
    mnr_status st = MNR_OK;
    for (xmlNodePtr s = mnr_xml_child(root, "section"); s && st == MNR_OK;
         s = mnr_xml_next(s, "section")) {
        char *cap_id = mnr_xml_prop(s, "capability");
        int cap = mnr_model_find(model, cap_id);
        if (cap < 0)
            st = mnr_error_set(err, MNR_EINVALID, q->path, xmlGetLineNo(s),
                               _("section for capability %s, which is not in model %s %s; "
                               "use an id from the model (C01 to C%02d)"),
                               cap_id, model->id, model->version, model->n_caps);
        free(cap_id);
        for (xmlNodePtr x = mnr_xml_child(s, "question"); x && st == MNR_OK;
             x = mnr_xml_next(x, "question"))
            st = load_question(q, q->n_questions++, x, cap, model, err);
    }
    return st;
}

mnr_status mnr_questionnaire_from_doc(mnr_questionnaire **out, xmlDocPtr doc, const char *path,
                                      const mnr_model *model, mnr_error *err)
{
    *out = NULL;
    mnr_questionnaire *q = calloc(1, sizeof *q);
    if (!q)
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    xmlNodePtr root = xmlDocGetRootElement(doc);
    char *kind = mnr_xml_prop(root, "kind");
    q->path = strdup(path);
    q->id = mnr_xml_token(root, "id");
    q->version = mnr_xml_prop(root, "version");
    q->model_id = mnr_xml_token(root, "model");
    q->model_version = mnr_xml_prop(root, "model-version");
    q->kind = kind && strcmp(kind, "level-pick") == 0 ? MNR_LEVEL_PICK : MNR_CRITERIA;
    q->title = mnr_xml_text(mnr_xml_child(root, "title"));
    q->introduction = mnr_xml_text(mnr_xml_child(root, "introduction"));
    free(kind);

    mnr_status st = check_header(q, model, root, err);
    if (st == MNR_OK)
        st = load_sections(q, root, model, err);
    if (st == MNR_OK)
        st = check_coverage(q, model, root, err);
    if (st != MNR_OK) {
        mnr_questionnaire_free(q);
        return st;
    }
    *out = q;
    return MNR_OK;
}

mnr_status mnr_questionnaire_load(mnr_questionnaire **out, const char *path,
                                  const char *schema_path, const mnr_model *model,
                                  mnr_error *err)
{
    xmlDocPtr doc = NULL;
    *out = NULL;
    mnr_status st = mnr_xml_load(&doc, path, err);
    if (st == MNR_OK && strcmp((const char *)xmlDocGetRootElement(doc)->name, "questionnaire") != 0)
        st = mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(xmlDocGetRootElement(doc)),
                           _("expected a questionnaire (root element <questionnaire>), found <%s>; "
                           "check that the right file is in its place"),
                           (const char *)xmlDocGetRootElement(doc)->name);
    if (st == MNR_OK)
        st = mnr_xml_validate(doc, path, schema_path, err);
    if (st == MNR_OK)
        st = mnr_questionnaire_from_doc(out, doc, path, model, err);
    xmlFreeDoc(doc);
    return st;
}

void mnr_questionnaire_free(mnr_questionnaire *q)
{
    if (!q)
        return;
    for (int i = 0; i < q->n_questions; i++) {
        free(q->questions[i].id);
        free(q->questions[i].baseline);
        free(q->questions[i].text);
        free(q->questions[i].help);
    }
    free(q->questions);
    free(q->path);
    free(q->id);
    free(q->version);
    free(q->title);
    free(q->introduction);
    free(q->model_id);
    free(q->model_version);
    free(q);
}
