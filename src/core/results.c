#include "results.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "i18n.h"
#include "textsafe.h"
#include "xmlsafe.h"

/* A percentage of counts, rounded as the layouts round it. */
static void set_percent(xmlNodePtr n, const char *name, long part, long whole)
{
    char buf[32] = "-1.0"; /* as mnr_figure_percent says "no figure" */
    if (whole > 0 && part >= 0)
        mnr_percent_text(buf, sizeof buf, part, whole);
    xmlNewProp(n, (const xmlChar *)name, (const xmlChar *)buf);
}

static void set_completeness(xmlNodePtr n, int answered, int applicable)
{
    mnr_xml_set_int(n, "answered", answered);
    mnr_xml_set_int(n, "applicable", applicable);
    if (applicable > 0)
        set_percent(n, "completeness", answered, applicable);
    else
        mnr_xml_set_str(n, "completeness", "100.0");
}

static void add_assessment(xmlNodePtr root, const mnr_scores *s)
{
    const mnr_answers *a = s->answers;
    xmlNodePtr as = mnr_xml_add(root, "assessment");
    xmlNodePtr country = mnr_xml_add_text(as, "country", a->country);
    mnr_xml_set_bool(country, "fictional", a->fictional);
    for (int g = 0; g < MNR_GROUPINGS; g++)
        mnr_xml_set_str(country, mnr_grouping_attr((mnr_grouping_id)g), a->group[g]);
    mnr_xml_add_text(as, "date", a->date);
    if (a->title)
        mnr_xml_add_text(as, "title", a->title);
    xmlNodePtr rs = mnr_xml_add(as, "respondents");
    mnr_xml_set_str(rs, "workshop", a->workshop);
    for (int i = 0; i < a->n_respondents; i++)
        mnr_xml_set_str(mnr_xml_add_text(rs, "respondent", a->respondents[i].name), "role",
                        a->respondents[i].role);
}

static void add_header(xmlNodePtr root, const mnr_scores *s)
{
    const mnr_model *m = s->model;
    xmlNodePtr mn = mnr_xml_add(root, "model");
    mnr_xml_set_str(mn, "id", m->id);
    mnr_xml_set_str(mn, "version", m->version);
    mnr_xml_set_str(mn, "title", m->title);
    xmlNodePtr qn = mnr_xml_add(root, "questionnaire");
    mnr_xml_set_str(qn, "id", s->questionnaire->id);
    mnr_xml_set_str(qn, "version", s->questionnaire->version);
    mnr_xml_set_str(qn, "kind", s->questionnaire->kind == MNR_CRITERIA ? "criteria" : "level-pick");
    mnr_xml_set_str(qn, "title", s->questionnaire->title);
    xmlNodePtr scale = mnr_xml_add(root, "scale");
    /* The model's value as it is (0.875 stays 0.875): no rounding. */
    mnr_xml_set_num(scale, "threshold", "%.15g", m->threshold);
    for (int l = 0; l < MNR_LEVELS; l++) {
        xmlNodePtr ln = mnr_xml_add_text(scale, "level", m->level_text[l]);
        mnr_xml_set_int(ln, "value", l);
        mnr_xml_set_str(ln, "name", m->level_name[l]);
    }
}

static int extreme_domain(const mnr_scores *s, int want_max)
{
    int best = -1;
    for (int d = 0; d < s->model->n_domains; d++) {
        if (!s->domains[d].assessed)
            continue;
        double v = s->domains[d].score, b = best >= 0 ? s->domains[best].score : 0;
        if (best < 0 || (want_max ? v > b + MNR_EPSILON : v < b - MNR_EPSILON))
            best = d;
    }
    return best;
}

