/*
 * xmlload.h - the loader: a file or a buffer into a libxml2 document,
 * safely.
 *
 * A file is opened only when it is a regular file (never waiting on a
 * FIFO), its size checked against its limit before it is read
 * (xmlscan.h), its bytes scanned (mnr_xml_scan), and only then parsed:
 * with no network (XML_PARSE_NONET), no entity substitution, no DTD
 * loading, no XInclude processing (XML_PARSE_NO_XXE where libxml2 has it),
 * line numbers past 65535 kept (XML_PARSE_BIG_LINES). A document that is
 * not well-formed, has no root element, has a DOCTYPE (should one get
 * past the scan) or holds an XInclude element is refused. Messages name
 * the file and line and say what to do.
 *
 *   xmlDocPtr doc;
 *   if (mnr_xml_load(&doc, path, err) != MNR_OK)
 *       return err->status;
 *   ...
 *   xmlFreeDoc(doc);
 */
#ifndef MNR_XMLLOAD_H
#define MNR_XMLLOAD_H

#include <stddef.h>

#include <libxml/tree.h>

#include "error.h"

/* Parses `path` safely. On success *out is a document the caller frees
 * with xmlFreeDoc. */
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

/* Frees what lean loads keep from one file to the next (the parser
 * context and the file buffer); mnr_xml_cleanup() calls it. */
void mnr_xml_load_free(void);

#endif
