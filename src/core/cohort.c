#include "cohort.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cohort_words.h"
#include "i18n.h"
#include "xmlsafe.h"

typedef struct entry {
    char *key;        /* the country's name, folded; NULL: a free slot */
    long date;        /* year * 10000 + month * 100 + day */
    char *path;       /* the latest assessment's file */
    size_t path_size; /* bytes allocated for it */
    char *other;      /* when two latest assessments share the date: the other */
    int n_latest;     /* assessments with the latest date */
    int fictional;
    int cell;         /* group index in the grouping, -1 when none given */
    unsigned char *level; /* per capability; NOT_ASSESSED when not assessed */
    short *score;     /* per capability, in hundredths */
} entry;

#define NOT_ASSESSED 255
#define SCORE_STEPS 401 /* 0.00 to 4.00 */

struct mnr_cohort {
    const mnr_model *model;
    const mnr_baseline *compare;
    int by, min_group, n_cells; /* cells: the grouping's groups, then "not given" */
    entry *table;
    size_t size, used;          /* slots, and of them taken */
};

/* ---- the countries seen ---- */

/* FNV-1a, over the folded name. */
static uint64_t hash_of(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

/* The name folded: ASCII letters in lower case, white space runs as one
 * space, none at either end. */
static char *fold_name(const char *name)
{
    char *k = malloc(strlen(name) + 1), *d = k;
    if (!k)
        return NULL;
    int space = 0;
    for (const char *p = name; *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
            space = d != k;
            continue;
        }
        if (space)
            *d++ = ' ';
        space = 0;
        *d++ = (*p >= 'A' && *p <= 'Z') ? (char)(*p - 'A' + 'a') : *p;
    }
    *d = '\0';
    return k;
}

/* An xs:date ("2025-03-01", "-0044-03-15", "2025-03-01+02:00") as a
 * number that sorts like the date; the time zone is not counted. */
static long date_value(const char *s)
{
    int neg = *s == '-';
    long year = 0, month = 0, day = 0;
    const char *p = s + neg;
    for (int n = 0; *p >= '0' && *p <= '9' && n < 9; p++, n++)
        year = year * 10 + (*p - '0');
    if (sscanf(p, "-%2ld-%2ld", &month, &day) != 2)
        return 0;
    long v = year * 10000 + month * 100 + day;
    return neg ? -v : v;
}

int mnr_cohort_hundredths(double v)
{
    /* n or n + 1: which is nearer the exact v * 100 tells the sign of
     * v * 100 - (n + 0.5), which fma works out with one rounding only, so
     * its sign is exact; an exact tie goes to the even one, as printf's
     * "%.2f" does (2.125 is 2.12). No snprintf per capability and file. */
    double n = floor(v * 100.0);
    double d = fma(v, 100.0, -(n + 0.5));
    if (d > 0 || (d == 0 && fmod(n, 2.0) != 0))
        n += 1;
    return (int)n;
}

static entry *slot_for(entry *table, size_t size, const char *key, uint64_t h)
{
    for (size_t i = (size_t)h & (size - 1);; i = (i + 1) & (size - 1))
        if (!table[i].key || strcmp(table[i].key, key) == 0)
            return &table[i];
}

static int grow(mnr_cohort *c)
{
    size_t size = c->size ? c->size * 2 : 64;
    entry *table = calloc(size, sizeof *table);
    if (!table)
        return 0;
    for (size_t i = 0; i < c->size; i++)
        if (c->table[i].key)
            *slot_for(table, size, c->table[i].key, hash_of(c->table[i].key)) = c->table[i];
    free(c->table);
    c->table = table;
    c->size = size;
    return 1;
}

mnr_status mnr_cohort_new(mnr_cohort **out, const mnr_model *model, const mnr_baseline *compare,
                          int by, int min_group, mnr_error *err)
{
    *out = NULL;
    mnr_cohort *c = calloc(1, sizeof *c);
    if (!c)
        return mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    c->model = model;
    c->compare = compare;
    c->by = by;
    c->min_group = min_group;
    c->n_cells = by >= 0 ? model->groupings[by].n_groups + 1 : 0;
    *out = c;
    return MNR_OK;
}

static void free_entry(entry *e)
{
    free(e->key);
    free(e->path);
    free(e->other);
    free(e->level);
    free(e->score);
}

