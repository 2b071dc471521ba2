/*
 * cli_options.h - a command's options, declared once in a table that both
 * parses argv and prints the option list of the command's --help (as
 * git's parse-options does), so that the help cannot list an option the
 * parser does not take, nor the parser take one the help does not list.
 *
 * A command declares where its options go, the table, and its help:
 *
 *     typedef struct score_opts {
 *         const char *out, *data_dir;
 *         int target;
 *     } score_opts;
 *
 *     static int set_target(void *opts, char *value)
 *     {
 *         score_opts *o = opts;
 *         o->target = cli_parse_level(value);
 *         return o->target ? 0 : cli_usage("score", "--target takes ...", value);
 *     }
 *
 *     static const cli_option score_options[] = {
 *         CLI_STRING('o', "output", "FILE", score_opts, out,
 *                    "write the results to FILE (written whole or not at all;\n"
 *                    "never over the answers file)"),
 *         CLI_CALLBACK(0, "target", "N", set_target, "target level 1-4"),
 *         CLI_STRING(0, "data-dir", "DIR", score_opts, data_dir,
 *                    "use another data directory"),
 *         CLI_HELP("show this help"),
 *         CLI_END,
 *     };
 *
 *     static const char score_usage[] = "Usage: mnr score ANSWERS ...\n\nScores ...\n\n";
 *     static const char score_epilogue[] = "\nExit status: 0 scored, ...\n";
 *     const cli_command cmd_score_help = {"score", score_usage, score_options, 21,
 *                                         score_epilogue};
 *
 * and parses its command line with one call:
 *
 *     score_opts o = {0};
 *     int first;
 *     int rc = cli_parse(&first, &cmd_score_help, &o, argc, argv);
 *     if (rc != 0)
 *         return rc == CLI_HELP_SHOWN ? 0 : rc;
 *     ... argv[first] to argv[argc - 1] are the operands ...
 *
 * The kinds of option (where the value goes, at an offset in the
 * command's options struct `opts`):
 *
 *   CLI_STRING    a `const char *` set to the value (it points into argv);
 *                 given twice is a usage error ("--output is given twice;
 *                 give it once"), as the later one would silently win.
 *                 The field starts NULL: a default is the command's to
 *                 apply after parsing
 *   CLI_FLAG      an `int` set to 1; takes no value
 *   CLI_LIST      a `cli_list` the value is added to, for an option given
 *                 any number of times; free it with cli_list_free
 *   CLI_CALLBACK  a function given `opts` and the value (NULL for an option
 *                 without a value name; it is argv's, and may be cut in
 *                 place as --param cuts NAME=VALUE), for values to check
 *                 or convert (--target N, --param NAME=VALUE); returns 0,
 *                 or the exit status of the usage error it printed
 *   CLI_HELP      -h, --help: prints the command's help on standard
 *                 output; cli_parse returns CLI_HELP_SHOWN
 *
 * Parsing is getopt_long's (cli_parse builds its option arrays from the
 * table): options and operands may be mixed, "--" ends the options, a
 * long option may be abbreviated while the abbreviation is unique, takes
 * its value as --name=VALUE or --name VALUE, and short options bundle
 * (-qo FILE). An unknown option or a missing value is a usage error
 * (cli_bad_option): "mnr CMD: unknown option '--frob'", "mnr CMD: option
 * '--format' needs a value", exit status EXIT_USAGE.
 *
 * The help (cli_print_help) is the command's `usage` text, then
 * "Options:" and one entry per option, then its `epilogue`. An entry is
 * "  -o, --output FILE" (or "  --target N" without a short letter) with
 * the help text from column `column` on (each command keeps its own
 * column, so that its list reads as it always has). A help text is one
 * string, wrapped by its own newlines: each line after the first is
 * indented to the column, so a translation re-wraps its own text. A name
 * that reaches the column puts the help on the next line.
 */
#ifndef MNR_CLI_OPTIONS_H
#define MNR_CLI_OPTIONS_H

#include <stddef.h>
#include <stdio.h>

/* cli_parse's return after --help printed the help (the command then
 * exits 0). */
#define CLI_HELP_SHOWN (-1)
/* The most options one table may hold (past it cli_parse refuses). */
#define CLI_OPTIONS_MAX 32

