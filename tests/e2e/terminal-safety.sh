#!/usr/bin/env bash
# terminal-safety.sh MNR - no text from a file reaches a terminal raw.
#
# Feeds DEL, every C1 control (U+0080-U+009F), every bidi control
# (U+200E/F, U+202A-202E, U+2066-2069, U+061C), tab, carriage return and
# a newline followed by "FORGED" through every command that prints: in an
# answers file (country, title, workshop, respondent, role, evidence,
# comment, model-version, questionnaire-version, a question id), in a
# results file (country, level-name), in a data directory (the model's level
# names, the baseline's title, labels and notes) and in file names (with
# C0 controls too, which XML cannot hold). Then checks stdout and stderr of
# every run, and the text report:
#  - no C0 control but tab and newline, no DEL, no C1, no bidi control;
#  - no line starts with FORGED (a newline in a value never starts a line),
#    except in the XML and text-report outputs, which may carry newlines;
#  - the controls are shown, e.g. <U+009B>.
set -u
mnr=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d); trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
[ -n "${KEEP:-}" ] && echo "work: $work"
export LC_ALL=C.UTF-8 MNR_DATA_DIR=
fail=0; bad() { echo "FAIL: $*"; fail=1; }

# every C1 and bidi control as raw UTF-8, and DEL
c1=''; for b in 80 81 82 83 84 85 86 87 88 89 8a 8b 8c 8d 8e 8f 90 91 92 93 94 95 96 97 98 99 9a 9b 9c 9d 9e 9f; do
    c1+=$(printf "\\xc2\\x$b"); done
bidi=$(printf '\xe2\x80\x8e\xe2\x80\x8f\xe2\x80\xaa\xe2\x80\xab\xe2\x80\xac\xe2\x80\xad\xe2\x80\xae\xe2\x81\xa6\xe2\x81\xa7\xe2\x81\xa8\xe2\x81\xa9\xd8\x9c')
del=$(printf '\x7f')
# as XML text or attribute value: tab, CR and newline as character references
hostile="Hx${del}${c1}${bidi}&#9;T&#13;R&#10;FORGED: ok (answers forged)"
# the same for sed's replacement (& and / and \ escaped)
sedh=$(printf '%s' "$hostile" | sed -e 's/[&/\]/\\&/g')

# raw controls in output: C0 but tab and newline, DEL, C1, bidi
RAW='[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8e\x8f\xaa-\xae]|\xe2\x81[\xa6-\xa9]|\xd8\x9c'

n=0
# run NAME LINES -- ARGS...: runs mnr, checks stdout and stderr. LINES=1 when
# stdout is line-oriented (messages, tables), 0 for XML.
run() {
    local name=$1 lines=$2; shift 3
    n=$((n + 1))
    "$mnr" "$@" >"$work/$n.out" 2>"$work/$n.err"
    echo $? >"$work/$n.rc"
    for s in out err; do
        if LC_ALL=C grep -aqP "$RAW" "$work/$n.$s"; then
            bad "$name: raw control in std$s:"; LC_ALL=C grep -anP "$RAW" "$work/$n.$s" | head -3 | od -c | head -8
        fi
    done
    if LC_ALL=C grep -aq '^FORGED' "$work/$n.err" || { [ "$lines" = 1 ] && LC_ALL=C grep -aq '^FORGED' "$work/$n.out"; }; then
        bad "$name: a value forged a line"; grep -a -B1 '^FORGED' "$work/$n.out" "$work/$n.err" | head -4
    fi
    for s in out err; do
        iconv -f UTF-8 -t UTF-8 "$work/$n.$s" >/dev/null 2>&1 || bad "$name: std$s is not valid UTF-8 (a character cut in half?)"
    done
    grep -qE "SUMMARY: [A-Za-z]*Sanitizer" "$work/$n.err" && bad "$name: sanitizer report"
    return 0
}
rc() { cat "$work/$n.rc"; }
shows() { grep -aqF -- "$2" "$work/$n.$1" || bad "run $n: std$1 lacks: $2"; }

