#!/usr/bin/env bash
# escaping.sh MNR ANSWERS_DIR - text from the user reaches every report as
# text, never as markup, script, style or a spreadsheet formula.
#
# Uses ANSWERS_DIR/script-country.xml (markup, both quote kinds and formulas
# in the country, title, workshop, respondent, evidence and comments) and
# ANSWERS_DIR/style-country.xml (a country name that tries to close the
# <style> element the running head is printed from):
#  - HTML: the text is there escaped (&lt;script&gt;...) and no element
#    from the data exists (<script, <b>, <img, <a href, ...); one <style>;
#    plain xsltproc gives the same HTML;
#  - the running head (a CSS string) holds < > " \ as CSS escapes;
#  - text: the country as it is;
#  - CSV: the answers' free text never goes into it; names (from a model)
#    that start with = + - @ get those cells guarded with a quote;
#  - --param values with both quote kinds, markup and & come out literally.
set -u
mnr=$1; ans=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0; bad() { echo "FAIL: $*"; fail=1; }
has() { grep -qF -- "$2" "$1" || bad "$(basename "$1") lacks: $2"; }
hasnt() { grep -qiF -- "$2" "$1" && bad "$(basename "$1") contains: $2"; }

country=$(printf '%s' '<script>alert(1)</script> & "Quotes" '"'"'apostrophe'"'")

# ---- HTML
"$mnr" score "$ans/script-country.xml" -o "$work/results.xml" 2>/dev/null || { bad "score failed"; exit 1; }
"$mnr" report "$ans/script-country.xml" -o "$work/r.html" 2>/dev/null || bad "report html failed"
h=$work/r.html
# as text, escaped the way libxslt's HTML output does (quotes stay in text)
has "$h" '&lt;script&gt;alert(1)&lt;/script&gt; &amp; "Quotes" '"'apostrophe'"
has "$h" '&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt; "Report" &amp; '"'title'"
has "$h" '&lt;i&gt;Workshop&lt;/i&gt; &amp; "friends"'
has "$h" '&lt;img src=x onerror=alert(3)&gt; O'"'"'Brien'
has "$h" '&lt;b&gt;markup&lt;/b&gt; Decree 7 &amp; annex'
has "$h" '=SUM(A1)'
has "$h" '&lt;a href="javascript:alert(4)"&gt;link&lt;/a&gt;'
for t in '<script' '<b>markup' '<img' '<i>Workshop' '<u>' '<a href="j' '</title><script'; do
    hasnt "$h" "$t"
done
# the only links are the contents' links to the report's own sections
grep -o '<a [^>]*>' "$h" | grep -v '^<a href="#[a-z]*">$' && bad "a link that is not to a section"
# no event-handler attribute anywhere: on...= only inside escaped text
grep -oiE '<[a-z][^>]* on[a-z]+=' "$h" >/dev/null && bad "an element has an on...= attribute"
[ "$(grep -o '<style' "$h" | wc -l)" = 1 ] || bad "not exactly one <style"
[ "$(grep -o '</style>' "$h" | wc -l)" = 1 ] || bad "not exactly one </style>"
[ "$(grep -o '<title>' "$h" | wc -l)" = 1 ] || bad "not exactly one <title>"
# the running head: the country as a CSS string
grep -qF -- 'content: "\2068 \3C script\3E alert(1)\3C /script\3E  & \22 Quotes\22  '"'apostrophe'" "$h" \
    || bad "running head does not hold the country as a CSS string"
if command -v xsltproc >/dev/null; then
    xsltproc --nonet "$src/stylesheets/report-html.xsl" "$work/results.xml" > "$work/x.html" 2>/dev/null
    cmp -s "$h" "$work/x.html" || bad "mnr and plain xsltproc give different HTML"
else
    bad "xsltproc is not installed (apt-get install xsltproc)"
fi

