#include "score.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

static const struct {
    const char *id;
    const char *label;
} categories[] = {
    {"", ""},
    {"common-missing", "half or more of the surveyed countries have this"},
    {"rare-missing", "most surveyed countries lack this too"},
    {"ahead", "ahead of most surveyed countries"},
    {"in-line", "in line with half or more of the surveyed countries"},
};

const char *mnr_category_id(mnr_category c)
{
    return categories[c].id;
}

/* The same sentences against a cohort baseline of mnr cohort. */
static const char *const cohort_labels[] = {
    "",
    "half or more of the countries in the cohort have this",
    "most countries in the cohort lack this too",
    "ahead of most countries in the cohort",
    "in line with half or more of the countries in the cohort",
};

const char *mnr_category_label(mnr_category c)
{
    return categories[c].label;
}

const char *mnr_category_label_for(mnr_category c, const mnr_baseline *b)
{
    return b && b->cohort ? cohort_labels[c] : categories[c].label;
}

const char *mnr_unassessed_id(mnr_unassessed why)
{
    static const char *const ids[] = {"", "not-applicable", "not-answered", "dont-know"};
    return ids[why];
}

double mnr_cap_baseline_share(const mnr_cap_score *cs)
{
    if (!cs->item || cs->item->yes < 0 || cs->item->respondents <= 0)
        return -1.0;
    return (double)cs->item->yes / cs->item->respondents;
}

/* ---- which questions count ---- */

/* A question is switched off when the question it depends on is switched
 * off, or got a definite answer (yes, partly, no, na) that is not one of
 * those listed. "Don't know" or no answer leave it on: nobody has said the
 * question does not apply. */
int mnr_question_skipped(const mnr_question *q, const mnr_question_state *states)
{
    if (q->only_if < 0)
        return 0;
    const mnr_question_state *ctrl = &states[q->only_if];
    if (ctrl->skipped)
        return 1;
    int definite = ctrl->value == MNR_YES || ctrl->value == MNR_PARTLY || ctrl->value == MNR_NO ||
                   ctrl->value == MNR_NA;
    return definite && !(q->only_if_values & (1u << ctrl->value));
}

static void add_warning(mnr_scores *s, long line, const char *fmt, const char *a, const char *b,
                        const char *c)
{
    mnr_warning *w = realloc(s->warnings, (size_t)(s->n_warnings + 1) * sizeof *w);
    if (!w)
        return;
    s->warnings = w;
    w[s->n_warnings].line = line;
    snprintf(w[s->n_warnings].message, sizeof w[s->n_warnings].message, fmt, a, b, c);
    snprintf(w[s->n_warnings].shown, sizeof w[s->n_warnings].shown, _(fmt), a, b, c);
    s->n_warnings++;
}

static void resolve_questions(mnr_scores *s)
{
    const mnr_questionnaire *q = s->questionnaire;
    const mnr_answers *a = s->answers;
    for (int i = 0; i < q->n_questions; i++)
        s->questions[i].answer = -1;
    for (int i = 0; i < a->n_answers; i++) {
        int qi = a->answers[i].index;
        if (qi >= 0) {
            s->questions[qi].answer = i;
            s->questions[qi].value = a->answers[i].value;
            s->questions[qi].level = a->answers[i].level;
        }
    }
    for (int i = 0; i < q->n_questions; i++) {
        mnr_question_state *st = &s->questions[i];
        st->skipped = mnr_question_skipped(&q->questions[i], s->questions);
        st->included = !st->skipped && st->value != MNR_NA;
        if (st->skipped && st->answer >= 0 && st->value != MNR_NA && st->value != MNR_UNANSWERED) {
            const mnr_question *ctrl = &q->questions[q->questions[i].only_if];
            /* TRANSLATORS: the skipped question's id, then the id of the
             * question whose answer skips it (twice). */
            add_warning(s, a->answers[st->answer].line,
                        N_("question %s is answered, but the questionnaire skips it given the "
                           "answer to %s; the answer is not counted (remove it, or check %s)"),
                        q->questions[i].id, ctrl->id, ctrl->id);
        }
    }
}

/* ---- one capability ---- */

/* A capability is assessed when at least one applicable question has an
 * answer that counts: in the full questionnaire yes, partly, no or don't
 * know (which counts 0 and is listed as missing evidence, docs/scoring.md §1);
 * in the rapid one a level picked (don't know there is not assessed).
 * With none, nothing is known about it, and "level 0, score 0" would pass
 * an unknown off as "not in place": it is not assessed, and the reason is
 * kept. */
static mnr_unassessed why_not_assessed(int applicable, int definite, int dont_know)
{
    if (applicable == 0)
        return MNR_UNASSESSED_NOT_APPLICABLE;
    if (definite > 0)
        return MNR_ASSESSED;
    return dont_know > 0 ? MNR_UNASSESSED_DONT_KNOW : MNR_UNASSESSED_NOT_ANSWERED;
}

