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

/* libxslt reports an error in pieces: a "runtime error: file F line N
 * element E" line, then the reason on the next line(s). All of it is kept
 * (up to the buffer) so that explain_xslt_error() can turn it into one
 * sentence with the stylesheet's line. */
static char xslt_message[4096];

static void on_xslt_error(void *ctx, const char *fmt, ...)
{
    (void)ctx;
    size_t used = strlen(xslt_message);
    if (used + 1 >= sizeof xslt_message)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(xslt_message + used, sizeof xslt_message - used, fmt, ap);
    va_end(ap);
}

static void reset_xslt_message(void)
{
    xslt_message[0] = '\0';
}

/* The line of the stylesheet libxslt names ("... line 12 element ..."). */
static long xslt_message_line(void)
{
    const char *p = strstr(xslt_message, " line ");
    return p ? strtol(p + 6, NULL, 10) : 0;
}

/* Copies the text after `marker` up to the next space or newline. */
static void word_after(const char *marker, char *buf, size_t size)
{
    const char *p = strstr(xslt_message, marker);
    buf[0] = '\0';
    if (!p)
        return;
    p += strlen(marker);
    size_t n = strcspn(p, " \n");
    if (n >= size)
        n = size - 1;
    memcpy(buf, p, n);
    buf[n] = '\0';
}

/* The first line of libxslt's text that says why, without the
 * "runtime error: file ... element ..." location line. */
static void xslt_reason(char *buf, size_t size)
{
    const char *p = xslt_message;
    while (*p) {
        size_t n = strcspn(p, "\n");
        int is_location = strncmp(p, "runtime error:", 14) == 0 ||
                          strncmp(p, "compilation error:", 18) == 0;
        if (n > 0 && !is_location) {
            if (n >= size)
                n = size - 1;
            memcpy(buf, p, n);
            buf[n] = '\0';
            return;
        }
        p += n + (p[n] == '\n');
    }
    snprintf(buf, size, "%s", "it stopped with an error");
}

/* Turns what libxslt said into one message a user can act on. */
static mnr_status explain_xslt_error(const char *xsl_path, int compiling, mnr_error *err)
{
    char what[512];
    long line = xslt_message_line();
    if (strstr(xslt_message, "write rights for") || strstr(xslt_message, "File write for")) {
        word_after("write rights for ", what, sizeof what);
        if (!what[0])
            word_after("File write for ", what, sizeof what);
        return mnr_error_set(err, MNR_EINVALID, xsl_path, line,
                             "the stylesheet tries to write the file %s; a report stylesheet "
                             "may not write files (mnr writes the one output itself), so no "
                             "report was written", what);
    }
    if (strstr(xslt_message, "directory") && strstr(xslt_message, "refused")) {
        return mnr_error_set(err, MNR_EINVALID, xsl_path, line,
                             "the stylesheet tries to create a directory; a report stylesheet "
                             "may not, so no report was written");
    }
    if (strstr(xslt_message, "Local file read for") || strstr(xslt_message, "read rights for")) {
        word_after("Local file read for ", what, sizeof what);
        if (!what[0])
            word_after("read rights for ", what, sizeof what);
        int network = strstr(what, "://") && strncmp(what, "file://", 7) != 0;
        return mnr_error_set(err, MNR_EINVALID, xsl_path, line,
                             network ? "the stylesheet tries to fetch %s through document(); "
                                       "a report stylesheet may not use the network, so no "
                                       "report was written"
                                     : "the stylesheet tries to read %s through document(); a "
                                       "report stylesheet may read only itself and the modules "
                                       "it imports, so no report was written",
                             what);
    }
    if (strstr(xslt_message, "infinite template recursion") ||
        strstr(xslt_message, "xsltMaxDepth") || strstr(xslt_message, "maxdepth")) {
        return mnr_error_set(err, MNR_EINVALID, xsl_path, line,
                             "the stylesheet nests template calls more than %d deep, so it "
                             "probably recurses forever; check where its recursion stops. "
                             "No report was written", xsltMaxDepth);
    }
    if (strstr(xslt_message, "xsl:import") || strstr(xslt_message, "xsl:include")) {
        word_after("unable to load ", what, sizeof what);
        return mnr_error_set(err, MNR_EINVALID, xsl_path, line,
                             "cannot load the stylesheet module %s: check that it exists; a "
                             "stylesheet may import only files in its own directory or in "
                             "mnr's stylesheets directory",
                             what[0] ? what : "it imports");
    }
    char reason[512];
    xslt_reason(reason, sizeof reason);
    return mnr_error_set(err, MNR_EINVALID, xsl_path, line,
                         compiling ? "not a usable XSLT 1.0 stylesheet: %s; fix it, or leave out "
                                     "--stylesheet to use mnr's own"
                                   : "the stylesheet failed (%s), so no report was written",
                         reason);
}

