#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "answers.h"
#include "datadir.h"
#include "fileio.h"
#include "i18n.h"
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
    return t ? t : _("(out of memory)");
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
    /* TRANSLATORS: a usage error: the command's name, the message, the
     * command's name again. */
    fprintf(stderr, _("mnr %s: %s\nTry 'mnr help %s' for the options.\n"), cmd, msg, cmd);
    return EXIT_USAGE;
}

int cli_bad_option(const char *cmd, int opt, const char *arg)
{
    if (opt == ':')
        return cli_usage(cmd, _("option '%s' needs a value"), arg);
    return cli_usage(cmd, _("unknown option '%s'"), arg);
}

void cli_warn(const char *file, long line, const char *message)
{
    if (line > 0)
        /* TRANSLATORS: a warning: the file, the line, the message. */
        fprintf(stderr, _("%s:%ld: warning: %s\n"), cli_safe(file), line, cli_safe(message));
    else
        /* TRANSLATORS: a warning: the file, the message. */
        fprintf(stderr, _("%s: warning: %s\n"), cli_safe(file), cli_safe(message));
}

/* Per output (cli_output's order): the message when the output names an
 * answers file, then when it names a workshop consensus; whole sentences,
 * so that a translation can make each output agree with its verb. */
static const char *const over_answers[][2] = {
    {N_("is an answers file; writing the results over it would lose those answers. Give the "
        "output a new name (were the input and the output swapped?). Nothing was written"),
     N_("is a workshop consensus; writing the results over it would lose the workshop's "
        "answers. Give the output a new name (were the input and the output swapped?). Nothing "
        "was written")},
    {N_("is an answers file; writing the report over it would lose those answers. Give the "
        "output a new name (were the input and the output swapped?). Nothing was written"),
     N_("is a workshop consensus; writing the report over it would lose the workshop's "
        "answers. Give the output a new name (were the input and the output swapped?). Nothing "
        "was written")},
    {N_("is an answers file; writing the comparison over it would lose those answers. Give the "
        "output a new name (were the input and the output swapped?). Nothing was written"),
     N_("is a workshop consensus; writing the comparison over it would lose the workshop's "
        "answers. Give the output a new name (were the input and the output swapped?). Nothing "
        "was written")},
    {N_("is an answers file; writing the form over it would lose those answers. Give the "
        "output a new name (were the input and the output swapped?). Nothing was written"),
     N_("is a workshop consensus; writing the form over it would lose the workshop's "
        "answers. Give the output a new name (were the input and the output swapped?). Nothing "
        "was written")},
    {N_("is an answers file; writing the consensus over it would lose those answers. Give the "
        "output a new name (were the input and the output swapped?). Nothing was written"),
     N_("is a workshop consensus; writing the consensus over it would lose the workshop's "
        "answers. Give the output a new name (were the input and the output swapped?). Nothing "
        "was written")},
    {N_("is an answers file; writing the cohort baseline over it would lose those answers. Give "
        "the output a new name (were the input and the output swapped?). Nothing was written"),
     N_("is a workshop consensus; writing the cohort baseline over it would lose the "
        "workshop's answers. Give the output a new name (were the input and the output "
        "swapped?). Nothing was written")},
    {N_("is an answers file; writing the cohort report over it would lose those answers. Give "
        "the output a new name (were the input and the output swapped?). Nothing was written"),
     N_("is a workshop consensus; writing the cohort report over it would lose the workshop's "
        "answers. Give the output a new name (were the input and the output swapped?). Nothing "
        "was written")},
};

mnr_status cli_check_output(const char *out, const char *const *inputs, const mnr_context *ctx,
                            cli_output what, int consensus_ok, mnr_error *err)
{
    mnr_status st = mnr_output_check(out, inputs, ctx->dir, err);
    if (st != MNR_OK)
        return st;
    mnr_file_answers kind = mnr_answers_file_sniff(out);
    /* (the messages have no placeholder: "%s" keeps a translation's own %
     * signs as they are) */
    if (kind == MNR_FILE_RESPONDENT)
        return mnr_error_set(err, MNR_EIO, out, 0, "%s", _(over_answers[what][0]));
    if (kind == MNR_FILE_CONSENSUS && !consensus_ok)
        return mnr_error_set(err, MNR_EIO, out, 0, "%s", _(over_answers[what][1]));
    return MNR_OK;
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

char *cli_questionnaire_path(const mnr_context *ctx, const char *q, int *custom)
{
    if (strcmp(q, "full") == 0)
        return mnr_context_path(ctx, MNR_QUESTIONNAIRE_DIR "/mnr-full.xml");
    if (strcmp(q, "rapid") == 0)
        return mnr_context_path(ctx, MNR_QUESTIONNAIRE_DIR "/mnr-rapid.xml");
    size_t n = strlen(q);
    if (!strchr(q, '/') && !(n > 4 && strcmp(q + n - 4, ".xml") == 0))
        return NULL;
    if (custom)
        *custom = 1;
    return strdup(q);
}

int cli_parse_level(const char *s)
{
    if (s && s[0] >= '1' && s[0] <= '4' && s[1] == '\0')
        return s[0] - '0';
    return 0;
}

/* Set once a failed write to standard output has been reported. */
static int stdout_reported;

static mnr_status stdout_failed(int e, mnr_error *err)
{
    return mnr_error_set(err, MNR_EIO, _("standard output"), 0,
                         _("cannot write the output: %s; what was written there is incomplete"),
                         mnr_write_hint(e ? e : EIO));
}

mnr_status cli_stdout_flush(mnr_error *err)
{
    errno = 0;
    if (fflush(stdout) == 0 && !ferror(stdout))
        return MNR_OK;
    stdout_reported = 1;
    return stdout_failed(errno, err);
}

mnr_status cli_write_stdout(const void *data, size_t len, mnr_error *err)
{
    mnr_status st = cli_stdout_flush(err);
    for (const char *p = data; st == MNR_OK && len > 0;) {
        ssize_t w = write(STDOUT_FILENO, p, len);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0) {
            stdout_reported = 1;
            return stdout_failed(errno, err);
        }
        p += w;
        len -= (size_t)w;
    }
    return st;
}

