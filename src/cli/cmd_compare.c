/*
 * mnr compare OLD NEW [-o OUT] [--format text|html|pdf|csv|docx|odt] - progress
 * between two assessments of one country (core/compare.h), written through
 * stylesheets/compare-*.xsl the way mnr report writes its report.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_options.h"
#include "commands.h"
#include "compare.h"
#include "fileio.h"
#include "i18n.h"

static const char compare_usage[] =
    N_("Usage: mnr compare OLD NEW [-o OUT] [--format text|html|pdf|csv|docx|odt]\n"
    "                   [--reference-docx|--reference-odt FILE]\n"
    "\n"
    "Shows the progress of one country between two of its assessments: per\n"
    "capability the level and score before and after, what is newly in place,\n"
    "regressions (a level that fell, or a score that fell within the same level),\n"
    "criteria newly met and no longer met, the change of each domain and of the\n"
    "overall index, and progress to target; the HTML and PDF add a chart of every\n"
    "capability before and after.\n"
    "\n"
    "OLD and NEW are answers files (scored as mnr score scores them) or results\n"
    "files (checked as mnr report checks them, whichever baseline they were\n"
    "compared with: a country's own progress does not depend on it), OLD the\n"
    "earlier one. Both must be of the same country: names are compared with runs\n"
    "of white space taken as one space and the case of the letters A-Z ignored\n"
    "(other letters must match).\n"
    "Two countries are refused: mnr does not rank or compare countries. Both must\n"
    "be on the model this mnr has and on the same questionnaire; its versions may\n"
    "differ when the data directory has both (an earlier version kept as\n"
    "questionnaires/ID-VERSION.xml beside questionnaires/ID.xml).\n"
    "\n"
    "  text  summary, domain and capability tables, criteria that changed\n"
    "  html  printable comparison with a chart, one self-contained file\n"
    "  pdf   the HTML printed by headless Chromium (apt-get install chromium)\n"
    "  csv   one row per capability, domain and the overall index, then the\n"
    "        criteria newly met and no longer met\n"
    "  docx  the HTML comparison as an editable Word document\n"
    "  odt   the same as an editable OpenDocument text (LibreOffice)\n"
    "\n");

static const char compare_epilogue[] =
    N_("\n"
    "OLD and NEW are files; '-' (standard input) is not read.\n"
    "Exit status: 0 written, 1 invalid input (nothing written), 2 wrong command line.\n"
    "\n"
    "Example:\n"
    "  mnr compare examplia-2024.xml examplia-2026.xml -o progress.html\n");

typedef struct compare_opts {
    const char *data_dir, *out, *format, *browser, *old_path, *new_path;
    const char *reference_docx, *reference_odt;
} compare_opts;

static const cli_option compare_options[] = {
    CLI_STRING('o', "output", N_("OUT"), compare_opts, out,
               N_("the comparison file (written whole or not at all; never\n"
               "over OLD, NEW or mnr's data directory); without it, or\n"
               "with -o -, standard output")),
    CLI_STRING('f', "format", N_("FORMAT"), compare_opts, format,
               N_("text, html, pdf, csv, docx or odt; default: from OUT's\n"
               "extension (.txt .text .html .htm .pdf .csv .docx .odt,\n"
               "in any case), which\n"
               "must not name another format; text on standard output")),
    CLI_STRING(0, "reference-docx", N_("FILE"), compare_opts, reference_docx,
               N_("a DOCX takes the styles, page size, headers and\n"
               "footers of this Word document (your template)")),
    CLI_STRING(0, "reference-odt", N_("FILE"), compare_opts, reference_odt,
               N_("the same for an ODT, from an OpenDocument text")),
    CLI_STRING(0, "browser", N_("PATH"), compare_opts, browser,
               N_("the Chromium to print PDFs with (or MNR_BROWSER)")),
    CLI_STRING(0, "data-dir", N_("DIR"), compare_opts, data_dir, N_("use another data directory")),
    CLI_HELP(N_("show this help")),
    CLI_END,
};

const cli_command cmd_compare_help = {"compare", compare_usage, compare_options, 23,
                                      compare_epilogue};

static int parse_options(compare_opts *o, int argc, char **argv)
{
    int first;
    int rc = cli_parse(&first, &cmd_compare_help, o, argc, argv);
    if (rc != 0)
        return rc;
    if (argc - first < 2)
        return cli_usage("compare", _("give the two assessments to compare: mnr compare OLD NEW"));
    if (argc - first > 2)
        return cli_usage("compare", _("two assessments at a time ('%s' is extra)"), argv[first + 2]);
    o->old_path = argv[first];
    o->new_path = argv[first + 1];
    /* no -o, or -o -: standard output, as /dev/stdout */
    if (!o->out || strcmp(o->out, "-") == 0)
        o->out = "/dev/stdout";
    return 0;
}

