#!/usr/bin/env bash
# ask.sh CASE MNR PTYDRIVE DATA - mnr ask end to end, in a
# pseudo-terminal (tests/pty/ptydrive.c, 80x30) as a person would use it,
# and from a pipe. One CASE per CTest test (tests/ask.cmake):
#   rapid     a rapid assessment completed; the file validates and scores,
#             and mnr cohort groups it by the income group it gives
#   replay    a full session with back, skip, jump and evidence, replayed
#             from a file (and with CRLF lines): the same answers file
#   resume    kill -9 between answers and while evidence is typed, resumed
#             twice and finished: the same file and score as one sitting
#   navigate  back, skip, jump, levels so far, quit
#   invalid   lines not understood are asked again, with a hint
#   not-text  a line with bytes that are not UTF-8 or with control
#             characters (an escape sequence pasted in) is asked again,
#             saying why, at every prompt: never saved with parts left out
#   signals   Ctrl-C and Ctrl-D save and say how to go on
#   review    a finished file: one capability reviewed, one answer changed;
#             the region and income group given by hand kept
#   refuse    files that are not answers to go on with: refused, untouched
#   colour    colour on a terminal only, never with NO_COLOR; 80 columns
#   lock      a second session on a file in use: refused, file untouched;
#             the lock gone when the first ends, even by kill -9
#   changed   the file replaced by a colleague's, or changed in place, or
#             made where there was none, while a session has it open: not
#             written over; the session's answers kept beside it under a
#             name that was free, both named, exit 1. Removed: made again
#   lang      the answers file records the language of the session that
#             saved it (lang="en"); a file with another, or none, is valid
#             and goes on in the language asked for now
#   french    mnr ask --lang fr in the pty: the French texts and keys (and
#             the English ones where free), the draft notice once, kill -9
#             and resume in French, then in English. Needs the French
#             catalog the build makes (<mnr's directory>/locale/fr.mo):
#             skipped (77) without it
set -u
case=$1 mnr=$2 pty=$3 data=$4
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
fail=0; fail() { echo "FAIL: $*"; fail=1; }
has() { grep -qF -- "$2" "$1" || fail "$(basename "$1") lacks: $2"; }
lacks() { ! grep -qF -- "$2" "$1" || fail "$(basename "$1") has: $2"; }
export NO_COLOR=1 LC_ALL=C.UTF-8

# drive SCRIPT ARGS...: mnr ask ARGS in the pty, from ptydrive SCRIPT;
# what it printed goes to the file named by $out (default: transcript).
drive() {
    local script=$1; shift
    "$pty" -o "${out:-transcript}" "$script" -- "$mnr" ask "$@" || fail "the session in $script failed"
}

# to_script LINES: a ptydrive script typing each line of LINES at the
# next prompt (every prompt ends in "> ").
to_script() {
    local l
    while IFS= read -r l; do
        printf 'expect %s\nsend %s\n' "${prompt:-> }" "$l"
    done < "$1"
}

details() { printf '%s\n' Examplia "" "" "Ana Silva" "Focal point, Ministry of Justice" 2026-11-01 ""; }

# The answer to the k-th question asked: a key in a fixed cycle (the
# second answer, to C01.L2.a, is a "no" that switches off C01.L3.b), with
# two lines of evidence every 4th and a comment every 5th.
answer() {
    local k=$1 keys=(y n p y d y y p n y p y)
    printf '%s\n' "${keys[$(( (k - 1) % ${#keys[@]} ))]}"
    [ $((k % 4)) -eq 0 ] && printf 'Evidence %s, line one\nline two\n' "$k"
    printf '\n'
    [ $((k % 5)) -eq 0 ] && printf 'Comment %s\n' "$k"
    printf '\n'
}

# The answers of questions FROM..TO as ptydrive steps; each is saved
# before the next is typed.
answer_steps() {
    local k l
    for ((k = $1; k <= $2; k++)); do
        echo "expect Answer> "
        answer "$k" | while IFS= read -r l; do printf 'send %s\n' "$l"; done
        echo "expect Saved: ${ids[k]} "
    done
}