void mnr_cohort_free(mnr_cohort *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->size; i++)
        free_entry(&c->table[i]);
    free(c->table);
    free(c);
}

/* Keeps what the cohort needs of an assessment in `e`. */
static int keep(mnr_cohort *c, entry *e, const mnr_scores *s, const char *path, long date)
{
    /* the path copied into the entry's own buffer when it fits: a new
     * small block per newer assessment, living on between the documents'
     * blocks, would keep the heap from joining them up again */
    size_t n = strlen(path) + 1;
    if (n > e->path_size) {
        char *p = realloc(e->path, n < 64 ? 64 : n);
        if (!p)
            return 0;
        e->path = p;
        e->path_size = n < 64 ? 64 : n;
    }
    memcpy(e->path, path, n);
    free(e->other);
    e->other = NULL;
    e->n_latest = 1;
    e->date = date;
    e->fictional = s->answers->fictional;
    e->cell = -1;
    if (c->by >= 0)
        e->cell = mnr_model_group(c->model, (mnr_grouping_id)c->by, s->answers->group[c->by]);
    for (int k = 0; k < c->model->n_caps; k++) {
        const mnr_cap_score *cs = &s->caps[k];
        e->level[k] = cs->assessed ? (unsigned char)cs->level : NOT_ASSESSED;
        e->score[k] = (short)mnr_cohort_hundredths(cs->score);
    }
    return 1;
}

mnr_status mnr_cohort_add(mnr_cohort *c, const mnr_scores *s, const char *path,
                          mnr_cohort_outcome *outcome, mnr_error *err)
{
    char *key = fold_name(s->answers->country);
    long date = date_value(s->answers->date);
    if (!key || ((c->used + 1) * 10 > c->size * 7 && !grow(c))) {
        free(key);
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    }
    entry *e = slot_for(c->table, c->size, key, hash_of(key));
    if (e->key) {
        free(key);
        if (date < e->date) {
            *outcome = MNR_COHORT_OLDER;
            return MNR_OK;
        }
        if (date == e->date) {
            *outcome = MNR_COHORT_SAME_DATE;
            e->n_latest++;
            if (!e->other && !(e->other = strdup(path)))
                return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
            return MNR_OK;
        }
        *outcome = MNR_COHORT_NEWER;
    } else {
        e->key = key;
        e->level = malloc((size_t)c->model->n_caps + 1);
        e->score = malloc(((size_t)c->model->n_caps + 1) * sizeof *e->score);
        c->used++;
        *outcome = MNR_COHORT_NEW;
    }
    if (!e->level || !e->score || !keep(c, e, s, path, date))
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    return MNR_OK;
}

int mnr_cohort_countries(const mnr_cohort *c)
{
    int n = 0;
    for (size_t i = 0; i < c->size; i++)
        n += c->table[i].key && !c->table[i].other;
    return n;
}

int mnr_cohort_conflicts(const mnr_cohort *c)
{
    int n = 0;
    for (size_t i = 0; i < c->size; i++)
        n += c->table[i].key && c->table[i].other;
    return n;
}

int mnr_cohort_conflict_files(const mnr_cohort *c)
{
    int n = 0;
    for (size_t i = 0; i < c->size; i++)
        if (c->table[i].key && c->table[i].other)
            n += c->table[i].n_latest;
    return n;
}

void mnr_cohort_conflict(const mnr_cohort *c, int i, const char **a, const char **b)
{
    *a = *b = NULL;
    for (size_t k = 0; k < c->size; k++)
        if (c->table[k].key && c->table[k].other && i-- == 0) {
            *a = c->table[k].path;
            *b = c->table[k].other;
            return;
        }
}

/* ---- withholding ---- */

void mnr_cohort_withhold(const int *counts, int n, int min_group, int *withheld)
{
    for (int k = 0; k < n; k++)
        if (counts[k] > 0 && counts[k] < min_group)
            withheld[k] = 1;
    for (;;) {
        int cells = 0, sum = 0, smallest = -1;
        for (int k = 0; k < n; k++) {
            if (counts[k] <= 0)
                continue;
            if (withheld[k]) {
                cells++;
                sum += counts[k];
            } else if (smallest < 0 || counts[k] < counts[smallest])
                smallest = k;
        }
        if (cells == 0 || (cells >= 2 && sum >= min_group) || smallest < 0)
            return;
        withheld[smallest] = 1;
    }
}

