#include "datadir.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "platform.h"

char *mnr_path_join(const char *dir, const char *rel)
{
    size_t n = strlen(dir) + strlen(rel) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s", dir, rel);
    return p;
}

char *mnr_path_dir(const char *path)
{
    const char *slash = mnr_last_sep(path);
    size_t root = mnr_root_len(path);
    if (!slash)
        return root ? strndup(path, root) : strdup("."); /* "C:x": "C:" */
    if ((size_t)(slash - path) < root)
        return strndup(path, root); /* "/x": "/", "C:\x": "C:\" */
    return strndup(path, (size_t)(slash - path));
}

/* Whether `dir` holds something at the model's path. A directory found by
 * searching must hold the model as a regular file (`need_file`). One the
 * user named needs only something there: when that is a directory or
 * cannot be read, loading it says so, which tells more than "not a data
 * directory". */
static int holds_model(const char *dir, int need_file)
{
    char *p = mnr_path_join(dir, MNR_MODEL_FILE);
    struct stat st;
    int ok = p && (need_file ? stat(p, &st) == 0 && S_ISREG(st.st_mode) : lstat(p, &st) == 0);
    free(p);
    return ok;
}

static int is_dir(const char *dir)
{
    struct stat st;
    return stat(dir, &st) == 0 && S_ISDIR(st.st_mode);
}

static mnr_status take(char **out, const char *dir, mnr_error *err)
{
    *out = realpath(dir, NULL);
    if (!*out)
        return mnr_error_set(err, MNR_ENOMEM, dir, 0, "cannot resolve the data directory");
    return MNR_OK;
}

mnr_status mnr_datadir_find(char **out, const char *explicit_dir, const char *env_dir,
                            const char *exe_path, mnr_error *err)
{
    *out = NULL;
    if (explicit_dir) {
        if (!is_dir(explicit_dir))
            return mnr_error_set(err, MNR_EIO, explicit_dir, 0,
                                 "not an mnr data directory (there is no such directory); "
                                 "give the directory that holds model/, questionnaires/ and stylesheets/");
        if (!holds_model(explicit_dir, 0))
            return mnr_error_set(err, MNR_EIO, explicit_dir, 0,
                                 "not an mnr data directory (no %s in it); "
                                 "give the directory that holds model/, questionnaires/ and stylesheets/",
                                 MNR_MODEL_FILE);
        return take(out, explicit_dir, err);
    }
    if (env_dir && env_dir[0]) {
        if (!is_dir(env_dir) || !holds_model(env_dir, 0))
            return mnr_error_set(err, MNR_EIO, env_dir, 0,
                                 "MNR_DATA_DIR names a directory without %s; "
                                 "fix or unset MNR_DATA_DIR", MNR_MODEL_FILE);
        return take(out, env_dir, err);
    }
    mnr_status st = MNR_OK;
    if (exe_path) {
        char *real_exe = realpath(exe_path, NULL);
        char *bindir = real_exe ? mnr_path_dir(real_exe) : NULL;
        char *installed = bindir ? mnr_path_join(bindir, MNR_BIN_TO_DATA) : NULL;
        int found = 0;
        if (installed && holds_model(installed, 1)) {
            st = take(out, installed, err);
            found = 1;
        } else if (bindir && strncmp(bindir, MNR_BUILD_DIR, strlen(MNR_BUILD_DIR)) == 0 &&
                   holds_model(MNR_SOURCE_DIR, 1)) {
            st = take(out, MNR_SOURCE_DIR, err);
            found = 1;
        }
        free(installed);
        free(bindir);
        free(real_exe);
        if (found)
            return st;
    }
    return mnr_error_set(err, MNR_EIO, NULL, 0,
                         "cannot find mnr's data (model/, questionnaires/, stylesheets/); "
                         "give --data-dir DIR or set MNR_DATA_DIR");
}
