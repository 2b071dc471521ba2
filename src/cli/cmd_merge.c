/*
 * mnr merge PARTICIPANT.xml... -o CONSENSUS.xml [--decide Q=V]...
 * [--decisions FILE] [--workshop NAME] - a workshop consensus from
 * participants' answers (rules in core/merge.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "cli_options.h"
#include "commands.h"
#include "fileio.h"
#include "i18n.h"
#include "merge.h"
#include "results.h"
#include "xmlsafe.h"

static const char merge_usage[] =
    N_("Usage: mnr merge PARTICIPANT.xml... -o CONSENSUS.xml [--decide QUESTION=VALUE]...\n"
    "                 [--decisions FILE] [--workshop NAME]\n"
    "\n"
    "Combines the answers of two or more workshop participants to the same\n"
    "questionnaire (id and version) and model version into one consensus answers\n"
    "file, which mnr validate, score and report read like any other. Per question:\n"
    "participants who left it blank do not count; not applicable when more than\n"
    "half of those who answered said na (where the question allows it); otherwise\n"
    "the median of yes/partly/no (no < partly < yes), the lower middle one when\n"
    "their number is even; don't know only when nobody said yes, partly or no;\n"
    "disputed when both yes and no were given. Rapid questionnaire: the median\n"
    "level, the lower middle one when even; disputed when levels differ by 2 or\n"
    "more. A question the consensus's own answers switch off (the questionnaire's\n"
    "skip logic) gets no consensus answer. Each participant's answer, evidence\n"
    "and comment are kept with their role. Each participant counts once: a file\n"
    "given twice, a copy of one, or the same respondents with the same answers\n"
    "under another name is refused, naming both files.\n"
    "\n");

static const char merge_epilogue[] =
    N_("\n"
    "Example:\n"
    "  mnr merge police.xml helpline.xml ngo.xml -o consensus.xml \\\n"
    "      --decide 'C12.L2.b=partly agreed: the protocol is in draft'\n"
    "Exit status: 0 merged, 1 invalid input (nothing written), 2 wrong command line.\n");

typedef struct merge_opts {
    const char *data_dir, *out, *decisions_file, *workshop;
    cli_list decide;
    int first; /* argv[first..]: the participants' files */
} merge_opts;

static const cli_option merge_options[] = {
    CLI_STRING('o', "output", N_("FILE"), merge_opts, out,
               N_("the consensus answers file (written whole or not at\n"
               "all; never over a participant's file)")),
    CLI_LIST(0, "decide", N_("QUESTION=VALUE"), merge_opts, decide,
             N_("the facilitator's decision on a question, replacing\n"
             "the rule's value (recorded with it); text after the\n"
             "value, separated by a space, is kept as a note.\n"
             "May be repeated, once per question: a question\n"
             "decided twice (here or in --decisions) is refused")),
    CLI_STRING(0, "decisions", N_("FILE"), merge_opts, decisions_file,
               N_("decisions, one QUESTION=VALUE [note] a line; blank\n"
               "lines and lines starting with # are skipped\n"
               "(one such file)")),
    CLI_STRING(0, "workshop", N_("NAME"), merge_opts, workshop,
               N_("the workshop's name (default: COUNTRY workshop)")),
    CLI_STRING(0, "data-dir", N_("DIR"), merge_opts, data_dir, N_("use another data directory")),
    CLI_HELP(N_("show this help")),
    CLI_END,
};

const cli_command cmd_merge_help = {"merge", merge_usage, merge_options, 29, merge_epilogue};

static int parse_options(merge_opts *o, int argc, char **argv)
{
    int rc = cli_parse(&o->first, &cmd_merge_help, o, argc, argv);
    if (rc != 0)
        return rc;
    struct stat sb;
    if (argc - o->first == 1 && stat(argv[o->first], &sb) == 0 && S_ISDIR(sb.st_mode))
        return cli_usage("merge", _("'%s' is a directory; list the participants' answers files "
                                  "(e.g. %s/*.xml)"), argv[o->first], argv[o->first]);
    if (argc - o->first < 2)
        return cli_usage("merge", _("give two or more participants' answers files to merge"));
    if (!o->out)
        return cli_usage("merge", _("give the consensus file to write with -o CONSENSUS.xml"));
    if (o->workshop && !o->workshop[strspn(o->workshop, " \t\r\n")])
        return cli_usage("merge", _("--workshop needs a name"));
    mnr_error err;
    mnr_error_init(&err);
    if (o->workshop && mnr_merge_check_text(o->workshop, "--workshop", NULL, 0, &err) != MNR_OK)
        return cli_usage("merge", "%s", err.message);
    for (int i = o->first; i < argc; i++)
        if (cli_refuse_stdin("merge", argv[i]) != 0)
            return EXIT_USAGE;
    return 0;
}

