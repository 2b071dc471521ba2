/*
 * zipfile.c - zip containers through libzip (zipfile.h).
 */
#include "zipfile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zip.h>

#include "fileio.h"
#include "i18n.h"

/* What to do with a reference file that is not one mnr can read. */
#define ZIP_REDO _("save the document again from Word (.docx) or LibreOffice (.odt), or leave " \
                 "out the reference document")

struct mnr_zip {
    char *path;
    char *bytes; /* the whole file: libzip reads from here */
    size_t size;
    zip_source_t *src;
    zip_t *za;
};

/* ---- writing ---- */

/* The parts' time: fixed, so the same results give the same bytes. */
#define ZIP_MTIME ((time_t)315532800) /* 1980-01-01, the first time zip knows */

static mnr_status add_part(zip_t *za, const mnr_zip_part *p, const char *path, mnr_error *err)
{
    zip_source_t *s = zip_source_buffer(za, p->data, p->len, 0);
    zip_int64_t i = s ? zip_file_add(za, p->name, s, ZIP_FL_ENC_UTF_8) : -1;
    if (i < 0) {
        zip_source_free(s);
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("could not pack %s: %s"), p->name,
                             zip_strerror(za));
    }
    if (zip_set_file_compression(za, (zip_uint64_t)i, p->stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                 p->stored ? 0 : 6) != 0 ||
        zip_file_set_mtime(za, (zip_uint64_t)i, ZIP_MTIME, 0) != 0)
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("could not pack %s: %s"), p->name,
                             zip_strerror(za));
    return MNR_OK;
}

/* The bytes libzip wrote into `src`. */
static mnr_status take_bytes(char **out, size_t *len, zip_source_t *src, const char *path,
                             mnr_error *err)
{
    zip_stat_t st;
    if (zip_source_stat(src, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
        zip_source_open(src) != 0)
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("could not pack the document"));
    char *buf = malloc(st.size ? (size_t)st.size : 1);
    zip_int64_t got = buf ? zip_source_read(src, buf, st.size) : -1;
    zip_source_close(src);
    if (got < 0 || (zip_uint64_t)got != st.size) {
        free(buf);
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("could not pack the document"));
    }
    *out = buf;
    *len = (size_t)st.size;
    return MNR_OK;
}

mnr_status mnr_zip_write(char **out, size_t *len, const mnr_zip_part *parts, size_t n,
                         const char *path, mnr_error *err)
{
    *out = NULL;
    *len = 0;
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
    zip_t *za = src ? zip_open_from_source(src, ZIP_TRUNCATE, &ze) : NULL;
    if (!za) {
        zip_source_free(src);
        zip_error_fini(&ze);
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    }
    zip_source_keep(src); /* zip_close would free it: its bytes are wanted */
    mnr_status st = MNR_OK;
    for (size_t i = 0; i < n && st == MNR_OK; i++)
        st = add_part(za, &parts[i], path, err);
    if (st != MNR_OK)
        zip_discard(za);
    else if (zip_close(za) != 0) {
        st = mnr_error_set(err, MNR_ENOMEM, path, 0, _("could not pack the document: %s"),
                           zip_strerror(za));
        zip_discard(za);
    }
    if (st == MNR_OK)
        st = take_bytes(out, len, src, path, err);
    zip_source_free(src);
    zip_error_fini(&ze);
    return st;
}

/* ---- reading ---- */

void mnr_zip_free(mnr_zip *z)
{
    if (!z)
        return;
    if (z->za)
        zip_discard(z->za); /* frees src too */
    else
        zip_source_free(z->src);
    free(z->bytes);
    free(z->path);
    free(z);
}

