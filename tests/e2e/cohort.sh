#!/usr/bin/env bash
# cohort.sh MNR DATA - mnr cohort end to end (docs/cohort.md) on the hand-checked
# cohort of tests/data/cohort/assessments (its README works out every
# figure checked here): the figures per capability and per group, the
# withholding rule with its complement, a bad file in the middle, the
# latest assessment of each country, a results file among the answers,
# no marker string of a country, file, respondent, evidence or comment in
# any output, then score and report against the cohort baseline.
set -u
mnr=$1 data=$2/cohort
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0; fail() { echo "FAIL: $*"; fail=1; }
has() { grep -qF -- "$2" "$1" || fail "$(basename "$1") lacks: $2"; }
hasnt() { grep -qF -- "$2" "$1" && fail "$(basename "$1") has: $2"; }

# the assessments, one of them (Westland Five) as the results mnr score
# writes: cohort reads both
in=$tmp/in-zqxf
cp -r "$data/assessments" "$in"
"$mnr" score "$in/l5-zqxf.xml" -o "$in/l5-results-zqxf.xml" 2>/dev/null || fail "score l5"
rm "$in/l5-zqxf.xml"

out=$tmp/cohort.xml
"$mnr" cohort "$in" -o "$out" --by region --report "$tmp/report.txt" 2>"$tmp/err"
[ $? = 0 ] || fail "mnr cohort failed: $(cat "$tmp/err")"

# -- the bad file in the middle: reported with its line, and skipped
has "$tmp/err" "m-bad-zqxf.xml:10: Element 'answer', attribute 'value': [facet 'enumeration'] The value 'maybe' is not an element of the set"
# -- two latest assessments of one country with the same date
grep -qE "twin-(a|b)-zqxf.xml: an assessment of the same country with the same date as .*twin-(a|b)-zqxf.xml; which is the latest cannot be told, so that country is left out" "$tmp/err" \
    || fail "no message about the two Twinland files: $(cat "$tmp/err")"
# -- the summary: 19 files; 15 countries; Westland Six's older file left out
has "$tmp/err" "Read 19 files: 15 countries counted (the latest assessment of each), 1 older assessment of a country left out, 1 file skipped (not a valid answers or results file, see above), 1 country left out (two latest assessments with the same date, see above)."
has "$tmp/err" "Cohort baseline written to $out; figures from fewer than 5 countries are withheld (19 capabilities, 5 group figures)."
grep -q $'\r' "$tmp/err" && fail "a progress bar on a pipe"

# -- one file reached twice (a link in the directory, a file named twice,
# a directory and one of its files) is one assessment: the same cohort,
# each second path noted
ln -s e1-zqxf.xml "$in/link-to-e1-zqxf.xml"
"$mnr" cohort "$in" "$in/e2-zqxf.xml" "$in/e3-zqxf.xml" "$in/e3-zqxf.xml" -o "$tmp/twice-read.xml" --by region 2>"$tmp/err-twice"
[ $? = 0 ] || fail "mnr cohort with a file reached twice failed: $(cat "$tmp/err-twice")"
grep -qE "(link-to-)?e1-zqxf.xml: reached a second time \(first as .*e1-zqxf.xml\); one file is one assessment, so it is read once" "$tmp/err-twice" \
    || fail "no note about e1 reached twice: $(cat "$tmp/err-twice")"
has "$tmp/err-twice" "$in/e2-zqxf.xml: reached a second time (first as $in/e2-zqxf.xml); one file is one assessment, so it is read once"
[ "$(grep -c "e3-zqxf.xml: reached a second time" "$tmp/err-twice")" = 2 ] || fail "e3 named twice after its directory: not noted twice"
hasnt "$tmp/err-twice" "Eastland"
has "$tmp/err-twice" "Read 19 files (4 more paths led to a file already read, see above): 15 countries counted (the latest assessment of each), 1 older assessment of a country left out, 1 file skipped (not a valid answers or results file, see above), 1 country left out (two latest assessments with the same date, see above)."
cmp -s <(grep -v generated "$out") <(grep -v generated "$tmp/twice-read.xml") || fail "a file reached twice changed the cohort: $(diff "$out" "$tmp/twice-read.xml" | head -5)"
rm "$in/link-to-e1-zqxf.xml"

