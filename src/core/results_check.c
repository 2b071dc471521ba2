#include "results_check.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answers.h"
#include "i18n.h"
#include "results.h"
#include "score.h"
#include "xmlsafe.h"


typedef struct checker {
    const char *path;
    const mnr_model *model;
    const mnr_baseline *baseline;
    const mnr_questionnaire *q;
    mnr_error *err;
    /* the file was compared with a baseline this mnr does not have: its
     * comparison and priorities cannot be worked out again, its own
     * figures can */
    int other_baseline;
} checker;

/* ---- words for messages ---- */

/* A value from the file, fit for one line of a message: at most 60 bytes,
 * cut between UTF-8 characters; control and bidi characters become '?'. */
static void shown(char *dst, size_t size, const char *v)
{
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)(v ? v : "");
    while (*p && n + 8 < size && n < 60) {
        size_t len = *p < 0x80 ? 1 : *p >= 0xF0 ? 4 : *p >= 0xE0 ? 3 : 2;
        int c1 = p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F;
        int bidi = p[0] == 0xE2 && ((p[1] == 0x80 && p[2] >= 0x8E && p[2] <= 0xAE) ||
                                    (p[1] == 0x81 && p[2] >= 0xA6 && p[2] <= 0xA9));
        if (*p < 0x20 || *p == 0x7F || c1 || bidi) {
            dst[n++] = '?';
            p += c1 ? 2 : bidi ? 3 : 1;
            continue;
        }
        for (size_t i = 0; i < len && *p; i++)
            dst[n++] = (char)*p++;
    }
    if (*p) {
        memcpy(dst + n, "...", 3);
        n += 3;
    }
    dst[n] = '\0';
}

/* `level 4`, `level-name "Mature"`: numbers bare, words quoted. */
static void name_value(char *dst, size_t size, const char *name, const char *v)
{
    char buf[80];
    char *end = NULL;
    shown(buf, sizeof buf, v);
    strtod(buf, &end);
    int number = buf[0] && end && *end == '\0';
    snprintf(dst, size, number ? "%s %s" : "%s \"%s\"", name, buf);
}

static void prop_shown(char *dst, size_t size, xmlNodePtr n, const char *name)
{
    char *v = mnr_xml_prop(n, name);
    shown(dst, size, v);
    free(v);
}

/* snprintf into a buffer where cutting a long description short is fine. */
static void put(char *buf, size_t size, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void put(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, size, fmt, ap);
    va_end(ap);
}

/* What an element is, in words: "capability C01", "the level 2
 * descriptor of capability C01", "the <statement> of ...". */
static void describe(xmlNodePtr n, char *buf, size_t size)
{
    char key[80], parent[400];
    const char *name = (const char *)n->name;
    if (mnr_xml_is(n, "capability") || mnr_xml_is(n, "domain")) {
        prop_shown(key, sizeof key, n, "id");
        put(buf, size, "%s %s", name, key);
    } else if (mnr_xml_is(n, "criterion")) {
        prop_shown(key, sizeof key, n, "question");
        put(buf, size, "criterion %s", key);
    } else if (mnr_xml_is(n, "priority")) {
        prop_shown(key, sizeof key, n, "rank");
        put(buf, size, "priority %s", key);
    } else if (mnr_xml_is(n, "level") && mnr_xml_is(n->parent, "scale")) {
        prop_shown(key, sizeof key, n, "value");
        put(buf, size, "level %s of the scale", key);
    } else if (mnr_xml_is(n, "summary") || mnr_xml_is(n, "scale")) {
        put(buf, size, "the %s", name);
    } else if (!n->parent || n->parent->type != XML_ELEMENT_NODE ||
               mnr_xml_is(n->parent, "results")) {
        put(buf, size, "the <%s>", name);
    } else {
        describe(n->parent, parent, sizeof parent);
        if (mnr_xml_is(n, "descriptor")) {
            prop_shown(key, sizeof key, n, "level");
            put(buf, size, "the level %s descriptor of %s", key, parent);
        } else if (mnr_xml_is(n, "indicator")) {
            prop_shown(key, sizeof key, n, "id");
            put(buf, size, "indicator %s of %s", key, parent);
        } else
            put(buf, size, "the <%s> of %s", name, parent);
    }
}

