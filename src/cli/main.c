/*
 * main.c - the dispatch table: `mnr COMMAND [OPTIONS] [ARGS]`.
 */
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxslt/xsltutils.h>

#include "cli.h"
#include "cli_lang.h"
#include "commands.h"
#include "platform.h"
#include "i18n.h"
#include "xmlsafe.h"

static const struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
    const cli_command *help;
} commands[] = {
    {"validate", cmd_validate, N_("check model, baseline, questionnaire, answers or results files"),
     &cmd_validate_help},
    {"score", cmd_score, N_("score an answers file and compare it with the 2021 baseline"),
     &cmd_score_help},
    {"report", cmd_report, N_("write the gap report (HTML, PDF, text or CSV)"), &cmd_report_help},
    {"ask", cmd_ask, N_("answer a questionnaire in the terminal, saved after every answer"),
     &cmd_ask_help},
    {"form", cmd_form, N_("write an offline HTML form that saves an answers file"), &cmd_form_help},
    {"merge", cmd_merge, N_("combine workshop participants' answers into one consensus"),
     &cmd_merge_help},
    {"compare", cmd_compare, N_("show one country's progress between two of its assessments"),
     &cmd_compare_help},
    {"cohort", cmd_cohort, N_("score many assessments into an anonymised cohort baseline"),
     &cmd_cohort_help},
    {"baseline", cmd_baseline, N_("print the 2021 42-country baseline as mnr holds it"),
     &cmd_baseline_help},
};
#define N_COMMANDS (sizeof commands / sizeof commands[0])

static void print_usage(FILE *out)
{
    fprintf(out,
            _("Usage: mnr COMMAND [OPTIONS] [ARGS]\n"
            "\n"
            "mnr scores a country's Model National Response (MNR) self-assessment on online\n"
            "child sexual exploitation and abuse, compares it with the 2021 review of 42\n"
            "countries, and writes a printable gap report. It works offline.\n"
            "\n"
            "Commands:\n"));
    for (size_t i = 0; i < N_COMMANDS; i++)
        fprintf(out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
    fprintf(out,
            _("  %-10s show the help of a command\n"
            "\n"
            "Options:\n"
            "  -h, --help       show this help\n"
            "  -V, --version    show the version\n"
            "\n"
            "Every command takes --data-dir DIR (or MNR_DATA_DIR) to use another copy of\n"
            "model/, questionnaires/ and stylesheets/, and --lang LL to speak language LL\n"
            "(else the one LANGUAGE, LC_ALL, LC_MESSAGES or LANG names; else English).\n"
            "Exit status: 0 ok, 1 invalid input or failed check, 2 wrong command line.\n"
            "\n"
            "Example:\n"
            "  mnr report questionnaires/examples/examplia-middle.xml -o report.html\n"),
            "help");
}

static const struct command *find(const char *name)
{
    for (size_t i = 0; i < N_COMMANDS; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

/* Edit distance (insert, delete, change, swap two neighbours) between
 * short strings; names longer than 31 bytes are no command's typo. */
static size_t distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b), d[32][32];
    if (n > 31 || m > 31)
        return 99;
    for (size_t i = 0; i <= n; i++)
        for (size_t j = 0; j <= m; j++) {
            if (i == 0 || j == 0) {
                d[i][j] = i + j;
                continue;
            }
            size_t best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < best)
                best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best)
                best = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    return d[n][m];
}

/* The command a mistyped name most likely meant (at most two edits away),
 * or NULL. */
static const struct command *nearest(const char *name)
{
    const struct command *best = NULL;
    size_t best_d = 3;
    for (size_t i = 0; i < N_COMMANDS; i++) {
        size_t d = distance(name, commands[i].name);
        if (d < best_d && d < strlen(commands[i].name) / 2 + 1)
            best = &commands[i], best_d = d;
    }
    return best;
}

