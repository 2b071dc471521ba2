/*
 * report_office.c - the DOCX and ODT reports (report.h).
 *
 * The stylesheet (stylesheets/report-docx.xsl, report-odt.xsl, compare-*,
 * cohort-*) makes one XML document that holds every part of the package,
 *     <parts><part name="word/document.xml"><w:document>...</part>...</parts>
 * so that the HTML report it starts from is made once, and plain xsltproc
 * shows the same parts. Here the parts are split, each one written as an
 * XML document of its own; a reference document (the ministry's template,
 * --reference-docx / --reference-odt) gives its styles, page size and
 * headers and footers; an ODT gets its "mimetype" first and stored, as
 * OpenDocument asks; and zipfile.h packs the parts, which are written
 * atomically (fileio.h).
 *
 * From a reference DOCX: word/styles.xml (ours added where it lacks a
 * style of the same id, so the headings are there whatever it holds),
 * word/theme/theme1.xml when it has one (the fonts its styles may name
 * through the theme), the page size and margins of its last section, and
 * its default header and footer. From a reference ODT: styles.xml (its
 * styles, page layouts and master pages, with the headers and footers),
 * ours added where it lacks a style of the same name and family.
 */
#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "fileio.h"
#include "i18n.h"
#include "zipfile.h"

/* Bounds of what a stylesheet may make (a user's own may make anything):
 * parts, and the bytes of each. */
#define OFFICE_MAX_PARTS 64
#define OFFICE_MAX_PART_BYTES (256L * 1024 * 1024)

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define R_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define PR_NS "http://schemas.openxmlformats.org/package/2006/relationships"
#define STYLE_NS "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define OFFICE_NS "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

typedef struct office_part {
    char *name;
    xmlDocPtr doc;   /* an XML part, or */
    char *bytes;     /* one taken as it is from the reference */
    size_t len;
} office_part;

typedef struct office_pkg {
    office_part parts[OFFICE_MAX_PARTS];
    int n;
} office_pkg;

static void pkg_clear(office_pkg *p)
{
    for (int i = 0; i < p->n; i++) {
        free(p->parts[i].name);
        xmlFreeDoc(p->parts[i].doc);
        free(p->parts[i].bytes);
    }
    p->n = 0;
}

static office_part *pkg_find(office_pkg *p, const char *name)
{
    for (int i = 0; i < p->n; i++)
        if (strcmp(p->parts[i].name, name) == 0)
            return &p->parts[i];
    return NULL;
}

static int is_element(xmlNodePtr n, const char *ns, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, (const xmlChar *)name) &&
           (!ns || (n->ns && xmlStrEqual(n->ns->href, (const xmlChar *)ns)));
}

static xmlNodePtr first_child(xmlNodePtr parent, const char *ns, const char *name)
{
    for (xmlNodePtr c = parent ? parent->children : NULL; c; c = c->next)
        if (is_element(c, ns, name))
            return c;
    return NULL;
}

/* A part's name as a stylesheet gave it: relative, no "..", plain
 * characters, so that nothing lands outside the package. */
static int part_name_ok(const char *name)
{
    if (!name[0] || name[0] == '/' || strstr(name, "..") || strlen(name) > 200)
        return 0;
    for (const char *p = name; *p; p++)
        if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./[]", *p))
            return 0;
    return 1;
}

/* <part name="N"><root/></part>: a document of its own holding a copy of
 * root, with the namespaces it uses declared in it. */
static mnr_status take_part(office_pkg *p, xmlNodePtr part, const char *xsl, mnr_error *err)
{
    xmlChar *name = xmlGetProp(part, (const xmlChar *)"name");
    xmlNodePtr root = part->children;
    while (root && root->type != XML_ELEMENT_NODE)
        root = root->next;
    mnr_status st = MNR_OK;
    if (!name || !part_name_ok((const char *)name) || !root || pkg_find(p, (const char *)name))
        st = mnr_error_set(err, MNR_EINVALID, xsl, 0,
                           _("the stylesheet made a part %s that cannot go into the package (a "
                           "name given twice, outside it, or no element in it); each <part "
                           "name=\"...\"> holds one element"), name ? (const char *)name : "");
    else if (p->n == OFFICE_MAX_PARTS)
        st = mnr_error_set(err, MNR_EINVALID, xsl, 0,
                           _("the stylesheet made more than %d parts; a document has fewer"),
                           OFFICE_MAX_PARTS);
    if (st != MNR_OK) {
        xmlFree(name);
        return st;
    }
    xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
    xmlNodePtr copy = doc ? xmlDocCopyNode(root, doc, 1) : NULL;
    if (!copy) {
        xmlFreeDoc(doc);
        xmlFree(name);
        return mnr_error_set(err, MNR_ENOMEM, xsl, 0, _("out of memory"));
    }
    xmlDocSetRootElement(doc, copy);
    xmlReconciliateNs(doc, copy);
    p->parts[p->n].name = strdup((const char *)name);
    p->parts[p->n].doc = doc;
    p->n++;
    xmlFree(name);
    return MNR_OK;
}