case $case in
rapid)
    cp "$data/ask/rapid-session.txt" lines
    { cat <<'EOF'
expect MNR rapid self-assessment (mnr-rapid 1.0): 21 questions on 21 capabilities in
EOF
      to_script lines; echo "exit 0"; } > script
    drive script -q rapid -o rapid.xml
    has transcript "Question 1 of 1 in this capability, 3 of 21 in all; 9% done"
    has transcript "2 Developing: Knowing possession of child sexual abuse material is an offence"
    has transcript "Saved: C03.R level 2 (Developing)."
    has transcript "Saved: C07.R don't know."
    has transcript "Domain 2, Criminal justice: score 1.67 (3 of 4 capabilities assessed)"
    has transcript "Finished: all 21 questions that apply are answered, and saved to rapid.xml."
    has transcript "  mnr report rapid.xml -o rapid-report.html"
    has rapid.xml '<answer question="C03.R" value="2">'
    has rapid.xml "<evidence>Court statistics 2025
Sentencing review</evidence>"
    has rapid.xml '<comment>Asked the registry</comment>'
    "$mnr" validate rapid.xml > v.out 2>&1 || fail "rapid.xml does not validate: $(cat v.out)"
    "$mnr" score rapid.xml -o results.xml 2> score.err || fail "rapid.xml does not score"
    # (1+2+2)/3, (4+0+1)/3 with C07 not known, (3+4+0+1)/4, (2+3+4+0)/4, (1+2+3+4)/4, (0+1)/2
    has score.err "Examplia: overall index 1.76 (level 1, Emerging) over 20 of 21 capabilities"
    # the report command it printed works
    "$mnr" report rapid.xml -o rapid-report.html 2> r.err || fail "the report command failed: $(cat r.err)"
    # the region and income group chosen (6, 2) are in the file as the form
    # writes them, and mnr cohort groups it: with two more countries
    # answered the same way, a group of 3 by income
    has rapid.xml '<country region="south-asia" income-group="lower-middle">Examplia</country>'
    for c in Northland Southland; do
        sed "1s/.*/$c/" lines | "$mnr" ask -q rapid -o "$c.xml" > /dev/null 2>&1 || fail "$c.xml failed"
    done
    "$mnr" cohort rapid.xml Northland.xml Southland.xml --by income --min-group 3 -o cohort.xml \
        2> cohort.err || fail "mnr cohort failed: $(cat cohort.err)"
    has cohort.xml '<group id="lower-middle" name="Lower-middle income" size="3">'
    ;;
replay)
    # answers, evidence, invalid keys, back, skip, jump, levels, quit
    cp "$data/ask/full-session.txt" lines
    { to_script lines; echo "exit 0"; } > script
    drive script -o pty.xml
    "$mnr" ask -o pipe.xml < lines > pipe.out 2>&1 || fail "the piped session failed: $(tail -5 pipe.out)"
    cmp -s pty.xml pipe.xml || fail "the piped replay gave another file: $(diff pty.xml pipe.xml)"
    sed 's/$/\r/' lines > crlf-lines
    "$mnr" ask -o crlf.xml < crlf-lines > crlf.out 2>&1 || fail "the CRLF session failed"
    cmp -s pty.xml crlf.xml || fail "CRLF lines gave another file: $(diff pty.xml crlf.xml)"
    has pty.xml '<answer question="C01.L2.a" value="partly">'
    has pty.xml '<evidence>A draft &amp; a &lt;plan&gt;</evidence>'
    has pty.xml '<comment>é ü 中文 "quoted"</comment>'
    has pty.xml '<answer question="C12.L1.a" value="yes"/>'
    has pty.xml '<country region="sub-saharan-africa">Examplia</country>'
    # a piped session shows each line read after its prompt, as a log
    has pipe.out "Answer> x"
    has pipe.out "'x' is not an answer here"
    has pipe.out "This answer switches 1 question on again:"
    has pipe.out "Saved to pipe.xml (answered: 4, still open: 112)."
    "$mnr" validate pty.xml > v.out 2>&1 || fail "pty.xml does not validate: $(cat v.out)"
    ;;
