/*
 * commands.h - one function per subcommand (cmd_*.c), each parsing its own
 * options, and its help text. main.c holds the dispatch table.
 */
#ifndef MNR_COMMANDS_H
#define MNR_COMMANDS_H

int cmd_validate(int argc, char **argv);
int cmd_baseline(int argc, char **argv);
int cmd_score(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_form(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_compare(int argc, char **argv);
int cmd_cohort(int argc, char **argv);
int cmd_ask(int argc, char **argv);

extern const char cmd_validate_help[];
extern const char cmd_baseline_help[];
extern const char cmd_score_help[];
extern const char cmd_report_help[];
extern const char cmd_form_help[];
extern const char cmd_merge_help[];
extern const char cmd_compare_help[];
extern const char cmd_cohort_help[];
extern const char cmd_ask_help[];

#endif
