/*
 * its.h - a document's English texts in the language in use, by the ITS
 * rules of po/its/mnr.its (W3C Internationalization Tag Set 2.0).
 *
 * The same rules tell itstool which texts of mnr's data go to translators
 * (scripts/translations) and tell mnr, here, which texts of a document to
 * show translated: the words module of the layouts when it is loaded, and
 * the document a layout reads (results, comparison, cohort baseline, the
 * form's document) before the layout runs.
 *
 *   mnr_its_rules *rules;
 *   if (mnr_its_rules_load(&rules, path, err) != MNR_OK)
 *       return err->status;
 *   mnr_its_translate(doc, rules, &n, err);
 *   mnr_its_rules_free(rules);
 *
 * Only its:translateRule is applied (other ITS rules are left alone):
 * every rule's selector (XPath 1.0, with the namespace prefixes declared
 * where the rule is) picks elements and attributes; where several rules
 * pick a node the last one says (translate="yes" or "no"); a node no rule
 * picks is not translated. A picked attribute is translated as its value,
 * a picked element that holds no element as its text. The catalog is
 * asked (mnr_gettext, i18n.h) with the text as itstool writes the msgid:
 * runs of white space as one space, none at either end; a translation
 * goes in as plain text, never read as markup. Texts without a
 * translation stay as they are.
 */
#ifndef MNR_ITS_H
#define MNR_ITS_H

#include <libxml/tree.h>

#include "error.h"

typedef struct mnr_its_rules mnr_its_rules;

/* Reads the rules file at `path` (through the safe loader, xmlload.h) and
 * compiles every selector once. Refused, with the file and the rule's
 * line: a root that is not its:rules, a translateRule without a selector
 * or with translate other than yes or no, a selector that is not XPath
 * 1.0 or names a prefix not declared. Freed with mnr_its_rules_free. */
mnr_status mnr_its_rules_load(mnr_its_rules **out, const char *path, mnr_error *err);
void mnr_its_rules_free(mnr_its_rules *rules);

/* Puts the translations of the texts `rules` pick into `doc`, in place;
 * *translated (may be NULL) is how many texts were replaced. Does nothing
 * at all when the language in use is English (mnr_i18n_language).
 * Linear in the size of the document for a given set of rules. The
 * document's nodes must not use their _private field (a freshly parsed or
 * copied document does not): it marks the picked nodes while working. */
mnr_status mnr_its_translate(xmlDocPtr doc, const mnr_its_rules *rules,
                             unsigned long *translated, mnr_error *err);

#endif
