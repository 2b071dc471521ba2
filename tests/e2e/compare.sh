#!/usr/bin/env bash
# compare.sh MNR DATA - mnr compare end to end: the hand-worked
# pair of tests/data/compare (old.xml and new.xml work out every figure in
# their comments) in text, CSV and HTML, from answers and from results
# files; a newer questionnaire version on the same model; another model and
# another questionnaire refused; a failed run leaves the output as it was.
set -u
mnr=$1 data=$2/compare
src=$(cd "$(dirname "$0")/../.." && pwd)
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0; fail() { echo "FAIL: $*"; fail=1; }
has() { grep -qF -- "$2" "$1" || fail "$(basename "$1") lacks: $2"; }
hasnt() { grep -qF -- "$2" "$1" && fail "$(basename "$1") has: $2"; }
old=$data/old.xml new=$data/new.xml

# ---- text, on standard output without -o
"$mnr" compare "$old" "$new" > "$tmp/out.txt" 2> "$tmp/err" || fail "compare failed: $(cat "$tmp/err")"
[ -s "$tmp/err" ] && fail "compare to standard output printed on stderr: $(cat "$tmp/err")"
t=$tmp/out.txt
# the later file writes the name "  republic of\n    PROGRESSIA ": the same country
has "$t" "republic of PROGRESSIA (fictional example)"
has "$t" "Earlier assessment     2024-05-10; MNR full self-assessment (mnr-full, version 1.0); P. Example"
has "$t" "Later assessment       2026-06-01; MNR full self-assessment (mnr-full, version 1.0); P. Example"
# index: mean of the domains assessed, (1.50 + 3.00 + 0.00 + 0.50) / 4 = 1.25
# before, (1.75 + 1.625 + 1.50) / 3 = 1.625, written 1.62, after
has "$t" "Overall index          1.25 -> 1.62 (+0.37), over 6 of 21 capabilities in both"
has "$t" "Overall level          no overall level in either assessment"
# to target: 1 - 10/18 = 44.4% before, 1 - 8/18 = 55.6% after
has "$t" "Progress to target     44.4% -> 55.6% (+11.2 points)"
has "$t" "Capabilities           2 up, 2 down, 1 at the same level, 1 newly assessed, 1 no longer assessed,"
has "$t" "                       14 assessed in neither"
has "$t" "Newly in place         12 CSEA hotline (0 -> 1)"
has "$t" "No longer in place     2 Research, analysis and monitoring (1 -> 0)"
has "$t" "Regressions            2 Research, analysis and monitoring (1 -> 0); 4 Dedicated law enforcement"
# 25: C12.L3.a, answered "no" now, was switched off before (C12.L1.a
# was "no"): not answered in both; the earlier report did not count it
has "$t" "Criteria               4 newly met, 2 no longer met, of 25 answered in both assessments"
has "$t" "  1  Policy and governance                1.50   1.75  +0.25"
has "$t" "  2  Criminal justice                     3.00   1.62  -1.38"
has "$t" "  3  Victim                                  -      -      -"
has "$t" "  6  Media and communications             0.50      -      -"
has "$t" "  1  Leadership                1 -> 3     1.50   3.00  +1.50   1.50   0.00  up"
has "$t" "  2  Research, analysis and    1 -> 0     1.00   0.00  -1.00   2.00   3.00  down; no longer in place"
has "$t" "  3  Legislation               2 -> 2     2.00   2.25  +0.25   1.00   0.75  same level"
has "$t" "  4  Dedicated law enforcement 3 -> 2     3.00   2.25  -0.75   0.00   0.75  down"
has "$t" "  5  Judiciary and prosecutors - -> 1        -   1.00      -      -   2.00  newly assessed"
has "$t" "  6  Offender management       - -> -        -      -      -      -      -  assessed in neither"
has "$t" " 12  CSEA hotline              0 -> 1     0.00   1.50  +1.50   3.00   1.50  up; newly in place"
has "$t" " 21  Universal terminology     0 -> -     0.50      -      -   2.50      -  no longer assessed"
has "$t" "  - C01.L2.a (level 2; was partly met): Is there a national multi-stakeholder body (committee,"
has "$t" "  - C01.L3.a (level 3; was not met): Has the country adopted a national policy, strategy or action"
has "$t" "  - C03.L2.b (level 2; was partly met):"
has "$t" "  - C12.L1.a (level 1; was not met):"
has "$t" "  - C02.L1.a (level 1; now don't know):"
has "$t" "  - C04.L3.a (level 3; now not met):"
# not answered before: met now, but not "newly met"
hasnt "$t" "C05.L1.a"
awk 'length($0) > 100 { print "line " NR " is " length($0) " long"; bad = 1 } END { exit bad }' "$t" \
    || fail "a text line is longer than 100 columns"
