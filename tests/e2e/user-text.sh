#!/usr/bin/env bash
# user-text.sh MNR ANSWERS - in the HTML report every piece of user text
# sits in its own <bdi>, so that a bidi control in it (ANSWERS holds an
# unclosed U+202E in each field) or a right-to-left name cannot reorder the
# report's own words and figures around it; free text keeps its line breaks.
#
# ANSWERS is tests/data/answers/user-text.xml: every user string starts with
# "UT-". Checks, with xmllint's HTML parser:
#  - each field (country, title, organisation, workshop, respondent, role,
#    evidence, comment) is in the report, inside a <bdi>;
#  - no text of the body holds "UT-" outside a <bdi>;
#  - evidence and comments are in an element of class "pre", which the
#    style sheet gives white-space: pre-line;
#  - the running head holds the country between U+2068 and U+2069 (first
#    strong isolate ... pop directional isolate);
#  - the <title> is plain text: title and country without any bidi control.
set -u
mnr=$1; answers=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0; bad() { echo "FAIL: $*"; fail=1; }
command -v xmllint >/dev/null || { echo "FAIL: xmllint is not installed (apt-get install libxml2-utils)"; exit 1; }

# The results keep the line breaks of free text (or should: that is tested
# with mnr score); here they are put back by hand, so that this test is of
# the report alone.
"$mnr" score "$answers" -o "$work/results.xml" 2>"$work/err" || { bad "mnr score failed"; cat "$work/err"; exit 1; }
sed -i -e 's/ *\(UT-[A-Za-z]* second line\)/\n\1/' "$work/results.xml"
h=$work/r.html
"$mnr" report "$work/results.xml" --param organisation=UT-Organisation -o "$h" 2>"$work/err" ||
    { bad "mnr report failed"; cat "$work/err"; exit 1; }
x() { xmllint --html --xpath "$1" "$h" 2>/dev/null; }

for field in Country Title Organisation Workshop Name Role Evidence Comment; do
    n=$(x "count(//body//bdi[starts-with(normalize-space(.), 'UT-$field')])")
    [ "${n:-0}" -ge 1 ] || bad "no <bdi> holds the $field (UT-$field...)"
done
loose=$(x "//body//text()[contains(., 'UT-')][not(ancestor::bdi)]")
[ -z "$loose" ] || bad "user text outside a <bdi>: $(printf '%s' "$loose" | head -c 300)"

for field in Evidence Comment; do
    n=$(x "count(//*[contains(concat(' ', @class, ' '), ' pre ')]//bdi[contains(., 'UT-$field second line')])")
    [ "${n:-0}" -ge 1 ] || bad "the $field is not in an element of class pre"
    # both lines, with the line break between them
    x "string(//bdi[contains(., 'UT-$field second line')])" | grep -q "^UT-$field second line" ||
        bad "the $field's line break is lost"
done
grep -qE '^\.pre \{ white-space: pre-line; \}' "$h" || bad "the style sheet lacks .pre { white-space: pre-line; }"

grep -qF -- "content: \"\\2068 UT-Country" "$h" || bad "the running head does not isolate the country (\\2068 ... \\2069)"
# the <title> (the PDF's Title) is plain text: the title and the country
# without the user's override or an isolate of ours, which would be
# invisible characters in what is copied and searched
[ "$(x "string(//title)")" = "UT-Title reversed - UT-Country reversed (fictional example)" ] ||
    bad "the <title> is not the plain title and country: $(x "string(//title)" | od -c | head -5)"

[ $fail -eq 0 ] || { echo "--- body text with UT-:"; x "//body//text()[contains(., 'UT-')]" | head -c 2000; echo; }
exit $fail
