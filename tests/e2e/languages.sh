#!/usr/bin/env bash
# languages.sh MNR DATA - every output of mnr in each language of po/LINGUAS
# (French, Spanish, Arabic), with the catalogs the build makes
# (<mnr's directory>/locale/LL.mo), end to end. What a check expects is
# read from that catalog, so it holds while the translators work:
#   - the report of examplia-2023 as HTML, text, CSV and PDF: a capability
#     name and a level name translated; the draft notice once (not in the
#     CSV); <html lang dir> (Arabic right to left); the overall index 1.17
#     with the language's decimal sign ("1,17" in French) in HTML and text,
#     machine figures (0.50) in the CSV, the same figures as in English; the
#     date as the language writes it ("14 novembre 2023"); the PDF with
#     every font embedded, none a Type 3, no U+FFFD, no glyph drawn as
#     .notdef (an empty box), the notice and the names as text (Arabic in
#     Noto Sans or Naskh Arabic);
#   - the results: byte-identical whatever --lang, and the report made
#     from them the same as the one made from the answers;
#   - mnr compare of answers saved in French (old) and Spanish (new): the
#     same comparison as of the files without a language, in each language;
#   - mnr cohort's report, and mnr form: lang, dir, notice, names;
#   - a workshop whose participants answered in French and in Spanish:
#     merged, the same consensus as in English; its report's annex in each
#     language.
# Exit 77 (skipped) when a catalog is not built.
set -u
mnr=$1 data=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
fail=0; fail() { echo "FAIL: $*"; fail=1; }
has() { grep -qF -- "$2" "$1" || fail "$1 lacks: $2"; }
lacks() { ! grep -qF -- "$2" "$1" || fail "$1 has: $2"; }
count() { grep -oF -- "$2" "$1" | wc -l; }
run() { "$mnr" "$@" > run.out 2>&1 || fail "mnr $* failed: $(cat run.out)"; }
# plain FILE: FILE's text without the bidi controls (LRE..RLO, LRI..PDI)
# that isolate figures in Arabic and that pdftotext adds, lines joined
plain() { LC_ALL=C sed 's/\xe2\x80[\xaa-\xae]//g; s/\xe2\x81[\xa6-\xa9]//g' "$1" | tr '\n' ' ' | tr -s ' '; }
# squeezed: without spaces, for pdftotext, which writes a no-break space
# as a space and adds some ("مسودة : لم" for "مسودة: لم")
squeezed() { LC_ALL=C sed 's/\xc2\xa0//g; s/\xe2\x80\xaf//g; s/ //g'; }
once() { # once FILE TEXT: TEXT in FILE (plain; squeezed for a PDF's text) once
    local n
    if [ "${1%.pdf.txt}" != "$1" ]; then
        n=$(plain "$1" | squeezed | grep -oF -- "$(printf %s "$2" | squeezed)" | wc -l)
    else
        n=$(plain "$1" | grep -oF -- "$2" | wc -l)
    fi
    [ "$n" -eq 1 ] || fail "$1: '$2' $n times, not once"
}
# notdef PDF: no glyph drawn is .notdef, the empty box of a character no
# font has. Chromium (Skia) writes text as glyph ids, <0000> being
# .notdef, in Flate-compressed content streams; pdftotext cannot tell, as
# Skia still gives the character as ActualText.
notdef() {
    python3 - "$1" <<'EOF' || fail "$1 draws a character as .notdef (an empty box)"
import re, sys, zlib
pdf = open(sys.argv[1], 'rb').read()
boxes = 0
for m in re.finditer(rb'stream\r?\n(.*?)endstream', pdf, re.S):
    try:
        content = zlib.decompress(m.group(1))
    except zlib.error:
        continue
    for glyphs in re.findall(rb'<([0-9A-Fa-f]+)>\s*Tj', content):
        boxes += sum(glyphs[i:i + 4] == b'0000' for i in range(0, len(glyphs), 4))
sys.exit(1 if boxes else 0)
EOF
}
ex=$src/questionnaires/examples
read -r -a langs < <(grep -v '^#' "$src/po/LINGUAS" | tr '\n' ' ')
for ll in "${langs[@]}"; do
    [ -f "$(dirname "$mnr")/locale/$ll.mo" ] || { echo "locale/$ll.mo not built: skipped"; exit 77; }
