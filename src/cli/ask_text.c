/*
 * ask_text.c - the words of mnr ask (see ask_text.h), in English, each
 * looked up in the catalog of the language in use (i18n.h): the texts,
 * the keys and the help. The texts that name keys name the English ones;
 * a translation names its own (msgctxt "ask-key").
 */
#include "ask_text.h"

#include <string.h>

#include "i18n.h"

/* y p n d a: yes, partly, no, don't know, not applicable; then the commands */
static const mnr_ask_keys english_keys = {
    .yes = "y", .partly = "p", .no = "n", .dont_know = "d", .na = "a",
    .back = "b", .skip = "s", .help = "h", .levels = "l", .jump = "j", .quit = "q",
};

const mnr_ask_keys *ask_keys(void)
{
    static mnr_ask_keys k;
    /* TRANSLATORS: the key typed to answer "yes" in mnr ask; one or two
       lowercase letters; must differ from every other ask key of your
       language (msgctxt "ask-key"); name it in the texts that name "y" */
    k.yes = C_("ask-key", "y");
    /* TRANSLATORS: the key typed to answer "partly"; one or two lowercase
       letters, unlike every other ask key of your language */
    k.partly = C_("ask-key", "p");
    /* TRANSLATORS: the key typed to answer "no"; one or two lowercase
       letters, unlike every other ask key of your language */
    k.no = C_("ask-key", "n");
    /* TRANSLATORS: the key typed to answer "don't know"; one or two
       lowercase letters, unlike every other ask key of your language */
    k.dont_know = C_("ask-key", "d");
    /* TRANSLATORS: the key typed to answer "not applicable"; one or two
       lowercase letters, unlike every other ask key of your language */
    k.na = C_("ask-key", "a");
    /* TRANSLATORS: the command key "back" (to the question before); one or
       two lowercase letters, unlike every other ask key of your language */
    k.back = C_("ask-key", "b");
    /* TRANSLATORS: the command key "skip" (leave the question as it is);
       one or two lowercase letters, unlike every other ask key */
    k.skip = C_("ask-key", "s");
    /* TRANSLATORS: the command key "help"; one or two lowercase letters,
       unlike every other ask key of your language */
    k.help = C_("ask-key", "h");
    /* TRANSLATORS: the command key "levels so far"; one or two lowercase
       letters, unlike every other ask key of your language */
    k.levels = C_("ask-key", "l");
    /* TRANSLATORS: the command key "jump" (to a capability); one or two
       lowercase letters, unlike every other ask key of your language */
    k.jump = C_("ask-key", "j");
    /* TRANSLATORS: the command key "save and quit"; one or two lowercase
       letters, unlike every other ask key of your language */
    k.quit = C_("ask-key", "q");
    /* in another language the English keys work too, where the
       language's keys leave them free (mnr_ask_keys) */
    k.also = strcmp(mnr_i18n_language(), "en") != 0 ? &english_keys : NULL;
    return &k;
}

