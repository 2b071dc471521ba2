/*
 * test_options.c - the option table of the command line (cli_options.h):
 * each kind of option, --name=VALUE and --name VALUE, bundled short
 * options, "--", abbreviations, and the usage errors a user sees for a
 * missing value or an unknown option; and the help's option list, laid
 * out from the same table. The shared --lang: read before the parse
 * (cli_prescan), and the language an environment names (cli_lang.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "cli.h"
#include "cli_lang.h"
#include "cli_options.h"

typedef struct test_opts {
    const char *out, *format;
    int quiet, level, calls;
    cli_list decide;
} test_opts;

/* A callback that checks and converts: a level 1-4. */
static int set_level(void *opts, char *value)
{
    test_opts *o = opts;
    o->calls++;
    o->level = cli_parse_level(value);
    if (!o->level)
        return cli_usage("test", "--level takes a level from 1 to 4, not '%s'", value);
    return 0;
}

static const cli_option test_options[] = {
    CLI_STRING('o', "output", "FILE", test_opts, out, "the output\nover two lines"),
    CLI_STRING('f', "format", "FORMAT", test_opts, format, "the format"),
    CLI_FLAG('q', "quiet", test_opts, quiet, "say less"),
    CLI_LIST(0, "decide", "Q=V", test_opts, decide, "a decision; may be repeated"),
    CLI_CALLBACK(0, "level", "N", set_level, "a level\n  indented under it"),
    CLI_STRING(0, "format-name-that-reaches-the-column", "X", test_opts, format,
               "on the next line"),
    CLI_HELP("show this help"),
    CLI_END,
};

static const cli_command test_command = {"test", "Usage: mnr test [OPTIONS] FILE...\n\n",
                                         test_options, 22, "\nThe end.\n"};

/* What one parse did: its status, where the operands start and the
 * first one, and what it printed. */
typedef struct parsed {
    int rc, first;
    const char *operand;
    test_opts o;
    char out[4096], err[4096];
} parsed;

static parsed last; /* parse()'s */

/* Reads back what `fd` got since `saved` (a dup of it) was taken. */
static void restore(int fd, int saved, FILE *tmp, char *buf, size_t size)
{
    fflush(fd == STDOUT_FILENO ? stdout : stderr);
    dup2(saved, fd);
    close(saved);
    rewind(tmp);
    size_t n = fread(buf, 1, size - 1, tmp);
    buf[n] = '\0';
    fclose(tmp);
}

/* Parses the NULL-terminated words after the command's name. */
static parsed *parse(const char *word, ...)
{
    static char words[16][64];
    char *argv[17] = {"test"};
    int argc = 1;
    va_list ap;
    va_start(ap, word);
    for (const char *w = word; w; w = va_arg(ap, const char *)) {
        assert_true(argc < 16);
        snprintf(words[argc], sizeof words[argc], "%s", w);
        argv[argc] = words[argc];
        argc++;
    }
    va_end(ap);
    argv[argc] = NULL;
    cli_list_free(&last.o.decide);
    memset(&last, 0, sizeof last);

    FILE *out = tmpfile(), *err = tmpfile();
    assert_non_null(out);
    assert_non_null(err);
    fflush(stdout);
    fflush(stderr);
    int saved_out = dup(STDOUT_FILENO), saved_err = dup(STDERR_FILENO);
    dup2(fileno(out), STDOUT_FILENO);
    dup2(fileno(err), STDERR_FILENO);
    last.rc = cli_parse(&last.first, &test_command, &last.o, argc, argv);
    restore(STDOUT_FILENO, saved_out, out, last.out, sizeof last.out);
    restore(STDERR_FILENO, saved_err, err, last.err, sizeof last.err);
    if (last.rc == 0 && last.first < argc)
        last.operand = argv[last.first];
    return &last;
}

static void assert_usage_error(const parsed *p, const char *message)
{
    char want[512];
    snprintf(want, sizeof want, "mnr test: %s\nTry 'mnr help test' for the options.\n", message);
    assert_int_equal(p->rc, EXIT_USAGE);
    assert_string_equal(p->err, want);
    assert_string_equal(p->out, "");
}