static mnr_status split_parts(office_pkg *p, const char *xml, size_t len, const char *xsl,
                              mnr_error *err)
{
    xmlDocPtr doc = xmlReadMemory(xml, (int)len, "parts.xml", "UTF-8",
                                  XML_PARSE_NONET | XML_PARSE_NOBLANKS | XML_PARSE_HUGE);
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    mnr_status st = MNR_OK;
    if (len > (size_t)INT32_MAX || !root || !is_element(root, NULL, "parts"))
        st = mnr_error_set(err, MNR_EINVALID, xsl, 0,
                           _("the stylesheet did not make <parts><part name=\"...\">...</part>"
                           "</parts>, the parts of the document; see stylesheets/report-docx.xsl"));
    for (xmlNodePtr c = root ? root->children : NULL; c && st == MNR_OK; c = c->next)
        if (is_element(c, NULL, "part"))
            st = take_part(p, c, xsl, err);
    xmlFreeDoc(doc);
    return st;
}

/* ---- the reference document ---- */

static mnr_status read_xml(xmlDocPtr *out, mnr_zip *z, const char *ref, const char *name,
                           mnr_error *err)
{
    char *bytes = NULL;
    size_t len = 0;
    *out = NULL;
    mnr_status st = mnr_zip_read(&bytes, &len, z, name, err);
    if (st != MNR_OK)
        return st;
    /* no entities, no DTD, no network: the file is someone else's */
    *out = xmlReadMemory(bytes, (int)len, name, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
                                                           XML_PARSE_NOWARNING);
    free(bytes);
    if (!*out || !xmlDocGetRootElement(*out)) {
        xmlFreeDoc(*out);
        *out = NULL;
        return mnr_error_set(err, MNR_EINVALID, ref, 0,
                             _("its %s is not well-formed XML; save the document again from "
                             "Word or LibreOffice"), name);
    }
    return MNR_OK;
}

/* Whether `root` has a child element like `want`: the same name and the
 * same value of the attribute `key` (and of `key2`, if given). */
static int has_like(xmlNodePtr root, xmlNodePtr want, const char *ns, const char *key,
                    const char *key2)
{
    xmlChar *v = xmlGetNsProp(want, (const xmlChar *)key, (const xmlChar *)ns);
    xmlChar *v2 = key2 ? xmlGetNsProp(want, (const xmlChar *)key2, (const xmlChar *)ns) : NULL;
    int found = 0;
    for (xmlNodePtr c = root->children; c && v && !found; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || !xmlStrEqual(c->name, want->name))
            continue;
        xmlChar *u = xmlGetNsProp(c, (const xmlChar *)key, (const xmlChar *)ns);
        xmlChar *u2 = key2 ? xmlGetNsProp(c, (const xmlChar *)key2, (const xmlChar *)ns) : NULL;
        found = u && xmlStrEqual(u, v) && (!key2 || (u2 && v2 && xmlStrEqual(u2, v2)));
        xmlFree(u);
        xmlFree(u2);
    }
    xmlFree(v);
    xmlFree(v2);
    return found;
}

/* The reference's styles, and ours that it lacks. */
static void merge_styles(xmlNodePtr into, xmlNodePtr ours, const char *ns, const char *key,
                         const char *key2)
{
    for (xmlNodePtr c = ours ? ours->children : NULL; c; c = c->next)
        if (is_element(c, NULL, "style") && !has_like(into, c, ns, key, key2)) {
            xmlNodePtr copy = xmlDocCopyNode(c, into->doc, 1);
            if (copy)
                xmlAddChild(into, copy);
        }
    xmlReconciliateNs(into->doc, into);
}

static void replace_doc(office_part *part, xmlDocPtr doc)
{
    xmlFreeDoc(part->doc);
    part->doc = doc;
}

