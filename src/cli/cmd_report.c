/*
 * mnr report ANSWERS|RESULTS -o OUT - the gap report, through the
 * stylesheets in stylesheets/ (or the user's own).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "datadir.h"
#include "fileio.h"
#include "kind.h"
#include "report.h"
#include "textsafe.h"
#include "xmlsafe.h"

const char cmd_report_help[] =
    "Usage: mnr report ANSWERS|RESULTS -o OUT [--format html|pdf|text|csv]\n"
    "                  [--stylesheet XSL] [--target N] [--param NAME=VALUE]...\n"
    "                  [--baseline COHORT.xml]\n"
    "\n"
    "Writes the gap report. Given an answers file, scores it first; given a results\n"
    "file (from `mnr score`), uses it as it is.\n"
    "\n"
    "  html  printable report with charts (A4 or Letter), one self-contained file\n"
    "  pdf   the HTML report printed by headless Chromium (apt-get install chromium)\n"
    "  text  summary, capability table and roadmap for the terminal\n"
    "  csv   one row per capability, for spreadsheets\n"
    "\n"
    "Options:\n"
    "  -o, --output OUT     the report file (written whole or not at all; never\n"
    "                       over the input, the stylesheet or mnr's data directory);\n"
    "                       - or /dev/stdout for standard output\n"
    "  -f, --format FORMAT  html, pdf, text or csv; default: from OUT's extension\n"
    "                       (.html .htm .pdf .txt .text .csv, in any case), which\n"
    "                       must not name another format\n"
    "  --stylesheet XSL     use your own XSLT 1.0 stylesheet on the results XML;\n"
    "                       it may import modules from its own directory and\n"
    "                       read itself, but not write files, read other files\n"
    "                       or use the network\n"
    "  --param NAME=VALUE   set one of the report's parameters, each at most once\n"
    "                       (the value is taken literally, as UTF-8 text):\n"
    "                         paper=a4|letter    paper size of the HTML and PDF\n"
    "                         title=TEXT         the report's title\n"
    "                         organisation=TEXT  shown on the cover\n"
    "                       a --stylesheet gets those it declares as xsl:param\n"
    "  --target N           target level 1-4 for every capability (answers input only)\n"
    "  --baseline FILE      compare with this baseline instead of the 2021 review:\n"
    "                       a cohort baseline written by mnr cohort (a results\n"
    "                       file: the baseline it was scored with)\n"
    "  --browser PATH       the Chromium to print PDFs with (or MNR_BROWSER)\n"
    "  --data-dir DIR       use another data directory\n"
    "  -h, --help           show this help\n"
    "\n"
    "ANSWERS|RESULTS is a file; '-' (standard input) is not read.\n"
    "\n"
    "Example:\n"
    "  mnr report questionnaires/examples/examplia-middle.xml -o examplia.pdf\n";

/* The parameters a user may set: the xsl:params of stylesheets/common.xsl.
 * Everything else in the stylesheets is internal (a variable). */
static const char *const report_params[] = {"paper", "title", "organisation"};
#define N_PARAMS ((int)(sizeof report_params / sizeof report_params[0]))
#define PARAM_LIST "paper, title and organisation"

typedef struct report_opts {
    const char *data_dir, *out, *format, *stylesheet, *browser, *input, *baseline;
    int target;
    const char *params[2 * N_PARAMS + 1];
    int n_params;
} report_opts;

/* "name=value" -> params[]: a documented name, once, and a UTF-8 value. */
static int add_param(report_opts *o, char *arg)
{
    char *eq = strchr(arg, '=');
    if (!eq || eq == arg)
        return cli_usage("report", "--param takes NAME=VALUE, not '%s'", arg);
    *eq = '\0';
    int known = 0;
    for (int i = 0; i < N_PARAMS; i++)
        known |= strcmp(arg, report_params[i]) == 0;
    if (!known)
        return cli_usage("report", "--param %s is not a parameter of the report; it takes "
                                   PARAM_LIST " (see mnr report --help)", arg);
    for (int i = 0; i < o->n_params; i++)
        if (strcmp(o->params[2 * i], arg) == 0)
            return cli_usage("report", "--param %s is given twice; give each parameter once", arg);
    if (!mnr_utf8_valid(eq + 1))
        return cli_usage("report", "the value of --param %s is not valid UTF-8; give the text "
                                   "in UTF-8", arg);
    o->params[2 * o->n_params] = arg;
    o->params[2 * o->n_params + 1] = eq + 1;
    o->n_params++;
    return 0;
}