ex=$src/questionnaires/examples/examplia-middle.xml
a=$work/answers.xml
sed -e "s/>Republic of Examplia</>Country $sedh</" \
    -e "s/<title>[^<]*</<title>Title $sedh</" \
    -e "s/workshop=\"[^\"]*\"/workshop=\"Workshop $sedh\"/" \
    -e "s/role=\"Ministry of Justice, focal point\">A. Lindqvist/role=\"Role $sedh\">Name $sedh/" \
    -e "s/<comment>Only in the capital so far./<comment>Comment $sedh/" \
    -e "s/<evidence>National steering committee: protocol 2023 (fictional)/<evidence>Evidence $sedh/" \
    "$ex" >"$a"
grep -q 'Country Hx' "$a" && grep -q 'Evidence Hx' "$a" && grep -q 'Role Hx' "$a" || { bad "could not make the answers"; exit 1; }

# ---- answers: validate, score (summary, XML on stdout, -o), report text
run validate-answers 1 -- validate "$a"
[ "$(rc)" = 0 ] || bad "validate of the hostile answers failed"
shows out "Country Hx<U+007F><U+0080><U+0081>"
# the country is one line of text: tab, CR and newline are folded to spaces
shows out "<U+009F><U+200E><U+200F><U+202A><U+202B><U+202C><U+202D><U+202E><U+2066><U+2067><U+2068><U+2069><U+061C> T R FORGED"
run score-stdout 0 -- score "$a"
[ "$(rc)" = 0 ] || bad "score to stdout failed"
shows err "Country Hx<U+007F><U+0080>"
run score-file 1 -- score "$a" -o "$work/results.xml"
[ "$(rc)" = 0 ] || { bad "score -o failed"; cat "$work/$n.err"; exit 1; }
LC_ALL=C grep -aqP "$RAW" "$work/results.xml" && bad "raw control in the results file"
grep -qF 'Evidence Hx&#x7F;&#x80;&#x81;' "$work/results.xml" || bad "results do not keep the evidence's controls (as references)"
run report-text 1 -- report "$a" -o "$work/r.txt"
[ "$(rc)" = 0 ] || bad "report --format text failed"
LC_ALL=C grep -aqP "$RAW" "$work/r.txt" && bad "raw control in the text report"
grep -qF 'Country Hx<U+007F>' "$work/r.txt" || bad "the text report does not show the country's controls"
run report-text-results 1 -- report "$work/results.xml" --format text -o "$work/r2.txt"
[ "$(rc)" = 0 ] || bad "report --format text from results failed"
LC_ALL=C grep -aqP "$RAW" "$work/r2.txt" && bad "raw control in the text report from results"

# ---- CSV: every cell from user text as the text report shows it (a
#      spreadsheet would obey bidi controls); only CRLF line ends stay raw
# no_raw_csv FILE WHAT: no raw control in FILE but the CR of a CRLF
no_raw_csv() {
    perl -pe 's/\r\n/\n/g' "$1" | LC_ALL=C grep -aqP "$RAW" && bad "raw control in $2"
    grep -qF 'Hx<U+007F><U+0080><U+0081>' "$1" || bad "$2 does not show the controls"
    grep -qF '<U+202E><U+2066>' "$1" || bad "$2 does not show the bidi controls"
    return 0
}
# a workshop: names, roles, evidence, comments, a decision's note and the
# workshop's name in the annex table
ws=$src/tests/data/workshop
for p in police helpline; do
    sed -e "s/role=\"\([^\"]*\)\">\([^<]*\)</role=\"\1 $sedh\">\2 $sedh</" \
        -e "s/<comment>/<comment>Comment $sedh /" -e "s/<evidence>/<evidence>Evidence $sedh /" \
        "$ws/$p.xml" >"$work/p-$p.xml"
