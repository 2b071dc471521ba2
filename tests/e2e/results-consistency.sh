#!/usr/bin/env bash
# results-consistency.sh MNR - results files read back as mnr wrote them.
#  - The results of every kind of answers (full and rapid questionnaire,
#    targets of all origins, --target, answers to skipped questions, no
#    answers at all) validate and report as they are.
#  - Rapid results with a picked level changed are refused by validate and
#    report with the line and the contradiction, and no report is written.
# (Changes to each derived figure of full results: tests/data/bad/results/
# consistency, run as part of the bad-input corpus.)
set -u
mnr=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0; bad() { echo "FAIL: $*"; fail=1; }

empty=$work/empty.xml
sed '/<answer /d' "$src/tests/data/answers/rapid-some.xml" > "$empty"
n=0
for answers in "$src"/questionnaires/examples/*.xml "$src/tests/data/answers/rapid-some.xml" \
               "$src/tests/data/answers/skipped-answer.xml" "$src/tests/data/answers/worked-example.xml" \
               "$empty"; do
    for target in '' 1 4; do
        n=$((n + 1)); r=$work/results-$n.xml
        "$mnr" score "$answers" ${target:+--target $target} -o "$r" 2>/dev/null ||
            { bad "mnr score $answers failed"; continue; }
        out=$("$mnr" validate "$r" 2>&1) || bad "results of $answers (target '$target') refused: $out"
        "$mnr" report "$r" -o "$work/report-$n.txt" 2>/dev/null ||
            bad "report of the results of $answers (target '$target') failed"
    done
done

# A picked level changed after scoring.
"$mnr" score "$src/tests/data/answers/rapid-some.xml" -o "$work/rapid.xml" 2>/dev/null || bad "score rapid failed"
sed '0,/\(<capability id="C01" [^>]*\) level="2"/s//\1 level="3"/' "$work/rapid.xml" > "$work/changed.xml"
cmp -s "$work/rapid.xml" "$work/changed.xml" && bad "the sed script changed nothing"
line=$(grep -n '<capability id="C01"' "$work/changed.xml" | cut -d: -f1)
want="$work/changed.xml:$line: capability C01 says level 3, but its answer gives level 2; the file was changed after scoring"
for cmd in validate report; do
    if [ $cmd = report ]; then args=(report "$work/changed.xml" -o "$work/changed.html"); else args=(validate "$work/changed.xml"); fi
    out=$("$mnr" "${args[@]}" 2>&1); rc=$?
    [ $rc = 1 ] || bad "mnr $cmd of changed rapid results: exit $rc, expected 1"
    case $out in *"$want"*) ;; *) bad "mnr $cmd said: $out; expected: $want" ;; esac
done
[ -e "$work/changed.html" ] && bad "a report was written from changed results"
exit $fail