typedef enum cli_option_kind {
    CLI_OPT_END = 0, /* ends a table */
    CLI_OPT_STRING,
    CLI_OPT_FLAG,
    CLI_OPT_LIST,
    CLI_OPT_CALLBACK,
    CLI_OPT_HELP,
} cli_option_kind;

/* Returns 0, or the exit status of a usage error it printed. */
typedef int (*cli_option_fn)(void *opts, char *value);

typedef struct cli_option {
    char short_name;        /* 'o' for -o; 0: long name only */
    const char *long_name;  /* "output" for --output */
    const char *value_name; /* "FILE" in the help; NULL: takes no value */
    const char *help;       /* one string; its newlines wrap it */
    cli_option_kind kind;
    size_t offset;          /* STRING, FLAG, LIST: where in opts */
    cli_option_fn fn;       /* CALLBACK */
} cli_option;

/* The values of a CLI_LIST option, in the order given; items is
 * NULL-terminated (NULL while n is 0). */
typedef struct cli_list {
    const char **items;
    int n;
} cli_list;

void cli_list_free(cli_list *list);

/* A command's command line: its name (for usage errors), its help around
 * the option list, and the options. */
typedef struct cli_command {
    const char *name;         /* "score" */
    const char *usage;        /* "Usage: ..." and the prose before "Options:" */
    const cli_option *options; /* ended by CLI_END */
    int column;               /* where the options' help texts start */
    const char *epilogue;     /* after the option list ("" for none) */
} cli_command;

/* `offsetof(type, field)`, which does not compile with -Werror when the
 * field is not a `T` (the pointer conversion would warn). */
#define CLI_OFFSET_(type, field, T) \
    (offsetof(type, field) + 0 * sizeof((T *){&((type *)0)->field}))

#define CLI_STRING(s, name, value, type, field, help) \
    {(s), (name), (value), (help), CLI_OPT_STRING, CLI_OFFSET_(type, field, const char *), NULL}
#define CLI_FLAG(s, name, type, field, help) \
    {(s), (name), NULL, (help), CLI_OPT_FLAG, CLI_OFFSET_(type, field, int), NULL}
#define CLI_LIST(s, name, value, type, field, help) \
    {(s), (name), (value), (help), CLI_OPT_LIST, CLI_OFFSET_(type, field, cli_list), NULL}
#define CLI_CALLBACK(s, name, value, fn, help) \
    {(s), (name), (value), (help), CLI_OPT_CALLBACK, 0, (fn)}
#define CLI_HELP(help) {'h', "help", NULL, (help), CLI_OPT_HELP, 0, NULL}
#define CLI_END {0, NULL, NULL, NULL, CLI_OPT_END, 0, NULL}

/* Parses argv[1..] (argv[0] is the command's name) against cmd's table
 * into `opts`, and sets *first to the index of the first operand (the
 * operands are argv[*first..argc-1], GNU getopt having moved them after
 * the options). Returns 0, CLI_HELP_SHOWN after printing the help, or
 * the exit status of the usage error it printed (EXIT_USAGE, or what a
 * callback returned). Stops at the first error; the caller frees its
 * CLI_LIST values (cli_list_free) whatever cli_parse returned. */
int cli_parse(int *first, const cli_command *cmd, void *opts, int argc, char **argv);

/* Every command also takes the shared options, which its help lists
 * before --help: --lang LL (the language; cli_lang.h chooses it before
 * the command runs, from cli_prescan). */

/* The name of the command cli_parse is parsing (for the shared options'
 * usage errors). */
extern const char *cli_parsing;

/* Reads argv as cli_parse would, without taking or printing anything: the
 * value of --lang (NULL when not given) and of the table's --data-dir
 * (NULL when not given or the table has none), the later when given
 * twice. Returns 0, or -1 when the command line has an error (the parse
 * proper reports it). For choosing the language before the command
 * prints anything, its --help included. */
int cli_prescan(const cli_command *cmd, int argc, char **argv, const char **lang,
                const char **data_dir);

/* Prints "Options:" and one entry per option of the table, and the shared
 * ones; each help text in the language in use. */
void cli_print_options(FILE *out, const cli_option *options, int column);
/* Prints the whole help: usage, the option list, epilogue. */
void cli_print_help(FILE *out, const cli_command *cmd);

#endif
