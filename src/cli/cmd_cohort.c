/*
 * mnr cohort ANSWERS-or-DIR... -o COHORT.xml - score many assessments one
 * at a time and write an anonymised cohort baseline (core/cohort.c), and
 * optionally its report.
 *
 * Files are read twice over: once to count them (directories walked, no
 * file opened) so the progress bar can say how many are left, then to
 * score them. Nothing is kept per file: each document is freed once the
 * cohort has taken its figures.
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "cli_options.h"
#include "cohort.h"
#include "commands.h"
#include "datadir.h"
#include "fileio.h"
#include "i18n.h"
#include "report.h"
#include "results.h"
#include "textsafe.h"
#include "xmlsafe.h"

static const char cohort_usage[] =
    N_("Usage: mnr cohort ANSWERS-or-DIR... -o COHORT.xml [--report OUT]\n"
    "                  [--format html|pdf|text|csv|docx|odt] [--min-group N]\n"
    "                  [--by region|income] [--quiet]\n"
    "                  [--reference-docx|--reference-odt FILE]\n"
    "\n"
    "Scores many assessments (answers or results files; in a directory, every\n"
    "*.xml file under it) and writes an anonymised cohort baseline: per\n"
    "capability, how many countries have it in place, how many are at each\n"
    "level 0-4 and the median score. It has the format of the 2021 baseline, so\n"
    "`mnr score --baseline COHORT.xml` and `mnr report --baseline COHORT.xml`\n"
    "compare one country with the cohort.\n"
    "\n"
    "Only the latest assessment of each country counts (by its date; countries\n"
    "are the same when their names are, ignoring case); a file reached twice (a\n"
    "link to it, a file named twice) is read once. A file that cannot be used is\n"
    "reported with its line and left out. No country name, file name,\n"
    "respondent, evidence or comment is written. A figure from fewer than\n"
    "--min-group countries is withheld, and so is a second group's figure where\n"
    "the whole cohort minus the published groups would give a withheld one away.\n"
    "That protects within one cohort only: two cohorts whose countries differ by\n"
    "one, subtracted, give that country's level on every capability away. Publish\n"
    "one cohort of a set of countries, never a second with a country more or less.\n"
    "The id written (cohort-1a2b3c4d) is a 32-bit hash of the assessments counted:\n"
    "it tells cohorts apart, it is not secret and protects nothing.\n"
    "\n");

static const char cohort_epilogue[] =
    N_("\n"
    "On a terminal a progress bar shows on standard error (files done, rate,\n"
    "time left); there is none when standard error is a pipe or a file.\n"
    "Exit status: 0 written (files that could not be used are reported), 1 no\n"
    "assessment could be used or an output could not be written, 2 wrong command\n"
    "line.\n"
    "\n"
    "Example:\n"
    "  mnr cohort assessments/ -o cohort.xml --by region --report cohort.html\n");

typedef struct cohort_opts {
    const char *out, *report, *format, *browser, *data_dir;
    const char *reference_docx, *reference_odt, *reference;
    int min_group, by, quiet;
    char **inputs;
    int n_inputs;
} cohort_opts;

/* What became of the files read. */
typedef struct tally {
    long files, invalid, older, warned; /* older: worked out at the end */
    long twice; /* files reached again (a link, a file named twice): read once */
    int output_read; /* an output file was among the files read */
} tally;

/* ---- the progress bar ---- */

typedef struct progress {
    int on;
    long total, done;
    double start, last;
} progress;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* "[#####.....] 1234/10000 files  812/s  0:11 left", redrawn at most ten
 * times a second. */
