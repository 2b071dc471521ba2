#include "xmlbuild.h"

#include <stdio.h>

xmlNodePtr mnr_xml_add(xmlNodePtr parent, const char *name)
{
    return xmlNewChild(parent, NULL, (const xmlChar *)name, NULL);
}

xmlNodePtr mnr_xml_add_text(xmlNodePtr parent, const char *name, const char *text)
{
    return xmlNewTextChild(parent, NULL, (const xmlChar *)name, (const xmlChar *)(text ? text : ""));
}

xmlNodePtr mnr_xml_add_optional(xmlNodePtr parent, const char *name, const char *text)
{
    return text ? xmlNewTextChild(parent, NULL, (const xmlChar *)name, (const xmlChar *)text)
                : NULL;
}

void mnr_xml_set_int(xmlNodePtr node, const char *name, long v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%ld", v);
    xmlNewProp(node, (const xmlChar *)name, (const xmlChar *)buf);
}

void mnr_xml_set_str(xmlNodePtr node, const char *name, const char *v)
{
    if (v)
        xmlNewProp(node, (const xmlChar *)name, (const xmlChar *)v);
}

void mnr_xml_set_bool(xmlNodePtr node, const char *name, int v)
{
    mnr_xml_set_str(node, name, v ? "true" : "false");
}

void mnr_xml_set_num(xmlNodePtr node, const char *name, const char *fmt, double v)
{
    char buf[64];
    snprintf(buf, sizeof buf, fmt, v);
    xmlNewProp(node, (const xmlChar *)name, (const xmlChar *)buf);
}
