/*
 * mnr validate FILE... - recognise each file by its root element, check it
 * against its schema, then make the checks a schema cannot express.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_options.h"
#include "commands.h"
#include "i18n.h"
#include "results_check.h"
#include "textsafe.h"
#include "xmlsafe.h"

static const char validate_usage[] =
    N_("Usage: mnr validate [--data-dir DIR] FILE...\n"
    "\n"
    "Checks each FILE: a model, baseline, questionnaire, answers or results file,\n"
    "recognised by its root element. The file is checked against the XML Schema\n"
    "shipped for its kind, then against the rules a schema cannot express (an\n"
    "answer naming a question that does not exist, a dependency cycle, ...).\n"
    "Questionnaires, baselines and answers are checked against the installed model.\n"
    "\n"
    "Each FILE is a file name; '-' (standard input) is not read.\n"
    "Prints one line per file: 'FILE: ok (KIND ...)' or the error as FILE:LINE: message.\n"
    "\n");

static const char validate_epilogue[] =
    N_("\n"
    "Exit status: 0 all files valid, 1 a file is invalid, 2 wrong command line.\n");

typedef struct validate_opts {
    const char *data_dir;
} validate_opts;

static const cli_option validate_options[] = {
    CLI_STRING(0, "data-dir", N_("DIR"), validate_opts, data_dir,
               N_("use DIR instead of the installed model/, questionnaires/")),
    CLI_HELP(N_("show this help")),
    CLI_END,
};

const cli_command cmd_validate_help = {"validate", validate_usage, validate_options, 19,
                                       validate_epilogue};

/* Results compared with a baseline this mnr does not have were checked
 * without that comparison: say so, and what checks it. */
static void results_what(const mnr_context *ctx, xmlDocPtr doc, char *what, size_t what_size)
{
    if (mnr_results_same_baseline(doc, ctx->baseline)) {
        /* TRANSLATORS: what mnr validate found the file to be, in "FILE: ok
         * (results)". */
        mnr_text_format(what, what_size, MNR_TEXT_LINE, "%s", _("results"));
        return;
    }
    xmlNodePtr bs = mnr_xml_child(xmlDocGetRootElement(doc), "baseline-source");
    char *id = mnr_xml_prop(bs, "id"), *version = mnr_xml_prop(bs, "version");
    /* TRANSLATORS: in "FILE: ok (...)"; %s %s are the baseline's id and
     * version. */
    mnr_text_format(what, what_size, MNR_TEXT_LINE,
                    _("results; compared with baseline %s %s, which is not checked without it: "
                    "mnr report --baseline FILE checks it"), id ? id : "", version ? version : "");
    free(id);
    free(version);
}

