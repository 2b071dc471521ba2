#include "model.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "xmlsafe.h"

static double prop_double(xmlNodePtr node, const char *name, double fallback)
{
    char *v = mnr_xml_token(node, name);
    double d = v ? strtod(v, NULL) : fallback;
    free(v);
    return d;
}

static int prop_int(xmlNodePtr node, const char *name, int fallback)
{
    unsigned long v = 0;
    return mnr_xml_uint(node, name, MNR_LEVELS - 1, &v) > 0 ? (int)v : fallback;
}

/* A domain's or capability's number, read with its range checked (never
 * through atoi, which wraps 4294967297 to 1). */
#define MAX_NUMBER 9999UL
static mnr_status prop_number(int *out, xmlNodePtr node, const char *path, mnr_error *err)
{
    unsigned long v = 0;
    if (mnr_xml_uint(node, "number", MAX_NUMBER, &v) > 0 && v > 0) {
        *out = (int)v;
        return MNR_OK;
    }
    char *raw = mnr_xml_token(node, "number");
    mnr_status st = mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(node),
                                  _("number=\"%.40s\" is out of range: a number here is a whole "
                                  "number from 1 to %lu; correct it"), raw ? raw : "", MAX_NUMBER);
    free(raw);
    return st;
}

static int count_children(xmlNodePtr parent, const char *name)
{
    int n = 0;
    for (xmlNodePtr c = mnr_xml_child(parent, name); c; c = mnr_xml_next(c, name))
        n++;
    return n;
}

static mnr_status load_capability(mnr_capability *cap, xmlNodePtr node, int domain,
                                  const char *path, mnr_error *err)
{
    cap->id = mnr_xml_prop(node, "id");
    mnr_status num = prop_number(&cap->number, node, path, err);
    if (num != MNR_OK)
        return num;
    cap->name = mnr_xml_prop(node, "name");
    cap->weight = prop_double(node, "weight", 1.0);
    cap->domain = domain;
    cap->description = mnr_xml_text(mnr_xml_child(node, "description"));

    for (xmlNodePtr d = mnr_xml_child(node, "descriptor"); d; d = mnr_xml_next(d, "descriptor")) {
        int level = prop_int(d, "level", 0);
        if (level < 1 || level > 4)
            continue; /* the schema does not allow it */
        if (cap->descriptor[level])
            return mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(d),
                                 _("capability %s has two descriptors for level %d; "
                                 "give each of the levels 1 to 4 exactly one"), cap->id, level);
        cap->descriptor[level] = mnr_xml_text(d);
    }
    for (int level = 1; level <= 4; level++)
        if (!cap->descriptor[level])
            return mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(node),
                                 _("capability %s has no descriptor for level %d; "
                                 "add <descriptor level=\"%d\">"), cap->id, level, level);

    cap->n_requires = count_children(node, "requires");
    if (cap->n_requires) {
        cap->requires = calloc((size_t)cap->n_requires, sizeof *cap->requires);
        if (!cap->requires)
            return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    }
    int i = 0;
    for (xmlNodePtr r = mnr_xml_child(node, "requires"); r; r = mnr_xml_next(r, "requires"), i++) {
        cap->requires[i].capability = mnr_xml_prop(r, "capability");
        cap->requires[i].reason = mnr_xml_text(r);
        cap->requires[i].index = -1;
        if (cap->requires[i].capability && strcmp(cap->requires[i].capability, cap->id) == 0)
            return mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(r),
                                 _("capability %s requires itself; remove this <requires>"), cap->id);
    }
    return MNR_OK;
}

/* Depth-first search for a cycle through the requirements. */
static int on_cycle(const mnr_model *m, int at, char *state)
{
    if (state[at] == 1)
        return 1;
    if (state[at] == 2)
        return 0;
    state[at] = 1;
    for (int i = 0; i < m->caps[at].n_requires; i++) {
        int next = m->caps[at].requires[i].index;
        if (next >= 0 && on_cycle(m, next, state))
            return 1;
    }
    state[at] = 2;
    return 0;
}

static mnr_status resolve_requirements(mnr_model *m, const char *path, mnr_error *err)
{
    for (int c = 0; c < m->n_caps; c++)
        for (int i = 0; i < m->caps[c].n_requires; i++) {
            mnr_requirement *r = &m->caps[c].requires[i];
            r->index = mnr_model_find(m, r->capability);
            if (r->index < 0)
                return mnr_error_set(err, MNR_EINVALID, path, 0,
                                     _("capability %s requires %s, which is not in the model; "
                                     "fix the id in its <requires>"), m->caps[c].id, r->capability);
        }
    char *state = calloc((size_t)m->n_caps + 1u, 1);
    if (!state)
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    for (int c = 0; c < m->n_caps; c++)
        if (on_cycle(m, c, state)) {
            free(state);
            return mnr_error_set(err, MNR_EINVALID, path, 0,
                                 _("the dependencies between capabilities go round in a circle "
                                 "(through %s); remove one <requires> to break it"), m->caps[c].id);
        }
    free(state);
    return MNR_OK;
}