static void progress_draw(progress *p, int force)
{
    if (!p->on)
        return;
    double t = now();
    if (!force && t - p->last < 0.1)
        return;
    p->last = t;
    double secs = t - p->start, rate = secs > 0 ? p->done / secs : 0;
    int width = 20, full = p->total ? (int)(width * p->done / p->total) : width;
    char bar[32];
    for (int i = 0; i < width; i++)
        bar[i] = i < full ? '#' : '.';
    bar[width] = '\0';
    /* TRANSLATORS: the progress line of mnr cohort, redrawn as files are
     * read: the bar, files read so far / files in all, files per second. */
    fputc('\r', stderr);
    fprintf(stderr, mnr_ngettext("[%s] %ld/%ld file  %.0f/s", "[%s] %ld/%ld files  %.0f/s",
                                 (unsigned long)p->total),
            bar, p->done, p->total, rate);
    if (rate > 0 && p->done < p->total) {
        long left = (long)((p->total - p->done) / rate + 0.5);
        /* TRANSLATORS: after the progress line: minutes:seconds still to go. */
        fprintf(stderr, _("  %ld:%02ld left"), left / 60, left % 60);
    }
    fputs("\033[K", stderr);
    fflush(stderr);
}

/* Clears the bar's line, before a message or at the end. */
static void progress_clear(progress *p)
{
    if (p->on)
        fputs("\r\033[K", stderr);
}

/* ---- the files read so far ---- */

/* One file is one assessment however it is reached (a link in a
 * directory, a file named twice, a directory and one of its files): each
 * is known by its device and inode, and its first path kept for the note. */
typedef struct seen_file {
    dev_t dev;
    ino_t ino;
    char *path; /* NULL: a free slot */
} seen_file;

typedef struct seen_set {
    seen_file *slots;
    size_t size, used; /* size: a power of two, or 0 */
} seen_set;

static size_t seen_slot(const seen_set *s, const struct stat *st)
{
    uint64_t h = ((uint64_t)st->st_dev * 0x9E3779B97F4A7C15u) ^ (uint64_t)st->st_ino;
    h *= 0xBF58476D1CE4E5B9u;
    size_t i = (size_t)(h >> 17) & (s->size - 1);
    while (s->slots[i].path && !(s->slots[i].dev == st->st_dev && s->slots[i].ino == st->st_ino))
        i = (i + 1) & (s->size - 1);
    return i;
}

static void seen_clear(seen_set *s)
{
    for (size_t i = 0; i < s->size; i++)
        free(s->slots[i].path);
    free(s->slots);
    s->slots = NULL;
    s->size = s->used = 0;
}

/* Kept at most half full, so that a free slot ends every search. */
static int seen_grow(seen_set *s)
{
    seen_set bigger = {calloc(s->size ? s->size * 2 : 64, sizeof(seen_file)),
                       s->size ? s->size * 2 : 64, s->used};
    if (!bigger.slots)
        return 0;
    for (size_t i = 0; i < s->size; i++)
        if (s->slots[i].path) {
            struct stat st = {0};
            st.st_dev = s->slots[i].dev;
            st.st_ino = s->slots[i].ino;
            bigger.slots[seen_slot(&bigger, &st)] = s->slots[i];
        }
    free(s->slots);
    *s = bigger;
    return 1;
}

/* The path by which `st` was first reached, or NULL (and it is noted now)
 * when this is the first time. */
static const char *seen_before(seen_set *s, const struct stat *st, const char *path)
{
    if ((s->used + 1) * 2 > s->size && !seen_grow(s))
        return NULL; /* out of memory: read it, as before */
    seen_file *f = &s->slots[seen_slot(s, st)];
    if (f->path)
        return f->path;
    if ((f->path = strdup(path)) != NULL) {
        f->dev = st->st_dev;
        f->ino = st->st_ino;
        s->used++;
    }
    return NULL;
}

/* ---- walking the inputs ---- */

typedef struct walk {
    const mnr_context *ctx;
    const cohort_opts *o;
    mnr_cohort *cohort;
    tally *t;
    progress *p;
    struct stat outputs[2];
    int n_outputs;
    int counting;
    seen_set seen;
} walk;

static int is_xml_name(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcasecmp(name + n - 4, ".xml") == 0;
}

static void report_error(walk *w, const mnr_error *err)
{
    progress_clear(w->p);
    cli_fail(err);
}

