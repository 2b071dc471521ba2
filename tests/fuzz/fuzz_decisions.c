/* Decisions file bytes (mnr merge --decisions) -> decisions -> the
 * consensus of two fixed participants with them. Whatever decisions file
 * is accepted, the consensus must read back, validate and score, as mnr
 * merge checks before it writes: one that does not is a finding (abort),
 * since merge would then blame its own output instead of the line. */
#include <stdio.h>
#include <stdlib.h>

#include "fuzz_common.h"
#include "merge.h"
#include "results.h"
#include "xmlsafe.h"

#define N_PARTS 2

static mnr_assessment *parts[N_PARTS];
static mnr_answers *answers[N_PARTS];

/* Two of the merge tests' participants, loaded on first use. */
static void load_participants(const mnr_context *ctx)
{
    static const char *files[N_PARTS] = {MNR_SOURCE_DIR "/tests/data/workshop/police.xml",
                                         MNR_SOURCE_DIR "/tests/data/workshop/helpline.xml"};
    for (int i = 0; i < N_PARTS && !answers[i]; i++) {
        mnr_error err;
        mnr_error_init(&err);
        mnr_assess_opts opts = {MNR_ASSESS_ANSWERS, 0, 0, 0, 0, "merge"};
        if (mnr_assessment_open(&parts[i], ctx, files[i], &opts, &err) != MNR_OK) {
            fprintf(stderr, "fuzz: cannot load %s: %s\n", files[i], err.message);
            abort();
        }
        answers[i] = parts[i]->answers;
    }
}

static void check_reads_back(const mnr_context *ctx, xmlDocPtr doc)
{
    mnr_error err;
    mnr_error_init(&err);
    char *buf = NULL;
    size_t len = 0;
    xmlDocPtr back = NULL;
    mnr_assessment *a = NULL;
    mnr_assess_opts opts = {MNR_ASSESS_SCORES, 0, 0, 0, 0, "merge"};
    mnr_status st = mnr_results_serialize(&buf, &len, doc, &err);
    if (st == MNR_OK)
        st = mnr_xml_load_memory(&back, buf, len, "consensus.xml", &err);
    if (st == MNR_OK)
        st = mnr_assessment_read(&a, ctx, back, "consensus.xml", &opts, &err);
    if (st != MNR_OK && st != MNR_ENOMEM) {
        fprintf(stderr, "fuzz: accepted decisions made a consensus that does not read back: "
                        "%s:%ld: %s\n", err.file, err.line, err.message);
        abort();
    }
    mnr_assessment_free(a);
    xmlFreeDoc(back);
    free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const mnr_context *ctx = fuzz_context();
    load_participants(ctx);
    mnr_error err;
    mnr_error_init(&err);
    mnr_decision *list = NULL;
    int n = 0;
    if (mnr_decisions_parse(&list, &n, (const char *)data, size, "fuzz.txt", &err) == MNR_OK) {
        xmlDocPtr doc = NULL;
        if (mnr_merge_build(&doc, answers, N_PARTS, parts[0]->questionnaire, "Fuzz workshop", list, n,
                            &err) == MNR_OK)
            check_reads_back(ctx, doc);
        xmlFreeDoc(doc);
    }
    for (int i = 0; i < n; i++)
        mnr_decision_clear(&list[i]);
    free(list);
    return 0;
}
