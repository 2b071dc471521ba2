#!/usr/bin/env bash
# pdf-user-text.sh MNR EXAMPLE - user text cannot rescale, clip or reorder
# the printed report. Prints three PDFs through Chromium (mnr report -o
# X.pdf) and reads them with poppler's pdfinfo and pdftotext:
#  A. EXAMPLE as it is;
#  B. EXAMPLE with a 400-character word at the start of its first evidence
#     and an unclosed right-to-left override (U+202E) after the country;
#  C. EXAMPLE with a 400-character word as the country.
# Checks:
#  - B is printed at the scale of A: the section heading "Summary" has the
#    same height (Chromium shrinks every page to fit a too-wide table), the
#    page count stays within 3 of A's, every page is A4;
#  - B and C hold the whole long word, broken across lines, and no word
#    runs past the page's right edge;
#  - in B the summary sentence still reads "overall index of X.XX out of
#    4.00": the override ends with the country;
#  - in C the running head's country does not run into the date.
set -u
mnr=$1; example=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0; bad() { echo "FAIL: $*"; fail=1; }
for tool in pdfinfo pdftotext xmllint; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (apt-get install poppler-utils libxml2-utils)"; exit 1; }
done

word=$(printf 'Longword%02d' $(seq 0 39))     # 400 characters, no break
rlo=$(printf '\342\200\256')
sed -e "0,/<evidence>/s//<evidence>$word /" \
    -e "s|\\(<country[^>]*>\\)\\([^<]*\\)</country>|\\1\\2$rlo</country>|" "$example" > "$work/b.xml"
sed -e "s|\\(<country[^>]*>\\)[^<]*</country>|\\1$word</country>|" "$example" > "$work/c.xml"
grep -q "$word " "$work/b.xml" && grep -q "$rlo</country>" "$work/b.xml" && grep -q ">$word</country>" "$work/c.xml" ||
    { bad "could not make the test answers from $example"; exit 1; }
"$mnr" score "$work/b.xml" -o "$work/b-results.xml" 2>/dev/null || { bad "score failed"; exit 1; }
index=$(xmllint --xpath 'string(/results/summary/@overall-index)' "$work/b-results.xml")

for v in a b c; do
    in=$work/$v.xml; [ $v = a ] && in=$example
    "$mnr" report "$in" -o "$work/$v.pdf" 2>"$work/$v.err" ||
        { echo "FAIL: mnr report ($v) failed:"; cat "$work/$v.err"; exit 1; }
    pdftotext -enc UTF-8 -bbox "$work/$v.pdf" "$work/$v.bbox" || { bad "pdftotext $v failed"; exit 1; }
    pdftotext -enc UTF-8 "$work/$v.pdf" - | tr '\n\f\t' '   ' | tr -s ' ' > "$work/$v.txt"
done

pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }
pa=$(pages "$work/a.pdf"); pb=$(pages "$work/b.pdf")
echo "pages: A $pa, B $pb, C $(pages "$work/c.pdf")"
[ $((pb - pa)) -le 3 ] && [ $((pa - pb)) -le 3 ] || bad "B has $pb pages, A $pa: the long word changed the layout's scale"
pdfinfo -f 1 -l "$pb" "$work/b.pdf" | awk '/^Page +[0-9]+ size:/ && ($4 < 594 || $4 > 596 || $6 < 841 || $6 > 843) { n++ } END { exit n > 0 }' ||
    bad "B has pages that are not A4"

# the tallest "Summary": the heading of section 1, whatever page it is on
heading_h() { awk -F'"' '/>Summary</ { h = $8 - $4; if (h > m) m = h } END { printf "%.2f", m }' "$1"; }
ha=$(heading_h "$work/a.bbox"); hb=$(heading_h "$work/b.bbox")
echo "height of the heading Summary: A $ha pt, B $hb pt"
awk -v a="$ha" -v b="$hb" 'BEGIN { exit !(a > 0 && b / a > 0.98 && b / a < 1.02) }' ||
    bad "B is printed at another scale than A (heading $hb pt, not $ha pt)"

for v in b c; do
    tr -d ' ' < "$work/$v.txt" | grep -qF -- "$word" || bad "$v: the PDF text lacks the whole 400-character word"
    # a word whose right edge is past the page (595 pt) is cut off
    awk -F'"' '/<word / && $6 > 595 { print; n++ } END { exit n > 0 }' "$work/$v.bbox" > "$work/$v.past" ||
        bad "$v: text runs past the right edge of the page: $(head -c 300 "$work/$v.past")"
done

grep -qF -- "overall index of $index out of 4.00" "$work/b.txt" ||
    bad "B: the summary does not read \"overall index of $index out of 4.00\": $(grep -o 'Overall,.\{0,160\}' "$work/b.txt" | head -1)"

# C's running head, page 2: the date (right) and the country (left) do not overlap
awk -F'"' '
    /<page / { p++ } p != 2 { next }
    /<word / && $4 < 45 { if ($0 ~ />[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]</) { dx = $2; dy0 = $4; dy1 = $8 } else { n++; x0[n] = $2; x1[n] = $6; y0[n] = $4; y1[n] = $8 } }
    END {
        if (dx == "") { print "no date in the running head"; exit 1 }
        for (i = 1; i <= n; i++) if (x1[i] > dx && x0[i] < dx + 40 && y1[i] > dy0 && y0[i] < dy1) { print "overlap at x " x0[i] "-" x1[i]; exit 1 }
    }' "$work/c.bbox" > "$work/head" || bad "C: the running head's country runs into the date: $(cat "$work/head")"
exit $fail
