/*
 * compare.h - progress between two assessments of one country (mnr
 * compare; the rules in docs/mnr.1, "mnr compare").
 *
 * Both assessments come in as results documents, each made or checked by
 * the usual pipeline (an answers file scored, or a results file verified):
 * nothing is scored here. mnr_compare_build() sets them side by side in
 * one comparison document (below) that the stylesheets
 * stylesheets/compare-{html,text,csv}.xsl turn into a report.
 *
 * Refused, with the file and line and what to do: two countries (mnr does
 * not rank or compare countries), two models (id or version), two
 * questionnaires (ids; versions may differ), and an OLD dated after NEW.
 *
 * The comparison document:
 *   <comparison generator format="1">
 *     <country>, <model>, <scale>                  as NEW's results have them
 *     <assessment role="old|new">                  each results' <assessment>
 *       ... <questionnaire/>                       and <questionnaire>
 *     <summary index-change level-change to-target-change up down same same-score-down
 *              newly-in-place no-longer-in-place newly-assessed
 *              no-longer-assessed not-assessed criteria-compared
 *              criteria-newly-met criteria-no-longer-met
 *              questions-only-old questions-only-new>
 *       <old .../> <new .../>                      each results' <summary> attributes
 *     <domain id number name score-change>
 *       <old .../> <new .../>                      each results' <domain> attributes
 *       <capability id number name change level-change score-change
 *                   regression in-place-change criteria-newly-met
 *                   criteria-no-longer-met>
 *         <old .../> <new .../>                    each results' <capability> attributes
 *         <criterion question level change old-status new-status><text/>
 * change is up or down (the level rose or fell), same (the same level; the
 * score may differ), newly-assessed, no-longer-assessed or not-assessed
 * (in neither). regression is level when the level fell, score when the
 * level held and the score fell (same-score-down counts these); absent
 * otherwise. in-place-change is newly or no-longer, only when both
 * assessments assessed the capability. Changes are NEW minus OLD, worked
 * out from the figures as the results write them (scores to 2 decimals,
 * percentages to 1), so that they add up as printed. Criteria are matched
 * by question id; a criterion is newly met when NEW says met and OLD did
 * not, no longer met the other way round.
 */
#ifndef MNR_COMPARE_H
#define MNR_COMPARE_H

#include <libxml/tree.h>

#include "error.h"

/* Whether two country names name the same country for mnr compare: equal
 * once white space is folded (runs count as one space, none at either
 * end) and ASCII letters are taken in either case. Other letters must
 * match exactly. */
int mnr_compare_same_country(const char *a, const char *b);

/* One assessment: its results, the path it was read from, and, when it
 * was an answers file, the answers document as read, whose line numbers
 * messages give (results built from answers have none); NULL otherwise. */
typedef struct mnr_compare_input {
    xmlDocPtr results;
    xmlDocPtr answers;
    const char *path;
} mnr_compare_input;

mnr_status mnr_compare_build(xmlDocPtr *out, const mnr_compare_input *old_input,
                             const mnr_compare_input *new_input, mnr_error *err);

#endif
