/*
 * kind.h - the kinds of file mnr reads, recognised by their root element,
 * and the schema shipped for each.
 */
#ifndef MNR_KIND_H
#define MNR_KIND_H

#include <libxml/tree.h>

typedef enum mnr_kind {
    MNR_KIND_UNKNOWN = 0,
    MNR_KIND_MODEL,
    MNR_KIND_BASELINE,
    MNR_KIND_QUESTIONNAIRE,
    MNR_KIND_ANSWERS,
    MNR_KIND_RESULTS
} mnr_kind;

mnr_kind mnr_kind_of(xmlDocPtr doc);
const char *mnr_kind_name(mnr_kind kind);
/* Schema path relative to the data directory, NULL for MNR_KIND_UNKNOWN. */
const char *mnr_kind_schema(mnr_kind kind);

/* The root element for messages: "<inventory>", or "<answers> in the XML
 * namespace ..." with what to do when it has one (mnr's kinds have none). */
void mnr_kind_root_text(xmlDocPtr doc, char *buf, size_t size);

#endif
