#!/usr/bin/env bash
# second-xslt.sh MNR KIND INPUT... - the shipped layouts (HTML, text, CSV)
# run in a second XSLT processor, Saxon-HE (Debian's libsaxonhe-java), give
# the same whole output as xsltproc (libxslt, which mnr uses). This holds
# the stylesheets to XSLT 1.0 plus exsl:node-set, as README promises to
# anyone who restyles the results, and every figure to one rounding
# (common.xsl, fmt-round) rather than each processor's own.
#
#   second-xslt.sh MNR report ANSWERS                 report-*.xsl on its results
#   second-xslt.sh MNR workshop PARTICIPANT...        report-*.xsl on the merged
#                                                     consensus: the workshop annex
#   second-xslt.sh MNR compare OLD NEW                compare-*.xsl
#   second-xslt.sh MNR cohort DIR                     cohort-*.xsl (groups by region)
#   second-xslt.sh MNR form ANSWERS                   form.xsl, opened with ANSWERS
#   second-xslt.sh MNR rounding                       common.xsl's rounding itself:
#                                                     exact halves, in both
#   second-xslt.sh MNR lang LL ANSWERS                report-*.xsl in language LL
#
# In a language (lang): the words module translated by itstool with the
# catalog the build made (<mnr's directory>/locale/LL.mo) and the ITS rules
# (po/its/mnr.its), s.lang and s.translation-draft set as mnr sets them
# (the PO header's status); the results translated by mnr itself (a data
# directory whose stylesheet copies its input, with --lang LL). Both
# processors' output must also be mnr's own (mnr report --lang LL), so the
# translated layouts hold to XSLT 1.0 and mnr translates the words module
# as itstool does. Skipped (77) while the catalog is not built.
#
# The comparison and the form's documents are the ones mnr itself styles:
# taken from mnr with a data directory whose stylesheet copies its input.
#
# Text and CSV must be byte-identical. HTML is compared after normalising
# three things of serialisation only, which do not change the document: the
# doctype (xsltproc writes <!DOCTYPE html>, Saxon the same doctype with its
# SYSTEM "about:legacy-compat" on a second line), the newline xsltproc
# writes after </html>, and the boolean attribute hidden (hidden="hidden"
# in xsltproc, hidden in Saxon).
set -u
mnr=$1 kind=$2; shift 2
src=$(cd "$(dirname "$0")/../.." && pwd)
jar=/usr/share/java/Saxon-HE.jar
[ -r "$jar" ] || { echo "FAIL: Saxon-HE is not installed: install libsaxonhe-java"; exit 1; }
command -v java >/dev/null || { echo "FAIL: no Java runtime for Saxon-HE: install default-jre-headless"; exit 1; }
command -v xsltproc >/dev/null || { echo "FAIL: xsltproc is not installed: install xsltproc"; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0; bad() { echo "FAIL: $*"; fail=1; }

# a data directory whose stylesheet NAME.xsl writes the document it is given
copying_data_dir() {
    mkdir -p "$work/dd/stylesheets"
    ln -s "$src/model" "$work/dd/model"
    ln -s "$src/questionnaires" "$work/dd/questionnaires"
    # mnr form reads the form's script beside its stylesheet
    cp "$src/stylesheets/form.js" "$work/dd/stylesheets/"
    cat > "$work/dd/stylesheets/$1.xsl" <<'EOF'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:param name="generator"/><xsl:param name="form-id"/>
  <xsl:param name="script"/><xsl:param name="script-sha256"/>
  <xsl:output method="xml" encoding="UTF-8"/>
  <xsl:template match="/"><xsl:copy-of select="."/></xsl:template>
</xsl:stylesheet>
EOF
}

# rounding: each processor prints what the rule says, an exact half away
# from zero, from counts (9 of 16) and from figures; nothing as -0
rounding() {
    cat > "$work/round.xsl" <<EOF
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="file://$src/stylesheets/common.xsl"/>
  <xsl:output method="text"/>
  <xsl:template match="/">
    <xsl:for-each select="//r">
      <xsl:call-template name="fmt-round">
        <xsl:with-param name="value" select="@v"/>
        <xsl:with-param name="by" select="@by"/>
        <xsl:with-param name="pattern" select="@p"/>
      </xsl:call-template>
      <xsl:value-of select="concat(' ', @want, '&#10;')"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
EOF
    cat > "$work/round.xml" <<'EOF'
<t>
  <r v="900" by="16" p="0.0" want="56.3"/>
  <r v="-900" by="16" p="0.0" want="-56.3"/>
  <r v="56.25" by="1" p="0.0" want="56.3"/>
  <r v="100" by="8" p="0" want="13"/>
  <r v="2.5" by="1" p="0" want="3"/>
  <r v="-2.5" by="1" p="0" want="-3"/>
  <r v="1.625" by="1" p="0.00" want="1.63"/>
  <r v="0.125" by="1" p="0.##" want="0.13"/>
  <r v="3.125" by="1" p="0.##" want="3.13"/>
  <r v="100" by="2000" p="0.0" want="0.1"/>
  <r v="-250" by="1000" p="+0.0;-0.0" want="-0.3"/>
  <r v="-0.04" by="1" p="+0.0;-0.0" want="+0.0"/>
  <r v="-0.00" by="1" p="0.00" want="0.00"/>
  <r v="87.5" by="1" p="0.#####" want="87.5"/>
  <r v="0.875" by="1" p="0.00####" want="0.875"/>
  <r v="3800" by="42" p="0" want="90"/>
  <r v="3800" by="42" p="0.0" want="90.5"/>
</t>
EOF
    local ok=0
    xsltproc --nonet "$work/round.xsl" "$work/round.xml" > "$work/a.round" || bad "rounding: xsltproc failed"
    java -cp "$jar" net.sf.saxon.Transform -s:"$work/round.xml" -xsl:"$work/round.xsl" -o:"$work/b.round" \
        2> "$work/err" || bad "rounding: Saxon-HE failed: $(head -c 600 "$work/err")"
    for p in xsltproc:a Saxon-HE:b; do
        awk -v who="${p%:*}" '$1 != $2 { print "FAIL: " who " rounds to " $1 ", not " $2; bad = 1 } END { exit bad }' \
            "$work/${p#*:}.round" || fail=1
    done
    exit $fail
}
[ "$kind" = rounding ] && rounding

doc=$work/in.xml
xsldir=$src/stylesheets
case $kind in
lang)
    layout=report ll=$1 answers=$2
    mo=$(dirname "$mnr")/locale/$ll.mo
    [ -f "$mo" ] || { echo "$mo not built: skipped"; exit 77; }
    xsldir=$work/stylesheets
    cp -r "$src/stylesheets" "$xsldir"
    itstool -i "$src/po/its/mnr.its" -m "$mo" -o "$xsldir/" "$src/stylesheets/words.xsl" \
        || { echo "FAIL: itstool cannot translate words.xsl with $mo"; exit 1; }
    draft=; msgunfmt "$mo" | grep -q '^"X-Translation-Status: draft' && draft=yes
    sed -i -e "s|<xsl:variable name=\"s.lang\">en</xsl:variable>|<xsl:variable name=\"s.lang\">$ll</xsl:variable>|" \
        -e "s|<xsl:variable name=\"s.translation-draft\"/>|<xsl:variable name=\"s.translation-draft\">$draft</xsl:variable>|" \
        "$xsldir/words.xsl"
    grep -q "name=\"s.lang\">$ll<" "$xsldir/words.xsl" || { echo "FAIL: s.lang not set in the words module"; exit 1; }
    copying_data_dir report-text
    ln -s "$src/po" "$work/dd/po"
    "$mnr" report "$answers" --data-dir "$work/dd" --lang "$ll" -o "$doc.txt" >/dev/null 2>&1 \
        || { echo "FAIL: cannot make the translated results of $answers"; exit 1; }
    mv "$doc.txt" "$doc"
    for fmt in html text csv; do
        "$mnr" report "$answers" --lang "$ll" -o "$work/mnr.$fmt" -f $fmt >/dev/null 2>&1 \
            || { echo "FAIL: mnr report --lang $ll -f $fmt failed"; exit 1; }
    done ;;
