#!/usr/bin/env bash
# merge-too-large.sh MNR - two participants whose evidence (10 MB each, in
# the consensus twice: its own evidence and each participant's) makes a
# consensus larger than mnr reads back: refused before it is written, with
# a message that blames neither the output (never written) nor a
# participant (each is within the limits).
set -u
mnr=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0; fail() { echo "FAIL: $*"; fail=1; }
for p in 1 2; do
    {
        printf '<?xml version="1.0" encoding="UTF-8"?>\n'
        printf '<answers model="mnr-maturity" model-version="1.0" questionnaire="mnr-full" questionnaire-version="1.0">\n'
        printf '  <country fictional="true">Republic of Examplia</country>\n  <date>2026-10-1%d</date>\n' $p
        printf '  <respondents><respondent role="Role %d">Person %d</respondent></respondents>\n' $p $p
        printf '  <answer question="C01.L1.a" value="yes"><evidence>'
        yes "Line of evidence from participant $p, a report of about eighty characters." | head -n 140000
        printf '</evidence></answer>\n</answers>\n'
    } > "$tmp/p$p.xml"
    "$mnr" validate "$tmp/p$p.xml" > /dev/null 2>&1 || fail "participant $p does not validate"
done
"$mnr" merge "$tmp/p1.xml" "$tmp/p2.xml" -o "$tmp/c.xml" 2> "$tmp/err" && fail "merge succeeded"
want="the consensus of 2 participants would be 39 MB, more than the 32 MB mnr reads back, so it was not written to $tmp/c.xml; shorten the participants' evidence and comments"
[ "$(cat "$tmp/err")" = "$want" ] || fail "unexpected message: $(head -c 600 "$tmp/err")"
[ -e "$tmp/c.xml" ] && fail "c.xml was written"
exit $fail
