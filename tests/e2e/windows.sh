#!/usr/bin/env bash
# windows.sh STAGE LINUX_MNR SRC - the Windows build (scripts/build-windows)
# run under Wine, against the Linux build: every command on the shipped
# examples, outputs byte-identical (LF everywhere, no CR added), bad input
# refused with the same messages and exit status, non-Latin file names,
# mnr ask from a pipe, killed (kill -9) and resumed.
#   STAGE      the unzipped release (BUILD/stage/mnr-VERSION-windows-x64):
#              mnr.exe with its data beside it, as a user has it
#   LINUX_MNR  the Linux build's mnr
# Wine's prefix is kept in STAGE/../../wineprefix (made once, some 20 s).
# Test label `windows` (tests/windows.cmake); run by scripts/test when wine
# is installed.
set -u
stage=$1 lin=$2 src=$3
wine=$(command -v wine64 || echo /usr/lib/wine/wine64)
[ -x "$wine" ] || { echo "FAIL: wine64 is not installed (WINDOWS_PACKAGES in scripts/lib.sh)"; exit 1; }
[ -f "$stage/mnr.exe" ] || { echo "FAIL: no $stage/mnr.exe: run scripts/build-windows"; exit 1; }
stage=$(cd "$stage" && pwd) lin=$(realpath "$lin")
export WINEPREFIX=${WINEPREFIX:-$(cd "$stage/../.." && pwd)/wineprefix} WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=" DISPLAY= LC_ALL=C.UTF-8 NO_COLOR=1 MNR_DATA_DIR=
[ -d "$WINEPREFIX" ] || "$wine" wineboot -i >/dev/null 2>&1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0; fail() { echo "FAIL: $*"; fail=1; }
for side in l w; do
    mkdir -p "$tmp/$side" && cp -r "$src/questionnaires/examples" "$tmp/$side/ex"
    cp -r "$src/tests/data/bad" "$tmp/$side/bad"
    # non-Latin names: Greek, Cyrillic, CJK, Devanagari
    cp "$src/questionnaires/examples/examplia-middle.xml" "$tmp/$side/Ωμέγα-Мир-日本-हिंदी.xml"
done
wmnr() { "$wine" "$stage/mnr.exe" "$@"; }
lmnr() { "$lin" "$@"; }
n=0
# run ARGS...: the same command in l/ (Linux) and w/ (Windows); standard
# output, errors and exit status kept as NAME.{out,err,rc}, compared later
# with every file the command wrote
run() {
    n=$((n + 1))
    local name; name=$(printf 'run%03d' "$n")
    (cd "$tmp/l" && lmnr "$@" >"$name.out" 2>"$name.err" </dev/null; echo $? >"$name.rc")
    (cd "$tmp/w" && wmnr "$@" >"$name.out" 2>"$name.err" </dev/null; echo $? >"$name.rc")
    echo "$name: mnr $*" >>"$tmp/commands"
}

run --version
run validate ex/examplia-2023.xml ex/examplia-middle.xml ex/northland-early.xml ex/southaven-advanced.xml ex/workshop/police.xml
run score ex/examplia-middle.xml -o results.xml
run score ex/examplia-middle.xml
run report results.xml -o report.html
run report ex/northland-early.xml -f text -o northland.txt
run report ex/southaven-advanced.xml --target 4 -o southaven.csv
run report ex/examplia-middle.xml -f text
run compare ex/examplia-2023.xml ex/examplia-middle.xml
run compare ex/examplia-2023.xml ex/examplia-middle.xml -o progress.html
run compare ex/examplia-2023.xml ex/examplia-middle.xml -f csv -o progress.csv
run merge ex/workshop/hotline.xml ex/workshop/industry.xml ex/workshop/justice.xml ex/workshop/police.xml -o consensus.xml
run merge ex/workshop/hotline.xml ex/workshop/industry.xml ex/workshop/justice.xml ex/workshop/police.xml --decisions ex/workshop/decisions.txt --workshop "Reporting and removal workshop" -o consensus2.xml
run report consensus2.xml -o workshop-report.txt
run cohort ex/examplia-2023.xml ex/examplia-middle.xml ex/northland-early.xml ex/southaven-advanced.xml --min-group 3 -o cohort.xml --report cohort.html
run report ex/examplia-middle.xml --baseline cohort.xml -o against-cohort.html
run baseline --format csv
run form -o form.html
run form --answers ex/examplia-middle.xml -o examplia-form.html
run help merge
# non-Latin file names, in and out
run validate Ωμέγα-Мир-日本-हिंदी.xml
run report Ωμέγα-Мир-日本-हिंदी.xml -o отчёт-報告.html
run score Ωμέγα-Мир-日本-हिंदी.xml -o 結果.xml
# an output over its input, and over a read-only file: refused the same way
run score ex/examplia-middle.xml -o ex/examplia-middle.xml
# bad input: the same message and status
for f in $(cd "$src/tests/data" && find bad -name "*.xml" | LC_ALL=C sort | head -60); do run validate "$f"; done
run validate no-such-file.xml
run report ex/examplia-middle.xml -o no-such-dir/x.html
run nosuchcommand
run report ex/examplia-middle.xml -o x.pdf --browser no-such-browser.exe

