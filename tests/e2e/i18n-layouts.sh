#!/usr/bin/env bash
# i18n-layouts.sh MNR DATA - the layouts in another language, with a words
# module made by hand (tests/data/i18n) in place of stylesheets/words.xsl in
# a copy of the data directory, as mnr's catalog gives the words:
#   - Arabic (ar-words.xsl: s.lang ar, s.direction default:RTL, a draft):
#     the report, comparison, cohort report and form are <html lang="ar"
#     dir="rtl">, figures are isolated left to right (LRI ... PDI), the
#     charts mirrored, the draft notice shown once; the text report has the
#     notice, the CSV not;
#   - French number signs (fr-numbers-words.xsl: "1 234,5"): an overall
#     index of 1.17 is "1,17" in the HTML and text reports, while the CSV
#     keeps machine numbers (1.50), byte for byte the English CSV.
set -u
mnr=$1 data=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0; fail() { echo "FAIL: $*"; fail=1; }
has() { grep -qF -- "$2" "$1" || fail "$(basename "$1") lacks: $2"; }
hasnt() { grep -qF -- "$2" "$1" && fail "$(basename "$1") has: $2"; }
count() { grep -oF -- "$2" "$1" | wc -l; }
lri=$(printf '\342\201\246') pdi=$(printf '\342\201\251')

# datadir WORDS DIR: the data directory whose words are WORDS (copied as
# words-test.xsl), which imports the shipped words as words-en.xsl. Its
# words.xsl only imports words-test.xsl: mnr sets s.lang and
# s.translation-draft in the module named words.xsl, to those of the
# catalog in use (English here), so WORDS gives them from another one.
datadir() {
    mkdir -p "$2/stylesheets"
    ln -s "$src/model" "$2/model"; ln -s "$src/questionnaires" "$2/questionnaires"
    [ -d "$src/po" ] && ln -s "$src/po" "$2/po"
    cp "$src"/stylesheets/* "$2/stylesheets/"
    mv "$2/stylesheets/words.xsl" "$2/stylesheets/words-en.xsl"
    cp "$1" "$2/stylesheets/words-test.xsl"
    printf '%s\n' '<?xml version="1.0" encoding="UTF-8"?>' \
        '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">' \
        '  <xsl:import href="words-test.xsl"/>' '</xsl:stylesheet>' > "$2/stylesheets/words.xsl"
}
datadir "$data/i18n/ar-words.xsl" "$tmp/ar"
datadir "$data/i18n/fr-numbers-words.xsl" "$tmp/fr"
ex=$src/questionnaires/examples/examplia-2023.xml
run() { "$mnr" "$@" >/dev/null 2>"$tmp/err" || fail "mnr $* failed: $(cat "$tmp/err")"; }

# ---- Arabic: right to left
export MNR_DATA_DIR=$tmp/ar
run report "$ex" -o "$tmp/ar.html"
run report "$ex" -o "$tmp/ar.txt"
run report "$ex" -o "$tmp/ar.csv"
run compare "$data/compare/old.xml" "$data/compare/new.xml" -o "$tmp/ar-cmp.html"
run cohort "$data/cohort/assessments" -o "$tmp/ar-cohort.xml" --report "$tmp/ar-cohort.html" --quiet
run form -o "$tmp/ar-form.html"
notice='هذه الترجمة مسودة: لم يراجعها بعد متحدث أصلي.'
for f in ar.html ar-cmp.html ar-cohort.html ar-form.html; do
    has "$tmp/$f" '<html lang="ar" dir="rtl">'
    [ "$(count "$tmp/$f" "$notice")" = 1 ] || fail "$f: the draft notice is not there once"
done
# the overall index, its sign-less figure isolated, in the summary
has "$tmp/ar.html" "<b>${lri}1.17${pdi}</b>"
# a change with its sign isolated with it: +0.37 stays +0.37 right to left
has "$tmp/ar-cmp.html" "${lri}+0.37${pdi}"
# the chart mirrored: its drawing flipped, its text flipped back
has "$tmp/ar.html" '<g transform="translate(680 0) scale(-1 1)">'
# the running head on the right, written right to left
has "$tmp/ar.html" '@top-right { content: "\2068 '
has "$tmp/ar.html" 'direction: rtl; }'
# the text report: the notice first; the CSV neither notice nor isolates
[ "$(head -n 1 "$tmp/ar.txt")" = "$notice" ] || fail "ar.txt does not start with the draft notice"
hasnt "$tmp/ar.csv" "$notice"
hasnt "$tmp/ar.csv" "$lri"

# ---- French number signs
export MNR_DATA_DIR=$tmp/fr
run report "$ex" -o "$tmp/fr.html"
run report "$ex" -o "$tmp/fr.txt"
run report "$ex" -o "$tmp/fr.csv"
unset MNR_DATA_DIR
run report "$ex" -o "$tmp/en.csv"
has "$tmp/fr.html" '<b>1,17</b>'
has "$tmp/fr.txt" 'Overall index          1,17 of 4.00'
hasnt "$tmp/fr.html" "$lri"
# no draft: no notice
hasnt "$tmp/fr.html" 'class="draft-notice"'
has "$tmp/fr.csv" ',1.50,'
cmp -s "$tmp/fr.csv" "$tmp/en.csv" || fail "the CSV in French number style differs from the English one"
exit $fail
