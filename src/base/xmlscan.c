#include "xmlscan.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"

/* ---- what the first bytes tell ---- */

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

int mnr_xml_root_is_results(const char *data, size_t len)
{
    const char *end = data + len;
    const char *p = skip_prolog(data, end);
    if (end - p < 9 || memcmp(p, "<results", 8) != 0)
        return 0;
    char c = p[8];
    return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

mnr_status mnr_xml_too_large(const char *name, long long size, mnr_error *err)
{
    return mnr_error_set(err, MNR_EIO, name, 0,
                         _("the file is too large (%lld MB); mnr reads XML files up to %ld MB "
                         "(results files up to %ld MB) and its own files are far smaller: "
                         "check that this is the right file"),
                         size / (1024 * 1024), MNR_XML_MAX_BYTES / (1024 * 1024),
                         MNR_XML_MAX_RESULTS_BYTES / (1024 * 1024));
}

/* ---- checks on the raw bytes, before libxml2 sees them ---- */

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
    while (i < len && mnr_xml_is_space(data[i]))
        i++;
    return i < len && data[i] == '<';
}

static int only_space(const char *data, size_t len)
{
    for (size_t i = bom_length(data, len); i < len; i++)
        if (!mnr_xml_is_space(data[i]))
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
        while (p < end && mnr_xml_is_space(*p))
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

long mnr_xml_doctype_line(const char *data, size_t len)
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
        while (q < decl_end && (mnr_xml_is_space(*q) || *q == '='))
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
                                 _("elements are nested more than %d deep here; mnr's files nest "
                                 "a few levels only, so this is not an mnr file or it is "
                                 "damaged: check that you gave the right file"),
                                 MNR_XML_MAX_DEPTH);
        if (++elements > MNR_XML_MAX_ELEMENTS)
            return mnr_error_set(err, MNR_EPARSE, name, 1 + count_lines(data, tag),
                                 _("the file has more than %d elements, far more than any mnr "
                                 "file (a workshop consensus of 200 participants has about "
                                 "70 000); check that this is the right file"),
                                 MNR_XML_MAX_ELEMENTS);
        while (p < end && is_name_char(*p))
            p++;
        long attributes = 0;
        for (;;) {
            while (p < end && mnr_xml_is_space(*p))
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
                                     _("an element has more than %d attributes; mnr's elements "
                                     "have a few each, so this is not an mnr file or it is "
                                     "damaged"), MNR_XML_MAX_ATTRIBUTES);
            if (p - attr >= 5 && memcmp(attr, "xmlns", 5) == 0 && (p - attr == 5 || attr[5] == ':') &&
                ++namespaces > MNR_XML_MAX_NAMESPACES)
                return mnr_error_set(err, MNR_EPARSE, name, 1 + count_lines(data, attr),
                                     _("the file declares more than %d XML namespaces; mnr's "
                                     "files need a few at most, so this is not an mnr file or "
                                     "it is damaged"), MNR_XML_MAX_NAMESPACES);
            while (p < end && mnr_xml_is_space(*p))
                p++;
            if (p >= end || *p != '=')
                return MNR_OK;
            p++;
            while (p < end && mnr_xml_is_space(*p))
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

/* Everything that can be refused from the raw bytes, with the line. */
mnr_status mnr_xml_scan(const char *data, size_t len, const char *name, int *no_ns,
                        mnr_error *err)
{
    *no_ns = 0;
    if (len == 0)
        return mnr_error_set(err, MNR_EIO, name, 0, _("the file is empty; expected an XML document"));
    if (len > (size_t)MNR_XML_MAX_BYTES &&
        (len > (size_t)MNR_XML_MAX_RESULTS_BYTES || !mnr_xml_root_is_results(data, len)))
        return mnr_xml_too_large(name, (long long)len, err);
    if (looks_like_utf16((const unsigned char *)data, len))
        return mnr_error_set(err, MNR_EPARSE, name, 0,
                             _("the file is in UTF-16 (two bytes per character); mnr reads UTF-8: "
                             "save it again as UTF-8"));
    if (only_space(data, len))
        return mnr_error_set(err, MNR_EIO, name, 0,
                             _("the file holds only white space; expected an XML document"));
    if (!looks_like_xml(data, len))
        return mnr_error_set(err, MNR_EPARSE, name, 1,
                             _("not an XML file (it does not start with '<'); "
                             "give an mnr XML file, not a spreadsheet, PDF or text file"));
    const char *nul = memchr(data, '\0', len);
    if (nul)
        return mnr_error_set(err, MNR_EPARSE, name, 1 + count_lines(data, nul),
                             _("the file holds binary data (a zero byte), so it is not an XML "
                             "text file; give the XML file itself, or save it again as text"));
    char enc[64];
    declared_encoding(data, len, enc, sizeof enc);
    if (!enc[0] || strcasecmp(enc, "UTF-8") == 0 || strcasecmp(enc, "UTF8") == 0) {
        size_t bad = utf8_invalid_at((const unsigned char *)data, len);
        if (bad < len)
            return mnr_error_set(err, MNR_EPARSE, name, 1 + count_lines(data, data + bad),
                                 _("the file is not valid UTF-8 (byte 0x%02X here); save it as "
                                 "UTF-8, or name its encoding in the first line, e.g. "
                                 "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"),
                                 (unsigned char)data[bad]);
    }
    long dl = mnr_xml_doctype_line(data, len);
    if (dl)
        return mnr_error_set(err, MNR_EPARSE, name, dl,
                             _("the file has a <!DOCTYPE> declaration, which mnr does not accept "
                             "(it could pull in other files or expand entities); remove it"));
    return scan_markup(data, len, name, no_ns, err);
}

int mnr_utf8_valid(const char *s)
{
    size_t len = strlen(s);
    return utf8_invalid_at((const unsigned char *)s, len) == len;
}
