/*
 * zipfile.h - zip containers (the package of a DOCX or ODT document),
 * through libzip: the only file of mnr that includes <zip.h>.
 *
 * Writing: mnr_zip_write packs parts held in memory into one zip held in
 * memory, in the order given; a part marked `stored` is not compressed
 * (an ODT's "mimetype", which must come first and be stored). The caller
 * writes the bytes atomically (fileio.h), so a failure leaves no file.
 *
 *     mnr_zip_part parts[] = {{"mimetype", mime, strlen(mime), 1},
 *                             {"content.xml", xml, xml_len, 0}};
 *     char *zip = NULL; size_t len = 0;
 *     if (mnr_zip_write(&zip, &len, parts, 2, "report.odt", &err) == MNR_OK)
 *         st = mnr_write_atomic("report.odt", zip, len, &err);
 *     free(zip);
 *
 * Reading a zip someone else made (a reference document) is bounded, as
 * a zip bomb would otherwise fill the memory: the file is at most
 * MNR_ZIP_MAX_FILE bytes, holds at most MNR_ZIP_MAX_ENTRIES entries, none
 * of which declares more than MNR_ZIP_MAX_PART bytes unpacked, nor all
 * together more than MNR_ZIP_MAX_TOTAL; and a part read is checked again
 * while it unpacks (its bytes may not pass what it declared, nor the
 * bound, and its CRC must hold), since the declared sizes are the
 * attacker's to write.
 *
 *     mnr_zip *z = NULL;
 *     if (mnr_zip_open(&z, "ministry.docx", &err) == MNR_OK &&
 *         mnr_zip_read(&styles, &n, z, "word/styles.xml", &err) == MNR_OK) ...
 *     mnr_zip_free(z);
 *
 * Every failure is an mnr_error naming the file, what is wrong and what
 * to do.
 */
#ifndef MNR_ZIPFILE_H
#define MNR_ZIPFILE_H

#include <stddef.h>

#include "error.h"

#define MNR_ZIP_MAX_FILE (16L * 1024 * 1024)  /* a reference document on disk */
#define MNR_ZIP_MAX_ENTRIES 1000               /* entries in it */
#define MNR_ZIP_MAX_PART (8L * 1024 * 1024)   /* one entry, unpacked */
#define MNR_ZIP_MAX_TOTAL (64L * 1024 * 1024) /* all entries, unpacked */

typedef struct mnr_zip_part {
    const char *name; /* "word/document.xml" */
    const void *data;
    size_t len;
    int stored; /* 1: not compressed */
} mnr_zip_part;

/* Packs `n` parts into a zip: *out malloc'd (free()), *len its size.
 * `path` is the output's name, for messages. */
mnr_status mnr_zip_write(char **out, size_t *len, const mnr_zip_part *parts, size_t n,
                         const char *path, mnr_error *err);

typedef struct mnr_zip mnr_zip;

/* Reads the zip file at `path` (a regular file, within the bounds above)
 * and checks every entry's declared size. */
mnr_status mnr_zip_open(mnr_zip **out, const char *path, mnr_error *err);
/* The same from bytes in memory (copied); `path` names them in messages. */
mnr_status mnr_zip_open_mem(mnr_zip **out, const void *data, size_t len, const char *path,
                            mnr_error *err);
/* Whether the zip has an entry `name`. */
int mnr_zip_has(const mnr_zip *z, const char *name);
/* Unpacks entry `name`: *data malloc'd and NUL-terminated (free()), *len
 * its size. A missing entry is an error; ask mnr_zip_has first. */
mnr_status mnr_zip_read(char **data, size_t *len, mnr_zip *z, const char *name, mnr_error *err);
void mnr_zip_free(mnr_zip *z);

#endif