resume)
    # one sitting, from a pipe: which questions come, and the file
    { details; for k in $(seq 1 130); do answer "$k"; done; } > lines
    "$mnr" ask -o single.xml < lines > single.out 2>&1 || fail "the single sitting failed"
    mapfile -t saved < <(sed -n 's/^Saved: \([^ ]*\) .*/\1/p' single.out)
    n=${#saved[@]}
    ids=(none "${saved[@]}")
    [ "$n" -gt 100 ] || fail "only $n questions answered in one sitting"
    has single.out "Finished: all $n questions that apply are answered"
    # 1: ten answers, then kill -9 at the next question
    { to_script <(details); answer_steps 1 10; echo "expect Answer> "; echo "signal 9"; echo "killed 9"; } > s1
    out=t1 drive s1 -o resumed.xml
    has t1 "This answer switches off 1 question, which will not be asked:"
    has t1 "  C01.L3.b Does the national body publish a report on progress against the ..."
    [ "$(grep -c '<answer ' resumed.xml)" -eq 10 ] || fail "not 10 answers after the first kill"
    "$mnr" validate resumed.xml > v.out 2>&1 || fail "the file does not validate after kill -9: $(cat v.out)"
    # 2: resumed; killed while typing the evidence of question 31
    { echo "expect Resuming at the first question not answered yet, ${ids[11]}."
      answer_steps 11 30
      echo "expect Answer> "; echo "send y"; echo "expect Evidence> "
      echo "type half-typed evidence"; echo "expect half-typed evidence"
      echo "signal 9"; echo "killed 9"; } > s2
    out=t2 drive s2 -o resumed.xml
    [ "$(grep -c '<answer ' resumed.xml)" -eq 30 ] || fail "not 30 answers after the second kill"
    lacks resumed.xml "half-typed"
    "$mnr" validate resumed.xml > v.out 2>&1 || fail "the file does not validate after kill -9: $(cat v.out)"
    check_no_temp "$tmp/resumed.xml"
    # 3: resumed at the question being answered, and finished
    { echo "expect Resuming at the first question not answered yet, ${ids[31]}."
      answer_steps 31 "$n"; echo "expect Finished: all $n questions"; echo "exit 0"; } > s3
    out=t3 drive s3 -o resumed.xml
    cmp -s single.xml resumed.xml || fail "resumed twice, the file differs: $(diff single.xml resumed.xml | head)"
    "$mnr" score single.xml -o single-results.xml 2> single.score
    "$mnr" score resumed.xml -o resumed-results.xml 2> resumed.score
    cmp -s single-results.xml resumed-results.xml || fail "the results differ"
    [ "$(sed s/single/resumed/ single.score)" = "$(cat resumed.score)" ] || fail "the scores differ"
    ;;
navigate)
    cat > script <<'EOF'
expect Country>
send Examplia
expect Region, 1-7 (Enter: none)>
send
expect Income group, 1-4 (Enter: none)>
send
expect >
send Ana Silva
expect >
send Focal point
expect >
send 2026-11-01
expect >
send
expect Answer>
send y
expect Evidence>
send
expect Comment>
send
expect Saved: C01.L1.a yes.
expect C01.L2.a, a criterion of level 2 (Developing):
expect Answer>
send s
expect Skipped C01.L2.a; it stays open.
expect C01.L3.a, a criterion of level 3 (Established):
expect Answer>
send b
expect C01.L2.a, a criterion
expect Answer>
send b
expect C01.L1.a, a criterion
expect Current answer: yes.
expect Enter alone keeps the current answer.
expect Answer>
send
expect Kept: C01.L1.a yes.
expect C01.L2.a, a criterion
expect Answer>
send j
expect Jump to which capability?
expect  12 CSEA hotline (0 of 6 answered)
expect Capability, 1-21 (Enter: stay)>
send 12
expect Domain 4 of 6: Societal
expect Capability 12 of 21: CSEA hotline
expect Question 1 of 6 in this capability, 57 of 116 in all; 0% done
expect C12.L1.a, a criterion of level 1 (Emerging):
expect Answer>
send y
expect Evidence>
send
expect Comment>
send
expect Saved: C12.L1.a yes.
expect C12.L2.a
expect Answer>
send j
expect Capability, 1-21
send C01
expect C01.L2.a, a criterion
expect Answer>
send l
expect Levels so far, scored as mnr score scores them
expect   1 Leadership                           level 1 Emerging*, 1.00  1/5
expect   12 CSEA hotline                         level 1 Emerging*, 1.00  1/6
expect No answer yet in capabilities 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21.
expect Overall index 1.00 over 2 of 21 capabilities; no overall level while 4
expect Answer>
send q
expect Saved to nav.xml (answered: 2, still open: 114).
expect To go on, run:
expect   mnr ask -o nav.xml
exit 0
EOF
    drive script -o nav.xml
    # the rows of the levels so far, in columns
    has transcript "   1 Leadership                         level 1 Emerging*, 1.00  1/5"
    has transcript "  12 CSEA hotline                       level 1 Emerging*, 1.00  1/6"
    [ "$(grep -c '<answer ' nav.xml)" -eq 2 ] || fail "nav.xml should hold 2 answers"
    has nav.xml '<answer question="C01.L1.a" value="yes"/>'
    has nav.xml '<answer question="C12.L1.a" value="yes"/>'
    ;;
