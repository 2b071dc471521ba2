/*
 * report.c - a results, comparison or cohort document through a
 * stylesheet into the output file (report.h); the PDF printing is in
 * report_pdf.c.
 */
#include "report.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <libexslt/exslt.h>
#include <libxslt/documents.h>
#include <libxslt/imports.h>
#include <libxslt/security.h>
#include <libxslt/variables.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "baseline.h"
#include "context.h"
#include "datadir.h"
#include "fileio.h"
#include "i18n.h"
#include "its.h"
#include "textsafe.h"
#include "xmlsafe.h"

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
    if (strcmp(name, "docx") == 0)
        return MNR_FORMAT_DOCX;
    if (strcmp(name, "odt") == 0)
        return MNR_FORMAT_ODT;
    return MNR_FORMAT_UNKNOWN;
}

mnr_format mnr_format_from_path(const char *path)
{
    const char *dot = path ? strrchr(path, '.') : NULL;
    if (!dot || strchr(dot, '/'))
        return MNR_FORMAT_UNKNOWN;
    static const struct {
        const char *ext;
        mnr_format format;
    } exts[] = {{".html", MNR_FORMAT_HTML}, {".htm", MNR_FORMAT_HTML}, {".pdf", MNR_FORMAT_PDF},
                {".txt", MNR_FORMAT_TEXT},  {".text", MNR_FORMAT_TEXT}, {".csv", MNR_FORMAT_CSV},
                {".docx", MNR_FORMAT_DOCX}, {".odt", MNR_FORMAT_ODT}};
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++)
        if (strcasecmp(dot, exts[i].ext) == 0) /* report.HTML too */
            return exts[i].format;
    return MNR_FORMAT_UNKNOWN;
}

const char *mnr_format_name(mnr_format format)
{
    switch (format) {
    case MNR_FORMAT_HTML: return "html";
    case MNR_FORMAT_PDF: return "pdf";
    case MNR_FORMAT_TEXT: return "text";
    case MNR_FORMAT_DOCX: return "docx";
    case MNR_FORMAT_ODT: return "odt";
    default: return "csv";
    }
}

/* ---- errors from libxslt (printf-style callbacks) ---- */

/* libxslt reports an error in pieces: a "runtime error: file F line N
 * element E" line, then the reason on the next line(s). All of it is kept
 * (up to the buffer) so that explain_xslt_error() can turn the first error
 * into one sentence with the file and line. xsl:message text is the
 * stylesheet talking, not an error: it is kept apart (the last one), so
 * debugging messages neither hide the real error nor pose as one. */
static char xslt_message[4096];
static char xsl_message_text[512];

/* Appends to buf what fmt makes, cut to fit between characters. */
static void append_to(char *buf, size_t size, const char *fmt, va_list ap)
{
    size_t used = strlen(buf);
    if (used + 1 >= size)
        return;
    char *raw = mnr_vasprintf(NULL, fmt, ap);
    if (!raw)
        return;
    size_t k = mnr_utf8_prefix(raw, size - used - 1);
    memcpy(buf + used, raw, k);
    buf[used + k] = '\0';
    free(raw);
}

static void on_xslt_error(void *ctx, const char *fmt, ...)
{
    (void)ctx;
    va_list ap;
    va_start(ap, fmt);
    append_to(xslt_message, sizeof xslt_message, fmt, ap);
    va_end(ap);
}

static int is_xsl_message(xsltTransformContextPtr t)
{
    xmlNodePtr inst = t ? t->inst : NULL;
    return inst && inst->name && xmlStrEqual(inst->name, (const xmlChar *)"message") &&
           inst->ns && xmlStrEqual(inst->ns->href, XSLT_NAMESPACE);
}

static void on_transform_error(void *ctx, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (!is_xsl_message(ctx))
        append_to(xslt_message, sizeof xslt_message, fmt, ap);
    else if (strcmp(fmt, "\n") != 0) { /* xsltMessage ends a message with "\n" */
        xsl_message_text[0] = '\0';
        append_to(xsl_message_text, sizeof xsl_message_text, fmt, ap);
    }
    va_end(ap);
}

static void reset_xslt_message(void)
{
    xslt_message[0] = '\0';
    xsl_message_text[0] = '\0';
}

/* Copies n bytes from p into buf as a string, cut to fit between
 * characters. */
static void copy_span(char *buf, size_t size, const char *p, size_t n)
{
    if (n >= size)
        n = mnr_utf8_prefix(p, size - 1);
    memcpy(buf, p, n);
    buf[n] = '\0';
}