static int same_file(const struct stat *a, const struct stat *b)
{
    return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

/* A file reached before: said once per path, and not read again. */
static int reached_twice(walk *w, const char *path)
{
    struct stat st;
    const char *first = stat(path, &st) == 0 ? seen_before(&w->seen, &st, path) : NULL;
    if (!first)
        return 0;
    if (!w->counting) {
        w->t->twice++;
        if (!w->o->quiet) {
            progress_clear(w->p);
            fprintf(stderr, "%s: ", cli_safe(path));
            fprintf(stderr, _("reached a second time (first as %s); one file is one assessment, "
                    "so it is read once\n"), cli_safe(first));
        }
    }
    return 1;
}

/* Reads, checks and scores one file, and gives it to the cohort. */
static void take_file(walk *w, const char *path)
{
    if (reached_twice(w, path))
        return;
    if (w->counting) {
        w->p->total++;
        return;
    }
    w->t->files++;
    mnr_error err;
    mnr_error_init(&err);
    struct stat st;
    for (int i = 0; i < w->n_outputs && stat(path, &st) == 0; i++)
        if (same_file(&st, &w->outputs[i])) {
            mnr_error_set(&err, MNR_EINVALID, path, 0,
                          _("is the output file (-o or --report), so it would be written over; "
                          "write the output outside the directories read"));
            w->t->output_read = 1;
        }
    mnr_assessment *a = NULL;
    mnr_cohort_outcome outcome; /* (the counts are the cohort's to tell) */
    /* answers or results, scores only, parsed lean: one file of many */
    mnr_assess_opts opts = {MNR_ASSESS_SCORES, 0, 1, 0, 1, NULL};
    mnr_status s = err.status != MNR_OK ? err.status
                                        : mnr_assessment_open(&a, w->ctx, path, &opts, &err);
    if (s == MNR_OK) {
        w->t->warned += a->scores->n_warnings > 0;
        s = mnr_cohort_add(w->cohort, a->scores, path, &outcome, &err);
    }
    mnr_assessment_free(a);
    if (s != MNR_OK) {
        w->t->invalid++;
        report_error(w, &err);
    }
    w->p->done++;
    progress_draw(w->p, 0);
}

static void walk_dir(walk *w, const char *dir, int depth)
{
    DIR *d = opendir(dir);
    if (!d) {
        if (!w->counting) {
            mnr_error err;
            mnr_error_init(&err);
            mnr_error_set(&err, MNR_EIO, dir, 0, _("cannot read the directory: %s; check the path "
                          "and that you may read it"), strerror(errno));
            w->t->invalid++;
            report_error(w, &err);
        }
        return;
    }
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue; /* ., .., and hidden files such as editors' backups */
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *path = malloc(n);
        if (!path)
            continue;
        snprintf(path, n, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
        struct stat st;
        /* directories are entered, not their links (a link could loop) */
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            if (depth < 64)
                walk_dir(w, path, depth + 1);
        } else if (is_xml_name(e->d_name) && stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
            take_file(w, path);
        }
        free(path);
    }
    closedir(d);
}

static void walk_inputs(walk *w)
{
    for (int i = 0; i < w->o->n_inputs; i++) {
        struct stat st;
        const char *in = w->o->inputs[i];
        if (stat(in, &st) == 0 && S_ISDIR(st.st_mode))
            walk_dir(w, in, 0);
        else
            take_file(w, in); /* a missing file is reported as any other */
    }
}

/* ---- the command line ---- */

static int parse_by(const char *s)
{
    if (strcmp(s, "region") == 0)
        return MNR_GROUPING_REGION;
    if (strcmp(s, "income") == 0 || strcmp(s, "income-group") == 0)
        return MNR_GROUPING_INCOME;
    return -1;
}

static int set_min_group(void *opts, char *value)
{
    cohort_opts *o = opts;
    char *end = NULL;
    long n = strtol(value, &end, 10);
    if (!value[0] || *end || n < MNR_COHORT_MIN_GROUP || n > 1000000)
        return cli_usage("cohort", _("--min-group takes a number of countries from %d up, "
                         "not '%s' (with fewer, a country could work out another's "
                         "figures)"), MNR_COHORT_MIN_GROUP, value);
    o->min_group = (int)n;
    return 0;
}

