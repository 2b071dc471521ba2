/*
 * answers.h - an answers file: one respondent's answers, or a workshop
 * consensus, to one questionnaire.
 *
 * mnr_answers_load() parses and schema-checks the file, then refuses texts
 * the schema lets through that hold only white space (a country of one
 * space). Values are read as the schema reads them: ids and booleans with
 * white space collapsed (fictional=" true " is true); evidence and
 * comments keep their line breaks. mnr_answers_check()
 * then checks it against the model and questionnaire in use, in the order a
 * user would want to hear about problems: made against another model or
 * questionnaire version; a target for an unknown capability; an unknown
 * question id; a question answered twice; a value the question does not
 * allow. Each message has the file, the line and what to do.
 */
#ifndef MNR_ANSWERS_H
#define MNR_ANSWERS_H

#include <libxml/tree.h>

#include "error.h"
#include "model.h"
#include "questionnaire.h"

typedef struct mnr_answer {
    char *question;
    int index;        /* in the questionnaire, set by mnr_answers_check */
    mnr_value value;
    int level;        /* for MNR_LEVEL */
    char *evidence;   /* NULL when none */
    char *comment;
    long line;
    /* In a workshop consensus (mnr merge): a <workshop> element holding
     * copies of the answer's <consensus> and <participant-answer>s, which
     * results carry to the report's workshop annex. NULL otherwise. */
    xmlNodePtr workshop;
} mnr_answer;

typedef struct mnr_respondent {
    char *name;
    char *role;
    long line;
} mnr_respondent;

typedef struct mnr_target {
    char *capability;
    int level;
    long line;
} mnr_target;

typedef struct mnr_answers {
    char *path;
    char *model_id;
    char *model_version;
    char *questionnaire_id;
    char *questionnaire_version;
    char *lang;      /* the language recorded (mnr ask's session), NULL when none */
    char *country;
    int fictional;
    /* the country's region and income group (ids of the model's
     * groupings, by mnr_grouping_id), NULL when not given */
    char *group[MNR_GROUPINGS];
    long country_line;
    char *date;
    char *title;     /* NULL when none */
    char *workshop;  /* NULL unless a workshop consensus */
    mnr_respondent *respondents;
    int n_respondents;
    int default_target; /* 0 when the file gives none */
    mnr_target *targets;
    int n_targets;
    mnr_answer *answers;
    int n_answers;
    char *question_block; /* when set, every answer's question points into it */
    long root_line;
} mnr_answers;

mnr_status mnr_answers_load(mnr_answers **out, const char *path, const char *schema_path,
                            mnr_error *err);
mnr_status mnr_answers_from_doc(mnr_answers **out, xmlDocPtr doc, const char *path,
                                mnr_error *err);
/* The same, checked the same way, without copying what scoring does not
 * read (evidence, comments, a workshop's record): for mnr validate and mnr
 * cohort, which write no results. */
mnr_status mnr_answers_for_scoring(mnr_answers **out, xmlDocPtr doc, const char *path,
                                   mnr_error *err);
/* The model/questionnaire version check alone (so the caller can report a
 * mismatch before hunting for the questionnaire file). */
mnr_status mnr_answers_check_model(const mnr_answers *a, const mnr_model *model, mnr_error *err);
mnr_status mnr_answers_check(mnr_answers *a, const mnr_model *model,
                             const mnr_questionnaire *q, mnr_error *err);
void mnr_answers_free(mnr_answers *a);

/* The first answer that carries a workshop's record: the answers are a
 * consensus made by mnr merge, which mnr ask and mnr merge must not take
 * as one respondent's. NULL for one respondent's answers (a workshop name
 * on <respondents> alone is not a consensus: answers agreed in a room and
 * typed in by hand carry it too). */
const mnr_answer *mnr_answers_consensus_record(const mnr_answers *a);

/* What an existing file is, for a command about to write over it: an
 * answers file typed by someone is worth more than any output. Read with
 * the safe loader; a file that is missing, not a regular file or not
 * well-formed XML is MNR_FILE_OTHER. */
typedef enum mnr_file_answers {
    MNR_FILE_OTHER = 0,
    MNR_FILE_RESPONDENT, /* <answers> of one respondent */
    MNR_FILE_CONSENSUS   /* <answers> made by mnr merge (<consensus> records) */
} mnr_file_answers;
mnr_file_answers mnr_answers_file_sniff(const char *path);

/* The <workshop> record of an answer (or results criterion) element: its
 * <consensus> and <participant-answer> children copied; NULL when it has
 * none (or out of memory). */
xmlNodePtr mnr_answer_workshop_copy(xmlNodePtr from);

#endif
