/*
 * sha256.h - SHA-256 (FIPS 180-4), for the hash a content security policy
 * names an inline script by (`mnr form`: script-src 'sha256-BASE64').
 *
 *   unsigned char digest[MNR_SHA256_BYTES];
 *   mnr_sha256(digest, data, len);                one call for bytes in memory
 *
 *   mnr_sha256_ctx c;                             or in pieces:
 *   mnr_sha256_init(&c);
 *   mnr_sha256_update(&c, part, n);               as often as needed
 *   mnr_sha256_final(&c, digest);
 *
 *   char b64[MNR_SHA256_BASE64_SIZE];
 *   mnr_sha256_base64(b64, digest);               "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="
 *
 * Written from the standard; checked against its test vectors
 * (tests/unit/test_sha256.c). Not for secrets: no effort is made to run in
 * constant time or to wipe memory.
 */
#ifndef MNR_SHA256_H
#define MNR_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define MNR_SHA256_BYTES 32
/* 44 characters of base64 (with one '=') and the terminating NUL */
#define MNR_SHA256_BASE64_SIZE 45

typedef struct mnr_sha256_ctx {
    uint32_t h[8];           /* the hash so far */
    uint64_t bytes;          /* bytes given so far */
    unsigned char block[64]; /* a block not yet full */
    size_t used;             /* bytes in block */
} mnr_sha256_ctx;

void mnr_sha256_init(mnr_sha256_ctx *c);
void mnr_sha256_update(mnr_sha256_ctx *c, const void *data, size_t len);
/* Writes the digest; c must be initialised again before it is used again. */
void mnr_sha256_final(mnr_sha256_ctx *c, unsigned char digest[MNR_SHA256_BYTES]);

void mnr_sha256(unsigned char digest[MNR_SHA256_BYTES], const void *data, size_t len);

/* The digest in base64 (RFC 4648, with padding), NUL-terminated. */
void mnr_sha256_base64(char out[MNR_SHA256_BASE64_SIZE],
                       const unsigned char digest[MNR_SHA256_BYTES]);

#endif