static void add_summary(xmlNodePtr root, const mnr_scores *s)
{
    xmlNodePtr sum = mnr_xml_add(root, "summary");
    mnr_xml_set_bool(sum, "assessed", s->assessed);
    if (s->assessed)
        mnr_xml_set_num(sum, "overall-index", "%.2f", s->overall_index);
    /* An overall level, and the strongest and weakest domain, only when
     * every domain is in: else a missing domain could change them. */
    if (s->has_overall_level) {
        mnr_xml_set_int(sum, "overall-level", s->overall_level);
        mnr_xml_set_str(sum, "overall-level-name", s->model->level_name[s->overall_level]);
        int hi = extreme_domain(s, 1), lo = extreme_domain(s, 0);
        mnr_xml_set_str(sum, "strongest-domain", s->model->domains[hi].id);
        mnr_xml_set_str(sum, "weakest-domain", s->model->domains[lo].id);
    }
    if (s->percent_to_target >= 0)
        mnr_xml_set_num(sum, "percent-to-target", "%.1f", s->percent_to_target);
    /* What the index and percent to target cover: layouts print these. */
    mnr_xml_set_int(sum, "capabilities", s->model->n_caps);
    mnr_xml_set_int(sum, "capabilities-assessed", s->caps_assessed);
    mnr_xml_set_int(sum, "domains", s->model->n_domains);
    mnr_xml_set_int(sum, "domains-assessed", s->domains_assessed);
    mnr_xml_set_int(sum, "priorities", s->n_priority);
    set_completeness(sum, s->answered, s->applicable);
}

static const char *criterion_status(const mnr_question_state *st)
{
    if (st->skipped)
        return "skipped";
    switch (st->value) {
    case MNR_YES: return "met";
    case MNR_PARTLY: return "partly";
    case MNR_NO: return "unmet";
    case MNR_DONT_KNOW: return "dont-know";
    case MNR_NA: return "not-applicable";
    case MNR_LEVEL: return "picked";
    default: return "unanswered";
    }
}

static void add_criteria(xmlNodePtr cn, const mnr_scores *s, int c)
{
    const mnr_questionnaire *q = s->questionnaire;
    for (int i = 0; i < q->n_questions; i++) {
        if (q->questions[i].capability != c)
            continue;
        const mnr_question_state *st = &s->questions[i];
        xmlNodePtr crit = mnr_xml_add(cn, "criterion");
        mnr_xml_set_str(crit, "question", q->questions[i].id);
        mnr_xml_set_int(crit, "level", q->questions[i].level);
        if (st->value == MNR_LEVEL)
            mnr_xml_set_int(crit, "answer", st->level);
        else
            mnr_xml_set_str(crit, "answer", mnr_value_name(st->value));
        mnr_xml_set_str(crit, "status", criterion_status(st));
        mnr_xml_add_text(crit, "text", q->questions[i].text);
        if (st->answer >= 0) {
            const mnr_answer *a = &s->answers->answers[st->answer];
            if (a->evidence)
                mnr_xml_add_text(crit, "evidence", a->evidence);
            if (a->comment)
                mnr_xml_add_text(crit, "comment", a->comment);
            /* a workshop consensus: how the value came about, who said what */
            for (xmlNodePtr w = a->workshop ? a->workshop->children : NULL; w; w = w->next)
                xmlAddChild(crit, xmlDocCopyNode(w, crit->doc, 1));
        }
    }
}

static void add_figure_texts(xmlNodePtr n, const mnr_figure *f)
{
    for (int i = 0; i < f->n_notes; i++)
        mnr_xml_add_text(n, "note", f->notes[i]);
    for (int i = 0; i < f->n_challenges; i++)
        mnr_xml_add_text(n, "challenge", f->challenges[i]);
}

