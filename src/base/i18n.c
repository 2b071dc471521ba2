/*
 * i18n.c - see i18n.h. One catalog per process (catalog.h), chosen by the
 * command line; every lookup that finds no translation is remembered once,
 * so that the run can say at its end how many texts were shown in English.
 */
#include "i18n.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "textsafe.h"

static mnr_catalog *current;

/* for tests only: see mnr_i18n_use_table */
static const char *const *test_table;
static const char *test_language;

static const char *table_lookup(const char *msgid)
{
    for (size_t i = 0; test_table && test_table[i]; i += 2)
        if (strcmp(test_table[i], msgid) == 0)
            return test_table[i + 1];
    return NULL;
}

/* The texts asked for without a translation: a set of "ctxt\004msgid"
 * (open addressing, at most half full). */
static char **missing;
static size_t missing_cap, missing_n;

static void missing_clear(void)
{
    for (size_t i = 0; i < missing_cap; i++)
        free(missing[i]);
    free(missing);
    missing = NULL;
    missing_cap = missing_n = 0;
}

static size_t hash_text(const char *s)
{
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return (size_t)h;
}

/* Puts `key` (taken over) into a table of `cap` slots unless it is there;
 * returns 1 when added, 0 when it was there (key freed). */
static int set_put(char **table, size_t cap, char *key)
{
    for (size_t i = hash_text(key) & (cap - 1);; i = (i + 1) & (cap - 1)) {
        if (!table[i]) {
            table[i] = key;
            return 1;
        }
        if (strcmp(table[i], key) == 0) {
            free(key);
            return 0;
        }
    }
}

static int missing_grow(void)
{
    size_t cap = missing_cap ? missing_cap * 2 : 64;
    char **t = calloc(cap, sizeof *t);
    if (!t)
        return 0;
    for (size_t i = 0; i < missing_cap; i++)
        if (missing[i])
            set_put(t, cap, missing[i]);
    free(missing);
    missing = t;
    missing_cap = cap;
    return 1;
}

/* Remembers that ctxt/msgid had no translation (once per text; when
 * memory runs out the count is merely low). */
static void note_missing(const char *ctxt, const char *msgid)
{
    if (!current || !msgid || !*msgid)
        return;
    if (2 * (missing_n + 1) > missing_cap && !missing_grow())
        return;
    size_t cn = ctxt ? strlen(ctxt) + 1 : 0, mn = strlen(msgid);
    char *key = malloc(cn + mn + 1);
    if (!key)
        return;
    if (ctxt) {
        memcpy(key, ctxt, cn - 1);
        key[cn - 1] = '\004';
    }
    memcpy(key + cn, msgid, mn + 1);
    missing_n += (size_t)set_put(missing, missing_cap, key);
}

void mnr_i18n_use(mnr_catalog *cat)
{
    mnr_catalog_free(current);
    current = cat;
    missing_clear();
}

void mnr_i18n_reset(void)
{
    mnr_i18n_use(NULL);
}

const char *mnr_gettext(const char *msgid)
{
    return mnr_pgettext(NULL, msgid);
}

const char *mnr_pgettext(const char *ctxt, const char *msgid)
{
    const char *t = ctxt ? NULL : table_lookup(msgid);
    if (t)
        return t;
    if (!current)
        return msgid;
    t = mnr_catalog_lookup(current, ctxt, msgid);
    if (t)
        return t;
    note_missing(ctxt, msgid);
    return msgid;
}

const char *mnr_i18n_text(const char *ctxt, const char *msgid)
{
    const char *t = ctxt ? NULL : table_lookup(msgid);
    if (t)
        return t;
    if (!current)
        return msgid;
    t = mnr_catalog_lookup_text(current, ctxt, msgid);
    if (t)
        return t;
    note_missing(ctxt, msgid);
    return msgid;
}

const char *mnr_ngettext(const char *singular, const char *plural, unsigned long n)
{
    const char *t = current ? mnr_catalog_plural(current, NULL, singular, n) : NULL;
    if (t)
        return t;
    note_missing(NULL, singular);
    return n == 1 ? singular : plural;
}

const char *mnr_i18n_language(void)
{
    if (test_table)
        return test_language;
    return current ? mnr_catalog_language(current) : "en";
}

int mnr_i18n_draft(void)
{
    if (test_table)
        return 1;
    return current ? mnr_catalog_draft(current) : 0;
}

unsigned long mnr_i18n_missing(void)
{
    return (unsigned long)missing_n;
}

/* ---- numbers ---- */

#define SEP_MAX 16

/* How the language writes numbers, read from its translation of the
 * sample "1,234.5": the digits (any decimal script: the sample's "1" is
 * the script's one, its zero the code point before), the group separator
 * (between "1" and "234"; may be empty) and the decimal sign (between "4"
 * and "5"). */
typedef struct number_style {
    char digit[10][5];
    char group[SEP_MAX], decimal[SEP_MAX];
} number_style;

/* The code point of the UTF-8 character at s (well-formed: the catalog
 * checked it) and its length in *len. */
