#!/usr/bin/env bash
# docs-options.sh MNR - every option a command's --help lists is documented
# in that command's part of the man page (docs/mnr.1, ".SS mnr COMMAND") and
# in the README, and the options each command's --help lists are exactly
# those its parser takes.
set -u
mnr=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
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

# Each command's --help lists exactly the options its parser takes, with a
# value exactly where the parser wants one. The candidates: every letter as
# a short option, and every --name the man page, the README or any help
# text mentions. Each is given alone: a value option says it needs one, an
# unknown option is refused, and one without a value (--help, --quiet) is
# taken; in an empty directory, without -o, nothing is written.
probe_dir=$(mktemp -d); trap 'rm -rf "$probe_dir"' EXIT
candidates=$( { sed 's/\\-/-/g' "$man"; cat "$readme"
                for c in validate score report form merge compare cohort ask baseline; do
                    "$mnr" "$c" --help; done; } |
              grep -oE -- '--[a-z][a-z-]*[a-z]' | sort -u)
candidates="$candidates $(printf -- '-%s ' {a..z} {A..Z})"
# How CMD's parser takes OPTION: "value", "flag" or "unknown" (a flag:
# the help shown, or the command's next usage error, such as no FILE).
parser_takes() {
    local err rc
    err=$(cd "$probe_dir" && "$mnr" "$1" "$2" 2>&1 >/dev/null </dev/null); rc=$?
    case $rc:$err in
        2:"mnr $1: option '$2' needs a value"*) echo value ;;
        2:"mnr $1: unknown option '$2'"*) echo unknown ;;
        0:|2:"mnr $1: "*) echo flag ;;
        *) echo "odd (exit $rc): $err" ;;
    esac
}
# How the help $help lists OPTION: "value", "flag" or "unknown".
help_lists() {
    local line
    line=$(printf '%s\n' "$help" | grep -E -- "^  (-[A-Za-z], )?--[a-z-]+" |
           grep -E -- "^  ($1,|-[A-Za-z], $1( |\$)|$1( |\$))" | head -1)
    if [ -z "$line" ]; then echo unknown
    elif [[ $1 == --* ]]; then
        [[ $line =~ $1\ [^\ ] ]] && echo value || echo flag
    else
        [[ $line =~ ^\ \ $1,\ --[a-z-]+\ [^\ ] ]] && echo value || echo flag
    fi
}
for cmd in validate score report form merge compare cohort ask baseline; do
    help=$("$mnr" "$cmd" --help)
    for o in $candidates; do
        took=$(parser_takes "$cmd" "$o") listed=$(help_lists "$o")
        [ "$took" = "$listed" ] ||
            bad "mnr $cmd: its parser takes $o as '$took', its --help lists it as '$listed'"
    done
done

# The parameters of mnr report --param are in the man page.
for p in paper title organisation; do
    man_section ".SS mnr report" | grep -qF -- "$p" || bad "man page lacks --param $p"
done
exit $fail
