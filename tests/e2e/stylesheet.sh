#!/usr/bin/env bash
# stylesheet.sh MNR ANSWERS CASE EXPECTED [NAMED]
#
# Runs `mnr report RESULTS --stylesheet CASE -o OUT` where OUT already holds
# an earlier report, and checks what a user relies on when a stylesheet is
# broken or hostile:
#   - exit status 1, one message naming the stylesheet (or NAMED, the
#     module the error is in) and holding EXPECTED;
#   - the earlier report is left exactly as it was, and no temporary file
#     is left beside it;
#   - nothing was written elsewhere (the file exsl:document aims at);
#   - no content of a private file (the marker of secret.xml, a line of
#     /etc/passwd) appears in the message or the report;
#   - no crash (status >= 128) and an end within 20 seconds.
#
# CASE is a file of tests/data/bad/stylesheet/, or one of the generated
# cases: @huge (over the 32 MB limit), @deep (100 000 nested elements),
# @missing, @directory.
set -u
source "$(dirname "$0")/lib.sh"
mnr=$1 answers=$2 case=$3 expected=$4 named=${5:-}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; fail=1; }
fail=0

"$mnr" score "$answers" -o "$work/results.xml" 2>/dev/null || { echo "cannot score $answers"; exit 1; }

head='<?xml version="1.0"?><xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/">'
tail='</xsl:template></xsl:stylesheet>'
case $case in
    @huge)  # 34 MB of plausible markup: refused before it is read
        xsl=$work/huge.xsl
        { echo "$head"; yes '<p class="row">A line of a very long report layout.</p>' | head -c 34000000; echo "$tail"; } >"$xsl" ;;
    @deep)
        xsl=$work/deep.xsl
        { echo "$head"; yes '<div>' | head -n 100000 | tr -d '\n'; yes '</div>' | head -n 100000 | tr -d '\n'; echo "$tail"; } >"$xsl" ;;
    @missing) xsl=$work/no-such-layout.xsl ;;
    @directory) xsl=$work/layouts; mkdir "$xsl" ;;
    *) xsl=$case ;;
esac

out=$work/report.html
echo "EARLIER REPORT" >"$out"
target=/tmp/mnr-stylesheet-write-test.txt
rm -f "$target"

msg=$(timeout 20 "$mnr" report "$work/results.xml" --stylesheet "$xsl" -o "$out" 2>&1)
rc=$?

[ $rc -eq 1 ] || fail "exit status $rc, expected 1 (124 = timed out, >= 128 = crashed)"
[ -n "$named" ] || named=$(basename "$xsl")
case $msg in *"$named"*) ;; *) fail "the message does not name $named" ;; esac
case $msg in *"$expected"*) ;; *) fail "the message lacks: $expected" ;; esac
check_kept "$out" "EARLIER REPORT"
check_no_temp "$out"
[ -e "$target" ] && { fail "the stylesheet wrote $target"; rm -f "$target"; }
check_no_secret "$msg$(cat "$out")" MNR-TEST-SECRET-7f3a
check_no_sanitizer "$msg"

if [ $fail -ne 0 ]; then echo "--- stylesheet: $xsl"; echo "--- message:"; echo "$msg" | head -c 3000; fi
exit $fail