invalid)
    cat > script <<'EOF'
expect Country>
send
expect The answers file needs this: type it, then Enter (or q to stop).
expect Country>
send Examplia
expect Region, 1-7
send 8
expect '8' is not one of the choices: type its number, 1 to 7 (or its name), then
expect Region, 1-7
send asia
expect 'asia' is not one of the choices
expect Region, 1-7
send south asia
expect Income group, 1-4
key up
send
expect '<U+001B>[A' holds control characters (an arrow key?), shown as <U+...>;
expect Income group, 1-4
send
expect >
send Ana Silva
expect >
send Focal point
expect YYYY-MM-DD
send 2026-13-01
expect '2026-13-01' is not a date: write it as YYYY-MM-DD
expect YYYY-MM-DD
send 9999-12-31
expect '9999-12-31' is after today (
expect YYYY-MM-DD
send 2014-12-31
expect '2014-12-31' is before the Model National Response existed (2015-01-01): type
expect YYYY-MM-DD
send 2026-11-01
expect Target level
send 9
expect '9' is not a target: type a level 1, 2, 3 or 4, or Enter for the default.
expect Target level
send
expect Answer>
send x
expect 'x' is not an answer here: type y, p, n or d (a for not applicable, where
expect Answer>
key up
send
expect '<U+001B>[A' holds control characters (an arrow key?), shown as <U+...>;
expect Answer>
send a
expect This question does not allow 'not applicable': answer y, p, n or d.
expect Answer>
send 7
expect '7' is not an answer here
expect Answer>
send
expect '' is not an answer here
expect Answer>
send j
expect Capability, 1-21
send 99
expect '99' is not a capability: type its number, 1 to 21 (or its id, C05), or Enter to stay.
expect Capability, 1-21
send
expect C01.L1.a, a criterion
expect Answer>
send Y
expect Evidence>
send
expect Comment>
send
expect Saved: C01.L1.a yes.
expect Answer>
send q
exit 0
EOF
    drive script -o invalid.xml
    has invalid.xml '<answer question="C01.L1.a" value="yes"/>'
    has invalid.xml '<country region="south-asia">Examplia</country>'
    # a rapid question takes levels
    printf '%s\n' Examplia '' '' 'A. Person' Police 2026-11-01 '' y 5 2 '' '' q > lines
    "$mnr" ask -q rapid -o rapid.xml < lines > rapid.out 2>&1
    has rapid.out "'y' is not an answer here: type a level 0, 1, 2, 3 or 4, or d for"
    has rapid.out "'5' is not an answer here"
    has rapid.xml '<answer question="C01.R" value="2"/>'
    ;;
not-text)
    { printf 'Bad\xff\xfeland\nBadland\n\n\nAna Silva\nFocal point\n2026-11-01\n\ny\n'
      printf 'Ask\e]0;pwned\aland\nAskland\nsecond\e[Dline\n\nA comment \xc3\n\n\nq\n'; } > lines
    "$mnr" ask -o text.xml < lines > text.out 2>&1 || fail "the session failed: $(tail -5 text.out)"
    has text.out "'Bad<0xFF><0xFE>land' holds bytes that are not UTF-8 text, shown as <0x..>;"
    has text.out "nothing of that line was taken: set the terminal to UTF-8 and type it again."
    has text.out "'Ask<U+001B>]0;pwned<U+0007>land' holds control characters (an arrow key?),"
    has text.out "shown as <U+...>; nothing of that line was taken: type it again."
    has text.out "'second<U+001B>[Dline' holds control characters"
    has text.out "'A comment <0xC3>' holds bytes that are not UTF-8 text"
    has text.out "Saved: C01.L1.a yes."
    has text.xml "<country>Badland</country>"
    has text.xml "<evidence>Askland</evidence>"
    lacks text.xml "pwned"
    lacks text.xml "<comment>"
    ! grep -q $'\e' text.out || fail "an escape sequence typed reached the terminal"
    ;;
signals)
    # Ctrl-C between answers
    cat > s1 <<'EOF'
