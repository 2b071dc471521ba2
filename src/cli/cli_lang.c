#include "cli_lang.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "cli.h"
#include "datadir.h"
#include "i18n.h"

int cli_lang_of_locale(char out[4], const char *locale)
{
    out[0] = '\0';
    if (!locale || !*locale)
        return 0;
    size_t n = strcspn(locale, "_.@-");
    if ((n == 1 && locale[0] == 'C') || (n == 5 && strncmp(locale, "POSIX", 5) == 0)) {
        strcpy(out, "en");
        return 1;
    }
    if (n < 2 || n > 3)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = locale[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c < 'a' || c > 'z') {
            out[0] = '\0';
            return 0;
        }
        out[i] = c;
    }
    out[n] = '\0';
    return 1;
}

void cli_lang_of_env(char out[4], const char *language, const char *lc_all,
                     const char *lc_messages, const char *lang)
{
    /* the locale: the first of these that is set */
    const char *locale = lc_all && *lc_all             ? lc_all
                         : lc_messages && *lc_messages ? lc_messages
                                                       : lang;
    char code[4];
    int c_locale = cli_lang_of_locale(code, locale) && strcmp(code, "en") == 0 &&
                   (locale[0] == 'C' || locale[0] == 'P');
    /* LANGUAGE, a list "fr:en": its first entry, unless the locale is C
     * (gettext too ignores it then: the tests run with LC_ALL=C.UTF-8) */
    if (language && *language && !c_locale) {
        char first[64];
        snprintf(first, sizeof first, "%.*s", (int)strcspn(language, ":"), language);
        if (cli_lang_of_locale(out, first))
            return;
    }
    if (!cli_lang_of_locale(out, locale))
        strcpy(out, "en");
}

/* The data directory, as the command will find it, for <data dir>/locale;
 * NULL when there is none (the command then says so). */
static char *data_dir_for(const char *data_dir_option)
{
    mnr_error err;
    mnr_error_init(&err);
    char *dir = NULL;
    if (mnr_datadir_find(&dir, data_dir_option, getenv("MNR_DATA_DIR"), mnr_cli_exe, &err) !=
        MNR_OK)
        return NULL;
    return dir;
}

static int no_such_language(const char *cmd, const char *code, const char *dir)
{
    char *list = mnr_locale_list(dir, mnr_cli_exe);
    int rc = cli_usage(cmd, _("there is no translation into '%s'; the languages are: %s"), code,
                       list ? list : "en");
    free(list);
    return rc;
}

int cli_lang_start(const cli_command *cmd, int argc, char **argv)
{
    const char *option = NULL, *data_dir_option = NULL;
    if (cmd)
        cli_prescan(cmd, argc, argv, &option, &data_dir_option);
    char code[4];
    if (option) {
        if (strcmp(option, "en") == 0)
            return 0;
    } else {
        cli_lang_of_env(code, getenv("LANGUAGE"), getenv("LC_ALL"), getenv("LC_MESSAGES"),
                        getenv("LANG"));
        if (strcmp(code, "en") == 0)
            return 0;
    }
    const char *want = option ? option : code;
    char *dir = data_dir_for(data_dir_option);
    char *path = mnr_locale_find(dir, mnr_cli_exe, want);
    int rc = 0;
    if (!path) {
        if (option)
            rc = no_such_language(cmd->name, option, dir);
        free(dir);
        return rc;
    }
    free(dir);
    mnr_error err;
    mnr_error_init(&err);
    mnr_catalog *cat = NULL;
    if (mnr_catalog_load(&cat, path, &err) == MNR_OK) {
        mnr_i18n_use(cat);
    } else if (option) {
        rc = cli_fail(&err);
    } else {
        char buf[MNR_ERROR_FILE_MAX + MNR_ERROR_MSG_MAX + 64];
        mnr_error_format(&err, buf, sizeof buf);
        /* TRANSLATORS: %s is the message why the catalog cannot be read */
        fprintf(stderr, _("mnr: warning: %s; mnr speaks English instead"), buf);
        fputc('\n', stderr);
    }
    free(path);
    return rc;
}

void cli_lang_end(void)
{
    unsigned long n = mnr_i18n_missing();
    if (n > 0) {
        fprintf(stderr,
                mnr_ngettext("mnr: note: %lu text has no translation into %s yet and is "
                             "shown in English",
                             "mnr: note: %lu texts have no translation into %s yet and are "
                             "shown in English",
                             n),
                n, mnr_i18n_language());
        fputc('\n', stderr);
    }
    mnr_i18n_reset();
}