static int parse_options(report_opts *o, int argc, char **argv)
{
    static const struct option options[] = {
        {"output", required_argument, NULL, 'o'},
        {"format", required_argument, NULL, 'f'},
        {"stylesheet", required_argument, NULL, 's'},
        {"param", required_argument, NULL, 'p'},
        {"target", required_argument, NULL, 't'},
        {"browser", required_argument, NULL, 'b'},
        {"baseline", required_argument, NULL, 'B'},
        {"data-dir", required_argument, NULL, 'd'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    int opt, rc;
    optind = 0;
    opterr = 0;
    while ((opt = getopt_long(argc, argv, ":ho:f:", options, NULL)) != -1) {
        switch (opt) {
        case 'o': /* "-o -": standard output, as /dev/stdout */
            o->out = strcmp(optarg, "-") == 0 ? "/dev/stdout" : optarg;
            break;
        case 'f': o->format = optarg; break;
        case 's': o->stylesheet = optarg; break;
        case 'b': o->browser = optarg; break;
        case 'B': o->baseline = optarg; break;
        case 'd': o->data_dir = optarg; break;
        case 'p':
            if ((rc = add_param(o, optarg)) != 0)
                return rc;
            break;
        case 't':
            o->target = cli_parse_level(optarg);
            if (!o->target)
                return cli_usage("report", "--target takes a level from 1 to 4, not '%s'", optarg);
            break;
        case 'h': fputs(cmd_report_help, stdout); return -1;
        default: return cli_bad_option("report", opt, argv[optind - 1]);
        }
    }
    if (optind >= argc)
        return cli_usage("report", "give the ANSWERS or RESULTS file to report on");
    if (optind + 1 < argc)
        return cli_usage("report", "one input file at a time ('%s' is extra)", argv[optind + 1]);
    if (!o->out)
        return cli_usage("report", "give the report file with -o OUT");
    o->input = argv[optind];
    return 0;
}

static const char *format_name(mnr_format f)
{
    return f == MNR_FORMAT_HTML ? "html" : f == MNR_FORMAT_PDF ? "pdf"
         : f == MNR_FORMAT_TEXT ? "text" : "csv";
}

/* --format, else OUT's extension; the two must agree, so that a PDF is
 * never written into report.html. Prints the usage error and returns
 * MNR_FORMAT_UNKNOWN when there is none or they disagree. */
static mnr_format choose_format(const report_opts *o)
{
    mnr_format by_name = mnr_format_from_path(o->out);
    if (!o->format) {
        if (by_name == MNR_FORMAT_UNKNOWN)
            cli_usage("report", "cannot tell the format from '%s'; add --format html, pdf, "
                                "text or csv", o->out);
        return by_name;
    }
    mnr_format asked = mnr_format_parse(o->format);
    if (asked == MNR_FORMAT_UNKNOWN)
        cli_usage("report", "unknown format '%s'; use html, pdf, text or csv", o->format);
    else if (by_name != MNR_FORMAT_UNKNOWN && by_name != asked) {
        cli_usage("report", "--format %s does not match the output name '%s', which says %s; "
                            "change one of them", format_name(asked), o->out,
                  format_name(by_name));
        return MNR_FORMAT_UNKNOWN;
    }
    return asked;
}

/* The results document to report on: scored from answers, or read. */
static mnr_status load_results(xmlDocPtr *out, const mnr_context *ctx, const report_opts *o,
                               mnr_error *err)
{
    xmlDocPtr doc = NULL;
    *out = NULL;
    mnr_status st = mnr_xml_load(&doc, o->input, err);
    if (st != MNR_OK)
        return st;
    mnr_kind kind = mnr_kind_of(doc);
    if (kind == MNR_KIND_RESULTS) {
        if (o->target)
            st = mnr_error_set(err, MNR_EINVALID, o->input, 0,
                               "--target needs an answers file; this is a results file, so "
                               "score the answers again with mnr score --target");
        else
            st = mnr_context_validate_doc(ctx, doc, kind, o->input, err);
        if (st == MNR_OK) {
            *out = doc;
            return MNR_OK;
        }
    } else if (kind == MNR_KIND_ANSWERS) {
        mnr_assessment *a = NULL;
        st = mnr_context_assess_doc(&a, ctx, doc, o->input, o->target, err);
        if (st == MNR_OK) {
            for (int i = 0; i < a->scores->n_warnings; i++)
                cli_warn(o->input, a->scores->warnings[i].line, a->scores->warnings[i].message);
            *out = a->results;
            a->results = NULL;
        }
        mnr_assessment_free(a);
    } else {
        char root[512];
        mnr_kind_root_text(doc, root, sizeof root);
        st = mnr_error_set(err, MNR_EINVALID, o->input, xmlGetLineNo(xmlDocGetRootElement(doc)),
                           "expected an answers or results file, found %s; "
                           "mnr report reads what mnr score reads or writes", root);
    }
    xmlFreeDoc(doc);
    return st;
}

static mnr_status write_report(const mnr_context *ctx, report_opts *o, mnr_format format,
                               xmlDocPtr results, const char *browser, mnr_error *err)
{
    char *xsl = o->stylesheet ? strdup(o->stylesheet) : NULL;
    if (!xsl) {
        char rel[256];
        snprintf(rel, sizeof rel, "%s/%s", MNR_STYLESHEET_DIR, mnr_format_stylesheet(format));
        xsl = mnr_context_path(ctx, rel);
    }
    char *stylesheet_dir = mnr_context_path(ctx, MNR_STYLESHEET_DIR);
    mnr_xml_allow(stylesheet_dir);
    if (o->stylesheet) {
        /* its own modules (a copy of report-html.xsl next to a copy of
         * common.xsl); document() is held tighter in report.c */
        char *dir = mnr_path_dir(o->stylesheet);
        if (dir)
            mnr_xml_allow(dir);
        free(dir);
    }
    free(stylesheet_dir);

    char *text = NULL;
    size_t len = 0;
    mnr_status st = mnr_report_transform(&text, &len, results, xsl, o->params, err);
    if (st == MNR_OK) /* the stylesheet's modules are known now */
        st = mnr_report_check_output(o->out, ctx->dir, err);
    if (st == MNR_OK && format == MNR_FORMAT_PDF) {
        if (isatty(2))
            fprintf(stderr, "Printing the PDF with %s...\n", cli_safe(browser));
        st = mnr_report_pdf(text, len, o->out, browser, err);
    } else if (st == MNR_OK && format == MNR_FORMAT_TEXT) {
        /* for a terminal: controls from the data shown, not obeyed */
        size_t safe_len = 0;
        char *safe = mnr_text_safe_dup(text, len, MNR_TEXT_LAYOUT, &safe_len);
        st = safe ? mnr_write_atomic(o->out, safe, safe_len, err)
                  : mnr_error_set(err, MNR_ENOMEM, o->out, 0, "out of memory");
        free(safe);
    } else if (st == MNR_OK)
        st = mnr_write_atomic(o->out, text, len, err);
    free(text);
    free(xsl);
    return st;
}

int cmd_report(int argc, char **argv)
{
    report_opts o = {0};
    int rc = parse_options(&o, argc, argv);
    if (rc != 0)
        return rc < 0 ? 0 : rc;
    if ((rc = cli_refuse_stdin("report", o.input)) != 0)
        return rc;
    mnr_format format = choose_format(&o);
    if (format == MNR_FORMAT_UNKNOWN)
        return EXIT_USAGE;
    char *browser = NULL;
    if (format == MNR_FORMAT_PDF) {
        const char *explicit_browser = o.browser ? o.browser : getenv("MNR_BROWSER");
        browser = mnr_report_find_browser(explicit_browser, getenv("PATH"));
        if (!browser) {
            fprintf(stderr, "%s: cannot write a PDF: %s. Install it with "
                            "'sudo apt-get install chromium', or write --format html and "
                            "print that from any browser.\n", cli_safe(o.out),
                    explicit_browser ? "the browser given is not an executable file"
                                     : "headless Chromium is not installed");
            return EXIT_INVALID;
        }
    }
    mnr_context *ctx = NULL;
    rc = cli_open(&ctx, o.data_dir);
    if (rc != 0) {
        free(browser);
        return rc;
    }
    mnr_error err;
    mnr_error_init(&err);
    xmlDocPtr results = NULL;
    /* (NULL-terminated: a missing stylesheet or baseline ends it early) */
    const char *inputs[4] = {o.input, NULL, NULL, NULL}, **in = inputs + 1;
    if (o.baseline)
        *in++ = o.baseline;
    if (o.stylesheet)
        *in = o.stylesheet;
    mnr_status st = mnr_output_check(o.out, inputs, ctx->dir, &err);
    if (st == MNR_OK && o.baseline)
        st = mnr_context_use_baseline(ctx, o.baseline, &err);
    if (st == MNR_OK)
        st = load_results(&results, ctx, &o, &err);
    if (st == MNR_OK)
        st = write_report(ctx, &o, format, results, browser, &err);
    if (st != MNR_OK)
        rc = cli_fail(&err);
    else
        fprintf(stderr, "Report written to %s\n", cli_safe(o.out));
    xmlFreeDoc(results);
    mnr_context_free(ctx);
    free(browser);
    return rc;
}
