#include "compare.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "i18n.h"
#include "xmlsafe.h"

/* ---- the same country ---- */

static int ascii_lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Skips white space; at a run between words, says so in *gap. */
static const char *skip_space(const char *p, int *gap)
{
    const char *start = p;
    while (*p && is_space((unsigned char)*p))
        p++;
    *gap = p != start && *p;
    return p;
}

int mnr_compare_same_country(const char *a, const char *b)
{
    int gap_a, gap_b;
    if (!a || !b)
        return 0;
    a = skip_space(a, &gap_a);
    b = skip_space(b, &gap_b);
    while (*a && *b) {
        if (ascii_lower((unsigned char)*a) != ascii_lower((unsigned char)*b))
            return 0;
        a = skip_space(a + 1, &gap_a);
        b = skip_space(b + 1, &gap_b);
        if (gap_a != gap_b)
            return 0;
    }
    return *a == '\0' && *b == '\0';
}

/* ---- reading the results ---- */

typedef struct side {
    xmlNodePtr root;    /* <results> */
    xmlNodePtr answers; /* <answers> as read, or NULL */
    const char *path;
} side;

static xmlNodePtr assessment_child(const side *s, const char *name)
{
    return mnr_xml_child(mnr_xml_child(s->root, "assessment"), name);
}

/* The line of the file that says `what` (country, date, model or
 * questionnaire): in an answers file the model and questionnaire are
 * attributes of the root. */
static long line_of(const side *s, const char *what)
{
    if (s->answers) {
        int on_root = strcmp(what, "model") == 0 || strcmp(what, "questionnaire") == 0;
        xmlNodePtr n = on_root ? s->answers : mnr_xml_child(s->answers, what);
        return n ? xmlGetLineNo(n) : 0;
    }
    int in_assessment = strcmp(what, "country") == 0 || strcmp(what, "date") == 0;
    xmlNodePtr n = in_assessment ? assessment_child(s, what) : mnr_xml_child(s->root, what);
    long line = n ? xmlGetLineNo(n) : 0;
    return line > 0 ? line : 0;
}

/* A figure as the results write it ("2.25", "53.5"), in units of
 * 10^-decimals (225, 535): differences of such integers are exact, so a
 * change adds up with the two figures printed beside it. 0 when absent
 * or not a number. */
static int fixed_of(xmlNodePtr n, const char *name, int decimals, long *out)
{
    char *v = mnr_xml_token(n, name);
    char *end = NULL;
    double d = v && v[0] ? strtod(v, &end) : 0;
    int ok = v && v[0] && end && *end == '\0' && isfinite(d);
    free(v);
    if (ok)
        *out = lround(d * (decimals == 2 ? 100.0 : 10.0));
    return ok;
}

/* A whole number attribute (a level); 0 when absent. */
static int int_of(xmlNodePtr n, const char *name, long *out)
{
    char *v = mnr_xml_token(n, name);
    char *end = NULL;
    long x = v && v[0] ? strtol(v, &end, 10) : 0;
    int ok = v && v[0] && end && *end == '\0';
    free(v);
    if (ok)
        *out = x;
    return ok;
}

static int bool_of(xmlNodePtr n, const char *name)
{
    return mnr_xml_bool(n, name);
}

static xmlNodePtr find_by(xmlNodePtr parent, const char *element, const char *attr,
                          const xmlChar *value)
{
    for (xmlNodePtr c = mnr_xml_child(parent, element); c; c = mnr_xml_next(c, element)) {
        xmlChar *v = xmlGetProp(c, (const xmlChar *)attr);
        int same = v && value && xmlStrEqual(v, value);
        xmlFree(v);
        if (same)
            return c;
    }
    return NULL;
}

static xmlNodePtr find_capability(xmlNodePtr root, const xmlChar *id)
{
    for (xmlNodePtr d = mnr_xml_child(root, "domain"); d; d = mnr_xml_next(d, "domain")) {
        xmlNodePtr c = find_by(d, "capability", "id", id);
        if (c)
            return c;
    }
    return NULL;
}

/* ---- the checks ---- */