static int within(xmlNodePtr n, const char *name)
{
    for (; n && n->type == XML_ELEMENT_NODE; n = n->parent)
        if (mnr_xml_is(n, name))
            return 1;
    return 0;
}

static int is_attr(const char *attr, const char *list)
{
    if (!attr)
        return 0;
    size_t n = strlen(attr);
    for (const char *p = strstr(list, attr); p; p = strstr(p + 1, attr))
        if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
            return 1;
    return 0;
}

/* Where the right value of an element's attribute (or, attr NULL, of its
 * text or its children) comes from, as the subject of "give(s) ...". */
static void source_of(const checker *ck, xmlNodePtr n, const char *attr, char *buf, size_t size)
{
    const mnr_model *m = ck->model;
    const mnr_baseline *b = ck->baseline;
    const char *what = "the rest of the file gives";
    if (within(n, "baseline") && is_attr(attr, "category category-label"))
        what = "its capability's level and the baseline give";
    else if (within(n, "baseline") || within(n, "indicator") || within(n, "group-note") ||
             within(n, "baseline-source")) {
        snprintf(buf, size, "baseline %s %s gives", b->id, b->version);
        return;
    } else if (within(n, "criterion") || mnr_xml_is(n, "questionnaire")) {
        if (mnr_xml_is(n, "criterion") && is_attr(attr, "status"))
            what = "its answer gives";
        else {
            snprintf(buf, size, "questionnaire %s %s gives", ck->q->id, ck->q->version);
            return;
        }
    } else if (mnr_xml_is(n, "capability") && is_attr(attr, "gap"))
        what = "its score and target give";
    else if ((mnr_xml_is(n, "capability") || mnr_xml_is(n, "domain")) && attr &&
             !is_attr(attr, "id number name weight"))
        what = mnr_xml_is(n, "domain") ? "its capabilities give"
               : ck->q->kind == MNR_CRITERIA ? "its criteria give"
                                             : "its answer gives";
    else if (mnr_xml_is(n, "descriptor") && is_attr(attr, "criteria share"))
        what = ck->q->kind == MNR_CRITERIA ? "its capability's criteria give"
                                           : "its capability's answer gives";
    else if (mnr_xml_is(n, "summary"))
        what = is_attr(attr, "overall-index overall-level overall-level-name strongest-domain "
                             "weakest-domain")
                   ? "the domain scores give"
               : is_attr(attr, "percent-to-target") ? "the gaps and targets give"
                                                    : "the capabilities give";
    else if ((mnr_xml_is(n, "priority") || mnr_xml_is(n, "priorities")) &&
             (!attr || is_attr(attr, "rank capability")))
        what = "the gaps, baseline shares and dependencies give";
    else if (mnr_xml_is(n, "priority") && !is_attr(attr, "name"))
        what = "its capability gives";
    else if (mnr_xml_is(n, "prerequisite") && is_attr(attr, "has-gap"))
        what = "its capability's gap gives";
    else if (within(n, "warnings"))
        what = "the criteria give";
    else if (!within(n, "assessment")) {
        snprintf(buf, size, "model %s %s gives", m->id, m->version);
        return;
    }
    snprintf(buf, size, "%s", what);
}

