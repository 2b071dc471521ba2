/*
 * questionnaire.h - question sets (the XML files in questionnaires/) and answer values.
 *
 * A "criteria" questionnaire has yes/partly/no questions, each tied to one
 * maturity level of one capability; a "level-pick" questionnaire has one
 * question per capability answered with a level 0-4.
 *
 * Checks beyond the schema, made against the model: the questionnaire was
 * written for this model id and version; every section names a capability
 * of the model and every capability has a section; question ids start with
 * their capability's id; a criteria questionnaire has at least one
 * question at each level 1-4 of every capability; a level-pick one has
 * exactly one question per capability; skip logic names a question
 * defined earlier in the file.
 */
#ifndef MNR_QUESTIONNAIRE_H
#define MNR_QUESTIONNAIRE_H

#include <libxml/tree.h>

#include "error.h"
#include "model.h"

typedef enum mnr_value {
    MNR_UNANSWERED = 0,
    MNR_YES,
    MNR_PARTLY,
    MNR_NO,
    MNR_DONT_KNOW,
    MNR_NA,
    MNR_LEVEL /* a level 0-4 picked in a level-pick questionnaire */
} mnr_value;

/* "yes", "partly", ... "0".."4"; *level is set for MNR_LEVEL. -1 if unknown. */
int mnr_value_parse(const char *s, int *level);
const char *mnr_value_name(mnr_value v);
/* The value a criterion contributes: yes 1, partly 0.5, the rest 0. */
double mnr_value_points(mnr_value v);

typedef enum mnr_qkind { MNR_CRITERIA, MNR_LEVEL_PICK } mnr_qkind;

typedef struct mnr_question {
    char *id;
    int capability;   /* index in the model */
    int level;        /* 1-4 for criteria; 0 for level picks */
    int allow_na;
    char *baseline;   /* id of a baseline figure asking the same, or NULL */
    char *text;
    char *help;
    int only_if;      /* index of the controlling question, or -1 */
    unsigned only_if_values; /* bit (1 << mnr_value) for each value that keeps this question on */
    long line;
} mnr_question;

typedef struct mnr_questionnaire {
    char *path;
    char *id;
    char *version;
    char *title;
    char *introduction;
    mnr_qkind kind;
    char *model_id;
    char *model_version;
    mnr_question *questions;
    int n_questions;
} mnr_questionnaire;

mnr_status mnr_questionnaire_load(mnr_questionnaire **out, const char *path,
                                  const char *schema_path, const mnr_model *model,
                                  mnr_error *err);
mnr_status mnr_questionnaire_from_doc(mnr_questionnaire **out, xmlDocPtr doc, const char *path,
                                      const mnr_model *model, mnr_error *err);
void mnr_questionnaire_free(mnr_questionnaire *q);

int mnr_questionnaire_find(const mnr_questionnaire *q, const char *question_id);

#endif
