#include "report.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <libexslt/exslt.h>
#include <libxslt/documents.h>
#include <libxslt/security.h>
#include <libxslt/variables.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "fileio.h"
#include "xmlsafe.h"

extern char **environ;

/* How long Chromium may take to print a report. */
#define PDF_TIMEOUT_SECONDS 120

mnr_format mnr_format_parse(const char *name)
{
    if (!name)
        return MNR_FORMAT_UNKNOWN;
    if (strcmp(name, "html") == 0)
        return MNR_FORMAT_HTML;
    if (strcmp(name, "pdf") == 0)
        return MNR_FORMAT_PDF;
    if (strcmp(name, "text") == 0 || strcmp(name, "txt") == 0)
        return MNR_FORMAT_TEXT;
    if (strcmp(name, "csv") == 0)
        return MNR_FORMAT_CSV;
    return MNR_FORMAT_UNKNOWN;
}

mnr_format mnr_format_from_path(const char *path)
{
    const char *dot = path ? strrchr(path, '.') : NULL;
    if (!dot || strchr(dot, '/'))
        return MNR_FORMAT_UNKNOWN;
    if (strcmp(dot, ".htm") == 0)
        return MNR_FORMAT_HTML;
    return mnr_format_parse(dot + 1);
}

const char *mnr_format_stylesheet(mnr_format format)
{
    switch (format) {
    case MNR_FORMAT_HTML:
    case MNR_FORMAT_PDF: return "report-html.xsl";
    case MNR_FORMAT_TEXT: return "report-text.xsl";
    case MNR_FORMAT_CSV: return "report-csv.xsl";
    default: return NULL;
    }
}

/* ---- errors from libxslt (printf-style callbacks) ---- */

static char xslt_message[MNR_ERROR_MSG_MAX];

static void on_xslt_error(void *ctx, const char *fmt, ...)
{
    (void)ctx;
    size_t used = strlen(xslt_message);
    if (used + 1 >= sizeof xslt_message || strchr(xslt_message, '\n'))
        return; /* keep the first complete message */
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(xslt_message + used, sizeof xslt_message - used, fmt, ap);
    va_end(ap);
}

static void reset_xslt_message(void)
{
    xslt_message[0] = '\0';
}

/* ---- security ---- */

static int allow_read(xsltSecurityPrefsPtr sec, xsltTransformContextPtr ctxt, const char *value)
{
    (void)sec;
    (void)ctxt;
    return mnr_xml_path_allowed(value);
}

/* libxslt's default loader, saved before we install ours: xsltSetLoaderFunc
 * overwrites the public xsltDocDefaultLoader variable, so calling that from
 * inside our loader would call ourselves. */
static xsltDocLoaderFunc original_loader;

/* document() and xsl:import go through here: refuse what is not on the
 * allow-list, and never substitute entities or load DTDs. */
static xmlDocPtr safe_doc_loader(const xmlChar *uri, xmlDictPtr dict, int options, void *ctxt,
                                 xsltLoadType type)
{
    if (!mnr_xml_path_allowed((const char *)uri))
        return NULL;
    options &= ~(XML_PARSE_NOENT | XML_PARSE_DTDLOAD | XML_PARSE_DTDATTR | XML_PARSE_DTDVALID);
    options |= XML_PARSE_NONET;
    return original_loader(uri, dict, options, ctxt, type);
}

static xsltSecurityPrefsPtr make_prefs(void)
{
    xsltSecurityPrefsPtr prefs = xsltNewSecurityPrefs();
    if (!prefs)
        return NULL;
    xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
    xsltSetSecurityPrefs(prefs, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
    xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
    xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
    xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_FILE, allow_read);
    return prefs;
}

static int exslt_registered;