static mnr_status contradiction(const checker *ck, xmlNodePtr at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static mnr_status contradiction(const checker *ck, xmlNodePtr at, const char *fmt, ...)
{
    char msg[900];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    long line = xmlGetLineNo(at);
    return mnr_error_set(ck->err, MNR_EINVALID, ck->path, line > 0 ? line : 0, 
                         /* TRANSLATORS: %s is the contradiction found in the results file. */
                         _("%s; the file was changed after scoring: score the answers again "
                           "(mnr score ANSWERS -o RESULTS)"),
                         msg);
}

/* ---- comparing the file with what mnr would write ---- */

/* Equal as written, or as numbers to the decimals mnr writes. */
static int same_value(const char *file, const char *built)
{
    if (strcmp(file, built) == 0)
        return 1;
    char *end = NULL;
    double b = strtod(built, &end);
    if (!built[0] || *end || !isfinite(b))
        return 0;
    double f = strtod(file, &end);
    if (!file[0] || *end || !isfinite(f))
        return 0;
    const char *dot = strchr(built, '.');
    int decimals = dot ? (int)strlen(dot + 1) : 0;
    char buf[64];
    snprintf(buf, sizeof buf, "%.*f", decimals, f);
    return strcmp(buf, built) == 0;
}

/* Attributes that are not derived: who wrote the file, and lines of the
 * answers file it was scored from. */
static int not_derived(xmlNodePtr n, const xmlChar *attr)
{
    return (mnr_xml_is(n, "results") && xmlStrEqual(attr, (const xmlChar *)"generator")) ||
           (mnr_xml_is(n, "warning") && xmlStrEqual(attr, (const xmlChar *)"line"));
}

static mnr_status compare_attributes(const checker *ck, xmlNodePtr f, xmlNodePtr b)
{
    char subject[500], source[200], said[160], right[160];
    mnr_status st = MNR_OK;
    for (xmlAttrPtr a = b->properties; a && st == MNR_OK; a = a->next) {
        if (not_derived(b, a->name))
            continue;
        const char *name = (const char *)a->name;
        char *bv = mnr_xml_prop(b, name), *fv = mnr_xml_prop(f, name);
        if (!fv || !same_value(fv, bv ? bv : "")) {
            describe(f, subject, sizeof subject);
            source_of(ck, f, name, source, sizeof source);
            name_value(right, sizeof right, name, bv);
            if (!fv)
                st = contradiction(ck, f, _("%s has no %s, but %s %s"), subject, name, source, right);
            else {
                name_value(said, sizeof said, name, fv);
                st = contradiction(ck, f, _("%s says %s, but %s %s"), subject, said, source, right);
            }
        }
        free(bv);
        free(fv);
    }
    for (xmlAttrPtr a = f->properties; a && st == MNR_OK; a = a->next) {
        if (not_derived(f, a->name) || xmlHasProp(b, a->name))
            continue;
        char *fv = mnr_xml_prop(f, (const char *)a->name);
        describe(f, subject, sizeof subject);
        source_of(ck, f, (const char *)a->name, source, sizeof source);
        name_value(said, sizeof said, (const char *)a->name, fv);
        st = contradiction(ck, f, _("%s says %s, but %s none"), subject, said, source);
        free(fv);
    }
    return st;
}

static xmlNodePtr element_from(xmlNodePtr n)
{
    while (n && n->type != XML_ELEMENT_NODE)
        n = n->next;
    return n;
}

static xmlNodePtr first_element(xmlNodePtr parent)
{
    return element_from(parent->children);
}

static xmlNodePtr next_element(xmlNodePtr n)
{
    return element_from(n->next);
}

/* What a comparison with a baseline gives: the comparison itself, and
 * the priorities, whose order a baseline share breaks ties of. */
static int from_baseline(xmlNodePtr n)
{
    return mnr_xml_is(n, "baseline") || mnr_xml_is(n, "indicator") ||
           mnr_xml_is(n, "group-note") || mnr_xml_is(n, "baseline-source") ||
           mnr_xml_is(n, "priorities");
}

/* n, or the next element after it that is checked. */
static xmlNodePtr checked(const checker *ck, xmlNodePtr n)
{
    while (n && ck->other_baseline && from_baseline(n))
        n = next_element(n);
    return n;
}

static mnr_status compare_node(const checker *ck, xmlNodePtr f, xmlNodePtr b);

/* Same elements in the same order; `pass` -1 compares each pair, 0-2
 * only the root's children of that pass (see compare_root). */
static mnr_status compare_children(const checker *ck, xmlNodePtr f, xmlNodePtr b, int pass)
{
    char subject[500], source[200];
    xmlNodePtr fc = checked(ck, first_element(f)), bc = checked(ck, first_element(b));
    for (; fc && bc; fc = checked(ck, next_element(fc)), bc = checked(ck, next_element(bc))) {
        if (!xmlStrEqual(fc->name, bc->name)) {
            describe(f, subject, sizeof subject);
            source_of(ck, bc, NULL, source, sizeof source);
            return contradiction(ck, fc, _("%s has a <%s> here, where %s a <%s>"), subject,
                                 (const char *)fc->name, source, (const char *)bc->name);
        }
        int this_pass = mnr_xml_is(fc, "summary") ? 1 : mnr_xml_is(fc, "priorities") ? 2 : 0;
        if (pass < 0 || pass == this_pass) {
            mnr_status st = compare_node(ck, fc, bc);
            if (st != MNR_OK)
                return st;
        }
    }
    if (bc || fc) {
        describe(f, subject, sizeof subject);
        source_of(ck, bc ? bc : fc, NULL, source, sizeof source);
        if (bc)
            return contradiction(ck, f, _("%s lacks a <%s> that %s"), subject,
                                 (const char *)bc->name, source);
        return contradiction(ck, fc, _("%s has a <%s> too many: %s none here"), subject,
                             (const char *)fc->name, source);
    }
    return MNR_OK;
}

static mnr_status compare_text(const checker *ck, xmlNodePtr f, xmlNodePtr b)
{
    xmlChar *ft = xmlNodeGetContent(f), *bt = xmlNodeGetContent(b);
    int same = xmlStrEqual(ft ? ft : (const xmlChar *)"", bt ? bt : (const xmlChar *)"");
    xmlFree(ft);
    xmlFree(bt);
    if (same)
        return MNR_OK;
    char subject[500], source[200];
    describe(f, subject, sizeof subject);
    source_of(ck, f, NULL, source, sizeof source);
    return contradiction(ck, f, _("%s is not the text %s"), subject, source);
}

/* Children before attributes: a derived figure sits on the element
 * that holds what it is derived from (a capability's level on the
 * capability, its criteria inside), so the first difference found is
 * the figure that was changed, not one computed from it. */
static mnr_status compare_node(const checker *ck, xmlNodePtr f, xmlNodePtr b)
{
    mnr_status st = first_element(b) ? compare_children(ck, f, b, -1)
                    : first_element(f) ? compare_children(ck, f, b, -1)
                                       : compare_text(ck, f, b);
    return st != MNR_OK ? st : compare_attributes(ck, f, b);
}

/* The summary is derived from the domains and the priorities from the
 * capabilities, so they are compared after them. */
static mnr_status compare_root(const checker *ck, xmlNodePtr f, xmlNodePtr b)
{
    mnr_status st = MNR_OK;
    for (int pass = 0; pass < 3 && st == MNR_OK; pass++)
        st = compare_children(ck, f, b, pass);
    return st != MNR_OK ? st : compare_attributes(ck, f, b);
}

/* ---- the answers a results file holds ---- */

static char *text_of(xmlNodePtr n)
{
    xmlChar *v = xmlNodeGetContent(n);
    char *s = strdup(v ? (const char *)v : "");
    xmlFree(v);
    return s;
}

static char *text_or_null(xmlNodePtr n)
{
    return n ? text_of(n) : NULL;
}

static char *prop_or_empty(xmlNodePtr n, const char *name)
{
    char *v = mnr_xml_prop(n, name);
    return v ? v : strdup("");
}

static int count_capabilities(xmlNodePtr root, int *criteria)
{
    int caps = 0;
    *criteria = 0;
    for (xmlNodePtr d = mnr_xml_child(root, "domain"); d; d = mnr_xml_next(d, "domain"))
        for (xmlNodePtr c = mnr_xml_child(d, "capability"); c; c = mnr_xml_next(c, "capability")) {
            caps++;
            for (xmlNodePtr q = mnr_xml_child(c, "criterion"); q; q = mnr_xml_next(q, "criterion"))
                (*criteria)++;
        }
    return caps;
}

/* One answer per answered criterion, with its evidence and comment. */
static void read_answer(mnr_answers *a, xmlNodePtr crit)
{
    char *value = mnr_xml_prop(crit, "answer");
    mnr_answer *ans = &a->answers[a->n_answers];
    int v = mnr_value_parse(value, &ans->level);
    free(value);
    /* unanswered (anything else, the comparison reports), unless the
     * consensus switched it off and keeps the participants' answers */
    if (v <= 0 && !xmlHasProp(mnr_xml_child(crit, "consensus"), BAD_CAST "switched-off-by"))
        return;
    ans->value = v > 0 ? (mnr_value)v : MNR_UNANSWERED;
    ans->question = prop_or_empty(crit, "question");
    ans->index = -1;
    ans->line = xmlGetLineNo(crit);
    ans->evidence = text_or_null(mnr_xml_child(crit, "evidence"));
    ans->comment = text_or_null(mnr_xml_child(crit, "comment"));
    ans->workshop = mnr_answer_workshop_copy(crit);
    a->n_answers++;
}

/* Every capability's target, as the country's own target for it: the
 * file does not say which came from where, and need not. */
static void read_capability(mnr_answers *a, xmlNodePtr cap)
{
    unsigned long target = 0; /* a level: the schema's 0-4, never wrapped */
    mnr_target *t = &a->targets[a->n_targets++];
    t->capability = prop_or_empty(cap, "id");
    t->level = mnr_xml_uint(cap, "target", MNR_LEVELS - 1, &target) > 0 ? (int)target : 0;
    t->line = xmlGetLineNo(cap);
    for (xmlNodePtr q = mnr_xml_child(cap, "criterion"); q; q = mnr_xml_next(q, "criterion"))
        read_answer(a, q);
}

static void read_assessment(mnr_answers *a, xmlNodePtr root)
{
    xmlNodePtr as = mnr_xml_child(root, "assessment");
    xmlNodePtr country = mnr_xml_child(as, "country");
    char *fictional = mnr_xml_prop(country, "fictional");
    a->country = text_of(country);
    a->fictional = fictional && strcmp(fictional, "true") == 0;
    a->country_line = xmlGetLineNo(country);
    for (int g = 0; g < MNR_GROUPINGS; g++)
        a->group[g] = mnr_xml_prop(country, mnr_grouping_attr((mnr_grouping_id)g));
    a->date = text_of(mnr_xml_child(as, "date"));
    a->title = text_or_null(mnr_xml_child(as, "title"));
    free(fictional);
    xmlNodePtr rs = mnr_xml_child(as, "respondents");
    a->workshop = mnr_xml_prop(rs, "workshop");
    for (xmlNodePtr r = mnr_xml_child(rs, "respondent"); r; r = mnr_xml_next(r, "respondent"))
        a->n_respondents++;
    a->respondents = calloc((size_t)a->n_respondents + 1, sizeof *a->respondents);
    int i = 0;
    for (xmlNodePtr r = mnr_xml_child(rs, "respondent"); r && a->respondents;
         r = mnr_xml_next(r, "respondent"), i++) {
        a->respondents[i].name = text_of(r);
        a->respondents[i].role = mnr_xml_prop(r, "role");
    }
    if (!a->respondents)
        a->n_respondents = 0;
}

static mnr_status answers_of(mnr_answers **out, xmlNodePtr root, const char *path, mnr_error *err)
{
    int n_criteria = 0, n_caps = count_capabilities(root, &n_criteria);
    mnr_answers *a = calloc(1, sizeof *a);
    if (a) {
        a->targets = calloc((size_t)n_caps + 1, sizeof *a->targets);
        a->answers = calloc((size_t)n_criteria + 1, sizeof *a->answers);
    }
    if (!a || !a->targets || !a->answers) {
        mnr_answers_free(a);
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    }
    xmlNodePtr m = mnr_xml_child(root, "model"), q = mnr_xml_child(root, "questionnaire");
    a->path = strdup(path);
    a->root_line = xmlGetLineNo(q);
    a->model_id = prop_or_empty(m, "id");
    a->model_version = prop_or_empty(m, "version");
    a->questionnaire_id = prop_or_empty(q, "id");
    a->questionnaire_version = prop_or_empty(q, "version");
    read_assessment(a, root);
    for (xmlNodePtr d = mnr_xml_child(root, "domain"); d; d = mnr_xml_next(d, "domain"))
        for (xmlNodePtr c = mnr_xml_child(d, "capability"); c; c = mnr_xml_next(c, "capability"))
            read_capability(a, c);
    *out = a;
    return MNR_OK;
}

/* ---- what the file was scored with ---- */

static const char *kind_name(mnr_qkind k)
{
    return k == MNR_CRITERIA ? "criteria" : "level-pick";
}

static mnr_status check_sources(const checker *ck, xmlNodePtr root)
{
    xmlNodePtr qn = mnr_xml_child(root, "questionnaire");
    char *version = mnr_xml_prop(qn, "version"), *kind = mnr_xml_prop(qn, "kind");
    char v[80], k[80];
    shown(v, sizeof v, version);
    shown(k, sizeof k, kind);
    mnr_status st = MNR_OK;
    if (!version || strcmp(version, ck->q->version) != 0)
        st = mnr_error_set(ck->err, MNR_EINVALID, ck->path, xmlGetLineNo(qn),
                           _("these results were scored with questionnaire %s %s, but this mnr has "
                           "questionnaire %s %s; " "score the answers again with this mnr (mnr score ANSWERS -o RESULTS)" ", report them with "
                           "the mnr that wrote them, or keep that version in the data "
                           "directory as questionnaires/%s-%s.xml"), ck->q->id, v, ck->q->id,
                           ck->q->version, ck->q->id, v);
    else if (!kind || strcmp(kind, kind_name(ck->q->kind)) != 0)
        st = contradiction(ck, qn, _("the <questionnaire> says kind \"%s\", but questionnaire %s %s "
                           "is of kind \"%s\""), k, ck->q->id, ck->q->version,
                           kind_name(ck->q->kind));
    free(version);
    free(kind);
    return st;
}

int mnr_results_same_baseline(xmlDocPtr doc, const mnr_baseline *b)
{
    xmlNodePtr bs = mnr_xml_child(xmlDocGetRootElement(doc), "baseline-source");
    char *id = mnr_xml_prop(bs, "id"), *version = mnr_xml_prop(bs, "version");
    int same = !bs || (id && version && strcmp(id, b->id) == 0 && strcmp(version, b->version) == 0);
    free(id);
    free(version);
    return same;
}

mnr_status mnr_results_check_baseline(xmlDocPtr doc, const char *path, const mnr_baseline *b,
                                      mnr_error *err)
{
    if (mnr_results_same_baseline(doc, b))
        return MNR_OK;
    xmlNodePtr bs = mnr_xml_child(xmlDocGetRootElement(doc), "baseline-source");
    char *id = mnr_xml_prop(bs, "id"), *version = mnr_xml_prop(bs, "version");
    char i[80], v[80];
    shown(i, sizeof i, id);
    shown(v, sizeof v, version);
    free(id);
    free(version);
    return mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(bs),
                         _("these results were compared with baseline %s %s, but this mnr has "
                         "baseline %s %s; give the baseline they were compared with "
                         "(--baseline FILE), or " "score the answers again with this mnr (mnr score ANSWERS -o RESULTS)"), i, v, b->id, b->version);
}

mnr_status mnr_results_verify(mnr_answers **answers, mnr_scores **scores, xmlDocPtr doc,
                              const char *path, const mnr_results_sources *src, mnr_error *err)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    xmlDocPtr built = NULL;
    *answers = NULL;
    *scores = NULL;
    checker ck = {path, src->model, src->baseline, src->questionnaire, err,
                  !mnr_results_same_baseline(doc, src->baseline)};
    mnr_status st = check_sources(&ck, root);
    if (st == MNR_OK)
        st = answers_of(answers, root, path, err);
    if (st == MNR_OK)
        st = mnr_answers_check(*answers, src->model, src->questionnaire, err);
    if (st == MNR_OK)
        st = mnr_score_compute(scores, src->model, src->questionnaire, *answers, src->baseline,
                               0, err);
    if (st == MNR_OK)
        st = mnr_results_build(&built, *scores, err);
    if (st == MNR_OK)
        st = compare_root(&ck, root, xmlDocGetRootElement(built));
    xmlFreeDoc(built);
    if (st != MNR_OK) {
        mnr_scores_free(*scores);
        mnr_answers_free(*answers);
        *scores = NULL;
        *answers = NULL;
    }
    return st;
}
