#!/usr/bin/env bash
# cohort-pdf.sh MNR - the cohort report of 46 invented countries in seven
# regions (written here), in HTML and printed to PDF:
#  - every count of the levels bars can be read: each count of a level
#    (the bar's aria-label lists them) is drawn, on its part of the bar or,
#    where the part is too narrow, beside the bar;
#  - in the PDF every published region's table is on the page of its
#    heading (a region never ends at the top of the next page, without its
#    name), and the two withheld regions, a heading and a line each, share
#    their page with another region instead of taking one each.
#
# Needs chromium and poppler-utils; without them the test FAILS, as the
# report's PDF tests do (`ctest -LE pdf` leaves it out).
set -u
mnr=$1
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0; bad() { echo "FAIL: $*"; fail=1; }
for tool in pdfinfo pdftotext; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (apt-get install poppler-utils)"; exit 1; }
done

# -- the cohort: region and size, then levels that leave some counts small
mkdir "$work/in"
n=0
for rs in europe-central-asia:12 sub-saharan-africa:6 latin-america-caribbean:5 east-asia-pacific:7 \
          south-asia:5 middle-east-north-africa:9 north-america:2; do
    for i in $(seq 1 "${rs#*:}"); do
        n=$((n + 1))
        {
            echo '<?xml version="1.0" encoding="UTF-8"?>'
            echo '<answers model="mnr-maturity" model-version="1.0" questionnaire="mnr-rapid" questionnaire-version="1.0">'
            echo "  <country fictional=\"true\" region=\"${rs%%:*}\">Testland $n</country>"
            echo '  <date>2025-01-10</date>'
            echo '  <respondents><respondent role="Test">T. Est</respondent></respondents>'
            for c in $(seq 1 21); do
                # mostly 1 to 3; a level 0 or 4 now and then
                l=$(( (n * 7 + c * 3) % 13 )); l=$(( l == 0 ? 0 : (l == 12 ? 4 : 1 + l % 3) ))
                printf '  <answer question="C%02d.R" value="%d"/>\n' "$c" "$l"
            done
            echo '</answers>'
        } > "$work/in/t$n.xml"
    done
done
html=$work/cohort.html
"$mnr" cohort "$work/in" -o "$work/cohort.xml" --by region --report "$html" -q 2> "$work/err" \
    || { echo "FAIL: mnr cohort failed: $(cat "$work/err")"; exit 1; }

# -- every count drawn: one svg per line, its counts in the aria-label
#    ("at level 0 (Not in place): 4; ...") against the numbers of its <text>s
sed 's/<svg class="levels"/\n&/g; s|</svg>|&\n|g' "$html" | grep '^<svg class="levels"' > "$work/bars"
[ "$(wc -l < "$work/bars")" -ge 100 ] || bad "only $(wc -l < "$work/bars") levels bars"
beside=0
while IFS= read -r svg; do
    want=$(printf '%s' "$svg" | grep -o 'aria-label="[^"]*"' | grep -oE '\): [0-9]+' | grep -oE '[0-9]+' | grep -vx 0 | sort | tr '\n' ' ')
    got=$(printf '%s' "$svg" | grep -oE '>[0-9]+</text>' | grep -oE '[0-9]+' | sort | tr '\n' ' ')
    [ "$want" = "$got" ] || bad "a bar draws the counts '$got', not '$want': $(printf '%s' "$svg" | grep -o 'aria-label="[^"]*"')"
    case $svg in *'class="t-out"'*) beside=$((beside + 1)) ;; esac
done < "$work/bars"
[ "$beside" -gt 0 ] || bad "no count is beside its bar: the cohort no longer has a part too narrow for its count"

# -- the PDF: one text file per page
pdf=$work/cohort.pdf
"$mnr" cohort "$work/in" -o "$work/cohort2.xml" --by region --report "$pdf" -q 2> "$work/err" \
    || { echo "FAIL: mnr cohort --report cohort.pdf failed: $(cat "$work/err")"; exit 1; }
pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
echo "pages: $pages"
{ [ -n "$pages" ] && [ "$pages" -ge 8 ] && [ "$pages" -le 12 ]; } || bad "$pages pages, expected 8 to 12"
for p in $(seq 1 "${pages:-0}"); do
    pdftotext -enc UTF-8 -f "$p" -l "$p" "$pdf" "$work/page-$p.txt"
done
published=0
for region in "Europe and Central Asia" "Sub-Saharan Africa" "Latin America and the Caribbean" \
              "East Asia and Pacific" "South Asia" "Middle East and North Africa" "North America"; do
    p=$(grep -lF "Region: $region" "$work"/page-*.txt | head -1)
    [ -n "$p" ] || { bad "no page has the heading of $region"; continue; }
    # the text of the page from the heading to the next region's
    awk -v h="Region: $region" 'index($0, h) == 1 { on = 1; print; next } /^Region: / { on = 0 } on' "$p" > "$work/from"
    if grep -qF "Withheld: fewer countries" "$work/from"; then
        # withheld: it shares its page with another region
        [ "$(grep -c '^Region: ' "$p")" -ge 2 ] || bad "withheld region $region has a page of its own ($(basename "$p"))"
    else
        published=$((published + 1))
        grep -qF "Universal terminology" "$work/from" || bad "the table of $region does not end on its heading's page ($(basename "$p"))"
    fi
done
[ "$published" -ge 4 ] || bad "only $published regions published: the cohort does not test what it should"
exit $fail