static unsigned long decode(const char *s, size_t *len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) {
        *len = u[0] ? 1 : 0;
        return u[0];
    }
    size_t k = u[0] >= 0xf0 ? 4 : u[0] >= 0xe0 ? 3 : 2;
    unsigned long cp = u[0] & (0x7fu >> k);
    for (size_t i = 1; i < k; i++)
        cp = cp << 6 | (u[i] & 0x3fu);
    *len = k;
    return cp;
}

static void encode(unsigned long cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        *o++ = (unsigned char)cp;
    } else if (cp < 0x800) {
        *o++ = (unsigned char)(0xc0 | cp >> 6);
        *o++ = (unsigned char)(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        *o++ = (unsigned char)(0xe0 | cp >> 12);
        *o++ = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
        *o++ = (unsigned char)(0x80 | (cp & 0x3f));
    } else {
        *o++ = (unsigned char)(0xf0 | cp >> 18);
        *o++ = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
        *o++ = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
        *o++ = (unsigned char)(0x80 | (cp & 0x3f));
    }
    *o = '\0';
}

/* Copies the text from s up to the next character `stop` into sep;
 * returns what follows it, or NULL when there is none or it is too long. */
static const char *until(const char *s, unsigned long stop, char *sep)
{
    size_t len;
    for (const char *p = s; *p; p += len)
        if (decode(p, &len) == stop) {
            if ((size_t)(p - s) >= SEP_MAX)
                return NULL;
            memcpy(sep, s, (size_t)(p - s));
            sep[p - s] = '\0';
            return p + len;
        }
    return NULL;
}

/* The characters zero+3, zero+4 at s; returns what follows, or NULL. */
static const char *expect(const char *s, unsigned long zero, int from, int to)
{
    size_t len;
    for (int d = from; d <= to; d++, s += len)
        if (decode(s, &len) != zero + (unsigned long)d)
            return NULL;
    return s;
}

static int number_style_read(number_style *st, const char *sample)
{
    size_t len;
    unsigned long one = decode(sample, &len);
    if (one == 0 || one + 8 > 0x10ffff || (one >= 0xd800 && one <= 0xe000))
        return 0;
    unsigned long zero = one - 1;
    const char *p = until(sample + len, zero + 2, st->group);
    p = p ? expect(p, zero, 3, 4) : NULL;
    p = p ? until(p, zero + 5, st->decimal) : NULL;
    if (!p || *p || !st->decimal[0])
        return 0;
    for (int d = 0; d < 10; d++)
        encode(zero + (unsigned long)d, st->digit[d]);
    return 1;
}

/* "-?[0-9]+(\.[0-9]+)?" */
static int machine_number(const char *s)
{
    if (*s == '-')
        s++;
    size_t i = strspn(s, "0123456789");
    if (i == 0)
        return 0;
    if (s[i] == '.') {
        size_t f = strspn(s + i + 1, "0123456789");
        return f > 0 && s[i + 1 + f] == '\0';
    }
    return s[i] == '\0';
}

static void cut_copy(char *buf, size_t size, const char *text)
{
    size_t n = mnr_utf8_prefix(text, size - 1);
    memcpy(buf, text, n);
    buf[n] = '\0';
}

/* Writes `machine` in style st into buf (size bytes; cut between
 * characters). */
static void number_write(char *buf, size_t size, const char *machine, const number_style *st)
{
    /* each digit at most 4 bytes, each separator less than SEP_MAX */
    size_t cap = strlen(machine) * (4 + SEP_MAX) + 2;
    char *out = malloc(cap), *o = out;
    if (!out) {
        cut_copy(buf, size, machine);
        return;
    }
    const char *s = machine;
    if (*s == '-')
        *o++ = *s++;
    size_t ndig = strspn(s, "0123456789");
    for (size_t i = 0; i < ndig; i++) {
        if (i > 0 && (ndig - i) % 3 == 0)
            o = stpcpy(o, st->group);
        o = stpcpy(o, st->digit[s[i] - '0']);
    }
    s += ndig;
    if (*s == '.') {
        o = stpcpy(o, st->decimal);
        for (s++; *s; s++)
            o = stpcpy(o, st->digit[*s - '0']);
    }
    *o = '\0';
    cut_copy(buf, size, out);
    free(out);
}

char *mnr_number_text(char *buf, size_t size, const char *machine)
{
    if (size == 0)
        return buf;
    if (current && machine_number(machine)) {
        /* TRANSLATORS: not words but how your language writes the number
           one thousand two hundred thirty-four and a half: the group
           separator between 1 and 234 (or nothing), the decimal sign
           between 4 and 5, in your digits. French: "1 234,5" (U+202F
           between 1 and 234); Spanish: "1234,5". */
        const char *sample = _("1,234.5");
        number_style st;
        /* untranslated: the machine form, as in English */
        if (mnr_catalog_lookup(current, NULL, "1,234.5") && number_style_read(&st, sample)) {
            number_write(buf, size, machine, &st);
            return buf;
        }
    }
    cut_copy(buf, size, machine);
    return buf;
}

/* ---- for tests only ---- */

void mnr_i18n_use_table(const char *language, const char *const *pairs)
{
    test_table = pairs;
    test_language = language;
}