# -o - is standard output too, byte for byte the same
"$mnr" compare "$old" "$new" -o - > "$tmp/dash.txt" 2> /dev/null
cmp -s "$t" "$tmp/dash.txt" || fail "-o - differs from no -o"

# ---- CSV
"$mnr" compare "$old" "$new" -o "$tmp/out.csv" 2> "$tmp/err" || fail "compare -o out.csv failed: $(cat "$tmp/err")"
has "$tmp/err" "Comparison written to $tmp/out.csv"
tr -d '\r' < "$tmp/out.csv" > "$tmp/lf.csv"
[ "$(grep -c $'\r$' "$tmp/out.csv")" = "$(wc -l < "$tmp/out.csv")" ] || fail "CSV lines do not all end in CRLF"
c=$tmp/lf.csv
has "$c" "record,id,number,name,domain,change,level_before,level_after,level_change,score_before,score_after,score_change,in_place_before,in_place_after,target_before,target_after,gap_before,gap_after,not_assessed_before,not_assessed_after,criteria_newly_met,criteria_no_longer_met,to_target_before,to_target_after,to_target_change"
has "$c" "overall,,,Overall index,,,,,,1.25,1.62,0.37,,,,,,,,,,,44.4,55.6,11.2"
has "$c" "domain,D2,2,Criminal justice,,,,,,3.00,1.62,-1.38,,,,,,,,,,,,,"
has "$c" "capability,C01,1,Leadership,Policy and governance,up,1,3,2,1.50,3.00,1.50,true,true,3,3,1.50,0.00,,,2,0,,,"
has "$c" "capability,C02,2,\"Research, analysis and monitoring\",Policy and governance,down; no longer in place,1,0,-1,1.00,0.00,-1.00,true,false,3,3,2.00,3.00,,,0,1,,,"
has "$c" "capability,C05,5,Judiciary and prosecutors,Criminal justice,newly assessed,,1,,,1.00,,,true,3,3,,2.00,not answered yet,,0,0,,,"
has "$c" "capability,C12,12,CSEA hotline,Societal,up; newly in place,0,1,1,0.00,1.50,1.50,false,true,3,3,3.00,1.50,,,1,0,,,"
has "$c" "capability,C21,21,Universal terminology,Media and communications,no longer assessed,0,,,0.50,,,false,,3,3,2.50,,,not answered yet,0,0,,,"
has "$c" "record,capability,question,level,before,after,text"
has "$c" "newly-met,C01,C01.L2.a,2,partly met,met,\"Is there a national multi-stakeholder body (committee, task force or council) with written terms of reference for this issue?\""
has "$c" "no-longer-met,C04,C04.L3.a,3,met,not met,Does the dedicated unit cover the whole country and have its own digital forensic capacity?"
[ "$(grep -c '^capability,' "$c")" = 21 ] || fail "CSV has $(grep -c '^capability,' "$c") capability rows, not 21"
[ "$(grep -c -e '^newly-met,' -e '^no-longer-met,' "$c")" = 6 ] || fail "CSV has not 6 criteria rows"