/* The file and line of the first error ("... error: file F line N
 * element E"): F is the module the error is in, which may be one the
 * stylesheet imports. */
static long xslt_message_where(char *file, size_t size)
{
    file[0] = '\0';
    const char *p = strstr(xslt_message, "error: file ");
    if (!p)
        return 0;
    p += strlen("error: file ");
    const char *end = strstr(p, " line ");
    const char *eol = strchr(p, '\n');
    if (!end || (eol && eol < end))
        return 0;
    copy_span(file, size, p, (size_t)(end - p));
    return strtol(end + 6, NULL, 10);
}

/* Copies the text between `marker` and `stop` (or the end of the line). */
static void text_after(const char *marker, const char *stop, char *buf, size_t size)
{
    const char *p = strstr(xslt_message, marker);
    buf[0] = '\0';
    if (!p)
        return;
    p += strlen(marker);
    size_t n = strcspn(p, "\n");
    const char *s = stop ? strstr(p, stop) : NULL;
    if (s && (size_t)(s - p) < n)
        n = (size_t)(s - p);
    copy_span(buf, size, p, n);
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
            copy_span(buf, size, p, n);
            return;
        }
        p += n + (p[n] == '\n');
    }
    snprintf(buf, size, "%s", _("it stopped with an error"));
}

/* A module that xsl:import or xsl:include could not load: say why. */
static mnr_status explain_module(const char *where, long line, const char *uri, mnr_error *err)
{
    char *real = mnr_xml_real_path(uri);
    if (!real)
        return mnr_error_set(err, MNR_EINVALID, where, line,
                             _("the stylesheet module %s does not exist (or is not a local "
                             "file); check the href"), uri);
    if (!mnr_xml_path_allowed(real)) {
        free(real);
        return mnr_error_set(err, MNR_EINVALID, where, line,
                             _("the stylesheet module %s is outside the stylesheet's own folder "
                             "and mnr's stylesheets folder; copy it next to the stylesheet"),
                             uri);
    }
    /* It exists and may be read, so it is not XML mnr accepts: say where. */
    xmlDocPtr doc = NULL;
    mnr_status st = mnr_xml_load(&doc, real, err);
    xmlFreeDoc(doc);
    free(real);
    if (st != MNR_OK)
        return st;
    return mnr_error_set(err, MNR_EINVALID, where, line,
                         _("the stylesheet module %s cannot be used: %s"), uri,
                         _("check that it is an XSLT 1.0 stylesheet"));
}

/* Turns what libxslt said into one message a user can act on. */
static mnr_status explain_xslt_error(const char *xsl_path, int compiling, mnr_error *err)
{
    char what[1024], file[1024];
    long line = xslt_message_where(file, sizeof file);
    const char *where = file[0] ? file : xsl_path;
    if (strstr(xslt_message, "write rights for") || strstr(xslt_message, "File write for")) {
        text_after("write rights for ", " denied", what, sizeof what);
        if (!what[0])
            text_after("File write for ", " refused", what, sizeof what);
        return mnr_error_set(err, MNR_EINVALID, where, line,
                             _("the stylesheet tries to write the file %s; a report stylesheet "
                             "may not write files (mnr writes the one output itself), so no "
                             "report was written"), what);
    }
    if (strstr(xslt_message, "Local file read for") || strstr(xslt_message, "read rights for")) {
        text_after("Local file read for ", " refused", what, sizeof what);
        if (!what[0])
            text_after("read rights for ", " denied", what, sizeof what);
        int network = strstr(what, "://") && strncmp(what, "file://", 7) != 0;
        return mnr_error_set(err, MNR_EINVALID, where, line,
                             network ? _("the stylesheet tries to fetch %s through document(); "
                                       "a report stylesheet may not use the network, so no "
                                       "report was written")
                                     : _("the stylesheet tries to read %s through document(); a "
                                       "report stylesheet may read only itself and the modules "
                                       "it imports, so no report was written"),
                             what);
    }
    if (strstr(xslt_message, "infinite template recursion") ||
        strstr(xslt_message, "xsltMaxDepth") || strstr(xslt_message, "maxdepth")) {
        return mnr_error_set(err, MNR_EINVALID, where, line,
                             _("the stylesheet nests template calls more than %d deep, so it "
                             "probably recurses forever; check where its recursion stops. "
                             "No report was written"), xsltMaxDepth);
    }
    if (strstr(xslt_message, "unable to load ")) {
        text_after("unable to load ", NULL, what, sizeof what);
        return explain_module(where, line, what, err);
    }
    if (!xslt_message[0] && xsl_message_text[0])
        return mnr_error_set(err, MNR_EINVALID, where, 0,
                             _("the stylesheet stopped with its own message \"%s\", so no "
                             "report was written"), xsl_message_text);
    char reason[512];
    xslt_reason(reason, sizeof reason);
    return mnr_error_set(err, MNR_EINVALID, where, line,
                         compiling ? _("not a usable XSLT 1.0 stylesheet: %s; fix it, or leave out "
                                     "--stylesheet to use mnr's own")
                                   : _("the stylesheet failed (%s), so no report was written"),
                         reason);
}

