#!/usr/bin/env bash
# pdf.sh MNR ANSWERS MIN_PAGES MAX_PAGES [PAPER] - the PDF report of one
# answers file, printed through headless Chromium by `mnr report -o X.pdf`
# (PAPER a4, the default, or letter: --param paper=letter), checked with
# poppler's pdfinfo and pdftotext:
#  - mnr exits 0, says where it wrote the report, and the file is a PDF;
#  - the page count is within MIN_PAGES..MAX_PAGES and every page has the
#    paper size asked for;
#  - the Title is plain text (no bidi control) and names the country once;
#  - the text holds the country name, all capability names of the results,
#    the section headings and the running page numbers "Page N of M".
#
# Needs chromium and poppler-utils. Without them the test FAILS (it does not
# skip): CI and scripts/test install both. Run `ctest -LE pdf` to leave the
# PDF tests out on a machine without them.
set -u
mnr=$1; answers=$2; min=$3; max=$4; paper=${5:-a4}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0; bad() { echo "FAIL: $*"; fail=1; }

for tool in pdfinfo pdftotext xmllint; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (apt-get install poppler-utils libxml2-utils)"; exit 1; }
done

"$mnr" score "$answers" -o "$work/results.xml" 2>"$work/err" || { bad "score failed"; cat "$work/err"; exit 1; }
pdf=$work/report.pdf
if ! "$mnr" report "$answers" --param "paper=$paper" -o "$pdf" 2>"$work/err"; then
    echo "FAIL: mnr report -o report.pdf failed:"; cat "$work/err"
    grep -q "apt-get install chromium" "$work/err" &&
        echo "(this test needs headless Chromium: apt-get install chromium)"
    exit 1
fi
grep -q "Report written to $pdf" "$work/err" || bad "mnr did not say where it wrote the report"
[ "$(head -c 5 "$pdf")" = "%PDF-" ] || { bad "the output is not a PDF"; exit 1; }

# ---- pages and paper
pdfinfo "$pdf" > "$work/info" 2>&1 || { bad "pdfinfo cannot read the PDF"; cat "$work/info"; exit 1; }
pages=$(awk '/^Pages:/ {print $2}' "$work/info")
# the Title (from the HTML <title>) is plain text: no bidi control, which
# would be an invisible character in searches, and the country once
title=$(pdfinfo -enc UTF-8 "$pdf" 2>/dev/null | sed -n 's/^Title: *//p')
country=$(xmllint --xpath 'normalize-space(/results/assessment/country)' "$work/results.xml")
for c in '\342\201\250' '\342\201\251' '\342\200\256' '\342\200\216' '\342\200\217'; do   # U+2068 2069 202E 200E 200F
    case $title in *"$(printf "$c")"*) bad "the PDF's Title holds a bidi control: $title" ;; esac
done
[ "$(printf '%s' "$title" | grep -oF -- "$country" | wc -l)" = 1 ] || bad "the PDF's Title does not name $country once: $title"
echo "pages: $pages ($paper)"
if [ -z "$pages" ] || [ "$pages" -lt "$min" ] || [ "$pages" -gt "$max" ]; then
    bad "$pages pages, expected $min to $max"
fi
case $paper in
    a4) want_w=595; want_h=842 ;;     # 210 x 297 mm in points
    letter) want_w=612; want_h=792 ;; # 8.5 x 11 in
    *) bad "unknown paper $paper"; exit 1 ;;
esac
# every page, not just the first: pdfinfo -f 1 -l N lists each page's size
pdfinfo -f 1 -l "$pages" "$pdf" 2>/dev/null | awk '/^Page +[0-9]+ size:/ {print $4, $6}' > "$work/sizes"
[ "$(wc -l < "$work/sizes")" = "$pages" ] || bad "pdfinfo lists $(wc -l < "$work/sizes") page sizes for $pages pages"
awk -v w="$want_w" -v h="$want_h" '
    { dw = $1 - w; dh = $2 - h; if (dw < -1.5 || dw > 1.5 || dh < -1.5 || dh > 1.5) { print NR": "$1" x "$2; n++ } }
    END { exit n > 0 }' "$work/sizes" > "$work/wrong" || bad "pages not $paper ($want_w x $want_h pt): $(head -3 "$work/wrong" | tr '\n' ' ')"

# ---- text: one line, whitespace squeezed (names wrap across lines and
# table cells), typographic ligatures spelt out
pdftotext -enc UTF-8 "$pdf" "$work/raw.txt" || { bad "pdftotext failed"; exit 1; }
sed -e 's/ﬁ/fi/g; s/ﬂ/fl/g; s/ﬀ/ff/g; s/ﬃ/ffi/g; s/ﬄ/ffl/g; s/\xc2\xad//g' "$work/raw.txt" \
    | tr '\n\f\t' '   ' | tr -s ' ' > "$work/text"
# pdftotext joins a word hyphenated at a line end ("self-\nassessment"
# -> "selfassessment"), so names are also looked for with hyphens and
# spaces taken out on both sides
tr -d " -" < "$work/text" > "$work/squeezed"
norm() { printf '%s' "$1" | tr '\n\t' '  ' | tr -s ' ' | sed 's/^ //; s/ $//'; }
in_text() {
    grep -qF -- "$(norm "$1")" "$work/text" ||
        grep -qF -- "$(printf "%s" "$1" | tr -d " \n\t-")" "$work/squeezed"
}

x() { xmllint --xpath "$1" "$work/results.xml" 2>/dev/null; }
country=$(x 'string(/results/assessment/country)')
[ -n "$country" ] || bad "results have no country"
in_text "$country" || bad "PDF text lacks the country name: $country"
n=$(x 'count(//domain/capability)')
[ "$n" = 21 ] || bad "results have $n capabilities, expected 21"
for i in $(seq 1 "$n"); do
    name=$(x "string((//domain/capability)[$i]/@name)")
    in_text "$name" || bad "PDF text lacks capability name: $name"
done
for h in "Summary" "The profile at a glance" "All capabilities" "Domain by domain" "Roadmap" "Method annex"; do
    in_text "$h" || bad "PDF text lacks the section heading: $h"
done
# page numbers come from the @page margin boxes of the print CSS: the cover
# has none, every other page "Page N of M"
for p in 2 "$pages"; do
    in_text "Page $p of $pages" || bad "PDF text lacks the page number \"Page $p of $pages\" (printed from @page margin boxes; Chromium before 131 ignores them)"
done
if [ $fail -ne 0 ]; then
    echo "--- PDF text (first 3000 characters):"; head -c 3000 "$work/text"; echo
fi
exit $fail