static void add_baseline(xmlNodePtr cn, const mnr_scores *s, int c)
{
    const mnr_cap_score *cs = &s->caps[c];
    const mnr_figure *f = cs->item;
    if (!f)
        return;
    xmlNodePtr b = mnr_xml_add(cn, "baseline");
    mnr_xml_set_str(b, "item", f->id);
    mnr_xml_set_str(b, "label", f->label);
    mnr_xml_set_str(b, "capabilities", f->capabilities);
    if (f->kind == MNR_FIGURE_NONE) {
        mnr_xml_set_str(b, "status", "no-figure");
        mnr_xml_add_text(b, "statement", f->statement);
    } else {
        mnr_xml_set_str(b, "status", "figure");
        mnr_xml_set_int(b, "yes", f->yes);
        mnr_xml_set_int(b, "respondents", f->respondents);
        set_percent(b, "percent", f->yes, f->respondents);
        if (cs->category != MNR_CAT_NONE) {
            mnr_xml_set_str(b, "category", mnr_category_id(cs->category));
            mnr_xml_set_str(b, "category-label", mnr_category_label_for(cs->category, s->baseline));
        }
        mnr_xml_add_text(b, "statement", f->statement);
    }
    mnr_xml_add_text(b, "source", f->source);
    add_figure_texts(b, f);
}

/* Finer figures: the country's own answer beside the indicator, where a
 * question asks the same thing; group notes for this capability. */
static void add_indicators(xmlNodePtr cn, const mnr_scores *s, int c)
{
    const mnr_baseline *b = s->baseline;
    const char *cap_id = s->model->caps[c].id;
    for (int i = 0; b && i < b->n_figures; i++) {
        const mnr_figure *f = &b->figures[i];
        if (!mnr_figure_covers(f, cap_id))
            continue;
        if (f->kind == MNR_FIGURE_GROUP_NOTE) {
            xmlNodePtr g = mnr_xml_add_text(cn, "group-note", f->statement);
            mnr_xml_set_str(g, "source", f->source);
            continue;
        }
        if (f->kind != MNR_FIGURE_INDICATOR)
            continue;
        xmlNodePtr in = mnr_xml_add(cn, "indicator");
        mnr_xml_set_str(in, "id", f->id);
        mnr_xml_set_str(in, "label", f->label);
        mnr_xml_set_str(in, "population", f->population);
        mnr_xml_set_int(in, "yes", f->yes);
        mnr_xml_set_int(in, "respondents", f->respondents);
        set_percent(in, "percent", f->yes, f->respondents);
        for (int qi = 0; qi < s->questionnaire->n_questions; qi++) {
            const mnr_question *q = &s->questionnaire->questions[qi];
            if (q->baseline && strcmp(q->baseline, f->id) == 0) {
                mnr_xml_set_str(in, "question", q->id);
                mnr_xml_set_str(in, "answer", mnr_value_name(s->questions[qi].value));
            }
        }
        mnr_xml_add_text(in, "statement", f->statement);
    }
}

static void add_capability(xmlNodePtr dn, const mnr_scores *s, int c)
{
    const mnr_capability *cap = &s->model->caps[c];
    const mnr_cap_score *cs = &s->caps[c];
    xmlNodePtr cn = mnr_xml_add(dn, "capability");
    mnr_xml_set_str(cn, "id", cap->id);
    mnr_xml_set_int(cn, "number", cap->number);
    mnr_xml_set_str(cn, "name", cap->name);
    mnr_xml_set_num(cn, "weight", "%g", cap->weight);
    mnr_xml_set_bool(cn, "assessed", cs->assessed);
    if (!cs->assessed)
        mnr_xml_set_str(cn, "not-assessed", mnr_unassessed_id(cs->why));
    if (cs->assessed) {
        mnr_xml_set_int(cn, "level", cs->level);
        mnr_xml_set_str(cn, "level-name", s->model->level_name[cs->level]);
        mnr_xml_set_num(cn, "score", "%.2f", cs->score);
        mnr_xml_set_num(cn, "gap", "%.2f", cs->gap);
        mnr_xml_set_bool(cn, "in-place", cs->in_place);
    }
    mnr_xml_set_int(cn, "target", cs->target);
    mnr_xml_set_bool(cn, "provisional", cs->provisional);
    mnr_xml_set_int(cn, "dont-know", cs->dont_know);
    set_completeness(cn, cs->answered, cs->applicable);
    mnr_xml_add_text(cn, "description", cap->description);
    for (int l = 1; l < MNR_LEVELS; l++) {
        xmlNodePtr d = mnr_xml_add_text(cn, "descriptor", cap->descriptor[l]);
        mnr_xml_set_int(d, "level", l);
        mnr_xml_set_int(d, "criteria", cs->counted[l]);
        if (cs->assessed)
            mnr_xml_set_num(d, "share", "%.2f", cs->share[l]);
    }
    for (int i = 0; i < cap->n_requires; i++) {
        xmlNodePtr r = mnr_xml_add_text(cn, "requires", cap->requires[i].reason);
        mnr_xml_set_str(r, "capability", cap->requires[i].capability);
        mnr_xml_set_str(r, "name", s->model->caps[cap->requires[i].index].name);
    }
    add_criteria(cn, s, c);
    add_baseline(cn, s, c);
    add_indicators(cn, s, c);
}

