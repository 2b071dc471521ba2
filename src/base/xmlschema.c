#include "xmlschema.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/xmlschemas.h>

#include "i18n.h"
#include "xmlcapture.h"
#include "xmlload.h"
#include "xmlscan.h"
#include "xmltree.h"

/* What to do about the usual schema messages of libxml2. */
static const char *schema_hint(const char *message)
{
    static const struct {
        const char *says, *hint;
    } hints[] = {
        /* what libxml2 says (not translated: it is matched), then the hint */
        {"Duplicate key-sequence", N_("Each id may be used once: change or remove this one ")},
        {"No match found for key-sequence", N_("It names an id that is not defined: fix the reference ")},
        {"Missing child element", N_("Add the missing element ")},
        {"is required but missing", N_("Add the attribute ")},
        {"is not allowed", N_("Remove the attribute or fix its name ")},
        {"This element is not expected",
         N_("Add the element expected here, or fix, move or remove this one ")},
        {"facet", N_("Change the value ")},
        {"is not a valid value", N_("Change the value ")},
    };
    for (size_t i = 0; i < sizeof hints / sizeof hints[0]; i++)
        if (strstr(message, hints[i].says))
            return _(hints[i].hint);
    return "";
}

/* Compiled schemas, by path: a schema is read and compiled once per run,
 * however many files are checked against it (mnr cohort checks thousands
 * against the answers schema). Freed by mnr_xml_schemas_free(). */
#define MAX_SCHEMAS 8
/* A uniqueness rule (xs:unique, xs:key, xs:keyref) of a schema: the
 * element that declares it and its selector, both pointing into the
 * schema's document. */
typedef struct keyed_rule {
    const char *scope, *selector;
} keyed_rule;
static struct {
    char *path;
    xmlSchemaPtr schema;
    xmlDocPtr doc; /* the schema keeps pointers into its document */
    xmlSchemaValidCtxtPtr vctxt; /* reused from one document to the next */
    keyed_rule *rules;
    int n_rules;
} schemas[MAX_SCHEMAS];
static int n_schemas;

/* ---- the elements a uniqueness rule compares ---- */

#define XSD_NS "http://www.w3.org/2001/XMLSchema"

static int is_xsd(xmlNodePtr n, const char *local)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
           xmlStrcmp(n->ns->href, BAD_CAST XSD_NS) == 0 &&
           xmlStrcmp(n->name, BAD_CAST local) == 0;
}

/* The uniqueness rules of a schema document (its own; mnr's schemas
 * include none). malloc'd; NULL with *n = 0 when there are none. */
static keyed_rule *keyed_rules(xmlDocPtr xsd, int *n)
{
    keyed_rule *rules = NULL;
    *n = 0;
    xmlNodePtr root = xmlDocGetRootElement(xsd);
    for (xmlNodePtr r = root; r; r = mnr_xml_next_in_tree(r, root)) {
        if (!is_xsd(r, "unique") && !is_xsd(r, "key") && !is_xsd(r, "keyref"))
            continue;
        xmlNodePtr decl = r->parent, sel = r->children;
        while (sel && !is_xsd(sel, "selector"))
            sel = sel->next;
        xmlAttrPtr name = is_xsd(decl, "element") ? xmlHasProp(decl, BAD_CAST "name") : NULL;
        xmlAttrPtr path = sel ? xmlHasProp(sel, BAD_CAST "xpath") : NULL;
        const char *scope = name ? mnr_xml_single_text(name->children) : NULL;
        const char *selector = path ? mnr_xml_single_text(path->children) : NULL;
        keyed_rule *grown = scope && selector ? realloc(rules, (size_t)(*n + 1) * sizeof *rules)
                                              : NULL;
        if (grown) {
            rules = grown;
            rules[(*n)++] = (keyed_rule){scope, selector};
        }
    }
    return rules;
}

