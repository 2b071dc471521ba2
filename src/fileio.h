/*
 * fileio.h - writing output files atomically.
 *
 * The bytes go to a temporary file in the same directory, are flushed to
 * disk, and the temporary file is renamed over the target. A crash, a kill
 * or a full disk leaves either the old file or the new one, never half a
 * file, and no temporary file behind. A file that is replaced keeps its
 * permissions; a symbolic link keeps pointing at the (new) file.
 *
 * A terminal, pipe or device (`-o /dev/stdout`, `-o /dev/null`) and any
 * existing path under /dev/ or /proc/ is written in place instead: it
 * cannot be renamed over, and must not be replaced by a regular file.
 */
#ifndef MNR_FILEIO_H
#define MNR_FILEIO_H

#include <stddef.h>

#include "error.h"

mnr_status mnr_write_atomic(const char *path, const void *data, size_t len, mnr_error *err);

#endif
