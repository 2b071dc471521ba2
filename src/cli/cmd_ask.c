/*
 * mnr ask [-q full|rapid|FILE] -o ANSWERS - the guided questionnaire in the
 * terminal. Here: the options, the checks of the output file and its lock,
 * and the loop that reads a line (ask_term.c), passes it to the
 * conversation (core/ask.c) and has what it did shown (ask_show.c).
 * Which file of mnr ask does what: src/core/README.md.
 * Plain lines, no cursor movement: it reads the same in a log or a screen
 * reader as on the screen.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ask.h"
#include "ask_show.h"
#include "ask_term.h"
#include "ask_text.h"
#include "cli.h"
#include "cli_options.h"
#include "commands.h"
#include "datadir.h"
#include "fileio.h"
#include "filelock.h"
#include "i18n.h"
#include "session.h"

#define T(m) ask_text(m)

/* ---- the session ---- */

static int run(mnr_session *s, const ask_opts *o, const char *today)
{
    mnr_error err;
    mnr_error_init(&err);
    ask_reader r;
    memset(&r, 0, sizeof r);
    ask_reader_setup(&r);
    const mnr_questionnaire *q = s->q;
    const mnr_model *m = s->ctx->model;
    if (mnr_i18n_draft()) /* once, before anything else is said */
        ask_say(S_HINT, 0, "%s", T(T_DRAFT));
    ask_say(S_HEAD, 0, T(T_INTRO), show_data_text(q->title), q->id, q->version, q->n_questions,
        m->n_caps, m->n_domains);
    ask_say(S_PLAIN, 0, T(T_INTRO_SAVE), o->out);
    if (!s->resumed) {
        ask_blank();
        ask_say(S_PLAIN, 0, "%s", show_data_text(q->introduction));
    }
    mnr_ask a;
    mnr_status st = mnr_ask_start(&a, s, ask_keys(), &err);
    if (st == MNR_OK)
        ask_render(&a, MNR_PROMPT_DONE, -1, "", o, today);
    while (st == MNR_OK && a.prompt != MNR_PROMPT_DONE) {
        ask_show_prompt(&a);
        mnr_ask_prompt prev = a.prompt;
        int prev_cur = a.cur;
        int got = ask_read_line(&r);
        if (got > 0) {
            if (ask_term.echo)
                printf("%s\n", cli_safe(r.line));
            st = mnr_ask_line(&a, r.line, r.len, &err);
        } else {
            ask_blank();
            ask_say(S_HINT, 0, "%s", T(got < 0 ? T_INTERRUPTED : T_END_OF_INPUT));
            st = mnr_ask_stop(&a, &err);
        }
        if (st == MNR_OK)
            ask_render(&a, prev, prev_cur, got > 0 ? r.line : "", o, today);
    }
    int rc = 0;
    if (st != MNR_OK) {
        fflush(stdout);
        rc = cli_fail(&err);
        if (s->saved && !s->kept) /* kept beside: the message says where */
            fprintf(stderr, "%s\n", T(T_SAVE_FAILED));
    }
    mnr_ask_clear(&a);
    ask_reader_free(&r);
    ask_show_free();
    return rc;
}

/* ---- options ---- */

static const cli_option ask_options[] = {
    CLI_STRING('o', "output", N_("ANSWERS.xml"), ask_opts, out, ask_help_output),
    CLI_STRING('q', "questionnaire", N_("Q"), ask_opts, questionnaire, ask_help_questionnaire),
    CLI_STRING(0, "data-dir", N_("DIR"), ask_opts, data_dir, ask_help_data_dir),
    CLI_HELP(ask_help_help),
    CLI_END,
};

const cli_command cmd_ask_help = {"ask", ask_help_usage, ask_options, 28, ask_help_epilogue};

static int parse_options(ask_opts *o, int argc, char **argv)
{
    int first;
    int rc = cli_parse(&first, &cmd_ask_help, o, argc, argv);
    if (rc != 0)
        return rc;
    if (first < argc)
        return cli_usage("ask", T(T_USAGE_EXTRA), argv[first]);
    if (!o->out)
        return cli_usage("ask", "%s", T(T_USAGE_NO_OUTPUT));
    if (strcmp(o->out, "-") == 0)
        return cli_usage("ask", "%s", T(T_USAGE_STDOUT));
    return 0;
}

/* mnr ask --check-keys [--lang LL], left out of the help: for the tests
 * of the build (tests/ask.cmake), and for a translator. Whether the keys of
 * the language in use can be told apart (mnr_ask_keys_check); if so, each
 * English key and the language's, a line each. Exit 1 on a clash. */
