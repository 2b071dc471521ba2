#include "fuzz_common.h"

#include <stdio.h>
#include <stdlib.h>

#include "xmlsafe.h"

const mnr_context *fuzz_context(void)
{
    static mnr_context *ctx;
    if (!ctx) {
        mnr_xml_init();
        mnr_error err;
        mnr_error_init(&err);
        if (mnr_context_open(&ctx, MNR_SOURCE_DIR, &err) != MNR_OK) {
            fprintf(stderr, "fuzz: cannot load data: %s\n", err.message);
            abort();
        }
    }
    return ctx;
}
