/*
 * catalog.c - see catalog.h. The .mo layout (GNU gettext manual, "The
 * Format of GNU MO Files"): a header of 32-bit words (magic, revision,
 * number of strings N, offset of the originals' table, offset of the
 * translations' table, hash table size and offset), then two tables of N
 * (length, offset) pairs; each string is followed by a NUL that its length
 * does not count. The originals are sorted (strcmp), which the binary
 * search relies on; the hash table is not used.
 */
#include "catalog.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fileio.h"
#include "i18n.h"

#define MO_MAGIC 0x950412deu
#define MO_HEADER_SIZE 28u
#define PLURAL_DEPTH_MAX 64
#define ARGS_MAX 64
#define NAMES_MAX 32
#define NAME_LEN_MAX 32

struct mnr_catalog {
    unsigned char *data;
    size_t size;
    int swap;                 /* written big-endian */
    uint32_t n;               /* entries */
    uint32_t orig, trans;     /* offsets of the two tables */
    unsigned char *unsafe;    /* n flags: 1 = ignored */
    size_t ignored;
    char language[NAME_LEN_MAX + 1];
    int draft;
    unsigned nplurals;
    char *plural;             /* the expression, NUL-terminated */
};

/* ---- reading the file's words ---- */

static uint32_t word_at(const mnr_catalog *c, size_t off)
{
    const unsigned char *b = c->data + off;
    if (c->swap)
        return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
    return (uint32_t)b[3] << 24 | (uint32_t)b[2] << 16 | (uint32_t)b[1] << 8 | b[0];
}

/* Entry i's string in table `tab` and its length (checked at load). */
static const char *string_at(const mnr_catalog *c, uint32_t tab, uint32_t i, size_t *len)
{
    size_t at = (size_t)tab + (size_t)i * 8;
    *len = word_at(c, at);
    return (const char *)c->data + word_at(c, at + 4);
}

static mnr_status refuse(mnr_error *err, const char *name, const char *why)
{
    return mnr_error_set(err, MNR_EPARSE, name, 0,
                         /* TRANSLATORS: %s says what is wrong with the file */
                         _("not a compiled translation catalog (.mo): %s; rebuild it with "
                           "msgfmt from its .po file (msgfmt --check -o LL.mo LL.po)"),
                         _(why));
}

/* The table at `tab` of c->n (length, offset) pairs lies in the file, and
 * so does each string with the NUL after it. */
static mnr_status check_table(const mnr_catalog *c, uint32_t tab, const char *name,
                              mnr_error *err)
{
    if ((uint64_t)tab + (uint64_t)c->n * 8 > c->size)
        return refuse(err, name, N_("its table of strings lies past the end of the file"));
    for (uint32_t i = 0; i < c->n; i++) {
        uint64_t len = word_at(c, (size_t)tab + (size_t)i * 8);
        uint64_t off = word_at(c, (size_t)tab + (size_t)i * 8 + 4);
        if (off + len >= c->size)
            return refuse(err, name, N_("a string lies past the end of the file"));
        if (c->data[off + len] != '\0')
            return refuse(err, name, N_("a string does not end with a NUL byte"));
    }
    return MNR_OK;
}

static mnr_status check_sorted(const mnr_catalog *c, const char *name, mnr_error *err)
{
    size_t len;
    for (uint32_t i = 1; i < c->n; i++) {
        const char *prev = string_at(c, c->orig, i - 1, &len);
        const char *cur = string_at(c, c->orig, i, &len);
        if (strcmp(prev, cur) >= 0)
            return refuse(err, name, N_("its messages are not in sorted order"));
    }
    return MNR_OK;
}

/* ---- the Plural-Forms expression: C's operators on unsigned long ---- */

typedef struct plural_eval {
    const char *p;
    unsigned long n;
    int depth;
    int bad;  /* not an expression */
    int div0; /* divided by zero where it counted */
} plural_eval;

static unsigned long pe_ternary(plural_eval *e, int live);

static void pe_space(plural_eval *e)
{
    while (*e->p == ' ' || *e->p == '\t' || *e->p == '\n' || *e->p == '\r')
        e->p++;
}

