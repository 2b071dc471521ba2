/*
 * its.c - see its.h.
 *
 * The msgid form is itstool's: the text with runs of white space (what
 * Python's \s matches, which itstool uses) as one space, none at either
 * end, and &, <, > written &amp; &lt; &gt;, since itstool takes a
 * message as a piece of XML. A translation is written the same way, so
 * those escapes and character references (&#233;) are read back; nothing
 * else in it is read as markup: "<b>" in a translation stays those three
 * characters.
 */
#include "its.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "i18n.h"
#include "xmlsafe.h"

#define ITS_NS "http://www.w3.org/2005/11/its"

typedef struct its_rule {
    xmlXPathCompExprPtr selector;
    xmlChar *text; /* the selector as written */
    int yes;      /* translate="yes" */
    long line;    /* of the rule, for messages */
    xmlChar **ns; /* prefix, URI, prefix, URI, ..., NULL: declared where the rule is */
} its_rule;

struct mnr_its_rules {
    char *path;
    its_rule *rule;
    int n;
};

/* ---- libxml2's XPath errors, kept for the message ----
 * (libxml2 passes the message only to the structured error handler, not
 * to a context's own) */

typedef struct xpath_error {
    char message[256];
    int at; /* character of the selector where it went wrong, from 1; 0 unknown */
} xpath_error;

#if LIBXML_VERSION >= 21200
static void on_xpath_error(void *data, const xmlError *e)
#else
static void on_xpath_error(void *data, xmlErrorPtr e)
#endif
{
    xpath_error *x = data;
    if (x->message[0] || !e)
        return;
    snprintf(x->message, sizeof x->message, "%s", e->message ? e->message : "");
    size_t n = strlen(x->message);
    while (n > 0 && (x->message[n - 1] == '\n' || x->message[n - 1] == ' '))
        x->message[--n] = '\0';
    x->at = e->int1 + 1;
}

/* A context on `doc` that knows `rule`'s prefixes; errors into `x`. */
static xmlXPathContextPtr rule_context(xmlXPathContextPtr ctxt, const its_rule *rule,
                                       xpath_error *x)
{
    xmlXPathRegisteredNsCleanup(ctxt);
    for (int i = 0; rule->ns && rule->ns[i]; i += 2)
        if (xmlXPathRegisterNs(ctxt, rule->ns[i], rule->ns[i + 1]) != 0)
            return NULL;
    memset(x, 0, sizeof *x);
    ctxt->node = (xmlNodePtr)ctxt->doc;
    return ctxt;
}

static mnr_status selector_error(const char *path, long line, const xmlChar *selector,
                                 const xpath_error *x, mnr_error *err)
{
    char why[320];
    const char *what = x->message[0] ? x->message : _("it gives no nodes");
    if (x->at > 0 && x->at <= xmlStrlen(selector))
        snprintf(why, sizeof why, _("%s, at character %d"), what, x->at);
    else if (x->at > 0)
        snprintf(why, sizeof why, _("%s, at its end"), what);
    else
        snprintf(why, sizeof why, "%s", what);
    return mnr_error_set(err, MNR_EINVALID, path, line,
                         _("the selector \"%s\" of this translateRule is not a usable XPath "
                           "1.0 expression (%s); correct it, and declare every namespace prefix "
                           "it uses on the rule or its ancestors"),
                         (const char *)selector, why);
}

/* ---- loading ---- */

void mnr_its_rules_free(mnr_its_rules *rules)
{
    if (!rules)
        return;
    for (int i = 0; i < rules->n; i++) {
        xmlXPathFreeCompExpr(rules->rule[i].selector);
        xmlFree(rules->rule[i].text);
        for (int j = 0; rules->rule[i].ns && rules->rule[i].ns[j]; j++)
            xmlFree(rules->rule[i].ns[j]);
        free(rules->rule[i].ns);
    }
    free(rules->rule);
    free(rules->path);
    free(rules);
}

static int is_its(xmlNodePtr n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns &&
           xmlStrEqual(n->ns->href, (const xmlChar *)ITS_NS) &&
           xmlStrEqual(n->name, (const xmlChar *)name);
}

/* The prefixed namespaces in scope at `node` (XPath 1.0 has no default
 * namespace): prefix, URI, ..., NULL; NULL when out of memory. */
