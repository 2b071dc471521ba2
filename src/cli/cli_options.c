#include "cli_options.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"

/* getopt_long's value for an option without a short letter: past any
 * character, so that -t is not taken for --target. */
#define LONG_ONLY 256

/* The options every command takes, after its own table's: --lang LL.
 * The language is chosen before the command runs (cli_lang_start, from
 * cli_prescan); the parse itself only takes it, once. */
static const char *lang_given;

static int take_lang(void *opts, char *value)
{
    (void)opts;
    if (lang_given)
        return cli_usage(cli_parsing, _("--lang is given twice; give it once"));
    lang_given = value;
    return 0;
}

static const cli_option shared_options[] = {
    {0, "lang", N_("LL"),
     N_("show messages and reports in language LL\n"
        "(en, fr, es, ar); without it, the language\n"
        "LANGUAGE, LC_ALL, LC_MESSAGES or LANG names"),
     CLI_OPT_CALLBACK, 0, take_lang},
};
#define N_SHARED ((int)(sizeof shared_options / sizeof shared_options[0]))

void cli_list_free(cli_list *list)
{
    free(list->items);
    list->items = NULL;
    list->n = 0;
}

static int count_options(const cli_option *options)
{
    int n = 0;
    while (options[n].kind != CLI_OPT_END)
        n++;
    return n;
}

/* Option i of the table (n entries) followed by the shared ones. */
static const cli_option *option_at(const cli_option *options, int n, int i)
{
    return i < n ? &options[i] : &shared_options[i - n];
}

/* getopt_long's optstring (":" first: a missing value is told apart from
 * an unknown option) and long options, from the table and the shared
 * options. */
static void build_getopt(const cli_option *options, int n, char *shorts, struct option *longs)
{
    *shorts++ = ':';
    for (int i = 0; i < n + N_SHARED; i++) {
        const cli_option *o = option_at(options, n, i);
        int has_value = o->value_name != NULL;
        if (o->short_name) {
            *shorts++ = o->short_name;
            if (has_value)
                *shorts++ = ':';
        }
        longs[i] = (struct option){o->long_name, has_value ? required_argument : no_argument, NULL,
                                   o->short_name ? o->short_name : LONG_ONLY + i};
    }
    *shorts = '\0';
    longs[n + N_SHARED] = (struct option){NULL, 0, NULL, 0};
}

/* The table's option getopt_long returned `c` for, or NULL (':' or '?'). */
static const cli_option *option_for(const cli_option *options, int n, int c)
{
    if (c >= LONG_ONLY)
        return c - LONG_ONLY < n + N_SHARED ? option_at(options, n, c - LONG_ONLY) : NULL;
    for (int i = 0; i < n; i++)
        if (options[i].short_name && options[i].short_name == c)
            return &options[i];
    return NULL;
}

static int list_add(cli_list *list, const char *value, const char *cmd)
{
    const char **grown = realloc(list->items, (size_t)(list->n + 2) * sizeof *grown);
    if (!grown) {
        fprintf(stderr, _("mnr %s: out of memory\n"), cmd);
        return EXIT_INVALID;
    }
    grown[list->n++] = value;
    grown[list->n] = NULL;
    list->items = grown;
    return 0;
}

/* One option given on the command line, with its value (NULL: none). */
static int take(const cli_command *cmd, const cli_option *o, void *opts, char *value)
{
    char *field = (char *)opts + o->offset;
    switch (o->kind) {
    case CLI_OPT_STRING:
        /* the later one would silently win: say so instead */
        if (*(const char **)(void *)field)
            return cli_usage(cmd->name, _("--%s is given twice; give it once"), o->long_name);
        *(const char **)(void *)field = value;
        return 0;
    case CLI_OPT_FLAG: *(int *)(void *)field = 1; return 0;
    case CLI_OPT_LIST: return list_add((cli_list *)(void *)field, value, cmd->name);
    case CLI_OPT_CALLBACK: return o->fn(opts, value);
    case CLI_OPT_HELP: cli_print_help(stdout, cmd); return CLI_HELP_SHOWN;
    case CLI_OPT_END: break;
    }
    return 0;
}

const char *cli_parsing = "mnr";