static const char *const texts[T_N_MESSAGES] = {
    /* TRANSLATORS: title, questionnaire id, version, questions, capabilities, domains */
    [T_INTRO] = N_("%s (%s %s): %d questions on %d capabilities in %d domains."),
    /* TRANSLATORS: file */
    [T_INTRO_SAVE] = N_("Each answer is saved to %s as soon as it is given. To stop, type q "
                        "(:q while typing evidence or a comment) or press Ctrl-D or Ctrl-C; run "
                        "the same command again to go on where you stopped."),
    /* TRANSLATORS: file, country, answered, questions that apply, question id */
    [T_RESUMED] = N_("Going on with %s (%s): %d of %d questions answered. Resuming at the first "
                     "question not answered yet, %s."),
    /* TRANSLATORS: file, country */
    [T_COMPLETE_FILE] = N_("%s (%s) is complete: every question that applies is answered. You can "
                           "review and change the answers, capability by capability."),
    [T_DETAILS_NEW] = N_("First, the details of this assessment. Enter alone takes the value in "
                         "brackets; b goes back, h helps, q stops."),
    [T_DETAILS_AGAIN] = N_("The details of this assessment. Enter alone keeps the value in "
                           "brackets; b goes back."),
    [T_DETAIL_COUNTRY] = N_("Country"),
    /* TRANSLATORS: the grouping's name (from the model), how many groups it has */
    [T_DETAIL_REGION] = N_("%s, 1-%d"),
    [T_DETAIL_INCOME] = N_("%s, 1-%d"),
    [T_DETAIL_NAME] = N_("Your name"),
    [T_DETAIL_ROLE] = N_("Your role and organisation"),
    [T_DETAIL_DATE] = N_("Date of the assessment, YYYY-MM-DD"),
    [T_DETAIL_TARGET] = N_("Target level for every capability, 1-4"),
    /* TRANSLATORS: file */
    [T_DETAILS_SAVED] = N_("Details saved to %s."),
    /* TRANSLATORS: the grouping's name (from the model) */
    [T_GROUP_HEAD] = N_("%s (optional, only to group the assessments of many countries):"),
    /* TRANSLATORS: number, the group's name (from the model) */
    [T_GROUP_ROW] = N_("%3d %s"),
    [T_GROUP_KEEP] = N_("Enter alone keeps the value in brackets; - removes it."),
    /* TRANSLATORS: after the prompt's label when none is given */
    [T_GROUP_NONE] = N_(" (Enter: none)"),

    /* TRANSLATORS: number, domains, name */
    [T_DOMAIN] = N_("Domain %d of %d: %s"),
    /* TRANSLATORS: number, capabilities, name */
    [T_CAPABILITY] = N_("Capability %d of %d: %s"),
    /* TRANSLATORS: n, N in the capability; n, N in all; percent done */
    [T_POSITION] = N_("Question %d of %d in this capability, %d of %d in all; %d%% done"),
    /* TRANSLATORS: question id, level, level name */
    [T_CRITERION] = N_("%s, a criterion of level %d (%s):"),
    /* TRANSLATORS: question id */
    [T_LEVEL_PICK] = N_("%s:"),
    /* TRANSLATORS: the question's help */
    [T_EVIDENCE_HELP] = N_("What counts as evidence: %s"),
    /* TRANSLATORS: level, level name, description */
    [T_LEVEL_OPTION] = N_("%d %s: %s"),
    /* TRANSLATORS: the answer as shown (T_VALUE_...) */
    [T_CURRENT] = N_("Current answer: %s."),
    [T_CURRENT_EVIDENCE] = N_("Evidence: %s"),
    [T_CURRENT_COMMENT] = N_("Comment: %s"),
    /* TRANSLATORS: name the keys of your language (msgctxt "ask-key"), here
       and in every text that names a key */
    [T_KEYS_CRITERIA] = N_("Answer with a key, then Enter: y yes, p partly, n no, d don't know"),
    /* TRANSLATORS: the same with the key for not applicable */
    [T_KEYS_CRITERIA_NA] = N_("Answer with a key, then Enter: y yes, p partly, n no, d don't "
                              "know, a not applicable"),
    [T_KEYS_RAPID] = N_("Answer with the level that fits, 0-4, or d don't know, then Enter"),
    [T_KEYS_OTHER] = N_("Or: b back, s skip, h help, l levels so far, j jump, q save and quit"),
    [T_KEYS_KEEP] = N_("Enter alone keeps the current answer."),
    [T_PROMPT_ANSWER] = N_("Answer"),

    [T_EVIDENCE_ASK] = N_("Evidence (optional): documents, dates, names of bodies. Type as many "
                          "lines as you need; an empty line ends the evidence, so Enter alone "
                          "gives none."),
    [T_COMMENT_ASK] = N_("Comment (optional): as many lines as you need; an empty line ends it, "
                         "so Enter alone gives none."),
    [T_TEXT_KEEP] = N_("Enter alone keeps the text above; - removes it; new lines replace it."),
    [T_TEXT_COMMANDS] = N_("(:b back to the answer, :s skip the question, :h help, :l levels so "
                           "far, :j jump, :q save and quit)"),
    [T_TEXT_AGAIN] = N_("Evidence, then comment: optional, each ended by an empty line."),
    [T_PROMPT_EVIDENCE] = N_("Evidence"),
    [T_PROMPT_COMMENT] = N_("Comment"),
    [T_PROMPT_MORE] = N_("   more"),

    /* TRANSLATORS: question id, the answer as shown */
    [T_SAVED] = N_("Saved: %s %s."),
    [T_KEPT] = N_("Kept: %s %s."),
    /* TRANSLATORS: question id */
    [T_SKIPPED] = N_("Skipped %s; it stays open."),
    /* TRANSLATORS: question id, its text */
    [T_SWITCHED_ROW] = N_("  %s %s"),
    [T_OFF_ANSWERED] = N_("Answers already given to them are left out of the file, and come "
                          "back if the questions are switched on again."),
    /* TRANSLATORS: bytes */
    [T_CUT] = N_("The text is longer than %d bytes and was cut there."),
    [T_AT_START] = N_("There is nothing before this."),
    [T_ALL_OFF] = N_("Every question of that capability is switched off by earlier answers."),
    /* TRANSLATORS: capability number, name */
    [T_REVIEWED] = N_("That was the last question of capability %d, %s."),

    /* TRANSLATORS: the line */
    [H_KEY] = N_("'%s' is not an answer here: type y, p, n or d (a for not applicable, where "
                 "allowed), then Enter; h explains the keys."),
    [H_KEY_RAPID] = N_("'%s' is not an answer here: type a level 0, 1, 2, 3 or 4, or d for "
                       "don't know, then Enter; h explains the keys."),
    [H_NA] = N_("This question does not allow 'not applicable': answer y, p, n or d."),
    [H_REQUIRED] = N_("The answers file needs this: type it, then Enter (or q to stop)."),
    /* TRANSLATORS: the line, today */
    [H_DATE] = N_("'%s' is not a date: write it as YYYY-MM-DD, e.g. %s."),
    /* TRANSLATORS: the line, the first date an assessment may have */
    [H_DATE_EARLY] = N_("'%s' is before the Model National Response existed (%s): type the day "
                        "the assessment was made, YYYY-MM-DD."),
    /* TRANSLATORS: the line, today */
    [H_DATE_FUTURE] = N_("'%s' is after today (%s): type the day the assessment was made, "
                         "YYYY-MM-DD (Enter keeps the date shown)."),
    /* TRANSLATORS: the line */
    [H_TARGET] = N_("'%s' is not a target: type a level 1, 2, 3 or 4, or Enter for the default."),
    /* TRANSLATORS: the line, groups */
    [H_GROUP] = N_("'%s' is not one of the choices: type its number, 1 to %d (or its name), "
                   "then Enter."),
    /* TRANSLATORS: the line, capabilities */
    [H_CAPABILITY] = N_("'%s' is not a capability: type its number, 1 to %d (or its id, C05), "
                        "or Enter to stay."),
    [H_NOT_YET] = N_("That works once the details are complete."),
    /* TRANSLATORS: the line, capabilities */
    [H_MENU] = N_("'%s' is not a choice here: Enter, a capability number 1 to %d, l, h or q."),
    /* TRANSLATORS: the line, made safe: a control shown as <U+001B> */
    [H_CONTROL] = N_("'%s' holds control characters (an arrow key?), shown as <U+...>; "
                     "nothing of that line was taken: type it again."),
    /* TRANSLATORS: the line, made safe: a byte that is not UTF-8 shown as <0xFF> */
    [H_NOT_UTF8] = N_("'%s' holds bytes that are not UTF-8 text, shown as <0x..>; nothing of "
                      "that line was taken: set the terminal to UTF-8 and type it again."),

    [T_JUMP_HEAD] = N_("Jump to which capability?"),
    /* TRANSLATORS: number, name, answered, questions that apply */
    [T_JUMP_ROW] = N_("%3d %s (%d of %d answered)"),
    /* TRANSLATORS: capabilities */
    [T_PROMPT_JUMP] = N_("Capability, 1-%d (Enter: stay)"),

    /* TRANSLATORS: questions that apply */
    [T_MENU_DONE] = N_("All %d questions that apply are answered."),
    /* TRANSLATORS: open questions */
    [T_MENU_OPEN] = N_("Questions still open: %d."),
    /* TRANSLATORS: capabilities */
    [T_MENU_CHOICES_OPEN] = N_("Enter: answer the open questions. 1-%d: review and change a "
                               "capability's answers. l: levels so far. q: save and quit."),
    [T_MENU_CHOICES_DONE] = N_("Enter: finish. 1-%d: review and change a capability's answers. "
                               "l: levels so far."),
    [T_PROMPT_MENU] = N_("Choice"),

    [T_LEVELS_HEAD] = N_("Levels so far, scored as mnr score scores them (* provisional: "
                         "questions still open; n/N: questions answered):"),
    [T_SUMMARY_HEAD] = N_("Levels by domain, scored as mnr score scores them:"),
    /* TRANSLATORS: domain number, name, score (a number as your language writes it),
       capabilities assessed, capabilities */
    [T_LEVELS_DOMAIN] = N_("Domain %d, %s: score %s (%d of %d capabilities assessed)"),
    /* TRANSLATORS: domain number, name */
    [T_LEVELS_DOMAIN_NONE] = N_("Domain %d, %s: not assessed yet"),
    /* TRANSLATORS: level, level name, provisional mark, score */
    [T_LEVELS_CAP_LEVEL] = N_("level %d %s%s, %s"),
    /* TRANSLATORS: why (T_WHY_...) */
    [T_LEVELS_CAP_NONE] = N_("not assessed: %s"),
    [T_LEVELS_PROVISIONAL] = N_("*"),
    /* TRANSLATORS: answered, applicable */
    [T_LEVELS_ANSWERED] = N_("%d/%d"),
    /* TRANSLATORS: capability numbers */
    [T_LEVELS_UNANSWERED] = N_("No answer yet in capabilities %s."),
    [T_WHY_NOT_APPLICABLE] = N_("not applicable"),
    [T_WHY_NOT_ANSWERED] = N_("not answered yet"),
    [T_WHY_DONT_KNOW] = N_("don't know"),
    /* TRANSLATORS: index, level, level name, capabilities assessed, capabilities */
    [T_OVERALL] = N_("Overall index %s, level %d (%s), over %d of %d capabilities."),
    [T_OVERALL_NONE] = N_("Nothing is assessed yet."),

    [T_DRAFT] = N_("This translation is a draft: no native speaker has reviewed it yet."),
    /* TRANSLATORS: said in the help of a language other than English; keep
       the English keys as they are */
    [T_HELP_ENGLISH_KEYS] = N_("The English keys (y yes, p partly, n no, d don't know, a not "
                               "applicable; b back, s skip, h help, l levels, j jump, q quit) "
                               "work too, where they are not a key of this language."),

    /* TRANSLATORS: questions that apply, file */
    [T_FINISHED] = N_("Finished: all %d questions that apply are answered, and saved to %s."),
    [T_REPORT] = N_("To write the gap report, run:"),
    /* TRANSLATORS: file, answers saved, open questions */
    [T_QUIT] = N_("Saved to %s (answered: %d, still open: %d)."),
    [T_RESUME] = N_("To go on, run:"),
    [T_NOTHING] = N_("Nothing was saved: the answers file is written once the details are "
                     "complete. Run the same command again to start."),
    [T_INTERRUPTED] = N_("Interrupted: saving."),
    [T_END_OF_INPUT] = N_("End of input: saving."),
    [T_SAVE_FAILED] = N_("The answers saved before this one are in the file; fix the problem "
                         "and run the same command again to go on."),

    [T_HELP_DETAILS] = N_("These details go at the top of the answers file and on the report's "
                          "cover. Type the value and Enter; Enter alone takes the value in "
                          "brackets. The region and income group are optional: a number from "
                          "the list, or Enter alone for none (- removes one given); they only "
                          "group many countries' assessments in mnr cohort, which never names a "
                          "country. The target is the level you aim for in every capability; "
                          "the report measures gaps against it.\nCommands: b back to the detail "
                          "before, h this help, q stop (nothing is saved before the details are "
                          "complete)."),
    [T_HELP_ANSWER] = N_("Keys, each typed alone and then Enter:\n"
                         "  y  yes: it holds, and you could show the evidence described\n"
                         "  p  partly: it holds in part (some regions, a draft, an ended pilot)\n"
                         "  n  no: it does not hold\n"
                         "  d  don't know: nobody available can say (it counts as not met, and "
                         "is listed as missing evidence)\n"
                         "  a  not applicable: only where the question offers it"),
    [T_HELP_ANSWER_RAPID] = N_("Keys, each typed alone and then Enter:\n"
                               "  0-4  the highest level whose description holds in full, "
                               "together with every level below it\n"
                               "  d  don't know: the capability is left out of the scores"),
    [T_HELP_COMMANDS] = N_("  b  back to the question before\n"
                           "  s  skip: leave this question as it is, and go on\n"
                           "  h  this help\n"
                           "  l  the levels so far, scored from the answers given\n"
                           "  j  jump to a capability\n"
                           "  q  save and quit; the same command goes on later"),
    /* TRANSLATORS: level, level name, descriptor */
    [T_HELP_LEVEL] = N_("This question is one of the criteria of level %d (%s): %s"),
    [T_HELP_TEXT] = N_("Type the text line by line; an empty line ends it. Commands, typed "
                       "after a colon so they are not taken as text: :b back to the answer key, "
                       ":s skip the question (nothing is changed), :l levels so far, :j jump to a "
                       "capability, :q save and quit (the answer is kept with the lines typed "
                       "so far)."),
    [T_HELP_JUMP] = N_("Type the capability's number, or its id (C05). If it has questions not "
                       "answered yet, you go to the first of them; if all are answered, you go "
                       "through its answers and come back here. Enter alone stays where you were."),
    [T_HELP_MENU] = N_("Enter alone goes through the questions still open, or finishes when none "
                       "is. A capability number shows its questions one by one with the current "
                       "answers: Enter keeps an answer, a key changes it. l shows the levels so "
                       "far, q saves and quits."),

    [T_VALUE_YES] = N_("yes"),
    [T_VALUE_PARTLY] = N_("partly"),
    [T_VALUE_NO] = N_("no"),
    [T_VALUE_DONT_KNOW] = N_("don't know"),
    [T_VALUE_NA] = N_("not applicable"),
    /* TRANSLATORS: level, level name */
    [T_VALUE_LEVEL] = N_("level %d (%s)"),

    [T_USAGE_NO_OUTPUT] = N_("give the answers file to write (or go on with) with -o ANSWERS.xml"),
    [T_USAGE_STDOUT] = N_("mnr ask saves the answers file after every answer, so -o needs a "
                          "file name, not '-'"),
    /* TRANSLATORS: the argument */
    [T_USAGE_EXTRA] = N_("unexpected argument '%s'; the answers file goes after -o"),
    /* TRANSLATORS: the value */
    [T_USAGE_QUESTIONNAIRE] = N_("unknown questionnaire '%s'; use full, rapid or the path of a "
                                 "questionnaire file"),
    [T_NOT_A_FILE] = N_("is not a regular file; mnr ask saves the answers by replacing the file "
                        "after every answer: give the name of a file"),
    /* TRANSLATORS: the directory, the reason */
    [T_CANNOT_WRITE_DIR] = N_("cannot save answers in %s: %s; choose another place for the file. "
                              "Nothing was asked"),
    /* TRANSLATORS: another mnr ask has the same file open (filelock.h) */
    [T_LOCKED] = N_("is open in another mnr ask; finish or quit that one first (q at any "
                    "prompt), then run this again. Nothing was asked"),
    /* TRANSLATORS: the same, with that session's process id */
    [T_LOCKED_BY] = N_("is open in another mnr ask (process %ld); finish or quit that one "
                       "first (q at any prompt), then run this again. Nothing was asked"),
    /* TRANSLATORS: the reason */
    [T_CANNOT_LOCK] = N_("cannot make the hidden lock file beside it (.NAME.lock) that keeps "
                         "two sessions off one file: %s; choose another place for the file. "
                         "Nothing was asked"),
};

