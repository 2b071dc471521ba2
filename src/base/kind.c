#include "kind.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "textsafe.h"

static const struct {
    mnr_kind kind;
    const char *root;
    const char *schema;
} kinds[] = {
    {MNR_KIND_MODEL, "model", "model/schema/model.xsd"},
    {MNR_KIND_BASELINE, "baseline", "model/schema/baseline.xsd"},
    {MNR_KIND_QUESTIONNAIRE, "questionnaire", "questionnaires/schema/questionnaire.xsd"},
    {MNR_KIND_ANSWERS, "answers", "questionnaires/schema/answers.xsd"},
    {MNR_KIND_RESULTS, "results", "model/schema/results.xsd"},
};

mnr_kind mnr_kind_of(xmlDocPtr doc)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root || root->ns)
        return MNR_KIND_UNKNOWN;
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (strcmp((const char *)root->name, kinds[i].root) == 0)
            return kinds[i].kind;
    return MNR_KIND_UNKNOWN;
}

const char *mnr_kind_name(mnr_kind kind)
{
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (kinds[i].kind == kind)
            return kinds[i].root;
    return "unknown";
}

const char *mnr_kind_schema(mnr_kind kind)
{
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (kinds[i].kind == kind)
            return kinds[i].schema;
    return NULL;
}

void mnr_kind_root_text(xmlDocPtr doc, char *buf, size_t size)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    /* names cut between characters */
    const char *name = root ? (const char *)root->name : "";
    const char *href = root && root->ns && root->ns->href ? (const char *)root->ns->href : "";
    if (!root)
        snprintf(buf, size, "%s", _("no root element"));
    else if (root->ns && root->ns->href)
        /* TRANSLATORS: the root element's name, then its namespace. */
        snprintf(buf, size,
                 _("<%.*s> in the XML namespace %.*s (mnr's files use none: remove the "
                   "xmlns attribute if this is meant to be an mnr file)"),
                 (int)mnr_utf8_prefix(name, 100), name, (int)mnr_utf8_prefix(href, 300), href);
    else
        snprintf(buf, size, "<%.*s>", (int)mnr_utf8_prefix(name, 100), name);
}
