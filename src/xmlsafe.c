#include "xmlsafe.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlversion.h>

#define MAX_ALLOWED 8

static char *allowed_dirs[MAX_ALLOWED];
static int n_allowed;

static int parse_options(void)
{
    int opts = XML_PARSE_NONET | XML_PARSE_BIG_LINES;
#if LIBXML_VERSION >= 21300
    opts |= XML_PARSE_NO_XXE;
#endif
    return opts;
}

/* ---- resource loader: an allow-list of directories ---- */

int mnr_xml_path_allowed(const char *url)
{
    const char *path = url;
    if (strncmp(path, "file://", 7) == 0)
        path += 7;
    if (strstr(path, "://") || strstr(path, ".."))
        return 0;
    char *real = realpath(path, NULL);
    if (!real)
        return 0;
    int ok = 0;
    for (int i = 0; i < n_allowed && !ok; i++) {
        size_t n = strlen(allowed_dirs[i]);
        ok = strncmp(real, allowed_dirs[i], n) == 0 && (real[n] == '/' || real[n] == '\0');
    }
    free(real);
    return ok;
}

static xmlParserInputPtr safe_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    (void)id;
    if (!url || !mnr_xml_path_allowed(url))
        return NULL; /* the caller reports "failed to load external entity" */
    return xmlNewInputFromFile(ctxt, url);
}

