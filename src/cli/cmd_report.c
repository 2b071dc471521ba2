/*
 * mnr report ANSWERS|RESULTS -o OUT - the gap report, through the
 * stylesheets in stylesheets/ (or the user's own).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_options.h"
#include "commands.h"
#include "fileio.h"
#include "i18n.h"
#include "report.h"
#include "results_check.h"
#include "xmlsafe.h"

static const char report_usage[] =
    N_("Usage: mnr report ANSWERS|RESULTS -o OUT [--format html|pdf|text|csv|docx|odt]\n"
    "                  [--stylesheet XSL] [--target N] [--param NAME=VALUE]...\n"
    "                  [--baseline COHORT.xml] [--reference-docx|--reference-odt FILE]\n"
    "\n"
    "Writes the gap report. Given an answers file, scores it first; given a results\n"
    "file (from `mnr score`), uses it as it is.\n"
    "\n"
    "  html  printable report with charts (A4 or Letter), one self-contained file\n"
    "  pdf   the HTML report printed by headless Chromium (apt-get install chromium)\n"
    "  text  summary, capability table and roadmap for the terminal\n"
    "  csv   one row per capability, for spreadsheets\n"
    "  docx  the HTML report as an editable Word document (headings, tables, charts)\n"
    "  odt   the same as an editable OpenDocument text (LibreOffice)\n"
    "\n");

static const char report_epilogue[] =
    N_("\n"
    "ANSWERS|RESULTS is a file; '-' (standard input) is not read.\n"
    "\n"
    "Example:\n"
    "  mnr report questionnaires/examples/examplia-middle.xml -o examplia.pdf\n");

typedef struct report_opts {
    const char *data_dir, *out, *format, *stylesheet, *browser, *input, *baseline;
    const char *reference_docx, *reference_odt;
    int target;
    const char **params; /* room for one per argument */
    int n_params;
} report_opts;

/* "name=value" -> params[]: a name once, and a UTF-8 value (whether the
 * report has it is asked of its stylesheet, check_param_names). */
static int add_param(void *opts, char *arg)
{
    report_opts *o = opts;
    char *eq = strchr(arg, '=');
    if (!eq || eq == arg)
        return cli_usage("report", _("--param takes NAME=VALUE, not '%s'"), arg);
    *eq = '\0';
    for (int i = 0; i < o->n_params; i++)
        if (strcmp(o->params[2 * i], arg) == 0)
            return cli_usage("report", _("--param %s is given twice; give each parameter once"), arg);
    if (!mnr_utf8_valid(eq + 1))
        return cli_usage("report", _("the value of --param %s is not valid UTF-8; give the text "
                                   "in UTF-8"), arg);
    o->params[2 * o->n_params] = arg;
    o->params[2 * o->n_params + 1] = eq + 1;
    o->n_params++;
    return 0;
}

static int set_target(void *opts, char *value)
{
    report_opts *o = opts;
    o->target = cli_parse_level(value);
    if (!o->target)
        return cli_usage("report", _("--target takes a level from 1 to 4, not '%s'"), value);
    return 0;
}

static const cli_option report_options[] = {
    CLI_STRING('o', "output", N_("OUT"), report_opts, out,
               N_("the report file (written whole or not at all; never\n"
               "over the input, the stylesheet or mnr's data directory);\n"
               "- or /dev/stdout for standard output")),
    CLI_STRING('f', "format", N_("FORMAT"), report_opts, format,
               N_("html, pdf, text, csv, docx or odt; default: from OUT's\n"
               "extension (.html .htm .pdf .txt .text .csv .docx .odt,\n"
               "in any case), which must not name another format")),
    CLI_STRING(0, "stylesheet", N_("XSL"), report_opts, stylesheet,
               N_("use your own XSLT 1.0 stylesheet on the results XML;\n"
               "it may import modules from its own directory and\n"
               "read itself, but not write files, read other files\n"
               "or use the network")),
    CLI_CALLBACK(0, "param", N_("NAME=VALUE"), add_param,
                 N_("set one of the report's parameters, each at most once\n"
                 "(the value is taken literally, as UTF-8 text):\n"
                 "  paper=a4|letter    paper size of the HTML and PDF\n"
                 "  title=TEXT         the report's title\n"
                 "  organisation=TEXT  shown on the cover\n"
                 "a --stylesheet gets those it declares as xsl:param")),
    CLI_CALLBACK(0, "target", N_("N"), set_target,
                 N_("target level 1-4 for every capability (answers input only)")),
    CLI_STRING(0, "baseline", N_("FILE"), report_opts, baseline,
               N_("compare with this baseline instead of the 2021 review:\n"
               "a cohort baseline written by mnr cohort (a results\n"
               "file: the baseline it was scored with)")),
    CLI_STRING(0, "reference-docx", N_("FILE"), report_opts, reference_docx,
               N_("a DOCX report takes the styles, page size, headers\n"
               "and footers of this Word document (your template)")),
    CLI_STRING(0, "reference-odt", N_("FILE"), report_opts, reference_odt,
               N_("the same for an ODT report, from an OpenDocument text")),
    CLI_STRING(0, "browser", N_("PATH"), report_opts, browser,
               N_("the Chromium to print PDFs with (or MNR_BROWSER)")),
    CLI_STRING(0, "data-dir", N_("DIR"), report_opts, data_dir, N_("use another data directory")),
    CLI_HELP(N_("show this help")),
    CLI_END,
};

const cli_command cmd_report_help = {"report", report_usage, report_options, 23, report_epilogue};