static void test_string_value_forms(void **state)
{
    (void)state;
    const char *forms[][3] = {
        {"--output", "a.xml", NULL}, {"--output=a.xml", NULL, NULL}, {"-o", "a.xml", NULL},
        {"-oa.xml", NULL, NULL},     {"--out", "a.xml", NULL},       {"--out=a.xml", NULL, NULL},
    };
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        parsed *p = parse(forms[i][0], forms[i][1], forms[i][2]);
        assert_int_equal(p->rc, 0);
        assert_string_equal(p->o.out, "a.xml");
        assert_string_equal(p->err, "");
    }
    /* given twice, by either name, is refused: the later one would win unsaid */
    assert_usage_error(parse("-o", "a", "--output", "b", NULL),
                       "--output is given twice; give it once");
}

static void test_flag_and_bundle(void **state)
{
    (void)state;
    parsed *p = parse("--quiet", NULL);
    assert_int_equal(p->rc, 0);
    assert_int_equal(p->o.quiet, 1);
    p = parse("-qo", "x", NULL); /* -q, then -o takes the next word */
    assert_int_equal(p->rc, 0);
    assert_int_equal(p->o.quiet, 1);
    assert_string_equal(p->o.out, "x");
    p = parse("-qfhtml", NULL);
    assert_int_equal(p->o.quiet, 1);
    assert_string_equal(p->o.format, "html");
    /* a flag takes no value */
    assert_usage_error(parse("--quiet=1", NULL), "unknown option '--quiet=1'");
}

static void test_list_in_order(void **state)
{
    (void)state;
    parsed *p = parse("--decide", "a=1", "x.xml", "--decide=b=2 note", "--dec", "c=3", NULL);
    assert_int_equal(p->rc, 0);
    assert_int_equal(p->o.decide.n, 3);
    assert_string_equal(p->o.decide.items[0], "a=1");
    assert_string_equal(p->o.decide.items[1], "b=2 note");
    assert_string_equal(p->o.decide.items[2], "c=3");
    assert_null(p->o.decide.items[3]);
    p = parse("x.xml", NULL);
    assert_int_equal(p->o.decide.n, 0);
    assert_null(p->o.decide.items);
}

static void test_callback(void **state)
{
    (void)state;
    parsed *p = parse("--level", "3", NULL);
    assert_int_equal(p->rc, 0);
    assert_int_equal(p->o.level, 3);
    /* its usage error is cli_parse's, and parsing stops there */
    p = parse("--level=9", "--frob", NULL);
    assert_usage_error(p, "--level takes a level from 1 to 4, not '9'");
    assert_int_equal(p->o.calls, 1);
}

static void test_missing_value(void **state)
{
    (void)state;
    assert_usage_error(parse("x.xml", "--output", NULL), "option '--output' needs a value");
    assert_usage_error(parse("-o", NULL), "option '-o' needs a value");
    assert_usage_error(parse("--out", NULL), "option '--out' needs a value");
    assert_usage_error(parse("-qo", NULL), "option '-qo' needs a value");
    assert_usage_error(parse("--level", NULL), "option '--level' needs a value");
}

static void test_unknown_option(void **state)
{
    (void)state;
    assert_usage_error(parse("--frob", "x.xml", NULL), "unknown option '--frob'");
    assert_usage_error(parse("-Z", NULL), "unknown option '-Z'");
    /* a long-only option has no short letter: --level is not -l, and
     * getopt_long's value for it is no letter at all */
    assert_usage_error(parse("-l", "3", NULL), "unknown option '-l'");
    /* an abbreviation that two options share is none of them */
    assert_usage_error(parse("--form", "x", NULL), "unknown option '--form'");
}

