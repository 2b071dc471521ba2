/*
 * ask_input.h - one line typed to mnr ask (or read from a pipe), read:
 * whether it can be taken at all, the text it gives, and what it names (a
 * command, an answer, a capability, a group). No state: what the line then
 * does at its prompt is ask.c's. Which file of mnr ask does what:
 * src/core/README.md.
 *
 * Texts typed in (mnr_ask_clean) are kept the way an answers file is read
 * back: each line with its white space folded, so a session resumed from
 * its file holds exactly what it wrote. A line that holds anything but
 * text (mnr_ask_typed) is not taken at all.
 */
#ifndef MNR_ASK_INPUT_H
#define MNR_ASK_INPUT_H

#include <stddef.h>

#include "error.h"
#include "model.h"
#include "questionnaire.h"

/* The keys, from the front's words (each language has its own, msgctxt
 * "ask-key" in po/LL.po): each a short string compared without regard to
 * ASCII case. `also`, when set, holds keys accepted as well (the English
 * ones in another language), each only where it is no key of this table:
 * a line means what the language's keys say first. */
typedef struct mnr_ask_keys {
    const char *yes, *partly, *no, *dont_know, *na;
    const char *back, *skip, *help, *levels, *jump, *quit;
    const struct mnr_ask_keys *also;
} mnr_ask_keys;
#define MNR_ASK_N_KEYS 11
/* A key at most this many bytes long. */
#define MNR_ASK_KEY_MAX 15

/* The keys of a table in the order of its fields (yes ... quit), and the
 * English word of each (for messages about them). */
const char *mnr_ask_key_at(const mnr_ask_keys *k, int i);
const char *mnr_ask_key_role(int i);

/* Whether the keys of one language can all be told apart, and from the
 * other things typed at the same prompts: each one non-empty, at most
 * MNR_ASK_KEY_MAX bytes of UTF-8 text, without white space, digits, ':'
 * or '-' (a level, a capability number, a command's colon, "remove the
 * text"), and no two equal in any ASCII case (keys are whole lines, so
 * one may start another). `language` names the catalog in the message.
 * MNR_EINVALID with the first clash in err. */
mnr_status mnr_ask_keys_check(const mnr_ask_keys *k, const char *language, mnr_error *err);

/* Whether a line typed in can be taken as it is. A line with anything
 * but text is asked again whole: leaving the rest out would save what
 * nobody typed ("Bad\xff\xfeland" as "Badland", half an escape sequence
 * as "0;title"). */
typedef enum mnr_typed {
    MNR_TYPED_OK,
    MNR_TYPED_CONTROL, /* a control character (C0 but tab and CR, ESC and so
                          any escape sequence, DEL, C1), or U+FFFE, U+FFFF,
                          which XML cannot hold */
    MNR_TYPED_NOT_UTF8 /* a byte that is not part of well-formed UTF-8 */
} mnr_typed;
mnr_typed mnr_ask_typed(const char *line, size_t len);

/* A line typed in (mnr_ask_typed OK) made fit for an answers file:
 * white space (tab, CR) folded to single spaces, none at either end.
 * malloc'd; NULL when out of memory. */
char *mnr_ask_clean(const char *line, size_t len);

/* The commands a line may be instead of an answer. */
typedef enum mnr_ask_command {
    MNR_CMD_NONE,
    MNR_CMD_BACK,
    MNR_CMD_SKIP,
    MNR_CMD_HELP,
    MNR_CMD_LEVELS,
    MNR_CMD_JUMP,
    MNR_CMD_QUIT
} mnr_ask_command;

/* The command a (cleaned) line is. Where the line is text (`text`: evidence
 * or a comment), only ":KEY" is one; at the other prompts the key alone is
 * too. */
mnr_ask_command mnr_ask_command_of(const mnr_ask_keys *k, const char *line, int text);

/* The value an answer key stands for in a questionnaire of kind `kind`
 * (the front's keys, or the file's names in any case: yes, dont-know,
 * 0-4 ...), its level in *level; -1 if none. */
int mnr_ask_value(const mnr_ask_keys *k, mnr_qkind kind, const char *text, int *level);

/* The capability a line names: "5", "C05", "c5"; -1 if none. */
int mnr_ask_capability(const mnr_model *m, const char *text);
/* The group of grouping `g` a line names: its number in the model's list
 * (from 1), its id or its name, ASCII letters in any case; -1 if none, or
 * if the line could mean more than one. */
int mnr_ask_group(const mnr_model *m, mnr_grouping_id g, const char *text);

#endif
