#include "textsafe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The code point of the well-formed UTF-8 sequence at p (no overlong
 * forms, surrogates or values past U+10FFFF) in *cp; returns its length,
 * or 0 when the bytes there are not one. */
static size_t utf8_decode(const unsigned char *p, size_t avail, unsigned *cp)
{
    unsigned c = p[0], min;
    size_t n;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        min = 0x80;
        c &= 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        min = 0x800;
        c &= 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        min = 0x10000;
        c &= 0x07;
    } else
        return 0;
    if (avail < n)
        return 0;
    for (size_t k = 1; k < n; k++) {
        if ((p[k] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (p[k] & 0x3Fu);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return n;
}

/* Controls that reorder text: LRM, RLM, the embeddings and overrides,
 * the isolates, ARABIC LETTER MARK. */
static int is_bidi(unsigned cp)
{
    return cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0x061C;
}

/* What a terminal or a reader could take for something other than text:
 * C0, DEL, C1, bidi controls, and the Unicode line and paragraph
 * separators (a line break to some viewers). */
static int is_unsafe(unsigned cp, mnr_text_mode mode)
{
    if (mode != MNR_TEXT_LINE && (cp == '\n' || cp == '\t'))
        return 0;
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || is_bidi(cp) || cp == 0x2028 ||
           cp == 0x2029;
}

/* The shown form of the unit at p: the unit itself, an escape "<U+XXXX>"
 * for an unsafe character, or "<0xXX>" for a byte that is not UTF-8.
 * Writes it to esc (at least 12 bytes) when it is an escape; returns the
 * input bytes the unit takes. */
static size_t next_unit(const unsigned char *p, size_t avail, mnr_text_mode mode, char *esc)
{
    unsigned cp = 0;
    size_t n = utf8_decode(p, avail, &cp);
    esc[0] = '\0';
    if (n == 0) {
        snprintf(esc, 12, "<0x%02X>", p[0]);
        return 1;
    }
    int line_end = mode == MNR_TEXT_CSV && cp == '\r' && avail > 1 && p[1] == '\n';
    if (is_unsafe(cp, mode) && !line_end)
        snprintf(esc, 12, "<U+%04X>", cp);
    return n;
}

/* Writes the safe form of in[0..len) into out (size bytes, terminated),
 * whole units only. */
static size_t safe_into(char *out, size_t size, const char *in, size_t len, mnr_text_mode mode)
{
    const unsigned char *p = (const unsigned char *)in;
    size_t o = 0, i = 0;
    if (size == 0)
        return 0;
    while (i < len) {
        char esc[12];
        size_t n = next_unit(p + i, len - i, mode, esc);
        const char *piece = esc[0] ? esc : in + i;
        size_t m = esc[0] ? strlen(esc) : n;
        if (o + m >= size)
            break;
        memcpy(out + o, piece, m);
        o += m;
        i += n;
    }
    out[o] = '\0';
    return o;
}

size_t mnr_text_safe(char *out, size_t size, const char *in, mnr_text_mode mode)
{
    return safe_into(out, size, in ? in : "", in ? strlen(in) : 0, mode);
}

char *mnr_text_safe_dup(const char *in, size_t len, mnr_text_mode mode, size_t *out_len)
{
    /* an escape is at most 8 bytes long and stands for at least 1 */
    if (len > ((size_t)-1 - 1) / 8)
        return NULL;
    char *out = malloc(8 * len + 1);
    if (!out)
        return NULL;
    size_t n = safe_into(out, 8 * len + 1, in ? in : "", in ? len : 0, mode);
    if (out_len)
        *out_len = n;
    return out;
}

void mnr_text_vformat(char *buf, size_t size, mnr_text_mode mode, const char *fmt, va_list ap)
{
    if (size == 0)
        return;
    size_t n = 0;
    char *raw = mnr_vasprintf(&n, fmt, ap);
    if (!raw) {
        buf[0] = '\0';
        return;
    }
    safe_into(buf, size, raw, n, mode);
    free(raw);
}

char *mnr_vasprintf(size_t *len, const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    char *raw = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (!raw)
        return NULL;
    vsnprintf(raw, (size_t)n + 1, fmt, ap);
    if (len)
        *len = (size_t)n;
    return raw;
}

void mnr_text_format(char *buf, size_t size, mnr_text_mode mode, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mnr_text_vformat(buf, size, mode, fmt, ap);
    va_end(ap);
}

size_t mnr_utf8_prefix(const char *s, size_t max)
{
    size_t len = strnlen(s, max + 1);
    if (len <= max)
        return len;
    /* s[max] is the first byte left out: if it continues a sequence, cut
     * before that sequence's first byte (at most 3 bytes back). */
    size_t i = max;
    while (i > 0 && max - i < 3 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return ((unsigned char)s[i] & 0xC0) == 0x80 ? max : i;
}

size_t mnr_utf8_chars(const char *s, size_t chars)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    for (size_t c = 0; c < chars && p[i]; c++) {
        i++;
        while ((p[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

/* ---- XML: references instead of the characters ---- */

static int starts(const char *p, const char *end, const char *s)
{
    size_t n = strlen(s);
    return (size_t)(end - p) >= n && memcmp(p, s, n) == 0;
}

char *mnr_text_xml_refs(const char *xml, size_t len, size_t *out_len)
{
    /* a reference "&#x10FFFF;" is 10 bytes; in CDATA it takes "]]>" and
     * "<![CDATA[" around it: at most 22 bytes for a 1-byte character */
    if (len > ((size_t)-1 - 1) / 22)
        return NULL;
    char *out = malloc(22 * len + 1);
    if (!out)
        return NULL;
    const char *p = xml, *end = xml + len;
    enum { TEXT, TAG, CDATA, COMMENT, PI } state = TEXT;
    char quote = 0;
    size_t o = 0;
    while (p < end) {
        if (state == TEXT && starts(p, end, "<![CDATA["))
            state = CDATA;
        else if (state == TEXT && starts(p, end, "<!--"))
            state = COMMENT;
        else if (state == TEXT && starts(p, end, "<?"))
            state = PI;
        else if ((state == CDATA && starts(p, end, "]]>")) ||
                 (state == COMMENT && starts(p, end, "-->")) || (state == PI && starts(p, end, "?>")))
            state = TEXT; /* the rest of the closing mark is plain ASCII */
        else if (state == TEXT && *p == '<')
            state = TAG;
        else if (state == TAG && !quote && *p == '>')
            state = TEXT;
        else if (state == TAG && (*p == '"' || *p == '\''))
            quote = quote == *p ? 0 : (quote ? quote : *p);
        unsigned cp = 0;
        size_t n = utf8_decode((const unsigned char *)p, (size_t)(end - p), &cp);
        /* names in a tag are left alone: U+061C may be part of one */
        int in_name = state == TAG && !quote;
        if (n > 0 && !in_name && (cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || is_bidi(cp) ||
                                  cp == 0x2028 || cp == 0x2029)) {
            o += (size_t)sprintf(out + o, state == CDATA ? "]]>&#x%X;<![CDATA[" : "&#x%X;", cp);
            p += n;
            continue;
        }
        if (n == 0)
            n = 1;
        memcpy(out + o, p, n);
        o += n;
        p += n;
    }
    out[o] = '\0';
    if (out_len)
        *out_len = o;
    return out;
}
