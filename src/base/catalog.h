/*
 * catalog.h - a compiled translation catalog (GNU .mo, as msgfmt writes
 * it from po/LL.po), read by mnr itself: no libintl, so it works the same
 * everywhere and needs no system locale installed.
 *
 * A .mo file is untrusted input (a --data-dir of the user's may hold one):
 * every offset and length is checked against the file, both byte orders
 * are read, a file over MNR_CATALOG_MAX_SIZE is refused, and so is one
 * whose messages are not sorted (lookups are a binary search). A file that
 * fails any of these is refused whole, with a message that says to rebuild
 * it with msgfmt.
 *
 * One entry whose translation would be unsafe to use is ignored (the text
 * stays English), so that one bad line of a PO file never garbles or
 * crashes a run: a translation that is not valid UTF-8, holds a control
 * character other than newline and tab, or other {N} placeholders ({1},
 * {day}) than its msgid. Where it may be a printf format (a C string:
 * mnr_catalog_lookup, mnr_catalog_plural), also one whose printf
 * conversions differ from its msgid's (another kind, another order;
 * positional ones such as %1$s, and %n, are refused), and, for a msgid
 * without '%', one with a conversion that takes an argument (printf
 * would read one that is not there). A plural form may leave out
 * trailing conversions or placeholders ("one file" for n = 1); it may
 * not add or reorder them. A text that is never a format (the data's,
 * the words module's) is looked up with mnr_catalog_lookup_text, where a
 * '%' is only a character ("92 %", "50 % des pays").
 *
 *   mnr_catalog *cat;
 *   if (mnr_catalog_load(&cat, "locale/fr.mo", &err) != MNR_OK) ...
 *   const char *t = mnr_catalog_lookup(cat, NULL, "Leadership");   (NULL: none)
 *   mnr_catalog_free(cat);
 */
#ifndef MNR_CATALOG_H
#define MNR_CATALOG_H

#include <stddef.h>

#include "error.h"

/* A catalog larger than this is refused (mnr's own are some 200 KB). */
#define MNR_CATALOG_MAX_SIZE (16u * 1024u * 1024u)
/* The most plural forms a Plural-Forms header may declare (Arabic has 6). */
#define MNR_CATALOG_MAX_PLURALS 10

typedef struct mnr_catalog mnr_catalog;

/* Reads the catalog at `path` (a regular file). */
mnr_status mnr_catalog_load(mnr_catalog **out, const char *path, mnr_error *err);
/* The same from `len` bytes in memory (copied); `name` is the file name
 * for the messages and, without a Language header, the language code
 * ("fr" from ".../fr.mo"). */
mnr_status mnr_catalog_load_buffer(mnr_catalog **out, const void *data, size_t len,
                                   const char *name, mnr_error *err);
void mnr_catalog_free(mnr_catalog *cat);

/* The translation of `msgid` in context `ctxt` (NULL: none), or NULL when
 * the catalog has none that is safe to use. For a plural entry, its first
 * form. The empty msgid has none (it holds the header). */
const char *mnr_catalog_lookup(const mnr_catalog *cat, const char *ctxt, const char *msgid);
/* The same for a text that is never used as a printf format: its
 * translation is not checked for printf conversions. */
const char *mnr_catalog_lookup_text(const mnr_catalog *cat, const char *ctxt, const char *msgid);
/* The form for `n` of the plural entry whose singular msgid is `singular`,
 * or NULL when there is none (the caller then uses English). */
const char *mnr_catalog_plural(const mnr_catalog *cat, const char *ctxt, const char *singular,
                               unsigned long n);
/* Which plural form the catalog's Plural-Forms gives `n`: 0 .. nplurals-1
 * (0 when the expression divides by zero or gives a form past the last). */
unsigned mnr_catalog_plural_form(const mnr_catalog *cat, unsigned long n);

/* The header's Language ("fr"), else the file name's "LL" of "LL.mo". */
const char *mnr_catalog_language(const mnr_catalog *cat);
/* 1 unless the header's X-Translation-Status starts with "reviewed". */
int mnr_catalog_draft(const mnr_catalog *cat);
/* The number of entries mnr_catalog_lookup ignores as unsafe (for
 * tests). */
size_t mnr_catalog_ignored(const mnr_catalog *cat);

#endif