# -- the figures (README): C01 over 15 countries, 12 in place, median 2
has "$out" '<item id="C01" label="Leadership" capabilities="C01" number="1" yes="12" respondents="15">'
has "$out" '<levels level0="3" level1="3" level2="4" level3="3" level4="2" median-score="2.00"/>'
has "$out" '<compared baseline="framing-the-future-2021" item="leadership" yes="32" respondents="42"/>'
# Westland: 6 countries, all in place; median of 1 2 2 3 3 4 is the lower middle 2
has "$out" '<group-figures group="latin-america-caribbean" yes="6" respondents="6" level0="0" level1="1" level2="2" level3="2" level4="1" median-score="2.00"/>'
# C02: 12 countries cover it (three said don't know), 10 in place
has "$out" '<item id="C02" label="Research, analysis and monitoring" capabilities="C02" number="2" yes="10" respondents="12">'
has "$out" '<levels level0="2" level1="3" level2="4" level3="2" level4="1" median-score="2.00"/>'
# C03: 4 countries cover it: withheld whole
has "$out" '<no-figure id="C03" label="Legislation" capabilities="C03" number="3" withheld="true">'
has "$out" "<reason>Withheld: fewer than 5 countries' assessments cover this capability.</reason>"
# -- withholding: Southland (4) withheld; Eastland (5) withheld with it, or
#    the cohort minus Westland minus Eastland would give Southland away
has "$out" '<group id="sub-saharan-africa" name="Sub-Saharan Africa" withheld="true">'
has "$out" '<group id="europe-central-asia" name="Europe and Central Asia" withheld="true">'
has "$out" '<group id="latin-america-caribbean" name="Latin America and the Caribbean" size="6">'
has "$out" '<group-figures group="europe-central-asia" withheld="true"/>'
# C02 in Westland: 4 cover it: withheld (the other two are withheld already)
[ "$(grep -c '<group-figures group="latin-america-caribbean" withheld="true"/>' "$out")" = 1 ] \
    || fail "Westland's C02 figure is not withheld (or another is)"
hasnt "$out" 'size="4"'
hasnt "$out" 'size="5"'

"$mnr" validate "$out" >"$tmp/v" 2>&1 || fail "the cohort baseline does not validate: $(cat "$tmp/v")"
# ungrouped, and with another --min-group: read back as written
"$mnr" cohort "$in" -o "$tmp/flat.xml" --min-group 3 -q 2>/dev/null || fail "cohort without --by"
"$mnr" validate "$tmp/flat.xml" >"$tmp/v-flat" 2>&1 || fail "the ungrouped cohort baseline does not validate: $(cat "$tmp/v-flat")"
has "$tmp/v" ": ok (cohort baseline cohort-"
has "$tmp/v" ", 15 countries)"

# -- every report format
has "$tmp/report.txt" "  1  Leadership                        15    80.0% (12/15)   76.2%    +3.8    2.00  3 3 4 3 2"
has "$tmp/report.txt" "  3  Legislation                  Withheld: too few countries"
has "$tmp/report.txt" "  1  Leadership                         6     100.0% (6/6)    2.00  0 1 2 2 1"
has "$tmp/report.txt" "Region: Latin America and the Caribbean, 6 countries"
has "$tmp/report.txt" "Region: Sub-Saharan Africa"
has "$tmp/report.txt" "beside a cohort of 6 gives away the sixth country"
for f in csv html; do
    "$mnr" cohort "$in" -o "$tmp/c-$f.xml" --by region --report "$tmp/report.$f" -q 2>"$tmp/err-$f" \
        || fail "cohort --report report.$f: $(cat "$tmp/err-$f")"
