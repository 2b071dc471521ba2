#!/usr/bin/env bash
# second-xslt.sh MNR ANSWERS - the shipped layouts (HTML, text, CSV) run in a
# second XSLT processor, Saxon-HE (Debian's libsaxonhe-java), give the same
# report as xsltproc (libxslt, which mnr uses) on the results of ANSWERS.
# This holds the stylesheets to XSLT 1.0 plus exsl:node-set, as README
# promises to anyone who restyles the results.
#
# Text and CSV must be byte-identical. HTML is compared after normalising
# two things of serialisation only, which do not change the document: the
# doctype (xsltproc writes <!DOCTYPE html>, Saxon the same doctype with its
# SYSTEM "about:legacy-compat" on a second line) and the newline xsltproc
# writes after </html>.
set -u
mnr=$1 answers=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
jar=/usr/share/java/Saxon-HE.jar
[ -r "$jar" ] || { echo "FAIL: Saxon-HE is not installed: install libsaxonhe-java"; exit 1; }
command -v java >/dev/null || { echo "FAIL: no Java runtime for Saxon-HE: install default-jre-headless"; exit 1; }
command -v xsltproc >/dev/null || { echo "FAIL: xsltproc is not installed: install xsltproc"; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0; bad() { echo "FAIL: $*"; fail=1; }

"$mnr" score "$answers" -o "$work/results.xml" 2>/dev/null || { echo "FAIL: cannot score $answers"; exit 1; }
# the HTML with the doctype as xsltproc writes it and one newline at the end
normhtml() {
    awk 'NR == 1 && $0 == "<!DOCTYPE html" { getline; if ($0 == "  SYSTEM \"about:legacy-compat\">") $0 = "<!DOCTYPE html>"; else $0 = "<!DOCTYPE html\n" $0 }
         { print }' "$1"
}

for fmt in html text csv; do
    xsl=$src/stylesheets/report-$fmt.xsl
    xsltproc --nonet "$xsl" "$work/results.xml" > "$work/a.$fmt" || { bad "$fmt: xsltproc failed"; continue; }
    java -cp "$jar" net.sf.saxon.Transform -s:"$work/results.xml" -xsl:"$xsl" -o:"$work/b.$fmt" \
        2> "$work/err" || { bad "$fmt: Saxon-HE failed: $(head -c 600 "$work/err")"; continue; }
    if [ "$fmt" = html ]; then
        normhtml "$work/a.$fmt" > "$work/a.norm"; normhtml "$work/b.$fmt" > "$work/b.norm"
    else
        cp "$work/a.$fmt" "$work/a.norm"; cp "$work/b.$fmt" "$work/b.norm"
    fi
    if ! cmp -s "$work/a.norm" "$work/b.norm"; then
        bad "$fmt: Saxon-HE and xsltproc differ:"
        diff "$work/a.norm" "$work/b.norm" | head -20
    fi
done
exit $fail