expect Country>
send Examplia
expect Region, 1-7 (Enter: none)>
send
expect Income group, 1-4 (Enter: none)>
send
expect >
send Ana Silva
expect >
send Focal point
expect >
send 2026-11-01
expect >
send
expect Answer>
send y
expect Evidence>
send
expect Comment>
send
expect Answer>
send p
expect Evidence>
send
expect Comment>
send
expect Saved: C01.L2.a partly.
expect Answer>
key ctrl-c
expect Interrupted: saving.
expect Saved to sig.xml (answered: 2, still open: 114).
expect To go on, run:
expect   mnr ask -o sig.xml
exit 0
EOF
    out=t1 drive s1 -o sig.xml
    [ "$(grep -c '<answer ' sig.xml)" -eq 2 ] || fail "not 2 answers after Ctrl-C"
    # Ctrl-D with one line of evidence typed: the answer kept with it
    cat > s2 <<'EOF'
expect Resuming at the first question not answered yet, C01.L3.a.
expect Answer>
send n
expect Evidence>
send Only a draft exists
expect more>
key ctrl-d
expect End of input: saving.
expect Saved: C01.L3.a no.
expect Saved to sig.xml (answered: 3, still open: 113).
exit 0
EOF
    out=t2 drive s2 -o sig.xml
    has sig.xml '<answer question="C01.L3.a" value="no">'
    has sig.xml '<evidence>Only a draft exists</evidence>'
    # Ctrl-C before the details are complete: nothing written
    cat > s3 <<'EOF'
expect Country>
send Examplia
expect Region
send
expect Income group
send
expect Your name>
key ctrl-c
expect Nothing was saved: the answers file is written once the details are
exit 0
EOF
    out=t3 drive s3 -o none.xml
    [ ! -e none.xml ] || fail "none.xml was written"
    check_no_temp "$tmp/sig.xml"
    ;;
review)
    { details; for k in $(seq 1 21); do printf '%s\n\n\n' $((k % 5)); done; } > lines
    "$mnr" ask -q rapid -o done.xml < lines > /dev/null 2>&1 || fail "making the finished file failed"
    # a region and income group given by hand: the session rebuilds the
    # file at every save, and must keep them (a value lost would drop the
    # country from its groups in mnr cohort)
    sed -i 's|<country>|<country fictional="true" region="europe-central-asia" income-group="high">|' done.xml
    has done.xml '<country fictional="true" region="europe-central-asia" income-group="high">Examplia</country>'
    cp done.xml before.xml
    cat > script <<'EOF'
expect done.xml (Examplia) is complete: every question that applies is answered.
expect All 21 questions that apply are answered.
expect Enter: finish. 1-21: review and change a capability's answers.
expect Choice>
send 5
expect Capability 5 of 21: Judiciary and prosecutors
expect Current answer: level 0 (Not in place).
expect Answer>
send 3
expect Evidence>
send Court statistics 2025
expect more>
send
expect Comment>
send
expect Saved: C05.R level 3 (Established).
expect That was the last question of capability 5, Judiciary and prosecutors.
expect Choice>
send 6
expect C06.R
expect Answer>
send
expect Kept: C06.R level 1 (Emerging).
expect Choice>
send
expect Levels by domain, scored as mnr score scores them:
expect Domain 2, Criminal justice: score 2.50 (4 of 4 capabilities assessed)
expect Finished: all 21 questions that apply are answered, and saved to done.xml.
expect   mnr report done.xml -o done-report.html
exit 0
EOF
    drive script -o done.xml
    diff before.xml done.xml > d.out
    printf '%s\n' 12c12,14 '<   <answer question="C05.R" value="0"/>' --- \
        '>   <answer question="C05.R" value="3">' '>     <evidence>Court statistics 2025</evidence>' \
        '>   </answer>' > d.want
    cmp -s d.want d.out || fail "not just C05.R changed: $(cat d.out)"
    has done.xml '<country fictional="true" region="europe-central-asia" income-group="high">Examplia</country>'
    ;;
