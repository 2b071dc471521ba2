#include "xmlcapture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

/* libxml2 names where a tag was opened as "... answers line 1", which
 * beside our "FILE:2:" reads as two answers to "which line?". Says it as
 * "answers (opened on line 1)" instead; `msg` is at most a few hundred
 * bytes. Returns a new string, or NULL when there is nothing to change
 * (or no memory). */
static char *say_opened_on(const char *msg)
{
    const char *at = strstr(msg, " line ");
    if (!at || at[6] < '0' || at[6] > '9')
        return NULL;
    const char *digits = at + 6, *end = digits + strspn(digits, "0123456789");
    if (*end != '\0' && *end != ' ' && *end != '\n')
        return NULL;
    size_t len = strlen(msg) + sizeof " (opened on )";
    char *out = malloc(len);
    if (out)
        snprintf(out, len, "%.*s (opened on line %.*s)%s", (int)(at - msg), msg,
                 (int)(end - digits), digits, end);
    return out;
}

#if LIBXML_VERSION >= 21200
void mnr_xml_on_error(void *data, const xmlError *e)
#else
void mnr_xml_on_error(void *data, xmlErrorPtr e)
#endif
{
    mnr_xml_capture *c = data;
    if (!e || e->level == XML_ERR_WARNING)
        return;
    const char *msg = e->message ? e->message : _("malformed XML");
    int first = c->err && c->err->status == MNR_OK;
    /* The raw checks catch these first; should one get through, do not
     * pass on libxml2's advice about its own options. */
    if (strstr(msg, "Excessive depth"))
        msg = _("elements are nested too deep; this is not an mnr file or it is damaged");
    else if (e->code == XML_ERR_INVALID_CHAR && strstr(msg, "UTF-8"))
        msg = _("the file is not valid UTF-8; save it as UTF-8, or name its encoding in the "
                "first line");
    /* some libxml2 messages run over two lines: make them one, before the
     * error record escapes what is left (a newline in a quoted value) */
    char *copy = e->domain == XML_FROM_PARSER ? say_opened_on(msg) : NULL;
    if (!copy)
        copy = strdup(msg);
    if (copy) {
        size_t n = strlen(copy);
        while (n > 0 && copy[n - 1] == '\n')
            copy[--n] = '\0';
        for (char *p = copy; *p; p++)
            if (*p == '\n')
                *p = ' ';
    }
    mnr_error_set(c->err, c->status, c->name, e->line, "%s", copy ? copy : msg);
    free(copy);
    if (first)
        c->err->column = e->int2;
}