static xmlChar **namespaces_at(xmlNodePtr node)
{
    xmlNsPtr *list = xmlGetNsList(node->doc, node);
    size_t n = 0;
    while (list && list[n])
        n++;
    xmlChar **out = calloc(2 * n + 1, sizeof *out);
    size_t k = 0;
    for (size_t i = 0; out && i < n; i++) {
        if (!list[i]->prefix)
            continue;
        out[k] = xmlStrdup(list[i]->prefix);
        out[k + 1] = xmlStrdup(list[i]->href);
        k += 2;
        if (!out[k - 2] || !out[k - 1]) {
            for (size_t j = 0; j < k; j++)
                xmlFree(out[j]);
            free(out);
            out = NULL;
        }
    }
    xmlFree(list);
    return out;
}

/* Compiles the rule's selector and tries it once on the rules file
 * itself: libxml2 finds an undeclared prefix only when it evaluates. */
static mnr_status compile_rule(its_rule *rule, xmlXPathContextPtr ctxt, const xmlChar *selector,
                               const char *path, mnr_error *err)
{
    xpath_error x;
    if (!rule_context(ctxt, rule, &x))
        return mnr_error_set(err, MNR_ENOMEM, path, rule->line, _("out of memory"));
    xmlSetStructuredErrorFunc(&x, on_xpath_error);
    rule->selector = xmlXPathCtxtCompile(ctxt, selector);
    xmlXPathObjectPtr tried = rule->selector ? xmlXPathCompiledEval(rule->selector, ctxt) : NULL;
    xmlSetStructuredErrorFunc(NULL, NULL);
    int ok = tried && tried->type == XPATH_NODESET;
    xmlXPathFreeObject(tried);
    if (rule->selector)
        x.at = 0; /* where evaluation stopped says nothing of the text */
    return ok ? MNR_OK : selector_error(path, rule->line, selector, &x, err);
}

static mnr_status read_rule(its_rule *rule, xmlNodePtr node, xmlXPathContextPtr ctxt,
                            const char *path, mnr_error *err)
{
    rule->line = xmlGetLineNo(node);
    xmlChar *selector = xmlGetProp(node, (const xmlChar *)"selector");
    xmlChar *translate = xmlGetProp(node, (const xmlChar *)"translate");
    mnr_status st = MNR_OK;
    if (!selector || !selector[0])
        st = mnr_error_set(err, MNR_EINVALID, path, rule->line,
                           _("this translateRule has no selector; give it selector=\"XPATH\" "
                             "naming the elements or attributes it is about"));
    else if (!translate || (!xmlStrEqual(translate, (const xmlChar *)"yes") &&
                            !xmlStrEqual(translate, (const xmlChar *)"no")))
        st = mnr_error_set(err, MNR_EINVALID, path, rule->line,
                           _("this translateRule has translate=\"%s\"; it must be \"yes\" or "
                             "\"no\""),
                           translate ? (const char *)translate : "");
    else if (!(rule->ns = namespaces_at(node)))
        st = mnr_error_set(err, MNR_ENOMEM, path, rule->line, _("out of memory"));
    else {
        rule->yes = xmlStrEqual(translate, (const xmlChar *)"yes");
        rule->text = selector;
        selector = NULL;
        st = compile_rule(rule, ctxt, rule->text, path, err);
    }
    xmlFree(selector);
    xmlFree(translate);
    return st;
}

static mnr_status read_rules(mnr_its_rules *r, xmlDocPtr doc, mnr_error *err)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!is_its(root, "rules"))
        return mnr_error_set(err, MNR_EINVALID, r->path, root ? xmlGetLineNo(root) : 0,
                             _("not ITS rules: the root element must be its:rules (namespace "
                               "%s); check mnr's data directory (reinstalling mnr puts its own "
                               "back)"),
                             ITS_NS);
    int count = 0;
    for (xmlNodePtr c = root->children; c; c = c->next)
        count += is_its(c, "translateRule");
    r->rule = calloc((size_t)count + 1, sizeof *r->rule);
    xmlXPathContextPtr ctxt = r->rule ? xmlXPathNewContext(doc) : NULL;
    if (!ctxt)
        return mnr_error_set(err, MNR_ENOMEM, r->path, 0, _("out of memory"));
    mnr_status st = MNR_OK;
    for (xmlNodePtr c = root->children; c && st == MNR_OK; c = c->next)
        if (is_its(c, "translateRule"))
            st = read_rule(&r->rule[r->n++], c, ctxt, r->path, err);
    xmlXPathFreeContext(ctxt);
    return st;
}

