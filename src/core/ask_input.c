#include "ask_input.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

/* ---- whether a line can be taken ---- */

/* The code point of the UTF-8 sequence at p (at most `left` bytes) and
 * its length in *n; -1 for a byte that does not start a well-formed one
 * (*n = 1). */
static long decode(const unsigned char *p, size_t left, size_t *n)
{
    static const unsigned char lead_bits[] = {0, 0, 0x1F, 0x0F, 0x07};
    static const long least[] = {0, 0, 0x80, 0x800, 0x10000};
    size_t len = p[0] < 0x80 ? 1 : (p[0] & 0xE0) == 0xC0 ? 2 : (p[0] & 0xF0) == 0xE0 ? 3
               : (p[0] & 0xF8) == 0xF0 ? 4 : 0;
    *n = 1;
    if (len == 1)
        return p[0];
    if (len == 0 || len > left)
        return -1;
    long cp = p[0] & lead_bits[len];
    for (size_t k = 1; k < len; k++) {
        if ((p[k] & 0xC0) != 0x80)
            return -1;
        cp = (cp << 6) | (p[k] & 0x3F);
    }
    if (cp < least[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    *n = len;
    return cp;
}

static int is_space(long cp)
{
    return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n';
}

mnr_typed mnr_ask_typed(const char *line, size_t len)
{
    const unsigned char *p = (const unsigned char *)line, *end = p + len;
    mnr_typed found = MNR_TYPED_OK;
    while (p < end) {
        size_t n;
        long cp = decode(p, (size_t)(end - p), &n);
        if (cp < 0)
            return MNR_TYPED_NOT_UTF8; /* the terminal's encoding: said first */
        if (!is_space(cp) && (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) ||
                              cp == 0xFFFE || cp == 0xFFFF))
            found = MNR_TYPED_CONTROL;
        p += n;
    }
    return found;
}

char *mnr_ask_clean(const char *line, size_t len)
{
    char *out = malloc(len + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    int space = 0;
    for (size_t i = 0; i < len; i++) {
        if (is_space((unsigned char)line[i])) {
            space = 1;
            continue;
        }
        if (space && o > 0)
            out[o++] = ' ';
        space = 0;
        out[o++] = line[i];
    }
    out[o] = '\0';
    return out;
}

/* ---- what it names ---- */

/* Equal, ASCII letters compared without case. */
static int same_key(const char *line, const char *key)
{
    if (!key || !key[0])
        return 0;
    for (; *line && *key; line++, key++) {
        char x = *line, y = *key;
        if (x >= 'A' && x <= 'Z')
            x = (char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = (char)(y - 'A' + 'a');
        if (x != y)
            return 0;
    }
    return *line == *key;
}

/* The fields of mnr_ask_keys, in order. */
enum { K_YES, K_PARTLY, K_NO, K_DONT_KNOW, K_NA, K_BACK, K_SKIP, K_HELP, K_LEVELS, K_JUMP, K_QUIT };

const char *mnr_ask_key_at(const mnr_ask_keys *k, int i)
{
    const char *const field[MNR_ASK_N_KEYS] = {k->yes,  k->partly, k->no,     k->dont_know,
                                               k->na,   k->back,   k->skip,   k->help,
                                               k->levels, k->jump, k->quit};
    return i >= 0 && i < MNR_ASK_N_KEYS ? field[i] : NULL;
}

const char *mnr_ask_key_role(int i)
{
    static const char *const role[MNR_ASK_N_KEYS] = {
        N_("yes"),  N_("partly"), N_("no"),   N_("don't know"),    N_("not applicable"),
        N_("back"), N_("skip"),   N_("help"), N_("levels so far"), N_("jump"), N_("quit")};
    return i >= 0 && i < MNR_ASK_N_KEYS ? role[i] : "";
}

/* Whether the line is one of the table's own keys. */
static int own_key(const mnr_ask_keys *k, const char *line)
{
    for (int i = 0; i < MNR_ASK_N_KEYS; i++)
        if (same_key(line, mnr_ask_key_at(k, i)))
            return 1;
    return 0;
}

/* Whether the line is key i: the language's, or the one also accepted
 * when it is none of the language's keys (in French, where "a" might be
 * back, the English "a" for not applicable is not taken). */
static int is_key(const mnr_ask_keys *k, int i, const char *line)
{
    if (same_key(line, mnr_ask_key_at(k, i)))
        return 1;
    return k->also && same_key(line, mnr_ask_key_at(k->also, i)) && !own_key(k, line);
}

mnr_ask_command mnr_ask_command_of(const mnr_ask_keys *k, const char *line, int text)
{
    if (line[0] == ':')
        line++;
    else if (text)
        return MNR_CMD_NONE;
    return is_key(k, K_BACK, line)     ? MNR_CMD_BACK
           : is_key(k, K_SKIP, line)   ? MNR_CMD_SKIP
           : is_key(k, K_HELP, line)   ? MNR_CMD_HELP
           : is_key(k, K_LEVELS, line) ? MNR_CMD_LEVELS
           : is_key(k, K_JUMP, line)   ? MNR_CMD_JUMP
           : is_key(k, K_QUIT, line)   ? MNR_CMD_QUIT
                                       : MNR_CMD_NONE;
}

int mnr_ask_value(const mnr_ask_keys *k, mnr_qkind kind, const char *text, int *level)
{
    char lower[16] = "";
    for (size_t i = 0; text[i] && i + 1 < sizeof lower; i++)
        lower[i] = (char)(text[i] >= 'A' && text[i] <= 'Z' ? text[i] - 'A' + 'a' : text[i]),
        lower[i + 1] = '\0';
    /* the file's names too, in any case: yes, dont-know, 0-4 ... */
    int v = strlen(text) < sizeof lower ? mnr_value_parse(lower, level) : -1;
    if (kind == MNR_LEVEL_PICK) {
        if (is_key(k, K_DONT_KNOW, text))
            return MNR_DONT_KNOW;
        return v == MNR_LEVEL || v == MNR_DONT_KNOW ? v : -1;
    }
    static const mnr_value value[] = {MNR_YES, MNR_PARTLY, MNR_NO, MNR_DONT_KNOW, MNR_NA};
    for (int i = K_YES; i <= K_NA; i++)
        if (is_key(k, i, text))
            return value[i];
    return v == MNR_LEVEL ? -1 : v;
}

/* ---- the keys of a language ---- */

/* What is wrong with one key on its own, or NULL. */
static const char *key_fault(const char *key)
{
    size_t len = key ? strlen(key) : 0;
    if (len == 0)
        return N_("it is empty");
    if (len > MNR_ASK_KEY_MAX)
        return N_("it is longer than 15 bytes");
    if (mnr_ask_typed(key, len) != MNR_TYPED_OK)
        return N_("it holds a control character or bytes that are not UTF-8");
    if (strpbrk(key, " \t\r\n0123456789:-"))
        return N_("it holds white space, a digit, ':' or '-', which mean something else at "
                  "the same prompts");
    return NULL;
}

mnr_status mnr_ask_keys_check(const mnr_ask_keys *k, const char *language, mnr_error *err)
{
    for (int i = 0; i < MNR_ASK_N_KEYS; i++) {
        const char *key = mnr_ask_key_at(k, i), *fault = key_fault(key);
        if (fault)
            /* TRANSLATORS: the language, the key, the key's English
               word ("yes"), what is wrong with it */
            return mnr_error_set(err, MNR_EINVALID, NULL, 0,
                                 _("the %s key of mnr ask '%s' (for \"%s\", msgctxt "
                                   "\"ask-key\") will not do: %s; give it one or two "
                                   "lowercase letters"),
                                 language, key ? key : "", _(mnr_ask_key_role(i)), _(fault));
        for (int j = 0; j < i; j++)
            if (same_key(key, mnr_ask_key_at(k, j)))
                /* TRANSLATORS: the language, the key, the English words of
                   the two keys it is given to ("yes", "back") */
                return mnr_error_set(err, MNR_EINVALID, NULL, 0,
                                     _("the %s keys of mnr ask clash: '%s' is the key of both "
                                       "\"%s\" and \"%s\" (msgctxt \"ask-key\"); give each "
                                       "a key of its own"),
                                     language, key, _(mnr_ask_key_role(j)),
                                     _(mnr_ask_key_role(i)));
    }
    return MNR_OK;
}

int mnr_ask_capability(const mnr_model *m, const char *text)
{
    const char *p = text;
    if (*p == 'c' || *p == 'C')
        p++;
    int n = 0, digits = 0;
    for (; *p >= '0' && *p <= '9' && digits < 4; p++, digits++)
        n = n * 10 + (*p - '0');
    if (digits == 0 || *p != '\0')
        return -1;
    for (int c = 0; c < m->n_caps; c++)
        if (m->caps[c].number == n)
            return c;
    return -1;
}

/* Whether `text` names group i: its number, id or name. */
static int names_group(const mnr_grouping *gr, int i, const char *text)
{
    char number[16];
    snprintf(number, sizeof number, "%d", i + 1);
    return strcmp(text, number) == 0 || same_key(text, gr->groups[i].id) ||
           same_key(text, gr->groups[i].name);
}

int mnr_ask_group(const mnr_model *m, mnr_grouping_id g, const char *text)
{
    const mnr_grouping *gr = &m->groupings[g];
    int found = -1;
    for (int i = 0; i < gr->n_groups; i++) {
        if (!names_group(gr, i, text))
            continue;
        if (found >= 0)
            return -1; /* a name that is another's number or id: ask again */
        found = i;
    }
    return found;
}