static int pe_take(plural_eval *e, const char *op)
{
    pe_space(e);
    size_t k = strlen(op);
    if (strncmp(e->p, op, k) != 0)
        return 0;
    /* "<" is not the start of "<=", "!" not of "!=" */
    if (k == 1 && (op[0] == '<' || op[0] == '>' || op[0] == '!' || op[0] == '=') && e->p[1] == '=')
        return 0;
    e->p += k;
    return 1;
}

static unsigned long pe_primary(plural_eval *e, int live)
{
    pe_space(e);
    if (++e->depth > PLURAL_DEPTH_MAX) {
        e->bad = 1;
        return 0;
    }
    unsigned long v = 0;
    if (*e->p == 'n') {
        e->p++;
        v = e->n;
    } else if (*e->p >= '0' && *e->p <= '9') {
        while (*e->p >= '0' && *e->p <= '9') {
            unsigned d = (unsigned)(*e->p++ - '0');
            if (v > (ULONG_MAX - d) / 10)
                e->bad = 1;
            else
                v = v * 10 + d;
        }
    } else if (pe_take(e, "!")) {
        v = !pe_primary(e, live);
    } else if (pe_take(e, "(")) {
        v = pe_ternary(e, live);
        if (!pe_take(e, ")"))
            e->bad = 1;
    } else {
        e->bad = 1;
    }
    e->depth--;
    return v;
}

static unsigned long pe_mul(plural_eval *e, int live)
{
    unsigned long v = pe_primary(e, live);
    for (;;) {
        int op = pe_take(e, "*") ? '*' : pe_take(e, "/") ? '/' : pe_take(e, "%") ? '%' : 0;
        if (!op || e->bad)
            return v;
        unsigned long r = pe_primary(e, live);
        if (op == '*')
            v *= r;
        else if (r == 0) {
            e->div0 |= live;
            v = 0;
        } else
            v = op == '/' ? v / r : v % r;
    }
}

static unsigned long pe_add(plural_eval *e, int live)
{
    unsigned long v = pe_mul(e, live);
    for (;;) {
        if (pe_take(e, "+"))
            v += pe_mul(e, live);
        else if (pe_take(e, "-"))
            v -= pe_mul(e, live);
        else
            return v;
        if (e->bad)
            return v;
    }
}

static unsigned long pe_rel(plural_eval *e, int live)
{
    unsigned long v = pe_add(e, live);
    for (;;) {
        if (pe_take(e, "<="))
            v = v <= pe_add(e, live);
        else if (pe_take(e, ">="))
            v = v >= pe_add(e, live);
        else if (pe_take(e, "<"))
            v = v < pe_add(e, live);
        else if (pe_take(e, ">"))
            v = v > pe_add(e, live);
        else
            return v;
        if (e->bad)
            return v;
    }
}

static unsigned long pe_eq(plural_eval *e, int live)
{
    unsigned long v = pe_rel(e, live);
    for (;;) {
        if (pe_take(e, "=="))
            v = v == pe_rel(e, live);
        else if (pe_take(e, "!="))
            v = v != pe_rel(e, live);
        else
            return v;
        if (e->bad)
            return v;
    }
}

/* && and || evaluate both sides (no side effects), but a division by
 * zero on a side C would not evaluate does not count. */
static unsigned long pe_and(plural_eval *e, int live)
{
    unsigned long v = pe_eq(e, live);
    while (!e->bad && pe_take(e, "&&")) {
        unsigned long r = pe_eq(e, live && v);
        v = v && r;
    }
    return v;
}

static unsigned long pe_or(plural_eval *e, int live)
{
    unsigned long v = pe_and(e, live);
    while (!e->bad && pe_take(e, "||")) {
        unsigned long r = pe_and(e, live && !v);
        v = v || r;
    }
    return v;
}

