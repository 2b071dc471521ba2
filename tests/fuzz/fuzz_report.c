/* Results bytes -> parse, schema, then the HTML, text and CSV stylesheets. */
#include <stdlib.h>

#include "fuzz_common.h"
#include "report.h"
#include "xmlsafe.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const mnr_context *ctx = fuzz_context();
    static int allowed;
    if (!allowed) {
        char *dir = mnr_context_path(ctx, "stylesheets");
        mnr_xml_allow(dir);
        free(dir);
        allowed = 1;
    }
    mnr_error err;
    mnr_error_init(&err);
    xmlDocPtr doc = NULL;
    if (mnr_xml_load_memory(&doc, (const char *)data, size, "fuzz.xml", &err) != MNR_OK)
        return 0;
    /* checked as mnr report checks a results file */
    mnr_assess_opts opts = {MNR_ASSESS_SCORES, 0, 1, 0, 0, "report"};
    mnr_assessment *a = NULL;
    if (mnr_kind_of(doc) == MNR_KIND_RESULTS &&
        mnr_assessment_read(&a, ctx, doc, "fuzz.xml", &opts, &err) == MNR_OK) {
        static const char *sheets[] = {"stylesheets/report-html.xsl", "stylesheets/report-text.xsl",
                                       "stylesheets/report-csv.xsl"};
        for (int i = 0; i < 3; i++) {
            char *xsl = mnr_context_path(ctx, sheets[i]);
            char *out = NULL;
            size_t len = 0;
            mnr_error_init(&err);
            if (mnr_report_transform(&out, &len, doc, xsl, NULL, &err) == MNR_OK)
                free(out);
            free(xsl);
        }
    }
    mnr_assessment_free(a);
    xmlFreeDoc(doc);
    return 0;
}
