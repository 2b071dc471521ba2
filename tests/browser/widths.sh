#!/bin/sh
# widths.sh MNR SRC DATA OUT [LL] - writes every kind of HTML page mnr makes
# into the directory OUT (the report of each example and of user text that
# cannot wrap, a workshop consensus report with its annex, a comparison,
# a cohort report by region, the full and rapid forms), then checks them
# all with widths.js in one browser. With LL, every page in language LL
# (--lang LL: the pseudo-language qps has every word some 40% longer,
# Arabic is right to left). Run by tests/browser.cmake.
set -eu
mnr=$1 src=$2 data=$3 out=$4
lang=${5:-}
if [ -n "$lang" ]; then
    real=$mnr
    mnr() { "$real" "$@" --lang "$lang"; }
    mnr=mnr
fi
here=$(cd "${0%/*}" && pwd)
ex=$src/questionnaires/examples
mkdir -p "$out"
export MNR_DATA_DIR= LC_ALL=C.UTF-8
for f in "$ex"/*.xml "$data"/answers/user-text.xml; do
    n=${f##*/}
    "$mnr" report "$f" -o "$out/report-${n%.xml}.html" >/dev/null
done
"$mnr" merge "$ex"/workshop/*.xml --decisions "$ex"/workshop/decisions.txt -o "$out/workshop.xml" >/dev/null
"$mnr" report "$out/workshop.xml" -o "$out/report-workshop.html" >/dev/null
"$mnr" compare "$ex"/examplia-2023.xml "$ex"/examplia-middle.xml -o "$out/compare.html" >/dev/null
"$mnr" cohort "$data"/cohort/assessments --by region -o "$out/cohort.xml" --report "$out/cohort.html" -q
"$mnr" form -o "$out/form-full.html" >/dev/null
"$mnr" form -q rapid -o "$out/form-rapid.html" >/dev/null
exec sh "$here/node.sh" widths.js "$out"/*.html
