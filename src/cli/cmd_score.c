/*
 * mnr score ANSWERS [-o RESULTS] [--target N] - score an answers file and
 * write the results XML.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_options.h"
#include "commands.h"
#include "fileio.h"
#include "i18n.h"
#include "results.h"
#include "xmlsafe.h"

static const char score_usage[] =
    N_("Usage: mnr score ANSWERS [-o RESULTS] [--target N] [--baseline COHORT.xml]\n"
    "                 [--data-dir DIR]\n"
    "\n"
    "Checks the answers file against the model and questionnaire it names, scores\n"
    "it (the method is in docs/scoring.md and in every report's annex), compares\n"
    "each capability with the 2021 baseline and writes the results XML: levels,\n"
    "scores, targets, gaps, completeness, unmet criteria, evidence, baseline\n"
    "figures and the priority list. `mnr report` and any XSLT stylesheet read it.\n"
    "\n");

static const char score_epilogue[] =
    N_("\n"
    "ANSWERS is a file; '-' (standard input) is not read.\n"
    "Warnings (an answer to a question the skip logic leaves out) go to stderr.\n"
    "Exit status: 0 scored, 1 invalid answers, 2 wrong command line.\n");

typedef struct score_opts {
    const char *out, *baseline, *data_dir;
    int target;
} score_opts;

static int set_target(void *opts, char *value)
{
    score_opts *o = opts;
    o->target = cli_parse_level(value);
    if (!o->target)
        return cli_usage("score", _("--target takes a level from 1 to 4, not '%s'"), value);
    return 0;
}

static const cli_option score_options[] = {
    CLI_STRING('o', "output", N_("FILE"), score_opts, out,
               N_("write the results to FILE (written whole or not at all;\n"
               "never over the answers file or mnr's data directory);\n"
               "without it, or with -o -, the results go to standard\n"
               "output")),
    CLI_CALLBACK(0, "target", N_("N"), set_target,
                 N_("target level 1-4 for every capability, instead of the\n"
                 "answers file's default (per-capability targets in the\n"
                 "answers file still apply)")),
    CLI_STRING(0, "baseline", N_("FILE"), score_opts, baseline,
               N_("compare with this baseline instead of the 2021 review:\n"
               "a cohort baseline written by mnr cohort")),
    CLI_STRING(0, "data-dir", N_("DIR"), score_opts, data_dir, N_("use another data directory")),
    CLI_HELP(N_("show this help")),
    CLI_END,
};

const cli_command cmd_score_help = {"score", score_usage, score_options, 21, score_epilogue};

/* The results as mnr writes them (-o or standard output, byte for byte
 * the same, controls as character references), refused when larger than
 * mnr reads back. */
static mnr_status write_results(xmlDocPtr results, const char *out, mnr_error *err)
{
    char *buf = NULL;
    size_t len = 0;
    mnr_status st = mnr_results_serialize(&buf, &len, results, err);
    if (st != MNR_OK)
        return st;
    if ((long long)len > MNR_XML_MAX_RESULTS_BYTES)
        st = mnr_error_set(err, MNR_EINVALID, out ? out : _("standard output"), 0,
                           _("the results would be %zu MB, more than the %ld MB mnr reads back "
                           "(texts with many characters that must be escaped, such as > or "
                           "&, grow when written); shorten the evidence and comments. "
                           "Nothing was written"), len / (1024 * 1024),
                           MNR_XML_MAX_RESULTS_BYTES / (1024 * 1024));
    else if (out)
        st = mnr_write_atomic(out, buf, len, err);
    else
        st = cli_write_stdout(buf, len, err);
    free(buf);
    return st;
}

