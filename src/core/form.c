#include "form.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/xmlstring.h>

#include "answers.h"
#include "datadir.h"
#include "date.h"
#include "fileio.h"
#include "i18n.h"
#include "kind.h"
#include "xmlsafe.h"

/* A workshop consensus (mnr merge) records per question how the room's
 * value came about: the participants' answers, the rule's value, the
 * decision. The form keeps answers only, so saving would drop that record,
 * and a value changed by hand would no longer be the rule's or the room's
 * decision: it is changed with mnr merge --decide instead. */
static mnr_status refuse_consensus(const mnr_answers *a, mnr_error *err)
{
    const mnr_answer *record = mnr_answers_consensus_record(a);
    if (!record)
        return MNR_OK;
    return mnr_error_set(err, MNR_EINVALID, a->path, record->line,
                         _("these answers are a workshop consensus made by mnr merge: the form "
                         "would save the answers without the participants' answers and "
                         "decisions behind them. Change the consensus with mnr merge --decide "
                         "QUESTION=VALUE, or open one participant's answers in the form"));
}

/* The answers must be for this very questionnaire, and hold only what it
 * asks: the same checks as mnr score. */
static mnr_status check_answers(xmlDocPtr doc, const char *path, const mnr_context *ctx,
                                const mnr_questionnaire *q, mnr_error *err)
{
    mnr_answers *a = NULL;
    mnr_status st = mnr_answers_from_doc(&a, doc, path, err);
    if (st == MNR_OK)
        st = mnr_answers_check_model(a, ctx->model, err);
    if (st == MNR_OK && (strcmp(a->questionnaire_id, q->id) != 0 ||
                         strcmp(a->questionnaire_version, q->version) != 0))
        st = mnr_error_set(err, MNR_EINVALID, path, a->root_line,
                           _("these answers are for questionnaire %s version %s, but the form is "
                           "for %s version %s; choose the questionnaire with -q"),
                           a->questionnaire_id, a->questionnaire_version, q->id, q->version);
    if (st == MNR_OK)
        st = mnr_answers_check(a, ctx->model, q, err);
    if (st == MNR_OK)
        st = refuse_consensus(a, err);
    mnr_answers_free(a);
    return st;
}

/* Appends a copy of `src`'s root element to `root`. */
static mnr_status append_copy(xmlNodePtr root, xmlDocPtr src, mnr_error *err)
{
    xmlNodePtr copy = xmlDocCopyNode(xmlDocGetRootElement(src), root->doc, 1);
    if (!copy || !xmlAddChild(root, copy)) {
        xmlFreeNode(copy);
        return mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    }
    return MNR_OK;
}

static mnr_status assemble(xmlDocPtr *out, xmlDocPtr model, xmlDocPtr questionnaire,
                           xmlDocPtr answers, mnr_error *err)
{
    xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
    xmlNodePtr root = doc ? xmlNewDocNode(doc, NULL, (const xmlChar *)"mnr-form", NULL) : NULL;
    if (!root) {
        xmlFreeDoc(doc);
        return mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    }
    xmlDocSetRootElement(doc, root);
    /* the first date an assessment may have: the form's script checks
     * the date by the rule of date.h */
    xmlSetProp(root, (const xmlChar *)"date-first", (const xmlChar *)MNR_DATE_FIRST);
    mnr_status st = append_copy(root, model, err);
    if (st == MNR_OK)
        st = append_copy(root, questionnaire, err);
    if (st == MNR_OK && answers)
        st = append_copy(root, answers, err);
    if (st != MNR_OK) {
        xmlFreeDoc(doc);
        return st;
    }
    *out = doc;
    return MNR_OK;
}

mnr_status mnr_form_input(xmlDocPtr *out, const mnr_context *ctx, const char *questionnaire_path,
                          const char *answers_path, mnr_error *err)
{
    xmlDocPtr model = NULL, qdoc = NULL, adoc = NULL;
    mnr_questionnaire *q = NULL;
    *out = NULL;
    /* the model was checked when the context was opened */
    mnr_status st = mnr_xml_load(&model, ctx->model->path, err);
    if (st == MNR_OK)
        st = mnr_context_load_kind(&qdoc, ctx, questionnaire_path, MNR_KIND_QUESTIONNAIRE,
                                   _("a questionnaire (root element <questionnaire>)"),
                                   _("check the file name"), err);
    if (st == MNR_OK)
        st = mnr_questionnaire_from_doc(&q, qdoc, questionnaire_path, ctx->model, err);
    if (st == MNR_OK && answers_path)
        st = mnr_context_load_kind(&adoc, ctx, answers_path, MNR_KIND_ANSWERS,
                                   _("an answers file (root element <answers>) to open the form with"),
                                   _("check the file name"), err);
    if (st == MNR_OK && adoc)
        st = check_answers(adoc, answers_path, ctx, q, err);
    if (st == MNR_OK)
        st = assemble(out, model, qdoc, adoc, err);
    mnr_questionnaire_free(q);
    xmlFreeDoc(adoc);
    xmlFreeDoc(qdoc);
    xmlFreeDoc(model);
    return st;
}