int cli_stdout_close(int rc)
{
    mnr_error err;
    mnr_error_init(&err);
    if (stdout_reported)
        return EXIT_INVALID;
    if (cli_stdout_flush(&err) != MNR_OK)
        return cli_fail(&err);
    /* A closed descriptor (>&-) that nothing was written to is fine. */
    if (fcntl(STDOUT_FILENO, F_GETFD) == -1)
        return rc;
    errno = 0;
    if (fclose(stdout) != 0) {
        stdout_failed(errno, &err);
        return cli_fail(&err);
    }
    return rc;
}

int cli_refuse_stdin(const char *cmd, const char *path)
{
    if (strcmp(path, "-") != 0)
        return 0;
    return cli_usage(cmd, _("'-' would be standard input, which mnr does not read; give the "
                          "name of the file (for a pipe, save it to a file first)"));
}

void cli_warn_scores(const char *path, const mnr_scores *scores)
{
    for (int i = 0; i < scores->n_warnings; i++)
        cli_warn(path, scores->warnings[i].line, scores->warnings[i].shown);
}

mnr_format cli_choose_format(const char *cmd, const char *out, const char *format,
                             mnr_format fallback)
{
    mnr_format by_name = mnr_format_from_path(out);
    if (!format) {
        if (by_name == MNR_FORMAT_UNKNOWN && fallback != MNR_FORMAT_UNKNOWN)
            return fallback;
        if (by_name == MNR_FORMAT_UNKNOWN && mnr_answers_file_sniff(out) != MNR_FILE_OTHER)
            cli_usage(cmd, _("-o names '%s', an answers file: were the input and the output "
                           "swapped? The output is the report, e.g. -o report.html"), out);
        else if (by_name == MNR_FORMAT_UNKNOWN && strcmp(out, "/dev/stdout") == 0)
            cli_usage(cmd, _("cannot tell the format of standard output (-o -); add --format "
                           "html, text, csv, docx or odt"));
        else if (by_name == MNR_FORMAT_UNKNOWN)
            cli_usage(cmd, _("cannot tell the format from '%s'; add --format html, pdf, "
                           "text, csv, docx or odt"), out);
        return by_name;
    }
    mnr_format asked = mnr_format_parse(format);
    if (asked == MNR_FORMAT_UNKNOWN)
        cli_usage(cmd, _("unknown format '%s'; use html, pdf, text, csv, docx or odt"),
                  format);
    else if (by_name != MNR_FORMAT_UNKNOWN && by_name != asked) {
        cli_usage(cmd, _("--format %s does not match the output name '%s', which says %s; "
                       "change one of them"), mnr_format_name(asked), out,
                  mnr_format_name(by_name));
        return MNR_FORMAT_UNKNOWN;
    }
    return asked;
}

int cli_reference(const char **ref, const char *cmd, mnr_format format, const char *docx,
                  const char *odt)
{
    *ref = NULL;
    if (docx && format != MNR_FORMAT_DOCX)
        return cli_usage(cmd, _("--reference-docx is the template of a DOCX report; write -o "
                                "OUT.docx, or leave it out"));
    if (odt && format != MNR_FORMAT_ODT)
        return cli_usage(cmd, _("--reference-odt is the template of an ODT report; write -o "
                                "OUT.odt, or leave it out"));
    *ref = docx ? docx : odt;
    return 0;
}

char *cli_pdf_browser(const char *option, const char *out)
{
    const char *explicit_browser = option ? option : getenv("MNR_BROWSER");
    char *browser = mnr_report_find_browser(explicit_browser, getenv("PATH"));
    if (!browser)
        /* TRANSLATORS: %s is the output file. */
        fprintf(stderr, explicit_browser
                            ? _("%s: cannot write a PDF: the browser given is not an executable "
                                "file. Install it with 'sudo apt-get install chromium', or "
                                "write --format html and print that from any browser.\n")
                            : _("%s: cannot write a PDF: headless Chromium is not installed. "
                                "Install it with 'sudo apt-get install chromium', or write "
                                "--format html and print that from any browser.\n"),
                cli_safe(out));
    return browser;
}

void cli_pdf_printing(const char *browser)
{
    if (isatty(2))
        fprintf(stderr, _("Printing the PDF with %s...\n"), cli_safe(browser));
}