int cli_parse(int *first, const cli_command *cmd, void *opts, int argc, char **argv)
{
    int n = count_options(cmd->options);
    if (n > CLI_OPTIONS_MAX) {
        fprintf(stderr, _("mnr %s: more than %d options in the table\n"), cmd->name, CLI_OPTIONS_MAX);
        return EXIT_INVALID;
    }
    char shorts[2 * CLI_OPTIONS_MAX + 2];
    struct option longs[CLI_OPTIONS_MAX + N_SHARED + 1];
    build_getopt(cmd->options, n, shorts, longs);
    optind = 0; /* (GNU: 0 starts afresh, as each command is a new parse) */
    opterr = 0;
    int c;
    *first = argc;
    lang_given = NULL;
    cli_parsing = cmd->name;
    while ((c = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
        const cli_option *o = option_for(cmd->options, n, c);
        /* a value given to a flag (--quiet=1): glibc says '?', mingw's
         * getopt ':' (Windows); the same message on both */
        if (!o && c == ':' && strchr(argv[optind - 1], '='))
            c = '?';
        if (!o)
            return cli_bad_option(cmd->name, c, argv[optind - 1]);
        int rc = take(cmd, o, opts, o->value_name ? optarg : NULL);
        if (rc != 0)
            return rc;
    }
    *first = optind;
    return 0;
}

int cli_prescan(const cli_command *cmd, int argc, char **argv, const char **lang,
                const char **data_dir)
{
    *lang = *data_dir = NULL;
    int n = count_options(cmd->options);
    char **copy = malloc(((size_t)argc + 1) * sizeof *copy);
    if (n > CLI_OPTIONS_MAX || !copy) {
        free(copy);
        return -1;
    }
    memcpy(copy, argv, (size_t)argc * sizeof *copy);
    copy[argc] = NULL;
    char shorts[2 * CLI_OPTIONS_MAX + 2];
    struct option longs[CLI_OPTIONS_MAX + N_SHARED + 1];
    build_getopt(cmd->options, n, shorts, longs);
    optind = 0;
    opterr = 0;
    int c, rc = 0;
    while ((c = getopt_long(argc, copy, shorts, longs, NULL)) != -1) {
        const cli_option *o = option_for(cmd->options, n, c);
        if (!o) {
            rc = -1; /* the parse proper says what is wrong */
            continue;
        }
        if (o->kind == CLI_OPT_CALLBACK && o->fn == take_lang)
            *lang = optarg;
        else if (strcmp(o->long_name, "data-dir") == 0 && o->value_name)
            *data_dir = optarg;
    }
    free(copy);
    optind = 0;
    return rc;
}

/* "  -o, --output FILE" */
static int print_name(FILE *out, const cli_option *o)
{
    int len = fprintf(out, "  ");
    if (o->short_name)
        len += fprintf(out, "-%c, ", o->short_name);
    len += fprintf(out, "--%s", o->long_name);
    if (o->value_name)
        len += fprintf(out, " %s", _(o->value_name));
    return len;
}

static void print_option(FILE *out, const cli_option *o, int column)
{
    int len = print_name(out, o);
    if (len >= column) {
        fputc('\n', out);
        len = 0;
    }
    fprintf(out, "%*s", column - len, "");
    const char *help = *o->help ? _(o->help) : o->help;
    if (!*help)
        fputc('\n', out);
    for (const char *line = help; *line;) {
        size_t n = strcspn(line, "\n");
        if (line != help)
            fprintf(out, "%*s", column, "");
        fprintf(out, "%.*s\n", (int)n, line);
        line += n + (line[n] == '\n');
    }
}

/* The table's options, with the shared ones before --help (which ends
 * every list), or last. */
void cli_print_options(FILE *out, const cli_option *options, int column)
{
    fputs(_("Options:\n"), out);
    int shared_done = 0;
    for (const cli_option *o = options; o->kind != CLI_OPT_END; o++) {
        if (o->kind == CLI_OPT_HELP && !shared_done) {
            for (int i = 0; i < N_SHARED; i++)
                print_option(out, &shared_options[i], column);
            shared_done = 1;
        }
        print_option(out, o, column);
    }
    for (int i = 0; i < N_SHARED && !shared_done; i++)
        print_option(out, &shared_options[i], column);
}

void cli_print_help(FILE *out, const cli_command *cmd)
{
    fputs(_(cmd->usage), out);
    cli_print_options(out, cmd->options, cmd->column);
    fputs(*cmd->epilogue ? _(cmd->epilogue) : "", out);
}