/* ---- the language ---- */

/* While a stylesheet is loaded in a language other than English: the
 * rules its modules are translated by (its.h), and the first error doing
 * so, which libxslt's loader cannot pass on. */
static const mnr_its_rules *module_rules;
static mnr_error module_error;

/* The text of `node` becomes `text` (plain text, never markup). */
static void set_text(xmlNodePtr node, const char *text)
{
    while (node->children) {
        xmlNodePtr c = node->children;
        xmlUnlinkNode(c);
        xmlFreeNode(c);
    }
    if (text[0])
        xmlAddChild(node, xmlNewDocText(node->doc, (const xmlChar *)text));
}

/* In the words module (words.xsl, mnr's or a user's copy), the language
 * and whether its translation is a draft: the catalog's, not words to
 * translate. */
static void set_language_words(xmlDocPtr doc, const char *path)
{
    const char *base = strrchr(path, '/');
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (strcmp(base ? base + 1 : path, "words.xsl") != 0 || !root)
        return;
    for (xmlNodePtr v = root->children; v; v = v->next) {
        if (v->type != XML_ELEMENT_NODE || !xmlStrEqual(v->name, (const xmlChar *)"variable") ||
            !v->ns || !xmlStrEqual(v->ns->href, XSLT_NAMESPACE))
            continue;
        xmlChar *name = xmlGetProp(v, (const xmlChar *)"name");
        if (xmlStrEqual(name, (const xmlChar *)"s.lang"))
            set_text(v, mnr_i18n_language());
        else if (xmlStrEqual(name, (const xmlChar *)"s.translation-draft"))
            set_text(v, mnr_i18n_draft() ? "yes" : "");
        xmlFree(name);
    }
}

/* Every module of a stylesheet, as it is loaded: its words in the
 * language in use. */
static mnr_status prepare_module(xmlDocPtr doc, const char *path)
{
    set_language_words(doc, path);
    return module_rules ? mnr_its_translate(doc, module_rules, NULL, &module_error) : MNR_OK;
}

/* ---- security ---- */

/* The files that make up the stylesheet being run: the stylesheet itself
 * and every module it imports or includes. document() may read these (for
 * lookup tables kept in the stylesheet) and nothing else, so a report
 * stylesheet can never read a user's files. */
#define MAX_MODULES 32
static char *modules[MAX_MODULES];
static int n_modules;

/* `real` is a path from mnr_xml_real_path(); the list takes it over. */
static void add_module(char *real)
{
    if (real && n_modules < MAX_MODULES)
        modules[n_modules++] = real;
    else
        free(real);
}

static int is_module_path(const char *real)
{
    for (int i = 0; real && i < n_modules; i++)
        if (strcmp(real, modules[i]) == 0)
            return 1;
    return 0;
}

