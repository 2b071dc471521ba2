/*
 * mnr form [-q full|rapid|FILE] [--answers ANSWERS] -o FORM.html - the
 * offline answer form, made by stylesheets/form.xsl from the model and the
 * questionnaire (and the answers to open it with).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "cli_options.h"
#include "commands.h"
#include "datadir.h"
#include "fileio.h"
#include "form.h"
#include "i18n.h"
#include "report.h"
#include "xmlsafe.h"

static const char form_usage[] =
    N_("Usage: mnr form [-q full|rapid|FILE] [--answers ANSWERS] -o FORM.html\n"
    "\n"
    "Writes the questionnaire as one self-contained HTML form for the people who\n"
    "answer. It opens in any current browser by double-click, works without a\n"
    "network, keeps a draft in the browser as you type, and saves an answers file\n"
    "that mnr validate, score and report read.\n"
    "\n");

static const char form_epilogue[] =
    N_("\n"
    "Example:\n"
    "  mnr form -q rapid -o rapid-form.html\n");

typedef struct form_opts {
    const char *data_dir, *out, *questionnaire, *answers;
} form_opts;

static const cli_option form_options[] = {
    CLI_STRING('o', "output", N_("FORM.html"), form_opts, out,
               N_("the form (written whole or not at all)")),
    CLI_STRING('q', "questionnaire", N_("Q"), form_opts, questionnaire,
               N_("full (criteria questions per level, the default),\n"
               "rapid (one level picked per capability), or the path\n"
               "of a questionnaire file")),
    CLI_STRING(0, "answers", N_("ANSWERS"), form_opts, answers,
               N_("open the form filled with these answers (checked as\n"
               "mnr score checks them)")),
    CLI_STRING(0, "data-dir", N_("DIR"), form_opts, data_dir, N_("use another data directory")),
    CLI_HELP(N_("show this help")),
    CLI_END,
};

const cli_command cmd_form_help = {"form", form_usage, form_options, 26, form_epilogue};

static int parse_options(form_opts *o, int argc, char **argv)
{
    int first;
    int rc = cli_parse(&first, &cmd_form_help, o, argc, argv);
    if (rc != 0)
        return rc;
    if (first < argc)
        return cli_usage("form", _("unexpected argument '%s'; the answers to open the form "
                                 "with go after --answers"), argv[first]);
    if (!o->out)
        return cli_usage("form", _("give the form file to write with -o FORM.html"));
    return 0;
}

/* Who this form is, baked into the page: when mnr made it (to the
 * nanosecond) and its file name. The page keeps its draft in the browser
 * under it, so two forms never share a draft: a browser gives all pages
 * opened from files one storage. Only printable ASCII but quotes is kept
 * of the name: the id is a key, and goes to the stylesheet as a string. */
static void form_id(char *buf, size_t size, const char *out)
{
    struct timespec now;
    struct tm tm;
    char when[32] = "";
    if (clock_gettime(CLOCK_REALTIME, &now) == 0 && gmtime_r(&now.tv_sec, &tm))
        strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &tm);
    const char *base = strrchr(out, '/');
    snprintf(buf, size, "%s.%09ldZ %s", when, (long)now.tv_nsec, base ? base + 1 : out);
    for (char *p = buf; *p; p++)
        if (*p < 0x20 || *p > 0x7E || *p == '\'' || *p == '"')
            *p = '_';
}

static mnr_status write_form(const mnr_context *ctx, const form_opts *o, const char *qpath,
                             mnr_error *err)
{
    /* the questionnaire (a path of the user's, or the data directory's)
     * and the answers it starts from are inputs, never the output */
    const char *inputs[] = {qpath, o->answers, NULL};
    mnr_status st = cli_check_output(o->out, inputs, ctx, CLI_OUT_FORM, 0, err);
    xmlDocPtr input = NULL;
    if (st == MNR_OK)
        st = mnr_form_input(&input, ctx, qpath, o->answers, err);
    if (st != MNR_OK)
        return st;
    char *stylesheet_dir = mnr_context_path(ctx, MNR_STYLESHEET_DIR);
    char *xsl = mnr_context_path(ctx, MNR_STYLESHEET_DIR "/form.xsl");
    mnr_xml_allow(stylesheet_dir);
    /* the version of mnr that made the form, shown at its foot */
    char id[256];
    form_id(id, sizeof id, o->out);
    /* the script, and its hash for the page's content security policy */
    mnr_form_script *script = NULL;
    char *html = NULL;
    size_t len = 0;
    st = mnr_form_script_load(&script, ctx, err);
    if (st == MNR_OK) {
        const char *params[] = {"generator", "mnr " MNR_VERSION, "form-id", id,
                                "script", script->text, "script-sha256", script->sha256, NULL};
        st = mnr_report_transform_lang(&html, &len, ctx, input, xsl, params, err);
    }
    mnr_form_script_free(script);
    if (st == MNR_OK)
        st = mnr_write_atomic(o->out, html, len, err);
    free(html);
    free(xsl);
    free(stylesheet_dir);
    xmlFreeDoc(input);
    return st;
}

int cmd_form(int argc, char **argv)
{
    form_opts o = {0};
    int rc = parse_options(&o, argc, argv);
    if (rc != 0)
        return rc < 0 ? 0 : rc;
    mnr_context *ctx = NULL;
    rc = cli_open(&ctx, o.data_dir);
    if (rc != 0)
        return rc;
    /* no -q: the full questionnaire */
    char *qpath = cli_questionnaire_path(ctx, o.questionnaire ? o.questionnaire : "full", NULL);
    if (!qpath) {
        mnr_context_free(ctx);
        return cli_usage("form", _("unknown questionnaire '%s'; use full, rapid or the path of a "
                                 "questionnaire file"), o.questionnaire);
    }
    mnr_error err;
    mnr_error_init(&err);
    if (write_form(ctx, &o, qpath, &err) != MNR_OK)
        rc = cli_fail(&err);
    else
        fprintf(stderr, _("Form written to %s\n"), cli_safe(o.out));
    free(qpath);
    mnr_context_free(ctx);
    return rc;
}
