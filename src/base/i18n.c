/*
 * i18n.c - see i18n.h. For now the English source itself: no catalog is
 * loaded yet.
 */
#include "i18n.h"

#include <string.h>

/* for tests only: see mnr_i18n_use_table */
static const char *const *test_table;
static const char *test_language;

const char *mnr_gettext(const char *msgid)
{
    for (size_t i = 0; test_table && test_table[i]; i += 2)
        if (strcmp(test_table[i], msgid) == 0)
            return test_table[i + 1];
    return msgid;
}

const char *mnr_pgettext(const char *ctxt, const char *msgid)
{
    (void)ctxt;
    return msgid;
}

const char *mnr_ngettext(const char *singular, const char *plural, unsigned long n)
{
    return n == 1 ? singular : plural;
}

const char *mnr_i18n_language(void)
{
    return test_table ? test_language : "en";
}

int mnr_i18n_draft(void)
{
    return test_table != NULL;
}

unsigned long mnr_i18n_missing(void)
{
    return 0;
}

char *mnr_number_text(char *buf, size_t size, const char *machine)
{
    if (size == 0)
        return buf;
    size_t n = strlen(machine);
    if (n >= size)
        n = size - 1;
    memcpy(buf, machine, n);
    buf[n] = '\0';
    return buf;
}

/* ---- for tests only ---- */

void mnr_i18n_use_table(const char *language, const char *const *pairs)
{
    test_table = pairs;
    test_language = language;
}
