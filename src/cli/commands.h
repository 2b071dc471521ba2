/*
 * commands.h - one function per subcommand (cmd_*.c), each parsing its own
 * options against its table (cli_options.h), and its help: usage, option
 * table, epilogue. main.c holds the dispatch table.
 */
#ifndef MNR_COMMANDS_H
#define MNR_COMMANDS_H

#include "cli_options.h"

int cmd_validate(int argc, char **argv);
int cmd_baseline(int argc, char **argv);
int cmd_score(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_form(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_compare(int argc, char **argv);
int cmd_cohort(int argc, char **argv);
int cmd_ask(int argc, char **argv);

extern const cli_command cmd_validate_help;
extern const cli_command cmd_baseline_help;
extern const cli_command cmd_score_help;
extern const cli_command cmd_report_help;
extern const cli_command cmd_form_help;
extern const cli_command cmd_merge_help;
extern const cli_command cmd_compare_help;
extern const cli_command cmd_cohort_help;
extern const cli_command cmd_ask_help;

#endif