report)
    layout=report
    "$mnr" score "$1" -o "$doc" 2>/dev/null || { echo "FAIL: cannot score $1"; exit 1; } ;;
workshop)
    layout=report
    "$mnr" merge "$@" -o "$work/consensus.xml" --workshop "Second processor" 2>/dev/null \
        || { echo "FAIL: cannot merge $*"; exit 1; }
    "$mnr" score "$work/consensus.xml" -o "$doc" 2>/dev/null || { echo "FAIL: cannot score the consensus"; exit 1; } ;;
compare)
    layout=compare
    copying_data_dir compare-text
    "$mnr" compare "$1" "$2" --data-dir "$work/dd" -f text -o "$doc" >/dev/null 2>&1 \
        || { echo "FAIL: cannot compare $1 $2"; exit 1; } ;;
cohort)
    layout=cohort
    "$mnr" cohort "$1" --by region -q -o "$doc" 2>/dev/null || { echo "FAIL: cannot make a cohort of $1"; exit 1; } ;;
form)
    layout=form
    copying_data_dir form
    "$mnr" form --answers "$1" --data-dir "$work/dd" -o "$doc" >/dev/null 2>&1 \
        || { echo "FAIL: cannot make the form's document with $1"; exit 1; } ;;
*)
    echo "FAIL: unknown kind $kind"; exit 1 ;;