done
grep -q 'Okafor Hx' "$work/p-police.xml" || bad "could not make the hostile participants"
run merge-hostile 1 -- merge "$work/p-police.xml" "$work/p-helpline.xml" -o "$work/c.xml" \
    --workshop "Workshop Hx${c1}${bidi}" --decide "C12.L2.a=partly Note Hx${c1}${bidi}"
[ "$(rc)" = 0 ] || { bad "merge of the hostile participants failed"; cat "$work/$n.err"; }
run report-workshop-csv 0 -- report "$work/c.xml" -o "$work/c.csv"
[ "$(rc)" = 0 ] || bad "report --format csv of the consensus failed"
no_raw_csv "$work/c.csv" "the workshop CSV annex"
grep -qF 'R. Okafor Hx<U+007F>' "$work/c.csv" || bad "the annex does not show a participant's controls"
grep -qF 'Note Hx<U+0080>' "$work/c.csv" || bad "the annex does not show a decision note's controls"

# ---- values that end up in error messages
sed -e "s/model-version=\"1.0\"/model-version=\"1.0 $sedh\"/" "$ex" >"$work/mv.xml"
run model-version 1 -- validate "$work/mv.xml"
[ "$(rc)" = 1 ] || bad "a wrong model-version is not refused"
shows err "model mnr-maturity 1.0 Hx<U+007F>"
sed -e "s/questionnaire-version=\"1.0\"/questionnaire-version=\"$sedh\"/" "$ex" >"$work/qv.xml"
run questionnaire-version 1 -- score "$work/qv.xml"
[ "$(rc)" = 1 ] || bad "a wrong questionnaire-version is not refused"
shows err "questionnaire mnr-full Hx<U+007F>"
sed -e "s/question=\"C01.L1.a\"/question=\"C01.$sedh\"/" "$ex" >"$work/qid.xml"
run question-id 1 -- report "$work/qid.xml" -o "$work/never.html"
[ "$(rc)" = 1 ] || bad "a bad question id is not refused"
# a raw ESC is not XML: the message must not echo it
sed -e "s/>Republic of Examplia</>Esc $(printf '\x1b')[2J</" "$ex" >"$work/esc.xml"
run raw-escape 1 -- validate "$work/esc.xml"
[ "$(rc)" = 1 ] || bad "a raw ESC is not refused"

# ---- messages cut to fit are cut between characters: a root element
#      name and a country of 2-byte characters, longer than the buffers
long=a; for i in $(seq 700); do long+=$(printf '\xc3\xa9'); done
printf '<%s/>\n' "${long:0:121}" >"$work/root.xml"
run long-root 1 -- validate "$work/root.xml"
[ "$(rc)" = 1 ] || bad "an unknown root element is not refused"
sed -e "s/>Republic of Examplia</>${long:1}</" "$ex" >"$work/long.xml"
run long-country 1 -- validate "$work/long.xml"
[ "$(rc)" = 0 ] || bad "a long country is refused"

# ---- file names with controls (C0 too)
odd=$work/$(printf 'n\x1b[31m\xc2\x9b\xe2\x80\xae\x07\ttab')
cp "$ex" "$odd.xml"
run odd-name-ok 1 -- validate "$odd.xml"
[ "$(rc)" = 0 ] || bad "validate of an oddly named file failed"
shows out "n<U+001B>[31m<U+009B><U+202E><U+0007><U+0009>tab.xml: ok"
run odd-name-missing 1 -- score "$odd-missing.xml"
run odd-name-output 1 -- report "$ex" -o "$odd.txt"
run odd-name-usage 1 -- score "$ex" "$odd"

# ---- a results file with hostile level-name and country
sed -e "s/level-name=\"Developing\"/level-name=\"Dev $sedh\"/g" "$work/results.xml" >"$work/ln.xml"
grep -q 'level-name="Dev Hx' "$work/ln.xml" || bad "could not make the level-name results"
run results-level-name 1 -- report "$work/ln.xml" --format text -o "$work/ln.txt"
# consistency checks may refuse a renamed level; either way nothing raw
[ -e "$work/ln.txt" ] && { LC_ALL=C grep -aqP "$RAW" "$work/ln.txt" && bad "raw control in the text report (level-name)"; }
run validate-results 1 -- validate "$work/ln.xml"