/* Criteria left in, per capability and level, in one pass over the
 * questions (not one pass per capability). */
static void count_criteria(mnr_scores *s, double (*sum)[MNR_LEVELS])
{
    for (int i = 0; i < s->questionnaire->n_questions; i++) {
        const mnr_question *q = &s->questionnaire->questions[i];
        const mnr_question_state *st = &s->questions[i];
        mnr_cap_score *cs = &s->caps[q->capability];
        if (!st->included)
            continue;
        cs->counted[q->level]++;
        sum[q->capability][q->level] += mnr_value_points(st->value);
        cs->applicable++;
        if (st->value != MNR_UNANSWERED)
            cs->answered++;
        else
            cs->provisional = 1;
        if (st->value == MNR_DONT_KNOW)
            cs->dont_know++;
    }
}

static void score_criteria(mnr_scores *s, int c, const double *sum)
{
    mnr_cap_score *cs = &s->caps[c];
    cs->why = why_not_assessed(cs->applicable, cs->answered, 0);
    cs->assessed = cs->why == MNR_ASSESSED;
    if (!cs->assessed) {
        cs->provisional = 0;
        return;
    }
    /* A level whose criteria are all left out does not block. */
    for (int l = 1; l <= 4; l++)
        cs->share[l] = cs->counted[l] ? sum[l] / cs->counted[l] : 1.0;
    cs->level = 0;
    while (cs->level < 4 && cs->share[cs->level + 1] >= s->model->threshold - MNR_EPSILON)
        cs->level++;
    cs->score = cs->level + (cs->level < 4 ? cs->share[cs->level + 1] : 0.0);
}

static void score_level_pick(mnr_scores *s, int c)
{
    mnr_cap_score *cs = &s->caps[c];
    for (int i = 0; i < s->questionnaire->n_questions; i++) {
        const mnr_question_state *st = &s->questions[i];
        if (s->questionnaire->questions[i].capability != c || !st->included)
            continue;
        cs->applicable++;
        if (st->value != MNR_UNANSWERED)
            cs->answered++;
        if (st->value == MNR_DONT_KNOW)
            cs->dont_know++;
        if (st->value == MNR_LEVEL) {
            cs->level = st->level;
            cs->score = st->level;
        }
    }
    cs->why = why_not_assessed(cs->applicable, cs->answered - cs->dont_know, cs->dont_know);
    cs->assessed = cs->why == MNR_ASSESSED;
    for (int l = 1; l <= 4; l++)
        cs->share[l] = cs->assessed && l <= cs->level ? 1.0 : 0.0;
}

static int target_for(const mnr_scores *s, int c, int override)
{
    const mnr_answers *a = s->answers;
    for (int t = 0; t < a->n_targets; t++)
        if (strcmp(a->targets[t].capability, s->model->caps[c].id) == 0)
            return a->targets[t].level;
    if (override > 0)
        return override;
    if (a->default_target > 0)
        return a->default_target;
    return s->model->default_target;
}

static mnr_category category_of(const mnr_cap_score *cs)
{
    double share = mnr_cap_baseline_share(cs);
    if (!cs->assessed || share < 0)
        return MNR_CAT_NONE;
    /* Compare counts, not floating shares: 21 of 42 is exactly half. */
    int half_or_more = 2 * cs->item->yes >= cs->item->respondents;
    if (cs->in_place)
        return half_or_more ? MNR_CAT_IN_LINE : MNR_CAT_AHEAD;
    return half_or_more ? MNR_CAT_COMMON_MISSING : MNR_CAT_RARE_MISSING;
}

static void score_capability(mnr_scores *s, int c, int override, const double *sum)
{
    mnr_cap_score *cs = &s->caps[c];
    if (s->questionnaire->kind == MNR_CRITERIA)
        score_criteria(s, c, sum);
    else
        score_level_pick(s, c);
    cs->target = target_for(s, c, override);
    cs->gap = cs->assessed && cs->target - cs->score > MNR_EPSILON ? cs->target - cs->score : 0.0;
    cs->in_place = cs->assessed && cs->level >= 1;
    cs->item = mnr_baseline_item_of(s->baseline, s->model, c);
    cs->category = category_of(cs);
}

/* ---- domains and overall ---- */

