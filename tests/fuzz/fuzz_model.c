/* Model, baseline (the 2021 review or a cohort baseline of mnr cohort) or
 * questionnaire bytes -> parse, schema, the checks beyond it. */
#include "fuzz_common.h"
#include "xmlsafe.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const mnr_context *ctx = fuzz_context();
    mnr_error err;
    mnr_error_init(&err);
    xmlDocPtr doc = NULL;
    if (mnr_xml_load_memory(&doc, (const char *)data, size, "fuzz.xml", &err) != MNR_OK)
        return 0;
    mnr_kind kind = mnr_kind_of(doc);
    if ((kind == MNR_KIND_MODEL || kind == MNR_KIND_QUESTIONNAIRE || kind == MNR_KIND_BASELINE) &&
        mnr_context_validate_doc(ctx, doc, kind, "fuzz.xml", &err) == MNR_OK) {
        if (kind == MNR_KIND_MODEL) {
            mnr_model *m = NULL;
            if (mnr_model_from_doc(&m, doc, "fuzz.xml", &err) == MNR_OK)
                mnr_model_free(m);
        } else if (kind == MNR_KIND_BASELINE) {
            mnr_baseline *b = NULL;
            if (mnr_baseline_from_doc(&b, doc, "fuzz.xml", ctx->model, &err) == MNR_OK)
                mnr_baseline_free(b);
        } else {
            mnr_questionnaire *q = NULL;
            if (mnr_questionnaire_from_doc(&q, doc, "fuzz.xml", ctx->model, &err) == MNR_OK)
                mnr_questionnaire_free(q);
        }
    }
    xmlFreeDoc(doc);
    return 0;
}
