/*
 * mnr-lang.c - mnr with a small table as its catalog, for the end-to-end
 * tests of translated output (tests/translate.cmake): no compiled catalog
 * needed, and nothing of the kind in the mnr that is installed.
 *
 *   mnr-lang LANG TABLE mnr-arguments...
 *
 * TABLE has one text a line: the English msgid, a tab, the translation.
 * The catalog is then LANG's, a draft (mnr_i18n_use_table, i18n.h), and
 * mnr runs as usual with the rest of the arguments. Not installed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

/* mnr's own main, under another name */
#define main mnr_cli_main
#include "../../src/cli/main.c"
#undef main

/* The table's lines as msgid, translation, ..., NULL (kept until exit). */
static const char **read_table(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    size_t n = 0, size = 64;
    const char **pairs = calloc(size + 1, sizeof *pairs);
    char line[8192];
    while (pairs && fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        char *tab = strchr(line, '\t');
        if (!tab)
            continue;
        *tab = '\0';
        if (n + 2 >= size) {
            const char **grown = realloc(pairs, (2 * size + 1) * sizeof *pairs);
            if (!grown)
                break;
            pairs = grown;
            size *= 2;
        }
        pairs[n++] = strdup(line);
        pairs[n++] = strdup(tab + 1);
        pairs[n] = NULL;
    }
    fclose(f);
    return pairs;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: mnr-lang LANG TABLE mnr-arguments...\n");
        return 2;
    }
    const char **pairs = read_table(argv[2]);
    if (!pairs) {
        fprintf(stderr, "mnr-lang: cannot read %s\n", argv[2]);
        return 2;
    }
    mnr_i18n_use_table(argv[1], pairs);
    argv[2] = argv[0];
    int rc = mnr_cli_main(argc - 2, argv + 2);
    for (size_t i = 0; pairs[i]; i++)
        free((char *)pairs[i]);
    free(pairs);
    return rc;
}
