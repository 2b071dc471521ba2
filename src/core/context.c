#include "context.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "datadir.h"
#include "date.h"
#include "i18n.h"
#include "xmlsafe.h"

char *mnr_context_path(const mnr_context *ctx, const char *rel)
{
    return mnr_path_join(ctx->dir, rel);
}

mnr_status mnr_context_open(mnr_context **out, const char *data_dir, mnr_error *err)
{
    *out = NULL;
    mnr_context *ctx = calloc(1, sizeof *ctx);
    if (!ctx || !(ctx->dir = strdup(data_dir)) ||
        !(ctx->questionnaires = calloc(1, sizeof *ctx->questionnaires))) {
        if (ctx)
            free(ctx->dir);
        free(ctx);
        return mnr_error_set(err, MNR_ENOMEM, NULL, 0, _("out of memory"));
    }
    char *model = mnr_context_path(ctx, MNR_MODEL_FILE);
    char *model_xsd = mnr_context_path(ctx, mnr_kind_schema(MNR_KIND_MODEL));
    char *baseline = mnr_context_path(ctx, MNR_BASELINE_FILE);
    char *baseline_xsd = mnr_context_path(ctx, mnr_kind_schema(MNR_KIND_BASELINE));
    mnr_status st = mnr_model_load(&ctx->model, model, model_xsd, err);
    if (st == MNR_OK)
        st = mnr_baseline_load(&ctx->baseline, baseline, baseline_xsd, ctx->model, err);
    free(model);
    free(model_xsd);
    free(baseline);
    free(baseline_xsd);
    if (st != MNR_OK) {
        mnr_context_free(ctx);
        return st;
    }
    mnr_date_today(ctx->today);
    *out = ctx;
    return MNR_OK;
}

void mnr_context_free(mnr_context *ctx)
{
    if (!ctx)
        return;
    for (int i = 0; ctx->questionnaires && i < ctx->questionnaires->n; i++) {
        mnr_questionnaire_free(ctx->questionnaires->q[i]);
        free(ctx->questionnaires->id[i]);
        free(ctx->questionnaires->version[i]);
    }
    free(ctx->questionnaires);
    mnr_model_free(ctx->model);
    mnr_baseline_free(ctx->baseline);
    free(ctx->dir);
    free(ctx);
}

/* Questionnaire ids are plain names; refuse anything that could walk out
 * of the questionnaires directory. */
static int safe_id(const char *id)
{
    if (!id || !id[0] || strlen(id) > 100)
        return 0;
    for (const char *p = id; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              *p == '-' || *p == '_' || (*p == '.' && p != id)))
            return 0;
    return strstr(id, "..") == NULL;
}

mnr_status mnr_context_questionnaire(mnr_questionnaire **out, const mnr_context *ctx,
                                     const char *id, const char *asked_by, long line,
                                     mnr_error *err)
{
    *out = NULL;
    if (!safe_id(id))
        return mnr_error_set(err, MNR_EINVALID, asked_by, line,
                             _("\"%s\" is not a questionnaire id; use mnr-full or mnr-rapid"),
                             id ? id : "");
    size_t n = strlen(MNR_QUESTIONNAIRE_DIR) + strlen(id) + 8;
    char *rel = malloc(n);
    if (!rel)
        return mnr_error_set(err, MNR_ENOMEM, asked_by, 0, _("out of memory"));
    snprintf(rel, n, "%s/%s.xml", MNR_QUESTIONNAIRE_DIR, id);
    char *path = mnr_context_path(ctx, rel);
    char *xsd = mnr_context_path(ctx, mnr_kind_schema(MNR_KIND_QUESTIONNAIRE));
    struct stat st;
    mnr_status s;
    if (stat(path, &st) != 0)
        s = mnr_error_set(err, MNR_EINVALID, asked_by, line,
                          _("names questionnaire \"%s\", which this mnr does not have (there is "
                          "no %s); name one that is there (mnr comes with mnr-full and "
                          "mnr-rapid), or check the data directory"), id, path);
    else
        s = mnr_questionnaire_load(out, path, xsd, ctx->model, err);
    free(rel);
    free(path);
    free(xsd);
    return s;
}

