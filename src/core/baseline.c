#include "baseline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "baseline_cohort.h"
#include "i18n.h"
#include "xmlsafe.h"

/* A whole-number attribute from 0 to `max` (`what` it is, for the
 * message), or `fallback` when absent; never atoi, which wraps
 * 4294967308 to 12. */
int mnr_baseline_prop_count(reader *r, xmlNodePtr node, const char *name, unsigned long max,
                            const char *what, int fallback)
{
    unsigned long v = 0;
    int got = node ? mnr_xml_uint(node, name, max, &v) : 0;
    if (got > 0)
        return (int)v;
    if (got < 0 && r->st == MNR_OK) {
        char *raw = mnr_xml_token(node, name);
        /* TRANSLATORS: the attribute, its value, what it must be ("a
         * count", "a percentage"), the largest value allowed. */
        r->st = mnr_error_set(r->err, MNR_EINVALID, r->path, xmlGetLineNo(node),
                              _("%s=\"%.40s\" is out of range: %s here is a whole number from 0 "
                              "to %lu; correct it"), name, raw ? raw : "", _(what), max);
        free(raw);
    }
    return fallback;
}

int mnr_baseline_prop_int(reader *r, xmlNodePtr node, const char *name, int fallback)
{
    return mnr_baseline_prop_count(r, node, name, MAX_COUNT, N_("a count"), fallback);
}

static char **texts_of(xmlNodePtr parent, const char *name, int *count)
{
    int n = 0;
    for (xmlNodePtr c = mnr_xml_child(parent, name); c; c = mnr_xml_next(c, name))
        n++;
    char **list = calloc((size_t)n + 1, sizeof *list);
    *count = 0;
    if (!list)
        return NULL;
    for (xmlNodePtr c = mnr_xml_child(parent, name); c; c = mnr_xml_next(c, name))
        list[(*count)++] = mnr_xml_text(c);
    return list;
}

static void free_texts(char **list, int n)
{
    for (int i = 0; i < n; i++)
        free(list[i]);
    free(list);
}

int mnr_figure_covers(const mnr_figure *f, const char *cap_id)
{
    size_t n = strlen(cap_id);
    for (const char *p = f->capabilities; p && *p;) {
        while (*p == ' ')
            p++;
        const char *end = p;
        while (*end && *end != ' ')
            end++;
        if ((size_t)(end - p) == n && strncmp(p, cap_id, n) == 0)
            return 1;
        p = end;
    }
    return 0;
}

void mnr_percent_text(char *buf, size_t size, long part, long whole)
{
    /* tenths = floor(1000 * part / whole + 1/2), in integers: exact */
    long long tenths = (2000LL * part + whole) / (2LL * whole);
    snprintf(buf, size, "%lld.%lld", tenths / 10, tenths % 10);
}

double mnr_figure_percent(const mnr_figure *f)
{
    if (f->yes < 0 || f->respondents <= 0)
        return -1.0;
    return 100.0 * f->yes / f->respondents;
}

static mnr_figure_kind kind_of(xmlNodePtr n)
{
    if (mnr_xml_is(n, "item"))
        return MNR_FIGURE_ITEM;
    if (mnr_xml_is(n, "indicator"))
        return MNR_FIGURE_INDICATOR;
    if (mnr_xml_is(n, "no-figure"))
        return MNR_FIGURE_NONE;
    return MNR_FIGURE_GROUP_NOTE;
}

static mnr_status check_figure(const mnr_figure *f, xmlNodePtr n, const char *path,
                               const mnr_model *model, mnr_error *err)
{
    if (f->yes >= 0 && f->yes > f->respondents)
        return mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(n),
                             _("%s: yes (%d) is more than respondents (%d); check the counts"),
                             f->id, f->yes, f->respondents);
    if (!model)
        return MNR_OK;
    char *list = strdup(f->capabilities ? f->capabilities : "");
    mnr_status st = MNR_OK;
    for (char *save = NULL, *tok = strtok_r(list, " ", &save); tok && st == MNR_OK;
         tok = strtok_r(NULL, " ", &save))
        if (mnr_model_find(model, tok) < 0)
            st = mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(n),
                               _("%s maps to capability %s, which is not in the model %s; "
                               "fix the capabilities attribute"), f->id, tok, model->id);
    free(list);
    return st;
}