done
cmp -s "$out" "$tmp/c-csv.xml" || fail "two runs on the same files wrote different cohort baselines"
has "$tmp/report.csv" "C01,1,Leadership,all,,15,12,80.0,3,3,4,3,2,2.00,32,42,76.2,+3.8,false"
has "$tmp/report.csv" "C01,1,Leadership,latin-america-caribbean,Latin America and the Caribbean,6,6,100.0,0,1,2,2,1,2.00,,,,,false"
has "$tmp/report.csv" "C01,1,Leadership,europe-central-asia,Europe and Central Asia,,,,,,,,,,,,,,true"
has "$tmp/report.csv" "C03,3,Legislation,all,,,,,,,,,,,,,,,true"
# 10 of 12 is 83.3% as 35 of 42 was: no change, and no sign on it
has "$tmp/report.csv" 'C02,2,"Research, analysis and monitoring",all,,12,10,83.3,2,3,4,2,1,2.00,35,42,83.3,0.0,false'
has "$tmp/report.html" '<th scope="row">Leadership</th><td class="num">15</td><td class="num">80.0%<span class="count">12 / 15</span></td>'
has "$tmp/report.html" '<h2 id="groups-h"><span class="secno">2</span>By region</h2>'
# two cohorts that differ by a country give it away, and the id is no
# protection: the report says both plainly (so does the cohort's caveat)
has "$tmp/report.txt" "- Withholding protects within this cohort only. Two cohorts whose countries differ by one or a"
has "$tmp/report.html" "Two cohorts whose countries differ by one or a few, subtracted from each other, give those countries' figures away: a cohort of 30 countries beside one of the same countries but one gives that country's level on every capability."
has "$tmp/report.html" "The baseline id (cohort- and eight hexadecimal digits) is a 32-bit hash of what was counted"
has "$tmp/report.html" "It is not a secret and protects nothing"
has "$out" "<caveat>Withholding protects within this cohort only: two cohorts whose countries differ by one or a few, subtracted from each other, give those countries' figures away."
# --quiet: problems only
[ "$(grep -c . "$tmp/err-csv")" = 2 ] || fail "--quiet printed more than the two problems: $(cat "$tmp/err-csv")"

# -- no country, file name, respondent, role, title, workshop, evidence or
#    comment in any output (markers: ZQX... in the files and their names)
outputs=("$out" "$tmp/report.txt" "$tmp/report.csv" "$tmp/report.html")
if command -v chromium >/dev/null && command -v pdftotext >/dev/null; then
    "$mnr" cohort "$in" -o "$tmp/c-pdf.xml" --by region --report "$tmp/report.pdf" -q 2>/dev/null \
        || fail "cohort --report report.pdf"
    pdftotext "$tmp/report.pdf" "$tmp/report-pdf.txt"
    has "$tmp/report-pdf.txt" "Cohort report"
    outputs+=("$tmp/report-pdf.txt")
    # the running heads (the cohort's title, the years of its assessments)
    # and the page number from page 2 on; the cover has none of them, so
    # there the title and the years are only the cover's own, once each
    pdftotext -f 1 -l 1 "$tmp/report.pdf" "$tmp/pdf-p1.txt"
    pdftotext -f 2 -l 2 "$tmp/report.pdf" "$tmp/pdf-p2.txt"
    has "$tmp/pdf-p2.txt" "Cohort baseline: the latest self-assessments of 15 countries"
    has "$tmp/pdf-p2.txt" "assessments dated 2025"
    has "$tmp/pdf-p2.txt" "Page 2 of "
    hasnt "$tmp/pdf-p1.txt" "Page 1 of "
    for s in "Cohort baseline: the latest self-assessments of 15 countries" "assessments dated 2025"; do
        [ "$(grep -oF -- "$s" "$tmp/pdf-p1.txt" | wc -l)" = 1 ] || fail "the cover has a running head: '$s' is on it $(grep -oF -- "$s" "$tmp/pdf-p1.txt" | wc -l) times"
    done
fi
for o in "${outputs[@]}"; do
    grep -qi "zqx\|westland\|eastland\|southland\|twinland" "$o" && fail "$(basename "$o") names a country, file, person or text: $(grep -oi '[^ <>]*zqx[^ <>]*' "$o" | head -3)"
done

# -- a country compared with the cohort: score and report say which baseline
ex=$(dirname "$0")/../../questionnaires/examples/examplia-middle.xml
"$mnr" score "$ex" --baseline "$out" -o "$tmp/results.xml" 2>/dev/null || fail "score --baseline"
has "$tmp/results.xml" '<baseline-source id="cohort-'
has "$tmp/results.xml" 'kind="cohort" min-group="5" by="region">'
has "$tmp/results.xml" 'status="figure" yes="12" respondents="15" percent="80.0" category="common-missing" category-label="half or more of the countries in the cohort have this">'
has "$tmp/results.xml" '<baseline item="C03" label="Legislation" capabilities="C03" status="no-figure">'
"$mnr" report "$tmp/results.xml" --baseline "$out" -o "$tmp/country.txt" 2>"$tmp/r.err" || fail "report --baseline: $(cat "$tmp/r.err")"
has "$tmp/country.txt" "Compared with          Cohort baseline: the latest self-assessments of 15 countries"
has "$tmp/country.txt" "COMPARISON WITH THE COHORT BASELINE"
has "$tmp/country.txt" "Leadership: not in place (level 0); countries in the cohort with it: 12 of 15 (80.0%); half"
hasnt "$tmp/country.txt" "2021 review"
hasnt "$tmp/country.txt" "surveyed countries"
"$mnr" report "$ex" --baseline "$out" -o "$tmp/country.html" 2>/dev/null || fail "report html --baseline"
has "$tmp/country.html" "<dt>Compared with</dt><dd>Cohort baseline: the latest self-assessments of 15 countries (cohort-"
has "$tmp/country.html" "<li>Withholding protects within this cohort only: two cohorts whose countries differ by one or a few"
"$mnr" report "$ex" --baseline "$out" -o "$tmp/country.csv" 2>/dev/null || fail "report csv --baseline"
grep -q '^C01,1,Leadership,.*,12,15,80.0,half or more of the countries in the cohort have this,,cohort-' "$tmp/country.csv" \
    || fail "the CSV row of C01 does not compare with the cohort: $(grep ^C01 "$tmp/country.csv")"
