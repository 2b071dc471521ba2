/*
 * xmlschema.h - checking a loaded document against its XML Schema.
 *
 * Each schema (an .xsd of the data directory, read with mnr_xml_load) is
 * compiled once and kept, with a validation context reused from one
 * document to the next (mnr cohort checks thousands of files against the
 * answers schema). Before libxml2 checks a document, the elements that one
 * uniqueness rule of the schema (xs:unique, xs:key, xs:keyref) compares
 * are counted: more than MNR_XML_MAX_KEYED is refused at the element that
 * goes past, since libxml2 compares them pairwise, worse than quadratic
 * on duplicates. libxml2's messages get what to do about them ("Add the
 * missing element", "Each id may be used once") and the schema's name.
 *
 *   if (mnr_xml_validate(doc, path, "/data/model/schema/answers.xsd", err) != MNR_OK)
 *       ... err.line, err.message ...
 */
#ifndef MNR_XMLSCHEMA_H
#define MNR_XMLSCHEMA_H

#include <libxml/tree.h>

#include "error.h"

/* Per uniqueness rule of a schema-checked file: the elements the rule
 * compares. mnr's have a few hundred at most (the model's capabilities, a
 * questionnaire's questions, an answers file's targets); the elements that
 * grow with a workshop's participants are compared by none. */
#define MNR_XML_MAX_KEYED 10000

/* Validates `doc` (read from `path`, for messages) against the XSD at
 * `xsd_path`. Each schema is compiled once and kept until
 * mnr_xml_schemas_free() (mnr_xml_cleanup() calls it). */
mnr_status mnr_xml_validate(xmlDocPtr doc, const char *path,
                            const char *xsd_path, mnr_error *err);

void mnr_xml_schemas_free(void);

#endif