/* A version kept beside the one in use: questionnaires/<id>-<version>.xml.
 * NULL when there is none (or the version is no plain name). */
static char *versioned_path(const mnr_context *ctx, const char *id, const char *version)
{
    if (!safe_id(id) || !version || !safe_id(version))
        return NULL;
    size_t n = strlen(MNR_QUESTIONNAIRE_DIR) + strlen(id) + strlen(version) + 8;
    char *rel = malloc(n);
    if (!rel)
        return NULL;
    snprintf(rel, n, "%s/%s-%s.xml", MNR_QUESTIONNAIRE_DIR, id, version);
    char *path = mnr_context_path(ctx, rel);
    free(rel);
    struct stat st;
    if (path && stat(path, &st) != 0) {
        free(path);
        return NULL;
    }
    return path;
}

mnr_status mnr_context_questionnaire_version(mnr_questionnaire **out, const mnr_context *ctx,
                                             const char *id, const char *version,
                                             const char *asked_by, long line, mnr_error *err)
{
    *out = NULL;
    char *path = versioned_path(ctx, id, version);
    if (!path)
        return mnr_context_questionnaire(out, ctx, id, asked_by, line, err);
    char *xsd = mnr_context_path(ctx, mnr_kind_schema(MNR_KIND_QUESTIONNAIRE));
    mnr_status s = mnr_questionnaire_load(out, path, xsd, ctx->model, err);
    /* the name promises a version: a file that holds another would score
     * answers against questions they were not made for */
    if (s == MNR_OK && (strcmp((*out)->id, id) != 0 || strcmp((*out)->version, version) != 0)) {
        s = mnr_error_set(err, MNR_EINVALID, path, 0,
                          _("holds questionnaire %s %s, but its name says %s %s; rename it to "
                          "%s-%s.xml, or put version %s of %s there"),
                          (*out)->id, (*out)->version, id, version, (*out)->id,
                          (*out)->version, version, id);
        mnr_questionnaire_free(*out);
        *out = NULL;
    }
    free(path);
    free(xsd);
    return s;
}

/* The questionnaire cache: a questionnaire is found by the id and version
 * asked for (what mnr_context_questionnaire_version gives for them, which
 * may be another version: the caller checks it). */
mnr_status mnr_context_questionnaire_shared(const mnr_questionnaire **out,
                                            const mnr_context *ctx, const char *id,
                                            const char *version, const char *asked_by,
                                            long line, mnr_error *err)
{
    mnr_questionnaire_cache *cache = ctx->questionnaires;
    *out = NULL;
    for (int i = 0; id && i < cache->n; i++)
        if (strcmp(cache->id[i], id) == 0 &&
            strcmp(cache->version[i], version ? version : "") == 0) {
            *out = cache->q[i];
            return MNR_OK;
        }
    mnr_questionnaire *q = NULL;
    mnr_status st = mnr_context_questionnaire_version(&q, ctx, id, version, asked_by, line, err);
    if (st != MNR_OK)
        return st;
    char *kid = strdup(id), *kversion = strdup(version ? version : "");
    if (cache->n < MNR_CONTEXT_QUESTIONNAIRES && kid && kversion) {
        cache->id[cache->n] = kid;
        cache->version[cache->n] = kversion;
        cache->q[cache->n++] = q;
        *out = q;
        return MNR_OK;
    }
    free(kid);
    free(kversion);
    mnr_questionnaire_free(q);
    return mnr_error_set(err, MNR_EINVALID, asked_by, line,
                         _("more than %d questionnaires or versions are in use in one run; give "
                         "fewer files at a time"), MNR_CONTEXT_QUESTIONNAIRES);
}