/* Every entry's declared size within the bounds, and their sum. */
static mnr_status check_entries(mnr_zip *z, mnr_error *err)
{
    zip_int64_t n = zip_get_num_entries(z->za, 0);
    if (n > MNR_ZIP_MAX_ENTRIES)
        return mnr_error_set(err, MNR_EINVALID, z->path, 0,
                             _("the zip holds %lld entries, more than the %d a reference "
                             "document may hold (a zip bomb?); %s"),
                             (long long)n, MNR_ZIP_MAX_ENTRIES, ZIP_REDO);
    zip_uint64_t total = 0;
    for (zip_int64_t i = 0; i < n; i++) {
        zip_stat_t st;
        if (zip_stat_index(z->za, (zip_uint64_t)i, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
            return mnr_error_set(err, MNR_EINVALID, z->path, 0,
                                 _("entry %lld of the zip cannot be read (%s); %s"), (long long)i,
                                 zip_strerror(z->za), ZIP_REDO);
        total += st.size;
        if (st.size > (zip_uint64_t)MNR_ZIP_MAX_PART || total > (zip_uint64_t)MNR_ZIP_MAX_TOTAL)
            return mnr_error_set(err, MNR_EINVALID, z->path, 0,
                                 _("the zip's entries unpack to more than a reference document "
                                 "may (%ld MB an entry, %ld MB together; a zip bomb?); %s"),
                                 MNR_ZIP_MAX_PART >> 20, MNR_ZIP_MAX_TOTAL >> 20, ZIP_REDO);
    }
    return MNR_OK;
}

mnr_status mnr_zip_open_mem(mnr_zip **out, const void *data, size_t len, const char *path,
                            mnr_error *err)
{
    *out = NULL;
    mnr_zip *z = calloc(1, sizeof *z);
    if (z) {
        z->path = strdup(path);
        z->bytes = malloc(len ? len : 1);
    }
    if (!z || !z->path || !z->bytes) {
        mnr_zip_free(z);
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    }
    if (len)
        memcpy(z->bytes, data, len);
    z->size = len;
    zip_error_t ze;
    zip_error_init(&ze);
    z->src = zip_source_buffer_create(z->bytes, len, 0, &ze);
    if (z->src)
        z->za = zip_open_from_source(z->src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
    mnr_status st = MNR_OK;
    if (!z->za)
        st = mnr_error_set(err, MNR_EINVALID, path, 0,
                           _("not a zip archive (%s), so not a DOCX or ODT document; %s"),
                           zip_error_strerror(&ze), ZIP_REDO);
    zip_error_fini(&ze);
    if (st == MNR_OK)
        st = check_entries(z, err);
    if (st != MNR_OK) {
        mnr_zip_free(z);
        return st;
    }
    *out = z;
    return MNR_OK;
}

mnr_status mnr_zip_open(mnr_zip **out, const char *path, mnr_error *err)
{
    *out = NULL;
    int fd;
    struct stat st;
    mnr_status s = mnr_input_open(&fd, &st, path, "a reference document", err);
    if (s != MNR_OK)
        return s;
    if (st.st_size > MNR_ZIP_MAX_FILE) {
        close(fd);
        return mnr_error_set(err, MNR_EINVALID, path, 0,
                             _("the file is %lld bytes, more than the %ld MB a reference document "
                             "may be; keep only its styles, headers and footers (remove "
                             "images and text) and save it again"),
                             (long long)st.st_size, MNR_ZIP_MAX_FILE >> 20);
    }
    size_t size = (size_t)st.st_size, got = 0;
    char *buf = malloc(size ? size : 1);
    while (buf && got < size) {
        ssize_t r = read(fd, buf + got, size - got);
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    close(fd);
    if (!buf || got != size) {
        free(buf);
        return mnr_error_set(err, MNR_EIO, path, 0, _("could not read the file; check it"));
    }
    s = mnr_zip_open_mem(out, buf, size, path, err);
    free(buf);
    return s;
}

int mnr_zip_has(const mnr_zip *z, const char *name)
{
    return zip_name_locate(z->za, name, 0) >= 0;
}

/* Unpacks entry `i` of declared size `size` into buf (size + 1 bytes),
 * reading one byte more than declared to see a lie. */
static mnr_status unpack(char *buf, mnr_zip *z, zip_uint64_t i, zip_uint64_t size,
                         const char *name, mnr_error *err)
{
    zip_file_t *f = zip_fopen_index(z->za, i, 0);
    if (!f)
        return mnr_error_set(err, MNR_EINVALID, z->path, 0, _("its entry %s cannot be read (%s); %s"),
                             name, zip_strerror(z->za), ZIP_REDO);
    zip_uint64_t got = 0;
    zip_int64_t r = 0;
    while (got <= size && (r = zip_fread(f, buf + got, size + 1 - got)) > 0)
        got += (zip_uint64_t)r;
    mnr_status st = MNR_OK;
    if (r < 0)
        st = mnr_error_set(err, MNR_EINVALID, z->path, 0, _("its entry %s is damaged (%s); %s"),
                           name, zip_file_strerror(f), ZIP_REDO);
    else if (got != size)
        st = mnr_error_set(err, MNR_EINVALID, z->path, 0,
                           _("its entry %s unpacks to another size than it declares (a zip "
                           "bomb?); %s"), name, ZIP_REDO);
    zip_fclose(f);
    return st;
}

mnr_status mnr_zip_read(char **data, size_t *len, mnr_zip *z, const char *name, mnr_error *err)
{
    *data = NULL;
    *len = 0;
    zip_int64_t i = zip_name_locate(z->za, name, 0);
    zip_stat_t st;
    if (i < 0 || zip_stat_index(z->za, (zip_uint64_t)i, 0, &st) != 0)
        return mnr_error_set(err, MNR_EINVALID, z->path, 0, _("it has no %s; %s"), name, ZIP_REDO);
    /* (check_entries bounded st.size) */
    char *buf = malloc((size_t)st.size + 2);
    if (!buf)
        return mnr_error_set(err, MNR_ENOMEM, z->path, 0, _("out of memory"));
    mnr_status s = unpack(buf, z, (zip_uint64_t)i, st.size, name, err);
    if (s != MNR_OK) {
        free(buf);
        return s;
    }
    buf[st.size] = '\0';
    *data = buf;
    *len = (size_t)st.size;
    return MNR_OK;
}
