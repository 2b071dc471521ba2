/*
 * merge.h - a workshop consensus from several participants' answers to one
 * questionnaire (mnr merge; docs/mnr.1, "mnr merge").
 *
 * The rules, per question (mnr_merge_question):
 * - a participant who left the question unanswered does not count;
 * - not applicable when more than half of those who answered said na and
 *   the question allows it;
 * - otherwise the median of the yes/partly/no answers (no < partly < yes),
 *   the lower of the two middle ones when their number is even: a criterion
 *   counts as met only when at least half of the room says so;
 * - don't know only when nobody gave yes, partly or no;
 * - disputed when the answers include both yes and no.
 * Level picks (rapid questionnaire): the median level, the lower middle one
 * when even; don't know only when nobody picked a level; disputed when the
 * levels differ by two or more.
 * A facilitator's decision (decisions.h) replaces the value; the consensus
 * records that it was decided, the value the rule gave and the note.
 */
#ifndef MNR_MERGE_H
#define MNR_MERGE_H

#include <libxml/tree.h>

#include "answers.h"
#include "decisions.h"
#include "error.h"
#include "questionnaire.h"

typedef struct mnr_vote {
    mnr_value value; /* MNR_UNANSWERED when the participant left it blank */
    int level;       /* for MNR_LEVEL */
} mnr_vote;

typedef struct mnr_merge_outcome {
    mnr_value value; /* MNR_UNANSWERED when nobody answered */
    int level;
    int answered;    /* participants who answered (any value) */
    int disputed;
} mnr_merge_outcome;

void mnr_merge_question(mnr_merge_outcome *out, const mnr_vote *votes, int n, mnr_qkind kind,
                        int allow_na);

/* Every participant answers the questionnaire and model version of the
 * first, about the same country (a difference is named at the <country>
 * line), none is a consensus, and none is another counted twice (the same
 * respondents with the same answers: a copy, or a file saved again under
 * another name); names the file, the line and what is wrong otherwise. */
mnr_status mnr_merge_check_same(mnr_answers *const *parts, int n, mnr_error *err);

/* The consensus answers document. `parts` are checked (mnr_answers_check)
 * against `q`; decisions are checked here against `q` (a question decided
 * twice is refused, naming both places). `workshop` names the workshop. */
mnr_status mnr_merge_build(xmlDocPtr *out, mnr_answers *const *parts, int n,
                           const mnr_questionnaire *q, const char *workshop,
                           const mnr_decision *decisions, int n_decisions, mnr_error *err);

#endif