static unsigned long pe_ternary(plural_eval *e, int live)
{
    if (++e->depth > PLURAL_DEPTH_MAX) {
        e->bad = 1;
        return 0;
    }
    unsigned long c = pe_or(e, live);
    if (!e->bad && pe_take(e, "?")) {
        unsigned long a = pe_ternary(e, live && c);
        if (!pe_take(e, ":"))
            e->bad = 1;
        unsigned long b = e->bad ? 0 : pe_ternary(e, live && !c);
        c = c ? a : b;
    }
    e->depth--;
    return c;
}

/* The expression's value for n; *bad when it is not one. */
static unsigned long plural_value(const char *expr, unsigned long n, int *bad, int *div0)
{
    plural_eval e = {expr, n, 0, 0, 0};
    unsigned long v = pe_ternary(&e, 1);
    pe_space(&e);
    if (*e.p != '\0')
        e.bad = 1;
    *bad = e.bad;
    *div0 = e.div0;
    return v;
}

unsigned mnr_catalog_plural_form(const mnr_catalog *cat, unsigned long n)
{
    if (!cat->plural)
        return n != 1; /* gettext's default, as English */
    int bad, div0;
    unsigned long v = plural_value(cat->plural, n, &bad, &div0);
    return bad || div0 || v >= cat->nplurals ? 0 : (unsigned)v;
}

/* ---- the header (the translation of the empty msgid) ---- */

/* The value of "Field: value" in the header, or NULL; *len its length. */
static const char *header_field(const char *h, const char *field, size_t *len)
{
    size_t k = strlen(field);
    for (const char *line = h; *line;) {
        size_t n = strcspn(line, "\n");
        if (n > k && strncmp(line, field, k) == 0 && line[k] == ':') {
            const char *v = line + k + 1;
            while (*v == ' ' || *v == '\t')
                v++;
            *len = (size_t)(line + n - v);
            while (*len > 0 && (v[*len - 1] == ' ' || v[*len - 1] == '\t' || v[*len - 1] == '\r'))
                (*len)--;
            return v;
        }
        line += n + (line[n] == '\n');
    }
    return NULL;
}

/* A language code as mnr names files: letters, digits, _ - @ . */
static int set_code(char *dst, const char *v, size_t len)
{
    if (len == 0 || len > NAME_LEN_MAX)
        return 0;
    for (size_t i = 0; i < len; i++) {
        char ch = v[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '_' || ch == '-' || ch == '@' || ch == '.'))
            return 0;
    }
    memcpy(dst, v, len);
    dst[len] = '\0';
    return 1;
}

static mnr_status read_plural_forms(mnr_catalog *c, const char *v, size_t len, const char *name,
                                    mnr_error *err)
{
    char *f = strndup(v, len);
    if (!f)
        return mnr_error_set(err, MNR_ENOMEM, name, 0, _("out of memory"));
    const char *np = strstr(f, "nplurals=");
    const char *pl = strstr(f, "plural=");
    unsigned long nplurals = 0;
    if (np) {
        char *end;
        nplurals = strtoul(np + 9, &end, 10);
        if (end == np + 9)
            nplurals = 0;
    }
    if (!np || !pl || nplurals < 1 || nplurals > MNR_CATALOG_MAX_PLURALS) {
        free(f);
        return refuse(err, name, N_("its Plural-Forms header has no nplurals=1..10 and plural="));
    }
    size_t elen = strcspn(pl + 7, ";");
    c->plural = strndup(pl + 7, elen);
    free(f);
    if (!c->plural)
        return mnr_error_set(err, MNR_ENOMEM, name, 0, _("out of memory"));
    int bad, div0;
    plural_value(c->plural, 0, &bad, &div0);
    if (bad)
        return refuse(err, name, N_("its Plural-Forms expression cannot be read"));
    c->nplurals = (unsigned)nplurals;
    return MNR_OK;
}

/* The language from the file name "…/LL.mo", when the header has none. */
static void code_from_name(char *dst, const char *name)
{
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    size_t len = strcspn(base, ".");
    if (!set_code(dst, base, len))
        strcpy(dst, "und");
}