# ---- HTML
"$mnr" compare "$old" "$new" -o "$tmp/out.html" 2> "$tmp/err" || fail "compare -o out.html failed: $(cat "$tmp/err")"
h=$tmp/out.html
has "$h" "<!DOCTYPE html>"
has "$h" '<svg class="chart" id="chart-compare"'
has "$h" '<h2><span class="secno">2</span>Every capability before and after</h2>'
has "$h" '<div class="d">Change <span class="up">+0.37</span>; over 6 of 21 capabilities in both</div>'
has "$h" '<tr data-domain="D2"><td class="num">2</td><td>Criminal justice</td><td class="num">3.00</td><td class="num">1.62</td><td class="num"><span class="down">-1.38</span></td>'
has "$h" '<td class="num"><span class="lv lv0" title="Not in place">0</span></td><td class="num"><span class="lv lv1" title="Emerging">1</span></td><td class="num">0.00</td><td class="num">1.50</td><td class="num"><span class="up">+1.50</span></td><td class="num">3.00</td><td class="num">1.50</td><td>up; newly in place</td>'
has "$h" "12 CSEA hotline (level 0 → 1)"
hasnt "$h" "<script"
# the chart: an earlier and a later bar for each capability assessed in both
[ "$(grep -o 'stroke-dasharray="3 2"' "$h" | wc -l)" = 7 ] || fail "not 6 earlier bars and a legend key in the chart"

# ---- from results files: the same comparison
"$mnr" score "$old" -o "$tmp/old-results.xml" 2> /dev/null || fail "score old failed"
"$mnr" score "$new" -o "$tmp/new-results.xml" 2> /dev/null || fail "score new failed"
"$mnr" compare "$tmp/old-results.xml" "$tmp/new-results.xml" > "$tmp/from-results.txt" 2> "$tmp/err" \
    || fail "compare of results failed: $(cat "$tmp/err")"
cmp -s "$t" "$tmp/from-results.txt" || fail "the comparison of the results differs from that of the answers"
"$mnr" compare "$tmp/old-results.xml" "$new" > "$tmp/mixed.txt" 2> /dev/null || fail "compare of results and answers failed"
cmp -s "$t" "$tmp/mixed.txt" || fail "the comparison of results and answers differs"

# ---- a newer questionnaire version on the same model: a data directory
# whose mnr-full is 1.1 (C21.L4.b replaced by C21.L4.c), with 1.0 kept
# beside it as questionnaires/mnr-full-1.0.xml
dd=$tmp/data; mkdir -p "$dd/questionnaires"
ln -s "$src/model" "$dd/model"; ln -s "$src/stylesheets" "$dd/stylesheets"
ln -s "$src/questionnaires/schema" "$dd/questionnaires/schema"
cp "$src/questionnaires/mnr-rapid.xml" "$dd/questionnaires/"
sed -e 's/<questionnaire id="mnr-full" version="1.0"/<questionnaire id="mnr-full" version="1.1"/' \
    -e 's/id="C21.L4.b"/id="C21.L4.c"/' "$src/questionnaires/mnr-full.xml" > "$dd/questionnaires/mnr-full.xml"
grep -q 'version="1.1"' "$dd/questionnaires/mnr-full.xml" || fail "the 1.1 copy was not made"
sed -e 's/questionnaire-version="1.0"/questionnaire-version="1.1"/' \
    -e 's|  <!-- C21: not answered: no longer assessed -->|  <answer question="C21.L4.c" value="no"/>|' "$new" > "$tmp/new-1.1.xml"
# without 1.0 kept: the earlier answers cannot be scored, and it says how to
"$mnr" compare "$old" "$tmp/new-1.1.xml" --data-dir "$dd" -o "$tmp/v.txt" 2> "$tmp/err" \
    && fail "answers to questionnaire 1.0 were scored with 1.1"
