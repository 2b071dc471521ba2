/*
 * cli_lang.h - the language mnr speaks in, chosen once at start, before
 * a command prints anything (its --help included):
 *
 *   1. --lang LL, which every command takes (cli_options.h): a language
 *      mnr has no catalog for is a usage error that lists the ones it has;
 *      a catalog that cannot be read is an error (exit 1);
 *   2. else the environment, as gettext reads it: LANGUAGE (its first
 *      entry), LC_ALL, LC_MESSAGES, LANG ("fr_FR.UTF-8@euro" is fr; C and
 *      POSIX are English, and make LANGUAGE ignored, as gettext does). A
 *      language mnr has no catalog for is English, silently; a catalog
 *      that cannot be read is a one-line warning, then English;
 *   3. else English.
 *
 * The catalog of LL is <data dir>/locale/LL.mo, else locale/LL.mo beside
 * the executable (datadir.h). English ("en") has none: it is the source.
 */
#ifndef MNR_CLI_LANG_H
#define MNR_CLI_LANG_H

#include "cli_options.h"

/* The language code a locale name stands for: "fr_FR.UTF-8@euro" -> "fr",
 * "C", "C.UTF-8", "POSIX" -> "en"; into out (4 bytes). Returns 0 (out
 * empty) when `locale` is empty, NULL or no language code. */
int cli_lang_of_locale(char out[4], const char *locale);

/* The language the environment values name (each may be NULL), into out
 * (4 bytes): see above; "en" when they name none. */
void cli_lang_of_env(char out[4], const char *language, const char *lc_all,
                     const char *lc_messages, const char *lang);

/* Chooses the language for the command whose table is `cmd` (NULL: from
 * the environment alone) from argv (argv[0] the command's name) and the
 * environment, and puts its catalog in use (i18n.h). Returns 0, or the
 * exit status of the error it printed. */
int cli_lang_start(const cli_command *cmd, int argc, char **argv);

/* At the end of a run: when texts were shown in English for want of a
 * translation, says how many, on one line of standard error; then frees
 * the catalog. */
void cli_lang_end(void);

#endif
