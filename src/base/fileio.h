/*
 * fileio.h - writing output files atomically, and opening input files
 * (mnr_input_open: regular files only).
 *
 * The bytes go to a temporary file in the same directory, are flushed to
 * disk, and the temporary file is renamed over the target. A crash, a kill
 * or a full disk leaves either the old file or the new one, never half a
 * file, and no temporary file behind. A file that is replaced keeps its
 * permissions; a new one gets 0666 less the umask.
 *
 * What the path names decides how it is written:
 *   - /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N, /proc/PID/fd/N
 *     name a descriptor the shell opened: written in place, appending (a
 *     file opened with `>>` keeps what it held). Never created: with the
 *     descriptor closed it is an error, and /dev is left alone.
 *   - a terminal, pipe, device, fifo or socket is written in place too: it
 *     cannot be renamed over, and must not become a regular file.
 *   - any other regular file is replaced atomically, wherever it is
 *     (/dev/shm/x.csv or /proc/self/cwd/x.csv included).
 *   - a new file is made, but never in /dev (bar /dev/shm) or /proc.
 *   - a symbolic link keeps pointing at the (new) file: the file it points
 *     to (relative to the link's directory) is written by these same rules,
 *     and made if missing when its directory exists. Only links owned by
 *     the user (effective uid) are followed: someone else's link, say in
 *     /tmp, could send the output over any file the user may write.
 *   - an empty name, a directory, someone else's link and a link into a
 *     missing directory are refused.
 *   - a regular file the user may not write (access(W_OK): mode 444 for a
 *     normal user) is not replaced, though its directory would allow it:
 *     "permission denied", as the shell's `>` says. root may write any
 *     file, so as root it is replaced, as `>` would.
 * The temporary file is ".mnr-XXXXXX" in the output's directory, so any
 * name the file system takes (up to 255 bytes) can be written. SIGINT,
 * SIGTERM, SIGHUP and SIGQUIT wait while it exists: the file is renamed or
 * removed first, then the signal acts.
 * Every failure is an mnr_error naming the file and what to do.
 */
#ifndef MNR_FILEIO_H
#define MNR_FILEIO_H

#include <stddef.h>
#include <sys/stat.h>

#include "error.h"

mnr_status mnr_write_atomic(const char *path, const void *data, size_t len, mnr_error *err);

/* A file as it was at one moment, to tell later whether the same file
 * with the same bytes is still there: not replaced by another (device
 * and inode), not changed in place (size, modification time, content). */
typedef struct mnr_file_id {
    int exists;
    int regular;             /* a regular file (a terminal or pipe changes its
                                time whenever written: only its inode counts) */
    unsigned long long dev, ino, size;
    unsigned mode;           /* permission bits */
    long long mtime_sec;
    long mtime_nsec;
    int hashed;              /* the content could be read: `hash` holds */
    unsigned long long hash; /* FNV-1a of the content */
} mnr_file_id;

/* How `path` stands now (following links; missing: exists = 0). A regular
 * file is read for its hash; anything else (a fifo put there) is never
 * opened for reading, so this never blocks. */
void mnr_file_id_take(mnr_file_id *out, const char *path);

typedef enum mnr_file_change {
    MNR_FILE_SAME,     /* the same file, the same bytes (or still none) */
    MNR_FILE_GONE,     /* there was a file, there is none now */
    MNR_FILE_APPEARED, /* there was none, there is one now */
    MNR_FILE_REPLACED, /* another file has the name now */
    MNR_FILE_CHANGED   /* the same file, changed in place */
} mnr_file_change;
mnr_file_change mnr_file_id_compare(const mnr_file_id *was, const mnr_file_id *now);

/* Writes `data` to a new file beside `path`, named after it:
 * "DIR/STEM-TAG-N.EXT" for "DIR/STEM.EXT" ("DIR/NAME-TAG-N" for a name
 * without an extension), N the first number from 1 whose name is free. Made with
 * O_EXCL, so it never writes over anything, whatever appears meanwhile;
 * flushed to disk. Its permissions are `mode` (those of the file it
 * stands in for: private answers stay private), or with mode 0 0666 less
 * the umask. *made: the name (malloc'd). Signals wait while it is
 * written, as in mnr_write_atomic. */
mnr_status mnr_write_beside(char **made, const char *path, const char *tag, unsigned mode,
                            const void *data, size_t len, mnr_error *err);

/* Opens a file the user named, to read it: every input of every command
 * comes through here. Only a regular file is opened: a directory, a named
 * pipe (FIFO), a device or a socket is refused at once, before it is
 * opened (a FIFO with no writer would make the run wait for ever, a device
 * may never end); and the open itself does not wait, should the name have
 * become a FIFO meanwhile. `kind` names what was expected in the message
 * ("an XML file", "a decisions file"; marked N_(), translated here).
 * On success *fd is open for reading (the caller closes it) and *st is what fstat says of it; on failure *fd
 * is -1 and the message says what to do (no such file, permission...). */
mnr_status mnr_input_open(int *fd, struct stat *st, const char *path, const char *kind,
                          mnr_error *err);

/* What to do after a write failed with errno `e` ("the disk is full; free
 * some space and run again"). */
const char *mnr_write_hint(int e);

/* Whether paths `a` and `b` both exist and are one file (device and
 * inode, so through links and other names). */
int mnr_same_file(const char *a, const char *b);

/* Refuses to write `out` over what the run reads: the same file (device
 * and inode, through links) as one of `inputs` (NULL-terminated; missing
 * ones are skipped), or a file in, or new file under, the model/,
 * questionnaires/ or stylesheets/ directory of `data_dir` (NULL: none),
 * which every later run reads. */
mnr_status mnr_output_check(const char *out, const char *const *inputs, const char *data_dir,
                            mnr_error *err);

#endif