static mnr_status read_header(mnr_catalog *c, const char *name, mnr_error *err)
{
    code_from_name(c->language, name);
    c->draft = 1;
    c->nplurals = 2;
    size_t len;
    if (c->n == 0 || string_at(c, c->orig, 0, &len)[0] != '\0')
        return MNR_OK; /* no header: the defaults */
    const char *h = string_at(c, c->trans, 0, &len);
    const char *v = header_field(h, "Language", &len);
    if (v)
        set_code(c->language, v, len);
    v = header_field(h, "X-Translation-Status", &len);
    if (v && len >= 8 && strncmp(v, "reviewed", 8) == 0)
        c->draft = 0;
    v = header_field(h, "Plural-Forms", &len);
    return v ? read_plural_forms(c, v, len, name, err) : MNR_OK;
}

/* ---- whether a translation is safe to use ---- */

/* The length of the well-formed UTF-8 character at s (n bytes left) that
 * is no control but newline and tab; 0 when there is none. */
static size_t safe_char(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    if (c < 0x80)
        return (c >= 0x20 && c != 0x7f) || c == '\n' || c == '\t' ? 1 : 0;
    size_t k = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0;
    if (k == 0 || c > 0xf4 || k > n)
        return 0;
    unsigned long cp = c & (0x7fu >> k);
    for (size_t i = 1; i < k; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        cp = cp << 6 | (s[i] & 0x3fu);
    }
    static const unsigned long least[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < least[k] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return cp >= 0x80 && cp <= 0x9f ? 0 : k; /* C1 controls */
}

static int text_safe(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        size_t k = safe_char(u + i, len - i);
        if (k == 0)
            return 0;
        i += k;
    }
    return 1;
}

enum { CONV_OK = 0, CONV_NOT_FORMAT = -1, CONV_REFUSED = -2 };

/* The arguments printf takes for format s (len bytes), two letters each
 * (length modifier, kind) into sig (ARGS_MAX * 2 + 1); "%%" takes none.
 * CONV_NOT_FORMAT when s is not a valid format (a lone '%'; `lenient`
 * skips such a '%' instead, as in "92 %)"), CONV_REFUSED for what a
 * translation may never hold: %n, positional arguments (%1$s), more than
 * ARGS_MAX. */
static int conversions(const char *s, size_t len, char *sig, int lenient)
{
    size_t k = 0;
    const char *end = s + len;
    for (const char *p = memchr(s, '%', len); p; p = memchr(p, '%', (size_t)(end - p))) {
        p++;
        if (p < end && *p == '%') {
            p++;
            continue;
        }
        const char *spec = p;
        size_t stars = 0;
        while (p < end && *p && strchr("-+ #0'", *p))
            p++;
        for (int part = 0; part < 2; part++) { /* width, then .precision */
            if (part == 1) {
                if (p >= end || *p != '.')
                    break;
                p++;
            }
            if (p < end && *p == '*') {
                stars++;
                p++;
            } else {
                while (p < end && *p >= '0' && *p <= '9')
                    p++;
            }
            if (p < end && *p == '$')
                return CONV_REFUSED;
        }
        char lenmod = '-';
        if (p + 1 < end && (p[0] == 'h' || p[0] == 'l') && p[1] == p[0])
            lenmod = p[0] == 'h' ? 'H' : 'L', p += 2;
        else if (p < end && *p && strchr("hlLqjzt", *p))
            lenmod = *p++;
        char kind = 0;
        switch (p < end ? *p : '\0') {
        case 'd': case 'i': kind = 'i'; break;
        case 'o': case 'u': case 'x': case 'X': kind = 'u'; break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A':
            kind = 'f'; break;
        case 'c': kind = 'c'; break;
        case 's': kind = 's'; break;
        case 'p': kind = 'p'; break;
        case 'n': return CONV_REFUSED;
        default: break;
        }
        if (!kind) {
            if (!lenient)
                return CONV_NOT_FORMAT;
            p = spec; /* not a conversion: go on after the '%' */
            continue;
        }
        p++;
        if (k + stars >= ARGS_MAX)
            return CONV_REFUSED;
        for (; stars > 0; stars--) /* each * takes an int */
            sig[2 * k] = '-', sig[2 * k + 1] = 'i', k++;
        sig[2 * k] = lenmod, sig[2 * k + 1] = kind, k++;
    }
    sig[2 * k] = '\0';
    return CONV_OK;
}