/* One participant given twice would count twice in every median. */
static mnr_status refuse_twice(char **files, int n, mnr_error *err)
{
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (mnr_same_file(files[i], files[j]))
                return mnr_error_set(err, MNR_EINVALID, files[j], 0,
                                     _("is the same file as %s: each participant's answers count "
                                     "once; give each file once. Nothing was written"), files[i]);
    return MNR_OK;
}

/* The decisions file first, then --decide in order (the order the
 * message about a question decided twice names them in). */
static mnr_status load_decisions(mnr_decision **list, int *n, const merge_opts *o, mnr_error *err)
{
    mnr_status st = o->decisions_file ? mnr_decisions_load(list, n, o->decisions_file, err) : MNR_OK;
    for (int i = 0; st == MNR_OK && i < o->decide.n; i++) {
        mnr_decision *grown = realloc(*list, (size_t)(*n + 1) * sizeof **list);
        if (!grown)
            return mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
        *list = grown;
        st = mnr_decision_parse(&(*list)[*n], o->decide.items[i], "--decide", 0, err);
        if (st == MNR_OK)
            (*n)++;
    }
    return st;
}

/* Reads the consensus back as mnr score would read it: what merge writes
 * always validates and scores (checked as mnr validate checks it, without
 * copying the participants' texts a second time). Should it not, the
 * fault is mnr's: not the output's (it was not written) nor a
 * participant's (each was checked), and the message names neither. */
static mnr_status read_back(const mnr_context *ctx, const char *buf, size_t len, int n,
                            const char *out, mnr_error *err)
{
    char name[64];
    /* TRANSLATORS: stands for a file name in a message about the
     * consensus mnr merge made in memory. */
    snprintf(name, sizeof name,
             mnr_ngettext("the consensus of %d participant", "the consensus of %d participants",
                          (unsigned long)n),
             n);
    mnr_error inner;
    mnr_error_init(&inner);
    xmlDocPtr back = NULL;
    mnr_assessment *a = NULL;
    mnr_status st = mnr_xml_load_memory(&back, buf, len, name, &inner);
    mnr_assess_opts opts = {MNR_ASSESS_SCORES, 0, 0, 0, 0, "merge"};
    if (st == MNR_OK)
        st = mnr_assessment_read(&a, ctx, back, name, &opts, &inner);
    mnr_assessment_free(a);
    xmlFreeDoc(back);
    if (st == MNR_OK)
        return MNR_OK;
    char what[MNR_ERROR_FILE_MAX + MNR_ERROR_MSG_MAX + 64];
    mnr_error_format(&inner, what, sizeof what);
    /* TRANSLATORS: the first %s is the message of what failed, the
     * second the output file. */
    return mnr_error_set(err, st, NULL, 0,
                         _("%s; so it was not written to %s. This is a fault in mnr: please "
                         "report it, with the participants' files"), what, out);
}

/* Writes the consensus (freeing *doc first, so that its tree and the one
 * read back are never held at once) after reading it back. */
static mnr_status write_consensus(const mnr_context *ctx, xmlDocPtr *doc, int n, const char *out,
                                  mnr_error *err)
{
    char *buf = NULL;
    size_t len = 0;
    mnr_status st = mnr_results_serialize(&buf, &len, *doc, err);
    xmlFreeDoc(*doc);
    *doc = NULL;
    if (st == MNR_OK && len > (size_t)MNR_XML_MAX_BYTES)
        st = mnr_error_set(err, MNR_EINVALID, NULL, 0,
                           _("the consensus of %d participants would be %zu MB, more than the %ld "
                           "MB mnr reads back, so it was not written to %s; shorten the "
                           "participants' evidence and comments"), n, len / (1024 * 1024),
                           MNR_XML_MAX_BYTES / (1024 * 1024), out);
    if (st == MNR_OK)
        st = read_back(ctx, buf, len, n, out, err);
    if (st == MNR_OK)
        st = mnr_write_atomic(out, buf, len, err);
    free(buf);
    return st;
}

/* What the summary says, counted before the consensus is freed. */
typedef struct merge_counts {
    int answered, disputed, decided, off;
} merge_counts;

static void count_consensus(merge_counts *c, xmlDocPtr doc)
{
    memset(c, 0, sizeof *c);
    for (xmlNodePtr a = mnr_xml_child(xmlDocGetRootElement(doc), "answer"); a;
         a = mnr_xml_next(a, "answer")) {
        xmlNodePtr k = mnr_xml_child(a, "consensus");
        if (xmlHasProp(k, BAD_CAST "switched-off-by")) {
            c->off++; /* no consensus answer: not answered, disputed or decided */
            continue;
        }
        c->answered++;
        c->disputed += mnr_xml_bool(k, "disputed");
        c->decided += mnr_xml_bool(k, "decided");
    }
}