mnr_status mnr_context_use_baseline(mnr_context *ctx, const char *path, mnr_error *err)
{
    char *xsd = mnr_context_path(ctx, mnr_kind_schema(MNR_KIND_BASELINE));
    mnr_baseline *b = NULL;
    mnr_status st = mnr_baseline_load(&b, path, xsd, ctx->model, err);
    free(xsd);
    if (st != MNR_OK)
        return st;
    mnr_baseline_free(ctx->baseline);
    ctx->baseline = b;
    return MNR_OK;
}

/* The <date> of an answers or results document, by the rule of date.h;
 * after the schema, which has checked that it is an xs:date. */
static mnr_status check_date(const mnr_context *ctx, xmlNodePtr date, const char *path,
                             mnr_error *err)
{
    char *v = mnr_xml_text(date);
    mnr_status st = MNR_OK;
    switch (mnr_date_check(v, ctx->today, MNR_DATE_FILE_GRACE)) {
    case MNR_DATE_OK: break;
    case MNR_DATE_NOT_A_DATE:
        st = mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(date),
                           _("the assessment date '%.40s' is not a day of the calendar; write the "
                           "day the assessment was made as YYYY-MM-DD"), v ? v : "");
        break;
    case MNR_DATE_TOO_EARLY:
        st = mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(date),
                           _("the assessment is dated %.40s, before the Model National Response "
                           "existed (%s); correct the date to the day the "
                           "assessment was made"), v, MNR_DATE_FIRST);
        break;
    case MNR_DATE_FUTURE:
        st = mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(date),
                           _("the assessment is dated %.40s, after today (%s); correct the date "
                           "to the day the assessment was made (a date in the future would "
                           "make it its country's latest assessment for years)"), v, ctx->today);
        break;
    }
    free(v);
    return st;
}

/* The <date> of a document of `kind` (answers or results), or NULL. */
static xmlNodePtr date_of(xmlDocPtr doc, mnr_kind kind)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (kind == MNR_KIND_RESULTS)
        root = mnr_xml_child(root, "assessment");
    else if (kind != MNR_KIND_ANSWERS)
        return NULL;
    return mnr_xml_child(root, "date");
}

mnr_status mnr_context_validate_doc(const mnr_context *ctx, xmlDocPtr doc, mnr_kind kind,
                                    const char *path, mnr_error *err)
{
    /* XML Schema reads an xs:date with the white space around it
     * collapsed, but libxml2 (2.9) refuses "<date>\n  2026-11-01\n</date>"
     * as an editor may lay it out: collapse it first. */
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (kind == MNR_KIND_ANSWERS)
        mnr_xml_collapse_text(mnr_xml_child(root, "date"));
    else if (kind == MNR_KIND_RESULTS)
        mnr_xml_collapse_text(mnr_xml_child(mnr_xml_child(root, "assessment"), "date"));
    char *xsd = mnr_context_path(ctx, mnr_kind_schema(kind));
    mnr_status st = mnr_xml_validate(doc, path, xsd, err);
    free(xsd);
    if (st == MNR_OK && date_of(doc, kind))
        st = check_date(ctx, date_of(doc, kind), path, err);
    return st;
}

mnr_status mnr_context_load_kind(xmlDocPtr *out, const mnr_context *ctx, const char *path,
                                 mnr_kind kind, const char *expected, const char *hint,
                                 mnr_error *err)
{
    xmlDocPtr doc = NULL;
    *out = NULL;
    mnr_status st = mnr_xml_load(&doc, path, err);
    if (st == MNR_OK && mnr_kind_of(doc) != kind) {
        char root[512];
        mnr_kind_root_text(doc, root, sizeof root);
        st = mnr_error_set(err, MNR_EINVALID, path, xmlGetLineNo(xmlDocGetRootElement(doc)),
                           _("expected %s, found %s; %s"), expected, root, hint);
    }
    if (st == MNR_OK)
        st = mnr_context_validate_doc(ctx, doc, kind, path, err);
    if (st != MNR_OK) {
        xmlFreeDoc(doc);
        return st;
    }
    *out = doc;
    return MNR_OK;
}