static mnr_status check_country(const side *o, const side *n, mnr_error *err)
{
    xmlNodePtr oc = assessment_child(o, "country"), nc = assessment_child(n, "country");
    char *a = mnr_xml_text(oc), *b = mnr_xml_text(nc);
    mnr_status st = MNR_OK;
    if (!mnr_compare_same_country(a, b))
        st = mnr_error_set(err, MNR_EINVALID, n->path, line_of(n, "country"),
                           _("this is an assessment of \"%s\", but %s is of \"%s\": mnr compare "
                           "shows one country's progress between two of its own assessments "
                           "and never sets two countries side by side (mnr does not rank "
                           "countries); give two assessments of the same country"),
                           b, o->path, a);
    free(a);
    free(b);
    return st;
}

static mnr_status check_model(const side *o, const side *n, mnr_error *err)
{
    xmlNodePtr om = mnr_xml_child(o->root, "model"), nm = mnr_xml_child(n->root, "model");
    char *oid = mnr_xml_token(om, "id"), *nid = mnr_xml_token(nm, "id");
    char *ov = mnr_xml_prop(om, "version"), *nv = mnr_xml_prop(nm, "version");
    mnr_status st = MNR_OK;
    if (!oid || !nid || !ov || !nv || strcmp(oid, nid) != 0 || strcmp(ov, nv) != 0)
        st = mnr_error_set(err, MNR_EINVALID, n->path, line_of(n, "model"),
                           _("scored with model %s %s, but %s with model %s %s: levels on two "
                           "models cannot be compared; score both with the same model"),
                           nid ? nid : "", nv ? nv : "", o->path, oid ? oid : "", ov ? ov : "");
    free(oid), free(nid), free(ov), free(nv);
    return st;
}

static mnr_status check_questionnaire(const side *o, const side *n, mnr_error *err)
{
    xmlNodePtr oq = mnr_xml_child(o->root, "questionnaire");
    xmlNodePtr nq = mnr_xml_child(n->root, "questionnaire");
    char *oid = mnr_xml_token(oq, "id"), *nid = mnr_xml_token(nq, "id");
    mnr_status st = MNR_OK;
    if (!oid || !nid || strcmp(oid, nid) != 0)
        st = mnr_error_set(err, MNR_EINVALID, n->path, line_of(n, "questionnaire"),
                           _("answers questionnaire %s, but %s answers %s: the two measure "
                           "levels in different ways, so mnr compare needs both on the same "
                           "questionnaire (its versions may differ)"),
                           nid ? nid : "", o->path, oid ? oid : "");
    free(oid), free(nid);
    return st;
}

/* An OLD dated after NEW would show progress as regress: most likely the
 * two files were given the wrong way round. Both dates passed the rule
 * of date.h when the files were read; they are ordered as days. */
static mnr_status check_dates(const side *o, const side *n, mnr_error *err)
{
    xmlNodePtr od = assessment_child(o, "date"), nd = assessment_child(n, "date");
    char *a = mnr_xml_text(od), *b = mnr_xml_text(nd);
    mnr_status st = MNR_OK;
    if (mnr_date_order(a, b) > 0)
        st = mnr_error_set(err, MNR_EINVALID, o->path, line_of(o, "date"),
                           _("this assessment, dated %.40s, is the later one (%s is dated "
                           "%.40s); give the earlier assessment first: mnr compare OLD NEW"),
                           a, n->path, b);
    free(a);
    free(b);
    return st;
}

/* ---- building the comparison ---- */

/* v in units of 10^-decimals as a decimal number: -5 -> "-0.05". */
static void set_fixed(xmlNodePtr n, const char *name, long v, int decimals)
{
    long unit = decimals == 2 ? 100 : 10, a = labs(v);
    char buf[48];
    snprintf(buf, sizeof buf, "%s%ld.%0*ld", v < 0 ? "-" : "", a / unit, decimals, a % unit);
    mnr_xml_set_str(n, name, buf);
}

/* <name> under parent with every attribute of `from` (none when NULL). */
static xmlNodePtr add_copy_attrs(xmlNodePtr parent, const char *name, xmlNodePtr from)
{
    xmlNodePtr n = mnr_xml_add(parent, name);
    for (xmlAttrPtr a = from ? from->properties : NULL; n && a; a = a->next) {
        xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
        xmlSetProp(n, a->name, v ? v : (const xmlChar *)"");
        xmlFree(v);
    }
    return n;
}

static void copy_into(xmlNodePtr parent, xmlNodePtr node)
{
    if (node)
        xmlAddChild(parent, xmlDocCopyNode(node, parent->doc, 1));
}