static void test_operands_and_double_dash(void **state)
{
    (void)state;
    /* operands and options mix; the operands come out after the options */
    parsed *p = parse("a.xml", "-o", "x", "b.xml", NULL);
    assert_int_equal(p->rc, 0);
    assert_string_equal(p->o.out, "x");
    assert_int_equal(p->first, 3); /* test -o x | a.xml b.xml */
    assert_string_equal(p->operand, "a.xml");
    /* "--" ends the options: what follows is an operand, even --output */
    p = parse("-q", "--", "--output", "y", NULL);
    assert_int_equal(p->rc, 0);
    assert_null(p->o.out);
    assert_int_equal(p->first, 3);
    assert_string_equal(p->operand, "--output");
    p = parse("-q", NULL);
    assert_int_equal(p->first, 2); /* no operand: argc */
}

static const char want_help[] =
    "Usage: mnr test [OPTIONS] FILE...\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE   the output\n"
    "                      over two lines\n"
    "  -f, --format FORMAT the format\n"
    "  -q, --quiet         say less\n"
    "  --decide Q=V        a decision; may be repeated\n"
    "  --level N           a level\n"
    "                        indented under it\n"
    "  --format-name-that-reaches-the-column X\n"
    "                      on the next line\n"
    "  --lang LL           show messages and reports in language LL\n"
    "                      (en, fr, es, ar); without it, the language\n"
    "                      LANGUAGE, LC_ALL, LC_MESSAGES or LANG names\n"
    "  -h, --help          show this help\n"
    "\n"
    "The end.\n";

static void test_help_from_the_table(void **state)
{
    (void)state;
    parsed *p = parse("-q", "--help", "--frob", NULL);
    assert_int_equal(p->rc, CLI_HELP_SHOWN);
    assert_string_equal(p->out, want_help);
    assert_string_equal(p->err, "");
    p = parse("-h", NULL);
    assert_int_equal(p->rc, CLI_HELP_SHOWN);
    assert_string_equal(p->out, want_help);
}

/* Every option the help lists is one the parser takes, and the other way
 * round: each entry's long name, and its short letter, parse. */
static void test_help_lists_what_parses(void **state)
{
    (void)state;
    for (const cli_option *o = test_options; o->kind != CLI_OPT_END; o++) {
        char entry[128]; /* "\n  -o, --output" or "\n  --level" */
        if (o->short_name)
            snprintf(entry, sizeof entry, "\n  -%c, --%s", o->short_name, o->long_name);
        else
            snprintf(entry, sizeof entry, "\n  --%s", o->long_name);
        assert_non_null(strstr(want_help, entry));
        char word[64];
        snprintf(word, sizeof word, "--%s%s", o->long_name, o->value_name ? "=3" : "");
        assert_int_not_equal(parse(word, NULL)->rc, EXIT_USAGE);
        if (o->short_name) {
            snprintf(word, sizeof word, "-%c%s", o->short_name, o->value_name ? "3" : "");
            assert_int_not_equal(parse(word, NULL)->rc, EXIT_USAGE);
        }
    }
}

/* The shared --lang is taken by every table, once. */
static void test_lang_shared(void **state)
{
    (void)state;
    parsed *p = parse("--lang", "fr", "a.xml", NULL);
    assert_int_equal(p->rc, 0);
    assert_string_equal(p->operand, "a.xml");
    p = parse("--lang=fr", "--lang", "es", NULL);
    assert_int_equal(p->rc, EXIT_USAGE);
    assert_string_equal(p->err, "mnr test: --lang is given twice; give it once\n"
                                "Try 'mnr help test' for the options.\n");
    assert_usage_error(parse("--lang", NULL), "option '--lang' needs a value");
}

typedef struct dir_opts {
    const char *out, *data_dir;
} dir_opts;

static const cli_option dir_options[] = {
    CLI_STRING('o', "output", "FILE", dir_opts, out, "the output"),
    CLI_STRING(0, "data-dir", "DIR", dir_opts, data_dir, "the data"),
    CLI_HELP("show this help"),
    CLI_END,
};
static const cli_command dir_command = {"dirs", "Usage: mnr dirs\n", dir_options, 20, ""};

