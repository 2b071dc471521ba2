/*
 * model.h - the MNR maturity model (model/mnr-model.xml).
 *
 *   mnr_model *m;
 *   if (mnr_model_load(&m, path, schema_path, &err) == MNR_OK) { ...; mnr_model_free(m); }
 *
 * Loading validates the file against its schema, then checks what the
 * schema cannot: one descriptor for each level 1-4, a threshold in (0, 1],
 * no capability that requires itself, no dependency cycle. Capabilities are
 * kept in file order; each knows its domain's index.
 */
#ifndef MNR_MODEL_H
#define MNR_MODEL_H

#include <libxml/tree.h>

#include "error.h"

#define MNR_LEVELS 5 /* 0..4 */

typedef struct mnr_requirement {
    char *capability; /* id of the capability required first */
    char *reason;
    int index;        /* its index in mnr_model.caps */
} mnr_requirement;

typedef struct mnr_capability {
    char *id;
    int number;
    char *name;
    char *description;
    double weight;
    char *descriptor[MNR_LEVELS]; /* [1]..[4]; [0] unused */
    mnr_requirement *requires;
    int n_requires;
    int domain; /* index in mnr_model.domains */
} mnr_capability;

typedef struct mnr_domain {
    char *id;
    int number;
    char *name;
    char *description;
    double weight;
} mnr_domain;

typedef struct mnr_enabler {
    char *id;
    char *name;
    char *description;
} mnr_enabler;

/* What a cohort can be grouped by (mnr cohort --by): the region or the
 * income group an answers file gives for its country. */
typedef enum mnr_grouping_id {
    MNR_GROUPING_REGION = 0,
    MNR_GROUPING_INCOME = 1,
    MNR_GROUPINGS = 2
} mnr_grouping_id;

typedef struct mnr_group {
    char *id;
    char *name;
} mnr_group;

typedef struct mnr_grouping {
    char *name;       /* "Region"; NULL when the model has no such grouping */
    char *source;
    mnr_group *groups;
    int n_groups;
} mnr_grouping;

typedef struct mnr_model {
    char *path;
    char *id;
    char *version;
    char *title;
    char *source;
    char *level_name[MNR_LEVELS];
    char *level_text[MNR_LEVELS];
    double threshold;
    int default_target;
    mnr_domain *domains;
    int n_domains;
    mnr_capability *caps;
    int n_caps;
    mnr_enabler *enablers;
    int n_enablers;
    mnr_grouping groupings[MNR_GROUPINGS]; /* indexed by mnr_grouping_id */
} mnr_model;

mnr_status mnr_model_load(mnr_model **out, const char *path, const char *schema_path,
                          mnr_error *err);
/* Builds the model from a document already parsed and schema-checked;
 * runs the checks beyond the schema. `path` is for messages. */
mnr_status mnr_model_from_doc(mnr_model **out, xmlDocPtr doc, const char *path, mnr_error *err);
void mnr_model_free(mnr_model *model);

/* Index of the capability with this id, or -1. */
int mnr_model_find(const mnr_model *model, const char *id);

/* "region", "income-group": the attribute of an answers file's <country>
 * a grouping reads, and its id in the model. */
const char *mnr_grouping_attr(mnr_grouping_id g);
/* Index of the group with this id in grouping `g`, or -1. */
int mnr_model_group(const mnr_model *model, mnr_grouping_id g, const char *id);

#endif
