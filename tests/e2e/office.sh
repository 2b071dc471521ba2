#!/usr/bin/env bash
# office.sh CHECK MNR ARGS... - the DOCX and ODT reports, read by programs
# nobody here wrote: LibreOffice (headless) converts them to PDF, pandoc
# reads them back to text.
#
#   office.sh convert MNR RESULTS     LibreOffice converts the report's DOCX
#        and ODT to PDF without error; each PDF's text (pdftotext) holds
#        every capability name, every level name and every figure (1.64,
#        53.5%...) of the text report, and the running head and page fields
#   office.sh reader MNR LAYOUT ARGS...  pandoc reads the DOCX and the ODT
#        of `mnr LAYOUT ARGS -o X` back to plain text: both have the
#        headings of the HTML report (its h2, h3, h4, in order) and every
#        figure of its text output
#   office.sh reference MNR RESULTS   with the reference documents of
#        tests/data/office/make-reference.py (DejaVu Serif, headings
#        8B0000, Letter, a header of its own), the outputs' styles are
#        theirs, and LibreOffice's PDF of each is on Letter, set in DejaVu
#        Serif and headed by the template's header
#   office.sh rtl MNR RESULTS PO   the Arabic report (--lang ar) right to
#        left: the DOCX's paragraphs, runs, tables and section and the ODT's
#        styles, page and tables carry the bidi markers and an Arabic font;
#        LibreOffice converts both to PDF, whose text holds the first
#        capability's Arabic name and the draft notice (from PO, po/ar.po)
#        and which embeds Noto Sans or Naskh Arabic
#   office.sh too-large MNR RESULTS   a reference document of 17 MB is
#        refused with its message, and nothing written
#
# Needs libreoffice-writer-nogui (or libreoffice-writer), poppler-utils,
# pandoc and python3; without them the test FAILS saying what to install.
set -u
check=$1 mnr=$2; shift 2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0; bad() { echo "FAIL: $*"; fail=1; }
need() { command -v "$1" >/dev/null || { echo "FAIL: $1 is not installed (apt-get install $2)"; exit 1; }; }
here=$(cd "$(dirname "$0")" && pwd)

# text of a file with all white space taken out: a name wrapped in a
# table cell is still found
squeeze() { tr -d ' \n\f\t\r' < "$1"; }

# LibreOffice, with a profile of its own (a user's running LibreOffice
# would otherwise take the job and the test would wait on it)
office() {
    local soffice; soffice=$(command -v soffice || command -v libreoffice)
    HOME=$work timeout 300 "$soffice" -env:UserInstallation=file://$work/profile --headless \
        --convert-to pdf --outdir "$work/pdf" "$@" > "$work/office.log" 2>&1
}

# every figure of the text report (numbers with decimals, with their %)
figures() { grep -oE '[0-9]+\.[0-9]+%?' "$1" | sort -u; }

has_all() { # has_all TEXTFILE WHAT LISTFILE: each line of LISTFILE in TEXTFILE (squeezed)
    local text=$1 what=$2 list=$3 s; s=$(squeeze "$text")
    while IFS= read -r item; do
        [ -z "$item" ] && continue
        case $s in *"$(printf '%s' "$item" | tr -d ' ')"*) ;; *) bad "$what '$item' is not in $(basename "$text")" ;; esac
    done < "$list"
}

case $check in
convert)
    need pdftotext poppler-utils; need soffice libreoffice-writer-nogui
    results=$1
    "$mnr" report "$results" -o "$work/report.txt" 2>/dev/null || bad "no text report"
    # (two names, so that one LibreOffice makes two PDFs)
    "$mnr" report "$results" -o "$work/report.docx" 2> "$work/err" || bad "mnr report -o report.docx failed: $(cat "$work/err")"
    "$mnr" report "$results" -o "$work/report-odt.odt" 2> "$work/err" || bad "mnr report -o report-odt.odt failed: $(cat "$work/err")"
    office "$work/report.docx" "$work/report-odt.odt" || bad "LibreOffice failed: $(cat "$work/office.log")"
    xmllint --xpath '//capability/@name' "$results" | sed 's/^ *name="//; s/"$//' | sed 's/&amp;/\&/g' > "$work/names"
    xmllint --xpath '/results/scale/level/@name' "$results" | sed 's/^ *name="//; s/"$//' > "$work/levels"
    figures "$work/report.txt" > "$work/figures"
    [ "$(wc -l < "$work/names")" -ge 10 ] || bad "too few capability names read from $results"
    [ -s "$work/figures" ] || bad "no figures in the text report"
    for pdf in "$work/pdf/report.pdf" "$work/pdf/report-odt.pdf"; do
        [ -s "$pdf" ] || { bad "LibreOffice made no PDF ($pdf)"; continue; }
        pdftotext -enc UTF-8 "$pdf" "$work/text"
        pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
        echo "$(basename "$pdf"): $pages pages"
        has_all "$work/text" "capability" "$work/names"
        has_all "$work/text" "level" "$work/levels"
        has_all "$work/text" "figure" "$work/figures"
        grep -q "Page 2 of $pages\$" "$work/text" || bad "no page fields 'Page 2 of $pages' in $(basename "$pdf")"
        grep -q "(fictional example)" "$work/text" || bad "no running head in $(basename "$pdf")"
    done ;;
