/*
 * i18n.h - the words mnr says, in the user's language.
 *
 * Every message a person reads is written in English in the source, marked
 * so that xgettext finds it, and looked up at run time in the catalog of
 * the language the user chose (po/LL.po, compiled to LL.mo at build time):
 *
 *   mnr_error_set(err, MNR_EIO, path, 0, _("cannot read %s: %s"), ...);
 *   printf(mnr_ngettext("%d gap\n", "%d gaps\n", n), n);
 *   key = C_("ask-key", "y");           (a context: same English, other use)
 *   static const char *names[] = { N_("Yes"), N_("No") };  (marked only;
 *                                       translated where used, with _())
 *
 * With no catalog in use (English, or a language mnr has no translation
 * for) each returns its English argument. The catalog in use is one per
 * process, as gettext's own is: the command line chooses it once at
 * start (mnr_i18n_use), the core only asks.
 *
 * Extraction: xgettext -k_ -kN_ -kC_:1c,2 -kNP_:1,2 -kmnr_ngettext:1,2 (see
 * scripts/translations).
 */
#ifndef MNR_I18N_H
#define MNR_I18N_H

#include <stddef.h>

#if defined(__GNUC__)
#define MNR_FORMAT_ARG(n) __attribute__((format_arg(n)))
#else
#define MNR_FORMAT_ARG(n)
#endif

/* The translation of `msgid`, or `msgid` itself. */
const char *mnr_gettext(const char *msgid) MNR_FORMAT_ARG(1);
/* The same, for the English text `msgid` used in context `ctxt`. */
const char *mnr_pgettext(const char *ctxt, const char *msgid) MNR_FORMAT_ARG(2);
/* The translation of a text that is never a printf format (from the data
 * or the words module) in context `ctxt` (NULL: none): a '%' in it is a
 * character ("92 %"), where mnr_gettext would refuse a translation that
 * could read an argument that is not there. */
const char *mnr_i18n_text(const char *ctxt, const char *msgid);
/* The form of `singular`/`plural` that the language uses for `n`. */
const char *mnr_ngettext(const char *singular, const char *plural, unsigned long n)
    MNR_FORMAT_ARG(1) MNR_FORMAT_ARG(2);

#define _(msgid) mnr_gettext(msgid)
/* no parentheses: N_() may give a char array its text */
#define N_(msgid) msgid
#define C_(ctxt, msgid) mnr_pgettext(ctxt, msgid)
/* A singular/plural pair marked as one plural message and not translated
 * here: the initializer of a two-text array, given to mnr_ngettext where
 * used. */
#define NP_(singular, plural) {singular, plural}

typedef struct mnr_catalog mnr_catalog;

/* Puts `cat` (catalog.h; taken over, freed by the next call) in use for
 * the rest of the process; NULL: English. Forgets the texts counted by
 * mnr_i18n_missing. The command line calls it once, at start. */
void mnr_i18n_use(mnr_catalog *cat);
/* Back to English, the catalog freed (at exit, and between tests). */
void mnr_i18n_reset(void);

/* The language in use ("fr"; "en" when no catalog is in use). */
const char *mnr_i18n_language(void);
/* 1 when the catalog in use is a draft: no native speaker has reviewed it
 * (its PO header's X-Translation-Status is not "reviewed ..."). */
int mnr_i18n_draft(void);
/* How many different texts were asked for in this run and had no
 * translation (shown in English); 0 for English. */
unsigned long mnr_i18n_missing(void);

/* A number written by the program in machine form ("1.17", "-3", "93.9",
 * "1234") as the language writes it (French "1,17"); into buf, which it
 * returns. Cut to fit, never overflowing. The style comes from the
 * translation of the sample "1,234.5": the group separator is what stands
 * between 1 and 234 (may be none), the decimal sign what stands between 4
 * and 5, and the digits are the sample's (any decimal script, e.g.
 * Arabic-Indic). Without a catalog, without a translation of the sample,
 * or for a text that is not such a number: `machine` as it is. */
char *mnr_number_text(char *buf, size_t size, const char *machine);

/* ---- for tests only: never called by mnr itself ---- */
/* Makes mnr_gettext look its msgid up in `pairs` (English, translation,
 * English, translation, ..., NULL; kept, not copied), with `language` as
 * the language in use and the catalog a draft; NULL `pairs`: back to
 * English. Lets unit tests and the test driver tests/tools/mnr-lang.c
 * show translated output without a compiled catalog. */
void mnr_i18n_use_table(const char *language, const char *const *pairs);

#endif
