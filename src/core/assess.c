/*
 * assess.c - a file to an assessment (assess.h): the kind looked at once,
 * then an answers file scored or a results file verified.
 */
#include "assess.h"

#include <stdlib.h>

#include "i18n.h"
#include "results.h"
#include "results_check.h"
#include "xmlsafe.h"

/* Refuses a file of another kind, and --target with a results file. */
static mnr_status check_kind(mnr_kind kind, xmlDocPtr doc, const char *path,
                             const mnr_assess_opts *o, mnr_error *err)
{
    if (kind == MNR_KIND_RESULTS && o->results_too && o->target)
        return mnr_error_set(err, MNR_EINVALID, path, 0,
                             _("--target needs an answers file; this is a results file, so "
                             "score the answers again with mnr score --target"));
    if (kind == MNR_KIND_ANSWERS || (kind == MNR_KIND_RESULTS && o->results_too))
        return MNR_OK;
    char root[512];
    mnr_kind_root_text(doc, root, sizeof root);
    long line = xmlGetLineNo(xmlDocGetRootElement(doc));
    if (!o->results_too)
        return mnr_error_set(err, MNR_EINVALID, path, line,
                             _("expected an answers file (root element <answers>), found %s; "
                             "give the answers file (mnr report also reads results files)"),
                             root);
    if (o->cmd)
        return mnr_error_set(err, MNR_EINVALID, path, line,
                             _("expected an answers or results file, found %s; "
                             "mnr %s reads what mnr score reads or writes"), root, o->cmd);
    return mnr_error_set(err, MNR_EINVALID, path, line,
                         _("expected an answers or results file, found %s; give what mnr "
                         "score reads or writes"), root);
}

/* An answers file: schema and date, ids, values and versions, then the
 * scores (and the results). */
static mnr_status score_answers(mnr_assessment *a, const mnr_context *ctx, xmlDocPtr doc,
                                const char *path, const mnr_assess_opts *o, mnr_error *err)
{
    mnr_status st = mnr_context_validate_doc(ctx, doc, MNR_KIND_ANSWERS, path, err);
    if (st == MNR_OK) /* scoring alone needs no evidence or comments */
        st = o->keep >= MNR_ASSESS_ANSWERS ? mnr_answers_from_doc(&a->answers, doc, path, err)
                                           : mnr_answers_for_scoring(&a->answers, doc, path, err);
    if (st == MNR_OK)
        st = mnr_answers_check_model(a->answers, ctx->model, err);
    if (st == MNR_OK)
        st = mnr_context_questionnaire_shared(&a->questionnaire, ctx,
                                              a->answers->questionnaire_id,
                                              a->answers->questionnaire_version, path,
                                              a->answers->root_line, err);
    if (st == MNR_OK)
        st = mnr_answers_check(a->answers, ctx->model, a->questionnaire, err);
    if (st == MNR_OK)
        st = mnr_score_compute(&a->scores, ctx->model, a->questionnaire, a->answers,
                               ctx->baseline, o->target, err);
    if (st == MNR_OK && o->keep == MNR_ASSESS_RESULTS)
        st = mnr_results_build(&a->results, a->scores, err);
    return st;
}

/* A results file is read back as it is: schema and date, what a schema
 * cannot say, then that its figures are the ones its answers give, with
 * the questionnaire it names. */
static mnr_status verify_results(mnr_assessment *a, const mnr_context *ctx, xmlDocPtr doc,
                                 const char *path, mnr_error *err)
{
    mnr_status st = mnr_context_validate_doc(ctx, doc, MNR_KIND_RESULTS, path, err);
    if (st == MNR_OK)
        st = mnr_results_check(doc, path, ctx->model, err);
    if (st != MNR_OK)
        return st;
    xmlNodePtr qn = mnr_xml_child(xmlDocGetRootElement(doc), "questionnaire");
    char *qid = mnr_xml_prop(qn, "id"), *qversion = mnr_xml_prop(qn, "version");
    st = mnr_context_questionnaire_shared(&a->questionnaire, ctx, qid, qversion, path,
                                          xmlGetLineNo(qn), err);
    free(qid);
    free(qversion);
    mnr_results_sources src = {ctx->model, ctx->baseline, a->questionnaire};
    if (st == MNR_OK)
        st = mnr_results_verify(&a->answers, &a->scores, doc, path, &src, err);
    return st;
}

mnr_status mnr_assessment_read(mnr_assessment **out, const mnr_context *ctx, xmlDocPtr doc,
                               const char *path, const mnr_assess_opts *opts, mnr_error *err)
{
    *out = NULL;
    mnr_kind kind = mnr_kind_of(doc);
    mnr_status st = check_kind(kind, doc, path, opts, err);
    if (st != MNR_OK)
        return st;
    mnr_assessment *a = calloc(1, sizeof *a);
    if (!a)
        return mnr_error_set(err, MNR_ENOMEM, path, 0, _("out of memory"));
    a->kind = kind;
    st = kind == MNR_KIND_RESULTS ? verify_results(a, ctx, doc, path, err)
                                  : score_answers(a, ctx, doc, path, opts, err);
    if (st != MNR_OK) {
        mnr_assessment_free(a);
        return st;
    }
    *out = a;
    return MNR_OK;
}

mnr_status mnr_assessment_open(mnr_assessment **out, const mnr_context *ctx, const char *path,
                               const mnr_assess_opts *opts, mnr_error *err)
{
    xmlDocPtr doc = NULL;
    *out = NULL;
    mnr_status st = opts->lean ? mnr_xml_load_lean(&doc, path, err)
                               : mnr_xml_load(&doc, path, err);
    if (st == MNR_OK)
        st = mnr_assessment_read(out, ctx, doc, path, opts, err);
    if (st != MNR_OK) {
        xmlFreeDoc(doc);
        return st;
    }
    /* the document as read, where the caller wants it */
    if ((*out)->kind == MNR_KIND_RESULTS && opts->keep == MNR_ASSESS_RESULTS)
        (*out)->results = doc;
    else if ((*out)->kind == MNR_KIND_ANSWERS && opts->keep_answers_doc)
        (*out)->answers_doc = doc;
    else
        xmlFreeDoc(doc);
    return MNR_OK;
}

void mnr_assessment_free(mnr_assessment *a)
{
    if (!a)
        return;
    xmlFreeDoc(a->answers_doc);
    xmlFreeDoc(a->results);
    mnr_scores_free(a->scores);
    mnr_answers_free(a->answers);
    free(a);
}
