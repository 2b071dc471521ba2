#!/usr/bin/env bash
# params.sh MNR - mnr report --param takes only the parameters the report's
# stylesheet declares (paper, title, organisation in common.xsl), each once, with a UTF-8 value; anything else
# is a usage error (exit 2) that lists them, and nothing is written. A user's
# layout receives a parameter only where it declares one (xsl:param), never
# into one of its variables.
set -u
mnr=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
answers=$src/questionnaires/examples/examplia-middle.xml
custom=$src/tests/data/stylesheet-custom
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0; bad() { echo "FAIL: $*"; fail=1; }
list="it takes paper, title and organisation"

# expect STATUS TEXT ARGS...: mnr report ARGS exits STATUS and says TEXT;
# with a non-zero STATUS no report is left.
expect() {
    local want=$1 text=$2; shift 2
    rm -f "$work/out.txt"
    out=$("$mnr" report "$answers" -o "$work/out.txt" "$@" 2>&1); rc=$?
    [ "$rc" = "$want" ] || bad "report $*: exit $rc, expected $want ($out)"
    case $out in *"$text"*) ;; *) bad "report $*: said '$out', expected '$text'" ;; esac
    [ "$want" = 0 ] || [ ! -e "$work/out.txt" ] || bad "report $*: wrote a report"
}

expect 2 "mnr report: --param country is not a parameter of the report; $list" --param country=Elsewhere
expect 2 "mnr report: --param threshold is not a parameter of the report; $list" --param threshold=0.1
expect 2 "mnr report: --param R is not a parameter of the report; $list" --param R=x
expect 2 "mnr report: --param title is given twice; give each parameter once" --param title=A --param title=B
expect 2 "mnr report: the value of --param title is not valid UTF-8" --param "title=$(printf 'Caf\351')"
expect 2 "mnr report: the value of --param organisation is not valid UTF-8" --param "organisation=$(printf 'A\300\200B')"

# The documented ones work, and UTF-8 comes out whole.
expect 0 "Report written" --param "title=Étude nationale ✓" --param organisation=Ministry --param paper=letter
grep -qF "Étude nationale ✓" "$work/out.txt" || bad "the title given is not in the text report"

# A user's layout: a documented name it declares is passed; one that is an
# internal variable of its module is refused, not silently changed.
out=$("$mnr" report "$answers" --stylesheet "$custom/fixed-title.xsl" --param paper=letter \
      -o "$work/custom.txt" 2>&1) || bad "custom layout with --param paper failed: $out"
[ "$(cat "$work/custom.txt" 2>/dev/null)" = "Fixed title (letter)" ] || bad "custom layout gave: $(cat "$work/custom.txt")"
rm -f "$work/custom.txt"
out=$("$mnr" report "$answers" --stylesheet "$custom/fixed-title.xsl" --param title=Changed \
      -o "$work/custom.txt" 2>&1); rc=$?
[ $rc = 1 ] || bad "--param title into a layout variable: exit $rc, expected 1 ($out)"
case $out in *"fixed-title.xsl: the stylesheet has no parameter title"*) ;; *) bad "--param title into a layout variable said: $out" ;; esac
[ ! -e "$work/custom.txt" ] || bad "--param title into a layout variable wrote $(cat "$work/custom.txt")"

# The list is the report stylesheet's own: a data directory whose
# common.xsl declares one more parameter takes it, and says so.
dd=$work/data; mkdir -p "$dd"
cp -r "$src/model" "$src/questionnaires" "$src/stylesheets" "$dd/"
sed -i 's|^  <xsl:param name="organisation" select="'"''"'"/>|&\n  <xsl:param name="watermark" select="'"''"'"/>|' "$dd/stylesheets/common.xsl"
grep -q 'name="watermark"' "$dd/stylesheets/common.xsl" || bad "could not add a parameter to the copy of common.xsl"
expect 2 "mnr report: --param country is not a parameter of the report; it takes paper, title, organisation and watermark (see mnr report --help)" \
    --data-dir "$dd" --param country=Elsewhere
expect 0 "Report written" --data-dir "$dd" --param watermark=DRAFT --param title=T

# The help lists them.
help=$("$mnr" report --help)
for p in "paper=a4|letter" "title=TEXT" "organisation=TEXT"; do
    case $help in *"$p"*) ;; *) bad "mnr report --help does not list $p" ;; esac
done
exit $fail
