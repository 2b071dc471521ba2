#!/usr/bin/env bash
# merge-200.sh MNR [SANITIZE] - a regional workshop: 200 generated participants of the
# full questionnaire who each write evidence and a comment on every answer
# (tests/e2e/workshop-gen.sh, seed 2026, "notes"; 7.4 MB in all) merged
# within 20 times their size of memory, then the consensus validated,
# scored and reported as text, CSV and HTML with the workshop annex, each
# showing the last participant's comments. SANITIZE is ON in ASan builds,
# whose memory is not mnr's alone: the memory bound is then not checked.
set -u
mnr=$1 sanitize=${2:-OFF}
src=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0; fail() { echo "FAIL: $*"; fail=1; }
command -v /usr/bin/time >/dev/null || { echo "FAIL: /usr/bin/time is missing: install time"; exit 1; }
"$src/tests/e2e/workshop-gen.sh" "$src/questionnaires/mnr-full.xml" 200 2026 "$tmp/p" notes
/usr/bin/time -f "%M" -o "$tmp/peak" "$mnr" merge "$tmp"/p/p*.xml -o "$tmp/c.xml" 2> "$tmp/err" \
    || fail "merge: $(head -c 600 "$tmp/err")"
grep -qF "Consensus of 200 participants: 114 questions answered, 114 disputed, 0 decided, 2 switched off by the consensus's own answers;" "$tmp/err" \
    || fail "unexpected summary: $(head -c 600 "$tmp/err")"
inputs_kb=$(( $(cat "$tmp"/p/p*.xml | wc -c) / 1024 ))
peak_kb=$(tail -n 1 "$tmp/peak")
[ "$sanitize" = ON ] || [ "$peak_kb" -le $(( 20 * inputs_kb )) ] || fail "merge peaked at $peak_kb KB, more than 20 times the $inputs_kb KB of the participants"
[ "$(grep -c '<participant-answer ' "$tmp/c.xml")" -eq 20973 ] || fail "not 20973 participants' answers in the consensus"
"$mnr" validate "$tmp/c.xml" > "$tmp/out" 2>&1 || fail "validate: $(head -c 600 "$tmp/out")"
"$mnr" score "$tmp/c.xml" -o "$tmp/r.xml" > "$tmp/out" 2>&1 || fail "score: $(head -c 600 "$tmp/out")"
"$mnr" validate "$tmp/r.xml" > "$tmp/out" 2>&1 || fail "validate the results: $(head -c 600 "$tmp/out")"
for f in text csv html; do
    "$mnr" report "$tmp/c.xml" -f $f -o "$tmp/report.$f" > "$tmp/out" 2>&1 || fail "report -f $f: $(head -c 600 "$tmp/out")"
done
"$mnr" report "$tmp/r.xml" -f html -o "$tmp/from-results.html" > "$tmp/out" 2>&1 || fail "report of the results: $(head -c 600 "$tmp/out")"
cmp -s "$tmp/report.html" "$tmp/from-results.html" || fail "the HTML report of the results differs from that of the consensus"
# the 114 disputed questions, each with its consensus, in each format
[ "$(grep -c '^    Consensus: ' "$tmp/report.text")" -eq 114 ] || fail "not 114 disputed questions in the text"
[ "$(grep -c '^consensus,C' "$tmp/report.csv")" -eq 114 ] || fail "not 114 consensus rows in the CSV"
[ "$(grep -c '^disputed,C' "$tmp/report.csv")" -eq 20608 ] || fail "not 20608 participants' answers to disputed questions in the CSV"
[ "$(grep -o '<div class="dq" ' "$tmp/report.html" | wc -l)" -eq 114 ] || fail "not 114 disputed questions in the HTML"
# and first in the annex, one line each: the answers given and the consensus
[ "$(grep -o '<tr><td class="nowrap"><a href="#dq-C' "$tmp/report.html" | wc -l)" -eq 114 ] || fail "not 114 lines at a glance in the HTML"
[ "$(grep -cE '^- C[0-9]+\.[A-Z0-9]+\.[a-z]: [0-9]+ .*; consensus ' "$tmp/report.text")" -eq 114 ] || fail "not 114 lines at a glance in the text"
[ "$(grep -c '^dispute,C' "$tmp/report.csv")" -eq 114 ] || fail "not 114 dispute rows in the CSV"
[ "$(grep -c '^agreement,C' "$tmp/report.csv")" -eq 21 ] || fail "not 21 agreement rows in the CSV"
grep -qF 'Workshop annex</h2>' "$tmp/report.html" || fail "no annex in the HTML"
# the last participant's comment on each disputed question they answered
[ "$(tr -s ' \n' '  ' < "$tmp/report.text" | grep -o 'Participant 200 on' | wc -l)" -eq 106 ] || fail "not 106 comments of participant 200 in the text"
[ "$(grep -c 'Participant 200 on' "$tmp/report.csv")" -eq 106 ] || fail "not 106 comments of participant 200 in the CSV"
[ "$(grep -o 'Participant 200 on' "$tmp/report.html" | wc -l)" -eq 106 ] || fail "not 106 comments of participant 200 in the HTML"
exit $fail