# ---- a data directory with a hostile model and baseline
d=$work/data
mkdir "$d" && cp -R "$src/model" "$src/questionnaires" "$src/stylesheets" "$d/"
sed -i -e "s/name=\"Emerging\"/name=\"Emerging $sedh\"/" "$d/model/mnr-model.xml"
sed -i -e "s/<title>Framing the Future: 2021 survey of 42 countries/<title>Base $sedh/" \
    -e "s/label=\"Leadership\"/label=\"Lead $sedh\"/" \
    -e "s/<note>The text gives no percentage, only that all 42 countries have it./<note>Note $sedh/" \
    "$d/model/baseline-2021.xml"
grep -q 'label="Lead Hx' "$d/model/baseline-2021.xml" || bad "could not make the hostile baseline"
for f in text csv xml; do
    # XML and CSV may carry a newline inside a value (a quoted CSV cell)
    run "baseline-$f" $([ $f = text ] && echo 1 || echo 0) -- baseline --data-dir "$d" --format $f
    [ "$(rc)" = 0 ] || { bad "baseline --format $f with the hostile data failed"; cat "$work/$n.err"; }
done
run baseline-text-shows 1 -- baseline --data-dir "$d"
shows out "Base Hx<U+007F>"
shows out "Note Hx<U+007F>"
run score-data 1 -- score "$ex" --data-dir "$d" -o "$work/rd.xml"
[ "$(rc)" = 0 ] || bad "score with the hostile data directory failed"
shows err "level 1, Emerging Hx<U+007F>"
run validate-data 1 -- validate --data-dir "$d" "$ex" "$d/model/mnr-model.xml" "$d/model/baseline-2021.xml"
[ "$(rc)" = 0 ] || bad "validate with the hostile data directory failed"
run report-data 1 -- report "$ex" --data-dir "$d" -o "$work/rd.txt"
# (the text layout may refuse these labels; its message is checked above)
[ -e "$work/rd.txt" ] && { LC_ALL=C grep -aqP "$RAW" "$work/rd.txt" && bad "raw control in the text report (hostile data)"; }

# CSV from the hostile data directory: level names and baseline labels in
# the report, level names in a comparison, labels in a cohort's report
run report-data-csv 0 -- report "$ex" --data-dir "$d" -o "$work/rd.csv"
[ "$(rc)" = 0 ] || { bad "report --format csv with the hostile data failed"; cat "$work/$n.err"; }
no_raw_csv "$work/rd.csv" "the CSV report"
sed -e 's/<date>[^<]*</<date>2026-11-01</' "$ex" >"$work/later.xml"
# (a copy of the data with a hostile capability name, which compare lists)
cp -R "$d" "$work/data2"
sed -i -e "s/name=\"Leadership\">/name=\"Leadership $sedh\">/" "$work/data2/model/mnr-model.xml"
run compare-data-csv 0 -- compare "$ex" "$work/later.xml" --data-dir "$work/data2" -o "$work/cmp.csv"
[ "$(rc)" = 0 ] || { bad "compare --format csv with the hostile data failed"; cat "$work/$n.err"; }
no_raw_csv "$work/cmp.csv" "the compare CSV"
mkdir "$work/cohort" && cp "$src"/questionnaires/examples/*.xml "$work/cohort/"
run cohort-data-csv 0 -- cohort "$work/cohort" --data-dir "$work/data2" -o "$work/cohort.xml" \
    --report "$work/cohort.csv" --min-group 3 --quiet
[ "$(rc)" = 0 ] || { bad "cohort --report csv with the hostile data failed"; cat "$work/$n.err"; }
no_raw_csv "$work/cohort.csv" "the cohort CSV"

[ $fail = 0 ] && echo "ok: $n runs"
exit $fail