# the 2021 report names its baseline too
"$mnr" report "$ex" -o "$tmp/plain.txt" 2>/dev/null
has "$tmp/plain.txt" "Compared with          Framing the Future: 2021 survey of 42 countries (framing-the-future-2021,"
# results compared with the cohort need it to be read back
"$mnr" report "$tmp/results.xml" -o "$tmp/no.txt" 2>"$tmp/r.err" && fail "results of the cohort reported against 2021"
has "$tmp/r.err" "these results were compared with baseline cohort-"
has "$tmp/r.err" "but this mnr has baseline framing-the-future-2021 1.0; give the baseline they were compared with (--baseline FILE)"
# a country's own levels do not depend on the baseline: results compared
# with the cohort are compared with results compared with 2021, validated
# (saying what was not checked) and read by mnr cohort as they are
"$mnr" score "$ex" -o "$tmp/results-2021.xml" 2>/dev/null || fail "score for 2021"
"$mnr" compare "$tmp/results-2021.xml" "$tmp/results.xml" -o "$tmp/progress.csv" 2>"$tmp/r.err" \
    || fail "compare of results compared with the cohort: $(cat "$tmp/r.err")"
has "$tmp/progress.csv" "overall,,,Overall index,,,1,1,0,1.64,1.64,0.00,"
"$mnr" compare "$tmp/results.xml" "$tmp/results-2021.xml" -o "$tmp/progress.txt" 2>"$tmp/r.err" \
    || fail "compare, the cohort's results first: $(cat "$tmp/r.err")"
"$mnr" validate "$tmp/results.xml" >"$tmp/v.out" 2>"$tmp/r.err" || fail "validate of results compared with the cohort: $(cat "$tmp/r.err")"
has "$tmp/v.out" "results.xml: ok (results; compared with baseline cohort-"
has "$tmp/v.out" ", which is not checked without it: mnr report --baseline FILE checks it)"
"$mnr" cohort "$tmp/results.xml" -o "$tmp/from-results.xml" --min-group 3 2>"$tmp/r.err" || fail "cohort of results compared with a cohort: $(cat "$tmp/r.err")"
has "$tmp/r.err" "Read 1 file: 1 country counted (the latest assessment of each)."
# a figure changed by hand is still found
sed 's/ level="1" level-name="Emerging" score="1.50"/ level="2" level-name="Developing" score="1.50"/' "$tmp/results.xml" > "$tmp/changed.xml"
cmp -s "$tmp/results.xml" "$tmp/changed.xml" && fail "the sed changed nothing"
"$mnr" compare "$tmp/results-2021.xml" "$tmp/changed.xml" -o "$tmp/no.txt" 2>"$tmp/r.err" && fail "compare of results changed by hand succeeded"
has "$tmp/r.err" "the file was changed after scoring"

# -- a cohort smaller than --min-group: written with every figure withheld
#    (and nothing about its countries but their number), and read back
small=$tmp/small.xml
"$mnr" cohort "$in/e1-zqxf.xml" "$in/e2-zqxf.xml" "$in/s1-zqxf.xml" -o "$small" --by region -q 2>"$tmp/err-small" \
    || fail "a cohort of 3: $(cat "$tmp/err-small")"
