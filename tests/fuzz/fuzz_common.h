/*
 * fuzz_common.h - shared by the libFuzzer harnesses: the shipped data is
 * loaded once from the source tree, then each input is run through one
 * entry point of the core. A harness must never crash, leak or read out of
 * bounds, whatever the bytes; errors are the expected outcome.
 */
#ifndef MNR_FUZZ_COMMON_H
#define MNR_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>

#include "assess.h"
#include "context.h"

/* The context of the source tree's data, loaded on first use. */
const mnr_context *fuzz_context(void);

#endif