/* ---- the figures ---- */

/* One capability's counts over a set of countries. */
typedef struct figures {
    int respondents, yes;
    int level[MNR_LEVELS];
    int scores[SCORE_STEPS]; /* countries per score, in hundredths */
} figures;

static void count_in(figures *f, const entry *e, int k)
{
    if (e->level[k] == NOT_ASSESSED)
        return;
    f->respondents++;
    f->yes += e->level[k] >= 1;
    f->level[e->level[k]]++;
    if (e->score[k] >= 0 && e->score[k] < SCORE_STEPS)
        f->scores[e->score[k]]++;
}

/* The median score in hundredths: the lower of the two middle scores when
 * their number is even (as mnr merge takes the lower middle answer), so it
 * is always a score some country has. */
static int median_of(const figures *f)
{
    int want = (f->respondents + 1) / 2, seen = 0;
    for (int i = 0; i < SCORE_STEPS; i++)
        if ((seen += f->scores[i]) >= want)
            return i;
    return 0;
}

/* snprintf into a fresh buffer; the words above are short. */
static char *words(char *buf, size_t size, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static char *words(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return buf;
}

/* level0..level4 and the median score, or withheld="true" alone. */
static void set_figures(xmlNodePtr n, const figures *f, int withheld, int with_counts)
{
    if (withheld) {
        mnr_xml_set_str(n, "withheld", "true");
        return;
    }
    if (with_counts) {
        mnr_xml_set_int(n, "yes", f->yes);
        mnr_xml_set_int(n, "respondents", f->respondents);
    }
    for (int l = 0; l < MNR_LEVELS; l++) {
        char name[16];
        snprintf(name, sizeof name, "level%d", l);
        mnr_xml_set_int(n, name, f->level[l]);
    }
    if (f->respondents > 0) {
        char buf[16];
        int m = median_of(f);
        snprintf(buf, sizeof buf, "%d.%02d", m / 100, m % 100);
        mnr_xml_set_str(n, "median-score", buf);
    }
}

typedef struct build {
    mnr_cohort *c;
    int countries;
    int *sizes;          /* per cell */
    int *size_withheld;  /* per cell: the group withheld whole */
    figures *f;          /* per cell, for the capability at hand */
    int *counts, *withheld;
} build;

static const mnr_grouping *grouping_of(const mnr_cohort *c)
{
    return c->by >= 0 ? &c->model->groupings[c->by] : NULL;
}

static void add_compared(xmlNodePtr n, const mnr_cohort *c, const char *cap_id)
{
    const mnr_figure *item = mnr_baseline_item_for(c->compare, cap_id);
    if (!item || item->kind != MNR_FIGURE_ITEM)
        return;
    xmlNodePtr cmp = mnr_xml_add(n, "compared");
    mnr_xml_set_str(cmp, "baseline", c->compare->id);
    mnr_xml_set_str(cmp, "item", item->id);
    mnr_xml_set_int(cmp, "yes", item->yes);
    mnr_xml_set_int(cmp, "respondents", item->respondents);
}

/* The figures of capability k over the whole cohort and each group. */
static void count_capability(build *b, int k, figures *total)
{
    mnr_cohort *c = b->c;
    memset(total, 0, sizeof *total);
    memset(b->f, 0, (size_t)c->n_cells * sizeof *b->f);
    for (size_t i = 0; i < c->size; i++) {
        const entry *e = &c->table[i];
        if (!e->key || e->other)
            continue;
        count_in(total, e, k);
        if (c->n_cells)
            count_in(&b->f[e->cell >= 0 ? e->cell : c->n_cells - 1], e, k);
    }
}

static void add_capability(xmlNodePtr root, build *b, int k, int published)
{
    mnr_cohort *c = b->c;
    const mnr_capability *cap = &c->model->caps[k];
    figures total;
    count_capability(b, k, &total);
    int show = total.respondents >= c->min_group;
    if (show != published)
        return; /* items first, then the withheld ones (the schema's order) */
    char buf[512];
    xmlNodePtr n = mnr_xml_add(root, show ? "item" : "no-figure");
    mnr_xml_set_str(n, "id", cap->id);
    mnr_xml_set_str(n, "label", cap->name);
    mnr_xml_set_str(n, "capabilities", cap->id);
    mnr_xml_set_int(n, "number", cap->number);
    if (show) {
        mnr_xml_set_int(n, "yes", total.yes);
        mnr_xml_set_int(n, "respondents", total.respondents);
        mnr_xml_add_text(n, "statement", W_STATEMENT);
    } else {
        mnr_xml_set_str(n, "withheld", "true");
        mnr_xml_add_text(n, "reason", words(buf, sizeof buf, W_WITHHELD, c->min_group));
    }
    mnr_xml_add_text(n, "source",
                     words(buf, sizeof buf, W_SOURCE, c->model->id, c->model->version));
    if (show)
        set_figures(mnr_xml_add(n, "levels"), &total, 0, 0);
    add_compared(n, c, cap->id);
    if (!show || !c->n_cells)
        return;
    for (int g = 0; g < c->n_cells; g++) {
        b->counts[g] = b->f[g].respondents;
        b->withheld[g] = b->size_withheld[g];
    }
    mnr_cohort_withhold(b->counts, c->n_cells, c->min_group, b->withheld);
    const mnr_grouping *gr = grouping_of(c);
    for (int g = 0; g < c->n_cells; g++) {
        if (b->sizes[g] == 0)
            continue;
        xmlNodePtr gf = mnr_xml_add(n, "group-figures");
        mnr_xml_set_str(gf, "group", g < gr->n_groups ? gr->groups[g].id : W_GROUP_NONE_ID);
        set_figures(gf, &b->f[g], b->withheld[g], 1);
    }
}

static void add_groups(xmlNodePtr cohort, build *b)
{
    mnr_cohort *c = b->c;
    const mnr_grouping *gr = grouping_of(c);
    if (!gr)
        return;
    /* a cohort too small to publish anything: no group either */
    for (int g = 0; g < c->n_cells; g++)
        b->size_withheld[g] = b->countries < c->min_group;
    mnr_cohort_withhold(b->sizes, c->n_cells, c->min_group, b->size_withheld);
    char lower[128], buf[512];
    snprintf(lower, sizeof lower, "%s", gr->name ? gr->name : "");
    for (char *p = lower; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    for (int g = 0; g < c->n_cells; g++) {
        if (b->sizes[g] == 0)
            continue;
        int none = g == gr->n_groups;
        const char *text = b->size_withheld[g] ? words(buf, sizeof buf, W_GROUP_WITHHELD, c->min_group)
                         : none ? words(buf, sizeof buf, W_GROUP_NONE, lower)
                                : words(buf, sizeof buf, W_GROUP, lower);
        xmlNodePtr n = mnr_xml_add_text(cohort, "group", text);
        mnr_xml_set_str(n, "id", none ? W_GROUP_NONE_ID : gr->groups[g].id);
        mnr_xml_set_str(n, "name", none ? W_GROUP_NONE_NAME : gr->groups[g].name);
        if (b->size_withheld[g])
            mnr_xml_set_str(n, "withheld", "true");
        else
            mnr_xml_set_int(n, "size", b->sizes[g]);
    }
}

/* An id that differs between cohorts with different figures: results
 * compared with one cohort are not taken for results of another. */
static uint64_t fingerprint(const mnr_cohort *c)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < c->size; i++) {
        const entry *e = &c->table[i];
        if (!e->key || e->other)
            continue;
        uint64_t x = hash_of(e->key) ^ (uint64_t)e->date;
        for (int k = 0; k < c->model->n_caps; k++)
            x = (x ^ (uint64_t)(e->score[k] + 1000 * e->level[k])) * 1099511628211ULL;
        h ^= x; /* order-free: the table's order is not the files' order */
    }
    return h ^ (uint64_t)c->min_group ^ ((uint64_t)(c->by + 2) << 32);
}