static int check_keys(int argc, char **argv)
{
    ask_opts o = {0};
    int first;
    int rc = cli_parse(&first, &cmd_ask_help, &o, argc, argv);
    if (rc != 0)
        return rc < 0 ? 0 : rc;
    const mnr_ask_keys *k = ask_keys();
    mnr_error err;
    mnr_error_init(&err);
    if (mnr_ask_keys_check(k, mnr_i18n_language(), &err) != MNR_OK)
        return cli_fail(&err);
    const mnr_ask_keys *en = k->also ? k->also : k;
    for (int i = 0; i < MNR_ASK_N_KEYS; i++)
        printf("%s %s\n", mnr_ask_key_at(en, i), cli_safe(mnr_ask_key_at(k, i)));
    return 0;
}

/* Takes `flag` out of argv; whether it was there. */
static int take_flag(int *argc, char **argv, const char *flag)
{
    for (int i = 1; i < *argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            return 0;
        if (strcmp(argv[i], flag) == 0) {
            memmove(argv + i, argv + i + 1, (size_t)(*argc - i) * sizeof *argv);
            (*argc)--;
            return 1;
        }
    }
    return 0;
}

/* No -q: NULL (the file's own questionnaire, or full). Returns 0, or a
 * usage error. */
static int questionnaire_path(ask_opts *o, const mnr_context *ctx)
{
    const char *q = o->questionnaire;
    if (!q)
        return 0;
    o->qpath = cli_questionnaire_path(ctx, q, &o->custom);
    return o->qpath ? 0 : cli_usage("ask", T(T_USAGE_QUESTIONNAIRE), q);
}

/* Before anything is asked: the answers file can be written where it is,
 * over no input and nothing in the data directory, and is a file. */
static mnr_status check_output(const ask_opts *o, const mnr_context *ctx, mnr_error *err)
{
    const char *inputs[] = {o->custom ? o->qpath : NULL, NULL};
    mnr_status st = mnr_output_check(o->out, inputs, ctx->dir, err);
    struct stat sb;
    if (st == MNR_OK && stat(o->out, &sb) == 0 && !S_ISREG(sb.st_mode))
        st = mnr_error_set(err, MNR_EIO, o->out, 0, "%s", T(T_NOT_A_FILE));
    char *dir = st == MNR_OK ? mnr_path_dir(o->out) : NULL;
    if (dir && access(dir, W_OK | X_OK) != 0)
        st = mnr_error_set(err, MNR_EIO, NULL, 0, T(T_CANNOT_WRITE_DIR), dir,
                           strerror(errno));
    free(dir);
    return st;
}

/* One session at a time on a file: a second one would write its own
 * answers over the first one's at every save (filelock.h). */
static mnr_status lock_output(mnr_file_lock **lock, const char *out, mnr_error *err)
{
    long holder;
    if (mnr_file_lock_take(lock, out, &holder) == 0)
        return MNR_OK;
    if (errno == EWOULDBLOCK && holder > 0)
        return mnr_error_set(err, MNR_EIO, out, 0, T(T_LOCKED_BY), holder);
    if (errno == EWOULDBLOCK)
        return mnr_error_set(err, MNR_EIO, out, 0, "%s", T(T_LOCKED));
    return mnr_error_set(err, MNR_EIO, out, 0, T(T_CANNOT_LOCK), strerror(errno));
}

int cmd_ask(int argc, char **argv)
{
    if (take_flag(&argc, argv, "--check-keys"))
        return check_keys(argc, argv);
    ask_opts o = {0};
    int rc = parse_options(&o, argc, argv);
    if (rc != 0)
        return rc < 0 ? 0 : rc;
    mnr_context *ctx = NULL;
    rc = cli_open(&ctx, o.data_dir);
    if (rc != 0)
        return rc;
    rc = questionnaire_path(&o, ctx);
    /* the context's today: the one its date rule checks files with */
    const char *today = ctx->today;
    mnr_error err;
    mnr_error_init(&err);
    mnr_session *s = NULL;
    mnr_file_lock *lock = NULL;
    if (rc == 0 && (check_output(&o, ctx, &err) != MNR_OK ||
                    lock_output(&lock, o.out, &err) != MNR_OK ||
                    mnr_session_open(&s, ctx, o.out, o.qpath, today, &err) != MNR_OK))
        rc = cli_fail(&err);
    if (rc == 0) {
        ask_term_setup();
        rc = run(s, &o, today);
    }
    mnr_session_free(s);
    mnr_file_lock_free(lock);
    mnr_context_free(ctx);
    free(o.qpath);
    return rc;
}