static void silent_generic(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

void mnr_xml_init(void)
{
    xmlInitParser();
    xmlSetExternalEntityLoader(safe_loader);
    xmlSetGenericErrorFunc(NULL, silent_generic);
    xmlSubstituteEntitiesDefault(0);
    xmlLoadExtDtdDefaultValue = 0;
}

void mnr_xml_allow(const char *dir)
{
    if (n_allowed >= MAX_ALLOWED)
        return;
    char *real = realpath(dir, NULL);
    if (real)
        allowed_dirs[n_allowed++] = real;
}

void mnr_xml_clear_allowed(void)
{
    for (int i = 0; i < n_allowed; i++)
        free(allowed_dirs[i]);
    n_allowed = 0;
}

/* ---- error capture ---- */

typedef struct capture {
    mnr_error *err;
    const char *name;
    mnr_status status;
} capture;

#if LIBXML_VERSION >= 21200
static void on_error(void *data, const xmlError *e)
#else
static void on_error(void *data, xmlErrorPtr e)
#endif
{
    capture *c = data;
    if (!e || e->level == XML_ERR_WARNING)
        return;
    const char *msg = e->message ? e->message : "malformed XML";
    /* libxml2 says "Document is empty" for a file of only whitespace or
     * binary junk: say what the user can do about it. */
    mnr_error_set(c->err, c->status, c->name, e->line, "%s", msg);
    if (c->err && c->err->more == 0)
        c->err->column = e->int2;
}

/* ---- reading the file ---- */

static mnr_status read_file(char **data, size_t *len, const char *path, mnr_error *err)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        if (errno == ENOENT)
            return mnr_error_set(err, MNR_EIO, path, 0,
                                 "no such file; check the path and the spelling of the name");
        return mnr_error_set(err, MNR_EIO, path, 0, "cannot open: %s", strerror(errno));
    }
    if (S_ISDIR(st.st_mode))
        return mnr_error_set(err, MNR_EIO, path, 0,
                             "is a directory, not an XML file; give the path of a file inside it");
    if (!S_ISREG(st.st_mode))
        return mnr_error_set(err, MNR_EIO, path, 0,
                             "is not a regular file; give the path of an XML file");
    if (st.st_size == 0)
        return mnr_error_set(err, MNR_EIO, path, 0,
                             "the file is empty; expected an XML document");
    if (st.st_size > MNR_XML_MAX_BYTES)
        return mnr_error_set(err, MNR_EIO, path, 0,
                             "the file is too large (%lld MB); mnr reads XML files up to %ld MB",
                             (long long)(st.st_size / (1024 * 1024)),
                             MNR_XML_MAX_BYTES / (1024 * 1024));

    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        if (errno == EACCES)
            return mnr_error_set(err, MNR_EIO, path, 0,
                                 "permission denied; check that you may read the file");
        return mnr_error_set(err, MNR_EIO, path, 0, "cannot open: %s", strerror(errno));
    }
    size_t size = (size_t)st.st_size;
    char *buf = malloc(size + 1);
    if (!buf) {
        close(fd);
        return mnr_error_set(err, MNR_ENOMEM, path, 0, "out of memory reading the file");
    }
    size_t got = 0;
    while (got < size) {
        ssize_t n = read(fd, buf + got, size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    close(fd);
    if (got != size) {
        free(buf);
        return mnr_error_set(err, MNR_EIO, path, 0, "could not read the whole file");
    }
    buf[size] = '\0';
    *data = buf;
    *len = size;
    return MNR_OK;
}

/* The first thing in the file, skipping a BOM and whitespace, must be '<'. */
static int looks_like_xml(const char *data, size_t len)
{
    size_t i = 0;
    if (len >= 3 && (unsigned char)data[0] == 0xEF && (unsigned char)data[1] == 0xBB &&
        (unsigned char)data[2] == 0xBF)
        i = 3;
    while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
        i++;
    return i < len && data[i] == '<';
}

/* The line of the first <!DOCTYPE in the raw bytes, or 0. Only the
 * prolog can hold one, so the search stops at the first element. */
static long mnr_find_doctype(const char *data, size_t len)
{
    long line = 1;
    for (size_t i = 0; i + 9 <= len; i++) {
        if (data[i] == '\n')
            line++;
        else if (memcmp(data + i, "<!DOCTYPE", 9) == 0)
            return line;
        else if (data[i] == '<' && data[i + 1] != '?' && data[i + 1] != '!')
            return 0;
    }
    return 0;
}

/* libxml2 keeps no line for the DTD node. */
static long doctype_line(xmlDocPtr doc, const char *data, size_t len)
{
    if (!doc || (!doc->intSubset && !doc->extSubset))
        return 0;
    long line = mnr_find_doctype(data, len);
    return line ? line : 1;
}

mnr_status mnr_xml_load_memory(xmlDocPtr *out, const char *data, size_t len,
                               const char *name, mnr_error *err)
{
    *out = NULL;
    if (len == 0)
        return mnr_error_set(err, MNR_EIO, name, 0, "the file is empty; expected an XML document");
    if (!looks_like_xml(data, len))
        return mnr_error_set(err, MNR_EPARSE, name, 1,
                             "not an XML file (it does not start with '<'); "
                             "give an mnr XML file, not a spreadsheet, PDF or text file");
    if (len > (size_t)MNR_XML_MAX_BYTES)
        return mnr_error_set(err, MNR_EIO, name, 0, "the file is too large");

    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt)
        return mnr_error_set(err, MNR_ENOMEM, name, 0, "out of memory");
    capture cap = {err, name, MNR_EPARSE};
    xmlSetStructuredErrorFunc(&cap, on_error);
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, data, (int)len, name, NULL, parse_options());
    xmlSetStructuredErrorFunc(NULL, NULL);
    int well_formed = ctxt->wellFormed;
    xmlFreeParserCtxt(ctxt);

    if (doc && !well_formed) {
        xmlFreeDoc(doc);
        doc = NULL;
    }
    long dl = doctype_line(doc, data, len);
    if (!doc && mnr_find_doctype(data, len))
        dl = mnr_find_doctype(data, len);
    if (dl) {
        /* Entity loops and external entities surface as parse errors;
         * the cause the user can act on is the DOCTYPE itself. */
        xmlFreeDoc(doc);
        if (err) {
            mnr_error_init(err);
            mnr_error_set(err, MNR_EPARSE, name, dl,
                          "the file has a <!DOCTYPE> declaration, which mnr does not accept "
                          "(it could pull in other files or expand entities); remove it");
        }
        return MNR_EPARSE;
    }
    if (!doc) {
        if (!err || err->status == MNR_OK)
            mnr_error_set(err, MNR_EPARSE, name, 0, "not well-formed XML");
        else if (strlen(err->message) + 80 < sizeof err->message)
            strcat(err->message, " (not well-formed XML: fix the markup at this line)");
        if (err)
            err->status = MNR_EPARSE;
        return MNR_EPARSE;
    }
    if (!xmlDocGetRootElement(doc)) {
        xmlFreeDoc(doc);
        return mnr_error_set(err, MNR_EPARSE, name, 0, "no root element; expected an XML document");
    }
    *out = doc;
    return MNR_OK;
}

mnr_status mnr_xml_load(xmlDocPtr *out, const char *path, mnr_error *err)
{
    char *data = NULL;
    size_t len = 0;
    *out = NULL;
    mnr_status st = read_file(&data, &len, path, err);
    if (st != MNR_OK)
        return st;
    st = mnr_xml_load_memory(out, data, len, path, err);
    free(data);
    return st;
}

