# Checks shared by the end-to-end scripts that make mnr fail on purpose
# (output.sh, stylesheet.sh, bad-corpus.sh). Sourced, not run.
#
# A failing run must leave the earlier output exactly as it was, no
# temporary file beside it, no private content in anything it printed or
# wrote, and no sanitizer report. Each check calls `fail` (which the
# script defines, and which sets its `fail` status) with what went wrong.

# check_kept FILE CONTENT: FILE still holds exactly CONTENT.
check_kept() {
    [ "$(cat "$1" 2>/dev/null)" = "$2" ] || fail "the earlier file $(basename "$1") was changed or removed"
}

# check_no_temp FILE: no temporary file is left in FILE's directory:
# mnr's own (.mnr-XXXXXX, src/base/fileio.c), or FILE's name plus a suffix.
check_no_temp() {
    local left
    left=$(find "$(dirname "$1")" -maxdepth 1 \( -name '.mnr-*' -o -name "$(basename "$1")?*" \) 2>/dev/null)
    [ -z "$left" ] || fail "temporary file left behind: $left"
}

# check_no_secret TEXT SECRET...: none of the SECRETs, nor a line of
# /etc/passwd, is in TEXT.
check_no_secret() {
    local text=$1 s; shift
    for s in "$@"; do
        case $text in *"$s"*) fail "private content leaked: $s" ;; esac
    done
    case $text in *"root:x:0:0"*) fail "private content leaked: a line of /etc/passwd" ;; esac
}

# check_no_sanitizer TEXT: no AddressSanitizer or UBSan report in TEXT.
check_no_sanitizer() {
    case $1 in *Sanitizer*|*"runtime error:"*) fail "a sanitizer report" ;; esac
}