static mnr_status load_figure(reader *r, mnr_figure *f, xmlNodePtr n, const mnr_model *model)
{
    const char *path = r->path;
    mnr_error *err = r->err;
    f->kind = kind_of(n);
    f->line = xmlGetLineNo(n);
    f->id = mnr_xml_token(n, "id");
    f->label = mnr_xml_prop(n, "label");
    f->capabilities = mnr_xml_prop(n, "capabilities");
    f->yes = mnr_baseline_prop_int(r, n, "yes", -1);
    f->respondents = mnr_baseline_prop_int(r, n, "respondents", -1);
    f->figure1_percent =
        mnr_baseline_prop_count(r, n, "figure1-percent", 100, N_("a percentage"), -1);
    f->text_percent = mnr_baseline_prop_count(r, n, "text-percent", 100, N_("a percentage"), -1);
    if (r->st != MNR_OK)
        return r->st;
    f->population = mnr_xml_prop(n, "population");
    f->statement = mnr_xml_text(mnr_xml_child(n, f->kind == MNR_FIGURE_NONE ? "reason" : "statement"));
    f->source = mnr_xml_text(mnr_xml_child(n, "source"));
    f->notes = texts_of(n, "note", &f->n_notes);
    f->challenges = texts_of(n, "challenge", &f->n_challenges);
    return check_figure(f, n, path, model, err);
}

/* A capability must not take its share from two Figure 1 items. */
static mnr_status check_unique_mapping(const mnr_baseline *b, const mnr_model *model, mnr_error *err)
{
    if (!model)
        return MNR_OK;
    for (int c = 0; c < model->n_caps; c++) {
        int seen = 0;
        long first = 0, second = 0;
        for (int i = 0; i < b->n_figures; i++) {
            const mnr_figure *f = &b->figures[i];
            if ((f->kind == MNR_FIGURE_ITEM || f->kind == MNR_FIGURE_NONE) &&
                mnr_figure_covers(f, model->caps[c].id)) {
                if (++seen == 1)
                    first = f->line;
                else if (seen == 2)
                    second = f->line;
            }
        }
        if (seen > 1)
            return mnr_error_set(err, MNR_EINVALID, b->path, second,
                                 _("capability %s is mapped to %d Figure 1 items (first at line %ld); "
                                 "map each capability to one item at most"), model->caps[c].id, seen,
                                 first);
    }
    return MNR_OK;
}

static mnr_status load_cohort(reader *r, mnr_baseline *b, xmlNodePtr root)
{
    xmlNodePtr cohort = mnr_xml_child(root, "cohort");
    b->cohort_size = mnr_baseline_prop_int(r, cohort, "size", 0);
    b->countries = texts_of(cohort, "country", &b->n_countries);
    int n = 0;
    for (xmlNodePtr g = mnr_xml_child(cohort, "group"); g; g = mnr_xml_next(g, "group"))
        n++;
    b->groups = calloc((size_t)n + 1, sizeof *b->groups);
    if (!b->groups || !b->countries)
        return mnr_error_set(r->err, MNR_ENOMEM, r->path, 0, _("out of memory"));
    for (xmlNodePtr g = mnr_xml_child(cohort, "group"); g; g = mnr_xml_next(g, "group")) {
        b->groups[b->n_groups].id = mnr_xml_token(g, "id");
        b->groups[b->n_groups].name = mnr_xml_prop(g, "name");
        b->groups[b->n_groups].text = mnr_xml_text(g);
        b->groups[b->n_groups].size = mnr_baseline_prop_int(r, g, "size", 0);
        b->groups[b->n_groups].withheld = mnr_xml_bool(g, "withheld");
        b->groups[b->n_groups].line = xmlGetLineNo(g);
        b->n_groups++;
    }
    return r->st;
}

int mnr_baseline_is_figure(xmlNodePtr n)
{
    return mnr_xml_is(n, "item") || mnr_xml_is(n, "indicator") || mnr_xml_is(n, "no-figure") ||
           mnr_xml_is(n, "group-note");
}