static mnr_status check_semantics(const mnr_context *ctx, xmlDocPtr doc, mnr_kind kind,
                                  const char *path, char *what, size_t what_size,
                                  mnr_error *err)
{
    mnr_status st = MNR_OK;
    switch (kind) {
    case MNR_KIND_MODEL: {
        mnr_model *m = NULL;
        st = mnr_model_from_doc(&m, doc, path, err);
        if (st == MNR_OK)
            /* TRANSLATORS: in "FILE: ok (...)": the model's id and version,
             * how many capabilities it has. */
            mnr_text_format(what, what_size, MNR_TEXT_LINE,
                            mnr_ngettext("model %s %s, %d capability", "model %s %s, %d capabilities",
                                         (unsigned long)m->n_caps),
                            m->id, m->version, m->n_caps);
        mnr_model_free(m);
        break;
    }
    case MNR_KIND_BASELINE: {
        mnr_baseline *b = NULL;
        st = mnr_baseline_from_doc(&b, doc, path, ctx->model, err);
        if (st == MNR_OK && b->cohort)
            /* TRANSLATORS: in "FILE: ok (...)": the baseline's id. */
            mnr_text_format(what, what_size, MNR_TEXT_LINE,
                            mnr_ngettext("cohort baseline %s, %d country",
                                         "cohort baseline %s, %d countries",
                                         (unsigned long)b->cohort_size),
                            b->id, b->cohort_size);
        else if (st == MNR_OK)
            /* TRANSLATORS: in "FILE: ok (...)": the baseline's id. */
            mnr_text_format(what, what_size, MNR_TEXT_LINE,
                            mnr_ngettext("baseline %s, %d country", "baseline %s, %d countries",
                                         (unsigned long)b->n_countries),
                            b->id, b->n_countries);
        mnr_baseline_free(b);
        break;
    }
    case MNR_KIND_QUESTIONNAIRE: {
        mnr_questionnaire *q = NULL;
        st = mnr_questionnaire_from_doc(&q, doc, path, ctx->model, err);
        if (st == MNR_OK)
            /* TRANSLATORS: in "FILE: ok (...)": the questionnaire's id and
             * version. */
            mnr_text_format(what, what_size, MNR_TEXT_LINE,
                            mnr_ngettext("questionnaire %s %s, %d question",
                                         "questionnaire %s %s, %d questions",
                                         (unsigned long)q->n_questions),
                            q->id, q->version, q->n_questions);
        mnr_questionnaire_free(q);
        break;
    }
    case MNR_KIND_ANSWERS:
    case MNR_KIND_RESULTS: {
        /* the one way an assessment is read: a results file verified */
        mnr_assess_opts opts = {MNR_ASSESS_SCORES, 0, 1, 0, 0, "validate"};
        mnr_assessment *a = NULL;
        st = mnr_assessment_read(&a, ctx, doc, path, &opts, err);
        if (st == MNR_OK && kind == MNR_KIND_RESULTS)
            results_what(ctx, doc, what, what_size);
        else if (st == MNR_OK) {
            /* TRANSLATORS: in "FILE: ok (...)": the country, the
             * questionnaire's id, how many answers the file holds. */
            mnr_text_format(what, what_size, MNR_TEXT_LINE,
                            mnr_ngettext("answers for %s to %s, %d answer",
                                         "answers for %s to %s, %d answers",
                                         (unsigned long)a->answers->n_answers),
                            a->answers->country, a->answers->questionnaire_id,
                            a->answers->n_answers);
            cli_warn_scores(path, a->scores);
        }
        mnr_assessment_free(a);
        break;
    }
    default:
        break;
    }
    return st;
}

static int validate_one(const mnr_context *ctx, const char *path)
{
    mnr_error err;
    mnr_error_init(&err);
    xmlDocPtr doc = NULL;
    mnr_status st = mnr_xml_load(&doc, path, &err);
    mnr_kind kind = MNR_KIND_UNKNOWN;
    if (st == MNR_OK) {
        kind = mnr_kind_of(doc);
        if (kind == MNR_KIND_UNKNOWN) {
            char root[512];
            mnr_kind_root_text(doc, root, sizeof root);
            st = mnr_error_set(&err, MNR_EINVALID, path, xmlGetLineNo(xmlDocGetRootElement(doc)),
                               _("not an mnr file: the root element is %s; expected <model>, "
                               "<baseline>, <questionnaire>, <answers> or <results>"), root);
        }
    }
    /* Answers and results are schema-checked as they are read. */
    if (st == MNR_OK && kind != MNR_KIND_ANSWERS && kind != MNR_KIND_RESULTS)
        st = mnr_context_validate_doc(ctx, doc, kind, path, &err);
    char what[1024] = "";
    if (st == MNR_OK)
        st = check_semantics(ctx, doc, kind, path, what, sizeof what, &err);
    xmlFreeDoc(doc);
    if (st != MNR_OK)
        return cli_fail(&err);
    /* TRANSLATORS: mnr validate's line for a valid file: the file, then
     * what it is (one of the "model %s %s, ..." texts). */
    printf(_("%s: ok (%s)\n"), cli_safe(path), what);
    return 0;
}

int cmd_validate(int argc, char **argv)
{
    validate_opts o = {0};
    int first;
    int rc = cli_parse(&first, &cmd_validate_help, &o, argc, argv);
    if (rc != 0)
        return rc == CLI_HELP_SHOWN ? 0 : rc;
    if (first >= argc)
        return cli_usage("validate", _("give at least one FILE to check"));
    for (int i = first; i < argc; i++)
        if (cli_refuse_stdin("validate", argv[i]))
            return EXIT_USAGE;
    mnr_context *ctx = NULL;
    rc = cli_open(&ctx, o.data_dir);
    if (rc != 0)
        return rc;
    int failed = 0;
    for (int i = first; i < argc; i++)
        failed |= validate_one(ctx, argv[i]) != 0;
    mnr_context_free(ctx);
    return failed ? EXIT_INVALID : 0;
}