/* An entry of the reference taken as it is, under `name` in ours. */
static mnr_status take_bytes_part(office_pkg *p, mnr_zip *z, const char *from, const char *name,
                                  mnr_error *err)
{
    office_part *part = pkg_find(p, name);
    if (!part && p->n == OFFICE_MAX_PARTS)
        return MNR_OK; /* (the stylesheet's own parts fill the package) */
    char *bytes = NULL;
    size_t len = 0;
    mnr_status st = mnr_zip_read(&bytes, &len, z, from, err);
    if (st != MNR_OK)
        return st;
    if (!part) {
        part = &p->parts[p->n++];
        memset(part, 0, sizeof *part);
        part->name = strdup(name);
    }
    xmlFreeDoc(part->doc);
    part->doc = NULL;
    free(part->bytes);
    part->bytes = bytes;
    part->len = len;
    return MNR_OK;
}

/* word/_rels/document.xml.rels: the target of relationship `id`, as a
 * name in the package ("word/header2.xml"), or NULL. */
static char *rel_target(xmlDocPtr rels, const xmlChar *id)
{
    for (xmlNodePtr c = xmlDocGetRootElement(rels)->children; c; c = c->next) {
        if (!is_element(c, NULL, "Relationship"))
            continue;
        xmlChar *rid = xmlGetProp(c, (const xmlChar *)"Id");
        xmlChar *target = xmlGetProp(c, (const xmlChar *)"Target");
        char *name = NULL;
        if (rid && target && xmlStrEqual(rid, id) && !strstr((const char *)target, "..")) {
            size_t n = strlen((const char *)target) + 6;
            name = malloc(n);
            if (name)
                snprintf(name, n, "%s%s", target[0] == '/' ? "" : "word/",
                         (const char *)target + (target[0] == '/'));
        }
        xmlFree(rid);
        xmlFree(target);
        if (name)
            return name;
    }
    return NULL;
}

/* The default header (or footer) of the reference's section, in place of
 * ours (same name, so our relationships stay), unless it has pictures of
 * its own (its relationships would be missing). */
static mnr_status take_header(office_pkg *p, mnr_zip *z, xmlNodePtr sect, xmlDocPtr rels,
                              const char *kind, const char *ours, mnr_error *err)
{
    for (xmlNodePtr c = sect->children; c; c = c->next) {
        if (!is_element(c, W_NS, kind))
            continue;
        xmlChar *type = xmlGetNsProp(c, (const xmlChar *)"type", (const xmlChar *)W_NS);
        xmlChar *id = xmlGetNsProp(c, (const xmlChar *)"id", (const xmlChar *)R_NS);
        char *target = type && id && xmlStrEqual(type, (const xmlChar *)"default") && rels
                           ? rel_target(rels, id)
                           : NULL;
        xmlFree(type);
        xmlFree(id);
        if (!target)
            continue;
        char rels_name[512];
        const char *slash = strrchr(target, '/');
        snprintf(rels_name, sizeof rels_name, "%.*s/_rels/%s.rels", (int)(slash - target),
                 target, slash + 1);
        mnr_status st = MNR_OK;
        if (mnr_zip_has(z, target) && !mnr_zip_has(z, rels_name))
            st = take_bytes_part(p, z, target, ours, err);
        free(target);
        return st;
    }
    return MNR_OK;
}

/* The page size and margins, header and footer of the reference's last
 * section (the body's own sectPr). */
static mnr_status take_section(office_pkg *p, mnr_zip *z, const char *ref, mnr_error *err)
{
    office_part *doc_part = pkg_find(p, "word/document.xml");
    if (!doc_part || !doc_part->doc || !mnr_zip_has(z, "word/document.xml"))
        return MNR_OK;
    xmlDocPtr theirs = NULL, rels = NULL;
    mnr_status st = read_xml(&theirs, z, ref, "word/document.xml", err);
    if (st == MNR_OK && mnr_zip_has(z, "word/_rels/document.xml.rels"))
        st = read_xml(&rels, z, ref, "word/_rels/document.xml.rels", err);
    xmlNodePtr their_sect =
        theirs ? first_child(first_child(xmlDocGetRootElement(theirs), W_NS, "body"), W_NS,
                             "sectPr")
               : NULL;
    xmlNodePtr our_sect = first_child(
        first_child(xmlDocGetRootElement(doc_part->doc), W_NS, "body"), W_NS, "sectPr");
    static const char *const taken[] = {"pgSz", "pgMar", NULL};
    for (int i = 0; st == MNR_OK && their_sect && our_sect && taken[i]; i++) {
        xmlNodePtr want = first_child(their_sect, W_NS, taken[i]);
        xmlNodePtr have = first_child(our_sect, W_NS, taken[i]);
        xmlNodePtr copy = want ? xmlDocCopyNode(want, doc_part->doc, 1) : NULL;
        if (copy && have) {
            xmlReplaceNode(have, copy);
            xmlFreeNode(have);
        } else if (copy)
            xmlAddChild(our_sect, copy);
    }
    if (our_sect)
        xmlReconciliateNs(doc_part->doc, our_sect);
    if (st == MNR_OK && their_sect)
        st = take_header(p, z, their_sect, rels, "headerReference", "word/header1.xml", err);
    if (st == MNR_OK && their_sect)
        st = take_header(p, z, their_sect, rels, "footerReference", "word/footer1.xml", err);
    xmlFreeDoc(theirs);
    xmlFreeDoc(rels);
    return st;
}