static const char help_help[] =
    N_("Usage: mnr help [COMMAND]\n"
    "\n"
    "Shows the help of COMMAND (its options, what it prints and its exit status),\n"
    "or without COMMAND the list of commands. 'mnr COMMAND --help' shows the same.\n");

static const cli_option help_options[] = {
    CLI_HELP(N_("show this help")),
    CLI_END,
};
/* `mnr help`'s own command line (--lang, --help), for cli_parse and for
 * choosing the language of `mnr --help` too */
static const cli_command help_cmd = {"help", help_help, help_options, 21, ""};

static int help(int argc, char **argv)
{
    int first;
    int rc = cli_parse(&first, &help_cmd, NULL, argc, argv);
    if (rc != 0)
        return rc == CLI_HELP_SHOWN ? 0 : rc;
    if (first >= argc) {
        print_usage(stdout);
        return 0;
    }
    const char *name = argv[first];
    if (strcmp(name, "help") == 0) {
        fputs(_(help_help), stdout);
        return 0;
    }
    const struct command *c = find(name);
    if (!c) {
        fprintf(stderr, _("mnr help: no command '%s'.\n\n"), cli_safe(name));
        print_usage(stderr);
        return EXIT_USAGE;
    }
    cli_print_help(stdout, c->help);
    return 0;
}

/* The table whose options (--lang, --data-dir) choose the language of
 * `mnr NAME ...`: the command's, help's for help and --help, none (the
 * environment alone) for anything else. */
static const cli_command *lang_table(int argc, char **argv)
{
    if (argc < 2)
        return NULL;
    const struct command *c = find(argv[1]);
    if (c)
        return c->help;
    if (strcmp(argv[1], "help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "--help") == 0)
        return &help_cmd;
    return NULL;
}

/* `mnr --lang LL COMMAND ...` is taken as `mnr COMMAND --lang LL ...`:
 * the language is the one option that may come before the command. */
static void lang_after_command(int argc, char **argv)
{
    int n = 0; /* how many arguments --lang takes up */
    if (argc > 1 && strncmp(argv[1], "--lang=", 7) == 0)
        n = 1;
    else if (argc > 2 && strcmp(argv[1], "--lang") == 0)
        n = 2;
    if (n == 0 || argc <= n + 1)
        return;
    char *command = argv[n + 1];
    for (int i = n + 1; i > 1; i--)
        argv[i] = argv[i - 1];
    argv[1] = command;
}

static int dispatch(int argc, char **argv)
{
    lang_after_command(argc, argv);
    int rc = cli_lang_start(lang_table(argc, argv), argc - 1, argv + 1);
    if (rc != 0)
        return rc;
    if (argc < 2) {
        print_usage(stderr);
        return EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0)
        return help(1, argv);
    if (strcmp(name, "-V") == 0 || strcmp(name, "--version") == 0) {
        printf(_("mnr %s (libxml2 %s, libxslt %s)\n"), MNR_VERSION, LIBXML_DOTTED_VERSION,
               xsltEngineVersion);
        return 0;
    }
    if (strcmp(name, "help") == 0)
        return help(argc - 1, argv + 1);
    const struct command *c = find(name);
    const struct command *near = c ? NULL : nearest(name);
    if (near) {
        fprintf(stderr, _("mnr: '%s' is not a command; did you mean 'mnr %s'? ('mnr --help' "
                "lists the commands)\n"), cli_safe(name), near->name);
        return EXIT_USAGE;
    }
    if (!c) {
        fprintf(stderr, _("mnr: '%s' is not a command.\n\n"), cli_safe(name));
        print_usage(stderr);
        return EXIT_USAGE;
    }
    return c->run(argc - 1, argv + 1);
}

int main(int argc, char **argv)
{
    mnr_console_init(&argc, &argv);
    mnr_cli_exe = mnr_self_exe();
    mnr_xml_init();
    int rc = cli_stdout_close(dispatch(argc, argv));
    cli_lang_end();
    mnr_xml_cleanup();
    cli_safe_free();
    xsltCleanupGlobals();
    xmlCleanupParser();
    return rc;
}
