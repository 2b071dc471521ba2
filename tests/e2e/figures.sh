#!/usr/bin/env bash
# figures.sh MNR CASE - honest figures (docs/scoring.md §2-3) in the text, HTML and
# CSV reports: what each overall figure covers, "not answered yet" /
# "don't know" / "not applicable" kept apart, no overall level while a
# domain has nothing assessed, percentages rounded once, the threshold as
# the model gives it. HTML is checked as text (tags removed).
set -u
mnr=$1; case=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
ans=$src/tests/data/answers
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0

# report ANSWERS [ARGS...]: the three layouts into $work/r.txt, r.html (as
# text, whitespace folded), r.csv
report() {
    local a=$1; shift
    for f in txt html csv; do
        "$mnr" report "$a" "$@" -o "$work/r.$f" 2>"$work/err" || { echo "FAIL: report $f: $(cat "$work/err")"; exit 1; }
    done
    sed 's/<[^>]*>/ /g' "$work/r.html" | tr -s ' \n' '  ' | sed 's/ \([,.;:)]\)/\1/g' > "$work/r.htm"
}
# has FILE TEXT / lacks FILE TEXT (fixed strings)
has() { grep -qF -- "$2" "$work/$1" || { echo "FAIL: $1 lacks: $2"; fail=1; }; }
lacks() { ! grep -qF -- "$2" "$work/$1" || { echo "FAIL: $1 has: $2"; fail=1; }; }
all() { for f in r.txt r.htm r.csv; do has $f "$1"; done; }
summary_of() { sed -n '/^SUMMARY/,/^DOMAINS/p' "$work/r.txt"; }

case $case in
rapid-empty)
    report "$ans/rapid-empty.xml"
    all "not answered yet"
    for f in r.txt r.csv; do lacks $f "not applicable"; done
    lacks r.htm 'answered "not applicable"'
    has r.txt "Capabilities assessed  0 of 21 (21 not answered yet)"
    has r.txt "No capability is assessed yet: 21 not answered yet."
    ;;
rapid-dont-know)
    report "$ans/rapid-dont-know.xml"
    all "don't know"
    for f in r.txt r.csv; do lacks $f "not applicable"; lacks $f "not answered yet"; done
    lacks r.htm 'answered "not applicable"'
    has r.txt "No capability is assessed yet: 21 don't know."
    ;;
rapid-one)
    report "$ans/rapid-one.xml"
    has r.txt "Overall index          4.00 of 4.00, over 1 of 21 capabilities"
    has r.txt "Progress to target     100.0%, over 1 of 21 capabilities"
    has r.txt "Overall level          no overall level: domains 1 Policy and governance, 2 Criminal justice, 3"
    has r.txt "Victim, 5 Industry, 6 Media and communications have no assessed capability"
    has r.txt "4.00 over 1 of 4 capabilities"
    lacks r.txt "of 4.00, level 4"
    lacks r.txt "Strongest domain"
    has r.htm "over 1 of 21 capabilities"
    has r.htm "no overall level: domains 1 Policy and governance, 2 Criminal justice, 3 Victim, 5 Industry, 6 Media and communications have no assessed capability"
    lacks r.htm "level 4, Mature"
    lacks r.htm "Strongest domain"
    all "not answered yet"
    ;;
full-empty)
    report "$ans/full-empty.xml"
    has r.txt "Capabilities assessed  0 of 21 (21 not answered yet)"
    lacks r.txt "21 of 21"
    lacks r.htm "21 of 21"
    all "not answered yet"
    ;;
worked-example)
    # 38 of 42 is 90.48%: the chart says 90% (the review's Figure 1), never
    # 91% (90.5 rounded again); the text and CSV say 90.5
    report "$ans/worked-example.xml"
    has r.html ">90%</text>"
    lacks r.html ">91%</text>"
    has r.txt "90.5% (38/42)"
    has r.csv ",38,42,90.5,"
    has r.txt "Overall index          2.50 of 4.00, over 1 of 21 capabilities"
    has r.htm "Domain score 2.50 over 1 of 4 capabilities"
    ;;
threshold)
    # a model with threshold 0.875 is shown as 87.5%, not 88%
    mkdir -p "$work/data"
    cp -r "$src/questionnaires" "$src/stylesheets" "$work/data/"
    mkdir "$work/data/model"
    cp -r "$src"/model/* "$work/data/model/"
    sed -i 's/<scoring threshold="0.75"/<scoring threshold="0.875"/' "$work/data/model/mnr-model.xml"
    grep -q 'threshold="0.875"' "$work/data/model/mnr-model.xml" || { echo "FAIL: could not set the threshold"; exit 1; }
    report "$ans/worked-example.xml" --data-dir "$work/data"
    has r.htm "threshold 87.5%"
    has r.htm "87.5% needed"
    has r.htm "(0.875)"
    lacks r.htm "threshold 88%"
    lacks r.htm "88% needed"
    ;;
*) echo "figures.sh: unknown case $case" >&2; exit 99 ;;
esac
exit $fail
