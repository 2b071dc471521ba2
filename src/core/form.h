/*
 * form.h - what the answer form (`mnr form`, stylesheets/form.xsl) is made
 * from: one document
 *
 *   <mnr-form date-first="2015-01-01">  (the first date an assessment may have, date.h)
 *     <model ...>          the model in use (model/mnr-model.xml)
 *     <questionnaire ...>  the questionnaire to answer
 *     <answers ...>        only when the form is to open pre-filled
 *   </mnr-form>
 *
 * holding copies of the three files, each checked first as `mnr validate`
 * and `mnr score` check them, so the stylesheet never meets a file that
 * mnr would refuse and never has to read a file itself.
 */
#ifndef MNR_FORM_H
#define MNR_FORM_H

#include <libxml/tree.h>

#include "context.h"
#include "error.h"

/* `questionnaire_path`: the questionnaire file; `answers_path`: an answers
 * file for that questionnaire, or NULL. *out is freed with xmlFreeDoc(). */
mnr_status mnr_form_input(xmlDocPtr *out, const mnr_context *ctx, const char *questionnaire_path,
                          const char *answers_path, mnr_error *err);

#endif
