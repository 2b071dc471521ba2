/* Answers bytes -> parse, schema, checks, scoring, results document. */
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
    mnr_assessment *a = NULL;
    mnr_assess_opts opts = {MNR_ASSESS_RESULTS, 0, 0, 0, 0, "score"};
    if (mnr_assessment_read(&a, ctx, doc, "fuzz.xml", &opts, &err) == MNR_OK)
        mnr_assessment_free(a);
    xmlFreeDoc(doc);
    return 0;
}