static mnr_status load_scale(mnr_model *m, xmlNodePtr root, const char *path, mnr_error *err)
{
    xmlNodePtr scale = mnr_xml_child(root, "scale");
    for (xmlNodePtr l = mnr_xml_child(scale, "level"); l; l = mnr_xml_next(l, "level")) {
        int v = prop_int(l, "value", -1);
        if (v < 0 || v >= MNR_LEVELS || m->level_name[v])
            return mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(l),
                                 _("the scale must name each level 0 to 4 once"));
        m->level_name[v] = mnr_xml_prop(l, "name");
        m->level_text[v] = mnr_xml_text(l);
    }
    for (int v = 0; v < MNR_LEVELS; v++)
        if (!m->level_name[v])
            return mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(scale),
                                 _("the scale has no level %d; add <level value=\"%d\">"), v, v);
    xmlNodePtr scoring = mnr_xml_child(root, "scoring");
    m->threshold = prop_double(scoring, "threshold", 0.75);
    m->default_target = prop_int(scoring, "default-target", 3);
    if (!(m->threshold > 0.0 && m->threshold <= 1.0))
        return mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(scoring),
                             _("the threshold must be more than 0 and at most 1 (it is a share "
                             "of a level's criteria); the usual value is 0.75"));
    return MNR_OK;
}

static mnr_status load_enablers(mnr_model *m, xmlNodePtr root, mnr_error *err)
{
    xmlNodePtr en = mnr_xml_child(root, "enablers");
    m->n_enablers = count_children(en, "enabler");
    m->enablers = calloc((size_t)m->n_enablers + 1, sizeof *m->enablers);
    if (!m->enablers)
        return mnr_error_set(err, MNR_ENOMEM, m->path, 0, _("out of memory"));
    int i = 0;
    for (xmlNodePtr e = mnr_xml_child(en, "enabler"); e; e = mnr_xml_next(e, "enabler"), i++) {
        m->enablers[i].id = mnr_xml_prop(e, "id");
        m->enablers[i].name = mnr_xml_prop(e, "name");
        m->enablers[i].description = mnr_xml_text(e);
    }
    return MNR_OK;
}

const char *mnr_grouping_attr(mnr_grouping_id g)
{
    return g == MNR_GROUPING_REGION ? "region" : "income-group";
}

static mnr_status load_groupings(mnr_model *m, xmlNodePtr root, mnr_error *err)
{
    xmlNodePtr gs = mnr_xml_child(root, "groupings");
    for (xmlNodePtr g = mnr_xml_child(gs, "grouping"); g; g = mnr_xml_next(g, "grouping")) {
        char *id = mnr_xml_token(g, "id");
        mnr_grouping *out = &m->groupings[id && strcmp(id, "region") == 0 ? MNR_GROUPING_REGION
                                                                        : MNR_GROUPING_INCOME];
        free(id);
        out->name = mnr_xml_prop(g, "name");
        out->source = mnr_xml_prop(g, "source");
        out->groups = calloc((size_t)count_children(g, "group") + 1, sizeof *out->groups);
        if (!out->groups)
            return mnr_error_set(err, MNR_ENOMEM, m->path, 0, _("out of memory"));
        for (xmlNodePtr e = mnr_xml_child(g, "group"); e; e = mnr_xml_next(e, "group")) {
            out->groups[out->n_groups].id = mnr_xml_token(e, "id");
            out->groups[out->n_groups].name = mnr_xml_prop(e, "name");
            out->n_groups++;
        }
    }
    return MNR_OK;
}

int mnr_model_group(const mnr_model *model, mnr_grouping_id g, const char *id)
{
    const mnr_grouping *gr = &model->groupings[g];
    for (int i = 0; id && i < gr->n_groups; i++)
        if (strcmp(gr->groups[i].id, id) == 0)
            return i;
    return -1;
}