static int is_module(const char *uri)
{
    char *real = mnr_xml_real_path(uri); /* NULL for NULL, other schemes */
    int found = is_module_path(real);
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

/* Whether `path` is a regular file (fileio's check for every input): a
 * module that is a FIFO would make libxml2 wait for ever on it. Refused
 * here, explain_module then says why. */
static int regular_file(const char *path)
{
    int fd;
    struct stat st;
    mnr_error ignored;
    mnr_error_init(&ignored);
    if (mnr_input_open(&fd, &st, path, N_("a stylesheet module"), &ignored) != MNR_OK)
        return 0;
    close(fd);
    return 1;
}

/* xsl:import, xsl:include and document() go through here. Modules come
 * from the allow-list of xmlsafe.h (mnr's stylesheets directory, a user
 * stylesheet's own directory); document() reads only the modules. Entities
 * are never substituted and DTDs never loaded. */
static xmlDocPtr safe_doc_loader(const xmlChar *uri, xmlDictPtr dict, int options, void *ctxt,
                                 xsltLoadType type)
{
    int is_import = type == XSLT_LOAD_STYLESHEET;
    char *real = is_import ? mnr_xml_allowed_path((const char *)uri)
                           : mnr_xml_real_path((const char *)uri);
    if (!real || (!is_import && !is_module_path(real)) || !regular_file(real)) {
        free(real);
        return NULL;
    }
    options &= ~(XML_PARSE_NOENT | XML_PARSE_DTDLOAD | XML_PARSE_DTDATTR | XML_PARSE_DTDVALID);
    options |= XML_PARSE_NONET;
    /* the checked path, not the URL: the file checked is the file opened */
    xmlDocPtr doc = original_loader((const xmlChar *)real, dict, options, ctxt, type);
    if (doc && is_import && prepare_module(doc, real) != MNR_OK) {
        xmlFreeDoc(doc);
        doc = NULL;
    }
    if (doc && is_import)
        add_module(real);
    else
        free(real);
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

/* `rules`: translate the stylesheet's modules by them; NULL in English. */
static mnr_status load_stylesheet(xsltStylesheetPtr *out, const char *xsl_path,
                                  const mnr_its_rules *rules, mnr_error *err)
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
    module_rules = rules;
    mnr_error_init(&module_error);
    if (st == MNR_OK && (st = prepare_module(doc, xsl_path)) != MNR_OK)
        *err = module_error;
    if (st != MNR_OK) {
        xmlFreeDoc(doc);
        module_rules = NULL;
        return st;
    }
    clear_modules();
    add_module(mnr_xml_real_path(xsl_path));
    reset_xslt_message();
    xsltSetGenericErrorFunc(NULL, on_xslt_error);
    xsltStylesheetPtr style = xsltParseStylesheetDoc(doc);
    xsltSetGenericErrorFunc(NULL, NULL);
    module_rules = NULL;
    if (!style || style->errors) {
        if (style)
            xsltFreeStylesheet(style); /* frees doc too */
        else
            xmlFreeDoc(doc);
        clear_modules();
        if (module_error.status != MNR_OK) {
            *err = module_error;
            return err->status;
        }
        return explain_xslt_error(xsl_path, 1, err);
    }
    *out = style;
    return MNR_OK;
}

/* Whether the stylesheet or a module it imports declares a top-level
 * xsl:param `name`. libxslt would let a parameter replace a top-level
 * xsl:variable of an imported module too: internal values must stay so. */
static int declares_param(xsltStylesheetPtr style, const char *name)
{
    for (xsltStylesheetPtr s = style; s; s = xsltNextImport(s))
        for (xsltStackElemPtr v = s->variables; v; v = v->next)
            if (v->comp && v->comp->type == XSLT_FUNC_PARAM &&
                xmlStrEqual(v->name, (const xmlChar *)name))
                return 1;
    return 0;
}

static mnr_status check_params(xsltStylesheetPtr style, const char *xsl_path, const char **params,
                               mnr_error *err)
{
    for (int i = 0; params && params[i]; i += 2)
        if (!declares_param(style, params[i]))
            return mnr_error_set(err, MNR_EINVALID, xsl_path, 0,
                                 _("the stylesheet has no parameter %s (no top-level xsl:param "
                                 "of that name); leave out --param %s, or declare it"),
                                 params[i], params[i]);
    return MNR_OK;
}

static mnr_status transform(char **out, size_t *len, xmlDocPtr results, const char *xsl_path,
                           const char **params, const mnr_its_rules *rules, mnr_error *err)
{
    *out = NULL;
    *len = 0;
    xsltStylesheetPtr style = NULL;
    mnr_status st = load_stylesheet(&style, xsl_path, rules, err);
    if (st == MNR_OK && (st = check_params(style, xsl_path, params, err)) != MNR_OK) {
        xsltFreeStylesheet(style);
        clear_modules();
    }
    if (st != MNR_OK)
        return st;

    xsltTransformContextPtr ctxt = xsltNewTransformContext(style, results);
    xsltSecurityPrefsPtr prefs = make_prefs();
    if (!ctxt || !prefs) {
        xsltFreeTransformContext(ctxt);
        xsltFreeSecurityPrefs(prefs);
        xsltFreeStylesheet(style);
        clear_modules();
        return mnr_error_set(err, MNR_ENOMEM, xsl_path, 0, _("out of memory"));
    }
    xsltSetCtxtSecurityPrefs(prefs, ctxt);
    xsltSetCtxtParseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA);
    reset_xslt_message();
    xsltSetGenericErrorFunc(NULL, on_xslt_error);
    xsltSetTransformErrorFunc(ctxt, ctxt, on_transform_error);
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
            st = mnr_error_set(err, MNR_ENOMEM, xsl_path, 0, _("could not serialise the report"));
        else {
            *out = malloc((size_t)n + 1);
            if (*out) {
                memcpy(*out, buf ? (const char *)buf : "", (size_t)n);
                (*out)[n] = '\0';
                *len = (size_t)n;
            } else
                st = mnr_error_set(err, MNR_ENOMEM, xsl_path, 0, _("out of memory"));
        }
        xmlFree(buf);
    }
    xmlFreeDoc(res);
    xsltFreeTransformContext(ctxt);
    xsltFreeSecurityPrefs(prefs);
    xsltFreeStylesheet(style);
    if (st != MNR_OK)
        clear_modules(); /* else kept for mnr_report_check_output */
    return st;
}