/* NEW minus OLD of a figure both have, as attribute `name`. */
static void set_change(xmlNodePtr n, const char *name, xmlNodePtr o, xmlNodePtr nw,
                       const char *attr, int decimals)
{
    long a, b;
    if (fixed_of(o, attr, decimals, &a) && fixed_of(nw, attr, decimals, &b))
        set_fixed(n, name, b - a, decimals);
}

typedef struct tally {
    long up, down, same, newly_in_place, no_longer_in_place, newly_assessed, no_longer_assessed,
        not_assessed, compared, newly_met, no_longer_met, only_old, only_new, score_down;
} tally;

static int has_status(xmlNodePtr criterion, const char *status)
{
    xmlChar *s = criterion ? xmlGetProp(criterion, (const xmlChar *)"status") : NULL;
    int is = s && xmlStrEqual(s, (const xmlChar *)status);
    xmlFree(s);
    return is;
}

static void add_criterion(xmlNodePtr cap, xmlNodePtr oc, xmlNodePtr nc, const char *change)
{
    xmlNodePtr c = mnr_xml_add(cap, "criterion");
    xmlChar *q = xmlGetProp(nc, (const xmlChar *)"question");
    xmlChar *level = xmlGetProp(nc, (const xmlChar *)"level");
    xmlChar *os = xmlGetProp(oc, (const xmlChar *)"status");
    xmlChar *ns = xmlGetProp(nc, (const xmlChar *)"status");
    mnr_xml_set_str(c, "question", q ? (const char *)q : "");
    mnr_xml_set_str(c, "level", level ? (const char *)level : "");
    mnr_xml_set_str(c, "change", change);
    mnr_xml_set_str(c, "old-status", os ? (const char *)os : "");
    mnr_xml_set_str(c, "new-status", ns ? (const char *)ns : "");
    copy_into(c, mnr_xml_child(nc, "text"));
    xmlFree(q), xmlFree(level), xmlFree(os), xmlFree(ns);
}

/* Criteria of one capability, matched by question id. A question left
 * unanswered in either assessment, or switched off there by skip logic
 * (status "skipped"), says nothing of a change: a criterion met now but
 * not answered before is not "newly met", and the report of each counts
 * neither as answered. */
static void compare_criteria(xmlNodePtr cap, xmlNodePtr oc, xmlNodePtr nc, tally *t)
{
    long newly = 0, no_longer = 0;
    for (xmlNodePtr n = mnr_xml_child(nc, "criterion"); n; n = mnr_xml_next(n, "criterion")) {
        xmlChar *q = xmlGetProp(n, (const xmlChar *)"question");
        xmlNodePtr o = oc ? find_by(oc, "criterion", "question", q) : NULL;
        xmlFree(q);
        if (!o) {
            t->only_new++;
            continue;
        }
        if (has_status(o, "unanswered") || has_status(n, "unanswered") ||
            has_status(o, "skipped") || has_status(n, "skipped"))
            continue;
        t->compared++;
        int was = has_status(o, "met"), is = has_status(n, "met");
        if (is && !was) {
            add_criterion(cap, o, n, "newly-met");
            newly++;
        } else if (was && !is) {
            add_criterion(cap, o, n, "no-longer-met");
            no_longer++;
        }
    }
    for (xmlNodePtr o = oc ? mnr_xml_child(oc, "criterion") : NULL; o; o = mnr_xml_next(o, "criterion")) {
        xmlChar *q = xmlGetProp(o, (const xmlChar *)"question");
        if (!find_by(nc, "criterion", "question", q))
            t->only_old++;
        xmlFree(q);
    }
    mnr_xml_set_int(cap, "criteria-newly-met", newly);
    mnr_xml_set_int(cap, "criteria-no-longer-met", no_longer);
    t->newly_met += newly;
    t->no_longer_met += no_longer;
}

/* A capability that kept its level but lost score (criteria of the next
 * level no longer met, or partly where they were met) has lost ground
 * all the same: it is a regression too, and a report that listed only
 * falls of level would say "none" beside a score printed in red. The
 * scores are compared as the results print them, as every change is. */
static void score_regression(xmlNodePtr cap, xmlNodePtr oc, xmlNodePtr nc, tally *t)
{
    long a, b;
    if (fixed_of(oc, "score", 2, &a) && fixed_of(nc, "score", 2, &b) && b < a) {
        mnr_xml_set_str(cap, "regression", "score");
        t->score_down++;
    }
}

