#include "xmlsafe.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/uri.h>

#include "platform.h"

/* ---- resource loader: an allow-list of directories ---- */

#define MAX_ALLOWED 8

static char *allowed_dirs[MAX_ALLOWED];
static int n_allowed;

/* Whether `s` starts with a URI scheme ("http:", "data:"...): letters,
 * digits, + - . before a colon, and no slash before it. */
static int has_scheme(const char *s)
{
    if (!isalpha((unsigned char)s[0]))
        return 0;
    for (const char *p = s; *p; p++) {
        if (*p == ':')
            return 1;
        if (!isalnum((unsigned char)*p) && *p != '+' && *p != '-' && *p != '.')
            return 0;
    }
    return 0;
}

char *mnr_xml_real_path(const char *url)
{
    if (!url || !url[0])
        return NULL;
    const char *p = url;
    if (strncasecmp(p, "file:", 5) == 0) {
        p += 5;
        if (strncmp(p, "//", 2) == 0) {
            p += 2;
            if (strncasecmp(p, "localhost/", 10) == 0)
                p += 9;
            else if (*p != '/')
                return NULL; /* a file on another host */
        }
    } else if (has_scheme(p) && !mnr_is_absolute(p))
        return NULL; /* ("C:/x" on Windows is a path, not a scheme) */
    /* libxml2 opens a path as it is, then %-unescaped: check both the
     * same way, so the file checked is the file opened. */
    char *real = realpath(p, NULL);
    if (real)
        return real;
    char *unescaped = xmlURIUnescapeString(p, 0, NULL);
    if (unescaped) {
        real = realpath(unescaped, NULL);
        xmlFree(unescaped);
    }
    return real;
}

static int real_path_allowed(const char *real)
{
    for (int i = 0; i < n_allowed; i++) {
        size_t n = strlen(allowed_dirs[i]);
        if (strncmp(real, allowed_dirs[i], n) == 0 && (real[n] == '/' || real[n] == '\0'))
            return 1;
    }
    return 0;
}

char *mnr_xml_allowed_path(const char *url)
{
    char *real = mnr_xml_real_path(url);
    if (real && !real_path_allowed(real)) {
        free(real);
        real = NULL;
    }
    return real;
}

int mnr_xml_path_allowed(const char *url)
{
    char *real = mnr_xml_allowed_path(url);
    free(real);
    return real != NULL;
}

static xmlParserInputPtr safe_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    (void)id;
    char *real = mnr_xml_allowed_path(url);
    if (!real)
        return NULL; /* the caller reports "failed to load external entity" */
    xmlParserInputPtr in = xmlNewInputFromFile(ctxt, real);
    free(real);
    return in;
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

void mnr_xml_cleanup(void)
{
    mnr_xml_schemas_free();
    mnr_xml_load_free();
    mnr_xml_clear_allowed();
}