mnr_status mnr_its_rules_load(mnr_its_rules **out, const char *path, mnr_error *err)
{
    *out = NULL;
    xmlDocPtr doc = NULL;
    mnr_status st = mnr_xml_load(&doc, path, err);
    if (st != MNR_OK)
        return st;
    mnr_its_rules *r = calloc(1, sizeof *r);
    if (!r || !(r->path = strdup(path)))
        st = mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    else
        st = read_rules(r, doc, err);
    xmlFreeDoc(doc);
    if (st != MNR_OK) {
        mnr_its_rules_free(r);
        return st;
    }
    *out = r;
    return MNR_OK;
}

/* ---- the msgid and the translation ---- */

/* The length of the white space character at p (what Python's \s
 * matches in a str), or 0. */
static size_t space_at(const unsigned char *p)
{
    if (*p == ' ' || (*p >= '\t' && *p <= '\r') || (*p >= 0x1C && *p <= 0x1F))
        return 1;
    if (p[0] == 0xC2 && (p[1] == 0x85 || p[1] == 0xA0))
        return 2;
    if (p[0] == 0xE1 && p[1] == 0x9A && p[2] == 0x80) /* U+1680 */
        return 3;
    if (p[0] == 0xE2 && p[1] == 0x80 &&
        (p[2] <= 0x8A || p[2] == 0xA8 || p[2] == 0xA9 || p[2] == 0xAF)) /* U+2000-200A, 2028, 2029, 202F */
        return 3;
    if (p[0] == 0xE2 && p[1] == 0x81 && p[2] == 0x9F) /* U+205F */
        return 3;
    if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) /* U+3000 */
        return 3;
    return 0;
}

/* `text` as itstool writes its msgid; malloc'd, NULL when out of memory. */
static char *msgid_of(const xmlChar *text)
{
    const unsigned char *p = text;
    char *out = malloc(5 * strlen((const char *)text) + 1), *o = out;
    if (!out)
        return NULL;
    int space = 0;
    while (*p) {
        size_t n = space_at(p);
        if (n) {
            space = o > out;
            p += n;
            continue;
        }
        if (space)
            *o++ = ' ';
        space = 0;
        const char *esc = *p == '&' ? "&amp;" : *p == '<' ? "&lt;" : *p == '>' ? "&gt;" : NULL;
        if (esc) {
            memcpy(o, esc, strlen(esc));
            o += strlen(esc);
        } else
            *o++ = (char)*p;
        p++;
    }
    *o = '\0';
    return out;
}

/* `c` (a valid XML character) as UTF-8 into out; its length. */
static int utf8(char *out, unsigned long c)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* The character reference or predefined entity at s ("&amp;", "&#233;",
 * "&#xE9;") into out as UTF-8: its length in s, 0 when it is none. */