static long count_elements(xmlNodePtr root, long stop_at)
{
    long count = 0;
    for (xmlNodePtr n = root; n && count <= stop_at; n = mnr_xml_next_in_tree(n, root))
        if (n->type == XML_ELEMENT_NODE)
            count++;
    return count;
}

/* Counts into *count the elements below `from` that the selector path
 * [path, end) names (XML Schema's subset of XPath: steps of names, "*" or
 * "." between "/"), and keeps in *at the one that took the count past
 * MNR_XML_MAX_KEYED. A path it does not read (".//", an axis) counts every
 * element below: more, never fewer, than the rule compares. */
static void count_selected(xmlNodePtr from, const char *path, const char *end, long *count,
                           xmlNodePtr *at)
{
    while (end - path >= 2 && path[0] == '.' && path[1] == '/' && path[2] != '/')
        path += 2;
    const char *slash = memchr(path, '/', (size_t)(end - path));
    const char *step_end = slash ? slash : end;
    size_t len = (size_t)(step_end - path);
    if (len == 1 && path[0] == '.') { /* the element itself */
        if (!slash && ++*count > MNR_XML_MAX_KEYED && !*at)
            *at = from;
        else if (slash)
            count_selected(from, slash + 1, end, count, at);
        return;
    }
    const char *colon = memchr(path, ':', len);
    const char *local = colon ? colon + 1 : path;
    size_t local_len = (size_t)(step_end - local);
    int any = memchr(path, '/', (size_t)(end - path)) == path || memchr(path, '(', len) ||
              (colon && colon + 1 < step_end && colon[1] == ':');
    for (xmlNodePtr c = from->children; c && !*at; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        int named = any || (local_len == 1 && local[0] == '*') ||
                    (xmlStrlen(c->name) == (int)local_len &&
                     memcmp(c->name, local, local_len) == 0);
        if (!named)
            continue;
        if (any || !slash) {
            long here = any ? count_elements(c, MNR_XML_MAX_KEYED) : 1;
            if ((*count += here) > MNR_XML_MAX_KEYED)
                *at = c;
        } else
            count_selected(c, slash + 1, end, count, at);
    }
}

/* The first element past MNR_XML_MAX_KEYED that one of `rules` compares
 * in `doc`, and in *scope the element that declares that rule; NULL when
 * every rule compares fewer. */
static xmlNodePtr too_many_keyed(xmlDocPtr doc, const keyed_rule *rules, int n_rules,
                                 const char **scope)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    for (int i = 0; i < n_rules; i++) {
        long count = 0;
        xmlNodePtr at = NULL;
        for (xmlNodePtr e = root; e && !at; e = mnr_xml_next_in_tree(e, root)) {
            if (e->type != XML_ELEMENT_NODE || xmlStrcmp(e->name, BAD_CAST rules[i].scope) != 0)
                continue;
            /* each path of "a | b" */
            for (const char *p = rules[i].selector; *p && !at;) {
                const char *bar = strchr(p, '|');
                const char *end = bar ? bar : p + strlen(p);
                while (p < end && mnr_xml_is_space(*p))
                    p++;
                while (end > p && mnr_xml_is_space(end[-1]))
                    end--;
                if (p < end)
                    count_selected(e, p, end, &count, &at);
                p = bar ? bar + 1 : end;
            }
        }
        if (at) {
            *scope = rules[i].scope;
            return at;
        }
    }
    return NULL;
}

/* The compiled schema at `xsd_path`, compiled now if need be; the error
 * is for the file `path` being checked. */
