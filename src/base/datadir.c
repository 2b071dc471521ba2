#include "datadir.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "platform.h"
#include "i18n.h"

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
        return mnr_error_set(err, MNR_ENOMEM, dir, 0, _("cannot resolve the data directory"));
    return MNR_OK;
}

mnr_status mnr_datadir_find(char **out, const char *explicit_dir, const char *env_dir,
                            const char *exe_path, mnr_error *err)
{
    *out = NULL;
    if (explicit_dir) {
        if (!is_dir(explicit_dir))
            return mnr_error_set(err, MNR_EIO, explicit_dir, 0,
                                 _("not an mnr data directory (there is no such directory); "
                                 "give the directory that holds model/, questionnaires/ and stylesheets/"));
        if (!holds_model(explicit_dir, 0))
            return mnr_error_set(err, MNR_EIO, explicit_dir, 0,
                                 _("not an mnr data directory (no %s in it); "
                                 "give the directory that holds model/, questionnaires/ and stylesheets/"),
                                 MNR_MODEL_FILE);
        return take(out, explicit_dir, err);
    }
    if (env_dir && env_dir[0]) {
        if (!is_dir(env_dir) || !holds_model(env_dir, 0))
            return mnr_error_set(err, MNR_EIO, env_dir, 0,
                                 _("MNR_DATA_DIR names a directory without %s; "
                                 "fix or unset MNR_DATA_DIR"), MNR_MODEL_FILE);
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
                         _("cannot find mnr's data (model/, questionnaires/, stylesheets/); "
                         "give --data-dir DIR or set MNR_DATA_DIR"));
}

int mnr_locale_code_ok(const char *code)
{
    size_t n = strspn(code, "abcdefghijklmnopqrstuvwxyz");
    return (n == 2 || n == 3) && code[n] == '\0';
}

/* The two places a catalog may be, malloc'd (a slot NULL when absent). */
static void locale_dirs(char *dirs[2], const char *data_dir, const char *exe_path)
{
    dirs[0] = data_dir ? mnr_path_join(data_dir, MNR_LOCALE_DIR) : NULL;
    dirs[1] = NULL;
    char *real_exe = exe_path ? realpath(exe_path, NULL) : NULL;
    char *bindir = real_exe ? mnr_path_dir(real_exe) : NULL;
    if (bindir)
        dirs[1] = mnr_path_join(bindir, MNR_LOCALE_DIR);
    free(bindir);
    free(real_exe);
}

char *mnr_locale_find(const char *data_dir, const char *exe_path, const char *code)
{
    if (!mnr_locale_code_ok(code))
        return NULL;
    char *dirs[2], *found = NULL, name[8];
    snprintf(name, sizeof name, "%s.mo", code);
    locale_dirs(dirs, data_dir, exe_path);
    for (int i = 0; i < 2 && !found; i++) {
        char *p = dirs[i] ? mnr_path_join(dirs[i], name) : NULL;
        struct stat st;
        if (p && stat(p, &st) == 0 && S_ISREG(st.st_mode))
            found = p;
        else
            free(p);
    }
    free(dirs[0]);
    free(dirs[1]);
    return found;
}

static int code_cmp(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

char *mnr_locale_list(const char *data_dir, const char *exe_path)
{
    char codes[64][4];
    int n = 0;
    strcpy(codes[n++], "en");
    char *dirs[2];
    locale_dirs(dirs, data_dir, exe_path);
    for (int i = 0; i < 2; i++) {
        DIR *d = dirs[i] ? opendir(dirs[i]) : NULL;
        for (struct dirent *e; d && (e = readdir(d)) && n < 64;) {
            char code[8];
            size_t len = strlen(e->d_name);
            if (len < 5 || len > 6 || strcmp(e->d_name + len - 3, ".mo") != 0)
                continue;
            memcpy(code, e->d_name, len - 3);
            code[len - 3] = '\0';
            int seen = !mnr_locale_code_ok(code);
            for (int k = 0; k < n && !seen; k++)
                seen = strcmp(codes[k], code) == 0;
            if (!seen)
                strcpy(codes[n++], code);
        }
        if (d)
            closedir(d);
        free(dirs[i]);
    }
    qsort(codes + 1, (size_t)(n - 1), sizeof codes[0], code_cmp);
    char *list = malloc((size_t)n * 5 + 1), *o = list;
    for (int k = 0; list && k < n; k++)
        o += sprintf(o, "%s%s", k ? ", " : "", codes[k]);
    return list;
}
