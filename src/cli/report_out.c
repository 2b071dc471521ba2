/*
 * report_out.c - reading the input and writing the output of mnr report
 * and mnr compare (report_out.h).
 */
#include "report_out.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "datadir.h"
#include "fileio.h"
#include "kind.h"
#include "textsafe.h"
#include "xmlsafe.h"

mnr_status cli_load_results(xmlDocPtr *out, xmlDocPtr *answers, const mnr_context *ctx,
                            const char *path, int target, const char *cmd, mnr_error *err)
{
    xmlDocPtr doc = NULL;
    *out = NULL;
    if (answers)
        *answers = NULL;
    mnr_status st = mnr_xml_load(&doc, path, err);
    if (st != MNR_OK)
        return st;
    mnr_kind kind = mnr_kind_of(doc);
    if (kind == MNR_KIND_RESULTS) {
        if (target)
            st = mnr_error_set(err, MNR_EINVALID, path, 0,
                               "--target needs an answers file; this is a results file, so "
                               "score the answers again with mnr score --target");
        else
            st = mnr_context_validate_doc(ctx, doc, kind, path, err);
        if (st == MNR_OK) {
            *out = doc;
            return MNR_OK;
        }
    } else if (kind == MNR_KIND_ANSWERS) {
        mnr_assessment *a = NULL;
        st = mnr_context_assess_doc(&a, ctx, doc, path, target, err);
        if (st == MNR_OK) {
            for (int i = 0; i < a->scores->n_warnings; i++)
                cli_warn(path, a->scores->warnings[i].line, a->scores->warnings[i].message);
            *out = a->results;
            a->results = NULL;
            if (answers) {
                *answers = doc;
                doc = NULL;
            }
        }
        mnr_assessment_free(a);
    } else {
        char root[512];
        mnr_kind_root_text(doc, root, sizeof root);
        st = mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(xmlDocGetRootElement(doc)),
                           "expected an answers or results file, found %s; "
                           "mnr %s reads what mnr score reads or writes", root, cmd);
    }
    xmlFreeDoc(doc);
    return st;
}

static const char *format_name(mnr_format f)
{
    return f == MNR_FORMAT_HTML ? "html" : f == MNR_FORMAT_PDF ? "pdf"
         : f == MNR_FORMAT_TEXT ? "text" : "csv";
}

/* The two must agree, so that a PDF is never written into report.html. */
mnr_format cli_choose_format(const char *cmd, const char *out, const char *format,
                             mnr_format fallback)
{
    mnr_format by_name = mnr_format_from_path(out);
    if (!format) {
        if (by_name == MNR_FORMAT_UNKNOWN && fallback != MNR_FORMAT_UNKNOWN)
            return fallback;
        if (by_name == MNR_FORMAT_UNKNOWN && mnr_answers_file_sniff(out) != MNR_FILE_OTHER)
            cli_usage(cmd, "-o names '%s', an answers file: were the input and the output "
                           "swapped? The output is the report, e.g. -o report.html", out);
        else if (by_name == MNR_FORMAT_UNKNOWN && strcmp(out, "/dev/stdout") == 0)
            cli_usage(cmd, "cannot tell the format of standard output (-o -); add --format "
                           "html, text or csv");
        else if (by_name == MNR_FORMAT_UNKNOWN)
            cli_usage(cmd, "cannot tell the format from '%s'; add --format html, pdf, "
                           "text or csv", out);
        return by_name;
    }
    mnr_format asked = mnr_format_parse(format);
    if (asked == MNR_FORMAT_UNKNOWN)
        cli_usage(cmd, "unknown format '%s'; use html, pdf, text or csv", format);
    else if (by_name != MNR_FORMAT_UNKNOWN && by_name != asked) {
        cli_usage(cmd, "--format %s does not match the output name '%s', which says %s; "
                       "change one of them", format_name(asked), out, format_name(by_name));
        return MNR_FORMAT_UNKNOWN;
    }
    return asked;
}

char *cli_pdf_browser(const char *option, const char *out)
{
    const char *explicit_browser = option ? option : getenv("MNR_BROWSER");
    char *browser = mnr_report_find_browser(explicit_browser, getenv("PATH"));
    if (!browser)
        fprintf(stderr, "%s: cannot write a PDF: %s. Install it with "
                        "'sudo apt-get install chromium', or write --format html and "
                        "print that from any browser.\n", cli_safe(out),
                explicit_browser ? "the browser given is not an executable file"
                                 : "headless Chromium is not installed");
    return browser;
}

mnr_status cli_write_report(const mnr_context *ctx, const cli_report *r, xmlDocPtr doc,
                            mnr_error *err)
{
    char *xsl = r->stylesheet ? strdup(r->stylesheet) : NULL;
    if (!xsl) {
        char rel[256];
        snprintf(rel, sizeof rel, "%s/%s", MNR_STYLESHEET_DIR, r->builtin);
        xsl = mnr_context_path(ctx, rel);
    }
    char *stylesheet_dir = mnr_context_path(ctx, MNR_STYLESHEET_DIR);
    mnr_xml_allow(stylesheet_dir);
    if (r->stylesheet) {
        /* its own modules (a copy of report-html.xsl next to copies of
         * the modules it imports); document() is held tighter in
         * report.c */
        char *dir = mnr_path_dir(r->stylesheet);
        if (dir)
            mnr_xml_allow(dir);
        free(dir);
    }
    free(stylesheet_dir);

    char *text = NULL;
    size_t len = 0;
    mnr_status st = mnr_report_transform(&text, &len, doc, xsl, r->params, err);
    if (st == MNR_OK) /* the stylesheet's modules are known now */
        st = mnr_report_check_output(r->out, ctx->dir, err);
    if (st == MNR_OK && r->format == MNR_FORMAT_PDF) {
        if (isatty(2))
            fprintf(stderr, "Printing the PDF with %s...\n", cli_safe(r->browser));
        st = mnr_report_pdf(text, len, r->out, r->browser, err);
    } else if (st == MNR_OK && (r->format == MNR_FORMAT_TEXT || r->format == MNR_FORMAT_CSV)) {
        /* for a terminal or a spreadsheet: controls from the data shown,
         * not obeyed (bidi controls would reorder a cell's text) */
        size_t safe_len = 0;
        char *safe = mnr_text_safe_dup(text, len, r->format == MNR_FORMAT_CSV ? MNR_TEXT_CSV
                                                                              : MNR_TEXT_LAYOUT,
                                       &safe_len);
        st = safe ? mnr_write_atomic(r->out, safe, safe_len, err)
                  : mnr_error_set(err, MNR_ENOMEM, r->out, 0, "out of memory");
        free(safe);
    } else if (st == MNR_OK)
        st = mnr_write_atomic(r->out, text, len, err);
    free(text);
    free(xsl);
    return st;
}