mnr_status mnr_report_transform(char **out, size_t *len, xmlDocPtr results, const char *xsl_path,
                                const char **params, mnr_error *err)
{
    return transform(out, len, results, xsl_path, params, NULL, err);
}

/* The data directory's rules when a language other than English is in
 * use; *out stays NULL in English, where nothing is translated. */
static mnr_status language_rules(mnr_its_rules **out, const mnr_context *ctx, mnr_error *err)
{
    *out = NULL;
    if (strcmp(mnr_i18n_language(), "en") == 0)
        return MNR_OK;
    char *path = mnr_context_path(ctx, MNR_ITS_RULES_FILE);
    struct stat st_buf;
    mnr_status st = !path ? mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"))
                    : stat(path, &st_buf) != 0
                        ? mnr_error_set(err, MNR_EIO, path, 0,
                                        _("mnr's data directory lacks the rules that say which "
                                          "texts to translate; reinstall mnr, or leave out the "
                                          "language to have the output in English"))
                        : mnr_its_rules_load(out, path, err);
    free(path);
    return st;
}

mnr_status mnr_report_transform_lang(char **out, size_t *len, const mnr_context *ctx,
                                     xmlDocPtr doc, const char *xsl_path, const char **params,
                                     mnr_error *err)
{
    *out = NULL;
    *len = 0;
    mnr_its_rules *rules = NULL;
    xmlDocPtr copy = NULL;
    mnr_status st = language_rules(&rules, ctx, err);
    if (st == MNR_OK && rules) {
        /* the caller's document stays as it was (English, as written) */
        copy = xmlCopyDoc(doc, 1);
        st = copy ? mnr_its_translate(copy, rules, NULL, err)
                  : mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
        /* a cohort's words hold its figures: no msgid the rules can look up */
        if (st == MNR_OK && mnr_baseline_translate_cohort_words(copy) < 0)
            st = mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    }
    if (st == MNR_OK)
        st = transform(out, len, copy ? copy : doc, xsl_path, params, rules, err);
    xmlFreeDoc(copy);
    mnr_its_rules_free(rules);
    return st;
}

mnr_status mnr_report_check_output(const char *out, const char *data_dir, mnr_error *err)
{
    const char *inputs[MAX_MODULES + 1];
    for (int i = 0; i < n_modules; i++)
        inputs[i] = modules[i];
    inputs[n_modules] = NULL;
    mnr_status st = mnr_output_check(out, inputs, data_dir, err);
    clear_modules();
    return st;
}

/* ---- the one writer of reports, comparisons and cohort reports ---- */

/* The stylesheet directory of the data directory may be read, and so may
 * a user's stylesheet's own directory (its modules: a copy of
 * report-html.xsl next to copies of the modules it imports);
 * document() is held tighter (safe_doc_loader). */
static void allow_stylesheets(const mnr_context *ctx, const char *own)
{
    char *stylesheet_dir = mnr_context_path(ctx, MNR_STYLESHEET_DIR);
    mnr_xml_allow(stylesheet_dir);
    free(stylesheet_dir);
    if (own) {
        char *dir = mnr_path_dir(own);
        if (dir)
            mnr_xml_allow(dir);
        free(dir);
    }
}

