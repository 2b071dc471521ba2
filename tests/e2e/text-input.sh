#!/usr/bin/env bash
# text-input.sh MNR ANSWERS_DIR - input is read the way its schema reads it.
#
#  - ANSWERS_DIR/layout-input.xml (a pretty-printed date, fictional=" true ",
#    ids and numbers with spaces around them) is accepted and read as
#    meant: date 2026-11-01, fictional, target 4 for C02;
#  - its evidence and comment, numbered lists over several lines, keep
#    their line breaks in the results (each line's own spacing folded,
#    one blank line between paragraphs kept);
#  - a data directory whose questionnaire says allow-na=" true " allows na;
#  - a text of white space only (country, role, name, workshop, title,
#    evidence, comment, versions) is refused with its line and what to do.
set -u
mnr=$1; ans=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 MNR_DATA_DIR=
fail=0; bad() { echo "FAIL: $*"; fail=1; }
xpath() { xmllint --xpath "$1" "$2" 2>/dev/null; }

# ---- laid out by an editor: accepted, read as meant
in=$ans/layout-input.xml
"$mnr" score "$in" -o "$work/r.xml" 2>"$work/err" || { bad "layout-input.xml refused: $(cat "$work/err")"; exit 1; }
[ "$(xpath 'string(//assessment/date)' "$work/r.xml")" = 2026-11-01 ] || bad "date not 2026-11-01"
[ "$(xpath 'string(//assessment/country/@fictional)' "$work/r.xml")" = true ] || bad "fictional=\" true \" not read as true"
[ "$(xpath 'string(//capability[@id="C02"]/@target)' "$work/r.xml")" = 4 ] || bad "target level=\" 4 \" not read as 4"
[ "$(xpath 'string(//capability[@id="C01"]/@target)' "$work/r.xml")" = 3 ] || bad "default=\" 3 \" not read as 3"
"$mnr" report "$work/r.xml" --format text -o "$work/r.txt" 2>/dev/null || bad "report of the results failed"
grep -qF 'Testonia (fictional example)' "$work/r.txt" || bad "the text report does not say (fictional example)"
"$mnr" validate "$in" >"$work/out" 2>&1 || bad "validate refuses layout-input.xml: $(cat "$work/out")"

# ---- line breaks kept end to end in the results
want=$(printf '1. Decree 7 of 2024, article 3\n2. Steering committee minutes, 12 May 2025\n\nBoth are on the ministry'"'"'s website.')
got=$(xpath 'string(//criterion[@question="C01.L1.a"]/evidence)' "$work/r.xml")
[ "$got" = "$want" ] || { bad "evidence lines not kept:"; printf '%s\n---\n' "$got"; }
got=$(xpath 'string(//criterion[@question="C01.L1.a"]/comment)' "$work/r.xml")
[ "$got" = "$(printf 'First line\nsecond line')" ] || { bad "comment lines not kept:"; printf '%s\n---\n' "$got"; }
# and read back from the results as they are
"$mnr" validate "$work/r.xml" >/dev/null 2>&1 || bad "the results do not validate"

# ---- allow-na=" true " in a questionnaire allows na
d=$work/data
mkdir "$d" && cp -R "$src/model" "$src/questionnaires" "$src/stylesheets" "$d/"
sed -i 's/<question id="C07.L2.b" level="2" allow-na="true"/<question id="C07.L2.b" level="2" allow-na=" true "/' "$d/questionnaires/mnr-full.xml"
grep -q 'allow-na=" true "' "$d/questionnaires/mnr-full.xml" || bad "could not make the questionnaire"
sed -e 's|<answer question="C01.L1.a" value="yes">|<answer question="C07.L2.b" value="na"/>&|' "$in" >"$work/na.xml"
"$mnr" score "$work/na.xml" --data-dir "$d" -o "$work/na-r.xml" 2>"$work/err" ||
    bad "allow-na=\" true \" does not allow na: $(cat "$work/err")"

# ---- blank texts: one message each, with the line
blank() {  # blank NAME SED-EXPRESSION LINE MESSAGE
    sed -e "$2" "$ans/blank-texts.xml" >"$work/$1.xml"
    [ "$1" = role ] || sed -i 's/role="  "/role="R"/' "$work/$1.xml"
    "$mnr" validate "$work/$1.xml" >"$work/out" 2>&1
    local rc=$?
    [ $rc = 1 ] || bad "$1: exit $rc, expected 1"
    grep -qF "$1.xml:$3: $4" "$work/out" || { bad "$1: expected '$1.xml:$3: $4', got:"; cat "$work/out"; }
}
blank role '' 7 "the respondent's role is blank (only white space); write the role"
blank name 's/>T. Tester</> \&#9; </' 7 "the respondent's name is blank (only white space); write the name"
blank workshop 's/workshop="Workshop"/workshop=" "/' 7 "the workshop is blank (only white space)"
blank country 's/>Testonia</>\&#10;</' 5 "the country is blank (only white space); write the country's name"
blank title 's|<date>2026-11-01</date>|&<title> </title>|' 6 "the title is blank (only white space); write a title, or remove <title>"
blank evidence 's/>Decree 7</> </' 8 "the evidence is blank (only white space); write the evidence, or remove <evidence>"
blank comment 's/>Fine</>  </' 8 "the comment is blank (only white space)"
blank version 's/model-version="1.0"/model-version=" "/' 4 "the model-version is blank (only white space)"
"$mnr" score "$ans/blank-country.xml" >"$work/out" 2>&1
grep -qF "blank-country.xml:4: the country is blank (only white space); write the country's name" "$work/out" ||
    { bad "blank-country.xml: not refused as expected"; cat "$work/out"; }

exit $fail
