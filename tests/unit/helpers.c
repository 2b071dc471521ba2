#include "helpers.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "xmlsafe.h"

char *test_source_path(const char *rel)
{
    size_t n = strlen(MNR_SOURCE_DIR) + strlen(rel) + 2;
    char *p = malloc(n);
    snprintf(p, n, "%s/%s", MNR_SOURCE_DIR, rel);
    return p;
}

static void *load(const char *kind, const char *file, const char *schema, mnr_model *model)
{
    char *path = test_source_path(file);
    char *xsd = test_source_path(schema);
    mnr_error err;
    mnr_error_init(&err);
    void *obj = NULL;
    mnr_status st;
    if (strcmp(kind, "model") == 0)
        st = mnr_model_load((mnr_model **)&obj, path, xsd, &err);
    else if (strcmp(kind, "baseline") == 0)
        st = mnr_baseline_load((mnr_baseline **)&obj, path, xsd, model, &err);
    else
        st = mnr_questionnaire_load((mnr_questionnaire **)&obj, path, xsd, model, &err);
    if (st != MNR_OK)
        fail_msg("%s: %s:%ld: %s", kind, err.file, err.line, err.message);
    free(path);
    free(xsd);
    return obj;
}

int fixture_setup(void **state)
{
    mnr_xml_init();
    fixture *f = calloc(1, sizeof *f);
    f->model = load("model", "tests/data/unit/model.xml", "model/schema/model.xsd", NULL);
    f->full = load("questionnaire", "tests/data/unit/questionnaire.xml",
                   "questionnaires/schema/questionnaire.xsd", f->model);
    f->rapid = load("questionnaire", "tests/data/unit/rapid.xml",
                    "questionnaires/schema/questionnaire.xsd", f->model);
    f->baseline = load("baseline", "tests/data/unit/baseline.xml", "model/schema/baseline.xsd",
                       f->model);
    *state = f;
    return 0;
}

static void reset(fixture *f)
{
    mnr_scores_free(f->scores);
    mnr_answers_free(f->answers);
    f->scores = NULL;
    f->answers = NULL;
}

int fixture_teardown(void **state)
{
    fixture *f = *state;
    reset(f);
    mnr_questionnaire_free(f->full);
    mnr_questionnaire_free(f->rapid);
    mnr_baseline_free(f->baseline);
    mnr_model_free(f->model);
    free(f);
    return 0;
}

/* "C01.L1.a=yes C01.L2.a=na" -> <answer .../> elements. */
static char *answers_xml(const mnr_questionnaire *q, const char *targets_attr,
                         const char *targets_inner, const char *pairs)
{
    size_t cap = 4096 + strlen(pairs) * 4 + (targets_inner ? strlen(targets_inner) : 0);
    char *xml = malloc(cap);
    int n = snprintf(xml, cap,
                     "<answers model=\"test-model\" model-version=\"1.0\" questionnaire=\"%s\" "
                     "questionnaire-version=\"1.0\">\n<country fictional=\"true\">Testland</country>\n"
                     "<date>2026-01-01</date>\n<respondents><respondent role=\"tester\">T</respondent>"
                     "</respondents>\n",
                     q->id);
    if (targets_attr || targets_inner)
        n += snprintf(xml + n, cap - (size_t)n, "<targets %s>%s</targets>\n",
                      targets_attr ? targets_attr : "", targets_inner ? targets_inner : "");
    char *copy = strdup(pairs);
    for (char *save = NULL, *tok = strtok_r(copy, " \n", &save); tok; tok = strtok_r(NULL, " \n", &save)) {
        char *eq = strchr(tok, '=');
        *eq = '\0';
        n += snprintf(xml + n, cap - (size_t)n, "<answer question=\"%s\" value=\"%s\"/>\n", tok, eq + 1);
    }
    free(copy);
    snprintf(xml + n, cap - (size_t)n, "</answers>\n");
    return xml;
}

static mnr_status prepare(fixture *f, const mnr_questionnaire *q, const char *targets_attr,
                          const char *targets_inner, const char *pairs, mnr_error *err)
{
    reset(f);
    char *xml = answers_xml(q, targets_attr, targets_inner, pairs);
    xmlDocPtr doc = NULL;
    char *xsd = test_source_path("questionnaires/schema/answers.xsd");
    mnr_status st = mnr_xml_load_memory(&doc, xml, strlen(xml), "answers.xml", err);
    if (st == MNR_OK)
        st = mnr_xml_validate(doc, "answers.xml", xsd, err);
    if (st == MNR_OK)
        st = mnr_answers_from_doc(&f->answers, doc, "answers.xml", err);
    if (st == MNR_OK)
        st = mnr_answers_check(f->answers, f->model, q, err);
    xmlFreeDoc(doc);
    free(xsd);
    free(xml);
    return st;
}

const mnr_scores *score_pairs(fixture *f, const mnr_questionnaire *q, const char *targets_attr,
                              const char *targets_inner, const char *pairs, int override)
{
    mnr_error err;
    mnr_error_init(&err);
    mnr_status st = prepare(f, q, targets_attr, targets_inner, pairs, &err);
    if (st == MNR_OK)
        st = mnr_score_compute(&f->scores, f->model, q, f->answers, f->baseline, override, &err);
    if (st != MNR_OK)
        fail_msg("scoring failed: %s:%ld: %s", err.file, err.line, err.message);
    return f->scores;
}

mnr_status check_pairs(fixture *f, const mnr_questionnaire *q, const char *pairs, mnr_error *err)
{
    return prepare(f, q, NULL, NULL, pairs, err);
}