/* ---- the form's script ---- */

/* Far more than the script (some 22 KB) will ever need. */
#define FORM_SCRIPT_MAX_BYTES (1024 * 1024)

static mnr_status read_script(char **out, size_t *len, int fd, const char *path, mnr_error *err)
{
    char *buf = malloc(FORM_SCRIPT_MAX_BYTES + 1);
    *len = 0;
    if (!buf)
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    for (;;) {
        ssize_t got = read(fd, buf + *len, FORM_SCRIPT_MAX_BYTES + 1 - *len);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            free(buf);
            return mnr_error_set(err, MNR_EIO, path, 0,
                                 _("cannot read the form's script (%s); check mnr's data directory"),
                                 strerror(errno));
        }
        *len += (size_t)got;
        if (got == 0 || *len > FORM_SCRIPT_MAX_BYTES)
            break;
    }
    if (*len > FORM_SCRIPT_MAX_BYTES) {
        free(buf);
        return mnr_error_set(err, MNR_EIO, path, 0,
                             _("the form's script is larger than %d MB; check mnr's data directory "
                             "(reinstalling mnr puts its own back)"),
                             FORM_SCRIPT_MAX_BYTES / (1024 * 1024));
    }
    buf[*len] = '\0';
    *out = buf;
    return MNR_OK;
}

/* Line of byte `at` in text, from 1. */
static long line_at(const char *text, size_t at)
{
    long line = 1;
    for (size_t i = 0; i < at; i++)
        line += text[i] == '\n';
    return line;
}

/* The text goes into the page unescaped (an HTML <script> element has no
 * escapes): what could end the element early, or not reach the stylesheet
 * whole, is refused. */
static mnr_status check_script(const char *text, size_t len, const char *path, mnr_error *err)
{
    size_t nul = strlen(text);
    if (nul < len)
        return mnr_error_set(err, MNR_EINVALID, path, line_at(text, nul),
                             _("the form's script holds a zero byte; it must be JavaScript text "
                             "(reinstalling mnr puts its own back)"));
    if (!xmlCheckUTF8((const xmlChar *)text))
        return mnr_error_set(err, MNR_EINVALID, path, 0,
                             _("the form's script is not valid UTF-8; save it as UTF-8 "
                             "(reinstalling mnr puts its own back)"));
    for (size_t i = 0; i + 8 <= len; i++)
        if (text[i] == '<' && strncasecmp(text + i, "</script", 8) == 0)
            return mnr_error_set(err, MNR_EINVALID, path, line_at(text, i),
                                 _("the form's script holds \"%.8s\", which would end its <script> "
                                 "element in the page early; write it as \"<\\/script\" inside a "
                                 "string"), text + i);
    return MNR_OK;
}

mnr_status mnr_form_script_load(mnr_form_script **out, const mnr_context *ctx, mnr_error *err)
{
    *out = NULL;
    char *path = mnr_context_path(ctx, MNR_STYLESHEET_DIR "/form.js");
    mnr_form_script *s = calloc(1, sizeof *s);
    if (!path || !s) {
        free(path);
        free(s);
        return mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    }
    int fd;
    struct stat st_buf;
    size_t len = 0;
    mnr_status st = mnr_input_open(&fd, &st_buf, path, N_("the form's script"), err);
    if (st == MNR_OK) {
        st = read_script(&s->text, &len, fd, path, err);
        close(fd);
    }
    if (st == MNR_OK)
        st = check_script(s->text, len, path, err);
    free(path);
    if (st != MNR_OK) {
        mnr_form_script_free(s);
        return st;
    }
    unsigned char digest[MNR_SHA256_BYTES];
    mnr_sha256(digest, s->text, len);
    mnr_sha256_base64(s->sha256, digest);
    *out = s;
    return MNR_OK;
}

void mnr_form_script_free(mnr_form_script *s)
{
    if (!s)
        return;
    free(s->text);
    free(s);
}