done

# the PDFs (Chromium, the slow part) made meanwhile, one a language
for ll in "${langs[@]}"; do
    "$mnr" report "$ex/examplia-2023.xml" -o $ll.pdf --lang $ll > $ll.pdf.out 2>&1 &
done

# English, to compare with
run score "$ex/examplia-2023.xml" -o en-results.xml
run report "$ex/examplia-2023.xml" -o en.csv
# answers saved in French (the old) and Spanish (the new); a workshop of
# two participants who answered in French and two in Spanish
tag() { sed "0,/questionnaire-version=\"1.0\"/s//& lang=\"$1\"/" "$2" > "$3"; grep -q "lang=\"$1\"" "$3" || fail "cannot tag $2"; }
tag fr "$ex/examplia-2023.xml" old-fr.xml
tag es "$ex/examplia-middle.xml" new-es.xml
mkdir ws; i=0
for f in "$ex"/workshop/*.xml; do
    i=$((i + 1)); l=fr; [ $((i % 2)) -eq 0 ] && l=es
    tag $l "$f" "ws/$(basename "$f")"
done
dec="--decisions $ex/workshop/decisions.txt"
run merge "$ex"/workshop/*.xml $dec --workshop "Examplia" -o en-consensus.xml
run merge ws/*.xml $dec --workshop "Examplia" -o consensus.xml
cmp -s consensus.xml en-consensus.xml || fail "the French and Spanish participants' consensus differs from the English one"
# the numeric fields of the CSV (names may hold commas; figures do not)
figures() { grep -o ',[0-9]*\.[0-9]*' "$1"; }

for ll in "${langs[@]}"; do
    msgunfmt --no-wrap "$(dirname "$mnr")/locale/$ll.mo" > $ll.po || fail "msgunfmt $ll.mo failed"
    # t MSGID [CTXT]: the translation (the English where there is none)
    t() {
        awk -v id="$1" -v ctx="${2-}" '
            /^msgctxt "/ { c = substr($0, 10, length($0) - 10); next }
            /^msgid "/ { i = substr($0, 8, length($0) - 8); next }
            /^msgstr "/ { if (i == id && c == ctx) { print substr($0, 9, length($0) - 9); f = 1; exit }
                          c = ""; next }
            END { if (!f) print id }' $ll.po
    }
    notice=$(t "This translation is a draft: no native speaker has reviewed it yet.")
    grep -q '^"X-Translation-Status: draft' $ll.po || notice=
    dir=ltr; [ "$(t default:LTR)" = default:RTL ] && dir=rtl
    html_tag="<html lang=\"$ll\" dir=\"$dir\">"
    capability=$(t Leadership) level=$(t Emerging)
    # the decimal sign: what stands between 4 and 5 in the number sample
    sample=$(t 1,234.5); d=${sample#*4}; d=${d%5}
    index="1${d}17"
    date=$(t "{day} {month} {year}"); date=${date/\{day\}/14}
    date=${date/\{month\}/$(t November)}; date=${date/\{year\}/2023}
    echo "$ll: $capability, $level, $index, $date, dir $dir"

    # the report, every format; from the answers and from the results
    for f in html txt csv; do run report "$ex/examplia-2023.xml" -o $ll.$f --lang $ll; done
    run report en-results.xml -o $ll-from-results.html --lang $ll
    cmp -s $ll.html $ll-from-results.html || fail "$ll: the report from the results differs from the one from the answers"
    run score "$ex/examplia-2023.xml" -o $ll-results.xml --lang $ll
    cmp -s $ll-results.xml en-results.xml || fail "$ll: the results differ from the English ones"
    has $ll.html "$html_tag"
    for f in $ll.html $ll.txt; do
        [ -n "$notice" ] && once $f "$notice"
        plain $f | grep -qF -- "$capability" || fail "$f lacks the capability $capability"
        plain $f | grep -qF -- "1 $level" || fail "$f lacks the level 1 $level"
        plain $f | grep -qF -- "$date" || fail "$f lacks the date $date"
    done
    plain $ll.html | grep -qF -- "<b>$index</b>" || fail "$ll.html lacks the index <b>$index</b>"
    plain $ll.txt | grep -qE -- " $index (\S+ )+4${d}00" || fail "$ll.txt lacks the index $index of 4${d}00"
    [ -n "$notice" ] && lacks $ll.csv "$notice"
    has $ll.csv ",$capability,"
    [ "$(figures $ll.csv)" = "$(figures en.csv)" ] || fail "$ll.csv has other figures than the English CSV"
    # the PDF: fonts embedded, none drawn as Type 3, the text there
    wait
    [ -s $ll.pdf ] || fail "no $ll.pdf: $(cat $ll.pdf.out)"
    pdffonts $ll.pdf > $ll.fonts || fail "pdffonts $ll.pdf failed"
    awk 'NR > 2 && $(NF - 4) != "yes" { print "FAIL: a font not embedded in the PDF: " $0; bad = 1 }
         /Type 3/ { print "FAIL: a Type 3 font in the PDF: " $0; bad = 1 } END { exit bad }' $ll.fonts || fail=1
    pdftotext $ll.pdf $ll.pdf.txt || fail "pdftotext $ll.pdf failed"
    lacks $ll.pdf.txt $'\xef\xbf\xbd'
    notdef $ll.pdf
    [ -n "$notice" ] && once $ll.pdf.txt "$notice"
    plain $ll.pdf.txt | grep -qF -- "$capability" || fail "$ll.pdf lacks the capability $capability"
    if [ $dir = rtl ]; then
        grep -qE 'Noto(Sans|Naskh)Arabic' $ll.fonts || fail "$ll.pdf: no Noto Arabic font: $(cat $ll.fonts)"
    fi

    # compare: the answers saved in French and Spanish, as without a language
    run compare old-fr.xml new-es.xml -o $ll-cmp.html --lang $ll
    run compare "$ex/examplia-2023.xml" "$ex/examplia-middle.xml" -o $ll-cmp-plain.html --lang $ll
    cmp -s $ll-cmp.html $ll-cmp-plain.html || fail "$ll: comparing French and Spanish answers differs"
    run compare old-fr.xml new-es.xml -o $ll-cmp.txt --lang $ll
    has $ll-cmp.html "$html_tag"
    for f in $ll-cmp.html $ll-cmp.txt; do
        [ -n "$notice" ] && once $f "$notice"
        plain $f | grep -qF -- "$capability" || fail "$f lacks the capability $capability"
        plain $f | grep -qF -- "$date" || fail "$f lacks the date $date"
        plain $f | grep -qF -- "1${d}17" || fail "$f lacks the index 1${d}17"
    done

    # cohort's report, and the form
    run cohort "$data/cohort/assessments" -q -o $ll-cohort.xml --report $ll-cohort.html --lang $ll
    run form -o $ll-form.html --lang $ll
    for f in $ll-cohort.html $ll-form.html; do
        has $f "$html_tag"
        [ -n "$notice" ] && once $f "$notice"
        has $f "$capability"
    done
    has $ll-form.html "$level"

    # the workshop's report: its annex in the language
    run report consensus.xml -o $ll-ws.html --lang $ll
    run report consensus.xml -o $ll-ws.txt --lang $ll
    for f in $ll-ws.html $ll-ws.txt; do
        [ -n "$notice" ] && once $f "$notice"
        plain $f | grep -qF -- "$(t "Disputed questions at a glance")" || fail "$f lacks the annex's disputes"
    done
    has $ll-ws.html "$(t "Workshop annex")"
done
exit $fail