static int set_by(void *opts, char *value)
{
    cohort_opts *o = opts;
    if (o->by >= 0) /* (a --by given before, which was valid) */
        return cli_usage("cohort", _("give --by once: groups by region and by income "
                                   "group in one cohort could be subtracted from each "
                                   "other"));
    o->by = parse_by(value);
    if (o->by < 0)
        return cli_usage("cohort", _("--by takes region or income, not '%s'"), value);
    return 0;
}

static const cli_option cohort_options[] = {
    CLI_STRING('o', "output", N_("FILE"), cohort_opts, out,
               N_("the cohort baseline (XML; written whole or not at all)")),
    CLI_STRING(0, "report", N_("OUT"), cohort_opts, report,
               N_("also write the cohort report: per capability the\n"
               "share in place, the levels, the median score and the\n"
               "change against 2021, and per group with --by")),
    CLI_STRING('f', "format", N_("FORMAT"), cohort_opts, format,
               N_("html, pdf, text, csv, docx or odt for --report;\n"
               "default: from OUT's extension")),
    CLI_CALLBACK(0, "min-group", N_("N"), set_min_group,
                 N_("withhold figures from fewer than N countries\n"
                 "(default 5, at least 3)")),
    CLI_CALLBACK(0, "by", N_("GROUPING"), set_by,
                 N_("figures per region or per income group (the\n"
                 "<country region=... income-group=...> of the answers;\n"
                 "a file without it is in the group \"not given\")")),
    CLI_FLAG('q', "quiet", cohort_opts, quiet,
             N_("no progress bar and no summary; problems are still\n"
             "reported")),
    CLI_STRING(0, "reference-docx", N_("FILE"), cohort_opts, reference_docx,
               N_("a DOCX report takes the styles, page size, headers\n"
               "and footers of this Word document (your template)")),
    CLI_STRING(0, "reference-odt", N_("FILE"), cohort_opts, reference_odt,
               N_("the same for an ODT report, from an OpenDocument text")),
    CLI_STRING(0, "browser", N_("PATH"), cohort_opts, browser,
               N_("the Chromium to print a PDF with (or MNR_BROWSER)")),
    CLI_STRING(0, "data-dir", N_("DIR"), cohort_opts, data_dir, N_("use another data directory")),
    CLI_HELP(N_("show this help")),
    CLI_END,
};

const cli_command cmd_cohort_help = {"cohort", cohort_usage, cohort_options, 23, cohort_epilogue};

static int parse_options(cohort_opts *o, int argc, char **argv)
{
    int first;
    o->by = -1;
    o->min_group = MNR_COHORT_DEFAULT_MIN_GROUP;
    int rc = cli_parse(&first, &cmd_cohort_help, o, argc, argv);
    if (rc != 0)
        return rc;
    if (first >= argc)
        return cli_usage("cohort", _("give the answers or results files, or directories of them"));
    if (!o->out)
        return cli_usage("cohort", _("give the cohort baseline to write with -o COHORT.xml"));
    if (strcmp(o->out, "-") == 0)
        return cli_usage("cohort", _("-o takes a file name; the cohort baseline is not written "
                                   "to standard output"));
    if (o->format && !o->report)
        return cli_usage("cohort", _("--format is the format of --report OUT; give --report"));
    for (int i = first; i < argc; i++)
        if (cli_refuse_stdin("cohort", argv[i]))
            return EXIT_USAGE;
    o->inputs = argv + first;
    o->n_inputs = argc - first;
    return 0;
}

static mnr_format report_format(const cohort_opts *o)
{
    mnr_format by_name = mnr_format_from_path(o->report);
    if (!o->format) {
        if (by_name == MNR_FORMAT_UNKNOWN)
            cli_usage("cohort", _("cannot tell the format from '%s'; add --format html, pdf, "
                                "text, csv, docx or odt"), o->report);
        return by_name;
    }
    mnr_format asked = mnr_format_parse(o->format);
    if (asked == MNR_FORMAT_UNKNOWN)
        cli_usage("cohort", _("unknown format '%s'; use html, pdf, text, csv, docx or odt"),
                  o->format);
    else if (by_name != MNR_FORMAT_UNKNOWN && by_name != asked) {
        cli_usage("cohort", _("--format %s does not match the report name '%s'; change one of "
                            "them"), o->format, o->report);
        return MNR_FORMAT_UNKNOWN;
    }
    return asked;
}