refuse)
    cp "$data/../../model/mnr-model.xml" model.xml
    "$mnr" score "$data/workshop/police.xml" -o results.xml 2> /dev/null
    printf 'notes\n' > notes.xml
    : > empty.xml
    cp "$data/workshop/rapid.xml" rapid.xml
    "$mnr" merge "$data/workshop/police.xml" "$data/workshop/helpline.xml" -o consensus.xml 2> /dev/null
    mkdir dir.xml
    details > lines
    refused() { # FILE MESSAGE [ARGS...]
        local f=$1 msg=$2; shift 2
        local before; before=$(cat "$f" 2>/dev/null)
        "$mnr" ask -o "$f" "$@" < lines > out 2>&1; local rc=$?
        [ $rc -eq 1 ] || fail "$f: exit status $rc, expected 1"
        has out "$msg"
        lacks out "Country>"
        [ -d "$f" ] || check_kept "$f" "$before"
    }
    refused model.xml "model.xml:21: is not an answers file (found <model>), and mnr ask would replace it"
    refused results.xml "results.xml:2: is not an answers file (found <results>)"
    refused notes.xml "notes.xml:1: not an XML file"
    refused empty.xml "empty.xml: the file is empty"
    refused rapid.xml "rapid.xml:3: these answers are for questionnaire mnr-rapid 1.0, not mnr-full 1.0; leave out -q" -q full
    refused consensus.xml "is a workshop consensus made by mnr merge"
    refused dir.xml "dir.xml: is not a regular file"
    refused "$data/../../questionnaires/examples/northland-early.xml" "cannot write the output there"
    check_no_temp "$tmp/model.xml"
    ;;
colour)
    { details; printf '%s\n' 1 '' '' q; } > lines
    { prompt=">" to_script lines; echo "exit 0"; } > script
    NO_COLOR= out=colour.txt drive script -q rapid -o c1.xml
    grep -q $'\e\\[1;36mDomain 1 of 6' colour.txt || fail "no colour on a terminal"
    out=plain.txt drive script -q rapid -o c2.xml
    ! grep -q $'\e' plain.txt || fail "colour with NO_COLOR=1"
    NO_COLOR= "$mnr" ask -q rapid -o c3.xml < lines > piped.txt 2>&1
    ! grep -q $'\e' piped.txt || fail "colour on a pipe"
    # 80 columns: no line of the pty longer (the typed echo included)
    w=$(tr -d '\r' < plain.txt | wc -L)
    [ "$w" -le 80 ] || fail "a line is $w columns wide"
    ;;
lock)
    # hold A: a session reading from a fifo kept open, waiting at its
    # first question once the details are saved
    hold() { # OUT
        rm -f in; mkfifo in
        "$mnr" ask -q rapid -o lock.xml < in > "$1" 2>&1 &
        a=$!
        exec 3> in
        details >&3
        for _ in $(seq 100); do grep -q 'Answer>' "$1" && return; sleep 0.1; done
        fail "the first session did not reach its first question"
    }
    hold a.out
    before=$(cat lock.xml)
    "$mnr" ask -o lock.xml < /dev/null > b.out 2>&1; rc=$?
    [ $rc -eq 1 ] || fail "second session: exit status $rc, expected 1"
    has b.out "lock.xml: is open in another mnr ask (process $a); finish or quit that one first"
    lacks b.out "Country>"
    ln -s lock.xml other-name.xml
    "$mnr" ask -o other-name.xml < /dev/null > c.out 2>&1 && fail "the same file by another name was not refused"
    has c.out "is open in another mnr ask"
    check_kept lock.xml "$before"
    # A ends (end of input: saves) and lets go: the lock file is gone
    printf '1\n\n\n' >&3; exec 3>&-
    wait $a || fail "the first session: exit status $?"
    has lock.xml '<answer question="C01.R" value="1"/>'
    [ ! -e .lock.xml.lock ] || fail "the lock file is left after the session ended"
    # killed with -9: the lock file stays but holds nobody back
    hold a2.out
    kill -9 $a; wait $a 2>/dev/null; exec 3>&-
    [ -e .lock.xml.lock ] || fail "no lock file while a session runs"
    printf 'q\n' | "$mnr" ask -o lock.xml > d.out 2>&1 || fail "a session after kill -9 was refused: $(cat d.out)"
    has d.out "1 of 21 questions answered. Resuming at the"
    [ ! -e .lock.xml.lock ] || fail "the lock file is left after the session ended"
    check_no_temp "$tmp/lock.xml"
    ;;
