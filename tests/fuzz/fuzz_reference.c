/* Reference document bytes (mnr report --reference-docx / --reference-odt)
 * -> the bounded zip reader (src/base/zipfile.c) -> the DOCX and ODT
 * writers taking its styles, page, header and footer
 * (src/core/report_office.c). Whatever the bytes (a zip bomb, a lying
 * size, a broken central directory, styles.xml that is not XML), the
 * answer is a message or a document, never a crash, a leak or memory
 * without bound. The first byte chooses DOCX or ODT. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz_common.h"
#include "report.h"
#include "zipfile.h"

/* The smallest parts a layout makes, with what the reference replaces. */
static const char docx_parts[] =
    "<parts xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
    "xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>"
    "<part name='[Content_Types].xml'><Types xmlns='http://schemas.openxmlformats.org/package/"
    "2006/content-types'/></part>"
    "<part name='word/_rels/document.xml.rels'><Relationships xmlns='http://schemas."
    "openxmlformats.org/package/2006/relationships'/></part>"
    "<part name='word/styles.xml'><w:styles><w:style w:styleId='Heading1'/></w:styles></part>"
    "<part name='word/header1.xml'><w:hdr/></part><part name='word/footer1.xml'><w:ftr/></part>"
    "<part name='word/document.xml'><w:document><w:body><w:sectPr><w:pgSz/></w:sectPr>"
    "</w:body></w:document></part></parts>";
static const char odt_parts[] =
    "<parts xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' "
    "xmlns:style='urn:oasis:names:tc:opendocument:xmlns:style:1.0'>"
    "<part name='styles.xml'><office:document-styles><office:styles><style:style "
    "style:name='Heading_20_1' style:family='paragraph'/></office:styles>"
    "</office:document-styles></part>"
    "<part name='content.xml'><office:document-content/></part></parts>";

static char ref_path[64];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    if (!ref_path[0]) {
        snprintf(ref_path, sizeof ref_path, "/tmp/mnr-fuzz-reference-XXXXXX");
        int fd = mkstemp(ref_path);
        if (fd < 0)
            abort();
        close(fd);
    }
    FILE *f = fopen(ref_path, "wb");
    if (!f)
        abort();
    fwrite(data + 1, 1, size - 1, f);
    fclose(f);

    mnr_error err;
    mnr_error_init(&err);
    /* the reader alone, on every entry a writer asks for */
    mnr_zip *z = NULL;
    if (mnr_zip_open_mem(&z, data + 1, size - 1, "fuzz.docx", &err) == MNR_OK) {
        static const char *names[] = {"word/styles.xml", "word/document.xml", "styles.xml",
                                      "word/_rels/document.xml.rels", NULL};
        for (int i = 0; names[i]; i++) {
            char *bytes = NULL;
            size_t len = 0;
            if (mnr_zip_has(z, names[i]) && mnr_zip_read(&bytes, &len, z, names[i], &err) == MNR_OK)
                free(bytes);
        }
        mnr_zip_free(z);
    }
    /* and the whole writer with it as the reference */
    int odt = data[0] & 1;
    mnr_report_spec spec = {"/dev/null", odt ? MNR_FORMAT_ODT : MNR_FORMAT_DOCX, NULL, "report",
                            NULL, NULL, NULL, ref_path};
    const char *parts = odt ? odt_parts : docx_parts;
    mnr_error_init(&err);
    (void)mnr_report_office(parts, strlen(parts), "fuzz.xsl", &spec, &err);
    return 0;
}