/* The theme the reference's styles may name their fonts through. */
static mnr_status take_theme(office_pkg *p, mnr_zip *z, mnr_error *err)
{
    const char *theme = "word/theme/theme1.xml";
    office_part *rels = pkg_find(p, "word/_rels/document.xml.rels");
    office_part *types = pkg_find(p, "[Content_Types].xml");
    if (!mnr_zip_has(z, theme) || !rels || !rels->doc || !types || !types->doc)
        return MNR_OK;
    mnr_status st = take_bytes_part(p, z, theme, theme, err);
    if (st != MNR_OK)
        return st;
    xmlNodePtr r = xmlNewChild(xmlDocGetRootElement(rels->doc), NULL,
                               (const xmlChar *)"Relationship", NULL);
    xmlNewProp(r, (const xmlChar *)"Id", (const xmlChar *)"rIdTheme");
    xmlNewProp(r, (const xmlChar *)"Type",
               (const xmlChar *)"http://schemas.openxmlformats.org/officeDocument/2006/"
                                "relationships/theme");
    xmlNewProp(r, (const xmlChar *)"Target", (const xmlChar *)"theme/theme1.xml");
    xmlNodePtr o = xmlNewChild(xmlDocGetRootElement(types->doc), NULL,
                               (const xmlChar *)"Override", NULL);
    xmlNewProp(o, (const xmlChar *)"PartName", (const xmlChar *)"/word/theme/theme1.xml");
    xmlNewProp(o, (const xmlChar *)"ContentType",
               (const xmlChar *)"application/vnd.openxmlformats-officedocument.theme+xml");
    return MNR_OK;
}

static mnr_status apply_docx_reference(office_pkg *p, mnr_zip *z, const char *ref,
                                       mnr_error *err)
{
    xmlDocPtr styles = NULL;
    mnr_status st = read_xml(&styles, z, ref, "word/styles.xml", err);
    office_part *ours = pkg_find(p, "word/styles.xml");
    if (st == MNR_OK && !is_element(xmlDocGetRootElement(styles), W_NS, "styles"))
        st = mnr_error_set(err, MNR_EINVALID, ref, 0,
                           _("its word/styles.xml holds no Word styles (w:styles); save the "
                           "document again from Word or LibreOffice"));
    if (st != MNR_OK) {
        xmlFreeDoc(styles);
        return st;
    }
    if (ours && ours->doc) {
        merge_styles(xmlDocGetRootElement(styles), xmlDocGetRootElement(ours->doc), W_NS,
                     "styleId", NULL);
        replace_doc(ours, styles);
    } else
        xmlFreeDoc(styles);
    st = take_section(p, z, ref, err);
    if (st == MNR_OK)
        st = take_theme(p, z, err);
    return st;
}

static mnr_status apply_odt_reference(office_pkg *p, mnr_zip *z, const char *ref,
                                      mnr_error *err)
{
    xmlDocPtr styles = NULL;
    mnr_status st = read_xml(&styles, z, ref, "styles.xml", err);
    xmlNodePtr their_root = styles ? xmlDocGetRootElement(styles) : NULL;
    xmlNodePtr theirs = first_child(their_root, OFFICE_NS, "styles");
    if (st == MNR_OK && (!is_element(their_root, OFFICE_NS, "document-styles") || !theirs))
        st = mnr_error_set(err, MNR_EINVALID, ref, 0,
                           _("its styles.xml holds no OpenDocument styles (office:document-styles "
                           "with office:styles); save the document again from LibreOffice"));
    office_part *ours = pkg_find(p, "styles.xml");
    if (st != MNR_OK || !ours || !ours->doc) {
        xmlFreeDoc(styles);
        return st;
    }
    merge_styles(theirs, first_child(xmlDocGetRootElement(ours->doc), OFFICE_NS, "styles"),
                 STYLE_NS, "name", "family");
    replace_doc(ours, styles);
    return MNR_OK;
}

