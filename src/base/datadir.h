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

/* Paths of the shipped files inside a data directory. */
#define MNR_MODEL_FILE "model/mnr-model.xml"
#define MNR_BASELINE_FILE "model/baseline-2021.xml"
#define MNR_QUESTIONNAIRE_DIR "questionnaires"
#define MNR_STYLESHEET_DIR "stylesheets"
/* which texts are translated (its.h) */
#define MNR_ITS_RULES_FILE "po/its/mnr.its"

#endif
