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
 *
 * And the form's script, stylesheets/form.js, with its SHA-256: form.xsl
 * writes the script into the page as it is and names it by that hash in
 * the page's content security policy, the one script the page may run.
 */
#ifndef MNR_FORM_H
#define MNR_FORM_H

#include <libxml/tree.h>

#include "context.h"
#include "error.h"
#include "sha256.h"

/* `questionnaire_path`: the questionnaire file; `answers_path`: an answers
 * file for that questionnaire, or NULL. *out is freed with xmlFreeDoc(). */
mnr_status mnr_form_input(xmlDocPtr *out, const mnr_context *ctx, const char *questionnaire_path,
                          const char *answers_path, mnr_error *err);

/* The form's script as form.xsl takes it (its parameters script and
 * script-sha256). */
typedef struct mnr_form_script {
    char *text;                           /* the file's bytes, NUL-terminated */
    char sha256[MNR_SHA256_BASE64_SIZE];  /* their SHA-256, in base64 */
} mnr_form_script;

/* Reads stylesheets/form.js of the data directory and works out its hash.
 * Refused: a file that is not UTF-8 text, holds a NUL byte, or holds
 * "</script" (in any case), which would end the page's <script> element
 * early and show the rest as text. Free *out with mnr_form_script_free. */
mnr_status mnr_form_script_load(mnr_form_script **out, const mnr_context *ctx, mnr_error *err);
void mnr_form_script_free(mnr_form_script *s);

#endif