/* change, level-change, score-change and in-place-change of a capability. */
static void capability_change(xmlNodePtr cap, xmlNodePtr oc, xmlNodePtr nc, tally *t)
{
    int oa = bool_of(oc, "assessed"), na = bool_of(nc, "assessed");
    if (na && !oa) {
        mnr_xml_set_str(cap, "change", "newly-assessed");
        t->newly_assessed++;
    } else if (oa && !na) {
        mnr_xml_set_str(cap, "change", "no-longer-assessed");
        t->no_longer_assessed++;
    } else if (!oa) {
        mnr_xml_set_str(cap, "change", "not-assessed");
        t->not_assessed++;
    }
    if (!oa || !na)
        return;
    long ol = 0, nl = 0;
    int_of(oc, "level", &ol);
    int_of(nc, "level", &nl);
    if (nl > ol) {
        mnr_xml_set_str(cap, "change", "up");
        t->up++;
    } else if (nl < ol) {
        mnr_xml_set_str(cap, "change", "down");
        mnr_xml_set_str(cap, "regression", "level");
        t->down++;
    } else {
        mnr_xml_set_str(cap, "change", "same");
        t->same++;
        score_regression(cap, oc, nc, t);
    }
    mnr_xml_set_int(cap, "level-change", nl - ol);
    set_change(cap, "score-change", oc, nc, "score", 2);
    int oi = bool_of(oc, "in-place"), ni = bool_of(nc, "in-place");
    if (ni && !oi) {
        mnr_xml_set_str(cap, "in-place-change", "newly");
        t->newly_in_place++;
    } else if (oi && !ni) {
        mnr_xml_set_str(cap, "in-place-change", "no-longer");
        t->no_longer_in_place++;
    }
}

static mnr_status add_capability(xmlNodePtr dom, const side *o, xmlNodePtr nc, tally *t,
                                 mnr_error *err)
{
    xmlChar *id = xmlGetProp(nc, (const xmlChar *)"id");
    xmlNodePtr oc = find_capability(o->root, id);
    if (!oc) {
        mnr_status st = mnr_error_set(err, MNR_EINVALID, o->path, 0,
                                      _("has no capability %s; score the answers again with "
                                      "this mnr (mnr score ANSWERS -o RESULTS)"),
                                      id ? (const char *)id : "");
        xmlFree(id);
        return st;
    }
    xmlNodePtr cap = mnr_xml_add(dom, "capability");
    xmlSetProp(cap, (const xmlChar *)"id", id);
    xmlFree(id);
    static const char *const keep[] = {"number", "name"};
    for (int i = 0; i < 2; i++) {
        xmlChar *v = xmlGetProp(nc, (const xmlChar *)keep[i]);
        mnr_xml_set_str(cap, keep[i], v ? (const char *)v : "");
        xmlFree(v);
    }
    capability_change(cap, oc, nc, t);
    add_copy_attrs(cap, "old", oc);
    add_copy_attrs(cap, "new", nc);
    compare_criteria(cap, oc, nc, t);
    return MNR_OK;
}

static mnr_status add_domains(xmlNodePtr root, const side *o, const side *n, tally *t,
                              mnr_error *err)
{
    for (xmlNodePtr nd = mnr_xml_child(n->root, "domain"); nd; nd = mnr_xml_next(nd, "domain")) {
        xmlChar *id = xmlGetProp(nd, (const xmlChar *)"id");
        xmlNodePtr od = find_by(o->root, "domain", "id", id);
        xmlNodePtr dom = mnr_xml_add(root, "domain");
        xmlSetProp(dom, (const xmlChar *)"id", id ? id : (const xmlChar *)"");
        xmlFree(id);
        xmlChar *num = xmlGetProp(nd, (const xmlChar *)"number");
        xmlChar *name = xmlGetProp(nd, (const xmlChar *)"name");
        mnr_xml_set_str(dom, "number", num ? (const char *)num : "");
        mnr_xml_set_str(dom, "name", name ? (const char *)name : "");
        xmlFree(num), xmlFree(name);
        if (bool_of(od, "assessed") && bool_of(nd, "assessed"))
            set_change(dom, "score-change", od, nd, "score", 2);
        add_copy_attrs(dom, "old", od);
        add_copy_attrs(dom, "new", nd);
        for (xmlNodePtr nc = mnr_xml_child(nd, "capability"); nc; nc = mnr_xml_next(nc, "capability")) {
            mnr_status st = add_capability(dom, o, nc, t, err);
            if (st != MNR_OK)
                return st;
        }
    }
    return MNR_OK;
}

