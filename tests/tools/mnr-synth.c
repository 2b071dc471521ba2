/*
 * mnr-synth DATA_DIR N SEED OUT_DIR [COUNTRIES] - writes N valid synthetic
 * answers files to the full questionnaire (OUT_DIR/a00001.xml ...), the
 * same for the same SEED. A test and benchmark helper (scripts/synth,
 * scripts/bench, tests/cohort.cmake); the countries are fictional and
 * marked so.
 *
 * The spread is meant to look like a real cohort, not to be one:
 *   - COUNTRIES fictional countries (default 190), each with a region drawn
 *     with weights close to the World Bank's own counts, an income group
 *     that depends on the region, and a development level that depends on
 *     the income group; one in ten gives no region, one in ten no income
 *     group;
 *   - assessment i is of country i mod COUNTRIES, in round i / COUNTRIES:
 *     each round is some months after the one before (less when there
 *     are many: all are dated 2021 to 2025, none in the future), so each country's
 *     dates differ and the latest round counts; a later round is a little
 *     further on (up to the sixth);
 *   - per capability a level the country is at (its development, the
 *     capability's own difficulty and noise), and per question an answer
 *     that follows it: criteria at or below that level mostly yes, the next
 *     level mixed, higher levels mostly no; a few don't know, not applicable
 *     where allowed and unanswered; the skip logic is followed, so no file
 *     draws a warning;
 *   - a third of the answers carry evidence and one in ten a comment, so
 *     files are as long as real ones.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "context.h"
#include "xmlsafe.h"

static uint64_t rng_state;

/* splitmix64: small, fast, the same everywhere */
static uint64_t next_u64(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static double rnd(void)
{
    return (double)(next_u64() >> 11) / 9007199254740992.0;
}

/* Index drawn from weights (summing to anything above 0). */
static int pick(const double *w, int n)
{
    double sum = 0, r;
    for (int i = 0; i < n; i++)
        sum += w[i];
    r = rnd() * sum;
    for (int i = 0; i < n; i++)
        if ((r -= w[i]) < 0)
            return i;
    return n - 1;
}

/* Regions in the model's order, with about the World Bank's country counts;
 * income groups (low, lower-middle, upper-middle, high) given the region. */
static const double region_weight[7] = {38, 58, 42, 21, 3, 8, 48};
static const double income_weight[7][4] = {
    {1, 10, 10, 14}, {0, 4, 16, 38}, {1, 5, 20, 16}, {2, 6, 6, 7},
    {0, 0, 0, 3}, {1, 5, 2, 0}, {22, 18, 6, 2},
};
static const double development[4] = {0.18, 0.36, 0.55, 0.74};

typedef struct country {
    int region, income; /* -1: not given */
    double dev;
} country;

typedef struct synth {
    const mnr_model *model;
    const mnr_questionnaire *q;
    country *countries;
    int n_countries;
    double *difficulty; /* per capability */
    mnr_value *value;   /* per question, for the skip logic */
    long spacing;       /* days from one round to the next */
} synth;

static void make_countries(synth *s)
{
    for (int k = 0; k < s->n_countries; k++) {
        country *c = &s->countries[k];
        c->region = pick(region_weight, 7);
        c->income = pick(income_weight[c->region], 4);
        c->dev = development[c->income] + (rnd() - 0.5) * 0.3;
        if (rnd() < 0.1)
            c->region = -1;
        if (rnd() < 0.1)
            c->income = -1;
    }
    for (int c = 0; c < s->model->n_caps; c++)
        s->difficulty[c] = (rnd() - 0.5) * 0.3;
}

/* Days since 1970-01-01 to y-m-d (civil calendar). */
static void civil(long days, int *y, int *m, int *d)
{
    days += 719468;
    long era = (days >= 0 ? days : days - 146096) / 146097;
    long doe = days - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int skipped(const synth *s, const mnr_question *q, const char *off)
{
    if (q->only_if < 0)
        return 0;
    if (off[q->only_if])
        return 1;
    mnr_value v = s->value[q->only_if];
    int definite = v == MNR_YES || v == MNR_PARTLY || v == MNR_NO || v == MNR_NA;
    return definite && !(q->only_if_values & (1u << v));
}

/* An answer to a criterion at `level` for a capability at `at`. */
static mnr_value answer_for(const mnr_question *q, int level, int at)
{
    double r = rnd();
    if (r < 0.02)
        return MNR_UNANSWERED;
    if (r < 0.05)
        return MNR_DONT_KNOW;
    if (r < 0.08 && q->allow_na)
        return MNR_NA;
    r = rnd();
    if (level <= at)
        return r < 0.82 ? MNR_YES : r < 0.96 ? MNR_PARTLY : MNR_NO;
    if (level == at + 1)
        return r < 0.25 ? MNR_YES : r < 0.6 ? MNR_PARTLY : MNR_NO;
    return r < 0.05 ? MNR_YES : r < 0.2 ? MNR_PARTLY : MNR_NO;
}

static int write_one(synth *s, const char *path, long i)
{
    const mnr_model *m = s->model;
    int k = (int)(i % s->n_countries);
    long round = i / s->n_countries;
    const country *c = &s->countries[k];
    FILE *f = fopen(path, "w");
    if (!f)
        return 0;
    int y, mo, d;
    /* 2021-01-01 is day 18628; rounds (s->spacing) apart, each country on
     * its own day within the round */
    civil(18628 + round * s->spacing + k % 120, &y, &mo, &d);
    fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<!-- Synthetic assessment made by mnr-synth (tests/tools/mnr-synth.c): "
               "the country is invented. -->\n"
               "<answers model=\"%s\" model-version=\"%s\" questionnaire=\"%s\" "
               "questionnaire-version=\"%s\">\n  <country fictional=\"true\"",
            m->id, m->version, s->q->id, s->q->version);
    if (c->region >= 0)
        fprintf(f, " region=\"%s\"", m->groupings[MNR_GROUPING_REGION].groups[c->region].id);
    if (c->income >= 0)
        fprintf(f, " income-group=\"%s\"", m->groupings[MNR_GROUPING_INCOME].groups[c->income].id);
    fprintf(f, ">Synthland %03d</country>\n  <date>%04d-%02d-%02d</date>\n"
               "  <respondents><respondent role=\"National focal point (synthetic)\">"
               "Focal point %03d</respondent></respondents>\n", k + 1, y, mo, d, k + 1);
    char *off = calloc((size_t)s->q->n_questions + 1, 1);
    int *at = calloc((size_t)m->n_caps + 1, sizeof *at);
    if (!off || !at) {
        free(off);
        free(at);
        fclose(f);
        return 0;
    }
    for (int cap = 0; cap < m->n_caps; cap++) {
        double v = c->dev + s->difficulty[cap] + 0.03 * (double)(round < 6 ? round : 6) + (rnd() - 0.5) * 0.35;
        at[cap] = v < 0 ? 0 : v >= 0.999 ? 4 : (int)(v * 5) > 4 ? 4 : (int)(v * 5);
    }
    for (int qi = 0; qi < s->q->n_questions; qi++) {
        const mnr_question *q = &s->q->questions[qi];
        s->value[qi] = MNR_UNANSWERED;
        if ((off[qi] = (char)skipped(s, q, off)))
            continue;
        mnr_value v = answer_for(q, q->level, at[q->capability]);
        s->value[qi] = v;
        if (v == MNR_UNANSWERED)
            continue;
        int evidence = v != MNR_DONT_KNOW && v != MNR_NA && rnd() < 0.33;
        int comment = rnd() < 0.1;
        fprintf(f, "  <answer question=\"%s\" value=\"%s\"", q->id, mnr_value_name(v));
        if (!evidence && !comment) {
            fputs("/>\n", f);
            continue;
        }
        fputs(">", f);
        if (evidence)
            fprintf(f, "<evidence>Synthetic document %ld-%d: decision, budget line and annual "
                       "report (invented)</evidence>", i + 1, qi + 1);
        if (comment)
            fprintf(f, "<comment>Synthetic comment on %s (invented).</comment>", q->id);
        fputs("</answer>\n", f);
    }
    fputs("</answers>\n", f);
    free(off);
    free(at);
    return fclose(f) == 0;
}

int main(int argc, char **argv)
{
    if (argc < 5 || argc > 6) {
        fprintf(stderr, "usage: mnr-synth DATA_DIR N SEED OUT_DIR [COUNTRIES]\n");
        return 2;
    }
    long n = atol(argv[2]);
    int countries = argc == 6 ? atoi(argv[5]) : 190;
    if (n < 1 || countries < 1) {
        fprintf(stderr, "mnr-synth: N and COUNTRIES must be 1 or more\n");
        return 2;
    }
    rng_state = (uint64_t)strtoull(argv[3], NULL, 10);
    mnr_xml_init();
    mnr_error err;
    mnr_error_init(&err);
    mnr_context *ctx = NULL;
    const mnr_questionnaire *q = NULL;
    if (mnr_context_open(&ctx, argv[1], &err) != MNR_OK ||
        mnr_context_questionnaire_shared(&q, ctx, "mnr-full", NULL, argv[1], 0, &err) != MNR_OK) {
        char buf[1024];
        mnr_error_format(&err, buf, sizeof buf);
        fprintf(stderr, "mnr-synth: %s\n", buf);
        mnr_context_free(ctx);
        return 1;
    }
    if (ctx->model->groupings[MNR_GROUPING_REGION].n_groups != 7 ||
        ctx->model->groupings[MNR_GROUPING_INCOME].n_groups != 4) {
        fprintf(stderr, "mnr-synth: the model's groupings are not the 7 regions and 4 income "
                        "groups this generator knows\n");
        mnr_context_free(ctx);
        return 1;
    }
    synth s = {ctx->model, q, calloc((size_t)countries, sizeof(country)), countries,
               calloc((size_t)ctx->model->n_caps + 1, sizeof(double)),
               calloc((size_t)q->n_questions + 1, sizeof(mnr_value)), 137};
    /* rounds 4 to 5 months apart, closer when there are many, so that
     * the last is before 2026-01-01 (day 20454): an assessment is never
     * dated in the future (src/core/date.h) */
    long rounds = (n + countries - 1) / countries;
    s.spacing = rounds > 1 ? (20454 - 18628 - 120) / (rounds - 1) : 137;
    if (s.spacing > 137)
        s.spacing = 137;
    int rc = 0;
    if (!s.countries || !s.difficulty || !s.value || (mkdir(argv[4], 0777) != 0 && errno != EEXIST)) {
        fprintf(stderr, "mnr-synth: cannot make %s\n", argv[4]);
        rc = 1;
    }
    if (rc == 0)
        make_countries(&s);
    int width = n >= 100000 ? 6 : 5;
    for (long i = 0; i < n && rc == 0; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/a%0*ld.xml", argv[4], width, i + 1);
        if (!write_one(&s, path, i)) {
            fprintf(stderr, "mnr-synth: cannot write %s: %s\n", path, strerror(errno));
            rc = 1;
        }
    }
    free(s.countries);
    free(s.difficulty);
    free(s.value);
    mnr_context_free(ctx);
    mnr_xml_cleanup();
    return rc;
}
