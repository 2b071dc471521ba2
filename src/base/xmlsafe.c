#include "xmlsafe.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/uri.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlversion.h>

#include "fileio.h"
#include "textsafe.h"

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
    } else if (has_scheme(p))
        return NULL;
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

/* ---- error capture ---- */

typedef struct capture {
    mnr_error *err;
    const char *name;
    mnr_status status;
} capture;

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
static void on_error(void *data, const xmlError *e)
#else
static void on_error(void *data, xmlErrorPtr e)
#endif
{
    capture *c = data;
    if (!e || e->level == XML_ERR_WARNING)
        return;
    const char *msg = e->message ? e->message : "malformed XML";
    int first = c->err && c->err->status == MNR_OK;
    /* The raw checks catch these first; should one get through, do not
     * pass on libxml2's advice about its own options. */
    if (strstr(msg, "Excessive depth"))
        msg = "elements are nested too deep; this is not an mnr file or it is damaged";
    else if (e->code == XML_ERR_INVALID_CHAR && strstr(msg, "UTF-8"))
        msg = "the file is not valid UTF-8; save it as UTF-8, or name its encoding in the "
              "first line";
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

/* ---- reading the file ---- */

/* The first `s` (of length n) in [p, end), or NULL. */
static const char *find_in(const char *p, const char *end, const char *s, size_t n)
{
    for (; end - p >= (long)n; p++)
        if (memcmp(p, s, n) == 0)
            return p;
    return NULL;
}

/* Skips what may come before the root element: a byte order mark, white
 * space, the XML declaration, comments and processing instructions. */
static const char *skip_prolog(const char *p, const char *end)
{
    if (end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    for (;;) {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
            p++;
        const char *close = NULL;
        if (end - p >= 4 && memcmp(p, "<!--", 4) == 0)
            close = find_in(p + 4, end, "-->", 3);
        else if (end - p >= 2 && memcmp(p, "<?", 2) == 0)
            close = find_in(p + 2, end, "?>", 2);
        else
            return p;
        if (!close)
            return end;
        p = close + (p[1] == '!' ? 3 : 2);
    }
}

/* 1 when the root element of the document starting with `data` is
 * <results> (without a prefix, as mnr writes it). */
static int root_is_results(const char *data, size_t len)
{
    const char *end = data + len;
    const char *p = skip_prolog(data, end);
    if (end - p < 9 || memcmp(p, "<results", 8) != 0)
        return 0;
    char c = p[8];
    return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The size limit for the open file `fd`, told by its first bytes (read
 * from the descriptor: the name, opened again, might be another file). */
static long long max_bytes_of(int fd, long long size)
{
    if (size <= MNR_XML_MAX_BYTES)
        return MNR_XML_MAX_BYTES;
    char head[4096];
    ssize_t n = pread(fd, head, sizeof head, 0);
    return n > 0 && root_is_results(head, (size_t)n) ? MNR_XML_MAX_RESULTS_BYTES
                                                      : MNR_XML_MAX_BYTES;
}

static mnr_status too_large(const char *name, long long size, mnr_error *err)
{
    return mnr_error_set(err, MNR_EIO, name, 0,
                         "the file is too large (%lld MB); mnr reads XML files up to %ld MB "
                         "(results files up to %ld MB) and its own files are far smaller: "
                         "check that this is the right file",
                         size / (1024 * 1024), MNR_XML_MAX_BYTES / (1024 * 1024),
                         MNR_XML_MAX_RESULTS_BYTES / (1024 * 1024));
}

/* Reads `path` whole into a new buffer, or into *buf (of *size bytes,
 * grown as needed; the caller keeps it) when buf is given. */
static mnr_status read_file(char **data, size_t *len, const char *path, char **buf_keep,
                            size_t *size_keep, mnr_error *err)
{
    struct stat st;
    int fd;
    mnr_status opened = mnr_input_open(&fd, &st, path, "an XML file", err);
    if (opened != MNR_OK)
        return opened;
    mnr_status st_size = MNR_OK;
    if (st.st_size == 0)
        st_size = mnr_error_set(err, MNR_EIO, path, 0,
                                "the file is empty; expected an XML document");
    else if (st.st_size > max_bytes_of(fd, st.st_size))
        st_size = too_large(path, st.st_size, err);
    if (st_size != MNR_OK) {
        close(fd);
        return st_size;
    }
    size_t size = (size_t)st.st_size;
    char *buf = buf_keep && *size_keep > size ? *buf_keep : malloc(size + 1);
    if (buf && buf_keep && buf != *buf_keep) {
        free(*buf_keep);
        *buf_keep = buf;
        *size_keep = size + 1;
    }
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
        if (!buf_keep)
            free(buf);
        return mnr_error_set(err, MNR_EIO, path, 0, "could not read the whole file");
    }
    buf[size] = '\0';
    *data = buf;
    *len = size;
    return MNR_OK;
}

/* ---- checks on the raw bytes, before libxml2 sees them ---- */

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static int starts(const char *p, const char *end, const char *s)
{
    size_t n = strlen(s);
    return (size_t)(end - p) >= n && memcmp(p, s, n) == 0;
}

static long count_lines(const char *from, const char *to)
{
    long n = 0;
    for (const char *p = from; p < to; p++)
        n += *p == '\n';
    return n;
}

/* The length of a UTF-8 byte order mark at the start, or 0. */
static size_t bom_length(const char *data, size_t len)
{
    return len >= 3 && (unsigned char)data[0] == 0xEF && (unsigned char)data[1] == 0xBB &&
                   (unsigned char)data[2] == 0xBF
               ? 3
               : 0;
}

/* UTF-16 or UTF-32, with or without a byte order mark: the file starts
 * with a two-byte mark or a '<' next to a zero byte. */
static int looks_like_utf16(const unsigned char *d, size_t len)
{
    if (len < 2)
        return 0;
    return (d[0] == 0xFF && d[1] == 0xFE) || (d[0] == 0xFE && d[1] == 0xFF) ||
           (d[0] == '<' && d[1] == 0) || (d[0] == 0 && d[1] == '<') || (d[0] == 0 && d[1] == 0);
}

/* The first thing in the file, skipping a BOM and whitespace, must be '<'. */
static int looks_like_xml(const char *data, size_t len)
{
    size_t i = bom_length(data, len);
    while (i < len && is_space(data[i]))
        i++;
    return i < len && data[i] == '<';
}

static int only_space(const char *data, size_t len)
{
    for (size_t i = bom_length(data, len); i < len; i++)
        if (!is_space(data[i]))
            return 0;
    return 1;
}

/* Advances past the next `close` at or after p; NULL when there is none. */
static const char *skip_past(const char *p, const char *end, const char *close)
{
    for (; p < end; p++)
        if (starts(p, end, close))
            return p + strlen(close);
    return NULL;
}

long mnr_doctype_offset(const char *data, size_t len, mnr_doctype_rule rule)
{
    const char *p = data + bom_length(data, len), *end = data + len;
    while (p) {
        while (p < end && is_space(*p))
            p++;
        if ((size_t)(end - p) >= 9 &&
            (rule == MNR_DOCTYPE_HTML ? strncasecmp(p, "<!DOCTYPE", 9) == 0
                                      : memcmp(p, "<!DOCTYPE", 9) == 0))
            return (long)(p - data);
        if (starts(p, end, "<?"))
            p = skip_past(p + 2, end, "?>");
        else if (starts(p, end, "<!--"))
            p = skip_past(p + 4, end, "-->");
        else
            return -1;
    }
    return -1;
}

/* The line of a <!DOCTYPE in the prolog, or 0. */
static long doctype_line_in(const char *data, size_t len)
{
    long at = mnr_doctype_offset(data, len, MNR_DOCTYPE_XML);
    return at < 0 ? 0 : 1 + count_lines(data, data + at);
}

/* The encoding named in the XML declaration, copied into buf ("" if none). */
static void declared_encoding(const char *data, size_t len, char *buf, size_t size)
{
    const char *p = data + bom_length(data, len), *end = data + len;
    buf[0] = '\0';
    if (!starts(p, end, "<?xml"))
        return;
    const char *decl_end = skip_past(p, end, "?>");
    if (!decl_end)
        return;
    for (const char *q = p; q + 8 < decl_end; q++) {
        if (memcmp(q, "encoding", 8) != 0)
            continue;
        q += 8;
        while (q < decl_end && (is_space(*q) || *q == '='))
            q++;
        if (q >= decl_end || (*q != '"' && *q != '\''))
            return;
        char quote = *q++;
        size_t n = 0;
        while (q < decl_end && *q != quote && n + 1 < size)
            buf[n++] = *q++;
        buf[n] = '\0';
        return;
    }
}

/* The offset of the first byte that does not belong to well-formed UTF-8
 * (no overlong forms, no surrogates, nothing past U+10FFFF), or len. */
static size_t utf8_invalid_at(const unsigned char *d, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned c = d[i], cp, min;
        size_t n;
        if (c < 0x80) {
            /* ASCII eight bytes at a time: most of any mnr file */
            uint64_t w;
            while (i + 8 <= len && (memcpy(&w, d + i, 8), (w & 0x8080808080808080ULL) == 0))
                i += 8;
            if (i < len && d[i] < 0x80)
                i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            min = 0x80;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            min = 0x800;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            min = 0x10000;
            cp = c & 0x07;
        } else
            return i;
        for (size_t k = 1; k <= n; k++) {
            if (i + k >= len || (d[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (d[i + k] & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += n + 1;
    }
    return len;
}

/* A byte that may be part of a name in the markup scan: anything but
 * white space and = > / < " '. A table, as the scan asks for every byte
 * of every tag of every file. */
static unsigned char not_name[256];

static int is_name_char(char c)
{
    if (!not_name[' ']) {
        const char *stops = " \t\r\n=>/<\"'";
        for (const char *p = stops; *p; p++)
            not_name[(unsigned char)*p] = 1;
    }
    return !not_name[(unsigned char)c];
}

/* Nesting depth, attributes per element, namespace declarations and
 * elements, in one pass over the markup. libxml2 refuses nesting past 256
 * itself, but with a message about its own options; and up to 2.9 it
 * takes quadratic time on many attributes or namespace declarations.
 * Elements are counted here, before the parser builds a tree of them.
 * Markup this scan does not understand is left for the parser to report. */
static mnr_status scan_markup(const char *data, size_t len, const char *name, int *no_ns,
                              mnr_error *err)
{
    const char *p = data, *end = data + len;
    long depth = 0, namespaces = 0, elements = 0;
    *no_ns = 0;
    for (;;) {
        if (!p)
            return MNR_OK; /* an unterminated comment or the like: the parser says where */
        const char *lt = p < end ? memchr(p, '<', (size_t)(end - p)) : NULL;
        if (!lt) {
            /* every tag read, none declares a namespace */
            *no_ns = namespaces == 0;
            return MNR_OK;
        }
        p = lt;
        char next = p + 1 < end ? p[1] : '\0'; /* most tags: a name, no need to look further */
        if (next == '!' && starts(p, end, "<!--")) {
            p = skip_past(p + 4, end, "-->");
            continue;
        }
        if (next == '!' && starts(p, end, "<![CDATA[")) {
            p = skip_past(p + 9, end, "]]>");
            continue;
        }
        if (next == '?') {
            p = skip_past(p + 2, end, "?>");
            continue;
        }
        if (next == '!')
            return MNR_OK; /* a DOCTYPE (refused before this) or broken markup */
        if (next == '/') {
            if (depth > 0)
                depth--;
            p += 2;
            continue;
        }
        const char *tag = p++;
        if (++depth > MNR_XML_MAX_DEPTH)
            return mnr_error_set(err, MNR_EPARSE, name, 1 + count_lines(data, tag),
                                 "elements are nested more than %d deep here; mnr's files nest "
                                 "a few levels only, so this is not an mnr file or it is "
                                 "damaged: check that you gave the right file",
                                 MNR_XML_MAX_DEPTH);
        if (++elements > MNR_XML_MAX_ELEMENTS)
            return mnr_error_set(err, MNR_EPARSE, name, 1 + count_lines(data, tag),
                                 "the file has more than %d elements, far more than any mnr "
                                 "file (a workshop consensus of 200 participants has about "
                                 "70 000); check that this is the right file",
                                 MNR_XML_MAX_ELEMENTS);
        while (p < end && is_name_char(*p))
            p++;
        long attributes = 0;
        for (;;) {
            while (p < end && is_space(*p))
                p++;
            if (p >= end)
                return MNR_OK;
            if (*p == '>') {
                p++;
                break;
            }
            if (*p == '/' && p + 1 < end && p[1] == '>') {
                depth--;
                p += 2;
                break;
            }
            if (!is_name_char(*p))
                return MNR_OK; /* broken markup: the parser says where */
            const char *attr = p;
            while (p < end && is_name_char(*p))
                p++;
            if (++attributes > MNR_XML_MAX_ATTRIBUTES)
                return mnr_error_set(err, MNR_EPARSE, name, 1 + count_lines(data, attr),
                                     "an element has more than %d attributes; mnr's elements "
                                     "have a few each, so this is not an mnr file or it is "
                                     "damaged", MNR_XML_MAX_ATTRIBUTES);
            if (p - attr >= 5 && memcmp(attr, "xmlns", 5) == 0 && (p - attr == 5 || attr[5] == ':') &&
                ++namespaces > MNR_XML_MAX_NAMESPACES)
                return mnr_error_set(err, MNR_EPARSE, name, 1 + count_lines(data, attr),
                                     "the file declares more than %d XML namespaces; mnr's "
                                     "files need a few at most, so this is not an mnr file or "
                                     "it is damaged", MNR_XML_MAX_NAMESPACES);
            while (p < end && is_space(*p))
                p++;
            if (p >= end || *p != '=')
                return MNR_OK;
            p++;
            while (p < end && is_space(*p))
                p++;
            if (p >= end || (*p != '"' && *p != '\''))
                return MNR_OK;
            const char *close = memchr(p + 1, *p, (size_t)(end - p - 1));
            if (!close)
                return MNR_OK;
            p = close + 1;
        }
    }
}

/* Everything that can be refused from the raw bytes, with the line.
 * *no_ns: the markup was read through and declares no namespace, so no
 * element can be an XInclude one. */
static mnr_status check_raw(const char *data, size_t len, const char *name, int *no_ns,
                            mnr_error *err)
{
    *no_ns = 0;
    if (len == 0)
        return mnr_error_set(err, MNR_EIO, name, 0, "the file is empty; expected an XML document");
    if (len > (size_t)MNR_XML_MAX_BYTES &&
        (len > (size_t)MNR_XML_MAX_RESULTS_BYTES || !root_is_results(data, len)))
        return too_large(name, (long long)len, err);
    if (looks_like_utf16((const unsigned char *)data, len))
        return mnr_error_set(err, MNR_EPARSE, name, 0,
                             "the file is in UTF-16 (two bytes per character); mnr reads UTF-8: "
                             "save it again as UTF-8");
    if (only_space(data, len))
        return mnr_error_set(err, MNR_EIO, name, 0,
                             "the file holds only white space; expected an XML document");
    if (!looks_like_xml(data, len))
        return mnr_error_set(err, MNR_EPARSE, name, 1,
                             "not an XML file (it does not start with '<'); "
                             "give an mnr XML file, not a spreadsheet, PDF or text file");
    const char *nul = memchr(data, '\0', len);
    if (nul)
        return mnr_error_set(err, MNR_EPARSE, name, 1 + count_lines(data, nul),
                             "the file holds binary data (a zero byte), so it is not an XML "
                             "text file; give the XML file itself, or save it again as text");
    char enc[64];
    declared_encoding(data, len, enc, sizeof enc);
    if (!enc[0] || strcasecmp(enc, "UTF-8") == 0 || strcasecmp(enc, "UTF8") == 0) {
        size_t bad = utf8_invalid_at((const unsigned char *)data, len);
        if (bad < len)
            return mnr_error_set(err, MNR_EPARSE, name, 1 + count_lines(data, data + bad),
                                 "the file is not valid UTF-8 (byte 0x%02X here); save it as "
                                 "UTF-8, or name its encoding in the first line, e.g. "
                                 "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
                                 (unsigned char)data[bad]);
    }
    long dl = doctype_line_in(data, len);
    if (dl)
        return mnr_error_set(err, MNR_EPARSE, name, dl,
                             "the file has a <!DOCTYPE> declaration, which mnr does not accept "
                             "(it could pull in other files or expand entities); remove it");
    return scan_markup(data, len, name, no_ns, err);
}

/* libxml2 keeps no line for the DTD node. */
static long doctype_line(xmlDocPtr doc, const char *data, size_t len)
{
    if (!doc || (!doc->intSubset && !doc->extSubset))
        return 0;
    long line = doctype_line_in(data, len);
    return line ? line : 1;
}

/* The node after `n` in document order within `root`, or NULL: a
 * walk without recursion, so deep documents cannot exhaust the stack. */
static xmlNodePtr next_in_tree(xmlNodePtr n, xmlNodePtr root)
{
    if (n->type == XML_ELEMENT_NODE && n->children)
        return n->children;
    while (n && n != root && !n->next)
        n = n->parent;
    return (!n || n == root) ? NULL : n->next;
}

static int is_xinclude(xmlNodePtr n)
{
    return n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
           (xmlStrcmp(n->ns->href, (const xmlChar *)"http://www.w3.org/2001/XInclude") == 0 ||
            xmlStrcmp(n->ns->href, (const xmlChar *)"http://www.w3.org/2003/XInclude") == 0);
}

/* The first XInclude element, or NULL. */
static xmlNodePtr find_xinclude(xmlNodePtr root)
{
    for (xmlNodePtr n = root; n; n = next_in_tree(n, root))
        if (is_xinclude(n))
            return n;
    return NULL;
}

static long count_elements(xmlNodePtr root, long stop_at)
{
    long count = 0;
    for (xmlNodePtr n = root; n && count <= stop_at; n = next_in_tree(n, root))
        if (n->type == XML_ELEMENT_NODE)
            count++;
    return count;
}

/* The parser context of lean loads, kept from one file to the next: its
 * dictionary of element and attribute names then serves every document,
 * instead of one being built and freed per file. Freed by
 * mnr_xml_cleanup(). */
static xmlParserCtxtPtr kept_ctxt;

static mnr_status load_memory(xmlDocPtr *out, const char *data, size_t len, const char *name,
                              int options, int keep_ctxt, mnr_error *err)
{
    *out = NULL;
    int no_ns = 0;
    mnr_status st = check_raw(data, len, name, &no_ns, err);
    if (st != MNR_OK)
        return st;

    xmlParserCtxtPtr ctxt = keep_ctxt && kept_ctxt ? kept_ctxt : xmlNewParserCtxt();
    if (!ctxt)
        return mnr_error_set(err, MNR_ENOMEM, name, 0, "out of memory");
    if (keep_ctxt)
        kept_ctxt = ctxt;
    capture cap = {err, name, MNR_EPARSE};
    xmlSetStructuredErrorFunc(&cap, on_error);
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, data, (int)len, name, NULL, options);
    xmlSetStructuredErrorFunc(NULL, NULL);
    int well_formed = ctxt->wellFormed;
    if (!keep_ctxt)
        xmlFreeParserCtxt(ctxt);

    if (doc && !well_formed) {
        xmlFreeDoc(doc);
        doc = NULL;
    }
    /* Not reached for a DOCTYPE the raw check found; kept in case a prolog
     * fooled it. */
    long dl = doctype_line(doc, data, len);
    if (dl) {
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
            mnr_error_append(err, " (not well-formed XML: fix the markup at this line)");
        if (err)
            err->status = MNR_EPARSE;
        return MNR_EPARSE;
    }
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root) {
        xmlFreeDoc(doc);
        return mnr_error_set(err, MNR_EPARSE, name, 0, "no root element; expected an XML document");
    }
    /* (a document without namespaces has no XInclude element: no walk) */
    xmlNodePtr xi = no_ns ? NULL : find_xinclude(root);
    if (xi) {
        long line = xmlGetLineNo(xi);
        char tag[200];
        const char *prefix = xi->ns->prefix ? (const char *)xi->ns->prefix : "";
        const char *local = (const char *)xi->name;
        snprintf(tag, sizeof tag, "%.*s%s%.*s", (int)mnr_utf8_prefix(prefix, 90), prefix,
                 prefix[0] ? ":" : "", (int)mnr_utf8_prefix(local, 100), local);
        xmlFreeDoc(doc);
        return mnr_error_set(err, MNR_EPARSE, name, line,
                             "the file has an XInclude element <%s>, which mnr does not accept "
                             "(an mnr file never pulls in other files); remove it", tag);
    }
    *out = doc;
    return MNR_OK;
}

mnr_status mnr_xml_load_memory(xmlDocPtr *out, const char *data, size_t len,
                               const char *name, mnr_error *err)
{
    return load_memory(out, data, len, name, parse_options(), 0, err);
}

/* The file buffer of lean loads, kept from one file to the next (grown
 * when a file is larger): one large allocation per file made and freed
 * between thousands of small ones fragments the heap. */
static char *kept_buf;
static size_t kept_size;

static mnr_status load(xmlDocPtr *out, const char *path, int options, int keep, mnr_error *err)
{
    char *data = NULL;
    size_t len = 0;
    *out = NULL;
    mnr_status st = read_file(&data, &len, path, keep ? &kept_buf : NULL, keep ? &kept_size : NULL,
                              err);
    if (st != MNR_OK)
        return st;
    st = load_memory(out, data, len, path, options, keep, err);
    if (!keep)
        free(data);
    return st;
}

mnr_status mnr_xml_load(xmlDocPtr *out, const char *path, mnr_error *err)
{
    return load(out, path, parse_options(), 0, err);
}

mnr_status mnr_xml_load_lean(xmlDocPtr *out, const char *path, mnr_error *err)
{
    /* NOBLANKS leaves out the white space between elements (an element's
     * only text, however blank, is kept, so a blank evidence is still
     * refused by its name); COMPACT keeps short texts inside their node.
     * Fewer allocations to make, check and free per file. */
    return load(out, path, parse_options() | XML_PARSE_NOBLANKS | XML_PARSE_COMPACT, 1, err);
}

/* What to do about the usual schema messages of libxml2. */
static const char *schema_hint(const char *message)
{
    static const struct {
        const char *says, *hint;
    } hints[] = {
        {"Duplicate key-sequence", "Each id may be used once: change or remove this one "},
        {"No match found for key-sequence", "It names an id that is not defined: fix the reference "},
        {"Missing child element", "Add the missing element "},
        {"is required but missing", "Add the attribute "},
        {"is not allowed", "Remove the attribute or fix its name "},
        {"This element is not expected",
         "Add the element expected here, or fix, move or remove this one "},
        {"facet", "Change the value "},
        {"is not a valid value", "Change the value "},
    };
    for (size_t i = 0; i < sizeof hints / sizeof hints[0]; i++)
        if (strstr(message, hints[i].says))
            return hints[i].hint;
    return "";
}

/* Compiled schemas, by path: a schema is read and compiled once per run,
 * however many files are checked against it (mnr cohort checks thousands
 * against the answers schema). Freed by mnr_xml_cleanup(). */
#define MAX_SCHEMAS 8
/* A uniqueness rule (xs:unique, xs:key, xs:keyref) of a schema: the
 * element that declares it and its selector, both pointing into the
 * schema's document. */
typedef struct keyed_rule {
    const char *scope, *selector;
} keyed_rule;
static struct {
    char *path;
    xmlSchemaPtr schema;
    xmlDocPtr doc; /* the schema keeps pointers into its document */
    xmlSchemaValidCtxtPtr vctxt; /* reused from one document to the next */
    keyed_rule *rules;
    int n_rules;
} schemas[MAX_SCHEMAS];
static int n_schemas;

/* ---- the elements a uniqueness rule compares ---- */

#define XSD_NS "http://www.w3.org/2001/XMLSchema"

static const char *single_text(xmlNodePtr children);

static int is_xsd(xmlNodePtr n, const char *local)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
           xmlStrcmp(n->ns->href, BAD_CAST XSD_NS) == 0 &&
           xmlStrcmp(n->name, BAD_CAST local) == 0;
}

/* The uniqueness rules of a schema document (its own; mnr's schemas
 * include none). malloc'd; NULL with *n = 0 when there are none. */
static keyed_rule *keyed_rules(xmlDocPtr xsd, int *n)
{
    keyed_rule *rules = NULL;
    *n = 0;
    xmlNodePtr root = xmlDocGetRootElement(xsd);
    for (xmlNodePtr r = root; r; r = next_in_tree(r, root)) {
        if (!is_xsd(r, "unique") && !is_xsd(r, "key") && !is_xsd(r, "keyref"))
            continue;
        xmlNodePtr decl = r->parent, sel = r->children;
        while (sel && !is_xsd(sel, "selector"))
            sel = sel->next;
        xmlAttrPtr name = is_xsd(decl, "element") ? xmlHasProp(decl, BAD_CAST "name") : NULL;
        xmlAttrPtr path = sel ? xmlHasProp(sel, BAD_CAST "xpath") : NULL;
        const char *scope = name ? single_text(name->children) : NULL;
        const char *selector = path ? single_text(path->children) : NULL;
        keyed_rule *grown = scope && selector ? realloc(rules, (size_t)(*n + 1) * sizeof *rules)
                                              : NULL;
        if (grown) {
            rules = grown;
            rules[(*n)++] = (keyed_rule){scope, selector};
        }
    }
    return rules;
}

/* Counts into *count the elements below `from` that the selector path
 * [path, end) names (XML Schema's subset of XPath: steps of names, "*" or
 * "." between "/"), and keeps in *at the one that took the count past
 * MNR_XML_MAX_KEYED. A path it does not read (".//", an axis) counts every
 * element below: more, never fewer, than the rule compares. */
static void count_selected(xmlNodePtr from, const char *path, const char *end, long *count,
                           xmlNodePtr *at)
{
    while (end - path >= 2 && path[0] == '.' && path[1] == '/' && path[2] != '/')
        path += 2;
    const char *slash = memchr(path, '/', (size_t)(end - path));
    const char *step_end = slash ? slash : end;
    size_t len = (size_t)(step_end - path);
    if (len == 1 && path[0] == '.') { /* the element itself */
        if (!slash && ++*count > MNR_XML_MAX_KEYED && !*at)
            *at = from;
        else if (slash)
            count_selected(from, slash + 1, end, count, at);
        return;
    }
    const char *colon = memchr(path, ':', len);
    const char *local = colon ? colon + 1 : path;
    size_t local_len = (size_t)(step_end - local);
    int any = memchr(path, '/', (size_t)(end - path)) == path || memchr(path, '(', len) ||
              (colon && colon + 1 < step_end && colon[1] == ':');
    for (xmlNodePtr c = from->children; c && !*at; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        int named = any || (local_len == 1 && local[0] == '*') ||
                    (xmlStrlen(c->name) == (int)local_len &&
                     memcmp(c->name, local, local_len) == 0);
        if (!named)
            continue;
        if (any || !slash) {
            long here = any ? count_elements(c, MNR_XML_MAX_KEYED) : 1;
            if ((*count += here) > MNR_XML_MAX_KEYED)
                *at = c;
        } else
            count_selected(c, slash + 1, end, count, at);
    }
}

/* The first element past MNR_XML_MAX_KEYED that one of `rules` compares
 * in `doc`, and in *scope the element that declares that rule; NULL when
 * every rule compares fewer. */
static xmlNodePtr too_many_keyed(xmlDocPtr doc, const keyed_rule *rules, int n_rules,
                                 const char **scope)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    for (int i = 0; i < n_rules; i++) {
        long count = 0;
        xmlNodePtr at = NULL;
        for (xmlNodePtr e = root; e && !at; e = next_in_tree(e, root)) {
            if (e->type != XML_ELEMENT_NODE || xmlStrcmp(e->name, BAD_CAST rules[i].scope) != 0)
                continue;
            /* each path of "a | b" */
            for (const char *p = rules[i].selector; *p && !at;) {
                const char *bar = strchr(p, '|');
                const char *end = bar ? bar : p + strlen(p);
                while (p < end && is_space(*p))
                    p++;
                while (end > p && is_space(end[-1]))
                    end--;
                if (p < end)
                    count_selected(e, p, end, &count, &at);
                p = bar ? bar + 1 : end;
            }
        }
        if (at) {
            *scope = rules[i].scope;
            return at;
        }
    }
    return NULL;
}

/* The compiled schema at `xsd_path`, compiled now if need be; the error
 * is for the file `path` being checked. */
static mnr_status compiled_schema(int *out, const char *path, const char *xsd_path,
                                  mnr_error *err)
{
    *out = -1;
    for (int i = 0; i < n_schemas; i++)
        if (strcmp(schemas[i].path, xsd_path) == 0) {
            *out = i;
            return MNR_OK;
        }
    mnr_error schema_err;
    mnr_error_init(&schema_err);
    xmlDocPtr xsd_doc = NULL;
    if (mnr_xml_load(&xsd_doc, xsd_path, &schema_err) != MNR_OK) {
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
    char *copy = n_schemas < MAX_SCHEMAS ? strdup(xsd_path) : NULL;
    xmlSchemaValidCtxtPtr vctxt = copy ? xmlSchemaNewValidCtxt(schema) : NULL;
    if (!vctxt) { /* not kept: compiled again next time */
        free(copy);
        xmlSchemaFree(schema);
        xmlFreeDoc(xsd_doc);
        return mnr_error_set(err, MNR_ENOMEM, path, 0, "out of memory");
    }
    schemas[n_schemas].path = copy;
    schemas[n_schemas].schema = schema;
    schemas[n_schemas].doc = xsd_doc;
    schemas[n_schemas].vctxt = vctxt;
    schemas[n_schemas].rules = keyed_rules(xsd_doc, &schemas[n_schemas].n_rules);
    *out = n_schemas++;
    return MNR_OK;
}

void mnr_xml_cleanup(void)
{
    for (int i = 0; i < n_schemas; i++) {
        xmlSchemaFreeValidCtxt(schemas[i].vctxt);
        xmlSchemaFree(schemas[i].schema);
        xmlFreeDoc(schemas[i].doc);
        free(schemas[i].path);
        free(schemas[i].rules);
    }
    n_schemas = 0;
    xmlFreeParserCtxt(kept_ctxt);
    kept_ctxt = NULL;
    free(kept_buf);
    kept_buf = NULL;
    kept_size = 0;
    mnr_xml_clear_allowed();
}

mnr_status mnr_xml_validate(xmlDocPtr doc, const char *path, const char *xsd_path, mnr_error *err)
{
    int i = -1;
    mnr_status st = compiled_schema(&i, path, xsd_path, err);
    if (st != MNR_OK)
        return st;
    const char *scope = NULL;
    xmlNodePtr many = too_many_keyed(doc, schemas[i].rules, schemas[i].n_rules, &scope);
    if (many)
        return mnr_error_set(err, MNR_ESCHEMA, path, xmlGetLineNo(many),
                             "the file has more than %d <%.100s> elements in <%.100s>, far more "
                             "than any mnr file (a few hundred at most); check that this is "
                             "the right file", MNR_XML_MAX_KEYED, (const char *)many->name,
                             scope);

    /* the context made with the schema, as xmllint's reuse allows: a new
     * one per document cost a large allocation each time */
    capture vcap = {err, path, MNR_ESCHEMA};
    xmlSchemaValidCtxtPtr vctxt = schemas[i].vctxt;
    xmlSchemaSetValidStructuredErrors(vctxt, on_error, &vcap);
    int rc = xmlSchemaValidateDoc(vctxt, doc);
    xmlSchemaSetValidStructuredErrors(vctxt, NULL, NULL);
    if (rc != 0) {
        const char *base = strrchr(xsd_path, '/') ? strrchr(xsd_path, '/') + 1 : xsd_path;
        if (!err || err->status == MNR_OK)
            mnr_error_set(err, MNR_ESCHEMA, path, 0, "does not match its schema %s", base);
        else {
            mnr_error_append(err, " %s(the layout is in schema %s)", schema_hint(err->message),
                             base);
        }
        return MNR_ESCHEMA;
    }
    return MNR_OK;
}

/* ---- tree helpers ---- */

int mnr_utf8_valid(const char *s)
{
    size_t len = strlen(s);
    return utf8_invalid_at((const unsigned char *)s, len) == len;
}

/* The text of `node` when it is one text node, read in place (no copy);
 * NULL when it is anything else, which callers then read whole. */
static const char *single_text(xmlNodePtr children)
{
    if (children && !children->next && children->type == XML_TEXT_NODE && children->content)
        return (const char *)children->content;
    return NULL;
}

char *mnr_xml_prop(xmlNodePtr node, const char *name)
{
    /* the usual attribute, one text node: copied once, not twice */
    xmlAttrPtr a = node ? xmlHasProp(node, (const xmlChar *)name) : NULL;
    const char *text = a && a->type == XML_ATTRIBUTE_NODE ? single_text(a->children) : NULL;
    if (text)
        return strdup(text);
    xmlChar *v = xmlGetProp(node, (const xmlChar *)name);
    if (!v)
        return NULL;
    char *s = strdup((const char *)v);
    xmlFree(v);
    return s;
}

/* Appends src[0..len) to d with runs of white space folded to one space
 * and none at either end; returns the new end. */
static char *fold_into(char *d, const char *src, size_t len)
{
    char *start = d;
    int space = 0;
    for (size_t i = 0; i < len; i++) {
        if (is_space(src[i])) {
            space = 1;
            continue;
        }
        if (space && d != start)
            *d++ = ' ';
        space = 0;
        *d++ = src[i];
    }
    return d;
}

static char *folded(const char *src)
{
    char *s = malloc(strlen(src) + 1);
    if (s)
        *fold_into(s, src, strlen(src)) = '\0';
    return s;
}

/* Element text with runs of whitespace folded to one space, so that text
 * wrapped over several lines in a data file reads as one paragraph. */
char *mnr_xml_text(xmlNodePtr node)
{
    const char *text = node ? single_text(node->children) : NULL;
    if (text)
        return folded(text);
    xmlChar *v = node ? xmlNodeGetContent(node) : NULL;
    char *s = folded(v ? (const char *)v : "");
    xmlFree(v);
    return s;
}

/* Each line folded on its own; blank lines between text kept as one. */
char *mnr_xml_text_lines(xmlNodePtr node)
{
    const char *text = node ? single_text(node->children) : NULL;
    xmlChar *v = node && !text ? xmlNodeGetContent(node) : NULL;
    const char *src = text ? text : v ? (const char *)v : "";
    char *s = malloc(strlen(src) + 1);
    if (!s) {
        xmlFree(v);
        return NULL;
    }
    char *d = s;
    int blank_lines = 0;
    for (const char *line = src; line;) {
        const char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        char *from = d;
        if (d != s) /* room for the line break(s), taken back if the line is blank */
            d += blank_lines > 0 ? 2 : 1;
        char *end = fold_into(d, line, len);
        if (end == d) {
            d = from;
            blank_lines += from != s;
        } else {
            if (from != s) {
                from[0] = '\n';
                if (blank_lines > 0)
                    from[1] = '\n';
            }
            d = end;
            blank_lines = 0;
        }
        line = nl ? nl + 1 : NULL;
    }
    *d = '\0';
    xmlFree(v);
    return s;
}

char *mnr_xml_token(xmlNodePtr node, const char *name)
{
    char *raw = mnr_xml_prop(node, name);
    char *s = raw ? folded(raw) : NULL;
    free(raw);
    return s;
}

void mnr_xml_collapse_text(xmlNodePtr node)
{
    if (!node || xmlFirstElementChild(node))
        return;
    char *text = mnr_xml_text(node);
    if (text) {
        xmlChar *escaped = xmlEncodeSpecialChars(node->doc, (const xmlChar *)text);
        xmlNodeSetContent(node, escaped);
        xmlFree(escaped);
    }
    free(text);
}

int mnr_xml_uint(xmlNodePtr node, const char *name, unsigned long max, unsigned long *out)
{
    char *v = mnr_xml_token(node, name);
    if (!v)
        return 0;
    unsigned long n = 0;
    const char *p = v + (v[0] == '+'); /* as XML Schema reads an integer */
    int ok = *p != '\0';
    for (; *p && ok; p++) {
        ok = *p >= '0' && *p <= '9' && (unsigned long)(*p - '0') <= max &&
             n <= (max - (unsigned long)(*p - '0')) / 10;
        n = n * 10 + (unsigned long)(*p - '0');
    }
    free(v);
    if (ok)
        *out = n;
    return ok ? 1 : -1;
}

int mnr_xml_bool(xmlNodePtr node, const char *name)
{
    char *v = mnr_xml_token(node, name);
    int yes = v && (strcmp(v, "true") == 0 || strcmp(v, "1") == 0);
    free(v);
    return yes;
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

void mnr_xml_set_int(xmlNodePtr node, const char *name, long v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%ld", v);
    xmlNewProp(node, (const xmlChar *)name, (const xmlChar *)buf);
}

void mnr_xml_set_str(xmlNodePtr node, const char *name, const char *v)
{
    if (v)
        xmlNewProp(node, (const xmlChar *)name, (const xmlChar *)v);
}
