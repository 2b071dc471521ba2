/*
 * xmlcapture.h - libxml2's errors into the error record (base/error.h).
 *
 * Installed around a parse or a schema check, mnr_xml_on_error() keeps
 * the first error libxml2 reports (warnings aside) as one line of the
 * record, with the file and line, and says libxml2's own wording the way
 * mnr's messages read ("answers (opened on line 1)", not "answers line
 * 1"; no advice about libxml2's options):
 *
 *   mnr_xml_capture cap = {err, path, MNR_EPARSE};
 *   xmlSetStructuredErrorFunc(&cap, mnr_xml_on_error);
 *   ... parse ...
 *   xmlSetStructuredErrorFunc(NULL, NULL);
 */
#ifndef MNR_XMLCAPTURE_H
#define MNR_XMLCAPTURE_H

#include <libxml/xmlerror.h>
#include <libxml/xmlversion.h>

#include "error.h"

typedef struct mnr_xml_capture {
    mnr_error *err;
    const char *name;  /* the file, for the message */
    mnr_status status; /* the status an error sets */
} mnr_xml_capture;

/* An xmlStructuredErrorFunc; `data` is an mnr_xml_capture. */
#if LIBXML_VERSION >= 21200
void mnr_xml_on_error(void *data, const xmlError *e);
#else
void mnr_xml_on_error(void *data, xmlErrorPtr e);
#endif

#endif
