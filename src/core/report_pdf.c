/*
 * report_pdf.c - the HTML report printed to PDF by headless Chromium
 * (report.h): finding the browser, running it in a temporary directory
 * with the stop signals held, and writing its PDF atomically.
 */
#include "report.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "datadir.h"
#include "fileio.h"
#include "platform.h"
#include "i18n.h"
#include "xmlsafe.h"

/* How long Chromium may take to print a report: 2 minutes, and 2 more
 * per MB of HTML (a 2 MB report is some 350 pages). */
#define PDF_TIMEOUT_SECONDS 120
#define PDF_TIMEOUT_SECONDS_PER_MB 120
/* Chromium 156 cuts one long text short without a word: a single text
 * of 4 MB came out with 80 % of it, one of 10 MB with 45 % (exit 0 both
 * times), while one of 1.8 MB printed whole, and so did a workshop report
 * of 11 MB made of many short texts (2 834 pages, every comment there). A
 * PDF that silently lacks part of the evidence is worse than none, so no
 * single text of the HTML may be longer than PDF_MAX_TEXT_BYTES. The
 * whole report may be as large as what mnr makes from the largest
 * consensus it reads (MNR_XML_MAX_BYTES, some 1.6 times that as HTML). */
#define PDF_MAX_TEXT_BYTES (2L * 1024 * 1024)
#define PDF_MAX_HTML_BYTES (64L * 1024 * 1024)

char *mnr_report_find_browser(const char *explicit_path, const char *path_env)
{
    if (explicit_path && explicit_path[0])
        return mnr_is_executable(explicit_path) ? strdup(explicit_path) : NULL;
    const char *const *names = mnr_browser_names();
    char sep[2] = {mnr_path_list_sep(), '\0'};
    for (int i = 0; names[i]; i++) {
        char *copy = strdup(path_env ? path_env : "/usr/bin:/bin");
        for (char *save = NULL, *dir = strtok_r(copy, sep, &save); dir;
             dir = strtok_r(NULL, sep, &save)) {
            size_t n = strlen(dir) + strlen(names[i]) + 2;
            char *cand = malloc(n);
            snprintf(cand, n, "%s/%s", dir, names[i]);
            if (mnr_is_executable(cand)) {
                free(copy);
                return cand;
            }
            free(cand);
        }
        free(copy);
    }
    /* where a browser is installed outside PATH (Edge on Windows) */
    char **places = mnr_browser_places();
    char *found = NULL;
    for (int i = 0; places && places[i] && !found; i++)
        if (mnr_is_executable(places[i]))
            found = strdup(places[i]);
    mnr_strv_free(places);
    return found;
}

static void remove_tree(const char *dir, const char *const *files)
{
    char path[4096];
    for (int i = 0; files[i]; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        unlink(path);
    }
    /* Chromium's profile and temporary directories: remove what it left. */
    snprintf(path, sizeof path, "%s/profile", dir);
    mnr_remove_tree(path);
    snprintf(path, sizeof path, "%s/tmp", dir);
    mnr_remove_tree(path);
    rmdir(dir);
}