reader)
    need pandoc pandoc
    layout=$1; shift
    # run OUT: the layout's output to OUT (mnr cohort: its --report)
    run() {
        if [ "$layout" = cohort ]; then "$mnr" cohort "$@" -o "$work/cohort.xml" --report "$out" --quiet
        else "$mnr" "$layout" "$@" -o "$out"; fi
    }
    out=$work/out.html; run "$@" 2>/dev/null || bad "no HTML"
    out=$work/out.txt; run "$@" 2>/dev/null || bad "no text output"
    # the headings of the HTML report, but the contents list's own
    python3 - "$work/out.html" > "$work/headings" <<'PY'
import re, sys, html
s = open(sys.argv[1], encoding="utf-8").read()
s = re.sub(r"<nav.*?</nav>", "", s, flags=re.S)
for m in re.finditer(r"<h([234])\b[^>]*>(.*?)</h\1>", s, flags=re.S):
    print(" ".join(html.unescape(re.sub(r"<[^>]+>", " ", m.group(2))).split()))
PY
    figures "$work/out.txt" > "$work/figures"
    for f in docx odt; do
        out=$work/out.$f; run "$@" 2>/dev/null || { bad "mnr $layout -o out.$f failed"; continue; }
        pandoc -f "$f" -t plain --wrap=none "$work/out.$f" -o "$work/$f.txt" || bad "pandoc cannot read the $f"
        # pandoc's headings, in order (as markdown: the lines "# ..." to "### ...")
        pandoc -f "$f" -t markdown --wrap=none --markdown-headings=atx "$work/out.$f" \
            | sed -n 's/^#\{1,3\} //p' | sed 's/ {#[^}]*}$//; s/\\//g; s/\*//g' | tr -s ' ' > "$work/$f.headings"
        if ! diff <(tr -d ' ' < "$work/headings") <(tr -d ' ' < "$work/$f.headings") > "$work/diff"; then
            bad "the $f's headings (as pandoc reads them) differ from the HTML's:"; head -20 "$work/diff"
        fi
        echo "$f: $(wc -l < "$work/$f.headings") headings, $(wc -l < "$work/figures") figures"
        has_all "$work/$f.txt" "figure" "$work/figures"
    done ;;
reference)
    need pdftotext poppler-utils; need pdffonts poppler-utils; need soffice libreoffice-writer-nogui
    results=$1
    python3 "$here/../data/office/make-reference.py" "$work" || { bad "cannot make the reference documents"; exit 1; }
    "$mnr" report "$results" -o "$work/out.docx" --reference-docx "$work/ministry.docx" 2>/dev/null || bad "--reference-docx failed"
    "$mnr" report "$results" -o "$work/out-odt.odt" --reference-odt "$work/ministry.odt" 2>/dev/null || bad "--reference-odt failed"
    styles=$(unzip -p "$work/out.docx" word/styles.xml)
    case $styles in *'w:ascii="DejaVu Serif"'*'w:color w:val="8B0000"'*) ;; *) bad "the DOCX's styles are not the reference's" ;; esac
    case $styles in *'w:styleId="Heading2"'*) ;; *) bad "the DOCX lacks mnr's Heading 2 beside the reference's styles" ;; esac
    unzip -p "$work/out.docx" word/document.xml | grep -q 'w:pgSz[^>]*w:w="12240" w:h="15840"' || bad "the DOCX's page is not the reference's Letter"
    unzip -p "$work/out.docx" word/header1.xml | grep -q "MINISTRY TEMPLATE HEADER" || bad "the DOCX's header is not the reference's"
    styles=$(unzip -p "$work/out-odt.odt" styles.xml)
    case $styles in *'DejaVu Serif'*'fo:color="#8b0000"'*) ;; *) bad "the ODT's styles are not the reference's" ;; esac
    case $styles in *'MINISTRY TEMPLATE HEADER'*) ;; *) bad "the ODT's header is not the reference's" ;; esac
    office "$work/out.docx" "$work/out-odt.odt" || bad "LibreOffice failed: $(cat "$work/office.log")"
    for pdf in "$work/pdf/out.pdf" "$work/pdf/out-odt.pdf"; do
        [ -s "$pdf" ] || { bad "no PDF $pdf"; continue; }
        pdffonts "$pdf" | grep -q "DejaVuSerif" || bad "$(basename "$pdf"): not set in the reference's DejaVu Serif"
        pdfinfo "$pdf" | grep -q "Page size: *612 x 792" || bad "$(basename "$pdf"): not on the reference's Letter page"
        pdftotext -l 2 "$pdf" - | grep -q "MINISTRY TEMPLATE HEADER" || bad "$(basename "$pdf"): no header of the reference"
    done ;;