/* The {name} placeholders of s, each once, into names. Returns how many,
 * or -1 past NAMES_MAX. */
static int placeholders(const char *s, size_t len, char names[][NAME_LEN_MAX + 1])
{
    int k = 0;
    const char *end = s + len;
    for (const char *p = memchr(s, '{', len); p; p = memchr(p, '{', (size_t)(end - p))) {
        p++;
        size_t n = 0;
        while (p + n < end && n <= NAME_LEN_MAX &&
               ((p[n] >= 'a' && p[n] <= 'z') || (p[n] >= 'A' && p[n] <= 'Z') ||
                (p[n] >= '0' && p[n] <= '9') || p[n] == '_' || p[n] == '-'))
            n++;
        if (n == 0 || n > NAME_LEN_MAX || p + n >= end || p[n] != '}')
            continue;
        int seen = 0;
        for (int i = 0; i < k && !seen; i++)
            seen = strlen(names[i]) == n && memcmp(names[i], p, n) == 0;
        if (seen)
            continue;
        if (k == NAMES_MAX)
            return -1;
        memcpy(names[k], p, n);
        names[k++][n] = '\0';
    }
    return k;
}

/* Every name of a (na of them) is one of b's. */
static int names_within(char a[][NAME_LEN_MAX + 1], int na, char b[][NAME_LEN_MAX + 1], int nb)
{
    for (int i = 0; i < na; i++) {
        int found = 0;
        for (int j = 0; j < nb && !found; j++)
            found = strcmp(a[i], b[j]) == 0;
        if (!found)
            return 0;
    }
    return 1;
}

/* What makes an entry unusable: as any text (bad UTF-8, a control, other
 * placeholders), or only as a printf format. */
enum { UNSAFE_TEXT = 1, UNSAFE_FORMAT = 2, UNSAFE = UNSAFE_TEXT | UNSAFE_FORMAT };

/* The English text a translation stands for: its conversions and
 * placeholders, worked out once per entry. */
typedef struct source_text {
    int percent;              /* it holds a '%' */
    int conv;                 /* CONV_* of the msgid */
    char sig[ARGS_MAX * 2 + 1];
    int nnames;
    char names[NAMES_MAX][NAME_LEN_MAX + 1];
} source_text;

/* Whether translation t may stand for src where it is a printf format
 * (mnr_catalog_lookup; C strings). With a '%' in the English and a valid
 * format there, the same conversions (a plural form may leave out
 * trailing ones); without, no conversion that takes an argument, which
 * would read one that is not there ("50 % des" is "% d"). */
static int format_safe(const source_text *src, const char *t, size_t len, int form_of_plural)
{
    char sig[ARGS_MAX * 2 + 1];
    if (src->conv == CONV_REFUSED)
        return 0;
    if (!src->percent || src->conv == CONV_NOT_FORMAT)
        return conversions(t, len, sig, 1) == CONV_OK && (src->percent || !sig[0]);
    if (conversions(t, len, sig, 0) != CONV_OK)
        return 0;
    size_t k = strlen(sig);
    return form_of_plural ? strncmp(sig, src->sig, k) == 0 : strcmp(sig, src->sig) == 0;
}

/* One translated form against its source: a mask of UNSAFE_*.
 * `form_of_plural` allows it to leave out trailing conversions and any
 * placeholders. */
static int form_unsafe(const source_text *src, const char *t, size_t len, int form_of_plural)
{
    if (len == 0 || !text_safe(t, len))
        return UNSAFE;
    char names[NAMES_MAX][NAME_LEN_MAX + 1];
    int nn = placeholders(t, len, names);
    if (nn < 0 || !names_within(names, nn, (char(*)[NAME_LEN_MAX + 1])src->names, src->nnames))
        return UNSAFE;
    if (!form_of_plural &&
        !names_within((char(*)[NAME_LEN_MAX + 1])src->names, src->nnames, names, nn))
        return UNSAFE;
    return format_safe(src, t, len, form_of_plural) ? 0 : UNSAFE_FORMAT;
}