mnr_status mnr_report_reference_check(const char *ref, mnr_format format, mnr_error *err)
{
    mnr_zip *z = NULL;
    mnr_status st = mnr_zip_open(&z, ref, err);
    const char *need = format == MNR_FORMAT_DOCX ? "word/styles.xml" : "styles.xml";
    if (st == MNR_OK && !mnr_zip_has(z, need))
        st = mnr_error_set(err, MNR_EINVALID, ref, 0,
                           _("a zip without %s, so not %s; give a document saved by %s"),
                           need, format == MNR_FORMAT_DOCX ? _("a Word document (.docx)")
                                                          : _("an OpenDocument text (.odt)"),
                           format == MNR_FORMAT_DOCX ? _("Word or LibreOffice as .docx")
                                                     : _("LibreOffice as .odt"));
    mnr_zip_free(z);
    return st;
}

static mnr_status apply_reference(office_pkg *p, const mnr_report_spec *r, mnr_error *err)
{
    mnr_status st = mnr_report_reference_check(r->reference, r->format, err);
    mnr_zip *z = NULL;
    if (st == MNR_OK)
        st = mnr_zip_open(&z, r->reference, err);
    if (st == MNR_OK)
        st = r->format == MNR_FORMAT_DOCX ? apply_docx_reference(p, z, r->reference, err)
                                          : apply_odt_reference(p, z, r->reference, err);
    mnr_zip_free(z);
    return st;
}

/* ---- packing ---- */

static const char odt_mimetype[] = "application/vnd.oasis.opendocument.text";

static mnr_status pack(char **zip, size_t *zip_len, office_pkg *p, const mnr_report_spec *r,
                       mnr_error *err)
{
    mnr_zip_part zparts[OFFICE_MAX_PARTS + 1];
    xmlChar *bufs[OFFICE_MAX_PARTS] = {0};
    size_t n = 0;
    mnr_status st = MNR_OK;
    if (r->format == MNR_FORMAT_ODT) /* first, and stored: how a reader knows the kind */
        zparts[n++] = (mnr_zip_part){"mimetype", odt_mimetype, strlen(odt_mimetype), 1};
    for (int i = 0; i < p->n && st == MNR_OK; i++) {
        office_part *part = &p->parts[i];
        if (strcmp(part->name, "mimetype") == 0)
            continue;
        int size = 0;
        if (part->doc)
            xmlDocDumpMemoryEnc(part->doc, &bufs[i], &size, "UTF-8");
        if (part->doc && (!bufs[i] || size < 0))
            st = mnr_error_set(err, MNR_ENOMEM, r->out, 0, _("out of memory"));
        else if (part->doc && (long)size > OFFICE_MAX_PART_BYTES)
            st = mnr_error_set(err, MNR_EINVALID, r->out, 0,
                               _("its part %s would be %d bytes, more than a part may (%ld MB); "
                               "report on fewer answers"), part->name, size,
                               OFFICE_MAX_PART_BYTES >> 20);
        else
            zparts[n++] = (mnr_zip_part){part->name, part->doc ? (char *)bufs[i] : part->bytes,
                                         part->doc ? (size_t)size : part->len, 0};
    }
    if (st == MNR_OK)
        st = mnr_zip_write(zip, zip_len, zparts, n, r->out, err);
    for (int i = 0; i < p->n; i++)
        xmlFree(bufs[i]);
    return st;
}

mnr_status mnr_report_office(const char *parts_xml, size_t len, const char *xsl,
                             const mnr_report_spec *r, mnr_error *err)
{
    office_pkg *p = calloc(1, sizeof *p);
    if (!p)
        return mnr_error_set(err, MNR_ENOMEM, r->out, 0, _("out of memory"));
    char *zip = NULL;
    size_t zip_len = 0;
    mnr_status st = split_parts(p, parts_xml, len, xsl, err);
    if (st == MNR_OK && r->reference)
        st = apply_reference(p, r, err);
    if (st == MNR_OK)
        st = pack(&zip, &zip_len, p, r, err);
    if (st == MNR_OK)
        st = mnr_write_atomic(r->out, zip, zip_len, err);
    free(zip);
    pkg_clear(p);
    free(p);
    return st;
}
