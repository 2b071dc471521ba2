#include "decisions.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fileio.h"
#include "i18n.h"
#include "textsafe.h"
#include "xmlsafe.h"

mnr_status mnr_merge_check_text(const char *text, const char *what, const char *source,
                                long line, mnr_error *err)
{
    if (!mnr_utf8_valid(text))
        return mnr_error_set(err, MNR_EINVALID, source, line,
                             line ? _("%s is not valid UTF-8 text; write it in UTF-8 (save the "
                                      "file as UTF-8)")
                                  : _("%s is not valid UTF-8 text; write it in UTF-8"),
                             what);
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (*p < 0x20 && *p != '\t')
            return mnr_error_set(err, MNR_EINVALID, source, line,
                                 _("%s has a control character (byte 0x%02X); remove it"), what, *p);
        if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
            return mnr_error_set(err, MNR_EINVALID, source, line,
                                 _("%s has the character U+%s, which is not text; remove it"), what,
                                 p[2] == 0xBE ? "FFFE" : "FFFF");
    }
    return MNR_OK;
}

/* At most QUOTE_MAX bytes of a decision in a message, so the advice after
 * it is not cut off. */
#define QUOTE_MAX 60
#define QUOTE(t) (int)mnr_utf8_prefix((t), QUOTE_MAX), (t), strlen(t) > QUOTE_MAX ? "..." : ""

mnr_status mnr_decision_parse(mnr_decision *d, const char *text, const char *source, long line,
                              mnr_error *err)
{
    memset(d, 0, sizeof *d);
    /* TRANSLATORS: the subject of "%s is not valid UTF-8 text", "%s has a
     * control character"... */
    mnr_status st = mnr_merge_check_text(text, _("the decision"), source, line, err);
    if (st != MNR_OK)
        return st;
    const char *eq = strchr(text, '=');
    if (!eq || eq == text)
        return mnr_error_set(err, MNR_EINVALID, source, line,
                             _("\"%.*s%s\" is not a decision; write QUESTION=VALUE [note], e.g. "
                             "C01.L1.a=partly agreed after discussion"), QUOTE(text));
    if (eq[-1] == ' ' || eq[-1] == '\t' || eq[1] == ' ' || eq[1] == '\t')
        return mnr_error_set(err, MNR_EINVALID, source, line,
                             _("the decision \"%.*s%s\" has a space beside '='; write QUESTION=VALUE "
                             "with no space, then the note, e.g. C01.L1.a=partly agreed after "
                             "discussion"), QUOTE(text));
    const char *value = eq + 1;
    size_t vlen = strcspn(value, " \t\r\n");
    char v[16] = "";
    if (vlen < sizeof v)
        memcpy(v, value, vlen), v[vlen] = '\0';
    int level = 0, parsed = vlen < sizeof v ? mnr_value_parse(v, &level) : -1;
    if (parsed < 0)
        return mnr_error_set(err, MNR_EINVALID, source, line,
                             _("the decision \"%.*s%s\" has no value mnr knows; the value is one of "
                             "yes, partly, no, dont-know, na or a level 0-4"), QUOTE(text));
    const char *note = value + vlen;
    while (*note == ' ' || *note == '\t' || *note == '\r' || *note == '\n')
        note++;
    size_t nlen = strlen(note);
    while (nlen && isspace((unsigned char)note[nlen - 1]))
        nlen--;
    d->question = strndup(text, (size_t)(eq - text));
    d->note = nlen ? strndup(note, nlen) : NULL;
    d->source = strdup(source ? source : "--decide");
    d->value = (mnr_value)parsed;
    d->level = level;
    d->line = line;
    if (!d->question || !d->source || (nlen && !d->note)) {
        mnr_decision_clear(d);
        return mnr_error_set(err, MNR_ENOMEM, source, line, _("out of memory"));
    }
    return MNR_OK;
}

void mnr_decision_clear(mnr_decision *d)
{
    free(d->question);
    free(d->note);
    free(d->source);
    memset(d, 0, sizeof *d);
}

/* Appends the decision on one line (blank and # lines are skipped). */
static mnr_status add_line(mnr_decision **list, int *n, char *s, const char *source, long line,
                           mnr_error *err)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t len = strlen(s);
    while (len && isspace((unsigned char)s[len - 1]))
        s[--len] = '\0';
    if (!*s || *s == '#')
        return MNR_OK;
    mnr_decision *grown = realloc(*list, (size_t)(*n + 1) * sizeof **list);
    if (!grown)
        return mnr_error_set(err, MNR_ENOMEM, source, line, _("out of memory"));
    *list = grown;
    mnr_status st = mnr_decision_parse(&(*list)[*n], s, source, line, err);
    if (st == MNR_OK)
        (*n)++;
    return st;
}

mnr_status mnr_decisions_parse(mnr_decision **list, int *n, const char *data, size_t len,
                               const char *source, mnr_error *err)
{
    mnr_status st = MNR_OK;
    long line = 0;
    const char *p = data, *end = data + len;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        p += 3; /* a UTF-8 byte order mark, as some editors write */
    while (st == MNR_OK && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n_bytes = (size_t)((nl ? nl : end) - p);
        line++;
        if (memchr(p, '\0', n_bytes))
            return mnr_error_set(err, MNR_EINVALID, source, line,
                                 _("the line has a zero byte: a decisions file is plain text, one "
                                 "QUESTION=VALUE [note] a line; check that this is the right file"));
        char *s = strndup(p, n_bytes);
        if (!s)
            return mnr_error_set(err, MNR_ENOMEM, source, line, _("out of memory"));
        st = add_line(list, n, s, source, line, err);
        free(s);
        p += n_bytes + 1;
    }
    return st;
}

/* Reads up to MNR_DECISIONS_MAX_BYTES of the open file `fd` into *data. */
static mnr_status read_decisions(char **data, size_t *len, int fd, const char *path,
                                 mnr_error *err)
{
    size_t cap = 4096;
    char *buf = malloc(cap + 1);
    *len = 0;
    for (;;) {
        if (!buf)
            return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
        ssize_t got = read(fd, buf + *len, cap - *len);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            free(buf);
            return mnr_error_set(err, MNR_EIO, path, 0,
                                 _("cannot read the decisions file (%s); check the path"),
                                 strerror(errno));
        }
        if (got == 0)
            break;
        *len += (size_t)got;
        if (*len > MNR_DECISIONS_MAX_BYTES) {
            free(buf);
            return mnr_error_set(err, MNR_EIO, path, 0,
                                 _("the decisions file is larger than %d MB; it holds one line "
                                 "per decided question: check that this is the right file"),
                                 MNR_DECISIONS_MAX_BYTES / (1024 * 1024));
        }
        if (*len == cap) {
            char *grown = realloc(buf, (cap *= 2) + 1);
            if (!grown)
                free(buf);
            buf = grown;
        }
    }
    *data = buf;
    return MNR_OK;
}

mnr_status mnr_decisions_load(mnr_decision **list, int *n, const char *path, mnr_error *err)
{
    int fd;
    struct stat st_buf;
    mnr_status opened = mnr_input_open(&fd, &st_buf, path, N_("a decisions file"), err);
    if (opened != MNR_OK)
        return opened;
    char *data = NULL;
    size_t len = 0;
    mnr_status st = read_decisions(&data, &len, fd, path, err);
    close(fd);
    if (st == MNR_OK)
        st = mnr_decisions_parse(list, n, data, len, path, err);
    free(data);
    return st;
}

