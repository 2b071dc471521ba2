#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textsafe.h"

void mnr_error_init(mnr_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
}

/* Formats into buf, one line: trailing newlines and spaces of the text
 * are dropped (unless `keep_spaces`), then every control is shown
 * escaped (textsafe.h), cut to fit between characters. */
static void set_message(char *buf, size_t size, int keep_spaces, const char *fmt, va_list ap)
{
    size_t n = 0;
    char *raw = mnr_vasprintf(&n, fmt, ap);
    if (!raw) {
        /* out of memory: the format alone, still made safe */
        mnr_text_safe(buf, size, fmt, MNR_TEXT_LINE);
        return;
    }
    while (n > 0 && (raw[n - 1] == '\n' || (!keep_spaces && raw[n - 1] == ' ')))
        raw[--n] = '\0';
    mnr_text_safe(buf, size, raw, MNR_TEXT_LINE);
    free(raw);
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
    mnr_text_safe(err->file, sizeof err->file, file, MNR_TEXT_LINE);
    err->line = line > 0 ? line : 0;
    err->column = 0;

    va_list ap;
    va_start(ap, fmt);
    set_message(err->message, sizeof err->message, 0, fmt, ap);
    va_end(ap);
    return status;
}

void mnr_error_append(mnr_error *err, const char *fmt, ...)
{
    if (!err || err->status == MNR_OK)
        return;
    size_t n = strlen(err->message);
    va_list ap;
    va_start(ap, fmt);
    set_message(err->message + n, sizeof err->message - n, 1, fmt, ap);
    va_end(ap);
}

void mnr_error_format(const mnr_error *err, char *buf, size_t size)
{
    if (err->file[0] && err->line > 0)
        mnr_text_format(buf, size, MNR_TEXT_LINE, "%s:%ld: %s", err->file, err->line, err->message);
    else if (err->file[0])
        mnr_text_format(buf, size, MNR_TEXT_LINE, "%s: %s", err->file, err->message);
    else
        mnr_text_format(buf, size, MNR_TEXT_LINE, "%s", err->message);
}
