/*
 * xmlsafe.h - the one place where mnr reads XML.
 *
 * Every XML file (model, answers, results, schemas, stylesheets) goes
 * through here, so the safety rules live in one place:
 *   - no network (XML_PARSE_NONET), no entity substitution, no DTD loading,
 *     no XInclude processing;
 *   - a document with a DOCTYPE is refused outright, before libxml2 sees
 *     it: mnr's formats never need one, and refusing it stops external
 *     entities, external DTDs and entity-expansion bombs before anything is
 *     expanded;
 *   - XInclude elements are refused (mnr never pulls in other files);
 *   - files larger than MNR_XML_MAX_BYTES (MNR_XML_MAX_RESULTS_BYTES for
 *     a results file, told by its root element) are refused before
 *     reading; a
 *     linear scan of the raw bytes refuses binary data (NUL bytes), UTF-16,
 *     bytes that are not UTF-8 (unless the XML declaration names another
 *     encoding), nesting deeper than MNR_XML_MAX_DEPTH, more than
 *     MNR_XML_MAX_ATTRIBUTES attributes on one element and more than
 *     MNR_XML_MAX_NAMESPACES namespace declarations, where libxml2 2.9
 *     takes quadratic time;
 *   - a file may have at most MNR_XML_MAX_ELEMENTS elements, counted in
 *     the same scan; a schema-checked document at most MNR_XML_MAX_KEYED
 *     elements that one uniqueness rule of its schema (xs:unique, xs:key,
 *     xs:keyref) compares (libxml2 compares them pairwise, worse than
 *     quadratic on duplicates);
 *   - line numbers past 65535 are kept (XML_PARSE_BIG_LINES);
 *   - libxml2's resource loader only opens files under directories put on
 *     the allow-list (the data directory, a user's stylesheet directory).
 *
 * mnr_xml_init() must be called once before anything else; it installs the
 * loader and silences libxml2's default printing to stderr.
 */
#ifndef MNR_XMLSAFE_H
#define MNR_XMLSAFE_H

#include <libxml/tree.h>

#include "error.h"

#define MNR_XML_MAX_BYTES (32L * 1024 * 1024)
/* A results file (root <results>) may be larger: it holds every text of
 * an answers file of up to MNR_XML_MAX_BYTES, with the model's names and
 * the figures around them, and what mnr writes it must read back. mnr
 * score refuses to write results larger than this. */
#define MNR_XML_MAX_RESULTS_BYTES (48L * 1024 * 1024)
/* libxml2's own limit without XML_PARSE_HUGE. */
#define MNR_XML_MAX_DEPTH 256
/* Per element; mnr's elements have fewer than 20. */
#define MNR_XML_MAX_ATTRIBUTES 256
/* Per file; mnr's stylesheets declare fewer than 10, but a user's layout
 * may declare the XHTML namespace on the output of each of its templates. */
#define MNR_XML_MAX_NAMESPACES 512
/* Per file, counted before parsing. It bounds what a file that is not
 * mnr's costs to read, not what mnr writes: its densest file, a workshop
 * consensus of bare answers (one <participant-answer> per participant and
 * question), spends more than 60 bytes an element, so a consensus of
 * MNR_XML_MAX_BYTES (about 500 participants who write evidence and a
 * comment on every answer) has fewer than 600 000. */
#define MNR_XML_MAX_ELEMENTS 1000000
/* Per uniqueness rule of a schema-checked file: the elements the rule
 * compares. mnr's have a few hundred at most (the model's capabilities, a
 * questionnaire's questions, an answers file's targets); the elements that
 * grow with a workshop's participants are compared by none. */
#define MNR_XML_MAX_KEYED 10000

void mnr_xml_init(void);

/* Lets the resource loader (schemas' xs:include, stylesheets' xsl:import,
 * document()) open `path`, or the files under it when it is a directory.
 * At most 8 entries. */
void mnr_xml_allow(const char *path);
void mnr_xml_clear_allowed(void);
/* At exit: frees the compiled schemas and clears the allow-list. */
void mnr_xml_cleanup(void);
/* The real path (symbolic links and ".." resolved) of the existing local
 * file a path or URL names: plain paths, file:/p, file:///p and
 * file://localhost/p, %-escaped or not, read the way libxml2 opens them.
 * NULL for any other scheme or host, and for a file that does not exist.
 * malloc'd (free()). */
char *mnr_xml_real_path(const char *url);
/* The same, NULL unless it is on the allow-list. Open this path, not the
 * URL, so the file checked is the file opened. */
char *mnr_xml_allowed_path(const char *url);
int mnr_xml_path_allowed(const char *url);

/* Parses `path` safely. On success *out is a document the caller frees
 * with xmlFreeDoc. Messages name the file and line and say what to do. */
mnr_status mnr_xml_load(xmlDocPtr *out, const char *path, mnr_error *err);

/* The same for a document that is read and then freed, many in a row
 * (mnr cohort): white space between elements is left out and short texts
 * are kept in their nodes. Line numbers, texts and every check are the
 * same. */
mnr_status mnr_xml_load_lean(xmlDocPtr *out, const char *path, mnr_error *err);

/* Same for a document already in memory (fuzzing, tests); `name` is used
 * in messages. */
mnr_status mnr_xml_load_memory(xmlDocPtr *out, const char *data, size_t len,
                               const char *name, mnr_error *err);

/* Validates `doc` (read from `path`, for messages) against the XSD at
 * `xsd_path`. Each schema is compiled once and kept until
 * mnr_xml_cleanup(). */
mnr_status mnr_xml_validate(xmlDocPtr doc, const char *path,
                            const char *xsd_path, mnr_error *err);

/* Where a <!DOCTYPE declaration starts in the prolog of `data` (after a
 * byte order mark, white space, comments and processing instructions):
 * its byte offset, or -1 when there is none. The two rules differ in one
 * thing: XML spells the keyword in capitals only (a lower-case one is not
 * a declaration, and libxml2 refuses it as malformed), HTML in any case
 * (a stylesheet's HTML output may say <!doctype html>). */
typedef enum { MNR_DOCTYPE_XML, MNR_DOCTYPE_HTML } mnr_doctype_rule;
long mnr_doctype_offset(const char *data, size_t len, mnr_doctype_rule rule);

/* Whether `s` is well-formed UTF-8 (the rule input files are held to). */
int mnr_utf8_valid(const char *s);

/* Small helpers over libxml2's tree API; strings are malloc'd (free()). */
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
/* Attributes of the documents mnr writes (results, comparison, cohort). */
void mnr_xml_set_int(xmlNodePtr node, const char *name, long v);
void mnr_xml_set_str(xmlNodePtr node, const char *name, const char *v); /* none if v is NULL */

#endif
