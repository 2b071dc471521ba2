/*
 * datadir.h - finding model/, questionnaires/ and stylesheets/.
 *
 * In order: an explicit directory (--data-dir), the MNR_DATA_DIR
 * environment value, the installed data directory relative to the
 * executable (<prefix>/bin/mnr -> <prefix>/share/mnr), and the source tree
 * when the executable is the one in the build directory. The caller passes
 * the first two and the executable's path, so the core reads no globals.
 */
#ifndef MNR_DATADIR_H
#define MNR_DATADIR_H

#include "error.h"

/* *out is a malloc'd absolute path without a trailing slash. */
mnr_status mnr_datadir_find(char **out, const char *explicit_dir, const char *env_dir,
                            const char *exe_path, mnr_error *err);

/* "<dir>/<rel>", malloc'd. */
char *mnr_path_join(const char *dir, const char *rel);
/* The directory part of `path`: "." for a bare name, "/" for "/name";
 * malloc'd. */
char *mnr_path_dir(const char *path);

/* Translation catalogs (catalog.h): the catalog of language `code` ("fr",
 * two or three lowercase letters) is <data_dir>/locale/LL.mo, else, beside
 * the executable, <directory of exe_path>/locale/LL.mo (the build tree's
 * catalogs). Either directory may be NULL. */
/* The catalog's path (malloc'd), or NULL when there is none. */
char *mnr_locale_find(const char *data_dir, const char *exe_path, const char *code);
/* The languages mnr has: "en" and every LL of a LL.mo there, sorted, each
 * once, joined by ", " (malloc'd; NULL when out of memory). */
char *mnr_locale_list(const char *data_dir, const char *exe_path);
/* Whether `code` is a language code as the catalogs are named. */
int mnr_locale_code_ok(const char *code);

/* Paths of the shipped files inside a data directory. */
#define MNR_MODEL_FILE "model/mnr-model.xml"
#define MNR_BASELINE_FILE "model/baseline-2021.xml"
#define MNR_QUESTIONNAIRE_DIR "questionnaires"
#define MNR_STYLESHEET_DIR "stylesheets"
#define MNR_LOCALE_DIR "locale"
/* which texts are translated (its.h) */
#define MNR_ITS_RULES_FILE "po/its/mnr.its"

#endif
