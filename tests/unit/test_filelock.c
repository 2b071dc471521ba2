/*
 * test_filelock.c - one mnr ask session at a time on an answers file
 * (filelock.h): a second one is refused and told who holds the file, two
 * names of one file share a lock, the lock file goes when the lock is let
 * go, and a link planted at the lock file's name is not followed.
 *
 * flock locks belong to an open file, not to a process, so a second take
 * in the same process conflicts just as another process's would.
 */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "filelock.h"

static char dir[64];
static char file[128], lockfile[128];

static int make_dir(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/mnr-lock-XXXXXX");
    assert_non_null(mkdtemp(dir));
    snprintf(file, sizeof file, "%s/answers.xml", dir);
    snprintf(lockfile, sizeof lockfile, "%s/.answers.xml.lock", dir);
    return 0;
}

static int remove_dir(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static void test_second_take_refused(void **state)
{
    (void)state;
    mnr_file_lock *a = NULL, *b = NULL;
    long holder = -1;
    assert_int_equal(mnr_file_lock_take(&a, file, &holder), 0);
    assert_non_null(a);
    assert_int_equal(access(lockfile, F_OK), 0);
    assert_int_equal(mnr_file_lock_take(&b, file, &holder), -1);
    assert_int_equal(errno, EWOULDBLOCK);
    assert_null(b);
    assert_int_equal(holder, (long)getpid());
    mnr_file_lock_free(a);
    assert_int_equal(access(lockfile, F_OK), -1);
    /* free again to take */
    assert_int_equal(mnr_file_lock_take(&b, file, &holder), 0);
    mnr_file_lock_free(b);
}

static void test_link_shares_lock(void **state)
{
    (void)state;
    char link[160];
    snprintf(link, sizeof link, "%s/other-name.xml", dir);
    FILE *f = fopen(file, "w");
    assert_non_null(f);
    fclose(f);
    assert_int_equal(symlink("answers.xml", link), 0);
    mnr_file_lock *a = NULL, *b = NULL;
    long holder;
    assert_int_equal(mnr_file_lock_take(&a, file, &holder), 0);
    assert_int_equal(mnr_file_lock_take(&b, link, &holder), -1);
    assert_int_equal(errno, EWOULDBLOCK);
    mnr_file_lock_free(a);
    unlink(link);
    unlink(file);
}

/* A lock file left by a killed session (it holds a process id but no
 * lock) keeps nobody out. */
static void test_left_lock_file(void **state)
{
    (void)state;
    FILE *f = fopen(lockfile, "w");
    assert_non_null(f);
    fputs("99999999\n", f);
    fclose(f);
    mnr_file_lock *a = NULL;
    long holder;
    assert_int_equal(mnr_file_lock_take(&a, file, &holder), 0);
    mnr_file_lock_free(a);
    assert_int_equal(access(lockfile, F_OK), -1);
}

static void test_planted_link_refused(void **state)
{
    (void)state;
    char target[160];
    snprintf(target, sizeof target, "%s/elsewhere", dir);
    assert_int_equal(symlink(target, lockfile), 0);
    mnr_file_lock *a = NULL;
    long holder;
    assert_int_equal(mnr_file_lock_take(&a, file, &holder), -1);
    assert_int_equal(errno, ELOOP);
    assert_null(a);
    assert_int_equal(access(target, F_OK), -1);
    unlink(lockfile);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_second_take_refused),
        cmocka_unit_test(test_link_shares_lock),
        cmocka_unit_test(test_left_lock_file),
        cmocka_unit_test(test_planted_link_refused),
    };
    return cmocka_run_group_tests(tests, make_dir, remove_dir);
}
