#!/usr/bin/env bash
# merge.sh MNR DATA - mnr merge end to end: three participants
# merged with a decision, then validated, scored and reported (text, CSV,
# HTML) like any answers file, with the workshop annex; the rapid questionnaire; a failed merge
# leaves an earlier consensus as it was.
set -u
mnr=$1 data=$2/workshop
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0; fail() { echo "FAIL: $*"; fail=1; }
has() { grep -qF -- "$2" "$1" || fail "$(basename "$1") lacks: $2"; }

out=$tmp/consensus.xml
"$mnr" merge "$data/police.xml" "$data/helpline.xml" "$data/justice.xml" -o "$out" \
    --workshop "Examplia workshop, 21 October 2026" \
    --decide "C12.L2.a=partly agreed: the mandate is drafted" 2> "$tmp/merge.err" \
    || fail "merge failed: $(cat "$tmp/merge.err")"
has "$tmp/merge.err" "Consensus of 3 participants: 4 questions answered, 2 disputed, 1 decided"
# C01.L1.a: yes partly yes -> yes; C01.L2.a: yes no partly -> partly, disputed
has "$out" '<answer question="C01.L2.a" value="partly">'
has "$out" '<consensus answered="3" disputed="true"/>'
# C12.L1.a: yes yes dont-know -> yes (don't know does not pull it down)
has "$out" '<answer question="C12.L1.a" value="yes">'
# C12.L2.a: no yes -> no by the rule, partly by decision
has "$out" '<consensus answered="2" disputed="true" decided="true" rule-value="no">'
has "$out" '<note>agreed: the mandate is drafted</note>'
has "$out" 'name="M. Haddad" role="Child helpline (NGO)" value="yes"'
has "$out" '<respondents workshop="Examplia workshop, 21 October 2026">'
has "$out" '<date>2026-10-21</date>'

"$mnr" validate "$out" > "$tmp/v.out" 2>&1 || fail "the consensus does not validate: $(cat "$tmp/v.out")"
"$mnr" score "$out" -o "$tmp/results.xml" 2> /dev/null || fail "the consensus does not score"
# the decided partly counts: C12 = level 1 + (0.5 of 2 level-2 criteria) = 1.25
has "$tmp/results.xml" 'id="C12" number="12" name="CSEA hotline" weight="1" assessed="true" level="1" level-name="Emerging" score="1.25"'
for f in text csv html; do
    "$mnr" report "$out" -f $f -o "$tmp/report.$f" 2> "$tmp/r.err" || fail "report -f $f: $(cat "$tmp/r.err")"
done
has "$tmp/report.text" "Examplia workshop, 21 October 2026"
has "$tmp/report.text" "12  CSEA hotline                    1 Emerging *       1.25"
has "$tmp/report.csv" "C12,12,CSEA hotline,Societal,true,1,Emerging,1.25"
has "$tmp/report.html" "Examplia workshop, 21 October 2026"

# the workshop annex, in each format
has "$tmp/report.text" "WORKSHOP ANNEX"
has "$tmp/report.text" "Participants: R. Okafor (National Police, Cybercrime Unit); M. Haddad (Child helpline"
has "$tmp/report.text" "Rules used: Per question: participants who left it blank do not count."
# a disputed question: the consensus, the answers grouped by value, then
# the evidence and comments
grep -A8 -- "^- C12.L2.a Has the hotline's operator" "$tmp/report.text" > "$tmp/c12.text"
cat > "$tmp/c12.want" <<'EOF2'
- C12.L2.a Has the hotline's operator been given the task of handling these reports by a law, a
  government decision or a signed agreement?
    Consensus: partly (decided; the rules gave no)
    1 said yes: M. Haddad (Child helpline (NGO))
    1 said no: R. Okafor (National Police, Cybercrime Unit)
    Evidence and comments:
      R. Okafor (no): Hotline regulation, draft of May 2026 (fictional); comment: No mandate in
        law yet.
      M. Haddad (yes): Operator agreement with the ministry (fictional)