changed)
    # a session on R.xml reading from a fifo kept open (fd 3); `go ACTION
    # OUT LINES`: runs ACTION once it waits at its first question, then
    # types LINES and ends its input
    go() {
        rm -f in; mkfifo in
        "$mnr" ask -q rapid -o R.xml < in > "$2" 2>&1 &
        a=$!
        exec 3> in
        printf '%s\n' "${pre[@]}" >&3
        for _ in $(seq 100); do grep -q "${wait_for:-Answer>}" "$2" && break; sleep 0.1; done
        eval "$1"
        printf "$3" >&3; exec 3>&-
        wait $a; rc=$?
    }
    printf '%s\n' Examplia '' '' 'Ana Silva' Police 2026-11-01 '' 2 '' '' > first
    "$mnr" ask -q rapid -o R.xml < first > /dev/null 2>&1 || fail "making R.xml failed"
    sed 's/Ana Silva/Bo Colleague/; s/value="2"/value="4"/' R.xml > colleague.xml
    cp colleague.xml colleague.copy
    mapfile -t pre < /dev/null
    # 1: replaced (a new inode): R.xml stays the colleague's; the session's
    # answers, the new one with the old, in R-unsaved-2.xml (1 is taken)
    echo "not mine" > R-unsaved-1.xml
    cp R.xml mine.xml
    go 'mv colleague.xml R.xml' replaced.out '3\n\n\n'
    [ $rc -eq 1 ] || fail "replaced: exit status $rc, expected 1"
    has replaced.out "R.xml: was replaced by another file since this session read it, so mnr ask did not write over it and stopped. This session's answers are in R-unsaved-2.xml. The file was not changed: compare the two, keep what you need, and go on with mnr ask -o on the file to keep"
    lacks replaced.out "The answers saved before this one are in the file"
    cmp -s R.xml colleague.copy || fail "replaced: the colleague's file was changed"
    check_kept R-unsaved-1.xml "not mine"
    has R-unsaved-2.xml '<respondent role="Police">Ana Silva</respondent>'
    has R-unsaved-2.xml '<answer question="C01.R" value="2"/>'
    has R-unsaved-2.xml '<answer question="C02.R" value="3"/>'
    "$mnr" validate R-unsaved-2.xml > v.out 2>&1 || fail "R-unsaved-2.xml does not validate: $(cat v.out)"
    # 2: changed in place (the same inode), after one save of this session
    cp mine.xml R.xml
    go 'printf "3\n\n\n" >&3; for _ in $(seq 100); do grep -q "Saved: C02.R" changed.out && break; sleep 0.1; done; cat colleague.copy > R.xml' \
        changed.out '4\n\n\n'
    [ $rc -eq 1 ] || fail "changed: exit status $rc, expected 1"
    has changed.out "R.xml: was changed by another program since this session last saved it, so mnr ask did not write over it and stopped. This session's answers are in R-unsaved-3.xml."
    cmp -s R.xml colleague.copy || fail "changed: the colleague's file was changed"
    has R-unsaved-3.xml '<answer question="C03.R" value="4"/>'
    # 3: made where there was none while the details are typed
    pre=(Examplia '' '' 'Ana Silva' Police 2026-11-01)
    rm -f R.xml
    wait_for="Target level" go 'cp colleague.copy R.xml' made.out '\n'
    [ $rc -eq 1 ] || fail "made: exit status $rc, expected 1"
    has made.out "R.xml: was made by another program since this session started, so mnr ask did not write over it and stopped. This session's answers are in R-unsaved-4.xml."
    cmp -s R.xml colleague.copy || fail "made: the colleague's file was changed"
    # 4: removed: nothing to lose, made again
    pre=()
    cp mine.xml R.xml
    go 'rm R.xml' removed.out '3\n\n\n'
    [ $rc -eq 0 ] || fail "removed: exit status $rc, expected 0: $(tail -3 removed.out)"
    has R.xml '<answer question="C02.R" value="3"/>'
    [ ! -e R-unsaved-5.xml ] || fail "removed: a file kept beside it"
    check_no_temp "$tmp/R.xml"
    ;;
lang)
    { details; printf 'y\n\n\n'; echo q; } > lines
    "$mnr" ask -o l.xml < lines > l1.out 2>&1 || fail "the first session failed"
    has l.xml 'questionnaire="mnr-full" questionnaire-version="1.0" lang="en">'
    # answered in French last time: goes on in English, and says so in the file
    sed -i 's/ lang="en">/ lang="fr">/' l.xml
    "$mnr" validate l.xml > v.out 2>&1 || fail "lang=fr does not validate: $(cat v.out)"
    printf 'n\n\n\nq\n' | "$mnr" ask -o l.xml > l2.out 2>&1 || fail "the resumed session failed"
    has l2.out "Going on with l.xml (Examplia): 1 of 116 questions answered."
    has l2.out "Saved: C01.L2.a no."
    has l.xml 'questionnaire-version="1.0" lang="en">'
    # a file without it (mnr form's, one written by hand) is valid and goes on
    sed -i 's/ lang="en">/>/' l.xml
    "$mnr" validate l.xml > v.out 2>&1 || fail "a file without lang does not validate: $(cat v.out)"
    printf 'y\n\n\nq\n' | "$mnr" ask -o l.xml > l3.out 2>&1 || fail "the third session failed"
    has l3.out "Going on with l.xml (Examplia): 2 of 115 questions answered."
    has l.xml 'lang="en">'
    [ "$(grep -c '<answer ' l.xml)" -eq 3 ] || fail "not 3 answers"
    ;;