/* ---- security ---- */

/* The files that make up the stylesheet being run: the stylesheet itself
 * and every module it imports or includes. document() may read these (for
 * lookup tables kept in the stylesheet) and nothing else, so a report
 * stylesheet can never read a user's files. */
#define MAX_MODULES 32
static char *modules[MAX_MODULES];
static int n_modules;

static char *real_path_of(const char *uri)
{
    const char *path = strncmp(uri, "file://", 7) == 0 ? uri + 7 : uri;
    if (strstr(path, "://"))
        return NULL;
    return realpath(path, NULL);
}

static void add_module(const char *uri)
{
    char *real = real_path_of(uri);
    if (real && n_modules < MAX_MODULES)
        modules[n_modules++] = real;
    else
        free(real);
}

static int is_module(const char *uri)
{
    char *real = real_path_of(uri);
    int found = 0;
    for (int i = 0; real && i < n_modules && !found; i++)
        found = strcmp(real, modules[i]) == 0;
    free(real);
    return found;
}

static void clear_modules(void)
{
    for (int i = 0; i < n_modules; i++)
        free(modules[i]);
    n_modules = 0;
}

static int allow_read(xsltSecurityPrefsPtr sec, xsltTransformContextPtr ctxt, const char *value)
{
    (void)sec;
    (void)ctxt;
    return is_module(value);
}

/* libxslt's default loader, saved before we install ours: xsltSetLoaderFunc
 * overwrites the public xsltDocDefaultLoader variable, so calling that from
 * inside our loader would call ourselves. */
static xsltDocLoaderFunc original_loader;

/* xsl:import, xsl:include and document() go through here. Modules come
 * from the allow-list of xmlsafe.h (mnr's stylesheets directory, a user
 * stylesheet's own directory); document() reads only the modules. Entities
 * are never substituted and DTDs never loaded. */
static xmlDocPtr safe_doc_loader(const xmlChar *uri, xmlDictPtr dict, int options, void *ctxt,
                                 xsltLoadType type)
{
    int is_import = type == XSLT_LOAD_STYLESHEET;
    if (is_import ? !mnr_xml_path_allowed((const char *)uri) : !is_module((const char *)uri))
        return NULL;
    options &= ~(XML_PARSE_NOENT | XML_PARSE_DTDLOAD | XML_PARSE_DTDATTR | XML_PARSE_DTDVALID);
    options |= XML_PARSE_NONET;
    xmlDocPtr doc = original_loader(uri, dict, options, ctxt, type);
    if (doc && is_import)
        add_module((const char *)uri);
    return doc;
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
    clear_modules();
    add_module(xsl_path);
    reset_xslt_message();
    xsltSetGenericErrorFunc(NULL, on_xslt_error);
    xsltStylesheetPtr style = xsltParseStylesheetDoc(doc);
    xsltSetGenericErrorFunc(NULL, NULL);
    if (!style || style->errors) {
        if (style)
            xsltFreeStylesheet(style); /* frees doc too */
        else
            xmlFreeDoc(doc);
        clear_modules();
        return explain_xslt_error(xsl_path, 1, err);
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
        clear_modules();
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
        st = explain_xslt_error(xsl_path, 0, err);
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
    clear_modules();
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
