/*
 * textsafe.h - text from files, made safe to show on a terminal.
 *
 * Any string mnr did not write itself (a country, a level name, a version,
 * a file name, a message that quotes a value) may hold characters that a
 * terminal obeys instead of showing: C0 controls (ESC starts colour, cursor
 * and title sequences; CR overwrites a line; a newline forges a new line
 * of output), DEL, C1 controls (U+0080-U+009F: U+009B is a one-character
 * CSI, U+009D an OSC), and bidi controls (U+200E/F, U+202A-U+202E,
 * U+2066-U+2069, U+061C), which reorder the text around them. Everything
 * mnr prints to a terminal, and the whole text report, goes through
 * mnr_text_safe(), which shows each of these as "<U+XXXX>" (e.g. ESC as
 * <U+001B>, RIGHT-TO-LEFT OVERRIDE as <U+202E>), and each byte that is not
 * part of well-formed UTF-8 as "<0xXX>". Other text, any script, passes
 * unchanged. The result holds no control but, in MNR_TEXT_LAYOUT mode,
 * newline and tab (and in MNR_TEXT_CSV mode the CR before a newline); so it
 * is safe to pass through mnr_text_safe() again (it does not change). The
 * CSV outputs (report, compare, cohort, baseline) go through it too: a
 * spreadsheet shows bidi controls by reordering the cells' text.
 *
 * Cutting to fit a buffer happens between characters (or whole escapes),
 * never inside a UTF-8 sequence: mnr_utf8_prefix() says where.
 *
 * XML that mnr prints (results, the baseline) keeps these characters as
 * data: mnr_text_xml_refs() writes them as character references (&#x9B;),
 * which any XML reader reads back as the same characters.
 */
#ifndef MNR_TEXTSAFE_H
#define MNR_TEXTSAFE_H

#include <stdarg.h>
#include <stddef.h>

typedef enum mnr_text_mode {
    MNR_TEXT_LINE = 0,   /* one line: newline and tab are escaped too */
    MNR_TEXT_LAYOUT = 1, /* a layout (the text report): newline and tab kept */
    MNR_TEXT_CSV = 2     /* a CSV table (RFC 4180): as a layout, and the CR of
                            a CRLF line end kept (a CR alone is shown) */
} mnr_text_mode;

/* Copies `in` to `out` (`size` bytes, always terminated when size > 0)
 * with controls shown as above. Stops before a character or escape that
 * does not fit. Returns the length written. */
size_t mnr_text_safe(char *out, size_t size, const char *in, mnr_text_mode mode);

/* The same into a new string (malloc'd, free()); `len` bytes of `in`,
 * which may hold NUL bytes (shown as <U+0000>). NULL when out of memory. */
char *mnr_text_safe_dup(const char *in, size_t len, mnr_text_mode mode, size_t *out_len);

/* printf into `buf`, then made safe in place as with mnr_text_safe(): the
 * whole result is one line in MNR_TEXT_LINE mode, whatever the arguments. */
void mnr_text_format(char *buf, size_t size, mnr_text_mode mode, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
void mnr_text_vformat(char *buf, size_t size, mnr_text_mode mode, const char *fmt, va_list ap);

/* What vprintf would print, in a new string (malloc'd, free()), with its
 * length in *len when len is not NULL; NULL when out of memory. The one
 * place that sizes a formatted message, so no caller cuts it blindly. */
char *mnr_vasprintf(size_t *len, const char *fmt, va_list ap);

/* The length of the longest prefix of `s` of at most `max` bytes that does
 * not end inside a UTF-8 sequence. */
size_t mnr_utf8_prefix(const char *s, size_t max);

/* The number of bytes of the first `chars` characters of `s` (all of it
 * when shorter); for columns counted in characters. */
size_t mnr_utf8_chars(const char *s, size_t chars);

/* Serialized XML with DEL, C1 and bidi controls written as character
 * references, inside CDATA sections too. malloc'd; NULL when out of
 * memory. The input must be well-formed UTF-8 (as libxml2 writes it). */
char *mnr_text_xml_refs(const char *xml, size_t len, size_t *out_len);

#endif