EOF2
cmp -s "$tmp/c12.want" "$tmp/c12.text" || fail "disputed C12.L2.a in the text: $(diff "$tmp/c12.want" "$tmp/c12.text")"
has "$tmp/report.text" "      M. Haddad (no), comment: The committee has not met this year."
has "$tmp/report.text" "- C12.L2.a: the rules gave no; decided partly. Note: agreed: the mandate is drafted"
# C01: yes partly yes -> yes (2 of 3) and yes no partly -> partly (1 of 3): 3 of 6
has "$tmp/report.text" "  1  Leadership                              2         0        1       0  50.0% (3/6)"
# C12: yes yes dont-know -> yes (2 of 3) and no yes -> decided partly (0 of 2): 2 of 5
has "$tmp/report.text" " 12  CSEA hotline                            2         0        1       1  40.0% (2/5)"
# the annex starts with one line per disputed question: the answers given
# with their counts, and the consensus (a decision with the rules' value)
has "$tmp/report.text" "- C01.L2.a: 1 yes, 1 partly, 1 no; consensus partly"
has "$tmp/report.text" "- C12.L2.a: 1 yes, 1 no; consensus partly (decided; the rules gave no)"
has "$tmp/report.csv" 'dispute,C01,C01.L2.a,,,partly,,"1 yes, 1 partly, 1 no",,,,,,,,3'
has "$tmp/report.csv" 'dispute,C12,C12.L2.a,,,partly,no,"1 yes, 1 no",,,,,,,,2'
has "$tmp/report.html" '<tr><td class="nowrap"><a href="#dq-C12.L2.a">C12.L2.a</a></td><td>1 yes, 1 no</td><td><strong>partly</strong> (decided; the rules gave no)</td></tr>'
has "$tmp/report.html" '<div class="dq" id="dq-C12.L2.a">'
has "$tmp/report.html" '<h3><span class="secno">7.1</span>Disputed questions at a glance</h3>'
has "$tmp/report.html" '<h3><span class="secno">7.6</span>Disputed questions</h3>'
# the rest of the annex; the summary comes
# before the long list of disputed questions
[ "$(grep -n -e '^Disputed questions' -e '^Agreement per capability' -e '^Decisions' "$tmp/report.text" | cut -d: -f2 | tr '\n' '|')" \
  = "Disputed questions at a glance|Agreement per capability|Decisions|Disputed questions|" ] || fail "the annex sections are not in order"
has "$tmp/report.csv" "record,capability,question,participant,role,answer,rule_value,note,evidence,comment,answered,unanimous,disputed,decided,agreeing,answers_given"
has "$tmp/report.csv" 'participant,,,R. Okafor,"National Police, Cybercrime Unit",,,,,,,,,,,'
has "$tmp/report.csv" "disputed,C12,C12.L2.a,M. Haddad,Child helpline (NGO),yes,,,Operator agreement with the ministry (fictional),,,,,,,"
has "$tmp/report.csv" "consensus,C12,C12.L2.a,,,partly,,,,,,,,,,"
has "$tmp/report.csv" "decision,C12,C12.L2.a,,,partly,no,agreed: the mandate is drafted,,,,,,,,"
has "$tmp/report.csv" "agreement,C12,,,,,,,,,2,0,1,1,2,5"
has "$tmp/report.html" '<h2><span class="secno">7</span>Workshop annex</h2>'
# the document's title (the PDF's Title): plain text, no isolate marks
has "$tmp/report.html" '<title>Model National Response maturity self-assessment - Republic of Examplia (fictional example)</title>'
# a workshop whose title names the country: the title does not say it twice
sed 's|</date>|</date><title>Republic of Examplia: workshop of October 2026</title>|' "$data/police.xml" > "$tmp/police-titled.xml"
"$mnr" merge "$tmp/police-titled.xml" "$data/helpline.xml" "$data/justice.xml" -o "$tmp/titled.xml" 2>/dev/null \
    && "$mnr" report "$tmp/titled.xml" -o "$tmp/titled.html" 2>/dev/null || fail "merge and report with a title failed"
has "$tmp/titled.html" '<title>Republic of Examplia: workshop of October 2026 (fictional example)</title>'
has "$tmp/report.html" '<li><strong>C12.L2.a</strong>: the rules gave no; decided <strong>partly</strong>. Note: <bdi>agreed: the mandate is drafted</bdi></li>'
has "$tmp/report.html" '<tr class="cons"><th scope="row">Consensus</th><td colspan="2"><strong>partly</strong> (decided; the rules gave no)</td></tr><tr><th scope="row">yes</th><td class="num">1</td><td><bdi>M. Haddad</bdi><span class="muted">, <bdi>Child helpline (NGO)</bdi></span></td></tr>'
has "$tmp/report.html" '<li><bdi>M. Haddad</bdi> (no), comment: <bdi>The committee has not met this year.</bdi></li>'
has "$tmp/report.html" '<td>12 CSEA hotline</td><td class="num">2</td><td class="num">0</td><td class="num">1</td><td class="num">1</td><td class="num">40.0% (2/5)</td></tr>'
# the results carry the workshop: validated (figures re-derived) and
# reported from the results file alike
"$mnr" validate "$tmp/results.xml" > "$tmp/v.out" 2>&1 || fail "the consensus results do not validate: $(cat "$tmp/v.out")"
"$mnr" report "$tmp/results.xml" -f text -o "$tmp/from-results.text" 2> /dev/null || fail "report from the results failed"
cmp -s "$tmp/report.text" "$tmp/from-results.text" || fail "the report from the results differs from the one from the answers"
# one respondent's answers: no annex
"$mnr" report "$(dirname "$0")/../../questionnaires/examples/examplia-middle.xml" -f text -o "$tmp/plain.text" 2> /dev/null
grep -q "WORKSHOP ANNEX" "$tmp/plain.text" && fail "a workshop annex in a report that is not a consensus"