french)
    mo=$(dirname "$mnr")/locale/fr.mo
    [ -f "$mo" ] || { echo "$mo not built: skipped"; exit 77; }
    "$mnr" ask --check-keys --lang fr > keys || fail "the French keys clash: $(cat keys)"
    msgunfmt --no-wrap "$mo" > fr.po || fail "msgunfmt $mo failed"
    # fr_key EN: the French key for the English one; tr MSGID [CTXT]: the
    # French text (the English one when it has none)
    fr_key() { awk -v k="$1" '$1 == k { print $2 }' keys; }
    tr() {
        awk -v id="$1" -v ctx="${2-}" '
            /^msgctxt "/ { c = substr($0, 10, length($0) - 10); next }
            /^msgid "/ { i = substr($0, 8, length($0) - 8); next }
            /^msgstr "/ { if (i == id && c == ctx) { print substr($0, 9, length($0) - 9); f = 1; exit }
                          c = ""; next }
            END { if (!f) print id }' fr.po
    }
    answer_prompt="$(tr Answer)> "
    yes=$(fr_key y) no=$(fr_key n) quit=$(fr_key q)
    # 1: the details, five answers with the French keys, killed at the sixth
    { to_script <(details)
      for k in 1 2 3 4 5; do
          key=$yes; [ $((k % 2)) -eq 0 ] && key=$no
          printf 'expect %s\nsend %s\nexpect > \nsend\nexpect > \nsend\n' "$answer_prompt" "$key"
      done
      echo "expect $answer_prompt"; echo "signal 9"; echo "killed 9"; } > s1
    out=t1 drive s1 --lang fr -o fr.xml
    [ "$(grep -c '<answer ' fr.xml)" -eq 5 ] || fail "not 5 answers after kill -9: $(tail -20 t1)"
    has fr.xml 'lang="fr">'
    has fr.xml '<answer question="C01.L1.a" value="yes"/>'
    has fr.xml '<answer question="C01.L2.a" value="no"/>'
    "$mnr" validate fr.xml > v.out 2>&1 || fail "fr.xml does not validate after kill -9: $(cat v.out)"
    # in French: the texts the catalog translates are not shown in English
    criterion="%s, a criterion of level %d (%s):"
    [ "$(tr "$criterion")" = "$criterion" ] || lacks t1 ", a criterion of level"
    [ "$(tr Country)" = Country ] || lacks t1 "Country>"
    draft=$(tr "This translation is a draft: no native speaker has reviewed it yet.")
    if grep -q '^"X-Translation-Status: draft' fr.po; then
        [ "$(grep -cF -- "$draft" t1)" -eq 1 ] || fail "the draft notice is not said once"
    else
        lacks t1 "$draft"
    fi
    # 2: resumed in French; the English key for "don't know" too where it
    # is no French key; quit with the French key
    dk=d; grep -q " d\$" keys && dk=$(fr_key d)
    { echo "expect $answer_prompt"; echo "send $dk"; echo "expect > "; echo "send"
      echo "expect > "; echo "send"; echo "expect $answer_prompt"; echo "send $quit"
      echo "exit 0"; } > s2
    out=t2 drive s2 --lang fr -o fr.xml
    [ "$(grep -c '<answer ' fr.xml)" -eq 6 ] || fail "not 6 answers after the French resume"
    has fr.xml 'value="dont-know"'
    has fr.xml 'lang="fr">'
    # 3: resumed in English, whatever the file recorded
    printf '%s\n' "expect Resuming at the first question not answered yet" "expect Answer>" \
        "send q" "exit 0" > s3
    out=t3 drive s3 -o fr.xml
    has fr.xml 'lang="en">'
    lacks t3 "$draft"
    ;;
*) echo "ask.sh: unknown case $case"; exit 2 ;;
esac
check_no_sanitizer "$(cat transcript t1 t2 t3 ./*.out 2>/dev/null)"
exit $fail