static size_t reference_at(const char *s, char *out, int *out_len)
{
    static const struct { const char *name; char c; } named[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        if (strncmp(s, named[i].name, strlen(named[i].name)) == 0) {
            out[0] = named[i].c;
            *out_len = 1;
            return strlen(named[i].name);
        }
    if (s[1] != '#')
        return 0;
    int hex = s[2] == 'x';
    const char *digits = s + 2 + hex;
    if (!(hex ? (*digits >= '0' && *digits <= '9') || (*digits >= 'a' && *digits <= 'f') ||
                    (*digits >= 'A' && *digits <= 'F')
              : *digits >= '0' && *digits <= '9'))
        return 0;
    char *end = NULL;
    unsigned long c = strtoul(s + 2 + hex, &end, hex ? 16 : 10);
    if (end == s + 2 + hex || *end != ';' || end - s > 12 || !(c == 0x9 || c == 0xA || c == 0xD ||
        (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)))
        return 0;
    *out_len = utf8(out, c);
    return (size_t)(end - s) + 1;
}

/* The translation as the text to show: itstool's escapes read back,
 * everything else as it is. malloc'd. */
static xmlChar *text_of(const char *translation)
{
    xmlChar *out = xmlMalloc(strlen(translation) + 1), *o = out;
    for (const char *s = translation; out && *s;) {
        char c[8];
        int n = 0;
        size_t used = *s == '&' ? reference_at(s, c, &n) : 0;
        if (used) {
            memcpy(o, c, (size_t)n);
            o += n;
            s += used;
        } else
            *o++ = (xmlChar)*s++;
    }
    if (out)
        *o = '\0';
    return out;
}

/* ---- translating ---- */

/* What a rule said last about a node, kept in its _private while working. */
static char mark_yes, mark_no;

typedef struct picked {
    xmlNodePtr *node; /* elements and attributes (an xmlAttr read as a node) */
    size_t n, size;
} picked;

static int pick(picked *p, xmlNodePtr node)
{
    if (p->n == p->size) {
        size_t size = p->size ? 2 * p->size : 256;
        xmlNodePtr *grown = realloc(p->node, size * sizeof *grown);
        if (!grown)
            return -1;
        p->node = grown;
        p->size = size;
    }
    p->node[p->n++] = node;
    return 0;
}

/* Marks the nodes `rule` selects. Not picked is the same as "no", so a
 * "no" only matters on a node an earlier rule said "yes" to. */
static mnr_status apply_rule(picked *p, xmlXPathContextPtr ctxt, const its_rule *rule,
                             const char *path, mnr_error *err)
{
    xpath_error x;
    if (!rule_context(ctxt, rule, &x))
        return mnr_error_set(err, MNR_ENOMEM, path, rule->line, _("out of memory"));
    xmlSetStructuredErrorFunc(&x, on_xpath_error);
    xmlXPathObjectPtr res = xmlXPathCompiledEval(rule->selector, ctxt);
    xmlSetStructuredErrorFunc(NULL, NULL);
    if (!res || res->type != XPATH_NODESET) {
        xmlXPathFreeObject(res);
        x.at = 0;
        return selector_error(path, rule->line, rule->text, &x, err);
    }
    mnr_status st = MNR_OK;
    for (int i = 0; res->nodesetval && i < res->nodesetval->nodeNr; i++) {
        xmlNodePtr n = res->nodesetval->nodeTab[i];
        if (n->type != XML_ELEMENT_NODE && n->type != XML_ATTRIBUTE_NODE)
            continue;
        if (rule->yes && !n->_private && pick(p, n) != 0) {
            st = mnr_error_set(err, MNR_ENOMEM, path, rule->line, _("out of memory"));
            break;
        }
        if (rule->yes || n->_private)
            n->_private = rule->yes ? &mark_yes : &mark_no;
    }
    xmlXPathFreeObject(res);
    return st;
}

static int has_element_child(xmlNodePtr n)
{
    for (xmlNodePtr c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            return 1;
    return 0;
}

/* The element's content, or the attribute's value, becomes `text`. */
static int replace_text(xmlNodePtr n, const xmlChar *text)
{
    if (n->type == XML_ATTRIBUTE_NODE) {
        xmlAttrPtr a = (xmlAttrPtr)n;
        return xmlSetNsProp(a->parent, a->ns, a->name, text) ? 0 : -1;
    }
    xmlNodePtr t = xmlNewDocText(n->doc, text);
    if (!t)
        return -1;
    while (n->children) {
        xmlNodePtr c = n->children;
        xmlUnlinkNode(c);
        xmlFreeNode(c);
    }
    xmlAddChild(n, t);
    return 0;
}

/* 1 when translated, 0 when it has no translation (or is no text to
 * translate), -1 when out of memory. */
static int translate_node(xmlNodePtr n)
{
    if (n->type == XML_ELEMENT_NODE && has_element_child(n))
        return 0;
    xmlChar *content = xmlNodeGetContent(n);
    char *key = content ? msgid_of(content) : NULL;
    xmlFree(content);
    if (!key)
        return -1;
    /* "" is the catalog's header, not a text */
    const char *found = key[0] ? mnr_i18n_text(NULL, key) : key;
    int rc = 0;
    if (found != key) {
        xmlChar *text = text_of(found);
        rc = text && replace_text(n, text) == 0 ? 1 : -1;
        xmlFree(text);
    }
    free(key);
    return rc;
}

mnr_status mnr_its_translate(xmlDocPtr doc, const mnr_its_rules *rules,
                             unsigned long *translated, mnr_error *err)
{
    if (translated)
        *translated = 0;
    if (strcmp(mnr_i18n_language(), "en") == 0)
        return MNR_OK;
    picked p = {0};
    xmlXPathContextPtr ctxt = xmlXPathNewContext(doc);
    mnr_status st = ctxt ? MNR_OK : mnr_error_set(err, MNR_ENOMEM, rules->path, 0, _("out of memory"));
    for (int i = 0; i < rules->n && st == MNR_OK; i++)
        st = apply_rule(&p, ctxt, &rules->rule[i], rules->path, err);
    xmlXPathFreeContext(ctxt);
    for (size_t i = 0; i < p.n; i++) {
        int rc = st == MNR_OK && p.node[i]->_private == &mark_yes ? translate_node(p.node[i]) : 0;
        if (rc < 0)
            st = mnr_error_set(err, MNR_ENOMEM, rules->path, 0, _("out of memory"));
        else if (rc > 0 && translated)
            (*translated)++;
        p.node[i]->_private = NULL;
    }
    free(p.node);
    return st;
}