static mnr_status load_stylesheet(xsltStylesheetPtr *out, const char *xsl_path, mnr_error *err)
{
    xmlDocPtr doc = NULL;
    *out = NULL;
    if (!exslt_registered) {
        exsltRegisterAll();
        original_loader = xsltDocDefaultLoader;
        xsltSetLoaderFunc(safe_doc_loader);
        exslt_registered = 1;
    }
    mnr_status st = mnr_xml_load(&doc, xsl_path, err);
    if (st != MNR_OK)
        return st;
    reset_xslt_message();
    xsltSetGenericErrorFunc(NULL, on_xslt_error);
    xsltStylesheetPtr style = xsltParseStylesheetDoc(doc);
    xsltSetGenericErrorFunc(NULL, NULL);
    if (!style || style->errors) {
        if (style)
            xsltFreeStylesheet(style); /* frees doc too */
        else
            xmlFreeDoc(doc);
        return mnr_error_set(err, MNR_EINVALID, xsl_path, 0,
                             "not a usable XSLT 1.0 stylesheet: %s",
                             xslt_message[0] ? xslt_message : "it does not compile");
    }
    *out = style;
    return MNR_OK;
}

mnr_status mnr_report_transform(char **out, size_t *len, xmlDocPtr results, const char *xsl_path,
                                const char **params, mnr_error *err)
{
    *out = NULL;
    *len = 0;
    xsltStylesheetPtr style = NULL;
    mnr_status st = load_stylesheet(&style, xsl_path, err);
    if (st != MNR_OK)
        return st;

    xsltTransformContextPtr ctxt = xsltNewTransformContext(style, results);
    xsltSecurityPrefsPtr prefs = make_prefs();
    if (!ctxt || !prefs) {
        xsltFreeTransformContext(ctxt);
        xsltFreeSecurityPrefs(prefs);
        xsltFreeStylesheet(style);
        return mnr_error_set(err, MNR_ENOMEM, xsl_path, 0, "out of memory");
    }
    xsltSetCtxtSecurityPrefs(prefs, ctxt);
    xsltSetCtxtParseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA);
    reset_xslt_message();
    xsltSetGenericErrorFunc(NULL, on_xslt_error);
    xsltSetTransformErrorFunc(ctxt, NULL, on_xslt_error);
    if (params && xsltQuoteUserParams(ctxt, params) != 0)
        ctxt->state = XSLT_STATE_ERROR;
    xmlDocPtr res = ctxt->state == XSLT_STATE_ERROR
                        ? NULL
                        : xsltApplyStylesheetUser(style, results, NULL, NULL, NULL, ctxt);
    int failed = !res || ctxt->state != XSLT_STATE_OK;
    xsltSetGenericErrorFunc(NULL, NULL);

    if (failed) {
        st = mnr_error_set(err, MNR_EINVALID, xsl_path, 0,
                           "the stylesheet failed and no report was written: %s",
                           xslt_message[0] ? xslt_message : "transformation error");
    } else {
        xmlChar *buf = NULL;
        int n = 0;
        if (xsltSaveResultToString(&buf, &n, res, style) != 0)
            st = mnr_error_set(err, MNR_ENOMEM, xsl_path, 0, "could not serialise the report");
        else {
            *out = malloc((size_t)n + 1);
            if (*out) {
                memcpy(*out, buf ? (const char *)buf : "", (size_t)n);
                (*out)[n] = '\0';
                *len = (size_t)n;
            } else
                st = mnr_error_set(err, MNR_ENOMEM, xsl_path, 0, "out of memory");
        }
        xmlFree(buf);
    }
    xmlFreeDoc(res);
    xsltFreeTransformContext(ctxt);
    xsltFreeSecurityPrefs(prefs);
    xsltFreeStylesheet(style);
    return st;
}

/* ---- PDF through headless Chromium ---- */

static int is_executable(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
}

char *mnr_report_find_browser(const char *explicit_path, const char *path_env)
{
    if (explicit_path && explicit_path[0])
        return is_executable(explicit_path) ? strdup(explicit_path) : NULL;
    static const char *names[] = {"chromium", "chromium-browser", "google-chrome", NULL};
    for (int i = 0; names[i]; i++) {
        char *copy = strdup(path_env ? path_env : "/usr/bin:/bin");
        for (char *save = NULL, *dir = strtok_r(copy, ":", &save); dir;
             dir = strtok_r(NULL, ":", &save)) {
            size_t n = strlen(dir) + strlen(names[i]) + 2;
            char *cand = malloc(n);
            snprintf(cand, n, "%s/%s", dir, names[i]);
            if (is_executable(cand)) {
                free(copy);
                return cand;
            }
            free(cand);
        }
        free(copy);
    }
    return NULL;
}

