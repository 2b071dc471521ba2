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
grep -qF "Consensus of 12 participants: 116 questions answered, 55 disputed, 0 decided" "$tmp/err" \
    || fail "unexpected summary: $(cat "$tmp/err")"
"$mnr" score "$tmp/c.xml" -o "$tmp/r.xml" 2> /dev/null || fail "score"
"$mnr" validate "$tmp/r.xml" > /dev/null 2>&1 || fail "the results do not validate"
for f in text csv html; do
    "$mnr" report "$tmp/r.xml" -f $f -o "$tmp/report.$f" 2> /dev/null || fail "report -f $f"
done
# each of the 55 disputed questions with its consensus, in each format
[ "$(grep -c '^    Consensus: ' "$tmp/report.text")" -eq 55 ] || fail "not 55 disputed questions in the text"
[ "$(grep -c '^consensus,C' "$tmp/report.csv")" -eq 55 ] || fail "not 55 consensus rows in the CSV"
[ "$(grep -o '<div class="dq">' "$tmp/report.html" | wc -l)" -eq 55 ] || fail "not 55 disputed questions in the HTML"
[ "$(grep -c '^agreement,C' "$tmp/report.csv")" -eq 21 ] || fail "not 21 agreement rows in the CSV"
grep -qF 'Workshop annex</h2>' "$tmp/report.html" || fail "no annex in the HTML"
exit $fail
