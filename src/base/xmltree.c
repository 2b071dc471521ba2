#include "xmltree.h"

#include <stdlib.h>
#include <string.h>

#include "xmlscan.h"

xmlNodePtr mnr_xml_next_in_tree(xmlNodePtr n, xmlNodePtr root)
{
    if (n->type == XML_ELEMENT_NODE && n->children)
        return n->children;
    while (n && n != root && !n->next)
        n = n->parent;
    return (!n || n == root) ? NULL : n->next;
}

const char *mnr_xml_single_text(xmlNodePtr children)
{
    if (children && !children->next && children->type == XML_TEXT_NODE && children->content)
        return (const char *)children->content;
    return NULL;
}

char *mnr_xml_prop(xmlNodePtr node, const char *name)
{
    /* the usual attribute, one text node: copied once, not twice */
    xmlAttrPtr a = node ? xmlHasProp(node, (const xmlChar *)name) : NULL;
    const char *text =
        a && a->type == XML_ATTRIBUTE_NODE ? mnr_xml_single_text(a->children) : NULL;
    if (text)
        return strdup(text);
    xmlChar *v = xmlGetProp(node, (const xmlChar *)name);
    if (!v)
        return NULL;
    char *s = strdup((const char *)v);
    xmlFree(v);
    return s;
}

/* Appends src[0..len) to d with runs of white space folded to one space
 * and none at either end; returns the new end. */
static char *fold_into(char *d, const char *src, size_t len)
{
    char *start = d;
    int space = 0;
    for (size_t i = 0; i < len; i++) {
        if (mnr_xml_is_space(src[i])) {
            space = 1;
            continue;
        }
        if (space && d != start)
            *d++ = ' ';
        space = 0;
        *d++ = src[i];
    }
    return d;
}

static char *folded(const char *src)
{
    char *s = malloc(strlen(src) + 1);
    if (s)
        *fold_into(s, src, strlen(src)) = '\0';
    return s;
}

/* Element text with runs of whitespace folded to one space, so that text
 * wrapped over several lines in a data file reads as one paragraph. */
char *mnr_xml_text(xmlNodePtr node)
{
    const char *text = node ? mnr_xml_single_text(node->children) : NULL;
    if (text)
        return folded(text);
    xmlChar *v = node ? xmlNodeGetContent(node) : NULL;
    char *s = folded(v ? (const char *)v : "");
    xmlFree(v);
    return s;
}

/* Each line folded on its own; blank lines between text kept as one. */
char *mnr_xml_text_lines(xmlNodePtr node)
{
    const char *text = node ? mnr_xml_single_text(node->children) : NULL;
    xmlChar *v = node && !text ? xmlNodeGetContent(node) : NULL;
    const char *src = text ? text : v ? (const char *)v : "";
    char *s = malloc(strlen(src) + 1);
    if (!s) {
        xmlFree(v);
        return NULL;
    }
    char *d = s;
    int blank_lines = 0;
    for (const char *line = src; line;) {
        const char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        char *from = d;
        if (d != s) /* room for the line break(s), taken back if the line is blank */
            d += blank_lines > 0 ? 2 : 1;
        char *end = fold_into(d, line, len);
        if (end == d) {
            d = from;
            blank_lines += from != s;
        } else {
            if (from != s) {
                from[0] = '\n';
                if (blank_lines > 0)
                    from[1] = '\n';
            }
            d = end;
            blank_lines = 0;
        }
        line = nl ? nl + 1 : NULL;
    }
    *d = '\0';
    xmlFree(v);
    return s;
}

char *mnr_xml_token(xmlNodePtr node, const char *name)
{
    char *raw = mnr_xml_prop(node, name);
    char *s = raw ? folded(raw) : NULL;
    free(raw);
    return s;
}

void mnr_xml_collapse_text(xmlNodePtr node)
{
    if (!node || xmlFirstElementChild(node))
        return;
    char *text = mnr_xml_text(node);
    if (text) {
        xmlChar *escaped = xmlEncodeSpecialChars(node->doc, (const xmlChar *)text);
        xmlNodeSetContent(node, escaped);
        xmlFree(escaped);
    }
    free(text);
}

int mnr_xml_uint(xmlNodePtr node, const char *name, unsigned long max, unsigned long *out)
{
    char *v = mnr_xml_token(node, name);
    if (!v)
        return 0;
    unsigned long n = 0;
    const char *p = v + (v[0] == '+'); /* as XML Schema reads an integer */
    int ok = *p != '\0';
    for (; *p && ok; p++) {
        ok = *p >= '0' && *p <= '9' && (unsigned long)(*p - '0') <= max &&
             n <= (max - (unsigned long)(*p - '0')) / 10;
        n = n * 10 + (unsigned long)(*p - '0');
    }
    free(v);
    if (ok)
        *out = n;
    return ok ? 1 : -1;
}

int mnr_xml_bool(xmlNodePtr node, const char *name)
{
    char *v = mnr_xml_token(node, name);
    int yes = v && (strcmp(v, "true") == 0 || strcmp(v, "1") == 0);
    free(v);
    return yes;
}

int mnr_xml_is(xmlNodePtr node, const char *name)
{
    return node && node->type == XML_ELEMENT_NODE && xmlStrcmp(node->name, (const xmlChar *)name) == 0;
}

xmlNodePtr mnr_xml_next(xmlNodePtr node, const char *name)
{
    for (node = node ? node->next : NULL; node; node = node->next)
        if (mnr_xml_is(node, name))
            return node;
    return NULL;
}

xmlNodePtr mnr_xml_child(xmlNodePtr node, const char *name)
{
    if (!node)
        return NULL;
    for (xmlNodePtr c = node->children; c; c = c->next)
        if (mnr_xml_is(c, name))
            return c;
    return NULL;
}
