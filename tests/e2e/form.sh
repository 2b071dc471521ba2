#!/usr/bin/env bash
# form.sh MNR DATA - mnr form: what the form holds for each questionnaire,
# and that a refused --answers file leaves an earlier form as it was, with
# no temporary file beside it.
set -u
mnr=$1 data=$2
. "$(dirname "$0")/lib.sh"
status=0
fail() { echo "FAIL: $*"; status=1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export MNR_DATA_DIR=

# -- the full form: 116 questions, yes/partly/no/dont-know, na only where allowed
"$mnr" form -o "$dir/full.html" 2>/dev/null || fail "mnr form failed"
n=$(grep -o '<fieldset class="question"[^>]*data-question="' "$dir/full.html" | wc -l)
[ "$n" = 116 ] || fail "the full form has $n questions, not 116"
grep -q 'name="C01.L1.a" id="C01.L1.a-yes" value="yes"' "$dir/full.html" || fail "no yes radio for C01.L1.a"
grep -q 'value="na"' "$dir/full.html" || fail "no question allows na"
grep -q 'name="C01.L1.a" id="C01.L1.a-na"' "$dir/full.html" && fail "C01.L1.a offers na, which it does not allow"
grep -q 'data-question="C01.L3.b" data-only-if="C01.L2.a" data-only-if-answers="yes partly"' "$dir/full.html" \
    || fail "the skip logic of C01.L3.b is not in the form"
grep -q "Content-Security-Policy\" content=\"default-src 'none'" "$dir/full.html" || fail "no content security policy"
# the policy runs the form's one script by its SHA-256, and nothing inline else
script_sha256() {   # base64 of the SHA-256 of the text of FILE's one <script>
    local hex
    # the lines from <script> to </script>, cut at the two tags; the line
    # of </script> adds a newline that is not the script's
    hex=$(sed -n '/<script>/,/<\/script>/{ s/.*<script>//; s/<\/script>.*//; p; }' "$1" | head -c -1 |
          sha256sum | cut -c1-64)
    printf "$(printf '%s' "$hex" | sed 's/../\\x&/g')" | base64
}
for f in full rapid; do
    [ -f "$dir/$f.html" ] || "$mnr" form -q $f -o "$dir/$f.html" 2>/dev/null || fail "mnr form -q $f failed"
    [ "$(grep -o '<script' "$dir/$f.html" | wc -l)" = 1 ] || fail "the $f form has more than one script"
    want=$(script_sha256 "$dir/$f.html")
    csp=$(grep -o "script-src [^;]*;" "$dir/$f.html")
    [ "$csp" = "script-src 'sha256-$want';" ] ||
        fail "the $f form's policy has $csp, but its script's SHA-256 is $want (src/core/form.c works it out as it writes the form)"
done
grep -Eq '<(link|img|iframe|object)[ >]|<script [^>]*src=|https?://' "$dir/full.html" && fail "the form refers to something outside itself"

# -- region and income group: optional, the model's lists, "Not given" first
grep -q '<select id="region" class="grouping" aria-describedby="grouping-note"><option value="">Not given</option><option value="east-asia-pacific">East Asia and Pacific</option>' "$dir/full.html" \
    || fail "no region list in the form"
n=$(sed -n 's|.*\(<select id="income-group"\)|\1|p' "$dir/full.html" | sed 's|</select>.*||' | grep -o '<option' | wc -l)
[ "$n" = 5 ] || fail "the income group list has $n options, not 5"
# opened with answers that give them, they are chosen
sed 's|<country fictional="true">|<country fictional="true" region="sub-saharan-africa" income-group="low">|' \
    "$data/../../questionnaires/examples/northland-early.xml" > "$dir/grouped.xml"
"$mnr" form --answers "$dir/grouped.xml" -o "$dir/grouped.html" 2>/dev/null || fail "mnr form --answers with a region failed"
grep -q '<option value="sub-saharan-africa" selected>Sub-Saharan Africa</option>' "$dir/grouped.html" || fail "the region is not chosen"
grep -q '<option value="low" selected>Low income</option>' "$dir/grouped.html" || fail "the income group is not chosen"

# -- the rapid form: 21 questions, levels 0-4 and dont-know, no yes/no
"$mnr" form -q rapid -o "$dir/rapid.html" 2>/dev/null || fail "mnr form -q rapid failed"
n=$(grep -o 'data-question="' "$dir/rapid.html" | wc -l)
[ "$n" = 21 ] || fail "the rapid form has $n questions, not 21"
grep -q 'name="C21.R" id="C21.R-4" value="4"' "$dir/rapid.html" || fail "no level 4 for C21.R"
grep -q 'value="yes"' "$dir/rapid.html" && fail "the rapid form offers yes"

# -- a refused --answers file: the earlier form is kept, no temporary file
printf 'earlier form\n' > "$dir/kept.html"
out=$("$mnr" form --answers "$data/answers/duplicate-answer.xml" -o "$dir/kept.html" 2>&1)
[ $? = 1 ] || fail "a bad --answers file did not exit 1"
case $out in *"duplicate-answer.xml:9: question C01.L1.a is answered twice"*) ;; *) fail "message: $out" ;; esac
check_kept "$dir/kept.html" "earlier form"
check_no_temp "$dir/kept.html"
check_no_sanitizer "$out"

