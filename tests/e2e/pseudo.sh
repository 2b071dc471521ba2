#!/usr/bin/env bash
# pseudo.sh MNR SRC DATA [OUT] - every output of mnr in the pseudo-language
# qps (scripts/make-qps: every text of po/mnr.pot accented and bracketed)
# holds no English text of the template: a text still in English there
# never reached po/mnr.pot (a C string not marked, a layout's word not in
# words.xsl, a data text no ITS rule selects) or is looked up under
# another English than its msgid. Rendered with --lang qps: the report of
# an example in HTML, text and CSV, and of a workshop consensus (its
# annex); a comparison and a cohort report in each of their formats and
# the cohort CSV; the form; a piped `mnr ask` session (details, answers,
# help, quit); `mnr help` and every command's --help; a sample of errors.
# The msgids looked for: each text of po/mnr.pot cut at its placeholders,
# markup and line ends, the pieces of two words and 10 characters or more,
# or of one word of 12 or more (untranslated.pl); what users typed is no
# msgid, so it is not looked for. No "{1}" or "%s" may be left either.
# OUT keeps the outputs (for tests/browser/widths.sh); else a temporary
# directory. Run by tests/pseudo.cmake; needs <mnr's directory>/locale/qps.mo.
set -u
mnr=$1 src=$2 data=$3
here=$(cd "$(dirname "$0")" && pwd)
[ -f "$(dirname "$mnr")/locale/qps.mo" ] || { echo "FAIL: $(dirname "$mnr")/locale/qps.mo is not built"; exit 1; }
if [ $# -ge 4 ]; then out=$4; rm -rf "$out"; mkdir -p "$out"
else out=$(mktemp -d); trap 'rm -rf "$out"' EXIT; fi
export MNR_DATA_DIR= LC_ALL=C.UTF-8 NO_COLOR=1
fail=0; fail() { echo "FAIL: $*"; fail=1; }
ex=$src/questionnaires/examples
cd "$out" || exit 1

# ok NAME ARGS...: `mnr ARGS --lang qps` succeeds; its messages in NAME.err
ok() {
    local name=$1; shift
    "$mnr" "$@" --lang qps > "$name.out" 2> "$name.err" || fail "mnr $* failed: $(cat "$name.err")"
}
# bad NAME STATUS ARGS...: `mnr ARGS --lang qps` exits STATUS; output kept
bad() {
    local name=$1 want=$2 rc; shift 2
    "$mnr" "$@" --lang qps > "$name.out" 2> "$name.err"; rc=$?
    [ $rc = "$want" ] || fail "mnr $* exited $rc, not $want: $(cat "$name.err")"
}

# ---- reports
ok report-html report "$ex/examplia-middle.xml" -o report.html
ok report-text report "$ex/examplia-middle.xml" -o report.txt
ok report-csv report "$ex/examplia-middle.xml" -o report.csv
ok report-target report "$ex/northland-early.xml" --target 3 -o report-northland.txt
ok merge merge "$ex"/workshop/*.xml --decisions "$ex/workshop/decisions.txt" -o workshop.xml
ok workshop-html report workshop.xml -o workshop.html
ok workshop-text report workshop.xml -o workshop.txt
ok score score "$ex/examplia-2023.xml" -o results.xml
ok validate validate results.xml
ok compare-html compare "$ex/examplia-2023.xml" "$ex/examplia-middle.xml" -o compare.html
ok compare-text compare "$ex/examplia-2023.xml" "$ex/examplia-middle.xml" -o compare.txt
ok compare-csv compare "$ex/examplia-2023.xml" "$ex/examplia-middle.xml" -o compare.csv
for f in html text csv; do
    ok cohort-$f cohort "$data/cohort/assessments" --by region -o cohort.xml --report cohort-report.$f
done
ok baseline baseline
ok form-full form -o form.html
ok form-rapid form -q rapid -o form-rapid.html

# ---- mnr ask from a pipe: details, answers, help, back, quit
printf '%s\n' Examplia sub-saharan-africa '' 'Ana Silva' 'Focal point' 2026-11-01 '' \
    y 'Terms of reference' '' n '' '' '?' b p '' '' q > ask-lines
"$mnr" ask -o ask.xml --lang qps < ask-lines > ask.out 2> ask.err || fail "mnr ask failed: $(cat ask.err)"

# ---- help
ok help help
ok help-main --help
for c in validate score report ask form merge compare cohort baseline help; do
    ok "help-$c" "$c" --help
    ok "help-$c-2" help "$c"
done

# ---- errors
bad err-missing 1 report "$out/no-such-file.xml" -o x.html
bad err-malformed 1 validate "$data/bad/malformed.xml"
bad err-option 2 report "$ex/examplia-middle.xml" --no-such-option
# (an unknown command has no options to read --lang from: it speaks the
# environment's language, never qps, so it is not looked at here)
bad err-format 2 report "$ex/examplia-middle.xml" -o x.html --format docx
bad err-schema 1 validate "$data/answers/schema-bad-value.xml"
bad err-unknown-question 1 validate "$data/answers/unknown-question.xml"
ok score-rapid score "$data/answers/rapid-some.xml" -o rapid.xml
sed '0,/\(<capability id="C01" [^>]*\) level="2"/s//\1 level="3"/' rapid.xml > changed.xml
bad err-changed 1 report changed.xml -o x.html

# ---- no English left, no placeholder left: every text mnr looked up
# is in the template, so none is shown in English for want of one (the
# note "N texts have no translation into qps yet", in qps)
for f in ./*.err; do
    grep -q 'íñtö qps' "$f" && fail "$f: texts looked up that po/mnr.pot lacks: $(cat "$f")"
done
inputs=()
for f in "$ex"/*.xml "$ex"/workshop/* "$data"/cohort/assessments/*.xml "$src"/model/*.xml ask-lines; do
    inputs+=(--input "$f")
done
perl "$here/untranslated.pl" "$src/po/mnr.pot" "$here/untranslated-allow.txt" "${inputs[@]}" \
    report.html report.txt report.csv report-northland.txt workshop.html workshop.txt \
    compare.html compare.txt compare.csv cohort-report.html cohort-report.text cohort-report.csv \
    form.html form-rapid.html ask.out $(ls ./*.err ./*.out | grep -v err-command) || fail=1
exit $fail