static void add_domains(xmlNodePtr root, const mnr_scores *s)
{
    const mnr_model *m = s->model;
    for (int d = 0; d < m->n_domains; d++) {
        const mnr_domain_score *ds = &s->domains[d];
        xmlNodePtr dn = mnr_xml_add(root, "domain");
        mnr_xml_set_str(dn, "id", m->domains[d].id);
        mnr_xml_set_int(dn, "number", m->domains[d].number);
        mnr_xml_set_str(dn, "name", m->domains[d].name);
        mnr_xml_set_num(dn, "weight", "%g", m->domains[d].weight);
        mnr_xml_set_bool(dn, "assessed", ds->assessed);
        if (ds->assessed)
            mnr_xml_set_num(dn, "score", "%.2f", ds->score);
        mnr_xml_set_int(dn, "capabilities", ds->caps);
        mnr_xml_set_int(dn, "capabilities-assessed", ds->caps_assessed);
        set_completeness(dn, ds->answered, ds->applicable);
        mnr_xml_add_text(dn, "description", m->domains[d].description);
        for (int c = 0; c < m->n_caps; c++)
            if (m->caps[c].domain == d)
                add_capability(dn, s, c);
    }
}

static void add_priorities(xmlNodePtr root, const mnr_scores *s)
{
    xmlNodePtr ps = mnr_xml_add(root, "priorities");
    for (int i = 0; i < s->n_priority; i++) {
        int c = s->priority[i];
        const mnr_capability *cap = &s->model->caps[c];
        const mnr_cap_score *cs = &s->caps[c];
        xmlNodePtr p = mnr_xml_add(ps, "priority");
        mnr_xml_set_int(p, "rank", i + 1);
        mnr_xml_set_str(p, "capability", cap->id);
        mnr_xml_set_str(p, "name", cap->name);
        mnr_xml_set_int(p, "level", cs->level);
        mnr_xml_set_num(p, "score", "%.2f", cs->score);
        mnr_xml_set_int(p, "target", cs->target);
        mnr_xml_set_num(p, "gap", "%.2f", cs->gap);
        if (mnr_cap_baseline_share(cs) >= 0)
            set_percent(p, "baseline-percent", cs->item->yes, cs->item->respondents);
        for (int r = 0; r < cap->n_requires; r++) {
            int dep = cap->requires[r].index;
            xmlNodePtr pre = mnr_xml_add_text(p, "prerequisite", cap->requires[r].reason);
            mnr_xml_set_str(pre, "capability", s->model->caps[dep].id);
            mnr_xml_set_str(pre, "name", s->model->caps[dep].name);
            mnr_xml_set_bool(pre, "has-gap", s->caps[dep].gap > MNR_EPSILON);
        }
    }
}

