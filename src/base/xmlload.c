#include "xmlload.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "fileio.h"
#include "i18n.h"
#include "textsafe.h"
#include "xmlcapture.h"
#include "xmlscan.h"
#include "xmltree.h"

static int parse_options(void)
{
    int opts = XML_PARSE_NONET | XML_PARSE_BIG_LINES;
#if LIBXML_VERSION >= 21300
    opts |= XML_PARSE_NO_XXE;
#endif
    return opts;
}

/* The size limit for the open file `fd`, told by its first bytes (read
 * from the descriptor: the name, opened again, might be another file). */
static long long max_bytes_of(int fd, long long size)
{
    if (size <= MNR_XML_MAX_BYTES)
        return MNR_XML_MAX_BYTES;
    char head[4096];
    ssize_t n = pread(fd, head, sizeof head, 0);
    return n > 0 && mnr_xml_root_is_results(head, (size_t)n) ? MNR_XML_MAX_RESULTS_BYTES
                                                      : MNR_XML_MAX_BYTES;
}

/* Reads `path` whole into a new buffer, or into *buf (of *size bytes,
 * grown as needed; the caller keeps it) when buf is given. */
static mnr_status read_file(char **data, size_t *len, const char *path, char **buf_keep,
                            size_t *size_keep, mnr_error *err)
{
    struct stat st;
    int fd;
    mnr_status opened = mnr_input_open(&fd, &st, path, N_("an XML file"), err);
    if (opened != MNR_OK)
        return opened;
    mnr_status st_size = MNR_OK;
    if (st.st_size == 0)
        st_size = mnr_error_set(err, MNR_EIO, path, 0,
                                _("the file is empty; expected an XML document"));
    else if (st.st_size > max_bytes_of(fd, st.st_size))
        st_size = mnr_xml_too_large(path, st.st_size, err);
    if (st_size != MNR_OK) {
        close(fd);
        return st_size;
    }
    size_t size = (size_t)st.st_size;
    char *buf = buf_keep && *size_keep > size ? *buf_keep : malloc(size + 1);
    if (buf && buf_keep && buf != *buf_keep) {
        free(*buf_keep);
        *buf_keep = buf;
        *size_keep = size + 1;
    }
    if (!buf) {
        close(fd);
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory reading the file"));
    }
    size_t got = 0;
    while (got < size) {
        ssize_t n = read(fd, buf + got, size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    close(fd);
    if (got != size) {
        if (!buf_keep)
            free(buf);
        return mnr_error_set(err, MNR_EIO, path, 0, _("could not read the whole file"));
    }
    buf[size] = '\0';
    *data = buf;
    *len = size;
    return MNR_OK;
}

/* libxml2 keeps no line for the DTD node. */
static long doctype_line(xmlDocPtr doc, const char *data, size_t len)
{
    if (!doc || (!doc->intSubset && !doc->extSubset))
        return 0;
    long line = mnr_xml_doctype_line(data, len);
    return line ? line : 1;
}

static int is_xinclude(xmlNodePtr n)
{
    return n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
           (xmlStrcmp(n->ns->href, (const xmlChar *)"http://www.w3.org/2001/XInclude") == 0 ||
            xmlStrcmp(n->ns->href, (const xmlChar *)"http://www.w3.org/2003/XInclude") == 0);
}

/* The first XInclude element, or NULL. */
static xmlNodePtr find_xinclude(xmlNodePtr root)
{
    for (xmlNodePtr n = root; n; n = mnr_xml_next_in_tree(n, root))
        if (is_xinclude(n))
            return n;
    return NULL;
}

/* The parser context of lean loads, kept from one file to the next: its
 * dictionary of element and attribute names then serves every document,
 * instead of one being built and freed per file. Freed, with the buffer
 * below, by mnr_xml_load_free(). */
static xmlParserCtxtPtr kept_ctxt;
/* The file buffer of lean loads, kept from one file to the next (grown
 * when a file is larger): one large allocation per file made and freed
 * between thousands of small ones fragments the heap. */
static char *kept_buf;
static size_t kept_size;

static mnr_status load_memory(xmlDocPtr *out, const char *data, size_t len, const char *name,
                              int options, int keep_ctxt, mnr_error *err)
{
    *out = NULL;
    int no_ns = 0;
    mnr_status st = mnr_xml_scan(data, len, name, &no_ns, err);
    if (st != MNR_OK)
        return st;

    xmlParserCtxtPtr ctxt = keep_ctxt && kept_ctxt ? kept_ctxt : xmlNewParserCtxt();
    if (!ctxt)
        return mnr_error_set(err, MNR_ENOMEM, name, 0, _("out of memory"));
    if (keep_ctxt)
        kept_ctxt = ctxt;
    mnr_xml_capture cap = {err, name, MNR_EPARSE};
    xmlSetStructuredErrorFunc(&cap, mnr_xml_on_error);
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, data, (int)len, name, NULL, options);
    xmlSetStructuredErrorFunc(NULL, NULL);
    int well_formed = ctxt->wellFormed;
    if (!keep_ctxt)
        xmlFreeParserCtxt(ctxt);

    if (doc && !well_formed) {
        xmlFreeDoc(doc);
        doc = NULL;
    }
    /* Not reached for a DOCTYPE the raw check found; kept in case a prolog
     * fooled it. */
    long dl = doctype_line(doc, data, len);
    if (dl) {
        xmlFreeDoc(doc);
        if (err) {
            mnr_error_init(err);
            mnr_error_set(err, MNR_EPARSE, name, dl,
                          _("the file has a <!DOCTYPE> declaration, which mnr does not accept "
                          "(it could pull in other files or expand entities); remove it"));
        }
        return MNR_EPARSE;
    }
    if (!doc) {
        if (!err || err->status == MNR_OK)
            mnr_error_set(err, MNR_EPARSE, name, 0, _("not well-formed XML"));
        else if (strlen(err->message) + 80 < sizeof err->message)
            mnr_error_append(err, _(" (not well-formed XML: fix the markup at this line)"));
        if (err)
            err->status = MNR_EPARSE;
        return MNR_EPARSE;
    }
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root) {
        xmlFreeDoc(doc);
        return mnr_error_set(err, MNR_EPARSE, name, 0, _("no root element; expected an XML document"));
    }
    /* (a document without namespaces has no XInclude element: no walk) */
    xmlNodePtr xi = no_ns ? NULL : find_xinclude(root);
    if (xi) {
        long line = xmlGetLineNo(xi);
        char tag[200];
        const char *prefix = xi->ns->prefix ? (const char *)xi->ns->prefix : "";
        const char *local = (const char *)xi->name;
        snprintf(tag, sizeof tag, "%.*s%s%.*s", (int)mnr_utf8_prefix(prefix, 90), prefix,
                 prefix[0] ? ":" : "", (int)mnr_utf8_prefix(local, 100), local);
        xmlFreeDoc(doc);
        return mnr_error_set(err, MNR_EPARSE, name, line,
                             _("the file has an XInclude element <%s>, which mnr does not accept "
                             "(an mnr file never pulls in other files); remove it"), tag);
    }
    *out = doc;
    return MNR_OK;
}

