/*
 * filelock.h - one program at a time on a file that is saved again and
 * again (mnr ask's answers file).
 *
 *   mnr_file_lock *lock;
 *   long holder;
 *   if (mnr_file_lock_take(&lock, "answers.xml", &holder) != 0)
 *       ... errno EWOULDBLOCK: process `holder` (0: unknown) has it ...
 *   ... save the file as often as needed ...
 *   mnr_file_lock_free(lock);
 *
 * The file itself cannot carry the lock: every save renames a new file
 * over it, and a lock stays with the old one. So the lock is on a hidden
 * file beside it, ".NAME.lock" (for a link, beside the file it points
 * to), which holds the process id of its holder for the message of the
 * one refused. It is an flock(2) lock: the kernel lets go of it when the
 * process ends in any way, kill -9 included, so a lock file left behind
 * by a crash never blocks anyone. The lock file is removed when the lock
 * is freed.
 *
 * On a file system that has no locks (some network or FUSE ones) the take
 * succeeds without a lock: a session unguarded is better than none.
 *
 * The lock is advisory: it keeps two mnr ask sessions from overwriting
 * each other's answers, not other programs from writing the file (the
 * session notices those before it saves: session.h).
 */
#ifndef MNR_FILELOCK_H
#define MNR_FILELOCK_H

typedef struct mnr_file_lock mnr_file_lock;

/* Takes the lock for `path` without waiting. Returns 0, or -1 with errno
 * set: EWOULDBLOCK when another process holds it (its id in *holder, 0
 * when it cannot be read), or why the lock file could not be made. */
int mnr_file_lock_take(mnr_file_lock **out, const char *path, long *holder);

/* Removes the lock file and lets go of the lock. NULL is fine. */
void mnr_file_lock_free(mnr_file_lock *lock);

#endif