static void add_baseline_source(xmlNodePtr root, const mnr_scores *s)
{
    const mnr_baseline *b = s->baseline;
    if (!b)
        return;
    xmlNodePtr bs = mnr_xml_add(root, "baseline-source");
    mnr_xml_set_str(bs, "id", b->id);
    mnr_xml_set_str(bs, "version", b->version);
    mnr_xml_set_str(bs, "publisher", b->publisher);
    mnr_xml_set_str(bs, "year", b->year);
    mnr_xml_set_str(bs, "collected", b->collected);
    mnr_xml_set_int(bs, "cohort-size", b->cohort_size);
    /* a cohort of mnr cohort: the report says so and names it */
    if (b->cohort) {
        mnr_xml_set_str(bs, "kind", "cohort");
        mnr_xml_set_int(bs, "min-group", b->min_group);
        mnr_xml_set_str(bs, "by", b->by);
    }
    mnr_xml_add_text(bs, "title", b->title);
    mnr_xml_add_text(bs, "document", b->document);
    for (int i = 0; i < b->n_caveats; i++)
        mnr_xml_add_text(bs, "caveat", b->caveats[i]);
    for (int g = 0; g < b->n_groups; g++) {
        xmlNodePtr gn = mnr_xml_add_text(bs, "group", b->groups[g].text);
        mnr_xml_set_str(gn, "id", b->groups[g].id);
        mnr_xml_set_str(gn, "name", b->groups[g].name);
        if (b->groups[g].withheld)
            mnr_xml_set_bool(gn, "withheld", 1);
        else
            mnr_xml_set_int(gn, "size", b->groups[g].size);
    }
}

static void add_enablers(xmlNodePtr root, const mnr_scores *s)
{
    xmlNodePtr en = mnr_xml_add(root, "enablers");
    for (int e = 0; e < s->model->n_enablers; e++) {
        xmlNodePtr n = mnr_xml_add_text(en, "enabler", s->model->enablers[e].description);
        mnr_xml_set_str(n, "id", s->model->enablers[e].id);
        mnr_xml_set_str(n, "name", s->model->enablers[e].name);
    }
}

static void add_warnings(xmlNodePtr root, const mnr_scores *s)
{
    if (s->n_warnings == 0)
        return;
    xmlNodePtr ws = mnr_xml_add(root, "warnings");
    for (int i = 0; i < s->n_warnings; i++)
        mnr_xml_set_int(mnr_xml_add_text(ws, "warning", s->warnings[i].message), "line",
                        s->warnings[i].line);
}

mnr_status mnr_results_build(xmlDocPtr *out, const mnr_scores *s, mnr_error *err)
{
    xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
    xmlNodePtr root = doc ? xmlNewNode(NULL, (const xmlChar *)"results") : NULL;
    if (!root) {
        xmlFreeDoc(doc);
        return mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    }
    xmlDocSetRootElement(doc, root);
    mnr_xml_set_str(root, "generator", "mnr " MNR_VERSION);
    mnr_xml_set_str(root, "format", MNR_RESULTS_FORMAT);
    add_assessment(root, s);
    add_header(root, s);
    add_summary(root, s);
    add_domains(root, s);
    add_priorities(root, s);
    add_baseline_source(root, s);
    add_enablers(root, s);
    add_warnings(root, s);
    *out = doc;
    return MNR_OK;
}

mnr_status mnr_results_serialize(char **out, size_t *len, xmlDocPtr doc, mnr_error *err)
{
    xmlChar *buf = NULL;
    int n = 0;
    xmlDocDumpFormatMemoryEnc(doc, &buf, &n, "UTF-8", 1);
    *out = buf ? mnr_text_xml_refs((const char *)buf, (size_t)n, len) : NULL;
    xmlFree(buf);
    if (!*out)
        return mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory writing the results"));
    return MNR_OK;
}

mnr_status mnr_results_save(xmlDocPtr doc, const char *path, mnr_error *err)
{
    char *buf = NULL;
    size_t len = 0;
    mnr_status st = mnr_results_serialize(&buf, &len, doc, err);
    if (st == MNR_OK)
        st = mnr_write_atomic(path, buf, len, err);
    free(buf);
    return st;
}