esac
grep -q '<' "$doc" || { echo "FAIL: $kind gave no document"; exit 1; }

# the HTML with the doctype as xsltproc writes it and one newline at the end
normhtml() {
    awk 'NR == 1 && $0 == "<!DOCTYPE html" { getline; if ($0 == "  SYSTEM \"about:legacy-compat\">") $0 = "<!DOCTYPE html>"; else $0 = "<!DOCTYPE html\n" $0 }
         { gsub(/ hidden="hidden"/, " hidden"); print }' "$1"
}

formats="html text csv"
[ $layout = form ] && formats=html
# the form's script as mnr passes it (src/core/form.c): the file as it is,
# and its SHA-256 in base64. xsltproc takes no string parameter with both
# kinds of quote, so both processors read the script from a document.
{ printf '<script><![CDATA['; cat "$src/stylesheets/form.js"; printf ']]></script>'; } > "$work/script.xml"
script_sha256=$(sha256sum "$src/stylesheets/form.js" | cut -c1-64 | sed 's/../\\x&/g')
script_sha256=$(printf "$script_sha256" | base64)
for fmt in $formats; do
    xsl=$xsldir/$layout-$fmt.xsl
    [ $layout = form ] && xsl=$xsldir/form.xsl
    # the form's parameters, as mnr gives them (src/cli/cmd_form.c)
    xsltproc --nonet --stringparam generator "mnr" --stringparam form-id "2026-01-01T00:00:00Z form.html" \
        --param script "string(document('$work/script.xml'))" --stringparam script-sha256 "$script_sha256" \
        "$xsl" "$doc" > "$work/a.$fmt" || { bad "$fmt: xsltproc failed"; continue; }
    java -cp "$jar" net.sf.saxon.Transform -s:"$doc" -xsl:"$xsl" -o:"$work/b.$fmt" \
        generator=mnr form-id="2026-01-01T00:00:00Z form.html" \
        ?script="string(doc('file://$work/script.xml'))" script-sha256="$script_sha256" \
        2> "$work/err" || { bad "$fmt: Saxon-HE failed: $(head -c 600 "$work/err")"; continue; }
    if [ "$fmt" = html ]; then
        normhtml "$work/a.$fmt" > "$work/a.norm"; normhtml "$work/b.$fmt" > "$work/b.norm"
    else
        cp "$work/a.$fmt" "$work/a.norm"; cp "$work/b.$fmt" "$work/b.norm"
    fi
    if ! cmp -s "$work/a.norm" "$work/b.norm"; then
        bad "$layout-$fmt: Saxon-HE and xsltproc differ:"
        diff "$work/a.norm" "$work/b.norm" | head -20
    fi
    if [ $kind = lang ]; then
        if [ "$fmt" = html ]; then normhtml "$work/mnr.$fmt" > "$work/m.norm"; else cp "$work/mnr.$fmt" "$work/m.norm"; fi
        if ! cmp -s "$work/m.norm" "$work/b.norm"; then
            bad "$layout-$fmt in $ll: Saxon-HE and mnr differ:"
            diff "$work/m.norm" "$work/b.norm" | head -20
        fi
    fi
done
exit $fail
