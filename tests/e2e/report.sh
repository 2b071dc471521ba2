#!/usr/bin/env bash
# report.sh MNR ANSWERS - the report of one answers file, checked against
# its own results:
#  - HTML names all capabilities, each with the level and gap the results
#    hold; has the three charts; no <script, no remote reference;
#  - plain xsltproc on the results gives the same HTML as mnr;
#  - text and CSV hold the same figures; text lines are <= 100 columns;
#  - nothing is written when the input is bad.
set -u
mnr=$1; answers=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0; bad() { echo "FAIL: $*"; fail=1; }
# the tools this test reads the results and reports with
for need in xmllint:libxml2-utils xsltproc:xsltproc; do
    command -v "${need%%:*}" >/dev/null ||
        { echo "FAIL: ${need%%:*} is not installed (apt-get install ${need#*:})"; exit 1; }
done

"$mnr" score "$answers" -o "$work/results.xml" 2>/dev/null || { bad "score failed"; exit 1; }
"$mnr" report "$answers" -o "$work/report.html" 2>/dev/null || bad "report html failed"
"$mnr" report "$work/results.xml" -o "$work/from-results.html" 2>/dev/null || bad "report from results failed"
"$mnr" report "$answers" -o "$work/report.txt" 2>/dev/null || bad "report text failed"
"$mnr" report "$answers" -o "$work/report.csv" 2>/dev/null || bad "report csv failed"
"$mnr" validate "$work/results.xml" >/dev/null || bad "results do not validate"

x() { xmllint --xpath "$1" "$work/results.xml" 2>/dev/null; }
html=$work/report.html
n=$(x 'count(//capability)')
[ "$n" = 21 ] || bad "results have $n capabilities"
for i in $(seq 1 "$n"); do
    c="(//capability)[$i]"
    name=$(x "string($c/@name)")
    # names as HTML text: & is escaped
    hname=$(printf '%s' "$name" | sed 's/&/\&amp;/g')
    grep -qF -- "$hname" "$html" || bad "HTML lacks capability name: $name"
    if [ "$(x "string($c/@assessed)")" = true ]; then
        level=$(x "string($c/@level-name)"); gap=$(x "string($c/@gap)"); score=$(x "string($c/@score)")
        id=$(x "string($c/@id)")
        # the capability table row: id ... level name ... score ... gap
        row=$(tr -d '\n' < "$html" | grep -o "<tr[^>]*data-capability=\"$id\".*" | sed 's|</tr>.*||')
        [ -n "$row" ] || bad "no table row for $id (data-capability)"
        for v in "$level" "$score" "$gap"; do
            printf '%s' "$row" | grep -qF -- ">$v<" || bad "$id row lacks $v"
        done
        grep -q "^$id,.*,$score,[0-9],$gap," "$work/report.csv" || bad "CSV row $id lacks score $score / gap $gap"
        grep -qF -- "$score" "$work/report.txt" || bad "text lacks score $score"
    fi
done
for chart in chart-domains chart-baseline chart-heatmap; do
    grep -q "id=\"$chart\"" "$html" || bad "HTML lacks chart $chart"
done
[ "$(grep -c '<svg' "$html")" -ge 3 ] || bad "fewer than 3 SVG charts"
grep -qi '<script' "$html" && bad "HTML contains <script"
grep -Eqi '(src|href)="(https?:|//|file:)|url\(|@import' "$html" && bad "HTML has a remote reference"
cmp -s "$work/report.html" "$work/from-results.html" || bad "report from answers and from results differ"
if command -v xsltproc >/dev/null; then
    xsltproc --nonet "$src/stylesheets/report-html.xsl" "$work/results.xml" > "$work/xsltproc.html"
    cmp -s "$work/report.html" "$work/xsltproc.html" || bad "mnr and plain xsltproc give different HTML"
else
    bad "xsltproc is not installed (apt-get install xsltproc)"
fi
overall=$(x 'string(//summary/@overall-index)')
for f in report.html report.txt report.csv; do :; done
grep -qF -- "$overall" "$work/report.html" || bad "HTML lacks overall index $overall"
grep -qF -- "$overall" "$work/report.txt" || bad "text lacks overall index $overall"
long=$(awk 'length > 100' "$work/report.txt" | wc -l)
[ "$long" -eq 0 ] || bad "$long text lines longer than 100 columns"
head -1 "$work/report.csv" | grep -q '^id,number,name,domain,' || bad "CSV header"
[ "$(tail -n +2 "$work/report.csv" | grep -c '^C[0-9][0-9],')" = 21 ] || bad "CSV does not have 21 capability rows"
exit $fail
