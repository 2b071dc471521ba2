#!/usr/bin/env bash
# merge-pdf.sh MNR QUESTIONNAIRE - a workshop's report prints to PDF whole
# although its HTML is larger than one long text may be: 40 participants
# with evidence and a comment on every answer (2.4 MB of HTML, made of
# many short texts) merged and printed with Chromium; pdftotext finds the
# last participant's comment on the last question, and every participant's
# comments. (A single text longer than 2 MB is refused instead: Chromium
# cuts such a text short; see output-safety.sh, pdf-too-large.)
set -u
mnr=$1 q=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
fail() { echo "FAIL: $*"; fail=1; }
command -v pdftotext >/dev/null || { echo "FAIL: pdftotext is not installed (apt-get install poppler-utils)"; exit 1; }

bash "$here/workshop-gen.sh" "$q" 40 7 "$work/parts" notes
"$mnr" merge "$work"/parts/*.xml -o "$work/c.xml" 2>"$work/msg" || { cat "$work/msg"; exit 1; }
"$mnr" report "$work/c.xml" -o "$work/c.html" 2>/dev/null || fail "the HTML report failed"
size=$(stat -c %s "$work/c.html")
[ "$size" -gt $((2 * 1024 * 1024)) ] || fail "the HTML is only $size bytes: the test means more than 2 MB"
"$mnr" report "$work/c.xml" -o "$work/c.pdf" 2>"$work/msg" || fail "report to PDF: $(cat "$work/msg")"
pdftotext "$work/c.pdf" "$work/c.txt" || fail "pdftotext cannot read the PDF"
# lines and pages joined; running heads and page numbers cut phrases, so
# count each participant's comments as "Participant N on"
tr -s '\n\f ' '   ' <"$work/c.txt" >"$work/line.txt"
grep -q "Participant 40 on C21.L4.b" "$work/line.txt" || fail "the PDF lacks the last participant's comment on the last question"
for p in $(seq 1 40); do
    grep -q "Participant $p on C" "$work/line.txt" || fail "the PDF has no comment of participant $p"
done
exit $fail
