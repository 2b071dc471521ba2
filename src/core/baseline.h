/*
 * baseline.h - the 2021 42-country baseline (model/baseline-2021.xml).
 *
 * Figures are counts (yes out of respondents); percentages are computed
 * here, never stored. An item is one bar of the review's Figure 1 and maps
 * to one or more capabilities; an indicator is a finer figure from the
 * text; a no-figure entry records a capability the review did not
 * aggregate (legislation); group notes are shown beside the comparison.
 *
 * Checks beyond the schema: yes <= respondents, every capability id exists
 * in the model (when a model is given), no capability is in two items.
 * Every count is read with its range checked. A review gives at least one
 * item and lists as many countries as its size. A cohort baseline (written
 * by mnr cohort) keeps every rule mnr cohort writes it by, and each is
 * checked, at the line of the element at fault: it names no country; its
 * min-group is at least MNR_COHORT_MIN_GROUP; no figure from 1 to
 * min-group - 1 countries is published, nor one a subtraction of published
 * figures would give (mnr_cohort_withhold); the counts add up (levels to
 * respondents and yes, groups to the cohort, no count above the cohort's
 * or its group's size); a withheld group or figure has no counts; each
 * group is listed once and has one figure per capability. Its texts are
 * mnr's own words (cohort_words.h) with its own figures and the model's
 * names, nothing else, since they reach every report compared with it.
 */
#ifndef MNR_BASELINE_H
#define MNR_BASELINE_H

#include <libxml/tree.h>

#include "error.h"
#include "model.h"

/* The smallest --min-group of mnr cohort, and of a cohort baseline read:
 * with 2, either of two countries could subtract its own figures from
 * their shared one. (Here, beneath cohort.c, which writes by it, and
 * baseline.c, which reads by it.) */
#define MNR_COHORT_MIN_GROUP 3
/* The most groups a cohort file may list: a grouping of the model (the
 * regions, the income groups) has fewer, "not given" included. */
#define MNR_COHORT_MAX_GROUPS 32

typedef enum mnr_figure_kind {
    MNR_FIGURE_ITEM,
    MNR_FIGURE_INDICATOR,
    MNR_FIGURE_NONE,      /* no aggregated figure (legislation) */
    MNR_FIGURE_GROUP_NOTE
} mnr_figure_kind;

typedef struct mnr_figure {
    mnr_figure_kind kind;
    char *id;
    char *label;
    char *capabilities;   /* space-separated ids, as in the file */
    int yes;              /* -1 when the entry has no count */
    int respondents;
    int figure1_percent;  /* -1 when none */
    int text_percent;     /* -1 when none */
    char *population;     /* indicators */
    char *statement;      /* what is counted; for no-figure, the reason */
    char *source;
    char **notes;
    int n_notes;
    char **challenges;
    int n_challenges;
    long line;            /* in the baseline file, for messages */
} mnr_figure;

typedef struct mnr_baseline {
    char *path;
    char *id;
    char *version;
    char *model_id;
    int cohort;           /* kind="cohort": written by mnr cohort */
    int min_group;        /* a cohort's withholding threshold; 0 for a review */
    char *by;             /* a cohort's grouping ("region", ...), or NULL */
    char *title;
    char *document;
    char *publisher;
    char *year;
    char *collected;
    char **caveats;
    int n_caveats;
    int cohort_size;
    char **countries;
    int n_countries;
    struct { char *id, *name, *text; int size; int withheld; long line; } *groups; /* size 0 when withheld */
    int n_groups;
    mnr_figure *figures;  /* in file order: items, no-figures, indicators, notes */
    int n_figures;
    /* per capability of the model it was loaded with: its item, or NULL */
    const mnr_figure **item_of;
    const mnr_model *model;
} mnr_baseline;

mnr_status mnr_baseline_load(mnr_baseline **out, const char *path, const char *schema_path,
                             const mnr_model *model, mnr_error *err);
mnr_status mnr_baseline_from_doc(mnr_baseline **out, xmlDocPtr doc, const char *path,
                                 const mnr_model *model, mnr_error *err);
void mnr_baseline_free(mnr_baseline *b);

/* 100 * part / whole as text with one decimal ("56.3" for 9 of 16),
 * rounded once from the counts, an exact half away from zero: the rule
 * of the report layouts (docs/scoring.md), so that a results file and the
 * report printed from it never differ in the last digit. `whole` > 0,
 * `part` >= 0. */
void mnr_percent_text(char *buf, size_t size, long part, long whole);

/* 100 * yes / respondents. */
double mnr_figure_percent(const mnr_figure *f);
/* Whether a figure's capability list names `cap_id`. */
int mnr_figure_covers(const mnr_figure *f, const char *cap_id);
/* The Figure 1 item (or no-figure entry) a capability maps to, or NULL. */
const mnr_figure *mnr_baseline_item_for(const mnr_baseline *b, const char *cap_id);
/* The same for capability `c` of `model`, looked up once at load when the
 * baseline was loaded with that model (scoring asks 21 times per file). */
const mnr_figure *mnr_baseline_item_of(const mnr_baseline *b, const mnr_model *model, int c);
const mnr_figure *mnr_baseline_find(const mnr_baseline *b, const char *id);

/* mnr cohort's own words (cohort_words.h) in `doc`, a document a layout
 * reads (a cohort baseline; results or a comparison that copy one), in the
 * language in use, each with the figures and names it holds: the file
 * keeps them in English with their figures in them ("... of 15 countries"),
 * which the ITS rules cannot look up as a msgid ("... of %d countries").
 * Only texts within a <baseline> or <baseline-source> element; does
 * nothing in English. -1 when out of memory, else how many were put in. */
int mnr_baseline_translate_cohort_words(xmlDocPtr doc);

#endif
