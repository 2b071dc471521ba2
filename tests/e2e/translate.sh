#!/usr/bin/env bash
# translate.sh MNR MNR_LANG TABLE - reports, comparisons, cohort reports
# and forms in another language (mnr-lang: mnr with TABLE as the catalog of
# a test language "xx", tests/tools/mnr-lang.c), from the same English
# results:
#  - the model's, questionnaire's and words module's texts are shown
#    translated (capability, domain and level names, a question, a word of
#    words.xsl), and the words module gets s.lang and s.translation-draft;
#  - what a user typed is not, though the table has it (country, evidence,
#    comment);
#  - a translation holding markup comes out as text, escaped in HTML;
#  - the results file stays English, and mnr without a language prints it
#    in English as before.
set -u
mnr=$1; lang=$2; table=$3
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0; bad() { echo "FAIL: $*"; fail=1; }
has() { grep -qF -- "$2" "$1" || bad "$(basename "$1") lacks: $2"; }
hasnt() { grep -qF -- "$2" "$1" && bad "$(basename "$1") contains: $2"; }
xx() { "$lang" xx "$table" "$@" --data-dir "$src"; }

ex=$src/questionnaires/examples/examplia-2023.xml
"$mnr" score "$ex" -o "$work/results.xml" >/dev/null 2>&1 || { bad "score failed"; exit 1; }
cp "$work/results.xml" "$work/results-before.xml"

# ---- a report in xx from English results
xx report "$work/results.xml" -f html -o "$work/xx.html" 2>"$work/err" || bad "report in xx failed: $(cat "$work/err")"
h=$work/xx.html
has "$h" '>Direction<'                     # a capability's name (the results' @name)
has "$h" 'Émergent'                        # a level's name
has "$h" 'Politique et gouvernance'        # a domain's name
has "$h" "Rapport d'écarts"                # a word of words.xsl
has "$h" 'Des fonctionnaires de deux secteurs se réunissent-ils ?'   # a question
# free text stays as typed, though the table has it
has "$h" 'Republic of Examplia'
hasnt "$h" "République d'Examplia"
has "$h" 'National steering committee: draft protocol 2023 (fictional)'
hasnt "$h" 'Comité national (fictif)'
has "$h" 'Only in the capital so far.'
hasnt "$h" 'Seulement dans la capitale.'
# markup in a translation is text (&amp; in the catalog is itstool's "&")
has "$h" 'Recherche &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;analyse&lt;/b&gt;'
hasnt "$h" '<script>alert(1)'
hasnt "$h" '<b>analyse'
hasnt "$h" '&amp;amp;'
cmp -s "$work/results.xml" "$work/results-before.xml" || bad "the results file was changed"

# the words module's language and draft mark, read by a user's layout
cat > "$work/lang.xsl" <<XSL
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="$src/stylesheets/common.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:template match="/">lang=<xsl:value-of select="\$s.lang"/> draft=<xsl:value-of select="\$s.translation-draft"/> subtitle=<xsl:value-of select="\$s.subtitle"/></xsl:template>
</xsl:stylesheet>
XSL
xx report "$work/results.xml" --stylesheet "$work/lang.xsl" -o "$work/lang-xx.txt" 2>"$work/err" || bad "layout in xx failed: $(cat "$work/err")"
has "$work/lang-xx.txt" "lang=xx draft=yes subtitle=Rapport d'écarts"
"$mnr" report "$work/results.xml" --stylesheet "$work/lang.xsl" -o "$work/lang-en.txt" --data-dir "$src" 2>"$work/err" || bad "layout in English failed: $(cat "$work/err")"
has "$work/lang-en.txt" "lang=en draft= subtitle=Gap report"

# ---- the same results in English, as before
for fmt in html text; do
    "$mnr" report "$ex" -f $fmt -o "$work/from-answers.$fmt" --data-dir "$src" 2>/dev/null || bad "report $fmt failed"
    "$mnr" report "$work/results.xml" -f $fmt -o "$work/en.$fmt" --data-dir "$src" 2>/dev/null || bad "report $fmt failed"
    cmp -s "$work/en.$fmt" "$work/from-answers.$fmt" || bad "English $fmt report of the results differs from the answers'"
    has "$work/en.$fmt" 'Leadership'
    has "$work/en.$fmt" 'Emerging'
    hasnt "$work/en.$fmt" 'Direction'
    hasnt "$work/en.$fmt" 'Émergent'
done

# ---- the comparison, the cohort report, the form
xx compare "$ex" "$src/questionnaires/examples/examplia-middle.xml" -f text -o "$work/cmp.txt" 2>"$work/err" || bad "compare in xx failed: $(cat "$work/err")"
has "$work/cmp.txt" 'Direction'
has "$work/cmp.txt" 'Politique et gouvernance'
has "$work/cmp.txt" 'Republic of Examplia'
xx cohort "$src/tests/data/cohort/assessments" -q -o "$work/cohort.xml" --report "$work/cohort.html" -f html 2>/dev/null
has "$work/cohort.html" 'Direction'
has "$work/cohort.html" 'Émergent'
hasnt "$work/cohort.xml" 'Direction'    # the cohort baseline written stays English
xx form -o "$work/form.html" 2>"$work/err" || bad "form in xx failed: $(cat "$work/err")"
has "$work/form.html" 'Des fonctionnaires de deux secteurs se réunissent-ils ?'
has "$work/form.html" 'Direction'
has "$work/form.html" 'Recherche &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;analyse&lt;/b&gt;'
hasnt "$work/form.html" '<b>analyse'

# ---- a data directory without the rules: said, nothing written
mkdir -p "$work/data"
cp -r "$src/model" "$src/questionnaires" "$src/stylesheets" "$work/data/"
"$lang" xx "$table" report "$work/results.xml" -o "$work/none.html" --data-dir "$work/data" 2>"$work/err" \
    && bad "a report without the rules was written"
[ "$(cat "$work/err")" = "$work/data/po/its/mnr.its: mnr's data directory lacks the rules that say which texts to translate; reinstall mnr, or leave out the language to have the output in English" ] \
    || bad "unexpected message: $(cat "$work/err")"
[ -e "$work/none.html" ] && bad "a partial report was written"

exit $fail
