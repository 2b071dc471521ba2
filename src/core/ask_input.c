#include "ask_input.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

mnr_ask_command mnr_ask_command_of(const mnr_ask_keys *k, const char *line, int text)
{
    if (line[0] == ':')
        line++;
    else if (text)
        return MNR_CMD_NONE;
    return same_key(line, k->back)     ? MNR_CMD_BACK
           : same_key(line, k->skip)   ? MNR_CMD_SKIP
           : same_key(line, k->help)   ? MNR_CMD_HELP
           : same_key(line, k->levels) ? MNR_CMD_LEVELS
           : same_key(line, k->jump)   ? MNR_CMD_JUMP
           : same_key(line, k->quit)   ? MNR_CMD_QUIT
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
        if (same_key(text, k->dont_know))
            return MNR_DONT_KNOW;
        return v == MNR_LEVEL || v == MNR_DONT_KNOW ? v : -1;
    }
    if (same_key(text, k->yes))
        return MNR_YES;
    if (same_key(text, k->partly))
        return MNR_PARTLY;
    if (same_key(text, k->no))
        return MNR_NO;
    if (same_key(text, k->dont_know))
        return MNR_DONT_KNOW;
    if (same_key(text, k->na))
        return MNR_NA;
    return v == MNR_LEVEL ? -1 : v;
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
