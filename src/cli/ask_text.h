/*
 * ask_text.h - every word mnr ask says that does not come from the model or
 * the questionnaire: one table (ask_text.c), in English, each text looked
 * up in the catalog of the language in use (i18n.h; po/LL.po). Texts are
 * printf formats; what each one gets is noted beside it in ask_text.c. A text holds no line break: the front
 * wraps it to the terminal; a "\n" in one starts a new paragraph.
 * Which file of mnr ask does what: src/core/README.md.
 */
#ifndef MNR_ASK_TEXT_H
#define MNR_ASK_TEXT_H

#include "ask.h"

typedef enum ask_msg {
    /* opening */
    T_INTRO,
    T_INTRO_SAVE,
    T_RESUMED,
    T_COMPLETE_FILE,
    /* details */
    T_DETAILS_NEW,
    T_DETAILS_AGAIN,
    T_DETAIL_COUNTRY,
    T_DETAIL_REGION, /* in the order of mnr_detail */
    T_DETAIL_INCOME,
    T_DETAIL_NAME,
    T_DETAIL_ROLE,
    T_DETAIL_DATE,
    T_DETAIL_TARGET,
    T_DETAILS_SAVED,
    T_GROUP_HEAD,
    T_GROUP_ROW,
    T_GROUP_KEEP,
    T_GROUP_NONE,
    /* a question */
    T_DOMAIN,
    T_CAPABILITY,
    T_POSITION,
    T_CRITERION,
    T_LEVEL_PICK,
    T_EVIDENCE_HELP,
    T_LEVEL_OPTION,
    T_CURRENT,
    T_CURRENT_EVIDENCE,
    T_CURRENT_COMMENT,
    T_KEYS_CRITERIA,
    T_KEYS_CRITERIA_NA,
    T_KEYS_RAPID,
    T_KEYS_OTHER,
    T_KEYS_KEEP,
    T_PROMPT_ANSWER,
    /* evidence and comment */
    T_EVIDENCE_ASK,
    T_COMMENT_ASK,
    T_TEXT_KEEP,
    T_TEXT_COMMANDS,
    T_TEXT_AGAIN,
    T_PROMPT_EVIDENCE,
    T_PROMPT_COMMENT,
    T_PROMPT_MORE,
    /* after a line */
    T_SAVED,
    T_KEPT,
    T_SKIPPED,
    T_SWITCHED_ROW,
    T_OFF_ANSWERED,
    T_CUT,
    T_AT_START,
    T_ALL_OFF,
    T_REVIEWED,
    /* hints for a line not understood */
    H_KEY,
    H_KEY_RAPID,
    H_NA,
    H_REQUIRED,
    H_DATE,
    H_DATE_EARLY,
    H_DATE_FUTURE,
    H_TARGET,
    H_GROUP,
    H_CAPABILITY,
    H_NOT_YET,
    H_MENU,
    H_CONTROL,
    H_NOT_UTF8,
    /* jump */
    T_JUMP_HEAD,
    T_JUMP_ROW,
    T_PROMPT_JUMP,
    /* the menu */
    T_MENU_DONE,
    T_MENU_OPEN,
    T_MENU_CHOICES_OPEN,
    T_MENU_CHOICES_DONE,
    T_PROMPT_MENU,
    /* levels so far, and the summary at the end */
    T_LEVELS_HEAD,
    T_SUMMARY_HEAD,
    T_LEVELS_DOMAIN,
    T_LEVELS_DOMAIN_NONE,
    T_LEVELS_CAP_LEVEL,
    T_LEVELS_CAP_NONE,
    T_LEVELS_PROVISIONAL,
    T_LEVELS_ANSWERED,
    T_LEVELS_UNANSWERED,
    T_WHY_NOT_APPLICABLE,
    T_WHY_NOT_ANSWERED,
    T_WHY_DONT_KNOW,
    T_OVERALL,
    T_OVERALL_NONE,
    /* a translation not reviewed yet; the English keys in another language */
    T_DRAFT,
    T_HELP_ENGLISH_KEYS,
    /* the end */
    T_FINISHED,
    T_REPORT,
    T_QUIT,
    T_RESUME,
    T_NOTHING,
    T_INTERRUPTED,
    T_END_OF_INPUT,
    T_SAVE_FAILED,
    /* help, per prompt */
    T_HELP_DETAILS,
    T_HELP_ANSWER,
    T_HELP_ANSWER_RAPID,
    T_HELP_COMMANDS,
    T_HELP_LEVEL,
    T_HELP_TEXT,
    T_HELP_JUMP,
    T_HELP_MENU,
    /* answer values as shown */
    T_VALUE_YES,
    T_VALUE_PARTLY,
    T_VALUE_NO,
    T_VALUE_DONT_KNOW,
    T_VALUE_NA,
    T_VALUE_LEVEL,
    /* the command line */
    T_USAGE_NO_OUTPUT,
    T_USAGE_STDOUT,
    T_USAGE_EXTRA,
    T_USAGE_QUESTIONNAIRE,
    T_NOT_A_FILE,
    T_CANNOT_WRITE_DIR,
    T_LOCKED,
    T_LOCKED_BY,
    T_CANNOT_LOCK,
    T_N_MESSAGES
} ask_msg;

/* Text m in the language in use. */
const char *ask_text(ask_msg m);
/* The texts whose form depends on a count (each holds the count). */
typedef enum ask_plural {
    /* after a line: the answer switches questions off, or on again */
    P_OFF,
    P_ON,
    /* the levels so far, when some domains have nothing assessed */
    P_OVERALL_NO_LEVEL,
    P_N_MESSAGES
} ask_plural;

/* Text p in the form the language in use gives the count n. */
const char *ask_ntext(ask_plural p, unsigned long n);

/* The keys (mnr_ask_keys) of the language in use, which its texts name;
 * in another language than English, with the English ones as `also`. */
const mnr_ask_keys *ask_keys(void);

/* mnr ask --help, which documents the input protocol: the usage and
 * prose before the option list, each option's help text (the texts of
 * cmd_ask.c's option table, which prints them) and what follows the
 * list. Unlike the texts above, these hold their own line breaks. They are
 * marked for translation (N_) and translated where they are printed
 * (cli_print_help). */
extern const char ask_help_usage[];
extern const char ask_help_output[];
extern const char ask_help_questionnaire[];
extern const char ask_help_data_dir[];
extern const char ask_help_help[];
extern const char ask_help_epilogue[];

#endif
