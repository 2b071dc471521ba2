#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void mnr_error_init(mnr_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
}

mnr_status mnr_error_set(mnr_error *err, mnr_status status, const char *file,
                         long line, const char *fmt, ...)
{
    if (!err)
        return status;
    if (err->status != MNR_OK) {
        err->more++;
        return status;
    }
    err->status = status;
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->line = line > 0 ? line : 0;
    err->column = 0;

    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);

    size_t n = strlen(err->message);
    while (n > 0 && (err->message[n - 1] == '\n' || err->message[n - 1] == ' '))
        err->message[--n] = '\0';
    return status;
}

void mnr_error_format(const mnr_error *err, char *buf, size_t size)
{
    if (err->file[0] && err->line > 0)
        snprintf(buf, size, "%s:%ld: %s", err->file, err->line, err->message);
    else if (err->file[0])
        snprintf(buf, size, "%s: %s", err->file, err->message);
    else
        snprintf(buf, size, "%s", err->message);
}