static int parse_options(report_opts *o, int argc, char **argv)
{
    int first;
    int rc = cli_parse(&first, &cmd_report_help, o, argc, argv);
    if (rc != 0)
        return rc;
    if (o->out && strcmp(o->out, "-") == 0) /* "-o -": standard output, as /dev/stdout */
        o->out = "/dev/stdout";
    if (first >= argc)
        return cli_usage("report", _("give the ANSWERS or RESULTS file to report on"));
    if (first + 1 < argc)
        return cli_usage("report", _("one input file at a time ('%s' is extra)"), argv[first + 1]);
    if (!o->out)
        return cli_usage("report", _("give the report file with -o OUT"));
    o->input = argv[first];
    return 0;
}

/* "paper, title and organisation". */
static void join_names(char *buf, size_t size, char **names)
{
    int n = 0;
    while (names[n])
        n++;
    buf[0] = '\0';
    for (int i = 0; i < n; i++) {
        size_t used = strlen(buf);
        /* TRANSLATORS: what stands between the names of a list: before the
         * last name (" and "), before any other (", "). */
        snprintf(buf + used, size - used, "%s%s", i == 0 ? "" : i == n - 1 ? _(" and ") : _(", "),
                 names[i]);
    }
}

/* The parameters a user may set are the xsl:params of the report's
 * stylesheet (stylesheets/common.xsl declares them), asked of it: one
 * list, which the stylesheet keeps. */
static int check_param_names(const mnr_context *ctx, const report_opts *o, mnr_format format)
{
    if (o->n_params == 0)
        return 0;
    mnr_error err;
    mnr_error_init(&err);
    char **names = NULL;
    if (mnr_report_params(&names, ctx, "report", format, &err) != MNR_OK)
        return cli_fail(&err);
    int rc = 0;
    for (int i = 0; i < o->n_params && rc == 0; i++) {
        int known = 0;
        for (int k = 0; names[k]; k++)
            known |= strcmp(o->params[2 * i], names[k]) == 0;
        char list[1024];
        join_names(list, sizeof list, names);
        if (!known)
            /* TRANSLATORS: the name given, then the list of the names the
             * report takes ("paper, title and organisation"). */
            rc = cli_usage("report", _("--param %s is not a parameter of the report; it takes "
                                     "%s (see mnr report --help)"), o->params[2 * i], list);
    }
    mnr_report_params_free(names);
    return rc;
}

/* After the options: the report itself. */
static int run(const report_opts *o)
{
    int rc;
    if ((rc = cli_refuse_stdin("report", o->input)) != 0)
        return rc;
    mnr_format format = cli_choose_format("report", o->out, o->format, MNR_FORMAT_UNKNOWN);
    if (format == MNR_FORMAT_UNKNOWN)
        return EXIT_USAGE;
    const char *reference = NULL;
    if ((rc = cli_reference(&reference, "report", format, o->reference_docx,
                            o->reference_odt)) != 0)
        return rc;
    char *browser = NULL;
    if (format == MNR_FORMAT_PDF && !(browser = cli_pdf_browser(o->browser, o->out)))
        return EXIT_INVALID;
    mnr_context *ctx = NULL;
    rc = cli_open(&ctx, o->data_dir);
    if (rc == 0)
        rc = check_param_names(ctx, o, format);
    if (rc != 0) {
        mnr_context_free(ctx);
        free(browser);
        return rc;
    }
    mnr_error err;
    mnr_error_init(&err);
    mnr_assessment *a = NULL;
    /* (NULL-terminated: a missing stylesheet or baseline ends it early) */
    const char *inputs[5] = {o->input, NULL, NULL, NULL, NULL}, **in = inputs + 1;
    if (o->baseline)
        *in++ = o->baseline;
    if (reference)
        *in++ = reference;
    if (o->stylesheet)
        *in = o->stylesheet;
    mnr_status st = cli_check_output(o->out, inputs, ctx, CLI_OUT_REPORT, 0, &err);
    if (st == MNR_OK && o->baseline)
        st = mnr_context_use_baseline(ctx, o->baseline, &err);
    mnr_assess_opts opts = {MNR_ASSESS_RESULTS, o->target, 1, 0, 0, "report"};
    if (st == MNR_OK)
        st = mnr_assessment_open(&a, ctx, o->input, &opts, &err);
    /* (a results file's warnings were shown when it was scored) */
    if (st == MNR_OK && a->kind == MNR_KIND_ANSWERS)
        cli_warn_scores(o->input, a->scores);
    /* the report prints the comparison with the baseline: it must be
     * the one the results were compared with */
    if (st == MNR_OK)
        st = mnr_results_check_baseline(a->results, o->input, ctx->baseline, &err);
    mnr_report_spec r = {o->out, format, o->stylesheet, "report", o->params, browser,
                         cli_pdf_printing, reference};
    if (st == MNR_OK)
        st = mnr_report_write(ctx, &r, a->results, &err);
    if (st != MNR_OK)
        rc = cli_fail(&err);
    else if (strcmp(o->out, "/dev/stdout") != 0) /* (-o -: the report itself shows) */
        fprintf(stderr, _("Report written to %s\n"), cli_safe(o->out));
    mnr_assessment_free(a);
    mnr_context_free(ctx);
    free(browser);
    return rc;
}

int cmd_report(int argc, char **argv)
{
    report_opts o = {0};
    o.params = calloc(2 * (size_t)argc + 1, sizeof *o.params);
    if (!o.params)
        return EXIT_INVALID;
    int rc = parse_options(&o, argc, argv);
    if (rc == 0)
        rc = run(&o);
    free(o.params);
    return rc < 0 ? 0 : rc;
}
