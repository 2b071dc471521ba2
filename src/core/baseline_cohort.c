#include "baseline_cohort.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cohort_words.h"
#include "i18n.h"
#include "xmlsafe.h"

/* ---- a cohort's counts and groups ---- */

/* Refuses the file at `n` with `what is wrong` and the advice every rule
 * of a cohort baseline ends with. */
static mnr_status refuse(reader *r, xmlNodePtr n, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static mnr_status refuse(reader *r, xmlNodePtr n, const char *fmt, ...)
{
    char msg[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* TRANSLATORS: %s is what is wrong in the cohort baseline file. */
    return mnr_error_set(r->err, MNR_EINVALID, r->path, n ? xmlGetLineNo(n) : 0,
                         _("%s; make the file again with mnr cohort"), msg);
}

/* A figure from 1 to min-group - 1 countries is never published. */
static mnr_status check_published(reader *r, const mnr_baseline *b, xmlNodePtr n,
                                  const char *what, int countries)
{
    if (countries > 0 && countries < b->min_group)
        return refuse(r, n, _("%s: a figure from %d countries is published, but min-group=\"%d\" "
                            "withholds any from fewer"), what, countries, b->min_group);
    return MNR_OK;
}

/* No count above the countries of what it is a part of. */
static mnr_status check_within(reader *r, xmlNodePtr n, const char *what, int countries,
                               int of, const char *whole, long whole_line)
{
    if (countries > of)
        return refuse(r, n, _("%s: %d countries' assessments, more than the %d countries of %s "
                            "(line %ld)"), what, countries, of, whole, whole_line);
    return MNR_OK;
}

/* The median score is some country's score (the lower middle one), so it
 * is at the level of the middle country: a score is its level and the
 * share met of the next (4.00 at level 4). None without countries. */
static mnr_status check_median(reader *r, xmlNodePtr n, const char *what, const int *levels,
                               int respondents)
{
    char *median = mnr_xml_token(n, "median-score");
    int level = 0, seen = 0;
    while (level < MNR_LEVELS - 1 && (seen += levels[level]) < (respondents + 1) / 2)
        level++;
    int at = median && median[0] >= '0' && median[0] <= '9' && (!median[1] || median[1] == '.')
                 ? median[0] - '0'
                 : -1;
    mnr_status st = MNR_OK;
    if (respondents > 0 && !median)
        st = refuse(r, n, _("%s gives no median-score"), what);
    else if (respondents == 0 && median)
        st = refuse(r, n, _("%s gives a median-score of no country"), what);
    else if (median && at != level)
        st = refuse(r, n, _("%s: median-score=\"%.20s\" is not at level %d, the level of the "
                          "middle country"), what, median, level);
    free(median);
    return st;
}

/* A cohort's figures (<levels>, <group-figures>): published ones have
 * their counts, and the counts add up; withheld ones have none. */
static mnr_status check_counts(reader *r, xmlNodePtr n, const char *what, int yes,
                               int respondents)
{
    int levels[MNR_LEVELS], sum = 0, in_place = 0, given = 0;
    for (int l = 0; l < MNR_LEVELS; l++) {
        char name[16];
        snprintf(name, sizeof name, "level%d", l);
        levels[l] = mnr_baseline_prop_int(r, n, name, -1);
        given += levels[l] >= 0;
        sum += levels[l] > 0 ? levels[l] : 0;
        in_place += l > 0 && levels[l] > 0 ? levels[l] : 0;
    }
    if (r->st != MNR_OK)
        return r->st;
    if (mnr_xml_bool(n, "withheld")) {
        char *any = mnr_xml_prop(n, "median-score");
        int counted = given || any || yes >= 0 || respondents >= 0;
        free(any);
        return counted ? mnr_error_set(r->err, MNR_EINVALID, r->path, xmlGetLineNo(n),
                                       _("%s is withheld but gives counts; a withheld figure "
                                       "has none: remove them"), what)
                       : MNR_OK;
    }
    if (given != MNR_LEVELS || sum != respondents || in_place != yes)
        return mnr_error_set(r->err, MNR_EINVALID, r->path, xmlGetLineNo(n),
                             _("%s: the counts at levels 0-4 (%d in all, %d at level 1 or above) "
                             "do not add up to its %d assessments and %d in place; a cohort file "
                             "is written by mnr cohort: make it again"), what, sum, in_place,
                             respondents, yes);
    return check_median(r, n, what, levels, respondents);
}

static int group_index(const mnr_baseline *b, const char *id)
{
    for (int i = 0; id && i < b->n_groups; i++)
        if (b->groups[i].id && strcmp(b->groups[i].id, id) == 0)
            return i;
    return -1;
}

/* What the group figures of one capability add up to. */
typedef struct split {
    int published, withheld, any_counted; /* countries in published figures; figures withheld */
    xmlNodePtr last_withheld;
    struct { int given; long line; } *seen; /* per group: its figure, and where */
} split;

/* One <group-figures>: of a listed group, once, withheld with its group,
 * published only from min-group countries up and no more than the group. */
static mnr_status check_group_figure(reader *r, const mnr_baseline *b, const mnr_figure *f,
                                     xmlNodePtr g, split *sp)
{
    char what[160];
    char *id = mnr_xml_token(g, "group");
    int i = group_index(b, id);
    snprintf(what, sizeof what, "%.60s, group %.60s", f->id, id ? id : "");
    free(id);
    if (i < 0)
        return refuse(r, g, _("%s: the cohort lists no such group"), what);
    if (sp->seen[i].given)
        return refuse(r, g, _("%s is given twice (first at line %ld)"), what, sp->seen[i].line);
    sp->seen[i].given = 1;
    sp->seen[i].line = xmlGetLineNo(g);
    int yes = mnr_baseline_prop_int(r, g, "yes", -1);
    int respondents = mnr_baseline_prop_int(r, g, "respondents", -1);
    int withheld = mnr_xml_bool(g, "withheld");
    if (r->st != MNR_OK)
        return r->st;
    if (b->groups[i].withheld && !withheld)
        return refuse(r, g, _("%s: the group is withheld (line %ld), and so is every figure of "
                            "it, but this one gives counts"), what, b->groups[i].line);
    mnr_status st = check_counts(r, g, what, yes, respondents);
    if (st == MNR_OK && !withheld)
        st = check_published(r, b, g, what, respondents);
    if (st == MNR_OK && !withheld)
        st = check_within(r, g, what, respondents, b->groups[i].size, _("the group"),
                          b->groups[i].line);
    if (withheld) {
        sp->withheld++;
        sp->last_withheld = g;
    } else {
        sp->published += respondents;
        sp->any_counted |= respondents > 0;
    }
    return st;
}

/* The group figures of one capability: one per group, and the withheld
 * ones cannot be worked out by subtracting the published ones from the
 * capability's figure (the rule of mnr_cohort_withhold). */
static mnr_status check_group_figures(reader *r, const mnr_baseline *b, const mnr_figure *f,
                                      xmlNodePtr n)
{
    split sp = {0, 0, 0, NULL, calloc((size_t)b->n_groups + 1, sizeof *sp.seen)};
    if (!sp.seen)
        return mnr_error_set(r->err, MNR_ENOMEM, r->path, 0, _("out of memory"));
    mnr_status st = MNR_OK;
    for (xmlNodePtr g = mnr_xml_child(n, "group-figures"); g && st == MNR_OK;
         g = mnr_xml_next(g, "group-figures"))
        st = check_group_figure(r, b, f, g, &sp);
    for (int i = 0; i < b->n_groups && st == MNR_OK; i++)
        if (!sp.seen[i].given)
            st = refuse(r, n, _("%s gives no figure for group %s (line %ld)"), f->id,
                        b->groups[i].id, b->groups[i].line);
    free(sp.seen);
    int rest = f->respondents - sp.published;
    if (st != MNR_OK || b->n_groups == 0)
        return st; /* an ungrouped cohort: no group figure (none is listed) */
    if (rest < 0 || (sp.withheld == 0 && rest != 0))
        return refuse(r, n, _("%s: its groups' figures hold %d countries' assessments, not its %d: "
                            "every country is in one group"), f->id, sp.published, f->respondents);
    if (sp.withheld == 1 && rest > 0 && sp.any_counted)
        return refuse(r, sp.last_withheld, _("%s: the only group figure withheld, so the "
                                           "capability's figure less the published ones gives it "
                                           "away"), f->id);
    if (rest > 0 && rest < b->min_group)
        return refuse(r, n, _("%s: the withheld group figures come from %d countries together (its "
                            "%d less the published groups' %d), fewer than min-group=\"%d\", so "
                            "subtracting gives them away"), f->id, rest, f->respondents,
                      sp.published, b->min_group);
    return MNR_OK;
}

/* One capability of a cohort: published from min-group countries up,
 * with its levels and a figure per group, or withheld with no figure. */
mnr_status mnr_baseline_check_cohort_figures(reader *r, const mnr_baseline *b,
                                             const mnr_figure *f, xmlNodePtr n)
{
    xmlNodePtr levels = mnr_xml_child(n, "levels");
    for (xmlNodePtr c = n->children; c; c = c->next)
        if (mnr_xml_is(c, "note") || mnr_xml_is(c, "challenge"))
            return refuse(r, c, _("a cohort baseline has no <%s> (mnr cohort writes none)"),
                          (const char *)c->name);
    if (f->kind == MNR_FIGURE_NONE) {
        xmlNodePtr given = levels ? levels : mnr_xml_child(n, "group-figures");
        if (!mnr_xml_bool(n, "withheld"))
            return refuse(r, n, _("%s: a cohort's <no-figure> is a withheld figure, but this one "
                                "is not marked withheld=\"true\""), f->id);
        if (given)
            return refuse(r, given, _("%s is withheld, and so is every figure of it, but it gives "
                                    "<%s>"), f->id, (const char *)given->name);
        return MNR_OK;
    }
    if (f->kind != MNR_FIGURE_ITEM)
        return refuse(r, n, _("a cohort baseline has no <%s> (mnr cohort writes none)"),
                      (const char *)n->name);
    if (!levels)
        return refuse(r, n, _("%s gives no <levels>"), f->id);
    mnr_status st = check_published(r, b, n, f->id, f->respondents);
    if (st == MNR_OK)
        st = check_within(r, n, f->id, f->respondents, b->cohort_size, _("the cohort"),
                          xmlGetLineNo(mnr_xml_child(xmlDocGetRootElement(n->doc), "cohort")));
    if (st == MNR_OK)
        st = check_counts(r, levels, f->id, f->yes, f->respondents);
    if (st == MNR_OK)
        st = check_group_figures(r, b, f, n);
    return st;
}
/* One group of a cohort: listed once, sized or withheld, and a published
 * one from min-group countries up, no more than the cohort. */
static mnr_status check_group(reader *r, const mnr_baseline *b, int i, xmlNodePtr g,
                              xmlNodePtr cohort)
{
    char what[96];
    snprintf(what, sizeof what, "group %.60s", b->groups[i].id ? b->groups[i].id : "");
    for (int j = 0; j < i; j++)
        if (b->groups[j].id && b->groups[i].id && strcmp(b->groups[j].id, b->groups[i].id) == 0)
            return refuse(r, g, _("%s is listed twice (first at line %ld)"), what, b->groups[j].line);
    if (b->groups[i].withheld == (b->groups[i].size > 0))
        return mnr_error_set(r->err, MNR_EINVALID, r->path, xmlGetLineNo(g),
                             b->groups[i].withheld
                                 ? _("group %s is withheld but gives its size; remove size")
                                 : _("group %s gives no size; give it, or mark the group "
                                   "withheld=\"true\""),
                             b->groups[i].id);
    if (b->groups[i].withheld)
        return MNR_OK;
    mnr_status st = check_published(r, b, g, what, b->groups[i].size);
    if (st == MNR_OK && b->groups[i].size > b->cohort_size)
        st = refuse(r, g, _("%s: %d countries, more than the %d countries of the cohort (line %ld)"),
                    what, b->groups[i].size, b->cohort_size, xmlGetLineNo(cohort));
    return st;
}

/* The groups of a cohort add up to it, and the withheld ones cannot be
 * worked out by subtracting the published ones (mnr_cohort_withhold). */
static mnr_status check_groups(reader *r, const mnr_baseline *b, xmlNodePtr cohort)
{
    int published = 0, withheld = 0;
    mnr_status st = MNR_OK;
    xmlNodePtr g = mnr_xml_child(cohort, "group"), last = NULL;
    for (int i = 0; i < b->n_groups && st == MNR_OK; i++, g = mnr_xml_next(g, "group")) {
        /* A grouping of the model has a handful of groups; a longer list
         * is refused before each group is compared with those before it,
         * which would cost the square of their number. */
        if (i == MNR_COHORT_MAX_GROUPS)
            return refuse(r, g, _("the cohort lists more than %d groups, more than any grouping "
                          "of the model has"), MNR_COHORT_MAX_GROUPS);
        st = check_group(r, b, i, g, cohort);
        published += b->groups[i].size;
        withheld += b->groups[i].withheld;
        last = b->groups[i].withheld ? g : last;
    }
    if (st != MNR_OK)
        return st;
    if (b->by && b->n_groups == 0)
        return refuse(r, cohort, _("the cohort is grouped (by=\"%s\") but lists no <group>"), b->by);
    if (!b->by && b->n_groups > 0)
        return refuse(r, mnr_xml_child(cohort, "group"), _("the cohort lists groups but not what "
                                                         "they are (by=\"region\" or "
                                                         "by=\"income-group\")"));
    if (published > b->cohort_size ||
        (b->n_groups > 0 && withheld == 0 && published != b->cohort_size))
        return refuse(r, cohort,
                      withheld ? _("the groups hold at least %d countries in all, not the "
                                   "cohort's %d: every country is in one group "
                                   "(id=\"not-given\" when its assessment gives none)")
                               : _("the groups hold %d countries in all, not the cohort's %d: "
                                   "every country is in one group (id=\"not-given\" when its "
                                   "assessment gives none)"),
                      published, b->cohort_size);
    if (b->cohort_size < b->min_group || withheld == 0)
        return MNR_OK; /* too small a cohort: every group is withheld, as checked above */
    if (withheld == 1) {
        char *id = mnr_xml_token(last, "id");
        st = refuse(r, last, _("group %.60s is the only group withheld, so the cohort less the "
                             "published groups gives its size away"), id ? id : "");
        free(id);
        return st;
    }
    if (b->cohort_size - published < b->min_group)
        return refuse(r, cohort, _("the withheld groups hold %d countries together (the cohort's %d "
                                 "less the published groups' %d), fewer than min-group=\"%d\", so "
                                 "subtracting gives them away"), b->cohort_size - published,
                      b->cohort_size, published, b->min_group);
    return MNR_OK;
}

/* A review names its countries and gives at least one figure; a cohort
 * names none (mnr cohort never writes a country's name), withholds figures
 * from fewer than its min-group countries (MNR_COHORT_MIN_GROUP at the
 * least), and its groups keep the rules of check_groups. */
mnr_status mnr_baseline_check_cohort(reader *r, const mnr_baseline *b, xmlNodePtr root)
{
    xmlNodePtr cohort = mnr_xml_child(root, "cohort");
    if (!b->cohort) {
        if (b->n_countries != b->cohort_size)
            return mnr_error_set(r->err, MNR_EINVALID, r->path, xmlGetLineNo(cohort),
                                 _("the cohort says size=\"%d\" but lists %d countries; make "
                                 "them agree"), b->cohort_size, b->n_countries);
        if (!mnr_xml_child(root, "item"))
            return mnr_error_set(r->err, MNR_EINVALID, r->path, xmlGetLineNo(root),
                                 _("a review baseline gives at least one <item>, the figure a "
                                 "capability is compared with; add its items"));
        return MNR_OK;
    }
    if (b->n_countries > 0)
        return mnr_error_set(r->err, MNR_EINVALID, r->path,
                             xmlGetLineNo(mnr_xml_child(cohort, "country")),
                             _("a cohort baseline names no country (mnr cohort keeps them "
                             "anonymous), but this one does; remove the <country> elements"));
    if (b->min_group <= 0)
        return mnr_error_set(r->err, MNR_EINVALID, r->path, xmlGetLineNo(root),
                             _("a cohort baseline says from how few assessments it withholds a "
                             "figure (min-group=\"5\"); add min-group, or make the file again "
                             "with mnr cohort"));
    if (b->min_group < MNR_COHORT_MIN_GROUP)
        return refuse(r, root, _("min-group=\"%d\" is below %d, the least mnr cohort allows (with "
                               "fewer, a country could work out another's figures)"),
                      b->min_group, MNR_COHORT_MIN_GROUP);
    return check_groups(r, b, cohort);
}

/* ---- a cohort's words: mnr's own, with its own figures ---- */

/* What the %d, %ld and %s of a cohort's words held in a text (fits). */
typedef struct slots {
    long num[2];
    char word[3][32];
    int n_num, n_word;
} slots;

static int word_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '.' || c == '-' || c == '_' || c == '+';
}

/* Whether `text` is `fmt` with each %d or %ld a number (an optional minus,
 * up to 9 digits) and each %s one word of letters, digits and . - _ +
 * (a version, an id: no space, so no sentence can hide in it). */
static int fits(const char *text, const char *fmt, slots *s)
{
    while (*fmt) {
        if (fmt[0] == '%' && (fmt[1] == 'd' || (fmt[1] == 'l' && fmt[2] == 'd'))) {
            fmt += fmt[1] == 'l' ? 3 : 2;
            int neg = *text == '-', n = 0;
            long v = 0;
            for (text += neg; *text >= '0' && *text <= '9' && n < 9; text++, n++)
                v = v * 10 + (*text - '0');
            if (n == 0 || s->n_num == 2)
                return 0;
            s->num[s->n_num++] = neg ? -v : v;
        } else if (fmt[0] == '%' && fmt[1] == 's') {
            size_t n = 0;
            while (n < sizeof s->word[0] - 1 && word_char(text[n]))
                n++;
            for (; n > 0 && s->n_word < 3; n--) { /* the longest word the rest fits after */
                slots t = *s;
                memcpy(t.word[t.n_word], text, n);
                t.word[t.n_word++][n] = '\0';
                if (fits(text + n, fmt + 2, &t)) {
                    *s = t;
                    return 1;
                }
            }
            return 0;
        } else if (*fmt++ != *text++) {
            return 0;
        }
    }
    return *text == '\0';
}

/* A text of the file that must be `want`, mnr's own words. */
static mnr_status own_words(reader *r, xmlNodePtr n, const char *what, const char *text,
                            const char *want)
{
    if (text && strcmp(text, want) == 0)
        return MNR_OK;
    return refuse(r, n, _("the %s is not the one mnr cohort writes (\"%s\"): a cohort baseline "
                        "holds mnr's own words and its figures only"), what, want);
}

/* snprintf into `buf`; the words are short. */
static const char *say(char *buf, size_t size, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static const char *say(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return buf;
}

/* The caveats: mnr's, in its order, and the count of fictional countries
 * only with min-group countries or more (it is a figure about them). */
static mnr_status check_caveats(reader *r, const mnr_baseline *b, xmlNodePtr root)
{
    char buf[512];
    const char *want[] = {W_CAVEAT_SELF, W_CAVEAT_LATEST,
                          say(buf, sizeof buf, W_CAVEAT_WITHHELD, b->min_group),
                          W_CAVEAT_TWO_COHORTS};
    int i = 0;
    mnr_status st = MNR_OK;
    for (xmlNodePtr c = mnr_xml_child(root, "caveat"); c && st == MNR_OK;
         c = mnr_xml_next(c, "caveat"), i++) {
        char *text = mnr_xml_text(c);
        slots s = {{0}, {{0}}, 0, 0};
        if (i < 4)
            st = own_words(r, c, "<caveat>", text, want[i]);
        else if (i > 4 || !fits(text, W_CAVEAT_FICTIONAL, &s) || s.num[1] != b->cohort_size ||
                 s.num[0] < 1 || s.num[0] > b->cohort_size)
            st = refuse(r, c, _("this <caveat> is not one mnr cohort writes: a cohort baseline "
                              "holds mnr's own words and its figures only"));
        else
            st = check_published(r, b, c, _("the <caveat> on fictional countries"),
                                 b->cohort_size);
        free(text);
    }
    if (st == MNR_OK && i < 4)
        st = refuse(r, root, _("the cohort baseline lacks the <caveat> \"%s\""), want[i]);
    return st;
}

/* The title, the document's words and the caveats. */
static mnr_status check_header_words(reader *r, const mnr_baseline *b, xmlNodePtr root,
                                     char *version, size_t version_size)
{
    char buf[512];
    xmlNodePtr docn = mnr_xml_child(root, "document");
    slots d = {{0}, {{0}}, 0, 0};
    mnr_status st = own_words(r, mnr_xml_child(root, "title"), "<title>", b->title,
                              say(buf, sizeof buf, W_TITLE, b->cohort_size));
    if (st == MNR_OK)
        st = own_words(r, docn, "publisher of the <document>", b->publisher, W_PUBLISHER);
    if (st == MNR_OK &&
        (!b->document || !fits(b->document, W_DOCUMENT, &d) || d.num[0] != b->cohort_size ||
         !b->model_id || strcmp(d.word[1], b->model_id) != 0))
        st = own_words(r, docn, "<document>", b->document,
                       say(buf, sizeof buf, W_DOCUMENT, "VERSION", b->cohort_size,
                           b->model_id ? b->model_id : "", "VERSION"));
    snprintf(version, version_size, "%s", d.word[2]); /* the model's, as its sources say */
    unsigned long year = 0;
    if (mnr_xml_uint(docn, "year", 999999999UL, &year) != 1)
        year = 0;
    slots y1 = {{0}, {{0}}, 0, 0}, y2 = {{0}, {{0}}, 0, 0};
    int years = b->collected &&
                ((fits(b->collected, W_COLLECTED_ONE, &y1) && y1.num[0] == (long)year) ||
                 (fits(b->collected, W_COLLECTED, &y2) && y2.num[0] < y2.num[1] &&
                  y2.num[1] == (long)year));
    if (st == MNR_OK && !years)
        st = own_words(r, docn, "data-collected of the <document>", b->collected,
                       say(buf, sizeof buf, W_COLLECTED_ONE, (long)year));
    if (st == MNR_OK)
        st = check_caveats(r, b, root);
    return st;
}

/* The groups' names and words: the model's names, mnr's words. */
static mnr_status check_group_words(reader *r, const mnr_baseline *b, xmlNodePtr root,
                                    const mnr_model *model)
{
    int by = -1;
    for (int g = 0; b->by && g < MNR_GROUPINGS; g++)
        if (strcmp(b->by, mnr_grouping_attr((mnr_grouping_id)g)) == 0)
            by = g;
    if (by < 0)
        return MNR_OK; /* no groups (check_groups) */
    const mnr_grouping *gr = &model->groupings[by];
    char lower[128], want[512], what[160];
    snprintf(lower, sizeof lower, "%s", gr->name ? gr->name : "");
    for (char *p = lower; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    mnr_status st = MNR_OK;
    xmlNodePtr g = mnr_xml_child(mnr_xml_child(root, "cohort"), "group");
    for (int i = 0; i < b->n_groups && st == MNR_OK; i++, g = mnr_xml_next(g, "group")) {
        int none = b->groups[i].id && strcmp(b->groups[i].id, W_GROUP_NONE_ID) == 0;
        int k = none ? -1 : mnr_model_group(model, (mnr_grouping_id)by, b->groups[i].id);
        if (!none && k < 0)
            return refuse(r, g, _("group %.60s is not a %s of the model %s"), b->groups[i].id,
                          lower, model->id);
        snprintf(what, sizeof what, "name of group %.60s", b->groups[i].id);
        st = own_words(r, g, what, b->groups[i].name,
                       none ? W_GROUP_NONE_NAME : gr->groups[k].name);
        if (b->groups[i].withheld)
            say(want, sizeof want, W_GROUP_WITHHELD, b->min_group);
        else
            say(want, sizeof want, none ? W_GROUP_NONE : W_GROUP, lower);
        snprintf(what, sizeof what, "text of group %.60s", b->groups[i].id);
        if (st == MNR_OK)
            st = own_words(r, g, what, b->groups[i].text, want);
    }
    return st;
}

/* The level names of the scale: the model's. */
static mnr_status check_scale_words(reader *r, xmlNodePtr root, const mnr_model *model)
{
    mnr_status st = MNR_OK;
    int l = 0;
    for (xmlNodePtr n = mnr_xml_child(mnr_xml_child(root, "scale"), "level"); n && st == MNR_OK;
         n = mnr_xml_next(n, "level"), l++) {
        char *name = mnr_xml_prop(n, "name");
        unsigned long v = 0;
        if (mnr_xml_uint(n, "value", MNR_LEVELS - 1, &v) != 1 || v != (unsigned long)l)
            st = refuse(r, n, _("the scale lists levels 0 to %d in order, once each"),
                        MNR_LEVELS - 1);
        else
            st = own_words(r, n, "name of this level", name, model->level_name[l]);
        free(name);
    }
    return st;
}

/* A capability's words: the model's id, number and name, mnr's statement
 * or reason, and the source that names the model the cohort was scored
 * with (`version`, as the document says). */
static mnr_status check_figure_words(reader *r, const mnr_baseline *b, const mnr_figure *f,
                                     xmlNodePtr n, const mnr_model *model, const char *version)
{
    char want[512], what[96];
    int c = f->id ? mnr_model_find(model, f->id) : -1;
    if (c < 0)
        return refuse(r, n, _("%.60s is not a capability of the model %s"), f->id ? f->id : "",
                      model->id);
    const mnr_capability *cap = &model->caps[c];
    snprintf(what, sizeof what, "capabilities of %.60s", f->id);
    mnr_status st = own_words(r, n, what, f->capabilities, cap->id);
    snprintf(what, sizeof what, "label of %.60s", f->id);
    if (st == MNR_OK)
        st = own_words(r, n, what, f->label, cap->name);
    unsigned long number = 0;
    if (st == MNR_OK &&
        (mnr_xml_uint(n, "number", MAX_COUNT, &number) != 1 ||
         number != (unsigned long)cap->number))
        st = refuse(r, n, _("%.60s is capability number %d of the model"), f->id, cap->number);
    if (st == MNR_OK && f->kind == MNR_FIGURE_NONE)
        st = own_words(r, mnr_xml_child(n, "reason"), "<reason>", f->statement,
                       say(want, sizeof want, W_WITHHELD, b->min_group));
    else if (st == MNR_OK)
        st = own_words(r, mnr_xml_child(n, "statement"), "<statement>", f->statement, W_STATEMENT);
    if (st == MNR_OK)
        st = own_words(r, mnr_xml_child(n, "source"), "<source>", f->source,
                       say(want, sizeof want, W_SOURCE, b->model_id ? b->model_id : "", version));
    return st;
}

/* Every text of a cohort baseline that a report shows: mnr's own words
 * (cohort_words.h), the cohort's own figures and the model's names. */
mnr_status mnr_baseline_check_cohort_words(reader *r, const mnr_baseline *b, xmlNodePtr root,
                                           const mnr_model *model)
{
    char version[32];
    mnr_status st = check_header_words(r, b, root, version, sizeof version);
    if (st != MNR_OK || !model)
        return st;
    st = check_group_words(r, b, root, model);
    if (st == MNR_OK)
        st = check_scale_words(r, root, model);
    int i = 0;
    for (xmlNodePtr n = root->children; n && st == MNR_OK; n = n->next)
        if (mnr_baseline_is_figure(n))
            st = check_figure_words(r, b, &b->figures[i++], n, model, version);
    for (int c = 0; st == MNR_OK && c < model->n_caps; c++)
        if (!mnr_baseline_item_for(b, model->caps[c].id))
            st = refuse(r, root, _("capability %s of the model has neither an <item> nor a "
                                 "<no-figure>"), model->caps[c].id);
    return st;
}


/* ---- a cohort's words in the language in use ---- */

static const char *const cohort_words[] = {
    W_TITLE, W_PUBLISHER, W_DOCUMENT, W_COLLECTED, W_COLLECTED_ONE, W_CAVEAT_SELF,
    W_CAVEAT_LATEST, W_CAVEAT_WITHHELD, W_CAVEAT_TWO_COHORTS, W_CAVEAT_FICTIONAL, W_GROUP,
    W_GROUP_NONE_NAME, W_GROUP_NONE, W_GROUP_WITHHELD, W_STATEMENT, W_SOURCE, W_WITHHELD};

/* What each conversion of a word held in a text: its start and length. */
typedef struct held {
    const char *at[4];
    size_t len[4];
    int n;
} held;

/* Whether `text` is `fmt` with each %d or %ld a number and each %s any
 * text of up to 100 bytes (a version, an id, a grouping's name). */
static int holds(const char *text, const char *fmt, held *h)
{
    for (; *fmt; fmt++, text++) {
        if (fmt[0] == '%' && fmt[1] != '%') {
            int s = fmt[1] == 's';
            fmt += fmt[1] == 'l' ? 2 : 1;
            if (h->n == 4)
                return 0;
            size_t n = *text == '-';
            while (!s && text[n] >= '0' && text[n] <= '9')
                n++;
            for (size_t max = s ? strnlen(text, 100) : n; max > 0 && (s || max == n); max--) {
                held t = *h;
                t.at[t.n] = text;
                t.len[t.n++] = max;
                if (holds(text + max, fmt + 1, &t)) {
                    *h = t;
                    return 1;
                }
            }
            return 0;
        }
        fmt += fmt[0] == '%';
        if (*fmt != *text)
            return 0;
    }
    return *text == '\0';
}

/* `fmt` (the translation of a word) with what `h` holds in its
 * conversions, in order (the catalog keeps their kind and order); what
 * they hold is not translated (figures, a version, an id, and the
 * grouping's name in lower case, which is no msgid). malloc'd, NULL when
 * out of memory. */
static char *fill(const char *fmt, const held *h)
{
    size_t size = strlen(fmt) + 1;
    for (int i = 0; i < h->n; i++)
        size += h->len[i];
    char *out = malloc(size), *o = out;
    int k = 0;
    for (const char *f = fmt; out && *f; f++) {
        if (f[0] == '%' && f[1] != '%' && k < h->n) {
            memcpy(o, h->at[k], h->len[k]);
            o += h->len[k++];
            f += f[1] == 'l' ? 2 : 1;
        } else {
            *o++ = *f;
            f += f[0] == '%';
        }
    }
    if (out)
        *o = '\0';
    return out;
}

/* The text in the language in use when it is one of the words (malloc'd),
 * else NULL; *oom set when out of memory. */
static char *cohort_text(const char *text, int *oom)
{
    for (size_t i = 0; i < sizeof cohort_words / sizeof cohort_words[0]; i++) {
        held h = {0};
        const char *fmt = cohort_words[i];
        if (!holds(text, fmt, &h))
            continue;
        const char *tr = strchr(fmt, '%') ? mnr_gettext(fmt) : mnr_i18n_text(NULL, fmt);
        if (tr == fmt)
            return NULL;
        char *out = fill(tr, &h);
        *oom = !out;
        return out;
    }
    return NULL;
}

static int translate_words(xmlNodePtr n, int within)
{
    int count = 0;
    for (; n && count >= 0; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        int in = within || mnr_xml_is(n, "baseline") || mnr_xml_is(n, "baseline-source");
        int oom = 0;
        for (xmlAttrPtr a = n->properties; in && a && !oom; a = a->next) {
            xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
            char *t = v ? cohort_text((const char *)v, &oom) : NULL;
            oom |= !v || (t && !xmlSetNsProp(n, a->ns, a->name, (const xmlChar *)t));
            count += t != NULL;
            free(t);
            xmlFree(v);
        }
        int leaf = 1;
        for (xmlNodePtr c = n->children; c; c = c->next)
            leaf &= c->type != XML_ELEMENT_NODE;
        if (in && leaf && n->children && !oom) {
            xmlChar *v = xmlNodeGetContent(n);
            char *t = v ? cohort_text((const char *)v, &oom) : NULL;
            xmlNodePtr text = t ? xmlNewDocText(n->doc, (const xmlChar *)t) : NULL;
            if (text) {
                while (n->children) {
                    xmlNodePtr c = n->children;
                    xmlUnlinkNode(c);
                    xmlFreeNode(c);
                }
                xmlAddChild(n, text);
                count++;
            }
            oom |= !v || (t && !text);
            free(t);
            xmlFree(v);
        }
        int below = oom ? -1 : translate_words(n->children, in);
        count = below < 0 ? -1 : count + below;
    }
    return count;
}

int mnr_baseline_translate_cohort_words(xmlDocPtr doc)
{
    if (!doc || strcmp(mnr_i18n_language(), "en") == 0)
        return 0;
    return translate_words(xmlDocGetRootElement(doc), 0);
}