mnr_status mnr_baseline_from_doc(mnr_baseline **out, xmlDocPtr doc, const char *path,
                                 const mnr_model *model, mnr_error *err)
{
    *out = NULL;
    mnr_baseline *b = calloc(1, sizeof *b);
    if (!b)
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    reader rd = {path, err, MNR_OK}, *r = &rd;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    b->path = strdup(path);
    b->id = mnr_xml_token(root, "id");
    b->version = mnr_xml_prop(root, "version");
    b->model_id = mnr_xml_token(root, "model");
    char *kind = mnr_xml_token(root, "kind");
    b->cohort = kind && strcmp(kind, "cohort") == 0;
    free(kind);
    b->min_group =
        mnr_baseline_prop_count(r, root, "min-group", MAX_COUNT, N_("a number of countries"), 0);
    b->by = mnr_xml_token(root, "by");
    b->title = mnr_xml_text(mnr_xml_child(root, "title"));
    xmlNodePtr docn = mnr_xml_child(root, "document");
    b->document = mnr_xml_text(docn);
    b->publisher = mnr_xml_prop(docn, "publisher");
    b->year = mnr_xml_prop(docn, "year");
    b->collected = mnr_xml_prop(docn, "data-collected");
    b->caveats = texts_of(root, "caveat", &b->n_caveats);

    mnr_status st = rd.st;
    if (st == MNR_OK)
        st = load_cohort(r, b, root);
    if (st == MNR_OK)
        st = mnr_baseline_check_cohort(r, b, root);
    if (st == MNR_OK && model && b->model_id && strcmp(b->model_id, model->id) != 0)
        st = mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(root),
                           _("the baseline is for model \"%s\" but the model in use is \"%s\"; "
                           "use the baseline made for this model (or the model it was made for)"),
                           b->model_id, model->id);

    for (xmlNodePtr n = root->children; n && st == MNR_OK; n = n->next)
        if (mnr_baseline_is_figure(n))
            b->n_figures++;
    b->figures = calloc((size_t)b->n_figures + 1, sizeof *b->figures);
    if (st == MNR_OK && !b->figures)
        st = mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    int i = 0;
    for (xmlNodePtr n = root->children; n && st == MNR_OK; n = n->next)
        if (mnr_baseline_is_figure(n)) {
            st = load_figure(r, &b->figures[i], n, model);
            if (st == MNR_OK && b->cohort)
                st = mnr_baseline_check_cohort_figures(r, b, &b->figures[i], n);
            i++;
        }
    if (st == MNR_OK)
        st = check_unique_mapping(b, model, err);
    if (st == MNR_OK && b->cohort)
        st = mnr_baseline_check_cohort_words(r, b, root, model);
    if (st == MNR_OK && model) {
        b->item_of = calloc((size_t)model->n_caps + 1, sizeof *b->item_of);
        if (!b->item_of)
            st = mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
        for (int c = 0; st == MNR_OK && c < model->n_caps; c++)
            b->item_of[c] = mnr_baseline_item_for(b, model->caps[c].id);
        b->model = model;
    }
    if (st != MNR_OK) {
        mnr_baseline_free(b);
        return st;
    }
    *out = b;
    return MNR_OK;
}

mnr_status mnr_baseline_load(mnr_baseline **out, const char *path, const char *schema_path,
                             const mnr_model *model, mnr_error *err)
{
    xmlDocPtr doc = NULL;
    *out = NULL;
    mnr_status st = mnr_xml_load(&doc, path, err);
    if (st == MNR_OK && strcmp((const char *)xmlDocGetRootElement(doc)->name, "baseline") != 0)
        st = mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(xmlDocGetRootElement(doc)),
                           _("expected a baseline file (root element <baseline>), found <%s>; "
                           "check that the right file is in its place"),
                           (const char *)xmlDocGetRootElement(doc)->name);
    if (st == MNR_OK)
        st = mnr_xml_validate(doc, path, schema_path, err);
    if (st == MNR_OK)
        st = mnr_baseline_from_doc(out, doc, path, model, err);
    xmlFreeDoc(doc);
    return st;
}

const mnr_figure *mnr_baseline_item_for(const mnr_baseline *b, const char *cap_id)
{
    for (int i = 0; b && i < b->n_figures; i++) {
        const mnr_figure *f = &b->figures[i];
        if ((f->kind == MNR_FIGURE_ITEM || f->kind == MNR_FIGURE_NONE) && mnr_figure_covers(f, cap_id))
            return f;
    }
    return NULL;
}

const mnr_figure *mnr_baseline_item_of(const mnr_baseline *b, const mnr_model *model, int c)
{
    if (b && b->item_of && b->model == model)
        return b->item_of[c];
    return b ? mnr_baseline_item_for(b, model->caps[c].id) : NULL;
}

const mnr_figure *mnr_baseline_find(const mnr_baseline *b, const char *id)
{
    for (int i = 0; b && id && i < b->n_figures; i++)
        if (b->figures[i].id && strcmp(b->figures[i].id, id) == 0)
            return &b->figures[i];
    return NULL;
}

void mnr_baseline_free(mnr_baseline *b)
{
    if (!b)
        return;
    for (int i = 0; i < b->n_figures; i++) {
        mnr_figure *f = &b->figures[i];
        free(f->id);
        free(f->label);
        free(f->capabilities);
        free(f->population);
        free(f->statement);
        free(f->source);
        free_texts(f->notes, f->n_notes);
        free_texts(f->challenges, f->n_challenges);
    }
    for (int g = 0; g < b->n_groups; g++) {
        free(b->groups[g].id);
        free(b->groups[g].name);
        free(b->groups[g].text);
    }
    free(b->groups);
    free(b->item_of);
    free(b->figures);
    free_texts(b->countries, b->n_countries);
    free_texts(b->caveats, b->n_caveats);
    free(b->path);
    free(b->id);
    free(b->version);
    free(b->model_id);
    free(b->by);
    free(b->title);
    free(b->document);
    free(b->publisher);
    free(b->year);
    free(b->collected);
    free(b);
}
