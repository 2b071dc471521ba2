/*
 * test_sha256.c - SHA-256 (sha256.h) on the test vectors of FIPS 180-4's
 * examples (NIST: "abc", the 448-bit and 896-bit messages, a million
 * 'a'), the empty message, and messages whose padding falls either side
 * of a block's end; the same digest whether the bytes come at once or in
 * pieces; and the base64 a content security policy names a script by.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sha256.h"

static void hex(char out[2 * MNR_SHA256_BYTES + 1], const unsigned char *d)
{
    for (int i = 0; i < MNR_SHA256_BYTES; i++)
        snprintf(out + 2 * i, 3, "%02x", d[i]);
}

static void assert_sha256(const void *data, size_t len, const char *want)
{
    unsigned char d[MNR_SHA256_BYTES];
    char got[2 * MNR_SHA256_BYTES + 1];
    mnr_sha256(d, data, len);
    hex(got, d);
    assert_string_equal(got, want);
}

static void test_empty(void **state)
{
    (void)state;
    assert_sha256("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

static void test_abc(void **state)
{
    (void)state;
    assert_sha256("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

/* 56 bytes: the padding needs a second block */
static void test_448_bits(void **state)
{
    (void)state;
    const char *m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    assert_sha256(m, strlen(m), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void test_896_bits(void **state)
{
    (void)state;
    const char *m = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                    "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
    assert_sha256(m, strlen(m), "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

static void test_million_a(void **state)
{
    (void)state;
    size_t n = 1000000;
    char *m = malloc(n);
    assert_non_null(m);
    memset(m, 'a', n);
    assert_sha256(m, n, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    /* the same in pieces of 1, 7 and 4093 bytes in turn */
    static const size_t pieces[] = {1, 7, 4093};
    mnr_sha256_ctx c;
    mnr_sha256_init(&c);
    for (size_t at = 0, i = 0; at < n; i++) {
        size_t k = pieces[i % 3] < n - at ? pieces[i % 3] : n - at;
        mnr_sha256_update(&c, m + at, k);
        at += k;
    }
    unsigned char d[MNR_SHA256_BYTES];
    char got[2 * MNR_SHA256_BYTES + 1];
    mnr_sha256_final(&c, d);
    hex(got, d);
    assert_string_equal(got, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    free(m);
}

/* 55 bytes leave room for the length in the block, 56 and 63 do not, 64
 * fill it; 119 is 55 in a second block */
static void test_block_ends(void **state)
{
    (void)state;
    char m[120];
    memset(m, 'a', sizeof m);
    assert_sha256(m, 55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    assert_sha256(m, 56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    assert_sha256(m, 63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34");
    assert_sha256(m, 64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
    assert_sha256(m, 119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb");
}

static void test_base64(void **state)
{
    (void)state;
    unsigned char d[MNR_SHA256_BYTES];
    char b64[MNR_SHA256_BASE64_SIZE];
    mnr_sha256(d, "", 0);
    mnr_sha256_base64(b64, d);
    assert_string_equal(b64, "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    mnr_sha256(d, "abc", 3);
    mnr_sha256_base64(b64, d);
    assert_string_equal(b64, "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty),        cmocka_unit_test(test_abc),
        cmocka_unit_test(test_448_bits),     cmocka_unit_test(test_896_bits),
        cmocka_unit_test(test_million_a),    cmocka_unit_test(test_block_ends),
        cmocka_unit_test(test_base64),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