# rapid: levels 2 and 4 -> the lower middle 2, disputed (they differ by 2)
"$mnr" merge "$data/rapid.xml" "$data/rapid-police.xml" -o "$tmp/rapid.xml" 2> /dev/null || fail "rapid merge failed"
has "$tmp/rapid.xml" '<answer question="C01.R" value="2">'
has "$tmp/rapid.xml" '<consensus answered="2" disputed="true"/>'

# a failed merge (a participant on another questionnaire) keeps the
# earlier consensus as it was, with no temporary file
before=$(cat "$out")
"$mnr" merge "$data/police.xml" "$data/rapid.xml" -o "$out" 2> "$tmp/err" && fail "merge of two questionnaires succeeded"
has "$tmp/err" "rapid.xml:3: these answers are to questionnaire mnr-rapid 1.0, but"
has "$tmp/err" "Nothing was written"
check_kept "$out" "$before"
check_no_temp "$out"
# a bad decision: its source and what to do
"$mnr" merge "$data/police.xml" "$data/helpline.xml" -o "$out" --decide "C01.L9.z=yes" 2> "$tmp/err" \
    && fail "a decision on an unknown question was accepted"
has "$tmp/err" "--decide: decision on question C01.L9.z, which is not in questionnaire mnr-full 1.0"
printf '# decisions\n\nC01.L1.a=yes\nC01.L1.a maybe\n' > "$tmp/decisions.txt"
"$mnr" merge "$data/police.xml" "$data/helpline.xml" -o "$out" --decisions "$tmp/decisions.txt" 2> "$tmp/err" \
    && fail "a bad decisions line was accepted"
has "$tmp/err" "decisions.txt:4: \"C01.L1.a maybe\" is not a decision; write QUESTION=VALUE [note]"
check_kept "$out" "$before"
# a decision on the command line is held to the same rule as the file
"$mnr" merge "$data/police.xml" "$data/helpline.xml" -o "$out" --decide $'C01.L1.a=yes \e[31mred' 2> "$tmp/err" \
    && fail "a decision with an escape sequence was accepted"
has "$tmp/err" "--decide: the decision has a control character (byte 0x1B); remove it"
check_kept "$out" "$before"
# so is the workshop's name (a usage error: it is an option)
"$mnr" merge "$data/police.xml" "$data/helpline.xml" -o "$out" --workshop $'Caf\xe9 workshop' 2> "$tmp/err"
[ $? -eq 2 ] || fail "a workshop name in Latin-1 was not a usage error"
has "$tmp/err" "mnr merge: --workshop is not valid UTF-8 text; write it in UTF-8"
check_kept "$out" "$before"
# a byte order mark is skipped, and a long note is one line (it used to be
# cut at 4095 bytes into a second, bogus decision)
"$mnr" merge "$data/police.xml" "$data/helpline.xml" -o "$tmp/bom.xml" --decisions "$data/decisions-bom.txt" 2> "$tmp/err" \
    || fail "a decisions file with a byte order mark: $(cat "$tmp/err")"
has "$tmp/bom.xml" "<note>agreed — the mandate is drafted</note>"
long=$(printf 'n%.0s' $(seq 6000))
printf 'C01.L1.a=yes %s\n' "$long" > "$tmp/long.txt"
"$mnr" merge "$data/police.xml" "$data/helpline.xml" -o "$tmp/long.xml" --decisions "$tmp/long.txt" 2> "$tmp/err" \
    || fail "a 6000-byte note: $(cat "$tmp/err")"
has "$tmp/long.xml" "<note>$long</note>"
# a decisions file over 1 MB is refused, unread
head -c 1100000 /dev/zero | tr '\0' '#' > "$tmp/big.txt"
"$mnr" merge "$data/police.xml" "$data/helpline.xml" -o "$out" --decisions "$tmp/big.txt" 2> "$tmp/err" \
    && fail "a 1.1 MB decisions file was accepted"
has "$tmp/err" "big.txt: the decisions file is larger than 1 MB"
check_kept "$out" "$before"
exit $fail
