#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "textsafe.h"

const char *mnr_cli_exe;

/* The last strings cli_safe() made, freed as the ring comes round. */
#define SAFE_RING 8
static char *safe_ring[SAFE_RING];
static int safe_next;

const char *cli_safe(const char *s)
{
    char *t = mnr_text_safe_dup(s ? s : "", s ? strlen(s) : 0, MNR_TEXT_LINE, NULL);
    free(safe_ring[safe_next]);
    safe_ring[safe_next] = t;
    safe_next = (safe_next + 1) % SAFE_RING;
    return t ? t : "(out of memory)";
}

void cli_safe_free(void)
{
    for (int i = 0; i < SAFE_RING; i++) {
        free(safe_ring[i]);
        safe_ring[i] = NULL;
    }
}

int cli_fail(const mnr_error *err)
{
    char buf[MNR_ERROR_FILE_MAX + MNR_ERROR_MSG_MAX + 64];
    mnr_error_format(err, buf, sizeof buf);
    fprintf(stderr, "%s\n", buf);
    return EXIT_INVALID;
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    mnr_text_vformat(msg, sizeof msg, MNR_TEXT_LINE, fmt, ap);
    va_end(ap);
    fprintf(stderr, "mnr %s: %s\nTry 'mnr help %s' for the options.\n", cmd, msg, cmd);
    return EXIT_USAGE;
}

int cli_bad_option(const char *cmd, int opt, const char *arg)
{
    if (opt == ':')
        return cli_usage(cmd, "option '%s' needs a value", arg);
    return cli_usage(cmd, "unknown option '%s'", arg);
}

void cli_warn(const char *file, long line, const char *message)
{
    if (line > 0)
        fprintf(stderr, "%s:%ld: warning: %s\n", cli_safe(file), line, cli_safe(message));
    else
        fprintf(stderr, "%s: warning: %s\n", cli_safe(file), cli_safe(message));
}

int cli_open(mnr_context **out, const char *data_dir_option)
{
    mnr_error err;
    mnr_error_init(&err);
    char *dir = NULL;
    *out = NULL;
    if (mnr_datadir_find(&dir, data_dir_option, getenv("MNR_DATA_DIR"), mnr_cli_exe, &err) != MNR_OK)
        return cli_fail(&err);
    mnr_status st = mnr_context_open(out, dir, &err);
    free(dir);
    return st == MNR_OK ? 0 : cli_fail(&err);
}

int cli_parse_level(const char *s)
{
    if (s && s[0] >= '1' && s[0] <= '4' && s[1] == '\0')
        return s[0] - '0';
    return 0;
}
