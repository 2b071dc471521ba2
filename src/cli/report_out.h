/*
 * report_out.h - what mnr report and mnr compare share: reading an answers
 * or results file into a results document, choosing the format, finding
 * the browser for a PDF, and writing the output through a stylesheet
 * (atomically, never over an input, a stylesheet module or the data
 * directory; PDF through headless Chromium).
 */
#ifndef MNR_REPORT_OUT_H
#define MNR_REPORT_OUT_H

#include <libxml/tree.h>

#include "context.h"
#include "error.h"
#include "report.h"

/* The results of the answers or results file at `path`: answers are
 * checked and scored (with `target` 1-4 for every capability, 0 for the
 * file's own; scoring warnings are printed), a results file is checked
 * and its figures verified. `cmd` names the command in messages. When
 * `answers` is not NULL, it receives the answers document as read (for
 * the line numbers the results built from it lack); NULL for a results
 * file. */
mnr_status cli_load_results(xmlDocPtr *out, xmlDocPtr *answers, const mnr_context *ctx,
                            const char *path, int target, const char *cmd, mnr_error *err);

/* --format (`format`, may be NULL), else the extension of `out`, else
 * `fallback`; the two must agree. Prints the usage error and returns
 * MNR_FORMAT_UNKNOWN when there is none or they disagree. */
mnr_format cli_choose_format(const char *cmd, const char *out, const char *format,
                             mnr_format fallback);

/* The Chromium to print a PDF to `out` with: --browser (`option`, may be
 * NULL), else MNR_BROWSER, else one on PATH. Prints what to install and
 * returns NULL when there is none. malloc'd. */
char *cli_pdf_browser(const char *option, const char *out);

typedef struct cli_report {
    const char *out;        /* the output path; "/dev/stdout" for standard output */
    mnr_format format;
    const char *stylesheet; /* the user's own stylesheet, or NULL */
    const char *builtin;    /* else this one of mnr's stylesheets/ */
    const char **params;    /* name, value, ..., NULL (literal values); may be NULL */
    const char *browser;    /* for PDF */
} cli_report;

/* Applies the stylesheet to `doc` and writes the output. */
mnr_status cli_write_report(const mnr_context *ctx, const cli_report *r, xmlDocPtr doc,
                            mnr_error *err);

#endif
