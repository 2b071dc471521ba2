/* Standard input of mnr ask -> the conversation and the session (ask.c,
 * ask_input.c, session.c): every line at whatever prompt it lands on,
 * each answer built into an answers file, checked and scored (not
 * written). The first line chooses the questionnaire: "rapid", anything
 * else the full one. */
#include <stdlib.h>
#include <string.h>

#include "ask.h"
#include "datadir.h"
#include "fuzz_common.h"

/* Enough for a whole session with every question answered twice. */
#define MAX_LINES 2000

static const mnr_ask_keys keys = {
    .yes = "y", .partly = "p", .no = "n", .dont_know = "d", .na = "a",
    .back = "b", .skip = "s", .help = "h", .levels = "l", .jump = "j", .quit = "q",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const mnr_context *ctx = fuzz_context();
    const char *p = (const char *)data, *end = p + size;
    const char *nl = memchr(p, '\n', size);
    int rapid = nl && nl - p == 5 && memcmp(p, "rapid", 5) == 0;
    if (nl)
        p = nl + 1;
    mnr_error err;
    mnr_error_init(&err);
    char *qpath = mnr_context_path(ctx, rapid ? MNR_QUESTIONNAIRE_DIR "/mnr-rapid.xml"
                                              : MNR_QUESTIONNAIRE_DIR "/mnr-full.xml");
    mnr_session *s = NULL;
    /* a path that cannot exist: a new session, and nothing is written */
    if (!qpath || mnr_session_open(&s, ctx, "/nonexistent/fuzz-answers.xml", qpath,
                                   "2026-11-26", &err) != MNR_OK) {
        free(qpath);
        return 0;
    }
    free(qpath);
    s->write = 0;
    mnr_ask a;
    mnr_status st = mnr_ask_start(&a, s, &keys, &err);
    for (int n = 0; st == MNR_OK && p < end && n < MAX_LINES && a.prompt != MNR_PROMPT_DONE; n++) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        size_t len = eol ? (size_t)(eol - p) : (size_t)(end - p);
        st = mnr_ask_line(&a, p, len, &err);
        p += len + (eol != NULL);
    }
    if (st == MNR_OK)
        mnr_ask_stop(&a, &err);
    mnr_ask_clear(&a);
    mnr_session_free(s);
    return 0;
}