/* ---- reading a results file back ---- */


/* The capabilities of a results document, in document order. */
static mnr_status check_capabilities(xmlNodePtr root, const char *path, const mnr_model *model,
                                     mnr_error *err)
{
    long *seen = calloc((size_t)model->n_caps + 1, sizeof *seen);
    if (!seen)
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    mnr_status st = MNR_OK;
    for (xmlNodePtr d = mnr_xml_child(root, "domain"); d && st == MNR_OK; d = mnr_xml_next(d, "domain"))
        for (xmlNodePtr c = mnr_xml_child(d, "capability"); c && st == MNR_OK;
             c = mnr_xml_next(c, "capability")) {
            char *id = mnr_xml_prop(c, "id");
            int i = mnr_model_find(model, id);
            if (i < 0)
                st = mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(c),
                                   _("capability %s is not in model %s %s (it has C01 to C%02d); "
                                   "the file has been edited or damaged: " "score the answers again with this mnr (mnr score ANSWERS -o RESULTS)"),
                                   id ? id : "", model->id, model->version, model->n_caps);
            else if (seen[i])
                st = mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(c),
                                   _("capability %s appears twice (first at line %ld); the file has "
                                   "been edited or damaged: " "score the answers again with this mnr (mnr score ANSWERS -o RESULTS)"), id, seen[i]);
            else
                seen[i] = xmlGetLineNo(c) > 0 ? xmlGetLineNo(c) : 1;
            free(id);
        }
    for (int i = 0; i < model->n_caps && st == MNR_OK; i++)
        if (!seen[i])
            st = mnr_error_set(err, MNR_EINVALID, path, 0,
                               _("capability %s (%s) is missing; the file has been edited or "
                               "damaged: " "score the answers again with this mnr (mnr score ANSWERS -o RESULTS)"), model->caps[i].id, model->caps[i].name);
    free(seen);

    xmlNodePtr ps = mnr_xml_child(root, "priorities");
    for (xmlNodePtr p = mnr_xml_child(ps, "priority"); p && st == MNR_OK; p = mnr_xml_next(p, "priority")) {
        char *id = mnr_xml_prop(p, "capability");
        if (mnr_model_find(model, id) < 0)
            st = mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(p),
                               _("the priority list names capability %s, which is not in model %s "
                               "%s; the file has been edited or damaged: " "score the answers again with this mnr (mnr score ANSWERS -o RESULTS)"),
                               id ? id : "", model->id, model->version);
        free(id);
    }
    return st;
}

mnr_status mnr_results_check(xmlDocPtr doc, const char *path, const mnr_model *model,
                             mnr_error *err)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    char *format = mnr_xml_prop(root, "format");
    char *generator = mnr_xml_prop(root, "generator");
    mnr_status st = MNR_OK;
    if (!format || strcmp(format, MNR_RESULTS_FORMAT) != 0)
        st = mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(root),
                           _("results format \"%s\" (written by %s), but this mnr reads format %s; "
                           "score the answers again with this mnr (mnr score ANSWERS -o RESULTS)" ", or report them with the mnr that wrote them"),
                           format ? format : "", generator ? generator : _("another program"),
                           MNR_RESULTS_FORMAT);
    free(format);
    free(generator);
    if (st != MNR_OK)
        return st;

    xmlNodePtr m = mnr_xml_child(root, "model");
    char *id = mnr_xml_token(m, "id");
    char *version = mnr_xml_prop(m, "version");
    if (!id || !version || strcmp(id, model->id) != 0 || strcmp(version, model->version) != 0)
        st = mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(m),
                           _("these results were scored with model %s %s, but this mnr has model "
                           "%s %s; " "score the answers again with this mnr (mnr score ANSWERS -o RESULTS)" ", or report them with the mnr that wrote them"),
                           id ? id : "", version ? version : "", model->id, model->version);
    free(id);
    free(version);
    return st == MNR_OK ? check_capabilities(root, path, model, err) : st;
}
