#!/usr/bin/env bash
# scale.sh MNR CASE SECONDS MEGABYTES - the shipped layouts on inputs about
# 100 times the examples: each of `mnr report --format html|text|csv` must
# end within SECONDS, peak at most MEGABYTES of memory (resident), exit 0,
# and show the whole text (the marker word at its end) where that layout
# shows that part of the input. The inputs are made here from
# questionnaires/examples/examplia-middle.xml; CASE is one of:
#   respondents  300 respondents (about 1 500 words in one paragraph)
#   country      a 200 000-character country name
#   evidence     a 1 MB evidence text, a numbered list of 10 000 lines
#   quotes       30 000 double quotes in the country name
#   model-name   a data directory whose model names capability C01 with
#                30 000 double quotes, a line break and 200 000 characters
set -u
mnr=$1 case=$2 seconds=$3 megabytes=$4
src=$(cd "$(dirname "$0")/../.." && pwd)
example=$src/questionnaires/examples/examplia-middle.xml
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0; bad() { echo "FAIL: $*"; fail=1; }
command -v /usr/bin/time >/dev/null || { echo "FAIL: /usr/bin/time is missing: install time"; exit 1; }

# words N PREFIX: N words "PREFIX000001 PREFIX000002 ..." on one line
words() { awk -v n="$1" -v p="$2" 'BEGIN { for (i = 1; i <= n; i++) printf "%s%06d ", p, i }'; }
# quotes N: N double quotes
quotes() { awk -v n="$1" 'BEGIN { for (i = 1; i <= n; i++) printf "\"" }'; }
# put FROM TO FILE: FILE with the first FROM replaced by the contents of the
# file TO (plain strings, no patterns)
put() {
    awk -v from="$1" -v f="$2" 'BEGIN { getline to < f }
        !done && (i = index($0, from)) { $0 = substr($0, 1, i - 1) to substr($0, i + length(from)); done = 1 }
        { print }' "$3"
}
# country TEXT: the example with TEXT as its country
country() { printf '>%s<' "$1" > "$work/text"; put '>Republic of Examplia<' "$work/text" "$example"; }

answers=$work/answers.xml
data=()      # extra options of mnr report
markers=()   # FORMAT:WORD that must be in that layout's output
case $case in
    respondents)
        awk '/<\/respondents>/ {
                 for (i = 1; i <= 299; i++)
                     printf "    <respondent role=\"Ministry number %d, focal point\">Person %d Namesake</respondent>\n", i, i
                 print "    <respondent role=\"Last role\">Zebedee Lastrespondent</respondent>"
             } { print }' "$example" > "$answers"
        markers=(text:Lastrespondent html:Lastrespondent) ;;
    country)
        country "$(words 16700 Country) Countryend" > "$answers"
        markers=(text:Countryend html:Countryend) ;;
    evidence)
        awk '/<evidence>/ && !done {
                 printf "    <evidence>"
                 for (i = 1; i <= 10000; i++)
                     printf "%d. Item %d of the numbered list of evidence, a line of about one hundred characters.\n", i, i
                 print "Evidenceend</evidence>"; done = 1; next } { print }' "$example" > "$answers"
        markers=(html:Evidenceend) ;;
    quotes)
        country "$(quotes 30000) Quotesend" > "$answers"
        markers=(text:Quotesend html:Quotesend) ;;
    model-name)
        cp "$example" "$answers"
        mkdir "$work/data"
        cp -r "$src/model" "$src/questionnaires" "$src/stylesheets" "$work/data/"
        # in an attribute: quotes as &quot;, the line break as &#10;
        name="$(quotes 30000 | sed 's/"/\&quot;/g')&#10;$(words 16700 Name)Nameend"
        printf 'name="%s"' "$name" > "$work/text"
        put 'name="Leadership"' "$work/text" "$src/model/mnr-model.xml" > "$work/data/model/mnr-model.xml"
        data=(--data-dir "$work/data")
        markers=(text:Nameend html:Nameend csv:Nameend) ;;
    *) echo "scale.sh: unknown case $case"; exit 2 ;;
esac

for fmt in html text csv; do
    out=$work/report.$fmt
    timeout "$seconds" /usr/bin/time -f "%M %e" -o "$work/peak" \
        "$mnr" report "$answers" "${data[@]}" --format "$fmt" -o "$out" 2> "$work/err"
    rc=$?
    if [ $rc -ne 0 ]; then
        [ $rc -eq 124 ] && bad "$fmt: took longer than $seconds s" || bad "$fmt: exit $rc: $(head -c 300 "$work/err")"
        continue
    fi
    read -r kb secs < <(tail -1 "$work/peak")
    echo "$fmt: $secs s, peak $((kb / 1024)) MB, output $(wc -c < "$out") bytes"
    [ "$kb" -le $((megabytes * 1024)) ] || bad "$fmt: peak memory $((kb / 1024)) MB is over $megabytes MB"
    for m in "${markers[@]}"; do
        [ "${m%%:*}" = "$fmt" ] || continue
        grep -qF -- "${m#*:}" "$out" || bad "$fmt: the output lacks the last word ${m#*:}"
    done
done

# what each layout must keep whole besides the last word
if [ "$case" = model-name ] && [ -s "$work/report.csv" ]; then
    # the CSV cell: quoted, every quote doubled, the line break inside it
    q60=$(quotes 60000)
    grep -qF -- "C01,1,\"$q60" "$work/report.csv" || bad "csv: the name cell does not start with 60 000 doubled quotes"
    grep -q '^Name000001 Name000002 ' "$work/report.csv" || bad "csv: the line break in the name is not kept in its cell"
    awk 'NR > 1 && /^C[0-9][0-9],/ { n++ } END { exit n != 21 }' "$work/report.csv" || bad "csv: not 21 capability rows"
fi
if [ -s "$work/report.text" ]; then
    long=$(LC_ALL=C.UTF-8 awk 'length > 100' "$work/report.text" | wc -l)
    [ "$long" -eq 0 ] || bad "text: $long lines longer than 100 columns"
fi
exit $fail
