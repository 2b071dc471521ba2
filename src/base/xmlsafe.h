/*
 * xmlsafe.h - the one place where mnr reads XML (and the one header to
 * include for it).
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
 * The parts, each with its own header:
 *   xmlscan.h     the raw-byte scanner and the limits it keeps
 *   xmlload.h     the loader (a file or a buffer to a document)
 *   xmlschema.h   the schema check and its limit on keyed elements
 *   xmlcapture.h  libxml2's errors into the error record
 *   xmltree.h     reading the tree (attributes, texts, children)
 *   xmlbuild.h    building the documents mnr writes
 * and here: the set-up, the allow-list of the resource loader, the
 * clean-up.
 *
 * mnr_xml_init() must be called once before anything else; it installs the
 * loader and silences libxml2's default printing to stderr.
 */
#ifndef MNR_XMLSAFE_H
#define MNR_XMLSAFE_H

#include <libxml/tree.h>

#include "error.h"
#include "xmlbuild.h"
#include "xmlload.h"
#include "xmlscan.h"
#include "xmlschema.h"
#include "xmltree.h"

void mnr_xml_init(void);

/* Lets the resource loader (schemas' xs:include, stylesheets' xsl:import,
 * document()) open `path`, or the files under it when it is a directory.
 * At most 8 entries. */
void mnr_xml_allow(const char *path);
void mnr_xml_clear_allowed(void);
/* At exit: frees the compiled schemas and what lean loads keep, and
 * clears the allow-list. */
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

#endif