has "$tmp/err" "old.xml:5: these answers were made against questionnaire mnr-full 1.0, but the one in use is mnr-full 1.1"
has "$tmp/err" "keep that version in the data directory as questionnaires/mnr-full-1.0.xml"
[ -e "$tmp/v.txt" ] && fail "a comparison was written after an error"
# a file whose name promises another version than it holds
cp "$dd/questionnaires/mnr-full.xml" "$dd/questionnaires/mnr-full-1.0.xml"
"$mnr" compare "$old" "$tmp/new-1.1.xml" --data-dir "$dd" -o "$tmp/v.txt" 2> "$tmp/err" \
    && fail "a misnamed questionnaire version was used"
has "$tmp/err" "mnr-full-1.0.xml: holds questionnaire mnr-full 1.1, but its name says mnr-full 1.0"
# 1.0 kept: both are scored, each with its own version
cp "$src/questionnaires/mnr-full.xml" "$dd/questionnaires/mnr-full-1.0.xml"
"$mnr" compare "$old" "$tmp/new-1.1.xml" --data-dir "$dd" -o "$tmp/v.txt" 2> "$tmp/err" \
    || fail "compare across questionnaire versions failed: $(cat "$tmp/err")"
has "$tmp/v.txt" "Later assessment       2026-06-01; MNR full self-assessment (mnr-full, version 1.1); P. Example"
has "$tmp/v.txt" "- The two assessments answered different versions of the questionnaire (1.0 -> 1.1). Questions"
has "$tmp/v.txt" "only in the earlier version: 1; only in the later version: 1; they are not compared."
# C21 is assessed after all (L4.c counts): the rest as before
has "$tmp/v.txt" " 21  Universal terminology     0 -> 0     0.50   0.00  -0.50   2.50   3.00  same level"
has "$tmp/v.txt" " 12  CSEA hotline              0 -> 1     0.00   1.50  +1.50   3.00   1.50  up; newly in place"
# the earlier results, scored with 1.0, are verified with the kept 1.0
"$mnr" compare "$tmp/old-results.xml" "$tmp/new-1.1.xml" --data-dir "$dd" > "$tmp/v2.txt" 2> "$tmp/err" \
    || fail "compare of 1.0 results with 1.1 answers failed: $(cat "$tmp/err")"
cmp -s "$tmp/v.txt" "$tmp/v2.txt" || fail "1.0 results and 1.0 answers compare differently"

# ---- a score that fell within a level is a regression: NEW again, with
# C03.L3.a no longer partly met (2.25 -> 2.00, still level 2)
sed 's|<answer question="C03.L3.a" value="partly"/>|<answer question="C03.L3.a" value="no"/>|' "$new" > "$tmp/later.xml"
"$mnr" compare "$new" "$tmp/later.xml" -o "$tmp/fell.txt" 2> "$tmp/err" || fail "compare of a fall within a level failed: $(cat "$tmp/err")"
has "$tmp/fell.txt" "Capabilities           0 up, 0 down, 6 at the same level (1 with a lower score), 15 assessed in"
has "$tmp/fell.txt" "Regressions            3 Legislation (level 2, score 2.25 -> 2.00)"
has "$tmp/fell.txt" "  3  Legislation               2 -> 2     2.25   2.00  -0.25   0.75   1.00  same level; lower score"
hasnt "$tmp/fell.txt" "Regressions            none"
"$mnr" compare "$new" "$tmp/later.xml" -o "$tmp/fell.csv" 2> /dev/null || fail "CSV of a fall within a level failed"
has "$tmp/fell.csv" "capability,C03,3,Legislation,Policy and governance,same level; lower score,2,2,0,2.25,2.00,-0.25,"
"$mnr" compare "$new" "$tmp/later.xml" -o "$tmp/fell.html" 2> /dev/null || fail "HTML of a fall within a level failed"
has "$tmp/fell.html" "<dd>0 up, 0 down, 6 at the same level (1 with a lower score), 15 assessed in neither</dd>"
has "$tmp/fell.html" "<dt>Regressions (capabilities whose level fell, or whose score fell within the same level)</dt><dd>3 Legislation (level 2, score 2.25 → 2.00)</dd>"
has "$tmp/fell.html" "<td>same level; lower score</td>"

