/*
 * ask_text.c - the words of mnr ask (see ask_text.h). A translation
 * replaces this file: the texts, the keys (keep the keys the texts name in
 * step with ask_keys) and the help.
 */
#include "ask_text.h"

/* y p n d a: yes, partly, no, don't know, not applicable; then the commands */
const mnr_ask_keys ask_keys = {
    .yes = "y", .partly = "p", .no = "n", .dont_know = "d", .na = "a",
    .back = "b", .skip = "s", .help = "h", .levels = "l", .jump = "j", .quit = "q",
};

static const char *const texts[T_N_MESSAGES] = {
    /* title, questionnaire id, version, questions, capabilities, domains */
    [T_INTRO] = "%s (%s %s): %d questions on %d capabilities in %d domains.",
    /* file */
    [T_INTRO_SAVE] = "Each answer is saved to %s as soon as it is given. To stop, type q "
                     "(:q while typing evidence or a comment) or press Ctrl-D or Ctrl-C; run "
                     "the same command again to go on where you stopped.",
    /* file, country, answered, questions that apply, question id */
    [T_RESUMED] = "Going on with %s (%s): %d of %d questions answered. Resuming at the first "
                  "question not answered yet, %s.",
    /* file, country */
    [T_COMPLETE_FILE] = "%s (%s) is complete: every question that applies is answered. You can "
                        "review and change the answers, capability by capability.",
    [T_DETAILS_NEW] = "First, the details of this assessment. Enter alone takes the value in "
                      "brackets; b goes back, h helps, q stops.",
    [T_DETAILS_AGAIN] = "The details of this assessment. Enter alone keeps the value in "
                        "brackets; b goes back.",
    [T_DETAIL_COUNTRY] = "Country",
    /* the grouping's name (from the model), how many groups it has */
    [T_DETAIL_REGION] = "%s, 1-%d",
    [T_DETAIL_INCOME] = "%s, 1-%d",
    [T_DETAIL_NAME] = "Your name",
    [T_DETAIL_ROLE] = "Your role and organisation",
    [T_DETAIL_DATE] = "Date of the assessment, YYYY-MM-DD",
    [T_DETAIL_TARGET] = "Target level for every capability, 1-4",
    /* file */
    [T_DETAILS_SAVED] = "Details saved to %s.",
    /* the grouping's name (from the model) */
    [T_GROUP_HEAD] = "%s (optional, only to group the assessments of many countries):",
    /* number, the group's name (from the model) */
    [T_GROUP_ROW] = "%3d %s",
    [T_GROUP_KEEP] = "Enter alone keeps the value in brackets; - removes it.",
    /* after the prompt's label when none is given */
    [T_GROUP_NONE] = " (Enter: none)",

    /* number, domains, name */
    [T_DOMAIN] = "Domain %d of %d: %s",
    /* number, capabilities, name */
    [T_CAPABILITY] = "Capability %d of %d: %s",
    /* n, N in the capability; n, N in all; percent done */
    [T_POSITION] = "Question %d of %d in this capability, %d of %d in all; %d%% done",
    /* question id, level, level name */
    [T_CRITERION] = "%s, a criterion of level %d (%s):",
    /* question id */
    [T_LEVEL_PICK] = "%s:",
    /* the question's help */
    [T_EVIDENCE_HELP] = "What counts as evidence: %s",
    /* level, level name, description */
    [T_LEVEL_OPTION] = "%d %s: %s",
    /* the answer as shown (T_VALUE_...) */
    [T_CURRENT] = "Current answer: %s.",
    [T_CURRENT_EVIDENCE] = "Evidence: %s",
    [T_CURRENT_COMMENT] = "Comment: %s",
    [T_KEYS_CRITERIA] = "Answer with a key, then Enter: y yes, p partly, n no, d don't know",
    [T_KEYS_NA] = ", a not applicable",
    [T_KEYS_RAPID] = "Answer with the level that fits, 0-4, or d don't know, then Enter",
    [T_KEYS_OTHER] = "Or: b back, s skip, h help, l levels so far, j jump, q save and quit",
    [T_KEYS_KEEP] = "Enter alone keeps the current answer.",
    [T_PROMPT_ANSWER] = "Answer",

    [T_EVIDENCE_ASK] = "Evidence (optional): documents, dates, names of bodies. Type as many "
                       "lines as you need; an empty line ends the evidence, so Enter alone "
                       "gives none.",
    [T_COMMENT_ASK] = "Comment (optional): as many lines as you need; an empty line ends it, "
                      "so Enter alone gives none.",
    [T_TEXT_KEEP] = "Enter alone keeps the text above; - removes it; new lines replace it.",
    [T_TEXT_COMMANDS] = "(:b back to the answer, :s skip the question, :h help, :l levels so "
                        "far, :j jump, :q save and quit)",
    [T_TEXT_AGAIN] = "Evidence, then comment: optional, each ended by an empty line.",
    [T_PROMPT_EVIDENCE] = "Evidence",
    [T_PROMPT_COMMENT] = "Comment",
    [T_PROMPT_MORE] = "   more",

    /* question id, the answer as shown */
    [T_SAVED] = "Saved: %s %s.",
    [T_KEPT] = "Kept: %s %s.",
    /* question id */
    [T_SKIPPED] = "Skipped %s; it stays open.",
    [T_OFF_ONE] = "This answer switches off 1 question, which will not be asked:",
    /* count */
    [T_OFF_MANY] = "This answer switches off %d questions, which will not be asked:",
    [T_ON_ONE] = "This answer switches 1 question on again:",
    [T_ON_MANY] = "This answer switches %d questions on again:",
    /* question id, its text */
    [T_SWITCHED_ROW] = "  %s %s",
    [T_OFF_ANSWERED] = "Answers already given to them are left out of the file, and come "
                       "back if the questions are switched on again.",
    /* bytes */
    [T_CUT] = "The text is longer than %d bytes and was cut there.",
    [T_AT_START] = "There is nothing before this.",
    [T_ALL_OFF] = "Every question of that capability is switched off by earlier answers.",
    /* capability number, name */
    [T_REVIEWED] = "That was the last question of capability %d, %s.",

    /* the line */
    [H_KEY] = "'%s' is not an answer here: type y, p, n or d (a for not applicable, where "
              "allowed), then Enter; h explains the keys.",
    [H_KEY_RAPID] = "'%s' is not an answer here: type a level 0, 1, 2, 3 or 4, or d for "
                    "don't know, then Enter; h explains the keys.",
    [H_NA] = "This question does not allow 'not applicable': answer y, p, n or d.",
    [H_REQUIRED] = "The answers file needs this: type it, then Enter (or q to stop).",
    /* the line, today */
    [H_DATE] = "'%s' is not a date: write it as YYYY-MM-DD, e.g. %s.",
    /* the line, the first date an assessment may have */
    [H_DATE_EARLY] = "'%s' is before the Model National Response existed (%s): type the day "
                     "the assessment was made, YYYY-MM-DD.",
    /* the line, today */
    [H_DATE_FUTURE] = "'%s' is after today (%s): type the day the assessment was made, "
                      "YYYY-MM-DD (Enter keeps the date shown).",
    /* the line */
    [H_TARGET] = "'%s' is not a target: type a level 1, 2, 3 or 4, or Enter for the default.",
    /* the line, groups */
    [H_GROUP] = "'%s' is not one of the choices: type its number, 1 to %d (or its name), "
                "then Enter.",
    /* the line, capabilities */
    [H_CAPABILITY] = "'%s' is not a capability: type its number, 1 to %d (or its id, C05), "
                     "or Enter to stay.",
    [H_NOT_YET] = "That works once the details are complete.",
    /* the line, capabilities */
    [H_MENU] = "'%s' is not a choice here: Enter, a capability number 1 to %d, l, h or q.",
    /* the line, made safe: a control shown as <U+001B> */
    [H_CONTROL] = "'%s' holds control characters (an arrow key?), shown as <U+...>; "
                  "nothing of that line was taken: type it again.",
    /* the line, made safe: a byte that is not UTF-8 shown as <0xFF> */
    [H_NOT_UTF8] = "'%s' holds bytes that are not UTF-8 text, shown as <0x..>; nothing of "
                   "that line was taken: set the terminal to UTF-8 and type it again.",

    [T_JUMP_HEAD] = "Jump to which capability?",
    /* number, name, answered, questions that apply */
    [T_JUMP_ROW] = "%3d %s (%d of %d answered)",
    /* capabilities */
    [T_PROMPT_JUMP] = "Capability, 1-%d (Enter: stay)",

    /* questions that apply */
    [T_MENU_DONE] = "All %d questions that apply are answered.",
    /* open questions */
    [T_MENU_OPEN] = "Questions still open: %d.",
    /* capabilities */
    [T_MENU_CHOICES_OPEN] = "Enter: answer the open questions. 1-%d: review and change a "
                            "capability's answers. l: levels so far. q: save and quit.",
    [T_MENU_CHOICES_DONE] = "Enter: finish. 1-%d: review and change a capability's answers. "
                            "l: levels so far.",
    [T_PROMPT_MENU] = "Choice",

    [T_LEVELS_HEAD] = "Levels so far, scored as mnr score scores them (* provisional: "
                      "questions still open; n/N: questions answered):",
    [T_SUMMARY_HEAD] = "Levels by domain, scored as mnr score scores them:",
    /* domain number, name, score, capabilities assessed, capabilities */
    [T_LEVELS_DOMAIN] = "Domain %d, %s: score %.2f (%d of %d capabilities assessed)",
    /* domain number, name */
    [T_LEVELS_DOMAIN_NONE] = "Domain %d, %s: not assessed yet",
    /* level, level name, provisional mark, score */
    [T_LEVELS_CAP_LEVEL] = "level %d %s%s, %.2f",
    /* why (T_WHY_...) */
    [T_LEVELS_CAP_NONE] = "not assessed: %s",
    [T_LEVELS_PROVISIONAL] = "*",
    /* answered, applicable */
    [T_LEVELS_ANSWERED] = "%d/%d",
    /* capability numbers */
    [T_LEVELS_UNANSWERED] = "No answer yet in capabilities %s.",
    [T_WHY_NOT_APPLICABLE] = "not applicable",
    [T_WHY_NOT_ANSWERED] = "not answered yet",
    [T_WHY_DONT_KNOW] = "don't know",
    /* index, level, level name, capabilities assessed, capabilities */
    [T_OVERALL] = "Overall index %.2f, level %d (%s), over %d of %d capabilities.",
    /* index, capabilities assessed, capabilities, domains without any */
    [T_OVERALL_NO_LEVEL] = "Overall index %.2f over %d of %d capabilities; no overall level "
                           "while %d domains have no capability assessed.",
    [T_OVERALL_NONE] = "Nothing is assessed yet.",

    /* questions that apply, file */
    [T_FINISHED] = "Finished: all %d questions that apply are answered, and saved to %s.",
    [T_REPORT] = "To write the gap report, run:",
    /* file, answers saved, open questions */
    [T_QUIT] = "Saved to %s (answered: %d, still open: %d).",
    [T_RESUME] = "To go on, run:",
    [T_NOTHING] = "Nothing was saved: the answers file is written once the details are "
                  "complete. Run the same command again to start.",
    [T_INTERRUPTED] = "Interrupted: saving.",
    [T_END_OF_INPUT] = "End of input: saving.",
    [T_SAVE_FAILED] = "The answers saved before this one are in the file; fix the problem "
                      "and run the same command again to go on.",

    [T_HELP_DETAILS] = "These details go at the top of the answers file and on the report's "
                       "cover. Type the value and Enter; Enter alone takes the value in "
                       "brackets. The region and income group are optional: a number from "
                       "the list, or Enter alone for none (- removes one given); they only "
                       "group many countries' assessments in mnr cohort, which never names a "
                       "country. The target is the level you aim for in every capability; "
                       "the report measures gaps against it.\nCommands: b back to the detail "
                       "before, h this help, q stop (nothing is saved before the details are "
                       "complete).",
    [T_HELP_ANSWER] = "Keys, each typed alone and then Enter:\n"
                      "  y  yes: it holds, and you could show the evidence described\n"
                      "  p  partly: it holds in part (some regions, a draft, an ended pilot)\n"
                      "  n  no: it does not hold\n"
                      "  d  don't know: nobody available can say (it counts as not met, and "
                      "is listed as missing evidence)\n"
                      "  a  not applicable: only where the question offers it",
    [T_HELP_ANSWER_RAPID] = "Keys, each typed alone and then Enter:\n"
                            "  0-4  the highest level whose description holds in full, "
                            "together with every level below it\n"
                            "  d  don't know: the capability is left out of the scores",
    [T_HELP_COMMANDS] = "  b  back to the question before\n"
                        "  s  skip: leave this question as it is, and go on\n"
                        "  h  this help\n"
                        "  l  the levels so far, scored from the answers given\n"
                        "  j  jump to a capability\n"
                        "  q  save and quit; the same command goes on later",
    /* level, level name, descriptor */
    [T_HELP_LEVEL] = "This question is one of the criteria of level %d (%s): %s",
    [T_HELP_TEXT] = "Type the text line by line; an empty line ends it. Commands, typed "
                    "after a colon so they are not taken as text: :b back to the answer key, "
                    ":s skip the question (nothing is changed), :l levels so far, :j jump to a "
                    "capability, :q save and quit (the answer is kept with the lines typed "
                    "so far).",
    [T_HELP_JUMP] = "Type the capability's number, or its id (C05). If it has questions not "
                    "answered yet, you go to the first of them; if all are answered, you go "
                    "through its answers and come back here. Enter alone stays where you were.",
    [T_HELP_MENU] = "Enter alone goes through the questions still open, or finishes when none "
                    "is. A capability number shows its questions one by one with the current "
                    "answers: Enter keeps an answer, a key changes it. l shows the levels so "
                    "far, q saves and quits.",

    [T_VALUE_YES] = "yes",
    [T_VALUE_PARTLY] = "partly",
    [T_VALUE_NO] = "no",
    [T_VALUE_DONT_KNOW] = "don't know",
    [T_VALUE_NA] = "not applicable",
    /* level, level name */
    [T_VALUE_LEVEL] = "level %d (%s)",

    [T_USAGE_NO_OUTPUT] = "give the answers file to write (or go on with) with -o ANSWERS.xml",
    [T_USAGE_STDOUT] = "mnr ask saves the answers file after every answer, so -o needs a "
                       "file name, not '-'",
    /* the argument */
    [T_USAGE_EXTRA] = "unexpected argument '%s'; the answers file goes after -o",
    /* the value */
    [T_USAGE_QUESTIONNAIRE] = "unknown questionnaire '%s'; use full, rapid or the path of a "
                              "questionnaire file",
    [T_NOT_A_FILE] = "is not a regular file; mnr ask saves the answers by replacing the file "
                     "after every answer: give the name of a file",
    /* the directory, the reason */
    [T_CANNOT_WRITE_DIR] = "cannot save answers in %s: %s; choose another place for the file. "
                           "Nothing was asked",
    /* another mnr ask has the same file open (filelock.h) */
    [T_LOCKED] = "is open in another mnr ask; finish or quit that one first (q at any "
                 "prompt), then run this again. Nothing was asked",
    /* the same, with that session's process id */
    [T_LOCKED_BY] = "is open in another mnr ask (process %ld); finish or quit that one "
                    "first (q at any prompt), then run this again. Nothing was asked",
    /* the reason */
    [T_CANNOT_LOCK] = "cannot make the hidden lock file beside it (.NAME.lock) that keeps "
                      "two sessions off one file: %s; choose another place for the file. "
                      "Nothing was asked",
};

const char *ask_text(ask_msg m)
{
    return m >= 0 && m < T_N_MESSAGES && texts[m] ? texts[m] : "";
}

const char ask_help_usage[] =
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
    "\n";

/* The help texts of the options (the names and the layout are cmd_ask.c's
 * option table). */
const char ask_help_output[] = "the answers file: a new one, or one to go on with\n"
                               "(any other file is refused, and left as it is,\n"
                               "as is one another mnr ask has open)";
const char ask_help_questionnaire[] = "full (criteria questions per level, the default\n"
                                      "for a new file), rapid (one level picked per\n"
                                      "capability), or the path of a questionnaire file;\n"
                                      "an existing file goes on with its own";
const char ask_help_data_dir[] = "use another data directory";
const char ask_help_help[] = "show this help";

const char ask_help_epilogue[] =
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
    "Colour only on a terminal, and never when NO_COLOR is set (not empty).\n"
    "\n"
    "Example:\n"
    "  mnr ask -q rapid -o examplia.xml\n"
    "Exit status: 0 finished or stopped (q, Ctrl-D, Ctrl-C: saved), 1 a file\n"
    "refused (nothing asked, the file left as it is) or a failed save, 2 wrong\n"
    "command line.\n";
