#!/usr/bin/env bash
# docs-options.sh MNR - every option a command's --help lists is documented
# in that command's part of the man page (docs/mnr.1, ".SS mnr COMMAND") and
# in the README, and every option mnr accepts is in its --help.
set -u
mnr=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
man=$src/docs/mnr.1 readme=$src/README.md
fail=0; bad() { echo "FAIL: $*"; fail=1; }

# The options a help text lists: "  -o, --output FILE" -> -o --output
options_of() {
    sed -n 's/^  \(-[A-Za-z]\)\{0,1\}\(, \)\{0,1\}\(--[a-z-]*\).*/\1 \3/p' | tr ' ' '\n' | sed '/^$/d'
}
# The man page text of one command's section, or of the top-level OPTIONS.
man_section() {
    awk -v want="$1" '/^\.S[SH] /{on = ($0 == want)} on' "$man"
}
in_man() { # SECTION OPTION: the option as roff writes it (\-\-data\-dir)
    local roff=${2//-/\\-}
    man_section "$1" | grep -qF -- "$roff"
}

for cmd in validate score report form merge compare cohort ask baseline; do
    opts=$("$mnr" "$cmd" --help | options_of)
    [ -n "$opts" ] || bad "no options found in mnr $cmd --help"
    for o in $opts; do
        in_man ".SS mnr $cmd" "$o" || bad "man page section 'mnr $cmd' lacks $o"
        grep -qF -- "$o" "$readme" || bad "README lacks $o (mnr $cmd)"
    done
done
for o in $("$mnr" --help | options_of); do
    in_man ".SH OPTIONS" "$o" || bad "man page OPTIONS lacks $o"
    grep -qF -- "$o" "$readme" || bad "README lacks $o (mnr)"
done

# Short options each command accepts (its getopt string) are in its help:
# try each one with --help after it consumed nothing.
for pair in "report -f" "report -o" "score -o" "baseline -f" "merge -o" "compare -f" "compare -o" "cohort -o" "cohort -f" "cohort -q" "ask -o" "ask -q"; do
    set -- $pair
    "$mnr" "$1" --help | grep -qE -- "^  $2, --" || bad "mnr $1 --help does not list $2"
done

# The parameters of mnr report --param are in the man page.
for p in paper title organisation; do
    man_section ".SS mnr report" | grep -qF -- "$p" || bad "man page lacks --param $p"
done
exit $fail
