#!/bin/sh
# languages.sh MNR SRC DATA OUT CHECK - writes every kind of HTML page mnr
# makes, in Arabic (right to left) and French, with the catalogs the build
# makes, into the directory OUT: the report of an example and of a
# workshop consensus with its annex, a comparison, a cohort report by
# region, the full form. Then checks them all with CHECK: a11y (axe-core,
# a11y.js; Firefox with MNR_TEST_BROWSER=firefox) or vnu (the W3C Nu HTML
# checker, vnu.sh). Run by tests/browser.cmake.
set -eu
mnr=$1 src=$2 data=$3 out=$4 check=$5
here=$(cd "${0%/*}" && pwd)
ex=$src/questionnaires/examples
mkdir -p "$out"
export MNR_DATA_DIR= LC_ALL=C.UTF-8
"$mnr" merge "$ex"/workshop/*.xml --decisions "$ex"/workshop/decisions.txt -o "$out/workshop.xml" >/dev/null
for ll in ar fr; do
    q="--lang $ll"
    "$mnr" report "$ex"/examplia-2023.xml -o "$out/$ll-report.html" $q 2>/dev/null
    "$mnr" report "$out/workshop.xml" -o "$out/$ll-report-workshop.html" $q 2>/dev/null
    "$mnr" compare "$ex"/examplia-2023.xml "$ex"/examplia-middle.xml -o "$out/$ll-compare.html" $q 2>/dev/null
    "$mnr" cohort "$data"/cohort/assessments --by region -o "$out/$ll-cohort.xml" --report "$out/$ll-cohort.html" -q $q 2>/dev/null
    "$mnr" form -o "$out/$ll-form.html" $q 2>/dev/null
done
case $check in
a11y) exec sh "$here/node.sh" a11y.js "$out"/*.html ;;
vnu) exec sh "$here/vnu.sh" "$out"/*.html ;;
*) echo "languages.sh: unknown check $check"; exit 2 ;;
esac