static void remove_tree(const char *dir, const char *const *files)
{
    char path[4096];
    for (int i = 0; files[i]; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        unlink(path);
    }
    /* Chromium's profile directory: remove what it left with rm -rf. */
    snprintf(path, sizeof path, "%s/profile", dir);
    pid_t pid;
    char *argv[] = {"rm", "-rf", path, NULL};
    if (posix_spawnp(&pid, "rm", NULL, NULL, argv, environ) == 0)
        waitpid(pid, NULL, 0);
    rmdir(dir);
}

static int wait_with_timeout(pid_t pid, int seconds)
{
    int status = 0;
    for (int tenths = 0; tenths < seconds * 10; tenths++) {
        pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
        struct timespec ts = {0, 100 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    return -1;
}

static mnr_status run_browser(const char *browser, const char *dir, const char *html_path,
                              const char *pdf_path, const char *out_path, mnr_error *err)
{
    char profile[512], print_to[512], url[512];
    snprintf(profile, sizeof profile, "--user-data-dir=%s/profile", dir);
    snprintf(print_to, sizeof print_to, "--print-to-pdf=%s", pdf_path);
    snprintf(url, sizeof url, "file://%s", html_path);
    char *argv[] = {(char *)browser, "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--disable-sync",
                    "--disable-extensions", profile, print_to, url, NULL};
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid;
    int rc = posix_spawn(&pid, browser, &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0)
        return mnr_error_set(err, MNR_EEXTERNAL, out_path, 0, "cannot start %s: %s", browser,
                             strerror(rc));
    int code = wait_with_timeout(pid, PDF_TIMEOUT_SECONDS);
    struct stat st;
    if (code != 0 || stat(pdf_path, &st) != 0 || st.st_size == 0)
        return mnr_error_set(err, MNR_EEXTERNAL, out_path, 0,
                             code < 0 ? "%s did not finish printing the PDF within %d seconds; "
                                        "write --format html and print it from a browser"
                                      : "%s failed to print the PDF (exit %d); write --format "
                                        "html and print it from a browser",
                             browser, code < 0 ? PDF_TIMEOUT_SECONDS : code);
    return MNR_OK;
}

static mnr_status read_all(char **out, size_t *len, const char *path, mnr_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return mnr_error_set(err, MNR_EIO, path, 0, "cannot read the printed PDF");
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    *out = malloc(n > 0 ? (size_t)n : 1);
    *len = *out ? fread(*out, 1, (size_t)(n > 0 ? n : 0), f) : 0;
    fclose(f);
    if (!*out)
        return mnr_error_set(err, MNR_ENOMEM, path, 0, "out of memory");
    return MNR_OK;
}

mnr_status mnr_report_pdf(const char *html, size_t len, const char *out_path, const char *browser,
                          mnr_error *err)
{
    char dir[] = "/tmp/mnr-pdf-XXXXXX";
    if (!mkdtemp(dir))
        return mnr_error_set(err, MNR_EIO, out_path, 0, "cannot make a temporary directory: %s",
                             strerror(errno));
    char html_path[256], pdf_path[256];
    snprintf(html_path, sizeof html_path, "%s/report.html", dir);
    snprintf(pdf_path, sizeof pdf_path, "%s/report.pdf", dir);
    const char *files[] = {"report.html", "report.pdf", NULL};

    mnr_status st = mnr_write_atomic(html_path, html, len, err);
    if (st == MNR_OK)
        st = run_browser(browser, dir, html_path, pdf_path, out_path, err);
    char *pdf = NULL;
    size_t pdf_len = 0;
    if (st == MNR_OK)
        st = read_all(&pdf, &pdf_len, pdf_path, err);
    if (st == MNR_OK)
        st = mnr_write_atomic(out_path, pdf, pdf_len, err);
    free(pdf);
    remove_tree(dir, files);
    return st;
}
