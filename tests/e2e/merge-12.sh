#!/usr/bin/env bash
# merge-12.sh MNR - twelve generated participants of the full questionnaire
# (tests/e2e/workshop-gen.sh, seed 2026) merged, scored and reported in
# text, CSV and HTML with the workshop annex.
set -u
mnr=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0; fail() { echo "FAIL: $*"; fail=1; }
"$src/tests/e2e/workshop-gen.sh" "$src/questionnaires/mnr-full.xml" 12 2026 "$tmp/p"
"$mnr" merge "$tmp"/p/p*.xml -o "$tmp/c.xml" 2> "$tmp/err" || fail "merge: $(cat "$tmp/err")"
grep -qF "Consensus of 12 participants: 114 questions answered, 54 disputed, 0 decided, 2 switched off by the consensus's own answers;" "$tmp/err" \
    || fail "unexpected summary: $(cat "$tmp/err")"
"$mnr" score "$tmp/c.xml" -o "$tmp/r.xml" 2> "$tmp/score.err" || fail "score"
# the consensus's own answers switch off C02.L4.a and C20.L3.a: no warning
# the workshop cannot act on ("answered, but the questionnaire skips it")
grep -q 'warning' "$tmp/score.err" && fail "score warns: $(cat "$tmp/score.err")"
"$mnr" validate "$tmp/r.xml" > /dev/null 2>&1 || fail "the results do not validate"
for f in text csv html; do
    "$mnr" report "$tmp/r.xml" -f $f -o "$tmp/report.$f" 2> /dev/null || fail "report -f $f"
    "$mnr" report "$tmp/c.xml" -f $f -o "$tmp/direct.$f" 2> "$tmp/report.err" || fail "report -f $f of the consensus"
    grep -q 'warning\|remove it, or check' "$tmp/report.err" "$tmp/report.$f" "$tmp/direct.$f" \
        && fail "the $f report carries a skip-logic warning"
done
# each of the 54 disputed questions with its consensus, in each format
[ "$(grep -c '^    Consensus: ' "$tmp/report.text")" -eq 54 ] || fail "not 54 disputed questions in the text"
[ "$(grep -c '^consensus,C' "$tmp/report.csv")" -eq 54 ] || fail "not 54 consensus rows in the CSV"
[ "$(grep -o '<div class="dq" ' "$tmp/report.html" | wc -l)" -eq 54 ] || fail "not 54 disputed questions in the HTML"
# and first in the annex, one line each: the answers given and the consensus
[ "$(grep -o '<tr><td class="nowrap"><a href="#dq-C' "$tmp/report.html" | wc -l)" -eq 54 ] || fail "not 54 lines at a glance in the HTML"
[ "$(grep -cE '^- C[0-9]+\.[A-Z0-9]+\.[a-z]: [0-9]+ .*; consensus ' "$tmp/report.text")" -eq 54 ] || fail "not 54 lines at a glance in the text"
[ "$(grep -c '^dispute,C' "$tmp/report.csv")" -eq 54 ] || fail "not 54 dispute rows in the CSV"
[ "$(grep -c '^agreement,C' "$tmp/report.csv")" -eq 21 ] || fail "not 21 agreement rows in the CSV"
grep -qF 'Workshop annex</h2>' "$tmp/report.html" || fail "no annex in the HTML"
# the two switched-off questions, named with the question that switches them off
off='C02.L4.a, by its answer to C02.L3.b; C20.L3.a, by its answer to C20.L2.a.'
tr '\n' ' ' < "$tmp/report.text" | grep -qF "$off" || fail "switched-off questions not in the text annex"
grep -qF "$off" "$tmp/report.html" || fail "switched-off questions not in the HTML annex"
grep -q $'^switched-off,C02,C02.L4.a,,,,,C02.L3.b,,,,,,,,\r$' "$tmp/report.csv" || fail "no switched-off row for C02.L4.a in the CSV"
grep -q $'^switched-off,C20,C20.L3.a,,,,,C20.L2.a,,,,,,,,\r$' "$tmp/report.csv" || fail "no switched-off row for C20.L3.a in the CSV"
exit $fail