/* ---- the outputs ---- */

/* Figures withheld in the document: capabilities, and group figures. */
static void count_withheld(xmlDocPtr doc, int *caps, int *groups)
{
    *caps = *groups = 0;
    for (xmlNodePtr n = xmlDocGetRootElement(doc)->children; n; n = n->next) {
        if (mnr_xml_is(n, "no-figure"))
            (*caps)++;
        for (xmlNodePtr g = mnr_xml_child(n, "group-figures"); g; g = mnr_xml_next(g, "group-figures"))
            *groups += mnr_xml_bool(g, "withheld");
    }
}

static void print_summary(const cohort_opts *o, const tally *t, int countries, int conflicts,
                          xmlDocPtr doc)
{
    /* TRANSLATORS: mnr cohort's summary is one sentence on one line, made
     * of this start, the parts in brackets or after a comma that apply,
     * and a full stop: "Read 12 files: 10 countries counted (the latest
     * assessment of each), 2 older assessments of a country left out." */
    fprintf(stderr, mnr_ngettext("Read %ld file", "Read %ld files", (unsigned long)t->files),
            t->files);
    if (t->twice)
        fprintf(stderr, mnr_ngettext(" (%ld more path led to a file already read, see above)",
                                     " (%ld more paths led to a file already read, see above)",
                                     (unsigned long)t->twice),
                t->twice);
    fprintf(stderr, mnr_ngettext(": %d country counted (the latest assessment of each)",
                                 ": %d countries counted (the latest assessment of each)",
                                 (unsigned long)countries),
            countries);
    if (t->older)
        fprintf(stderr, mnr_ngettext(", %ld older assessment of a country left out",
                                     ", %ld older assessments of a country left out",
                                     (unsigned long)t->older),
                t->older);
    if (t->invalid)
        fprintf(stderr, mnr_ngettext(", %ld file skipped (not a valid answers or results file, "
                                     "see above)",
                                     ", %ld files skipped (not a valid answers or results file, "
                                     "see above)",
                                     (unsigned long)t->invalid),
                t->invalid);
    if (conflicts)
        fprintf(stderr, mnr_ngettext(", %d country left out (two latest assessments with the "
                                     "same date, see above)",
                                     ", %d countries left out (two latest assessments with the "
                                     "same date, see above)",
                                     (unsigned long)conflicts),
                conflicts);
    /* TRANSLATORS: the full stop that ends mnr cohort's summary line. */
    fputs(_(".\n"), stderr);
    if (t->warned)
        fprintf(stderr, mnr_ngettext("%ld file answers questions the skip logic leaves out (not "
                                     "counted); mnr validate shows where.\n",
                                     "%ld files answer questions the skip logic leaves out (not "
                                     "counted); mnr validate shows where.\n",
                                     (unsigned long)t->warned),
                t->warned);
    if (!doc)
        return;
    int caps = 0, groups = 0;
    count_withheld(doc, &caps, &groups);
    /* TRANSLATORS: %s is the file written; %d the --min-group threshold.
     * The sentence goes on with the next message when figures were
     * withheld, then ends with ".". */
    fprintf(stderr, mnr_ngettext("Cohort baseline written to %s; figures from fewer than %d "
                                 "country are withheld",
                                 "Cohort baseline written to %s; figures from fewer than %d "
                                 "countries are withheld",
                                 (unsigned long)o->min_group),
            cli_safe(o->out), o->min_group);
    if (caps || groups) {
        /* TRANSLATORS: how many figures were withheld, in brackets after
         * "... are withheld": capabilities, then group figures. */
        fprintf(stderr, mnr_ngettext(" (%d capability, ", " (%d capabilities, ",
                                     (unsigned long)caps),
                caps);
        fprintf(stderr, mnr_ngettext("%d group figure)", "%d group figures)",
                                     (unsigned long)groups),
                groups);
    }
    fputs(_(".\n"), stderr);
    if (countries < o->min_group)
        fprintf(stderr, mnr_ngettext("Every figure is withheld: %d country is, fewer than "
                                     "--min-group %d.\n",
                                     "Every figure is withheld: %d countries are, fewer than "
                                     "--min-group %d.\n",
                                     (unsigned long)countries),
                countries, o->min_group);
    if (o->report)
        fprintf(stderr, _("Report written to %s\n"), cli_safe(o->report));
}

