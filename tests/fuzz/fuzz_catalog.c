/* Translation catalog bytes (a .mo file, as a --data-dir may hold one) ->
 * the catalog, then lookups, plural forms and numbers written with it in
 * use. Whatever the bytes, loading either refuses the file or gives a
 * catalog whose every answer is a NUL-terminated string inside it. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
#include <string.h>

#include "catalog.h"
#include "i18n.h"

static const char *const keys[] = {"", "Leadership", "y", "%d gap", "%lu gap", "1,234.5",
                                   "{day} {month} {year}", "default:LTR", "January"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mnr_error err;
    mnr_error_init(&err);
    mnr_catalog *cat = NULL;
    if (mnr_catalog_load_buffer(&cat, data, size, "fuzz.mo", &err) != MNR_OK)
        return 0;
    size_t total = 0;
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        const char *t = mnr_catalog_lookup(cat, NULL, keys[i]);
        total += t ? strlen(t) : 0;
        t = mnr_catalog_lookup(cat, "ask-key", keys[i]);
        total += t ? strlen(t) : 0;
        t = mnr_catalog_lookup_text(cat, NULL, keys[i]);
        total += t ? strlen(t) : 0;
        for (unsigned long n = 0; n < 120; n += 7) {
            t = mnr_catalog_plural(cat, NULL, keys[i], n);
            total += t ? strlen(t) : 0;
        }
    }
    /* a key taken from the input itself, so that found entries are hit */
    char key[64];
    size_t k = size < sizeof key - 1 ? size : sizeof key - 1;
    memcpy(key, data, k);
    key[k] = '\0';
    const char *t = mnr_catalog_lookup(cat, NULL, key);
    total += t ? strlen(t) : 0;
    t = mnr_catalog_lookup_text(cat, NULL, key);
    total += t ? strlen(t) : 0;
    if (mnr_catalog_plural_form(cat, ULONG_MAX) >= MNR_CATALOG_MAX_PLURALS)
        abort();
    total += strlen(mnr_catalog_language(cat));

    mnr_i18n_use(cat);
    char buf[64];
    static const char *const numbers[] = {"0", "-1234567.25", "93.9", "12345678901234567890"};
    for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++)
        total += strlen(mnr_number_text(buf, sizeof buf, numbers[i]));
    total += strlen(mnr_ngettext("%lu gap", "%lu gaps", 3));
    mnr_i18n_reset();
    if (total == (size_t)-1)
        puts("");
    return 0;
}
