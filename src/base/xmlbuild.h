/*
 * xmlbuild.h - building the documents mnr writes (results, a comparison,
 * a cohort baseline, a workshop consensus, the answers of mnr ask).
 *
 * Thin names over libxml2's tree API, so that each writer reads as the
 * document it makes. Texts go in escaped (xmlNewTextChild), so the markup
 * of an answer's evidence stays text; attributes are added to a node that
 * does not have them yet (a node mnr has just made):
 *
 *   xmlNodePtr c = mnr_xml_add(root, "capability");
 *   mnr_xml_set_str(c, "id", cap->id);
 *   mnr_xml_set_int(c, "level", level);
 *   mnr_xml_add_text(c, "description", cap->description);
 */
#ifndef MNR_XMLBUILD_H
#define MNR_XMLBUILD_H

#include <libxml/tree.h>

/* A new empty element <name/>, the last child of `parent`. */
xmlNodePtr mnr_xml_add(xmlNodePtr parent, const char *name);
/* A new element holding `text` (NULL: an empty text, <name></name>). */
xmlNodePtr mnr_xml_add_text(xmlNodePtr parent, const char *name, const char *text);
/* The same, but no element at all when `text` is NULL (an optional
 * element: a title, evidence, a comment); returns it or NULL. */
xmlNodePtr mnr_xml_add_optional(xmlNodePtr parent, const char *name, const char *text);

void mnr_xml_set_int(xmlNodePtr node, const char *name, long v);
void mnr_xml_set_str(xmlNodePtr node, const char *name, const char *v); /* none if v is NULL */
void mnr_xml_set_bool(xmlNodePtr node, const char *name, int v);     /* "true" or "false" */
/* `v` written with the printf format `fmt` of one double ("%.2f"). */
void mnr_xml_set_num(xmlNodePtr node, const char *name, const char *fmt, double v);

#endif
