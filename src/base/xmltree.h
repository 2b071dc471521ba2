/*
 * xmltree.h - small helpers over libxml2's tree API, for reading what
 * mnr_xml_load() gave.
 *
 * Strings they return are malloc'd (free()); a NULL node reads as absent
 * everywhere. Texts and attributes are read the way mnr's schemas mean
 * them: an element's text with white space folded (a paragraph wrapped
 * over lines reads as one), a token-like attribute collapsed, a number
 * with its range checked, never through atoi:
 *
 *   unsigned long n;
 *   if (mnr_xml_uint(node, "number", 9999, &n) < 0)
 *       ... out of range ...
 *   for (xmlNodePtr c = mnr_xml_child(root, "item"); c; c = mnr_xml_next(c, "item"))
 *       ...
 */
#ifndef MNR_XMLTREE_H
#define MNR_XMLTREE_H

#include <libxml/tree.h>

char *mnr_xml_prop(xmlNodePtr node, const char *name);      /* NULL if absent */
char *mnr_xml_text(xmlNodePtr node);  /* white space folded to single spaces; "" if NULL node */
/* Text whose line breaks mean something (evidence, comments: numbered
 * lists, paragraphs): each line folded on its own, the lines kept, blank
 * lines between text kept as one, none at either end. */
char *mnr_xml_text_lines(xmlNodePtr node);
/* An attribute read the way XML Schema reads xs:token-like types
 * (xs:NCName, xs:boolean, xs:integer, xs:decimal, lists): white space
 * collapsed, none at either end. NULL if absent. */
char *mnr_xml_token(xmlNodePtr node, const char *name);
/* Replaces the text of an element that holds only text with the text
 * collapsed as above. */
void mnr_xml_collapse_text(xmlNodePtr node);
/* A whole-number attribute read with its range checked, never through
 * atoi (which wraps 4294967308 to 12): 1 and *out set when it is digits
 * (white space and a leading + aside) of a value from 0 to `max`; 0 when the
 * attribute is absent; -1 when it is anything else. */
int mnr_xml_uint(xmlNodePtr node, const char *name, unsigned long max, unsigned long *out);
/* An xs:boolean attribute: true for "true" or "1", white space aside;
 * false when absent. */
int mnr_xml_bool(xmlNodePtr node, const char *name);
xmlNodePtr mnr_xml_child(xmlNodePtr node, const char *name); /* first element child named */
xmlNodePtr mnr_xml_next(xmlNodePtr node, const char *name); /* next sibling element named */
int mnr_xml_is(xmlNodePtr node, const char *name);

/* The node after `n` in document order within `root`, or NULL: a walk
 * without recursion, so deep documents cannot exhaust the stack. */
xmlNodePtr mnr_xml_next_in_tree(xmlNodePtr n, xmlNodePtr root);
/* The text of a node whose `children` are one text node, read in place
 * (no copy; it lives as long as the node); NULL when they are anything
 * else, which callers then read whole. */
const char *mnr_xml_single_text(xmlNodePtr children);

#endif