# -- a good run replaces it whole
"$mnr" form -q rapid --answers "$data/../../questionnaires/examples/northland-early.xml" -o "$dir/kept.html" >/dev/null 2>&1 \
    && fail "answers to the full questionnaire were accepted by the rapid form"
check_kept "$dir/kept.html" "earlier form"
"$mnr" form -o "$dir/kept.html" 2>/dev/null || fail "mnr form over an earlier file failed"
grep -q '^<!DOCTYPE html>' "$dir/kept.html" || fail "the earlier file was not replaced by the form"
check_no_temp "$dir/kept.html"
# -- each form keeps its draft under its own key: when it was made and its name
"$mnr" form -o "$dir/one.html" 2>/dev/null && "$mnr" form -o "$dir/two.html" 2>/dev/null || fail "mnr form failed"
one=$(grep -o 'data-draft="[^"]*"' "$dir/one.html") two=$(grep -o 'data-draft="[^"]*"' "$dir/two.html")
case $one in 'data-draft="20'[0-9][0-9]-*'Z one.html||"') ;; *) fail "the draft key of one.html: $one" ;; esac
[ "${one% *}" != "${two% *}" ] || fail "two forms made one after the other have the same stamp: $one $two"

# -- a workshop consensus is refused: saving would drop the participants'
#    answers and the decisions; it is changed with mnr merge --decide
"$mnr" merge "$data/workshop/police.xml" "$data/workshop/helpline.xml" -o "$dir/consensus.xml" 2>/dev/null \
    || fail "mnr merge failed"
line=$(grep -n '<answer ' "$dir/consensus.xml" | head -1 | cut -d: -f1)
out=$("$mnr" form --answers "$dir/consensus.xml" -o "$dir/consensus.html" 2>&1)
[ $? = 1 ] || fail "a consensus was not refused (exit 1)"
case $out in *"consensus.xml:$line: these answers are a workshop consensus made by mnr merge"*"Change the consensus with mnr merge --decide QUESTION=VALUE"*) ;;
    *) fail "message: $out" ;; esac
[ -e "$dir/consensus.html" ] && fail "a form was written for a consensus"

# -- -o never over the answers it opens, another answers file, or the data
#    directory: refused, exit 1, the file kept
cp "$data/../../questionnaires/examples/examplia-middle.xml" "$dir/a.xml"; cp "$dir/a.xml" "$dir/b.xml"
cp "$dir/a.xml" "$dir/saved.xml"
for args in "--answers $dir/a.xml -o $dir/a.xml" "-o $dir/b.xml"; do
    # shellcheck disable=SC2086
    out=$("$mnr" form $args 2>&1); rc=$?
    [ $rc = 1 ] || fail "mnr form $args: exit status $rc, expected 1"
    case $out in *"cannot write the output there: it is the same file as"*|*"b.xml: is an answers file; writing the form over it"*) ;;
        *) fail "mnr form $args: $out" ;; esac
done
cmp -s "$dir/a.xml" "$dir/saved.xml" && cmp -s "$dir/b.xml" "$dir/saved.xml" || fail "an answers file was written over by a form"
copy=$dir/data; mkdir "$copy"; cp -r "$data/../../model" "$data/../../questionnaires" "$data/../../stylesheets" "$copy/"
out=$("$mnr" form --data-dir "$copy" -o "$copy/questionnaires/form.html" 2>&1) && fail "a form was written into the data directory"
case $out in *"it is in the questionnaires directory of mnr's data directory"*) ;; *) fail "message: $out" ;; esac
[ -e "$copy/questionnaires/form.html" ] && fail "a form was written into the data directory"

# -- the script is the data directory's stylesheets/form.js, as it is, and
#    the policy names it by the hash worked out as the form is written
printf '// a changed script\n' >> "$copy/stylesheets/form.js"
"$mnr" form --data-dir "$copy" -o "$dir/changed.html" 2>/dev/null || fail "mnr form with a changed script failed"
grep -q '^// a changed script$' "$dir/changed.html" || fail "the form's script is not stylesheets/form.js"
want=$(script_sha256 "$dir/changed.html")
csp=$(grep -o "script-src [^;]*;" "$dir/changed.html")
[ "$csp" = "script-src 'sha256-$want';" ] || fail "with a changed script the policy has $csp, but the script's SHA-256 is $want"
# a script that would end its <script> element early, a missing one: refused, nothing written
printf 'var end = "</SCRIPT>";\n' >> "$copy/stylesheets/form.js"
line=$(wc -l < "$copy/stylesheets/form.js")
out=$("$mnr" form --data-dir "$copy" -o "$dir/end.html" 2>&1)
[ $? = 1 ] || fail "a script holding </SCRIPT> did not exit 1"
[ "$out" = "$copy/stylesheets/form.js:$line: the form's script holds \"</SCRIPT\", which would end its <script> element in the page early; write it as \"<\\/script\" inside a string" ] ||
    fail "message: $out"
[ -e "$dir/end.html" ] && fail "a form was written with a script holding </SCRIPT>"
rm "$copy/stylesheets/form.js"
out=$("$mnr" form --data-dir "$copy" -o "$dir/none.html" 2>&1)
[ $? = 1 ] || fail "a missing script did not exit 1"
case $out in "$copy/stylesheets/form.js: no such file"*) ;; *) fail "message: $out" ;; esac
[ -e "$dir/none.html" ] && fail "a form was written without its script"
exit $status