/* What mnr cohort writes, mnr must read back: the document goes through
 * the schema and every check --baseline makes before it is written, so a
 * writer and a reader that disagree fail here (a bug in mnr), not at the
 * analyst's next --baseline. */
static mnr_status check_reads_back(const mnr_context *ctx, xmlDocPtr doc, const char *out,
                                   mnr_error *err)
{
    mnr_baseline *b = NULL;
    mnr_status st = mnr_context_validate_doc(ctx, doc, MNR_KIND_BASELINE, out, err);
    if (st == MNR_OK)
        st = mnr_baseline_from_doc(&b, doc, out, ctx->model, err);
    mnr_baseline_free(b);
    return st;
}

/* The outputs must not be files the run reads or the data directory. */
static mnr_status check_outputs(const cohort_opts *o, const mnr_context *ctx, walk *w,
                                mnr_error *err)
{
    const char **inputs = calloc((size_t)o->n_inputs + 1, sizeof *inputs);
    if (!inputs)
        return mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    for (int i = 0; i < o->n_inputs; i++)
        inputs[i] = o->inputs[i];
    mnr_status st = cli_check_output(o->out, inputs, ctx, CLI_OUT_COHORT, 0, err);
    if (st == MNR_OK && o->report)
        st = cli_check_output(o->report, inputs, ctx, CLI_OUT_COHORT_REPORT, 0, err);
    free(inputs);
    if (st == MNR_OK && o->report) {
        if (strcmp(o->out, o->report) == 0 || mnr_same_file(o->out, o->report))
            st = mnr_error_set(err, MNR_EINVALID, o->report, 0,
                               _("is also the cohort baseline (-o); give the report another name"));
    }
    /* files found in the directories are checked as they are read */
    const char *outs[] = {o->out, o->report};
    for (int i = 0; i < 2; i++)
        if (outs[i] && stat(outs[i], &w->outputs[w->n_outputs]) == 0)
            w->n_outputs++;
    return st;
}