/* malloc'd printf. */
static char *format_new(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (s) {
        va_start(ap, fmt);
        vsnprintf(s, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    return s;
}

/* The browser's temporary directory, DIR/tmp, made here. Chromium makes
 * its own org.chromium.Chromium.* directory (a singleton socket and
 * cookie) in $TMPDIR and removes it only when it ends by itself: stopped
 * by Ctrl-C or the timeout, it would leave one in the user's TMPDIR each
 * time. In mnr's private directory it goes with the rest (remove_tree).
 * Newly allocated. */
static mnr_status browser_tmp(char **out, const char *dir, const char *out_path,
                              mnr_error *err)
{
    *out = NULL;
    char *tmp = mnr_path_join(dir, "tmp");
    if (!tmp)
        return mnr_error_set(err, MNR_ENOMEM, out_path, 0, _("out of memory"));
    if (mkdir(tmp, 0700) != 0) {
        int e = errno;
        free(tmp);
        return mnr_error_set(err, MNR_EIO, out_path, 0,
                             _("cannot make a temporary directory in %s: %s; set TMPDIR to a "
                             "directory you may write to"), dir, strerror(e));
    }
    *out = tmp;
    return MNR_OK;
}

static mnr_status run_browser(const char *browser, const char *dir, const char *html_path,
                              const char *pdf_path, int timeout, const char *out_path,
                              const mnr_held_signals *held, int *sig, mnr_error *err)
{
    char *profile = format_new("--user-data-dir=%s/profile", dir);
    char *print_to = format_new("--print-to-pdf=%s", pdf_path);
    char *url = mnr_file_url(html_path);
    char *tmp = NULL;
    mnr_status made = browser_tmp(&tmp, dir, out_path, err);
    if (made == MNR_OK && (!profile || !print_to || !url))
        made = mnr_error_set(err, MNR_ENOMEM, out_path, 0, _("out of memory"));
    if (made != MNR_OK) {
        free(profile), free(print_to), free(url), free(tmp);
        return made;
    }
    char *argv[] = {(char *)browser, "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--disable-sync",
                    "--disable-extensions",
                    /* no name lookups: a second fence besides the page's policy */
                    "--host-resolver-rules=MAP * ~NOTFOUND", profile, print_to, url, NULL};
    /* in a process group (a job object) of its own, so that all of it can
     * be stopped */
    mnr_process *proc = NULL;
    int rc = mnr_process_start(&proc, argv, tmp, held);
    free(profile), free(print_to), free(url), free(tmp);
    if (rc != 0)
        return mnr_error_set(err, MNR_EEXTERNAL, out_path, 0, _("cannot start %s: %s"), browser,
                             strerror(rc));
    int code = mnr_process_wait(proc, timeout, held, sig);
    if (code == -2)
        return mnr_error_set(err, MNR_EEXTERNAL, out_path, 0,
                             _("stopped by signal %d while printing the PDF; no report was "
                             "written, and any earlier file of that name is left as it was"),
                             *sig);
    struct stat st;
    if (code != 0 || stat(pdf_path, &st) != 0 || st.st_size == 0)
        return mnr_error_set(err, MNR_EEXTERNAL, out_path, 0,
                             code < 0 ? _("%s did not finish printing the PDF within %d seconds; "
                                        "write --format html and print it from a browser")
                                      : _("%s failed to print the PDF (exit %d); write --format "
                                        "html and print it from a browser"),
                             browser, code < 0 ? timeout : code);
    return MNR_OK;
}

static mnr_status read_all(char **out, size_t *len, const char *path, mnr_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return mnr_error_set(err, MNR_EIO, path, 0, _("cannot read the printed PDF"));
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    *out = malloc(n > 0 ? (size_t)n : 1);
    *len = *out ? fread(*out, 1, (size_t)(n > 0 ? n : 0), f) : 0;
    fclose(f);
    if (!*out)
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    return MNR_OK;
}

/* Chromium opens the HTML as a file:// page, from where an <iframe>, an
 * <img> or a CSS url() could pull a local file into the PDF or call out
 * to the network: a user stylesheet's HTML is not to be trusted with
 * that. This policy, put at the top of the document, lets the page use
 * only what it holds itself (inline styles, inline SVG, data: images). */
static const char pdf_policy[] =
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
    "style-src 'unsafe-inline'; img-src data:; font-src data:\">";

/* Where the policy goes: after a leading <!DOCTYPE ...> (before it, the
 * page would render in quirks mode), else at the very start, so that it
 * comes before anything the page loads. */
static size_t policy_offset(const char *html, size_t len)
{
    long at = mnr_doctype_offset(html, len, MNR_DOCTYPE_HTML);
    if (at >= 0) {
        const char *gt = memchr(html + at, '>', len - (size_t)at);
        if (gt)
            return (size_t)(gt - html) + 1;
    }
    return 0;
}

static char *with_policy(const char *html, size_t len, size_t *out_len)
{
    size_t at = policy_offset(html, len), n = strlen(pdf_policy);
    char *out = malloc(len + n + 1);
    if (!out)
        return NULL;
    memcpy(out, html, at);
    memcpy(out + at, pdf_policy, n);
    memcpy(out + at + n, html + at, len - at);
    out[len + n] = '\0';
    *out_len = len + n;
    return out;
}

/* The printed PDF goes to `out_path`, unless the file there is no longer
 * the one it was when the print started (`was`): another program's file,
 * put there during a print of up to minutes, is not written over; the
 * report goes to a new file beside it. */
static mnr_status write_pdf(const char *out_path, const mnr_file_id *was, const char *pdf,
                            size_t len, mnr_error *err)
{
    mnr_file_id now;
    mnr_file_id_take(&now, out_path);
    mnr_file_change c = mnr_file_id_compare(was, &now);
    if (c == MNR_FILE_SAME || c == MNR_FILE_GONE)
        return mnr_write_atomic(out_path, pdf, len, err);
    char *kept = NULL;
    mnr_status st = mnr_write_beside(&kept, out_path, "unsaved", was->mode, pdf, len, err);
    if (st != MNR_OK)
        return st;
    /* TRANSLATORS: %s is the new file the report was written to. */
    st = mnr_error_set(err, MNR_EIO, out_path, 0,
                       c == MNR_FILE_APPEARED
                           ? _("was made by another program while the PDF was printed, so mnr "
                               "did not write over it; the report is in %s. The file was not "
                               "changed")
                       : c == MNR_FILE_REPLACED
                           ? _("was replaced by another file while the PDF was printed, so mnr "
                               "did not write over it; the report is in %s. The file was not "
                               "changed")
                           : _("was changed by another program while the PDF was printed, so "
                               "mnr did not write over it; the report is in %s. The file was "
                               "not changed"),
                       kept);
    free(kept);
    return st;
}

static mnr_status print_in(const char *dir, const char *html, size_t len, const char *out_path,
                           const char *browser, const mnr_held_signals *held, int *sig,
                           mnr_error *err)
{
    mnr_file_id was;
    mnr_file_id_take(&was, out_path);
    char *html_path = mnr_path_join(dir, "report.html");
    char *pdf_path = mnr_path_join(dir, "report.pdf");
    size_t page_len = 0;
    char *page = with_policy(html, len, &page_len);
    mnr_status st = page && html_path && pdf_path
                        ? mnr_write_atomic(html_path, page, page_len, err)
                        : mnr_error_set(err, MNR_ENOMEM, out_path, 0, _("out of memory"));
    free(page);
    int timeout = PDF_TIMEOUT_SECONDS + (int)(len * PDF_TIMEOUT_SECONDS_PER_MB / (1024 * 1024));
    if (st == MNR_OK)
        st = run_browser(browser, dir, html_path, pdf_path, timeout, out_path, held, sig, err);
    char *pdf = NULL;
    size_t pdf_len = 0;
    if (st == MNR_OK)
        st = read_all(&pdf, &pdf_len, pdf_path, err);
    if (st == MNR_OK)
        st = write_pdf(out_path, &was, pdf, pdf_len, err);
    free(pdf);
    free(html_path);
    free(pdf_path);
    return st;
}

/* The longest run of text between two tags of the HTML, in bytes. */
static size_t longest_text(const char *html, size_t len)
{
    size_t longest = 0, start = 0;
    for (size_t i = 0; i < len; i++) {
        if (html[i] == '>')
            start = i + 1;
        else if (html[i] == '<' && i - start > longest)
            longest = i - start;
    }
    return len - start > longest ? len - start : longest;
}

/* `bytes` in MB with one decimal, as the language writes numbers. */
static const char *megabytes(char *buf, size_t size, size_t bytes)
{
    char machine[32];
    snprintf(machine, sizeof machine, "%.1f", (double)bytes / (1024 * 1024));
    return mnr_number_text(buf, size, machine);
}

mnr_status mnr_report_pdf(const char *html, size_t len, const char *out_path, const char *browser,
                          mnr_error *err)
{
    char mb[64];
    if ((long long)len > PDF_MAX_HTML_BYTES)
        return mnr_error_set(err, MNR_EINVALID, out_path, 0,
                             /* TRANSLATORS: the report's size in MB (a number written as
                              * the language writes it), then the limit. */
                             _("the report is %s MB of HTML, more than the %ld MB mnr prints to "
                             "PDF, so no PDF was written; write --format html, which holds "
                             "everything, or shorten the evidence and comments"),
                             megabytes(mb, sizeof mb, len), PDF_MAX_HTML_BYTES / (1024 * 1024));
    size_t longest = longest_text(html, len);
    if ((long long)longest > PDF_MAX_TEXT_BYTES)
        return mnr_error_set(err, MNR_EINVALID, out_path, 0,
                             /* TRANSLATORS: the text's size in MB (a number written as the
                              * language writes it), then the limit. */
                             _("the report holds a text of %s MB (an evidence or comment text), "
                             "more than the %ld MB Chromium prints whole: it cuts a longer text "
                             "short without saying so, so no PDF was written; write --format "
                             "html, which holds everything, or shorten that text"),
                             megabytes(mb, sizeof mb, longest), PDF_MAX_TEXT_BYTES / (1024 * 1024));
    /* The signals that end a run (Ctrl-C, kill, a closed terminal): held
     * while the browser prints, so that mnr stops it and removes the
     * temporary directory (the whole report, and a browser profile) before
     * the signal ends mnr. */
    mnr_held_signals held;
    mnr_signals_hold(&held, 1);
    int sig = 0;
    mnr_status st;
    char *dir = mnr_path_join(mnr_tmp_dir(), "mnr-pdf-XXXXXX");
    if (!dir)
        st = mnr_error_set(err, MNR_ENOMEM, out_path, 0, _("out of memory"));
    else if (!mkdtemp(dir))
        st = mnr_error_set(err, MNR_EIO, out_path, 0,
                           _("cannot make a temporary directory in %s: %s; set TMPDIR to a "
                           "directory you may write to"), mnr_tmp_dir(), strerror(errno));
    else {
        st = print_in(dir, html, len, out_path, browser, &held, &sig, err);
        const char *files[] = {"report.html", "report.pdf", NULL};
        remove_tree(dir, files);
    }
    free(dir);
    mnr_signals_release(&held, sig); /* a signal that came ends mnr now, as asked */
    return st;
}