static void add_header(xmlNodePtr root, build *b, const char *version)
{
    mnr_cohort *c = b->c;
    long first = 0, last = 0;
    int fictional = 0;
    for (size_t i = 0; i < c->size; i++) {
        const entry *e = &c->table[i];
        if (!e->key || e->other)
            continue;
        long year = e->date / 10000;
        if (!first || year < first)
            first = year;
        if (!last || year > last)
            last = year;
        fictional += e->fictional;
    }
    char buf[1024];
    snprintf(buf, sizeof buf, "cohort-%08lx", (unsigned long)(fingerprint(c) & 0xffffffffUL));
    mnr_xml_set_str(root, "id", buf);
    mnr_xml_set_str(root, "version", "1");
    mnr_xml_set_str(root, "model", c->model->id);
    mnr_xml_set_str(root, "kind", "cohort");
    mnr_xml_set_int(root, "min-group", c->min_group);
    if (c->by >= 0)
        mnr_xml_set_str(root, "by", mnr_grouping_attr((mnr_grouping_id)c->by));
    mnr_xml_add_text(root, "title", words(buf, sizeof buf, W_TITLE, b->countries));
    xmlNodePtr doc = mnr_xml_add_text(root, "document",
                                      words(buf, sizeof buf, W_DOCUMENT, version, b->countries,
                                            c->model->id, c->model->version));
    mnr_xml_set_str(doc, "publisher", W_PUBLISHER);
    snprintf(buf, sizeof buf, "%04ld", last > 0 ? last : 1);
    mnr_xml_set_str(doc, "year", buf);
    if (first == last)
        mnr_xml_set_str(doc, "data-collected", words(buf, sizeof buf, W_COLLECTED_ONE, last));
    else
        mnr_xml_set_str(doc, "data-collected", words(buf, sizeof buf, W_COLLECTED, first, last));
    mnr_xml_add_text(root, "caveat", W_CAVEAT_SELF);
    mnr_xml_add_text(root, "caveat", W_CAVEAT_LATEST);
    mnr_xml_add_text(root, "caveat", words(buf, sizeof buf, W_CAVEAT_WITHHELD, c->min_group));
    mnr_xml_add_text(root, "caveat", W_CAVEAT_TWO_COHORTS);
    /* a count about the countries, so withheld with every other figure
     * when they are fewer than min-group */
    if (fictional && b->countries >= c->min_group)
        mnr_xml_add_text(root, "caveat",
                         words(buf, sizeof buf, W_CAVEAT_FICTIONAL, fictional, b->countries));
}