static void print_summary(const merge_counts *c, int n, const char *out)
{
    if (c->off)
        /* TRANSLATORS: mnr merge's summary: participants, questions
         * answered, disputed, decided, switched off; the file written. */
        fprintf(stderr, mnr_ngettext("Consensus of %d participant: %d questions answered, %d "
                                     "disputed, %d decided, %d switched off by the consensus's "
                                     "own answers; written to %s\n",
                                     "Consensus of %d participants: %d questions answered, %d "
                                     "disputed, %d decided, %d switched off by the consensus's "
                                     "own answers; written to %s\n",
                                     (unsigned long)n),
                n, c->answered, c->disputed, c->decided, c->off, cli_safe(out));
    else
        /* TRANSLATORS: mnr merge's summary: participants, questions
         * answered, disputed, decided; the file written. */
        fprintf(stderr, mnr_ngettext("Consensus of %d participant: %d questions answered, %d "
                                     "disputed, %d decided; written to %s\n",
                                     "Consensus of %d participants: %d questions answered, %d "
                                     "disputed, %d decided; written to %s\n",
                                     (unsigned long)n),
                n, c->answered, c->disputed, c->decided, cli_safe(out));
}

static mnr_status merge(const mnr_context *ctx, const merge_opts *o, char **files, int n,
                        mnr_error *err)
{
    mnr_assessment **parts = calloc((size_t)n, sizeof *parts);
    mnr_answers **answers = calloc((size_t)n, sizeof *answers);
    mnr_decision *decisions = NULL;
    int n_decisions = 0;
    xmlDocPtr doc = NULL;
    mnr_status st = parts && answers ? MNR_OK : mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    const char **inputs = calloc((size_t)n + 2, sizeof *inputs);
    for (int i = 0; inputs && i < n; i++)
        inputs[i] = files[i];
    inputs[n] = o->decisions_file;
    if (st == MNR_OK) /* a consensus it made before is made again */
        st = cli_check_output(o->out, inputs, ctx, CLI_OUT_CONSENSUS, 1, err);
    if (st == MNR_OK)
        st = refuse_twice(files, n, err);
    /* each participant as mnr score reads it, the texts kept for the
     * consensus, no results */
    mnr_assess_opts opts = {MNR_ASSESS_ANSWERS, 0, 0, 0, 0, "merge"};
    for (int i = 0; st == MNR_OK && i < n; i++) {
        st = mnr_assessment_open(&parts[i], ctx, files[i], &opts, err);
        if (st == MNR_OK)
            answers[i] = parts[i]->answers;
    }
    if (st == MNR_OK)
        st = mnr_merge_check_same(answers, n, err);
    if (st == MNR_OK)
        st = load_decisions(&decisions, &n_decisions, o, err);
    char workshop[512];
    if (st == MNR_OK) {
        snprintf(workshop, sizeof workshop, "%s workshop", answers[0]->country);
        st = mnr_merge_build(&doc, answers, n, parts[0]->questionnaire,
                             o->workshop ? o->workshop : workshop, decisions, n_decisions, err);
    }
    /* the consensus holds copies of what it keeps of the participants:
     * they go before it is written, and it before it is read back */
    for (int i = 0; parts && i < n; i++) {
        mnr_assessment_free(parts[i]);
        parts[i] = NULL;
    }
    merge_counts counts;
    if (st == MNR_OK) {
        count_consensus(&counts, doc);
        st = write_consensus(ctx, &doc, n, o->out, err);
    }
    if (st == MNR_OK)
        print_summary(&counts, n, o->out);
    xmlFreeDoc(doc);
    for (int i = 0; i < n_decisions; i++)
        mnr_decision_clear(&decisions[i]);
    free(decisions);
    for (int i = 0; parts && i < n; i++)
        mnr_assessment_free(parts[i]);
    free(parts);
    free(answers);
    free(inputs);
    return st;
}

int cmd_merge(int argc, char **argv)
{
    merge_opts o = {0};
    int rc = parse_options(&o, argc, argv);
    mnr_context *ctx = NULL;
    if (rc == 0)
        rc = cli_open(&ctx, o.data_dir);
    if (rc == 0) {
        mnr_error err;
        mnr_error_init(&err);
        if (merge(ctx, &o, argv + o.first, argc - o.first, &err) != MNR_OK)
            rc = cli_fail(&err);
    }
    mnr_context_free(ctx);
    cli_list_free(&o.decide);
    return rc < 0 ? 0 : rc;
}