# mnr ask from a pipe: one sitting, then killed (kill -9) after ten answers
# and resumed; the three files the same
details() { printf '%s\n' Examplia "" "" "Ana Silva" "Focal point, Ministry of Justice" 2026-11-01 ""; }
answers() { for _ in $(seq 1 "$1"); do printf '2\nSeen in the registry\n\n\n'; done; }
{ details; answers 30; } >"$tmp/lines"
(cd "$tmp/l" && lmnr ask -q rapid -o single.xml <"$tmp/lines" >ask.out 2>&1; echo $? >ask.rc)
(cd "$tmp/w" && wmnr ask -q rapid -o single.xml <"$tmp/lines" >ask.out 2>&1; echo $? >ask.rc)
(cd "$tmp/w" && { details; answers 10; sleep 60; } | wmnr ask -q rapid -o resumed.xml >/dev/null 2>&1) &
for _ in $(seq 1 300); do
    [ "$(grep -c '<answer ' "$tmp/w/resumed.xml" 2>/dev/null)" = 10 ] && break
    sleep 0.2
done
sleep 1
pid=$(pgrep -f "mnr.exe ask -q rapid -o resumed.xml" | head -1)
[ -n "$pid" ] && kill -9 "$pid" || fail "no mnr ask under Wine to kill"
pkill -P $$ sleep 2>/dev/null
wait 2>/dev/null
[ "$(grep -c '<answer ' "$tmp/w/resumed.xml")" = 10 ] || fail "not 10 answers when killed"
(cd "$tmp/w" && answers 30 | wmnr ask -q rapid -o resumed.xml >resume.out 2>&1) ||
    fail "the resumed session failed: $(tail -3 "$tmp/w/resume.out")"
grep -q "10 of 21 questions answered. Resuming at" "$tmp/w/resume.out" || fail "did not resume"
ls -a "$tmp/w" | grep -q '^\.mnr-\|\.lock$' && fail "a temporary or lock file was left: $(ls -a "$tmp/w")"
cmp -s "$tmp/w/single.xml" "$tmp/w/resumed.xml" || fail "resumed, the file differs from one sitting"
mv "$tmp/w/resumed.xml" "$tmp/w/resume.out" "$tmp"

# every output the same, byte for byte
# the forms carry the moment they were made (their draft key): set aside
sed -i -E "s/data-draft=\"[^ ]+ /data-draft=\"WHEN /" "$tmp"/[lw]/*form.html
if ! diff -r "$tmp/l" "$tmp/w" >"$tmp/diff"; then
    fail "the Windows build's outputs differ from Linux's:"
    head -40 "$tmp/diff"
    grep -o 'run[0-9]*' "$tmp/diff" | sort -u | while read -r r; do grep "^$r:" "$tmp/commands"; done | head
fi
grep -q . "$tmp/l/run003.err" "$tmp/l/report.html" || fail "the comparison compared nothing"
echo "$n commands and mnr ask (one sitting, killed and resumed) compared"
[ "$fail" -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