mnr_status mnr_xml_validate(xmlDocPtr doc, const char *path, const char *xsd_path, mnr_error *err)
{
    mnr_error schema_err;
    mnr_error_init(&schema_err);
    xmlDocPtr xsd_doc = NULL;
    mnr_status st = mnr_xml_load(&xsd_doc, xsd_path, &schema_err);
    if (st != MNR_OK) {
        char buf[2048];
        mnr_error_format(&schema_err, buf, sizeof buf);
        return mnr_error_set(err, MNR_EIO, path, 0,
                             "cannot load the schema to check this file against (%s); "
                             "check the installation or --data-dir", buf);
    }
    capture cap = {&schema_err, xsd_path, MNR_ESCHEMA};
    xmlSetStructuredErrorFunc(&cap, on_error);
    xmlSchemaParserCtxtPtr pctxt = xmlSchemaNewDocParserCtxt(xsd_doc);
    xmlSchemaPtr schema = pctxt ? xmlSchemaParse(pctxt) : NULL;
    xmlSetStructuredErrorFunc(NULL, NULL);
    if (pctxt)
        xmlSchemaFreeParserCtxt(pctxt);
    if (!schema) {
        xmlFreeDoc(xsd_doc);
        return mnr_error_set(err, MNR_EIO, path, 0, "the schema %s does not compile: %s",
                             xsd_path, schema_err.message);
    }

    capture vcap = {err, path, MNR_ESCHEMA};
    xmlSchemaValidCtxtPtr vctxt = xmlSchemaNewValidCtxt(schema);
    int rc = -1;
    if (vctxt) {
        xmlSchemaSetValidStructuredErrors(vctxt, on_error, &vcap);
        rc = xmlSchemaValidateDoc(vctxt, doc);
        xmlSchemaFreeValidCtxt(vctxt);
    }
    xmlSchemaFree(schema);
    xmlFreeDoc(xsd_doc);
    if (rc != 0) {
        const char *base = strrchr(xsd_path, '/') ? strrchr(xsd_path, '/') + 1 : xsd_path;
        if (!err || err->status == MNR_OK)
            mnr_error_set(err, MNR_ESCHEMA, path, 0, "does not match its schema %s", base);
        else if (strlen(err->message) + strlen(base) + 40 < sizeof err->message)
            snprintf(err->message + strlen(err->message), sizeof err->message - strlen(err->message),
                     " (the layout is in schema %s)", base);
        return MNR_ESCHEMA;
    }
    return MNR_OK;
}

/* ---- tree helpers ---- */

char *mnr_xml_prop(xmlNodePtr node, const char *name)
{
    xmlChar *v = xmlGetProp(node, (const xmlChar *)name);
    if (!v)
        return NULL;
    char *s = strdup((const char *)v);
    xmlFree(v);
    return s;
}

/* Element text with runs of whitespace folded to one space, so that text
 * wrapped over several lines in a data file reads as one paragraph. */
char *mnr_xml_text(xmlNodePtr node)
{
    xmlChar *v = node ? xmlNodeGetContent(node) : NULL;
    const char *src = v ? (const char *)v : "";
    char *s = malloc(strlen(src) + 1);
    if (!s) {
        xmlFree(v);
        return NULL;
    }
    char *d = s;
    int space = 0;
    for (const char *p = src; *p; p++) {
        if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
            space = 1;
            continue;
        }
        if (space && d != s)
            *d++ = ' ';
        space = 0;
        *d++ = *p;
    }
    *d = '\0';
    xmlFree(v);
    return s;
}

int mnr_xml_is(xmlNodePtr node, const char *name)
{
    return node && node->type == XML_ELEMENT_NODE && xmlStrcmp(node->name, (const xmlChar *)name) == 0;
}

xmlNodePtr mnr_xml_next(xmlNodePtr node, const char *name)
{
    for (node = node ? node->next : NULL; node; node = node->next)
        if (mnr_xml_is(node, name))
            return node;
    return NULL;
}

xmlNodePtr mnr_xml_child(xmlNodePtr node, const char *name)
{
    if (!node)
        return NULL;
    for (xmlNodePtr c = node->children; c; c = c->next)
        if (mnr_xml_is(c, name))
            return c;
    return NULL;
}
