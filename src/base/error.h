/*
 * error.h - the error record every core function fills.
 *
 * The core never prints. A function that fails returns a non-zero
 * mnr_status and, when given a non-NULL mnr_error, records where (file,
 * line, column; 0 when unknown) and what went wrong, with a hint on what
 * to do. The command-line front prints it as "FILE:LINE: message".
 *
 *   mnr_error err;
 *   mnr_error_init(&err);
 *   if (mnr_model_load(&model, path, &err) != MNR_OK)
 *       ... mnr_error_format(&err, buf, sizeof buf) ...
 *
 * The message and file name are kept on one line and safe to print:
 * every control character in them (a newline or an escape sequence from
 * a file) is shown escaped (textsafe.h), and a message cut to fit is cut
 * between characters.
 *
 * Only the first error is kept: later ones are usually consequences of it.
 * `more` counts the errors that were dropped so the front can say so.
 */
#ifndef MNR_ERROR_H
#define MNR_ERROR_H

#include <stddef.h>

typedef enum mnr_status {
    MNR_OK = 0,
    MNR_EIO = 1,      /* missing, unreadable, a directory, too large, cannot write */
    MNR_EPARSE = 2,   /* not well-formed XML, or forbidden XML features */
    MNR_ESCHEMA = 3,  /* does not match its XML Schema */
    MNR_EINVALID = 4, /* well-formed and schema-valid, but wrong (unknown id...) */
    MNR_ENOMEM = 5,
    MNR_EEXTERNAL = 6 /* an outside program (chromium) failed or is missing */
} mnr_status;

#define MNR_ERROR_FILE_MAX 1024
#define MNR_ERROR_MSG_MAX 1024

typedef struct mnr_error {
    mnr_status status;
    char file[MNR_ERROR_FILE_MAX];
    long line;   /* 1-based; 0 when the error is about the file as a whole */
    int column;  /* 1-based; 0 when unknown */
    char message[MNR_ERROR_MSG_MAX];
    int more;    /* errors after the first that were not kept */
} mnr_error;

void mnr_error_init(mnr_error *err);

/* Records an error unless one is already recorded (then counts it in
 * `more`). Returns `status` so callers can `return mnr_error_set(...)`.
 * `file` may be NULL. A trailing newline in the message is removed. */
mnr_status mnr_error_set(mnr_error *err, mnr_status status, const char *file,
                         long line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* Adds to the message of the recorded error (nothing when none is
 * recorded), made safe and cut to fit the same way. */
void mnr_error_append(mnr_error *err, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* "FILE:LINE: message", "FILE: message" or "message", cut to fit between
 * characters. */
void mnr_error_format(const mnr_error *err, char *buf, size_t size);

#endif