static mnr_status load_domains(mnr_model *m, xmlNodePtr root, const char *path, mnr_error *err)
{
    m->n_domains = count_children(root, "domain");
    for (xmlNodePtr d = mnr_xml_child(root, "domain"); d; d = mnr_xml_next(d, "domain"))
        m->n_caps += count_children(d, "capability");
    m->domains = calloc((size_t)m->n_domains + 1, sizeof *m->domains);
    m->caps = calloc((size_t)m->n_caps + 1, sizeof *m->caps);
    if (!m->domains || !m->caps)
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));

    int di = 0, ci = 0;
    for (xmlNodePtr d = mnr_xml_child(root, "domain"); d; d = mnr_xml_next(d, "domain"), di++) {
        mnr_domain *dom = &m->domains[di];
        dom->id = mnr_xml_prop(d, "id");
        mnr_status num = prop_number(&dom->number, d, path, err);
        if (num != MNR_OK)
            return num;
        dom->name = mnr_xml_prop(d, "name");
        dom->weight = prop_double(d, "weight", 1.0);
        dom->description = mnr_xml_text(mnr_xml_child(d, "description"));
        for (xmlNodePtr c = mnr_xml_child(d, "capability"); c; c = mnr_xml_next(c, "capability")) {
            mnr_status st = load_capability(&m->caps[ci++], c, di, path, err);
            if (st != MNR_OK)
                return st;
        }
    }
    return MNR_OK;
}

mnr_status mnr_model_from_doc(mnr_model **out, xmlDocPtr doc, const char *path, mnr_error *err)
{
    *out = NULL;
    mnr_model *m = calloc(1, sizeof *m);
    if (!m)
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    xmlNodePtr root = xmlDocGetRootElement(doc);
    m->path = strdup(path);
    m->id = mnr_xml_token(root, "id");
    m->version = mnr_xml_prop(root, "version");
    m->title = mnr_xml_text(mnr_xml_child(root, "title"));
    m->source = mnr_xml_text(mnr_xml_child(root, "source"));

    mnr_status st = load_scale(m, root, path, err);
    if (st == MNR_OK)
        st = load_domains(m, root, path, err);
    if (st == MNR_OK)
        st = resolve_requirements(m, path, err);
    if (st == MNR_OK)
        st = load_enablers(m, root, err);
    if (st == MNR_OK)
        st = load_groupings(m, root, err);
    if (st != MNR_OK) {
        mnr_model_free(m);
        return st;
    }
    *out = m;
    return MNR_OK;
}

mnr_status mnr_model_load(mnr_model **out, const char *path, const char *schema_path,
                          mnr_error *err)
{
    xmlDocPtr doc = NULL;
    *out = NULL;
    mnr_status st = mnr_xml_load(&doc, path, err);
    if (st == MNR_OK && strcmp((const char *)xmlDocGetRootElement(doc)->name, "model") != 0)
        st = mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(xmlDocGetRootElement(doc)),
                           _("expected a model file (root element <model>), found <%s>; "
                           "check that the right file is in its place"),
                           (const char *)xmlDocGetRootElement(doc)->name);
    if (st == MNR_OK)
        st = mnr_xml_validate(doc, path, schema_path, err);
    if (st == MNR_OK)
        st = mnr_model_from_doc(out, doc, path, err);
    xmlFreeDoc(doc);
    return st;
}

int mnr_model_find(const mnr_model *model, const char *id)
{
    if (!id)
        return -1;
    for (int i = 0; i < model->n_caps; i++)
        if (strcmp(model->caps[i].id, id) == 0)
            return i;
    return -1;
}

void mnr_model_free(mnr_model *m)
{
    if (!m)
        return;
    for (int c = 0; c < m->n_caps; c++) {
        mnr_capability *cap = &m->caps[c];
        free(cap->id);
        free(cap->name);
        free(cap->description);
        for (int l = 0; l < MNR_LEVELS; l++)
            free(cap->descriptor[l]);
        for (int i = 0; i < cap->n_requires; i++) {
            free(cap->requires[i].capability);
            free(cap->requires[i].reason);
        }
        free(cap->requires);
    }
    for (int d = 0; d < m->n_domains; d++) {
        free(m->domains[d].id);
        free(m->domains[d].name);
        free(m->domains[d].description);
    }
    for (int e = 0; e < m->n_enablers; e++) {
        free(m->enablers[e].id);
        free(m->enablers[e].name);
        free(m->enablers[e].description);
    }
    for (int l = 0; l < MNR_LEVELS; l++) {
        free(m->level_name[l]);
        free(m->level_text[l]);
    }
    for (int g = 0; g < MNR_GROUPINGS; g++) {
        for (int i = 0; i < m->groupings[g].n_groups; i++) {
            free(m->groupings[g].groups[i].id);
            free(m->groupings[g].groups[i].name);
        }
        free(m->groupings[g].groups);
        free(m->groupings[g].name);
        free(m->groupings[g].source);
    }
    free(m->enablers);
    free(m->caps);
    free(m->domains);
    free(m->path);
    free(m->id);
    free(m->version);
    free(m->title);
    free(m->source);
    free(m);
}
