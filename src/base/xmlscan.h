/*
 * xmlscan.h - the raw-byte scanner: what is refused before libxml2 sees
 * a byte.
 *
 * mnr_xml_scan() reads an XML file's bytes once, linearly, and refuses,
 * in this order, each with the file, the line (0: about the whole file)
 * and what to do:
 *   - an empty file;
 *   - a file larger than MNR_XML_MAX_BYTES (MNR_XML_MAX_RESULTS_BYTES when
 *     its root element is <results>);
 *   - UTF-16 or UTF-32 (with or without a byte order mark);
 *   - a file of white space only;
 *   - a file whose first thing (after a UTF-8 byte order mark and white
 *     space) is not '<': a spreadsheet, a PDF, a text file;
 *   - binary data (a zero byte), at its line;
 *   - bytes that are not well-formed UTF-8 (no overlong forms, no
 *     surrogates, nothing past U+10FFFF), unless the XML declaration names
 *     another encoding, at the line of the first bad byte;
 *   - a <!DOCTYPE declaration in the prolog (it could pull in other files
 *     or expand entities: no entity bomb or external DTD gets further);
 *   - then in one pass over the markup: nesting deeper than
 *     MNR_XML_MAX_DEPTH, more than MNR_XML_MAX_ELEMENTS elements (both at
 *     the tag that goes past), more than MNR_XML_MAX_ATTRIBUTES attributes
 *     on one element and more than MNR_XML_MAX_NAMESPACES namespace
 *     declarations in the file (both at the attribute that goes past; up
 *     to 2.9, libxml2 takes quadratic time on them).
 * A limit is a most: a file exactly at it passes, one more is refused.
 * Markup the scan does not understand is left for the parser to report.
 *
 *   mnr_error err;
 *   mnr_error_init(&err);
 *   int no_ns;
 *   if (mnr_xml_scan(data, len, "answers.xml", &no_ns, &err) != MNR_OK)
 *       ... err.line, err.message ...
 *
 * Also here, from the same rules: the size limit a file's first bytes
 * tell (mnr_xml_root_is_results), where a DOCTYPE starts, and whether a
 * string is well-formed UTF-8.
 */
#ifndef MNR_XMLSCAN_H
#define MNR_XMLSCAN_H

#include <stddef.h>

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

/* XML's white space: space, tab, carriage return, line feed. */
static inline int mnr_xml_is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Every refusal above for the `len` bytes at `data` (the file `name`, for
 * messages): MNR_OK, or the status with `err` filled. *no_ns: the markup
 * was read through and declares no namespace, so no element of it can be
 * an XInclude one. */
mnr_status mnr_xml_scan(const char *data, size_t len, const char *name, int *no_ns,
                        mnr_error *err);

/* 1 when the root element of the document starting with `data` is
 * <results> (without a prefix, as mnr writes it): its size limit is
 * MNR_XML_MAX_RESULTS_BYTES. */
int mnr_xml_root_is_results(const char *data, size_t len);

/* Refuses the file `name` of `size` bytes as too large (line 0). */
mnr_status mnr_xml_too_large(const char *name, long long size, mnr_error *err);

/* Where a <!DOCTYPE declaration starts in the prolog of `data` (after a
 * byte order mark, white space, comments and processing instructions):
 * its byte offset, or -1 when there is none. The two rules differ in one
 * thing: XML spells the keyword in capitals only (a lower-case one is not
 * a declaration, and libxml2 refuses it as malformed), HTML in any case
 * (a stylesheet's HTML output may say <!doctype html>). */
typedef enum { MNR_DOCTYPE_XML, MNR_DOCTYPE_HTML } mnr_doctype_rule;
long mnr_doctype_offset(const char *data, size_t len, mnr_doctype_rule rule);

/* The line of a <!DOCTYPE in the prolog (the XML rule), or 0. */
long mnr_xml_doctype_line(const char *data, size_t len);

/* Whether `s` is well-formed UTF-8 (the rule input files are held to). */
int mnr_utf8_valid(const char *s);

#endif