# ---- a country name that tries to end the <style> element
"$mnr" report "$ans/style-country.xml" -o "$work/s.html" 2>/dev/null || bad "report (style-country) failed"
s=$work/s.html
hasnt "$s" '<script'
[ "$(grep -o '</style>' "$s" | wc -l)" = 1 ] || bad "style-country: not exactly one </style>"
has "$s" 'content: "\2068 \3C /style\3E \3C script\3E alert(5)\3C /script\3E \22 ; } body { display: none } \5C \22 \2069  (fictional'
has "$s" '&lt;/style&gt;&lt;script&gt;alert(5)&lt;/script&gt;"; } body { display: none } \"'

# ---- text: the country as it is
"$mnr" report "$ans/script-country.xml" -o "$work/r.txt" 2>/dev/null || bad "report text failed"
has "$work/r.txt" "$country"

# ---- CSV
"$mnr" report "$ans/script-country.xml" -o "$work/r.csv" 2>/dev/null || bad "report csv failed"
c=$work/r.csv
for t in 'SUM(A1)' 'markup' 'script' 'calc' 'Quotes'; do hasnt "$c" "$t"; done
[ "$(tail -n +2 "$c" | grep -c '^C[0-9][0-9],')" = 21 ] || bad "CSV does not have 21 capability rows"
# formulas in the fields a CSV does carry (names, from the model: a results
# file must hold the model's names, so the model of a data directory copy)
mkdir "$work/data"
cp -R "$src/model" "$src/questionnaires" "$src/stylesheets" "$work/data/"
sed -e 's/ name="Leadership"/ name="=SUM(A1)"/' \
    -e 's/ name="Research, analysis and monitoring"/ name="=HYPERLINK(\&quot;http:\/\/x.invalid\&quot;,\&quot;y\&quot;)"/' \
    -e 's/ name="Legislation"/ name="@cmd"/' \
    -e 's/ name="Policy and governance"/ name="+1-1"/' \
    -e 's/ name="Dedicated law enforcement"/ name="-2+3"/' \
    "$src/model/mnr-model.xml" > "$work/data/model/mnr-model.xml"
grep -q 'name="=SUM(A1)"' "$work/data/model/mnr-model.xml" || bad "could not make the formula model"
"$mnr" score "$ans/script-country.xml" --data-dir "$work/data" -o "$work/formulas.xml" 2>/dev/null || bad "score with the formula model failed"
"$mnr" report "$work/formulas.xml" --data-dir "$work/data" -o "$work/f.csv" 2>"$work/f.err" || { bad "report csv from results failed"; cat "$work/f.err"; }
f=$work/f.csv
has "$f" "C01,1,'=SUM(A1),'+1-1,"
has "$f" "C02,2,\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"y\"\")\",'+1-1,"
has "$f" "C03,3,'@cmd,'+1-1,"
has "$f" "C04,4,'-2+3,"
# no cell starts with = + - @ (a cell starts after a comma or a line start;
# quoted cells after the opening quote)
grep -nE '(^|,)"?[=+@-]' "$f" && bad "a CSV cell starts with a formula character"

# ---- --param: taken literally, both quote kinds at once
title='Côte d'"'"'Ivoire "quoted" <i>x</i> & co'
org='O'"'"'Brien & "Partners" <b>'
"$mnr" report "$ans/script-country.xml" --param "title=$title" --param "organisation=$org" \
    -o "$work/p.html" 2>"$work/p.err" || { bad "report with --param failed"; cat "$work/p.err"; }
has "$work/p.html" '<h1><bdi>Côte d'"'"'Ivoire "quoted" &lt;i&gt;x&lt;/i&gt; &amp; co</bdi></h1>'
has "$work/p.html" '<title>Côte d'"'"'Ivoire "quoted" &lt;i&gt;x&lt;/i&gt; &amp; co - '
has "$work/p.html" 'O'"'"'Brien &amp; "Partners" &lt;b&gt;</bdi></div>'
hasnt "$work/p.html" '<i>x'
"$mnr" report "$ans/script-country.xml" --param "title=$title" -o "$work/p.txt" 2>/dev/null || bad "text report with --param failed"
has "$work/p.txt" "$title"

exit $fail