mnr_status mnr_cohort_build(xmlDocPtr *out, mnr_cohort *c, const char *version,
                            mnr_error *err)
{
    *out = NULL;
    build b = {c, mnr_cohort_countries(c), NULL, NULL, NULL, NULL, NULL};
    size_t cells = (size_t)c->n_cells + 1;
    b.sizes = calloc(cells, sizeof *b.sizes);
    b.size_withheld = calloc(cells, sizeof *b.size_withheld);
    b.counts = calloc(cells, sizeof *b.counts);
    b.withheld = calloc(cells, sizeof *b.withheld);
    b.f = calloc(cells, sizeof *b.f);
    xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
    xmlNodePtr root = doc ? xmlNewNode(NULL, (const xmlChar *)"baseline") : NULL;
    mnr_status st = MNR_OK;
    if (!b.sizes || !b.size_withheld || !b.counts || !b.withheld || !b.f || !root) {
        st = mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
        xmlFreeDoc(doc);
        doc = NULL;
    } else {
        xmlDocSetRootElement(doc, root);
        for (size_t i = 0; i < c->size; i++)
            if (c->table[i].key && !c->table[i].other && c->n_cells)
                b.sizes[c->table[i].cell >= 0 ? c->table[i].cell : c->n_cells - 1]++;
        add_header(root, &b, version);
        xmlNodePtr cohort = mnr_xml_add(root, "cohort");
        mnr_xml_set_int(cohort, "size", b.countries);
        add_groups(cohort, &b);
        xmlNodePtr scale = mnr_xml_add(root, "scale");
        for (int l = 0; l < MNR_LEVELS; l++) {
            xmlNodePtr ln = mnr_xml_add(scale, "level");
            mnr_xml_set_int(ln, "value", l);
            mnr_xml_set_str(ln, "name", c->model->level_name[l]);
        }
        for (int published = 1; published >= 0; published--)
            for (int k = 0; k < c->model->n_caps; k++)
                add_capability(root, &b, k, published);
    }
    free(b.sizes);
    free(b.size_withheld);
    free(b.counts);
    free(b.withheld);
    free(b.f);
    *out = doc;
    return st;
}