static int source_read(source_text *src, const char *s, size_t len)
{
    src->percent = memchr(s, '%', len) != NULL;
    src->conv = conversions(s, len, src->sig, 0);
    src->nnames = placeholders(s, len, src->names);
    return src->nnames >= 0;
}

/* Entry i's mask of UNSAFE_*. */
static int entry_unsafe(const mnr_catalog *c, uint32_t i)
{
    size_t olen, tlen;
    const char *o = string_at(c, c->orig, i, &olen);
    const char *t = string_at(c, c->trans, i, &tlen);
    size_t slen = strlen(o); /* the singular; a plural follows its NUL */
    int plural = slen < olen;
    source_text *src = malloc(sizeof *src);
    if (!src)
        return UNSAFE;
    /* a plural's forms are checked against the plural msgid */
    const char *s = plural ? o + slen + 1 : o;
    int unsafe = source_read(src, s, plural ? olen - slen - 1 : olen) ? 0 : UNSAFE;
    unsigned forms = 0;
    for (size_t at = 0; unsafe != UNSAFE && at <= tlen; forms++) {
        size_t flen = strlen(t + at);
        unsafe |= form_unsafe(src, t + at, flen, plural);
        at += flen + 1;
    }
    free(src);
    return unsafe == UNSAFE || forms != (plural ? c->nplurals : 1u) ? UNSAFE : unsafe;
}

static mnr_status check_entries(mnr_catalog *c, const char *name, mnr_error *err)
{
    c->unsafe = calloc(c->n ? c->n : 1, 1);
    if (!c->unsafe)
        return mnr_error_set(err, MNR_ENOMEM, name, 0, _("out of memory"));
    size_t len;
    for (uint32_t i = 0; i < c->n; i++) {
        if (string_at(c, c->orig, i, &len)[0] == '\0')
            continue; /* the header */
        c->unsafe[i] = (unsigned char)entry_unsafe(c, i);
        c->ignored += c->unsafe[i] != 0;
    }
    return MNR_OK;
}

/* ---- loading ---- */

void mnr_catalog_free(mnr_catalog *cat)
{
    if (!cat)
        return;
    free(cat->data);
    free(cat->unsafe);
    free(cat->plural);
    free(cat);
}

static mnr_status parse(mnr_catalog *c, const char *name, mnr_error *err)
{
    if (c->size < MO_HEADER_SIZE)
        return refuse(err, name, N_("it is shorter than a catalog's header"));
    if (word_at(c, 0) != MO_MAGIC) {
        c->swap = 1;
        if (word_at(c, 0) != MO_MAGIC)
            return refuse(err, name, N_("it does not start with the magic number of a .mo file"));
    }
    if (word_at(c, 4) >> 16 > 1)
        return refuse(err, name, N_("its format revision is one mnr does not read"));
    c->n = word_at(c, 8);
    c->orig = word_at(c, 12);
    c->trans = word_at(c, 16);
    mnr_status st = check_table(c, c->orig, name, err);
    if (st == MNR_OK)
        st = check_table(c, c->trans, name, err);
    if (st == MNR_OK)
        st = check_sorted(c, name, err);
    if (st == MNR_OK)
        st = read_header(c, name, err);
    if (st == MNR_OK)
        st = check_entries(c, name, err);
    return st;
}

static mnr_status too_large(const char *name, mnr_error *err)
{
    return mnr_error_set(err, MNR_EIO, name, 0,
                         _("is larger than %u MB, more than any translation catalog (.mo) "
                           "holds; give the catalog msgfmt made"),
                         MNR_CATALOG_MAX_SIZE >> 20);
}