static void set_tally(xmlNodePtr sum, const tally *t)
{
    mnr_xml_set_int(sum, "up", t->up);
    mnr_xml_set_int(sum, "down", t->down);
    mnr_xml_set_int(sum, "same", t->same);
    mnr_xml_set_int(sum, "same-score-down", t->score_down);
    mnr_xml_set_int(sum, "newly-in-place", t->newly_in_place);
    mnr_xml_set_int(sum, "no-longer-in-place", t->no_longer_in_place);
    mnr_xml_set_int(sum, "newly-assessed", t->newly_assessed);
    mnr_xml_set_int(sum, "no-longer-assessed", t->no_longer_assessed);
    mnr_xml_set_int(sum, "not-assessed", t->not_assessed);
    mnr_xml_set_int(sum, "criteria-compared", t->compared);
    mnr_xml_set_int(sum, "criteria-newly-met", t->newly_met);
    mnr_xml_set_int(sum, "criteria-no-longer-met", t->no_longer_met);
    mnr_xml_set_int(sum, "questions-only-old", t->only_old);
    mnr_xml_set_int(sum, "questions-only-new", t->only_new);
}

static void add_summary(xmlNodePtr sum, const side *o, const side *n)
{
    xmlNodePtr os = mnr_xml_child(o->root, "summary"), ns = mnr_xml_child(n->root, "summary");
    if (bool_of(os, "assessed") && bool_of(ns, "assessed")) {
        set_change(sum, "index-change", os, ns, "overall-index", 2);
        set_change(sum, "to-target-change", os, ns, "percent-to-target", 1);
    }
    long ol, nl;
    if (int_of(os, "overall-level", &ol) && int_of(ns, "overall-level", &nl))
        mnr_xml_set_int(sum, "level-change", nl - ol);
    add_copy_attrs(sum, "old", os);
    add_copy_attrs(sum, "new", ns);
}

static void add_assessment(xmlNodePtr root, const side *s, const char *role)
{
    xmlNodePtr a = xmlDocCopyNode(mnr_xml_child(s->root, "assessment"), root->doc, 1);
    if (!a)
        return;
    xmlAddChild(root, a);
    xmlSetProp(a, (const xmlChar *)"role", (const xmlChar *)role); /* a copy: set, not add */
    copy_into(a, mnr_xml_child(s->root, "questionnaire"));
}

static side side_of(const mnr_compare_input *in)
{
    side s = {xmlDocGetRootElement(in->results),
              in->answers ? xmlDocGetRootElement(in->answers) : NULL, in->path};
    return s;
}

mnr_status mnr_compare_build(xmlDocPtr *out, const mnr_compare_input *old_input,
                             const mnr_compare_input *new_input, mnr_error *err)
{
    *out = NULL;
    side o = side_of(old_input), n = side_of(new_input);
    const char *new_path = n.path;
    mnr_status st = check_country(&o, &n, err);
    if (st == MNR_OK)
        st = check_model(&o, &n, err);
    if (st == MNR_OK)
        st = check_questionnaire(&o, &n, err);
    if (st == MNR_OK)
        st = check_dates(&o, &n, err);
    if (st != MNR_OK)
        return st;

    xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
    xmlNodePtr root = doc ? xmlNewDocNode(doc, NULL, (const xmlChar *)"comparison", NULL) : NULL;
    if (!root) {
        xmlFreeDoc(doc);
        return mnr_error_set(err, MNR_ENOMEM, new_path, 0, _("out of memory"));
    }
    xmlDocSetRootElement(doc, root);
    mnr_xml_set_str(root, "generator", "mnr " MNR_VERSION);
    mnr_xml_set_str(root, "format", "1");
    copy_into(root, assessment_child(&n, "country"));
    copy_into(root, mnr_xml_child(n.root, "model"));
    copy_into(root, mnr_xml_child(n.root, "scale"));
    add_assessment(root, &o, "old");
    add_assessment(root, &n, "new");
    xmlNodePtr sum = mnr_xml_add(root, "summary");
    add_summary(sum, &o, &n);
    tally t = {0};
    st = add_domains(root, &o, &n, &t, err);
    if (st != MNR_OK) {
        xmlFreeDoc(doc);
        return st;
    }
    set_tally(sum, &t);
    *out = doc;
    return MNR_OK;
}
