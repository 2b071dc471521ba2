/*
 * results.h - the results document: everything the report needs, in one
 * self-contained XML file (schema: model/schema/results.xsd), so anyone
 * can restyle the report with plain xsltproc.
 *
 * Numbers are written in the "C" locale: scores and gaps with two
 * decimals, percentages with one.
 */
#ifndef MNR_RESULTS_H
#define MNR_RESULTS_H

#include <libxml/tree.h>

#include "error.h"
#include "score.h"

/* Builds the results document from computed scores. */
mnr_status mnr_results_build(xmlDocPtr *out, const mnr_scores *s, mnr_error *err);

/* The results format this mnr writes and reads (the root's format="..."). */
#define MNR_RESULTS_FORMAT "1"

/* Checks a results document that matched its schema against the model in
 * use: the format is one this mnr reads, it was scored with this model
 * (id and version), and its capabilities and priorities name capabilities
 * of the model, each once. `path` is for messages. */
mnr_status mnr_results_check(xmlDocPtr doc, const char *path, const mnr_model *model,
                             mnr_error *err);

/* Serialises a document: indented, UTF-8, with DEL, C1 and bidi controls
 * written as character references (&#x9B;), so the file shows the same on
 * a terminal as in an editor and reads back unchanged. *out is malloc'd
 * (free()). */
mnr_status mnr_results_serialize(char **out, size_t *len, xmlDocPtr doc, mnr_error *err);

/* Serialises a document as above and writes it atomically. */
mnr_status mnr_results_save(xmlDocPtr doc, const char *path, mnr_error *err);

#endif