/* cli_prescan reads --lang and --data-dir as the parse will, before it:
 * a value is a value (-o --lang), abbreviations count, errors are left
 * to the parse. */
static void test_prescan(void **state)
{
    (void)state;
    char *argv[] = {"dirs", "x.xml", "--data-dir", "d", "-o", "--lang", "--lang=fr", NULL};
    const char *lang, *dir;
    assert_int_equal(cli_prescan(&dir_command, 7, argv, &lang, &dir), 0);
    assert_string_equal(lang, "fr");
    assert_string_equal(dir, "d");
    /* argv is left as it was (the parse proper permutes it) */
    assert_string_equal(argv[1], "x.xml");
    char *argv2[] = {"dirs", "--frob", "--la", "es", "--data=e", "--", "--lang", "de", NULL};
    assert_int_equal(cli_prescan(&dir_command, 8, argv2, &lang, &dir), -1);
    assert_string_equal(lang, "es");
    assert_string_equal(dir, "e");
    char *argv3[] = {"test", "y.xml", NULL};
    assert_int_equal(cli_prescan(&test_command, 2, argv3, &lang, &dir), 0);
    assert_null(lang);
    assert_null(dir);
}

static void assert_env_lang(const char *language, const char *lc_all, const char *lc_messages,
                            const char *lang, const char *want)
{
    char got[4];
    cli_lang_of_env(got, language, lc_all, lc_messages, lang);
    assert_string_equal(got, want);
}

/* The language the environment names, as gettext reads it. */
static void test_lang_of_env(void **state)
{
    (void)state;
    assert_env_lang(NULL, NULL, NULL, NULL, "en");
    assert_env_lang(NULL, NULL, NULL, "fr_FR.UTF-8@euro", "fr");
    assert_env_lang(NULL, NULL, NULL, "es", "es");
    assert_env_lang(NULL, NULL, NULL, "ar_EG.UTF-8", "ar");
    assert_env_lang(NULL, NULL, NULL, "C", "en");
    assert_env_lang(NULL, NULL, NULL, "POSIX", "en");
    assert_env_lang(NULL, NULL, NULL, "C.UTF-8", "en");
    /* LC_ALL, then LC_MESSAGES, then LANG; empty is unset */
    assert_env_lang(NULL, "es_ES.UTF-8", "ar_EG", "fr_FR", "es");
    assert_env_lang(NULL, "", "ar_EG", "fr_FR", "ar");
    assert_env_lang("", "", "", "fr_FR", "fr");
    /* LANGUAGE first, its first entry; not with a C locale */
    assert_env_lang("ar:fr", NULL, NULL, "es_ES.UTF-8", "ar");
    assert_env_lang("ar:fr", "C.UTF-8", NULL, "es_ES.UTF-8", "en");
    assert_env_lang("ar", NULL, NULL, NULL, "ar");
    /* what names no language: the next in line */
    assert_env_lang("../../x", NULL, NULL, "fr_FR", "fr");
    assert_env_lang(NULL, NULL, NULL, "french", "en");
    char code[4];
    assert_int_equal(cli_lang_of_locale(code, "FR_fr"), 1);
    assert_string_equal(code, "fr");
    assert_int_equal(cli_lang_of_locale(code, "1x"), 0);
    assert_string_equal(code, "");
}

static int teardown(void **state)
{
    (void)state;
    cli_list_free(&last.o.decide);
    cli_safe_free();
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_string_value_forms),
        cmocka_unit_test(test_flag_and_bundle),
        cmocka_unit_test(test_list_in_order),
        cmocka_unit_test(test_callback),
        cmocka_unit_test(test_missing_value),
        cmocka_unit_test(test_unknown_option),
        cmocka_unit_test(test_operands_and_double_dash),
        cmocka_unit_test(test_help_from_the_table),
        cmocka_unit_test(test_help_lists_what_parses),
        cmocka_unit_test(test_lang_shared),
        cmocka_unit_test(test_prescan),
        cmocka_unit_test(test_lang_of_env),
    };
    return cmocka_run_group_tests(tests, NULL, teardown);
}