mnr_status mnr_catalog_load_buffer(mnr_catalog **out, const void *data, size_t len,
                                   const char *name, mnr_error *err)
{
    *out = NULL;
    if (len > MNR_CATALOG_MAX_SIZE)
        return too_large(name, err);
    mnr_catalog *c = calloc(1, sizeof *c);
    if (c)
        c->data = malloc(len ? len : 1);
    if (!c || !c->data) {
        mnr_catalog_free(c);
        return mnr_error_set(err, MNR_ENOMEM, name, 0, _("out of memory"));
    }
    if (len)
        memcpy(c->data, data, len);
    c->size = len;
    mnr_status st = parse(c, name, err);
    if (st != MNR_OK) {
        mnr_catalog_free(c);
        return st;
    }
    *out = c;
    return MNR_OK;
}

mnr_status mnr_catalog_load(mnr_catalog **out, const char *path, mnr_error *err)
{
    *out = NULL;
    int fd;
    struct stat st;
    mnr_status s = mnr_input_open(&fd, &st, path, _("a translation catalog (.mo)"), err);
    if (s != MNR_OK)
        return s;
    if (st.st_size < 0 || (unsigned long long)st.st_size > MNR_CATALOG_MAX_SIZE) {
        close(fd);
        return too_large(path, err);
    }
    size_t size = (size_t)st.st_size, got = 0;
    unsigned char *buf = malloc(size ? size : 1);
    while (buf && got < size) {
        ssize_t r = read(fd, buf + got, size - got);
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    close(fd);
    if (!buf)
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    s = mnr_catalog_load_buffer(out, buf, got, path, err);
    free(buf);
    return s;
}

/* ---- lookups ---- */

/* "ctxt\004msgid" (or msgid) against an original string, as strcmp. */
static int key_cmp(const char *ctxt, const char *msgid, const char *orig)
{
    const unsigned char *s = (const unsigned char *)orig;
    if (ctxt) {
        for (const unsigned char *k = (const unsigned char *)ctxt; *k; k++, s++)
            if (*k != *s)
                return *k < *s ? -1 : 1;
        if (*s != 4)
            return *s > 4 ? -1 : 1;
        s++;
    }
    return strcmp(msgid, (const char *)s);
}

/* The entry for the key that is not unsafe in the ways of `mask`; -1
 * when none. */
static long find(const mnr_catalog *c, const char *ctxt, const char *msgid, int mask)
{
    if (!msgid || (!ctxt && !*msgid))
        return -1;
    uint32_t lo = 0, hi = c->n;
    size_t len;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int d = key_cmp(ctxt, msgid, string_at(c, c->orig, mid, &len));
        if (d == 0)
            return c->unsafe[mid] & mask ? -1 : (long)mid;
        if (d < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

const char *mnr_catalog_lookup(const mnr_catalog *cat, const char *ctxt, const char *msgid)
{
    long i = cat ? find(cat, ctxt, msgid, UNSAFE_FORMAT) : -1;
    size_t len;
    return i < 0 ? NULL : string_at(cat, cat->trans, (uint32_t)i, &len);
}

const char *mnr_catalog_lookup_text(const mnr_catalog *cat, const char *ctxt, const char *msgid)
{
    long i = cat ? find(cat, ctxt, msgid, UNSAFE_TEXT) : -1;
    size_t len;
    return i < 0 ? NULL : string_at(cat, cat->trans, (uint32_t)i, &len);
}

const char *mnr_catalog_plural(const mnr_catalog *cat, const char *ctxt, const char *singular,
                               unsigned long n)
{
    long i = cat ? find(cat, ctxt, singular, UNSAFE_FORMAT) : -1;
    if (i < 0)
        return NULL;
    size_t olen, tlen;
    const char *o = string_at(cat, cat->orig, (uint32_t)i, &olen);
    if (strlen(o) == olen)
        return NULL; /* not a plural entry: English decides the form */
    const char *t = string_at(cat, cat->trans, (uint32_t)i, &tlen);
    for (unsigned form = mnr_catalog_plural_form(cat, n); form > 0; form--)
        t += strlen(t) + 1; /* entry_unsafe counted nplurals forms */
    return t;
}

const char *mnr_catalog_language(const mnr_catalog *cat)
{
    return cat->language;
}

int mnr_catalog_draft(const mnr_catalog *cat)
{
    return cat->draft;
}

size_t mnr_catalog_ignored(const mnr_catalog *cat)
{
    return cat->ignored;
}