hasnt "$small" "<item "
hasnt "$small" "marked as fictional"
hasnt "$small" " size=\"3\" "
has "$small" '<cohort size="3">'
"$mnr" validate "$small" >"$tmp/v-small" 2>&1 || fail "mnr validate refuses the cohort of 3 it wrote: $(cat "$tmp/v-small")"
has "$tmp/v-small" ", 3 countries)"
"$mnr" score "$ex" --baseline "$small" -o "$tmp/small-results.xml" 2>"$tmp/err-small" \
    || fail "score --baseline refuses the cohort of 3 mnr wrote: $(cat "$tmp/err-small")"
has "$tmp/small-results.xml" '<baseline item="C01" label="Leadership" capabilities="C01" status="no-figure">'
"$mnr" report "$tmp/small-results.xml" --baseline "$small" -o "$tmp/small.txt" 2>"$tmp/err-small" \
    || fail "report --baseline refuses the cohort of 3 mnr wrote: $(cat "$tmp/err-small")"
has "$tmp/small.txt" "Compared with          Cohort baseline: the latest self-assessments of 3 countries"
hasnt "$tmp/small.txt" "marked as fictional"

# -- nothing usable: exit 1, nothing written
"$mnr" cohort "$in/m-bad-zqxf.xml" -o "$tmp/none.xml" 2>"$tmp/err" && fail "a cohort of one bad file succeeded"
has "$tmp/err" "mnr cohort: no assessment could be used (1 file read); nothing was written"
[ -e "$tmp/none.xml" ] && fail "a cohort baseline was written with nothing in it"
mkdir "$tmp/empty"; : > "$tmp/empty/notes.txt"
"$mnr" cohort "$tmp/empty" -o "$tmp/none.xml" 2>"$tmp/err" && fail "a cohort of an empty directory succeeded"
has "$tmp/err" "mnr cohort: no .xml file in $tmp/empty; give answers or results files, or directories holding them. Nothing was written"
hasnt "$tmp/err" "Read 0 files"
[ -e "$tmp/none.xml" ] && fail "a cohort baseline was written from an empty directory"

# -- an output among the files read: refused, the file kept (an answers
# file is refused as any output; a results file when the walk meets it)
before=$(cat "$in/e1-zqxf.xml")
"$mnr" cohort "$tmp/in-zqxf" -o "$in/e1-zqxf.xml" 2>"$tmp/err" && fail "cohort over one of its inputs succeeded"
has "$tmp/err" "e1-zqxf.xml: is an answers file; writing the cohort baseline over it would lose those answers"
check_kept "$in/e1-zqxf.xml" "$before"
check_no_temp "$in/e1-zqxf.xml"
before=$(cat "$in/l5-results-zqxf.xml")
"$mnr" cohort "$tmp/in-zqxf" -o "$tmp/ok.xml" --report "$in/l5-results-zqxf.xml" -f text 2>"$tmp/err" && fail "cohort report over one of its inputs succeeded"
has "$tmp/err" "l5-results-zqxf.xml: is the output file (-o or --report), so it would be written over"
check_kept "$in/l5-results-zqxf.xml" "$before"
[ -e "$tmp/ok.xml" ] && fail "a cohort baseline was written though its report was refused"
# the report under another name of the baseline (a link): refused, kept
"$mnr" cohort "$in" -o "$tmp/twice.xml" -q 2>/dev/null || fail "cohort for twice.xml"
ln -s twice.xml "$tmp/twice.txt"; before=$(cat "$tmp/twice.xml")
"$mnr" cohort "$in" -o "$tmp/twice.xml" --report "$tmp/twice.txt" -q 2>"$tmp/err" && fail "a report over its own baseline succeeded"
has "$tmp/err" "twice.txt: is also the cohort baseline (-o); give the report another name"
check_kept "$tmp/twice.xml" "$before"

# -- a progress bar on a terminal (script gives mnr one), none with --quiet
if command -v script >/dev/null; then
    script -qec "\"$mnr\" cohort \"$in\" -o \"$tmp/tty.xml\"" /dev/null >"$tmp/tty" 2>&1
    grep -q "\[####################\] 19/19 files  [0-9]*/s" "$tmp/tty" || fail "no progress bar on a terminal: $(tr '\r' '\n' < "$tmp/tty" | head -3)"
    script -qec "\"$mnr\" cohort \"$in\" -o \"$tmp/tty.xml\" --quiet" /dev/null >"$tmp/tty" 2>&1
    grep -q "files" "$tmp/tty" && fail "a progress bar with --quiet"
fi
check_no_sanitizer "$(cat "$tmp"/err*)"
exit $fail