static int run(const cohort_opts *o, mnr_context *ctx, mnr_format format, const char *browser)
{
    mnr_error err;
    mnr_error_init(&err);
    mnr_cohort *cohort = NULL;
    tally t = {0};
    progress p = {0};
    walk w = {ctx, o, NULL, &t, &p, {{0}}, 0, 1, {NULL, 0, 0}};
    mnr_status st = check_outputs(o, ctx, &w, &err);
    if (st == MNR_OK && o->by >= 0 && ctx->model->groupings[o->by].n_groups == 0)
        st = mnr_error_set(&err, MNR_EINVALID, ctx->model->path, 0,
                           o->by == MNR_GROUPING_REGION
                               ? _("the model has no list of region groups (<groupings>), so the "
                                   "cohort cannot be grouped by region; use mnr's own model, or "
                                   "leave --by out")
                               : _("the model has no list of income groups (<groupings>), so the "
                                   "cohort cannot be grouped by income group; use mnr's own "
                                   "model, or leave --by out"));
    if (st == MNR_OK)
        st = mnr_cohort_new(&cohort, ctx->model, ctx->baseline, o->by, o->min_group, &err);
    if (st != MNR_OK) {
        mnr_cohort_free(cohort);
        return cli_fail(&err);
    }
    w.cohort = cohort;
    walk_inputs(&w); /* counting */
    seen_clear(&w.seen);
    w.counting = 0;
    p.on = !o->quiet && isatty(STDERR_FILENO);
    p.start = now();
    walk_inputs(&w);
    seen_clear(&w.seen);
    progress_draw(&p, 1); /* the bar full, however fast it went */
    progress_clear(&p);

    int conflicts = mnr_cohort_conflicts(cohort), countries = mnr_cohort_countries(cohort);
    t.older = t.files - t.invalid - countries - mnr_cohort_conflict_files(cohort);
    for (int i = 0; i < conflicts; i++) {
        const char *a, *b;
        mnr_cohort_conflict(cohort, i, &a, &b);
        fprintf(stderr, "%s: ", cli_safe(a));
        fprintf(stderr, _("an assessment of the same country with the same date as %s; which is "
                "the latest cannot be told, so that country is left out: correct the date of "
                "one, or remove one\n"), cli_safe(b));
    }
    xmlDocPtr doc = NULL;
    int rc = 0;
    if (t.output_read) {
        mnr_error_set(&err, MNR_EINVALID, o->out, 0, _("an output file is among the files read "
                      "(see above); nothing was written"));
        rc = cli_fail(&err);
    } else if (t.files == 0) {
        /* TRANSLATORS: %s is the first file or directory given. */
        fprintf(stderr, o->n_inputs > 1
                            ? _("mnr cohort: no .xml file in %s and the other paths given; give "
                                "answers or results files, or directories holding them. Nothing "
                                "was written\n")
                            : _("mnr cohort: no .xml file in %s; give answers or results files, "
                                "or directories holding them. Nothing was written\n"),
                cli_safe(o->inputs[0]));
        rc = EXIT_INVALID;
    } else if (countries == 0) {
        fprintf(stderr, mnr_ngettext("mnr cohort: no assessment could be used (%ld file read); "
                                     "nothing was written\n",
                                     "mnr cohort: no assessment could be used (%ld files read); "
                                     "nothing was written\n",
                                     (unsigned long)t.files),
                t.files);
        rc = EXIT_INVALID;
    } else {
        st = mnr_cohort_build(&doc, cohort, MNR_VERSION, &err);
        if (st == MNR_OK)
            st = check_reads_back(ctx, doc, o->out, &err);
        mnr_report_spec r = {o->report, format, NULL, "cohort", NULL, browser, NULL,
                             o->reference};
        if (st == MNR_OK && o->report)
            st = mnr_report_write(ctx, &r, doc, &err);
        if (st == MNR_OK)
            st = mnr_results_save(doc, o->out, &err);
        if (st != MNR_OK)
            rc = cli_fail(&err);
    }
    if (!o->quiet && t.files > 0) /* (with none read, the message above says it all) */
        print_summary(o, &t, countries, conflicts, rc == 0 ? doc : NULL);
    xmlFreeDoc(doc);
    mnr_cohort_free(cohort);
    return rc;
}

int cmd_cohort(int argc, char **argv)
{
    cohort_opts o = {0};
    int rc = parse_options(&o, argc, argv);
    if (rc != 0)
        return rc < 0 ? 0 : rc;
    mnr_format format = MNR_FORMAT_UNKNOWN;
    if (o.report && (format = report_format(&o)) == MNR_FORMAT_UNKNOWN)
        return EXIT_USAGE;
    if ((o.reference_docx || o.reference_odt) && !o.report)
        return cli_usage("cohort", _("a reference document is the template of --report OUT; "
                                     "give --report"));
    if ((rc = cli_reference(&o.reference, "cohort", format, o.reference_docx,
                            o.reference_odt)) != 0)
        return rc;
    char *browser = NULL;
    if (format == MNR_FORMAT_PDF && !(browser = cli_pdf_browser(o.browser, o.report)))
        return EXIT_INVALID;
    mnr_context *ctx = NULL;
    rc = cli_open(&ctx, o.data_dir);
    if (rc == 0)
        rc = run(&o, ctx, format, browser);
    mnr_context_free(ctx);
    free(browser);
    return rc;
}
