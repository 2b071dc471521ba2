#!/usr/bin/env bash
# compare-pdf.sh MNR OLD NEW - the PDF of mnr compare, printed through
# headless Chromium (as tests/e2e/pdf.sh checks the report's): a PDF of
# 3 to 8 A4 pages whose text holds the country, the section headings,
# every capability name and the running page numbers.
#
# Needs chromium and poppler-utils; without them the test FAILS, as the
# report's PDF tests do (`ctest -LE pdf` leaves them out).
set -u
mnr=$1 old=$2 new=$3
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0; bad() { echo "FAIL: $*"; fail=1; }
for tool in pdfinfo pdftotext; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (apt-get install poppler-utils)"; exit 1; }
done
pdf=$work/progress.pdf
if ! "$mnr" compare "$old" "$new" -o "$pdf" 2> "$work/err"; then
    echo "FAIL: mnr compare -o progress.pdf failed:"; cat "$work/err"
    exit 1
fi
grep -qF "Comparison written to $pdf" "$work/err" || bad "mnr did not say where it wrote the comparison"
[ "$(head -c 5 "$pdf")" = "%PDF-" ] || { bad "the output is not a PDF"; exit 1; }
pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
echo "pages: $pages"
{ [ -n "$pages" ] && [ "$pages" -ge 3 ] && [ "$pages" -le 8 ]; } || bad "$pages pages, expected 3 to 8"
pdfinfo -f 1 -l "$pages" "$pdf" 2>/dev/null | awk '/^Page +[0-9]+ size:/ { if ($4 < 593.5 || $4 > 596.5 || $6 < 840.5 || $6 > 843.5) n++ } END { exit n > 0 }' \
    || bad "not every page is A4"
pdftotext -enc UTF-8 "$pdf" - | tr '\n\f\t' '   ' | tr -s ' ' > "$work/text"
for s in "republic of PROGRESSIA" "Progress between two assessments" "Summary" "Every capability before and after" \
         "All capabilities" "Criteria that changed" "How the two are compared" \
         "Leadership" "Research, analysis and monitoring" "Legislation" "Dedicated law enforcement" \
         "Judiciary and prosecutors" "Offender management process" "Access to image databases" \
         "End-to-end support" "Child protection workforce" "Compensation, remedies and complaints arrangements" \
         "Child helpline" "CSEA hotline" "Education programme" "Child participation" "Offender support systems" \
         "Takedown procedures" "CSEA reporting" "Innovative solution development" \
         "Corporate social responsibility" "Ethical and informed media reporting" "Universal terminology" \
         "Page 2 of $pages"; do
    grep -qF -- "$s" "$work/text" || bad "PDF text lacks: $s"
done
exit $fail
