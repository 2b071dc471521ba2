#!/usr/bin/env bash
# pdf-scripts.sh MNR EXAMPLE - names and evidence in the scripts of the UN
# languages and of the regions of the 2021 review print as text, not as
# empty boxes. EXAMPLE with a country name in Chinese (the running heads
# print it too), a respondent in Devanagari and evidence in Arabic,
# Chinese, Cyrillic and Devanagari is printed to PDF through Chromium.
# Checks, with poppler's pdffonts and pdftotext:
#  - every font of the PDF is embedded;
#  - the Chinese and Devanagari texts are set in a Noto font (the CSS names
#    them after DejaVu Sans, which has no Han or Devanagari: without them
#    Chromium prints DejaVu's empty box, and pdffonts lists DejaVu only);
#  - each text is found whole in the PDF's text (Arabic and Cyrillic are
#    DejaVu's).
#  - the Latin text is not set in Noto Sans (the CSS names it after DejaVu);
#  - every page is still A4.
# Needs chromium, poppler-utils and the fonts scripts/lib.sh installs for
# PDF (fonts-noto-core, fonts-noto-cjk); without them the test FAILS.
set -u
mnr=$1; example=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0; bad() { echo "FAIL: $*"; fail=1; }
for tool in pdfinfo pdftotext pdffonts; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (apt-get install poppler-utils)"; exit 1; }
done

# "national child protection policy" and the like, in each script
arabic='وثيقة السياسة الوطنية لحماية الطفل'
chinese='国家儿童保护政策文件'
cyrillic='Национальный план защиты детей'
devanagari='राष्ट्रीय बाल संरक्षण नीति'
country='示例共和国'
person='अनीता शर्मा'
# the first four evidences of the example, one per script; the country;
# the first respondent
awk -v a="$arabic" -v c="$chinese" -v y="$cyrillic" -v d="$devanagari" -v k="$country" -v p="$person" '
    BEGIN { t[1] = a; t[2] = c; t[3] = y; t[4] = d }
    /<evidence>/ && n < 4 { n++; sub(/<evidence>/, "<evidence>" t[n] " ") }
    /<country/ && !k_done { sub(/>[^<]*<\/country>/, ">" k "</country>"); k_done = 1 }
    /<respondent / && !p_done { sub(/>[^<]*<\/respondent>/, ">" p "</respondent>"); p_done = 1 }
    { print }' "$example" > "$work/scripts.xml"
for s in "$arabic" "$chinese" "$cyrillic" "$devanagari" "$country" "$person"; do
    grep -qF -- "$s" "$work/scripts.xml" || { bad "could not make the test answers from $example"; exit 1; }
done

pdf=$work/scripts.pdf
"$mnr" report "$work/scripts.xml" -o "$pdf" 2> "$work/err" ||
    { echo "FAIL: mnr report -o scripts.pdf failed:"; cat "$work/err"; exit 1; }
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
echo "pages: $pages"
pdfinfo -f 1 -l "$pages" "$pdf" | awk '/^Page +[0-9]+ size:/ && ($4 < 594 || $4 > 596 || $6 < 841 || $6 > 843) { n++ } END { exit n > 0 }' ||
    bad "pages that are not A4"

# the fonts: name type encoding emb sub uni object ID (emb is the 5th field
# from the end)
pdffonts "$pdf" > "$work/fonts"
cat "$work/fonts"
awk 'NR > 2 && $(NF - 4) != "yes" { print; n++ } END { exit n > 0 }' "$work/fonts" > "$work/not-embedded" ||
    bad "fonts not embedded: $(cat "$work/not-embedded")"
# Noto Sans CJK has PostScript (CFF) outlines, which Chromium writes as
# Type 3 fonts (pdffonts names them [none]); DejaVu and the other Noto
# fonts are TrueType. Without a CJK font there is no Type 3 font at all.
grep -q ' Type 3 ' "$work/fonts" || bad "no Type 3 font, which Noto Sans CJK would be: the Chinese text has no font of its own"
# the Noto fonts come after DejaVu Sans: the Latin text keeps the font the
# reports' page counts are measured in (tests/pdf.cmake), not Noto Sans
grep -qE '\+NotoSans-(Regular|Bold|Italic|Oblique)' "$work/fonts" && bad "Latin text is set in Noto Sans, not DejaVu Sans"
grep -q 'NotoSansDevanagari' "$work/fonts" || bad "no Noto Sans Devanagari font: the Devanagari text has no font of its own"

# each text whole in the PDF's text (spaces and line breaks aside)
pdftotext -enc UTF-8 "$pdf" - | tr -d ' \n\f\t' > "$work/text"
for s in "$arabic" "$chinese" "$cyrillic" "$devanagari" "$country" "$person"; do
    grep -qF -- "$(printf '%s' "$s" | tr -d ' ')" "$work/text" || bad "the PDF's text lacks: $s"
done
exit $fail