const char *ask_text(ask_msg m)
{
    return m >= 0 && m < T_N_MESSAGES && texts[m] ? _(texts[m]) : "";
}

/* Each pair is one plural message for translators (NP_, i18n.h). */
static const char *const plural_texts[P_N_MESSAGES][2] = {
    /* TRANSLATORS: count */
    [P_OFF] = NP_("This answer switches off %d question, which will not be asked:",
                  "This answer switches off %d questions, which will not be asked:"),
    /* TRANSLATORS: count */
    [P_ON] = NP_("This answer switches %d question on again:",
                 "This answer switches %d questions on again:"),
    /* TRANSLATORS: index, capabilities assessed, capabilities, domains without
       any capability assessed */
    [P_OVERALL_NO_LEVEL] = NP_("Overall index %s over %d of %d capabilities; no overall "
                               "level while %d domain has no capability assessed.",
                               "Overall index %s over %d of %d capabilities; no overall level "
                               "while %d domains have no capability assessed."),
};

const char *ask_ntext(ask_plural p, unsigned long n)
{
    return mnr_ngettext(plural_texts[p][0], plural_texts[p][1], n);
}

const char ask_help_usage[] = N_(
    "Usage: mnr ask [-q full|rapid|FILE] -o ANSWERS.xml\n"
    "\n"
    "Asks the questionnaire in the terminal, domain by domain and capability by\n"
    "capability, and saves the answers file after every answer (written whole or\n"
    "not at all, and checked as mnr score checks it first). Run it again on the\n"
    "same file to go on at the first question not answered yet; on a file with\n"
    "every question answered, it offers to review and change the answers by\n"
    "capability. At the end it shows the levels by domain and the mnr report\n"
    "command to run. Plain lines only: it works over SSH, in a screen reader, in\n"
    "a log, and with a file or pipe as input.\n"
    "\n"
    "If another program replaces or changes the file while the session runs, it\n"
    "is not written over: the session stops and keeps its answers in a new file\n"
    "beside it (ANSWERS-unsaved-N.xml), naming both.\n"
    "\n");

