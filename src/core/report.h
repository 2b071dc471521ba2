/*
 * report.h - turning a results document into a report (and a comparison
 * or a cohort baseline into theirs): mnr_report_write() is the one writer
 * of mnr report, mnr compare and mnr cohort.
 *
 * Every format is an XSLT 1.0 (+ EXSLT) stylesheet under stylesheets/;
 * the same output comes from plain xsltproc on the results XML. PDF is the
 * HTML report printed by headless Chromium. DOCX and ODT are the parts of
 * the package made by LAYOUT-docx.xsl / LAYOUT-odt.xsl, packed into the
 * zip by report_office.c.
 *
 * Stylesheets run with file writes, directory creation and network access
 * forbidden; document() may read only files on the allow-list of
 * xmlsafe.h (the stylesheet directory of the data directory, and a user's
 * own stylesheet file). Parameters are passed as literal strings, never as
 * XPath, so "O'Brien \"gap\"" arrives as typed.
 */
#ifndef MNR_REPORT_H
#define MNR_REPORT_H

#include <stddef.h>

#include <libxml/tree.h>

#include "context.h"
#include "error.h"

typedef enum mnr_format {
    MNR_FORMAT_UNKNOWN = 0,
    MNR_FORMAT_HTML,
    MNR_FORMAT_PDF,
    MNR_FORMAT_TEXT,
    MNR_FORMAT_CSV,
    MNR_FORMAT_DOCX,
    MNR_FORMAT_ODT
} mnr_format;

/* "html", "pdf", "text", "csv", "docx", "odt" */
mnr_format mnr_format_parse(const char *name);
/* By extension, in any case: .html .htm .pdf .txt .text .csv .docx .odt. */
mnr_format mnr_format_from_path(const char *path);
/* "html", "pdf", "text", "csv", "docx", "odt": the one place for the names. */
const char *mnr_format_name(mnr_format format);

/* What to write and how. */
typedef struct mnr_report_spec {
    const char *out;        /* the output path; "/dev/stdout" for standard output */
    mnr_format format;
    const char *stylesheet; /* the user's own stylesheet, or NULL */
    const char *layout;     /* else mnr's stylesheets/LAYOUT-FORMAT.xsl: "report",
                             * "compare", "cohort" (PDF: the HTML one) */
    const char **params;    /* name, value, ..., NULL (literal values); may be NULL */
    const char *browser;    /* for PDF */
    /* for PDF, called when the browser is about to print (the command
     * line may say so); may be NULL */
    void (*printing)(const char *browser);
    /* for DOCX and ODT, the reference document (the ministry's template)
     * whose styles, page size, headers and footers the output takes
     * (report_office.c); NULL: mnr's own */
    const char *reference;
} mnr_report_spec;

/* Applies the stylesheet to `doc` and writes the output atomically: never
 * over an input (the caller checks those), a module of the stylesheet or
 * the data directory; text and CSV with the controls from the data made
 * harmless (textsafe.h), PDF printed by `browser`. */
mnr_status mnr_report_write(const mnr_context *ctx, const mnr_report_spec *spec, xmlDocPtr doc,
                            mnr_error *err);

/* The parameters a user may set in `layout` for `format`: the top-level
 * xsl:params of mnr's stylesheet and the modules it imports, in the order
 * they are met. *out is NULL-terminated, freed with mnr_report_params_free. */
mnr_status mnr_report_params(char ***out, const mnr_context *ctx, const char *layout,
                             mnr_format format, mnr_error *err);
void mnr_report_params_free(char **params);

/* Applies the stylesheet at `xsl_path` to `results`. `params` is a
 * NULL-terminated list of name, value, name, value... (values literal).
 * *out is malloc'd (free()), *len its length. */
mnr_status mnr_report_transform(char **out, size_t *len, xmlDocPtr results,
                                const char *xsl_path, const char **params, mnr_error *err);

/* The same in the language in use (i18n.h): the stylesheet's modules,
 * and a copy of `doc`, get the translations of the texts the data
 * directory's rules pick (po/its/mnr.its, its.h); `doc` itself is left as
 * it was. In English: mnr_report_transform. */
mnr_status mnr_report_transform_lang(char **out, size_t *len, const mnr_context *ctx,
                                     xmlDocPtr doc, const char *xsl_path, const char **params,
                                     mnr_error *err);

/* After mnr_report_transform: refuses `out` when it is one of the
 * stylesheet's files (the stylesheet and every module it imported) or
 * lies in the data directory (see mnr_output_check in fileio.h). */
mnr_status mnr_report_check_output(const char *out, const char *data_dir, mnr_error *err);

/* Prints `html` to a PDF at `out_path` with the browser at `browser`
 * (a Chromium executable). Written atomically. HTML over 2 MB is refused
 * before printing (Chromium cuts very long texts short). The temporary
 * directory is made in $TMPDIR (else /tmp); SIGINT, SIGTERM, SIGHUP and
 * SIGQUIT stop the browser and remove it, and then act as usual. */
mnr_status mnr_report_pdf(const char *html, size_t len, const char *out_path,
                          const char *browser, mnr_error *err);

/* DOCX and ODT (report_office.c): splits `parts_xml`, what the stylesheet
 * `xsl` made (<parts><part name="...">...</part></parts>), into the parts
 * of the package, takes the styles, page and headers of spec->reference if
 * given, packs them into a zip (an ODT's mimetype first, stored) and writes
 * it atomically to spec->out. At most 64 parts of 256 MB each. */
mnr_status mnr_report_office(const char *parts_xml, size_t len, const char *xsl,
                             const mnr_report_spec *spec, mnr_error *err);

/* Whether `ref` can be a reference document for `format` (DOCX or ODT): a
 * zip within the bounds of zipfile.h that has word/styles.xml (DOCX) or
 * styles.xml (ODT). Called before any work, so a bad one costs nothing. */
mnr_status mnr_report_reference_check(const char *ref, mnr_format format, mnr_error *err);

/* The Chromium executable to use: `explicit` if given, else chromium,
 * chromium-browser, google-chrome on PATH. NULL when none is found. */
char *mnr_report_find_browser(const char *explicit_path, const char *path_env);

#endif