static void score_domains(mnr_scores *s)
{
    const mnr_model *m = s->model;
    double dsum = 0, dweight = 0, gaps = 0, targets = 0;
    for (int d = 0; d < m->n_domains; d++) {
        mnr_domain_score *ds = &s->domains[d];
        double sum = 0, weight = 0;
        for (int c = 0; c < m->n_caps; c++) {
            const mnr_cap_score *cs = &s->caps[c];
            if (m->caps[c].domain != d)
                continue;
            ds->answered += cs->answered;
            ds->applicable += cs->applicable;
            ds->caps++;
            if (!cs->assessed)
                continue;
            ds->caps_assessed++;
            sum += m->caps[c].weight * cs->score;
            weight += m->caps[c].weight;
            gaps += cs->gap;
            targets += cs->target;
        }
        ds->assessed = weight > 0;
        ds->score = ds->assessed ? sum / weight : 0.0;
        s->answered += ds->answered;
        s->applicable += ds->applicable;
        s->caps_assessed += ds->caps_assessed;
        if (ds->assessed) {
            dsum += m->domains[d].weight * ds->score;
            dweight += m->domains[d].weight;
            s->domains_assessed++;
        }
    }
    s->assessed = dweight > 0;
    /* A level for the whole country only when every domain is in it. */
    s->has_overall_level = m->n_domains > 0 && s->domains_assessed == m->n_domains;
    s->overall_index = s->assessed ? dsum / dweight : 0.0;
    s->overall_level = (int)floor(s->overall_index + MNR_EPSILON);
    if (s->overall_level > 4)
        s->overall_level = 4;
    s->percent_to_target = targets > 0 ? 100.0 * (1.0 - gaps / targets) : -1.0;
}

/* ---- priorities ---- */

/* Whether `a` should go before `b` when both are free to go next:
 * larger gap, then higher baseline share, then lower MNR number. A
 * capability without a baseline figure ranks below any figure. */
static int goes_first(const mnr_scores *s, int a, int b)
{
    const mnr_cap_score *x = &s->caps[a], *y = &s->caps[b];
    if (fabs(x->gap - y->gap) > MNR_EPSILON)
        return x->gap > y->gap;
    double sx = mnr_cap_baseline_share(x), sy = mnr_cap_baseline_share(y);
    if (fabs(sx - sy) > MNR_EPSILON)
        return sx > sy;
    return s->model->caps[a].number < s->model->caps[b].number;
}

/* Free to go next: every capability it requires that also has a gap is
 * already placed. */
static int is_free(const mnr_scores *s, int c, const char *placed)
{
    const mnr_capability *cap = &s->model->caps[c];
    for (int i = 0; i < cap->n_requires; i++) {
        int r = cap->requires[i].index;
        if (s->caps[r].gap > MNR_EPSILON && !placed[r])
            return 0;
    }
    return 1;
}

static mnr_status order_priorities(mnr_scores *s, mnr_error *err)
{
    int n = s->model->n_caps;
    s->priority = calloc((size_t)n + 1, sizeof *s->priority);
    char *placed = calloc((size_t)n + 1, 1);
    if (!s->priority || !placed) {
        free(placed);
        return mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    }
    int with_gap = 0;
    for (int c = 0; c < n; c++)
        if (s->caps[c].gap > MNR_EPSILON)
            with_gap++;
    while (s->n_priority < with_gap) {
        int best = -1;
        for (int c = 0; c < n; c++)
            if (s->caps[c].gap > MNR_EPSILON && !placed[c] && is_free(s, c, placed) &&
                (best < 0 || goes_first(s, c, best)))
                best = c;
        if (best < 0)
            break; /* cannot happen: the model has no dependency cycles */
        placed[best] = 1;
        s->priority[s->n_priority++] = best;
    }
    free(placed);
    return MNR_OK;
}

mnr_status mnr_score_compute(mnr_scores **out, const mnr_model *model,
                             const mnr_questionnaire *q, const mnr_answers *answers,
                             const mnr_baseline *baseline, int target_override,
                             mnr_error *err)
{
    *out = NULL;
    mnr_scores *s = calloc(1, sizeof *s);
    if (!s)
        return mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    s->model = model;
    s->questionnaire = q;
    s->answers = answers;
    s->baseline = baseline;
    s->questions = calloc((size_t)q->n_questions + 1, sizeof *s->questions);
    s->caps = calloc((size_t)model->n_caps + 1, sizeof *s->caps);
    s->domains = calloc((size_t)model->n_domains + 1, sizeof *s->domains);
    double (*sum)[MNR_LEVELS] = calloc((size_t)model->n_caps + 1, sizeof *sum);
    if (!s->questions || !s->caps || !s->domains || !sum) {
        free(sum);
        mnr_scores_free(s);
        return mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    }
    resolve_questions(s);
    if (q->kind == MNR_CRITERIA)
        count_criteria(s, sum);
    for (int c = 0; c < model->n_caps; c++)
        score_capability(s, c, target_override, sum[c]);
    free(sum);
    score_domains(s);
    mnr_status st = order_priorities(s, err);
    if (st != MNR_OK) {
        mnr_scores_free(s);
        return st;
    }
    *out = s;
    return MNR_OK;
}

void mnr_scores_free(mnr_scores *s)
{
    if (!s)
        return;
    free(s->questions);
    free(s->caps);
    free(s->domains);
    free(s->priority);
    free(s->warnings);
    free(s);
}