/* mnr's stylesheets/LAYOUT-FORMAT.xsl; the PDF is the HTML printed. */
static char *builtin_path(const mnr_context *ctx, const char *layout, mnr_format format)
{
    char rel[256];
    snprintf(rel, sizeof rel, "%s/%s-%s.xsl", MNR_STYLESHEET_DIR, layout,
             mnr_format_name(format == MNR_FORMAT_PDF ? MNR_FORMAT_HTML : format));
    return mnr_context_path(ctx, rel);
}

static mnr_status write_output(const mnr_report_spec *r, const char *xsl, const char *text,
                               size_t len, mnr_error *err)
{
    if (r->format == MNR_FORMAT_DOCX || r->format == MNR_FORMAT_ODT)
        return mnr_report_office(text, len, xsl, r, err);
    if (r->format == MNR_FORMAT_PDF) {
        if (r->printing)
            r->printing(r->browser);
        return mnr_report_pdf(text, len, r->out, r->browser, err);
    }
    if (r->format != MNR_FORMAT_TEXT && r->format != MNR_FORMAT_CSV)
        return mnr_write_atomic(r->out, text, len, err);
    /* for a terminal or a spreadsheet: controls from the data shown, not
     * obeyed (bidi controls would reorder a cell's text) */
    size_t safe_len = 0;
    char *safe = mnr_text_safe_dup(text, len, r->format == MNR_FORMAT_CSV ? MNR_TEXT_CSV
                                                                          : MNR_TEXT_LAYOUT,
                                   &safe_len);
    mnr_status st = safe ? mnr_write_atomic(r->out, safe, safe_len, err)
                         : mnr_error_set(err, MNR_ENOMEM, r->out, 0, _("out of memory"));
    free(safe);
    return st;
}

mnr_status mnr_report_write(const mnr_context *ctx, const mnr_report_spec *r, xmlDocPtr doc,
                            mnr_error *err)
{
    char *xsl = r->stylesheet ? strdup(r->stylesheet) : builtin_path(ctx, r->layout, r->format);
    allow_stylesheets(ctx, r->stylesheet);
    char *text = NULL;
    size_t len = 0;
    mnr_status st = xsl ? MNR_OK : mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    /* a reference document that is not one is refused before any work */
    if (st == MNR_OK && r->reference)
        st = mnr_report_reference_check(r->reference, r->format, err);
    if (st == MNR_OK)
        st = mnr_report_transform_lang(&text, &len, ctx, doc, xsl, r->params, err);
    if (st == MNR_OK) /* the stylesheet's modules are known now */
        st = mnr_report_check_output(r->out, ctx->dir, err);
    if (st == MNR_OK)
        st = write_output(r, xsl, text, len, err);
    free(text);
    free(xsl);
    return st;
}

/* ---- the parameters a user may set ---- */

static int listed(char **list, int n, const xmlChar *name)
{
    for (int i = 0; i < n; i++)
        if (xmlStrEqual((const xmlChar *)list[i], name))
            return 1;
    return 0;
}

/* The names of the top-level xsl:params of `style` and its imports. */
static mnr_status param_names(char ***out, xsltStylesheetPtr style, mnr_error *err)
{
    int n = 0, size = 8;
    char **list = calloc((size_t)size + 1, sizeof *list);
    for (xsltStylesheetPtr s = style; s && list; s = xsltNextImport(s))
        for (xsltStackElemPtr v = s->variables; v && list; v = v->next) {
            if (!v->comp || v->comp->type != XSLT_FUNC_PARAM || listed(list, n, v->name))
                continue;
            if (n == size) {
                char **grown = realloc(list, (size_t)(2 * size + 1) * sizeof *list);
                if (!grown) {
                    mnr_report_params_free(list);
                    list = NULL;
                    break;
                }
                list = grown;
                size *= 2;
            }
            if ((list[n] = strdup((const char *)v->name)) != NULL)
                list[++n] = NULL;
        }
    *out = list;
    return list ? MNR_OK : mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
}

mnr_status mnr_report_params(char ***out, const mnr_context *ctx, const char *layout,
                             mnr_format format, mnr_error *err)
{
    *out = NULL;
    char *xsl = builtin_path(ctx, layout, format);
    allow_stylesheets(ctx, NULL);
    xsltStylesheetPtr style = NULL;
    mnr_status st = xsl ? load_stylesheet(&style, xsl, NULL, err)
                        : mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    if (st == MNR_OK)
        st = param_names(out, style, err);
    xsltFreeStylesheet(style);
    clear_modules();
    free(xsl);
    return st;
}

void mnr_report_params_free(char **params)
{
    for (int i = 0; params && params[i]; i++)
        free(params[i]);
    free(params);
}