static void print_summary(const mnr_assessment *a, const char *out)
{
    const mnr_scores *s = a->scores;
    char machine[32], index[64];
    snprintf(machine, sizeof machine, "%.2f", s->overall_index);
    mnr_number_text(index, sizeof index, machine);
    unsigned long gaps = (unsigned long)s->n_priority;
    /* The same honesty as the reports: what the index covers, and no
     * overall level while a domain has nothing assessed. */
    if (s->assessed && s->has_overall_level)
        /* TRANSLATORS: mnr score's summary: the country, the overall index
         * (a number written as the language writes it), the overall level's
         * number and name, capabilities assessed of all, priority gaps. */
        fprintf(stderr, mnr_ngettext("%s: overall index %s (level %d, %s) over %d of %d "
                                     "capabilities, %d priority gap",
                                     "%s: overall index %s (level %d, %s) over %d of %d "
                                     "capabilities, %d priority gaps", gaps),
                cli_safe(a->answers->country), index, s->overall_level,
                cli_safe(s->model->level_name[s->overall_level]), s->caps_assessed, s->model->n_caps,
                s->n_priority);
    else if (s->assessed)
        /* TRANSLATORS: mnr score's summary when a domain has nothing
         * assessed: the country, the overall index, capabilities assessed of
         * all, domains without an assessed capability of all domains,
         * priority gaps. */
        fprintf(stderr, mnr_ngettext("%s: overall index %s over %d of %d capabilities, no "
                                     "overall level (%d of %d domains have no assessed "
                                     "capability), %d priority gap",
                                     "%s: overall index %s over %d of %d capabilities, no "
                                     "overall level (%d of %d domains have no assessed "
                                     "capability), %d priority gaps", gaps),
                cli_safe(a->answers->country), index, s->caps_assessed, s->model->n_caps,
                s->model->n_domains - s->domains_assessed, s->model->n_domains, s->n_priority);
    else
        /* TRANSLATORS: %s is the country. */
        fprintf(stderr, _("%s: nothing assessed yet"), cli_safe(a->answers->country));
    if (out && strcmp(out, "/dev/stdout") != 0)
        /* TRANSLATORS: goes on mnr score's summary line; %s is the file. */
        fprintf(stderr, _("; results written to %s"), cli_safe(out));
    fputc('\n', stderr);
}

int cmd_score(int argc, char **argv)
{
    score_opts o = {0};
    int first;
    int rc = cli_parse(&first, &cmd_score_help, &o, argc, argv);
    if (rc != 0)
        return rc == CLI_HELP_SHOWN ? 0 : rc;
    const char *data_dir = o.data_dir, *baseline = o.baseline;
    const char *out = o.out && strcmp(o.out, "-") == 0 ? NULL : o.out; /* -: stdout */
    int target = o.target;
    if (first >= argc)
        return cli_usage("score", _("give the ANSWERS file to score"));
    if (first + 1 < argc)
        return cli_usage("score", _("score one answers file at a time ('%s' is extra)"), argv[first + 1]);
    const char *answers = argv[first];
    rc = cli_refuse_stdin("score", answers);
    if (rc != 0)
        return rc;

    mnr_context *ctx = NULL;
    rc = cli_open(&ctx, data_dir);
    if (rc != 0)
        return rc;
    mnr_error err;
    mnr_error_init(&err);
    mnr_assessment *a = NULL;
    const char *inputs[] = {answers, baseline, NULL};
    mnr_status st = out ? cli_check_output(out, inputs, ctx, CLI_OUT_RESULTS, 0, &err) : MNR_OK;
    if (st == MNR_OK && baseline)
        st = mnr_context_use_baseline(ctx, baseline, &err);
    mnr_assess_opts opts = {MNR_ASSESS_RESULTS, target, 0, 0, 0, "score"};
    if (st == MNR_OK)
        st = mnr_assessment_open(&a, ctx, answers, &opts, &err);
    if (st == MNR_OK) {
        cli_warn_scores(answers, a->scores);
        st = write_results(a->results, out, &err);
    }
    if (st == MNR_OK)
        print_summary(a, out);
    else
        rc = cli_fail(&err);
    mnr_assessment_free(a);
    mnr_context_free(ctx);
    return rc;
}