# ---- another model, in answers and in results: exit 1, the file named
sed 's/model-version="1.0"/model-version="0.9"/' "$new" > "$tmp/model-0.9.xml"
"$mnr" compare "$old" "$tmp/model-0.9.xml" -o "$tmp/m.txt" 2> "$tmp/err"; rc=$?
[ $rc = 1 ] || fail "another model: exit $rc, not 1"
has "$tmp/err" "model-0.9.xml:6: these answers were made against model mnr-maturity 0.9, but this mnr has model mnr-maturity 1.0"
sed 's/<model id="mnr-maturity" version="1.0"/<model id="mnr-maturity" version="0.9"/' "$tmp/old-results.xml" > "$tmp/results-0.9.xml"
"$mnr" compare "$tmp/results-0.9.xml" "$new" -o "$tmp/m.txt" 2> "$tmp/err"; rc=$?
[ $rc = 1 ] || fail "results of another model: exit $rc, not 1"
has "$tmp/err" "results-0.9.xml:10: these results were scored with model mnr-maturity 0.9, but this mnr has model mnr-maturity 1.0"
[ -e "$tmp/m.txt" ] && fail "a comparison was written after an error"

# ---- the rapid questionnaire: levels only; not against the full one
"$mnr" compare "$data/rapid.xml" "$data/rapid.xml" > "$tmp/rapid.txt" 2> "$tmp/err" || fail "rapid compare failed: $(cat "$tmp/err")"
has "$tmp/rapid.txt" "  1  Leadership                2 -> 2     2.00   2.00   0.00   1.00   1.00  same level"
has "$tmp/rapid.txt" "Both assessments used the rapid questionnaire, which picks one level per capability: there are"
"$mnr" compare "$old" "$data/rapid.xml" 2> "$tmp/err" > /dev/null && fail "full and rapid were compared"
has "$tmp/err" "rapid.xml:5: answers questionnaire mnr-rapid, but $old answers mnr-full: the two measure levels in different ways"

# ---- a failed run leaves an earlier output as it was, with no temporary file
out=$tmp/progress.txt
echo "an earlier comparison" > "$out"
before=$(cat "$out")
"$mnr" compare "$src/questionnaires/examples/examplia-middle.xml" "$new" -o "$out" 2> "$tmp/err" \
    && fail "two countries were compared"
has "$tmp/err" "new.xml:7: this is an assessment of \"republic of PROGRESSIA\", but $src/questionnaires/examples/examplia-middle.xml is of \"Republic of Examplia\": mnr compare shows one country's progress"
check_kept "$out" "$before"
"$mnr" compare "$old" "$data/no-such-file.xml" -o "$out" 2> "$tmp/err" && fail "a missing file was compared"
has "$tmp/err" "no-such-file.xml: no such file"
check_kept "$out" "$before"
check_no_temp "$out"
# never over an input (a copy, so that a broken check cannot spoil the data)
cp "$old" "$tmp/old-copy.xml"
before=$(cat "$tmp/old-copy.xml")
"$mnr" compare "$tmp/old-copy.xml" "$new" -f text -o "$tmp/old-copy.xml" 2> "$tmp/err" && fail "the output was written over OLD"
has "$tmp/err" "old-copy.xml: cannot write the output there: it is the same file as"
check_kept "$tmp/old-copy.xml" "$before"
"$mnr" compare "$old" "$tmp/old-copy.xml" -f text -o "$tmp/old-copy.xml" 2> /dev/null && fail "the output was written over NEW"
check_kept "$tmp/old-copy.xml" "$before"
exit $fail
