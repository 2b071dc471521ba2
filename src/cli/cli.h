/*
 * cli.h - what the commands share: printing errors, usage errors, finding
 * the data directory from --data-dir / MNR_DATA_DIR / the executable.
 * Only the front (main.c, cmd_*.c) prints or exits; the core never does.
 */
#ifndef MNR_CLI_H
#define MNR_CLI_H

#include "assess.h"
#include "context.h"
#include "error.h"
#include "report.h"

#define EXIT_INVALID 1 /* invalid input or a failed check */
#define EXIT_USAGE 2   /* wrong command line */

/* Set by main.c: the path of the running executable. */
extern const char *mnr_cli_exe;

/* `s` (text from a file, a file name...) made safe to print on one line:
 * controls shown escaped (textsafe.h). Valid until the 8th next call. */
const char *cli_safe(const char *s);
void cli_safe_free(void); /* at exit */

/* Prints the error record to stderr; returns EXIT_INVALID. */
int cli_fail(const mnr_error *err);
/* Prints "mnr CMD: message" (one line, made safe) and a pointer to help
 * on stderr; returns EXIT_USAGE. */
int cli_usage(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* For getopt_long's ':' (missing value) and '?' (unknown option). */
int cli_bad_option(const char *cmd, int opt, const char *arg);
/* Prints a warning "FILE:LINE: warning: message" on stderr. */
void cli_warn(const char *file, long line, const char *message);

/* Checks an output before anything is read: mnr_output_check (never an
 * input, `inputs` NULL-terminated, nor the data directory), then never
 * over an existing answers file, whose answers typed by someone are worth
 * more than any output (such a name is most often the input and output
 * swapped). `what` (CLI_OUT_REPORT, CLI_OUT_CONSENSUS...) names the output
 * in the message, each its own whole sentence for translation. With `consensus_ok` (mnr merge made it, and makes it
 * again) a workshop consensus may be replaced. mnr ask, which saves an
 * answers file, calls mnr_output_check alone. */
typedef enum cli_output {
    CLI_OUT_RESULTS,
    CLI_OUT_REPORT,
    CLI_OUT_COMPARISON,
    CLI_OUT_FORM,
    CLI_OUT_CONSENSUS,
    CLI_OUT_COHORT,
    CLI_OUT_COHORT_REPORT,
} cli_output;

mnr_status cli_check_output(const char *out, const char *const *inputs, const mnr_context *ctx,
                            cli_output what, int consensus_ok, mnr_error *err);

/* Finds the data directory and opens the context; prints and returns
 * EXIT_INVALID on failure, 0 on success. */
int cli_open(mnr_context **out, const char *data_dir_option);

/* The questionnaire a -q value names: full and rapid the shipped ones, a
 * value with a slash or ending in .xml a file of the user's (then *custom,
 * when given, is set). NULL when it names none: a usage error. */
char *cli_questionnaire_path(const mnr_context *ctx, const char *q, int *custom);

/* Standard output is written through stdio and checked here: a failed
 * write (a full disk, /dev/full, a closed descriptor) is an error naming
 * "standard output", never a silent exit 0.
 * cli_stdout_flush pushes what is buffered out and fails if any write to
 * standard output failed so far; commands call it before saying they are
 * done. */
mnr_status cli_stdout_flush(mnr_error *err);
/* Writes `len` bytes to standard output (after what stdio holds), checked. */
mnr_status cli_write_stdout(const void *data, size_t len, mnr_error *err);
/* At exit (main.c): flushes and closes standard output. Prints the error
 * (once) and returns EXIT_INVALID when a write failed, else `rc`. */
int cli_stdout_close(int rc);

/* "-" as an input: mnr reads files, not standard input. Prints the usage
 * error and returns EXIT_USAGE for "-", 0 otherwise. */
int cli_refuse_stdin(const char *cmd, const char *path);

/* Parses a level 1-4 for --target; returns 0 when not a level. */
int cli_parse_level(const char *s);

/* The scoring warnings of an answers file `path` (an answer to a question
 * the skip logic leaves out), each as cli_warn prints it. */
void cli_warn_scores(const char *path, const mnr_scores *scores);

/* --format (`format`, may be NULL), else the extension of `out`, else
 * `fallback`; the two must agree, so that a PDF is never written into
 * report.html. Prints the usage error and returns MNR_FORMAT_UNKNOWN when
 * there is none or they disagree. */
mnr_format cli_choose_format(const char *cmd, const char *out, const char *format,
                             mnr_format fallback);

/* The Chromium to print a PDF to `out` with: --browser (`option`, may be
 * NULL), else MNR_BROWSER, else one on PATH. Prints what to install and
 * returns NULL when there is none. malloc'd. */
char *cli_pdf_browser(const char *option, const char *out);

/* The reference document for `format` from --reference-docx (`docx`) and
 * --reference-odt (`odt`), either may be NULL: *ref is the one that fits
 * (NULL for none). One that does not fit the format is a usage error
 * (printed; returns EXIT_USAGE). */
int cli_reference(const char **ref, const char *cmd, mnr_format format, const char *docx,
                  const char *odt);
/* For mnr_report_spec.printing: says on a terminal that the PDF is being
 * printed (it takes a few seconds). */
void cli_pdf_printing(const char *browser);

#endif