/* The help texts of the options (the names and the layout are cmd_ask.c's
 * option table). */
const char ask_help_output[] = N_("the answers file: a new one, or one to go on with\n"
                               "(any other file is refused, and left as it is,\n"
                               "as is one another mnr ask has open)");
const char ask_help_questionnaire[] = N_("full (criteria questions per level, the default\n"
                                      "for a new file), rapid (one level picked per\n"
                                      "capability), or the path of a questionnaire file;\n"
                                      "an existing file goes on with its own");
const char ask_help_data_dir[] = N_("use another data directory");
const char ask_help_help[] = N_("show this help");

const char ask_help_epilogue[] = N_(
    "\n"
    "Input: one line at a time, from the terminal or from a file or pipe, so a\n"
    "session can be replayed (mnr ask -o a.xml < session.txt). In order:\n"
    "  1. For a new file, the details: the country; its region, then its income\n"
    "     group, each a number from the list shown (an empty line: none, and the\n"
    "     file falls in no group in mnr cohort); your name; your role; the date,\n"
    "     YYYY-MM-DD (an empty line: today; a date before 2015-01-01, when the\n"
    "     MNR was not yet there, or after today is asked again); the target\n"
    "     level for every capability, 1-4 (an empty line: the model's default).\n"
    "  2. For each question, in the order shown: the answer key (y yes, p partly,\n"
    "     n no, d don't know, a not applicable where the question allows it; in\n"
    "     the rapid questionnaire a level 0-4, or d); then the evidence, any\n"
    "     number of lines ended by an empty line; then the comment, the same.\n"
    "     On a question already answered, an empty line keeps the answer with its\n"
    "     evidence and comment, and goes on (no more lines for that question); a\n"
    "     key, even the same one, is followed by the evidence and comment, where\n"
    "     an empty first line keeps the old text (a line '-' removes it).\n"
    "  3. A command instead of an answer key: b back, s skip (leave the question\n"
    "     as it is), h help, l levels so far, j jump (the next line names the\n"
    "     capability: 1-21, or C05), q save and quit. In evidence and comments a\n"
    "     command is written after a colon (:q), and only a line that is exactly\n"
    "     that is one; elsewhere the colon may be left out.\n"
    "  4. When the questions run out with some still open, and on a file with\n"
    "     every question answered: an empty line goes through the open questions\n"
    "     (or finishes), a capability number reviews that capability, q quits.\n"
    "The end of input (Ctrl-D) or Ctrl-C saves, keeping the answer being given\n"
    "with the lines typed so far, and says how to go on. A line that is not\n"
    "understood is asked again, with a hint; so is one with a control character\n"
    "(an arrow key, an escape sequence) or bytes that are not UTF-8, anywhere:\n"
    "nothing of it is taken.\n"
    "\n"
    "In another language (--lang), the keys are that language's, as its prompts\n"
    "and help name them; the English keys above work too where they are not a\n"
    "key of that language. The answers file records the language of the session\n"
    "that saved it (lang=\"fr\"); a session goes on in the language asked for\n"
    "now, whatever the file says.\n"
    "\n"
    "Colour only on a terminal, and never when NO_COLOR is set (not empty).\n"
    "\n"
    "Example:\n"
    "  mnr ask -q rapid -o examplia.xml\n"
    "Exit status: 0 finished or stopped (q, Ctrl-D, Ctrl-C: saved), 1 a file\n"
    "refused (nothing asked, the file left as it is) or a failed save, 2 wrong\n"
    "command line.\n");