/* Both assessments as results, then the comparison document. */
static mnr_status build(xmlDocPtr *out, const mnr_context *ctx, const compare_opts *o,
                        mnr_error *err)
{
    const char *paths[2] = {o->old_path, o->new_path};
    mnr_assessment *a[2] = {NULL, NULL};
    /* an answers file's lines, for the messages */
    mnr_assess_opts opts = {MNR_ASSESS_RESULTS, 0, 1, 1, 0, "compare"};
    mnr_status st = MNR_OK;
    for (int i = 0; i < 2 && st == MNR_OK; i++) {
        st = mnr_assessment_open(&a[i], ctx, paths[i], &opts, err);
        if (st == MNR_OK && a[i]->kind == MNR_KIND_ANSWERS)
            cli_warn_scores(paths[i], a[i]->scores);
    }
    if (st == MNR_OK) {
        mnr_compare_input in[2] = {{a[0]->results, a[0]->answers_doc, paths[0]},
                                   {a[1]->results, a[1]->answers_doc, paths[1]}};
        st = mnr_compare_build(out, &in[0], &in[1], err);
    }
    mnr_assessment_free(a[0]);
    mnr_assessment_free(a[1]);
    return st;
}

int cmd_compare(int argc, char **argv)
{
    compare_opts o = {0};
    int rc = parse_options(&o, argc, argv);
    if (rc != 0)
        return rc < 0 ? 0 : rc;
    if ((rc = cli_refuse_stdin("compare", o.old_path)) != 0 ||
        (rc = cli_refuse_stdin("compare", o.new_path)) != 0)
        return rc;
    int to_stdout = strcmp(o.out, "/dev/stdout") == 0;
    mnr_format format = cli_choose_format("compare", o.out, o.format,
                                          to_stdout ? MNR_FORMAT_TEXT : MNR_FORMAT_UNKNOWN);
    if (format == MNR_FORMAT_UNKNOWN)
        return EXIT_USAGE;
    const char *reference = NULL;
    if ((rc = cli_reference(&reference, "compare", format, o.reference_docx,
                            o.reference_odt)) != 0)
        return rc;
    char *browser = NULL;
    if (format == MNR_FORMAT_PDF && !(browser = cli_pdf_browser(o.browser, o.out)))
        return EXIT_INVALID;
    mnr_context *ctx = NULL;
    rc = cli_open(&ctx, o.data_dir);
    if (rc != 0) {
        free(browser);
        return rc;
    }
    mnr_error err;
    mnr_error_init(&err);
    xmlDocPtr comparison = NULL;
    const char *inputs[] = {o.old_path, o.new_path, reference, NULL};
    mnr_status st = cli_check_output(o.out, inputs, ctx, CLI_OUT_COMPARISON, 0, &err);
    if (st == MNR_OK)
        st = build(&comparison, ctx, &o, &err);
    if (st == MNR_OK && mnr_same_file(o.old_path, o.new_path))
        cli_warn(o.new_path, 0, _("is the same file as the earlier one: nothing can have "
                                "changed; give the later assessment second"));
    mnr_report_spec r = {o.out,   format,  NULL, "compare", NULL, browser, cli_pdf_printing,
                         reference};
    if (st == MNR_OK)
        st = mnr_report_write(ctx, &r, comparison, &err);
    if (st != MNR_OK)
        rc = cli_fail(&err);
    else if (!to_stdout)
        fprintf(stderr, _("Comparison written to %s\n"), cli_safe(o.out));
    xmlFreeDoc(comparison);
    mnr_context_free(ctx);
    free(browser);
    return rc;
}