static mnr_status compiled_schema(int *out, const char *path, const char *xsd_path,
                                  mnr_error *err)
{
    *out = -1;
    for (int i = 0; i < n_schemas; i++)
        if (strcmp(schemas[i].path, xsd_path) == 0) {
            *out = i;
            return MNR_OK;
        }
    mnr_error schema_err;
    mnr_error_init(&schema_err);
    xmlDocPtr xsd_doc = NULL;
    if (mnr_xml_load(&xsd_doc, xsd_path, &schema_err) != MNR_OK) {
        char buf[2048];
        mnr_error_format(&schema_err, buf, sizeof buf);
        return mnr_error_set(err, MNR_EIO, path, 0,
                             _("cannot load the schema to check this file against (%s); "
                             "check the installation or --data-dir"), buf);
    }
    mnr_xml_capture cap = {&schema_err, xsd_path, MNR_ESCHEMA};
    xmlSetStructuredErrorFunc(&cap, mnr_xml_on_error);
    xmlSchemaParserCtxtPtr pctxt = xmlSchemaNewDocParserCtxt(xsd_doc);
    xmlSchemaPtr schema = pctxt ? xmlSchemaParse(pctxt) : NULL;
    xmlSetStructuredErrorFunc(NULL, NULL);
    if (pctxt)
        xmlSchemaFreeParserCtxt(pctxt);
    if (!schema) {
        xmlFreeDoc(xsd_doc);
        return mnr_error_set(err, MNR_EIO, path, 0, _("the schema %s does not compile: %s"),
                             xsd_path, schema_err.message);
    }
    char *copy = n_schemas < MAX_SCHEMAS ? strdup(xsd_path) : NULL;
    xmlSchemaValidCtxtPtr vctxt = copy ? xmlSchemaNewValidCtxt(schema) : NULL;
    if (!vctxt) { /* not kept: compiled again next time */
        free(copy);
        xmlSchemaFree(schema);
        xmlFreeDoc(xsd_doc);
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    }
    schemas[n_schemas].path = copy;
    schemas[n_schemas].schema = schema;
    schemas[n_schemas].doc = xsd_doc;
    schemas[n_schemas].vctxt = vctxt;
    schemas[n_schemas].rules = keyed_rules(xsd_doc, &schemas[n_schemas].n_rules);
    *out = n_schemas++;
    return MNR_OK;
}

void mnr_xml_schemas_free(void)
{
    for (int i = 0; i < n_schemas; i++) {
        xmlSchemaFreeValidCtxt(schemas[i].vctxt);
        xmlSchemaFree(schemas[i].schema);
        xmlFreeDoc(schemas[i].doc);
        free(schemas[i].path);
        free(schemas[i].rules);
    }
    n_schemas = 0;
}

mnr_status mnr_xml_validate(xmlDocPtr doc, const char *path, const char *xsd_path, mnr_error *err)
{
    int i = -1;
    mnr_status st = compiled_schema(&i, path, xsd_path, err);
    if (st != MNR_OK)
        return st;
    const char *scope = NULL;
    xmlNodePtr many = too_many_keyed(doc, schemas[i].rules, schemas[i].n_rules, &scope);
    if (many)
        return mnr_error_set(err, MNR_ESCHEMA, path, xmlGetLineNo(many),
                             _("the file has more than %d <%.100s> elements in <%.100s>, far more "
                             "than any mnr file (a few hundred at most); check that this is "
                             "the right file"), MNR_XML_MAX_KEYED, (const char *)many->name,
                             scope);

    /* the context made with the schema, as xmllint's reuse allows: a new
     * one per document cost a large allocation each time */
    mnr_xml_capture vcap = {err, path, MNR_ESCHEMA};
    xmlSchemaValidCtxtPtr vctxt = schemas[i].vctxt;
    xmlSchemaSetValidStructuredErrors(vctxt, mnr_xml_on_error, &vcap);
    int rc = xmlSchemaValidateDoc(vctxt, doc);
    xmlSchemaSetValidStructuredErrors(vctxt, NULL, NULL);
    if (rc != 0) {
        const char *base = strrchr(xsd_path, '/') ? strrchr(xsd_path, '/') + 1 : xsd_path;
        if (!err || err->status == MNR_OK)
            mnr_error_set(err, MNR_ESCHEMA, path, 0, _("does not match its schema %s"), base);
        else {
            mnr_error_append(err, _(" %s(the layout is in schema %s)"), schema_hint(err->message),
                             base);
        }
        return MNR_ESCHEMA;
    }
    return MNR_OK;
}