mnr_status mnr_xml_load_memory(xmlDocPtr *out, const char *data, size_t len,
                               const char *name, mnr_error *err)
{
    return load_memory(out, data, len, name, parse_options(), 0, err);
}


static mnr_status load(xmlDocPtr *out, const char *path, int options, int keep, mnr_error *err)
{
    char *data = NULL;
    size_t len = 0;
    *out = NULL;
    mnr_status st = read_file(&data, &len, path, keep ? &kept_buf : NULL, keep ? &kept_size : NULL,
                              err);
    if (st != MNR_OK)
        return st;
    st = load_memory(out, data, len, path, options, keep, err);
    if (!keep)
        free(data);
    return st;
}

mnr_status mnr_xml_load(xmlDocPtr *out, const char *path, mnr_error *err)
{
    return load(out, path, parse_options(), 0, err);
}

mnr_status mnr_xml_load_lean(xmlDocPtr *out, const char *path, mnr_error *err)
{
    /* NOBLANKS leaves out the white space between elements (an element's
     * only text, however blank, is kept, so a blank evidence is still
     * refused by its name); COMPACT keeps short texts inside their node.
     * Fewer allocations to make, check and free per file. */
    return load(out, path, parse_options() | XML_PARSE_NOBLANKS | XML_PARSE_COMPACT, 1, err);
}

void mnr_xml_load_free(void)
{
    xmlFreeParserCtxt(kept_ctxt);
    kept_ctxt = NULL;
    free(kept_buf);
    kept_buf = NULL;
    kept_size = 0;
}