rtl)
    need pdftotext poppler-utils; need pdffonts poppler-utils; need soffice libreoffice-writer-nogui
    results=$1 po=$2
    "$mnr" report --lang ar "$results" -o "$work/ar.docx" 2> "$work/err" || bad "mnr report --lang ar -o ar.docx failed: $(cat "$work/err")"
    "$mnr" report --lang ar "$results" -o "$work/ar-odt.odt" 2> "$work/err" || bad "mnr report --lang ar -o ar-odt.odt failed: $(cat "$work/err")"
    doc=$(unzip -p "$work/ar.docx" word/document.xml)
    for m in '<w:pPr><w:bidi/>' '<w:rPr><w:rtl/>' '<w:bidiVisual/>' '<w:bidi/></w:sectPr>'; do
        case $doc in *"$m"*) ;; *) bad "the Arabic DOCX's document.xml has no $m" ;; esac
    done
    unzip -p "$work/ar.docx" word/styles.xml | grep -q 'w:cs="Noto Sans Arabic"' || bad "the Arabic DOCX's styles name no complex-script font Noto Sans Arabic"
    styles=$(unzip -p "$work/ar-odt.odt" styles.xml)
    case $styles in *'<style:page-layout-properties '*'style:writing-mode="rl-tb"'*) ;; *) bad "the Arabic ODT's page is not right to left" ;; esac
    case $styles in *'<style:default-style style:family="paragraph"><style:paragraph-properties style:writing-mode="rl-tb"'*) ;; *) bad "the Arabic ODT's paragraphs are not right to left" ;; esac
    case $styles in *'style:font-name-complex="Noto Sans Arabic"'*'style:language-complex="ar"'*) ;; *) bad "the Arabic ODT names no complex-script font and language" ;; esac
    unzip -p "$work/ar-odt.odt" content.xml | grep -q '<style:table-properties [^>]*style:writing-mode="rl-tb"' || bad "the Arabic ODT's tables are not right to left"
    # the Arabic words, from the catalog (one-line entries)
    tr_of() { awk -v id="msgid \"$1\"" '$0 == id { getline; sub(/^msgstr "/, ""); sub(/"$/, ""); print; exit }' "$po"; }
    cap=$(xmllint --xpath 'string((//capability)[1]/@name)' "$results")
    tr_of "$cap" > "$work/words"
    tr_of "This translation is a draft: no native speaker has reviewed it yet." >> "$work/words"
    [ "$(grep -c . "$work/words")" = 2 ] || bad "cannot read the Arabic of '$cap' and of the draft notice from $po"
    office "$work/ar.docx" "$work/ar-odt.odt" || bad "LibreOffice failed: $(cat "$work/office.log")"
    for pdf in "$work/pdf/ar.pdf" "$work/pdf/ar-odt.pdf"; do
        [ -s "$pdf" ] || { bad "LibreOffice made no PDF ($pdf)"; continue; }
        # pdftotext marks the runs it reorders with embeddings (U+202A-U+202C)
        pdftotext -enc UTF-8 "$pdf" - | sed 's/\xe2\x80\xaa//g; s/\xe2\x80\xab//g; s/\xe2\x80\xac//g; s/\xe2\x80\xad//g; s/\xe2\x80\xae//g' > "$work/text"
        has_all "$work/text" "Arabic text" "$work/words"
        pdffonts "$pdf" | grep -qE 'Noto(Sans|Naskh)Arabic' || bad "$(basename "$pdf"): no Arabic font (Noto Sans/Naskh Arabic) embedded"
    done ;;
too-large)
    results=$1
    truncate -s 17M "$work/big.docx"
    "$here/expect" 1 --out "big.docx: the file is 17825792 bytes, more than the 16 MB a reference document may be; keep only its styles, headers and footers (remove images and text) and save it again" \
        --no-file "$work/out.docx" -- "$mnr" report "$results" -o "$work/out.docx" --reference-docx "$work/big.docx" || fail=1 ;;
*) echo "office.sh: unknown check $check"; exit 99 ;;
esac
exit $fail
