#!/usr/bin/env bash
# output-safety.sh MNR ANSWERS CASE - outputs that must not lose or destroy
# data, and output names that must not land where they do harm.
#
#   stdout-full       every command that prints, with standard output on
#                     /dev/full: exit 1 and "standard output: cannot write
#                     the output: the disk is full", never exit 0
#   stdout-small-disk `mnr score A > results.xml` on a 64 KB file system
#   output-is-input   -o naming an input (the answers, a results file, a
#                     --stylesheet, a module it imports; by name, hard link,
#                     symbolic link or /dev/stdout) is refused, input kept
#   output-in-data-dir  -o onto or into model/, questionnaires/ or
#                     stylesheets/ of the data directory is refused
#   read-only         a file of mode 444 is not replaced for a normal user
#                     ("permission denied"); root replaces it, as `>` would
#   pdf-signal        SIGINT, SIGTERM, SIGHUP while the browser prints: no
#                     mnr-pdf-* directory (in $TMPDIR) or temporary file
#                     left, the earlier report kept, exit status non-zero
#   pdf-signal-chromium  the same with headless Chromium itself: SIGINT
#                     once it has made its org.chromium.Chromium.* directory
#                     (a singleton socket), and a print left to finish:
#                     $TMPDIR empty after each, no browser process left
#                     (needs chromium)
#   pdf-changed       the output replaced by another file, or changed, or
#                     made, while the PDF prints: not written over; the
#                     report goes to REPORT-unsaved-N.pdf, both named, exit 1
#   results-at-limit  answers just under the 32 MB limit: score, then
#                     validate and report read the results back; results
#                     that would pass what mnr reads are not written
#   pdf-too-large     a report holding one text of over 2 MB (one long
#                     evidence text), which Chromium would cut short, is
#                     refused before printing, the earlier file kept
#   pdf-large-complete  one just under it prints whole: pdftotext finds the
#                     last word of the long text (needs chromium, poppler)
#   format-mismatch   -o x.html --format pdf is a usage error; .HTML/.PDF
#                     are known in any case
#   long-name         output names of 250 and 255 bytes are written
#   stdin-dash        '-' as an input says standard input is not read;
#                     -o - is standard output
#   over-answers      -o naming an answers file that is not an input (a
#                     slip, or input and output swapped): refused by every
#                     command, the file kept; mnr merge may replace a
#                     consensus it made, never a participant's file, and
#                     refuses a consensus given as a participant
set -u
mnr=$1 answers=$2 case=$3
work=$(mktemp -d); chmod 755 "$work"
cleanup() { mountpoint -q "$work/disk" 2>/dev/null && umount "$work/disk"; rm -rf "$work"; }
trap cleanup EXIT
fail=0
fail() { echo "FAIL: $*"; fail=1; }
data=$(cd "$(dirname "$answers")/../.." && pwd)   # the source tree's data directory

# has MSG TEXT: MSG holds TEXT
has() { case $1 in *"$2"*) ;; *) fail "the message lacks: $2"; echo "--- message: $1" ;; esac; }

# refused RC MSG FILE SAVED TEXT: exit 1, TEXT said, FILE same as SAVED, no temporary file
refused() {
    [ "$1" -eq 1 ] || fail "exit status $1, expected 1 ($5)"
    has "$2" "$5"
    cmp -s "$3" "$4" || fail "$3 was changed"
    [ -z "$(find "$(dirname "$3")" -maxdepth 1 -name '.mnr-*')" ] || fail "temporary file left beside $3"
}

# go_browser: $work/browser, a browser that prints "%PDF-1.4 printed" once
# told to (the file $work/go exists), touching $work/started when it starts
go_browser() {
    cat >"$work/browser" <<EOF
#!/bin/sh
for a; do case \$a in --print-to-pdf=*) out=\${a#--print-to-pdf=} ;; esac; done
touch "$work/started"
while [ ! -e "$work/go" ]; do sleep 0.05; done
printf '%%PDF-1.4 printed\n' > "\$out"
EOF
    chmod 755 "$work/browser"
}

case $case in
stdout-full)
    for args in "score $answers" "baseline" "baseline --format csv" "baseline --format xml" \
                "validate $answers" "--help" "help" "help score" "score --help" \
                "report --help" "--version" "report $answers --format csv -o /dev/stdout"; do
        # shellcheck disable=SC2086
        msg=$("$mnr" $args 2>&1 >/dev/full); rc=$?
        [ $rc -eq 1 ] || fail "mnr $args > /dev/full: exit status $rc, expected 1"
        case $msg in *"cannot write the output: the disk is full"*) ;;
            *) fail "mnr $args > /dev/full: $msg" ;; esac
        case $msg in *"overall index"*) fail "mnr $args > /dev/full: claims success: $msg" ;; esac
    done ;;
stdout-small-disk)
    mkdir -p "$work/disk"
    as_root=(); [ "$(id -u)" -eq 0 ] || as_root=(-r)
    unshare "${as_root[@]}" -m sh -c '
        mount -t tmpfs -o size=64k none "$1/disk" || exit 77
        "$2" score "$3" > "$1/disk/results.xml" 2>"$1/msg"; echo $? >"$1/rc"
    ' sh "$work" "$mnr" "$answers"
    [ -f "$work/rc" ] || { echo "SKIP: cannot mount a small file system here"; exit 77; }
    [ "$(cat "$work/rc")" -eq 1 ] || fail "exit status $(cat "$work/rc"), expected 1"
    has "$(cat "$work/msg")" "standard output: cannot write the output: the disk is full"
    has "$(cat "$work/msg")" "incomplete" ;;
output-is-input)
    cp "$answers" "$work/a.xml"; cp "$answers" "$work/saved.xml"
    msg=$("$mnr" score "$work/a.xml" -o "$work/a.xml" 2>&1)
    refused $? "$msg" "$work/a.xml" "$work/saved.xml" "a.xml: cannot write the output there: it is the same file as $work/a.xml"
    msg=$("$mnr" report "$work/a.xml" -o "$work/a.xml" --format html 2>&1)
    refused $? "$msg" "$work/a.xml" "$work/saved.xml" "same file as $work/a.xml"
    ln "$work/a.xml" "$work/hard.csv"; ln -s a.xml "$work/soft.csv"
    msg=$("$mnr" report "$work/a.xml" -o "$work/hard.csv" 2>&1)
    refused $? "$msg" "$work/a.xml" "$work/saved.xml" "hard.csv: cannot write the output there"
    msg=$("$mnr" report "$work/a.xml" -o "$work/soft.csv" 2>&1)
    refused $? "$msg" "$work/a.xml" "$work/saved.xml" "soft.csv: cannot write the output there"
    msg=$("$mnr" score "$work/a.xml" -o /dev/stdout 2>&1 >>"$work/a.xml")
    refused $? "$msg" "$work/a.xml" "$work/saved.xml" "/dev/stdout: cannot write the output there"
    # a results file given to report
    "$mnr" score "$answers" -o "$work/r.xml" 2>/dev/null; cp "$work/r.xml" "$work/r-saved.xml"
    msg=$("$mnr" report "$work/r.xml" -o "$work/r.xml" --format csv 2>&1)
    refused $? "$msg" "$work/r.xml" "$work/r-saved.xml" "same file as $work/r.xml"
    # a user stylesheet, and a module it imports
    cp "$data/stylesheets/report-html.xsl" "$data/stylesheets/common.xsl" "$data/stylesheets/common-html.xsl" \
       "$data/stylesheets/charts.xsl" "$data/stylesheets/words.xsl" "$work/"
    cp "$work/common.xsl" "$work/common-saved.xsl"; cp "$work/report-html.xsl" "$work/html-saved.xsl"
    cp "$work/common-html.xsl" "$work/common-html-saved.xsl"
    msg=$("$mnr" report "$answers" --stylesheet "$work/report-html.xsl" -o "$work/report-html.xsl" --format html 2>&1)
    refused $? "$msg" "$work/report-html.xsl" "$work/html-saved.xsl" "same file as $work/report-html.xsl"
    msg=$("$mnr" report "$answers" --stylesheet "$work/report-html.xsl" -o "$work/common.xsl" --format html 2>&1)
    refused $? "$msg" "$work/common.xsl" "$work/common-saved.xsl" "common.xsl: cannot write the output there: it is the same file as"
    msg=$("$mnr" report "$answers" --stylesheet "$work/report-html.xsl" -o "$work/common-html.xsl" --format html 2>&1)
    refused $? "$msg" "$work/common-html.xsl" "$work/common-html-saved.xsl" "common-html.xsl: cannot write the output there: it is the same file as"
    # another name in the same directory is fine
    "$mnr" report "$work/a.xml" -o "$work/report.html" 2>/dev/null || fail "a plain output was refused" ;;
output-in-data-dir)
    copy=$work/data; mkdir "$copy"
    cp -r "$data/model" "$data/questionnaires" "$data/stylesheets" "$copy/"
    cp -r "$copy" "$work/saved"
    for out in stylesheets/report-html.xsl:html model/mnr-model.xml:html model/new.html: \
               questionnaires/examples/x.csv: stylesheets/common.xsl:html \
               stylesheets/common-html.xsl:html stylesheets/common-text.xsl:text; do
        file=${out%%:*} fmt=${out#*:}
        msg=$("$mnr" report "$answers" --data-dir "$copy" -o "$copy/$file" ${fmt:+--format $fmt} 2>&1); rc=$?
        [ $rc -eq 1 ] || fail "-o $file: exit status $rc, expected 1"
        has "$msg" "$file: cannot write the output there: it is in the ${file%%/*} directory of mnr's data directory"
    done
    msg=$("$mnr" score "$answers" --data-dir "$copy" -o "$copy/model/results.xml" 2>&1); rc=$?
    [ $rc -eq 1 ] || fail "score -o model/results.xml: exit status $rc, expected 1"
    has "$msg" "in the model directory of mnr's data directory"
    ln "$copy/stylesheets/common.xsl" "$work/hard.html"; ln -s data/model/mnr-model.xml "$work/soft.html"
    for link in hard.html soft.html; do
        msg=$("$mnr" report "$answers" --data-dir "$copy" -o "$work/$link" 2>&1); rc=$?
        [ $rc -eq 1 ] || fail "-o $link: exit status $rc, expected 1"
        has "$msg" "$link: cannot write the output there"
    done
    diff -r "$work/saved" "$copy" >/dev/null || fail "the data directory was changed"
    [ -z "$(find "$copy" -name '.mnr-*' -o -name '*.html' -o -name '*.csv')" ] || fail "files left in the data directory" ;;
read-only)
    echo "EARLIER FILE" >"$work/report.csv"; chmod 444 "$work/report.csv"; cp "$work/report.csv" "$work/saved"
    cp "$answers" "$work/a.xml"; chmod 644 "$work/a.xml"
    if [ "$(id -u)" -eq 0 ]; then
        # as nobody, with a copy of mnr and its data that nobody can reach
        # (a clone in /root is mode 0700)
        source "$(dirname "$0")/as-nobody.sh"
        nobody_copy "$mnr" "$(dirname "$0")/../.." "$work/nobody" || exit 1
        chown nobody "$work" "$work/report.csv"
        msg=$("${as_nobody[@]}" "$nobody_mnr" report "$work/a.xml" -o "$work/report.csv" 2>&1); rc=$?
    else
        msg=$("$mnr" report "$work/a.xml" -o "$work/report.csv" 2>&1); rc=$?
    fi
    refused $rc "$msg" "$work/report.csv" "$work/saved" "report.csv: cannot write the output: permission denied"
    if [ "$(id -u)" -eq 0 ]; then  # root may write any file: replaced, as with `>`
        "$mnr" report "$work/a.xml" -o "$work/report.csv" 2>/dev/null || fail "root: exit status $?"
        grep -q '^C21,' "$work/report.csv" || fail "root: the file was not replaced"
        [ "$(stat -c %a "$work/report.csv")" = 444 ] || fail "root: the mode was not kept"
    fi ;;
pdf-signal)
    mkdir "$work/tmp"
    cat >"$work/slow-browser" <<EOF
#!/bin/sh
touch "$work/started"
sleep 60
EOF
    chmod 755 "$work/slow-browser"
    set -m   # background jobs get SIGINT, as from a terminal
    for sig in INT TERM HUP; do
        echo "EARLIER FILE" >"$work/report.pdf"; rm -f "$work/started"
        TMPDIR=$work/tmp "$mnr" report "$answers" -o "$work/report.pdf" --browser "$work/slow-browser" 2>"$work/msg" &
        pid=$!
        for _ in $(seq 100); do [ -e "$work/started" ] && break; sleep 0.1; done
        [ -e "$work/started" ] || fail "SIG$sig: the browser did not start"
        ls "$work/tmp" | grep -q '^mnr-pdf-' || fail "SIG$sig: the temporary directory is not in \$TMPDIR"
        kill -s "$sig" "$pid"
        wait "$pid"; rc=$?
        [ $rc -ne 0 ] || fail "SIG$sig: exit status 0"
        [ -z "$(ls -A "$work/tmp")" ] || fail "SIG$sig: left in \$TMPDIR: $(ls -A "$work/tmp")"
        [ "$(cat "$work/report.pdf")" = "EARLIER FILE" ] || fail "SIG$sig: the earlier report was changed"
        [ -z "$(find "$work" -maxdepth 1 -name '.mnr-*')" ] || fail "SIG$sig: temporary file left"
        sleep 0.2
        pgrep -f "$work/slow-browser" >/dev/null && fail "SIG$sig: the browser is still running"
    done
    # started with SIGHUP ignored (nohup): a closed terminal does not stop the print
    go_browser
    rm -f "$work/started" "$work/report.pdf"
    (trap '' HUP; exec "$mnr" report "$answers" -o "$work/report.pdf" --browser "$work/browser") 2>"$work/msg" &
    pid=$!
    for _ in $(seq 100); do [ -e "$work/started" ] && break; sleep 0.1; done
    kill -s HUP "$pid"; sleep 0.3; touch "$work/go"
    wait "$pid"; rc=$?
    [ $rc -eq 0 ] || fail "SIGHUP ignored (nohup): exit status $rc: $(cat "$work/msg")"
    [ "$(cat "$work/report.pdf" 2>/dev/null)" = "%PDF-1.4 printed" ] || fail "SIGHUP ignored (nohup): no PDF written" ;;
pdf-changed)
    go_browser
    # print ACTION: runs ACTION while the browser prints
    print() {
        rm -f "$work/started" "$work/go"
        "$mnr" report "$answers" -o "$work/r.pdf" --browser "$work/browser" 2>"$work/msg" &
        pid=$!
        for _ in $(seq 100); do [ -e "$work/started" ] && break; sleep 0.1; done
        eval "$1"; touch "$work/go"
        wait "$pid"; rc=$?
    }
    echo "COLLEAGUE" >"$work/theirs"
    echo "COLLEAGUE" >"$work/want"
    echo "EARLIER" >"$work/r.pdf"
    print 'mv "$work/theirs" "$work/r.pdf"'
    refused $rc "$(cat "$work/msg")" "$work/r.pdf" "$work/want" \
        "r.pdf: was replaced by another file while the PDF was printed, so mnr did not write over it; the report is in $work/r-unsaved-1.pdf. The file was not changed"
    [ "$(cat "$work/r-unsaved-1.pdf")" = "%PDF-1.4 printed" ] || fail "the report is not in r-unsaved-1.pdf"
    echo "CHANGED" >"$work/want"
    print 'cp "$work/want" "$work/r.pdf"'
    refused $rc "$(cat "$work/msg")" "$work/r.pdf" "$work/want" \
        "r.pdf: was changed by another program while the PDF was printed, so mnr did not write over it; the report is in $work/r-unsaved-2.pdf."
    rm "$work/r.pdf"
    print 'cp "$work/want" "$work/r.pdf"'
    refused $rc "$(cat "$work/msg")" "$work/r.pdf" "$work/want" \
        "r.pdf: was made by another program while the PDF was printed"
    # left alone, or removed: written
    print :
    [ $rc -eq 0 ] && [ "$(cat "$work/r.pdf")" = "%PDF-1.4 printed" ] || fail "an untouched output was not written: $(cat "$work/msg")"
    print 'rm "$work/r.pdf"'
    [ $rc -eq 0 ] && [ -e "$work/r.pdf" ] || fail "a removed output was not written: $(cat "$work/msg")"
    [ ! -e "$work/r-unsaved-4.pdf" ] || fail "a report kept beside an output that was not changed" ;;
pdf-signal-chromium)
    mkdir "$work/tmp"
    # left in $TMPDIR, or a browser of this run still running
    left() {
        [ -z "$(ls -A "$work/tmp")" ] || fail "$1: left in \$TMPDIR: $(ls -A "$work/tmp")"
        find "$work/tmp" -mindepth 1 -delete
        sleep 0.2
        ! pgrep -f -- "--user-data-dir=$work/tmp/" >/dev/null || fail "$1: a browser process is still running"
    }
    set -m   # background jobs get SIGINT, as from a terminal
    echo "EARLIER FILE" >"$work/report.pdf"
    TMPDIR=$work/tmp "$mnr" report "$answers" -o "$work/report.pdf" 2>"$work/msg" &
    pid=$!
    for _ in $(seq 300); do
        [ -n "$(find "$work/tmp" -name 'org.chromium.Chromium.*' 2>/dev/null)" ] && break; sleep 0.1
    done
    [ -n "$(find "$work/tmp" -name 'org.chromium.Chromium.*')" ] ||
        fail "Chromium made no org.chromium.Chromium.* directory: $(cat "$work/msg")"
    kill -s INT "$pid"
    wait "$pid"; rc=$?
    [ $rc -eq 130 ] || fail "SIGINT: exit status $rc, expected 130"
    [ "$(cat "$work/report.pdf")" = "EARLIER FILE" ] || fail "SIGINT: the earlier report was changed"
    left SIGINT
    # uninterrupted: the report, and nothing left either
    TMPDIR=$work/tmp "$mnr" report "$answers" -o "$work/report.pdf" 2>"$work/msg" ||
        fail "the print failed: $(cat "$work/msg")"
    [ "$(head -c 5 "$work/report.pdf")" = "%PDF-" ] || fail "the output is not a PDF"
    left "a finished print" ;;
results-at-limit)
    # answers of 31.9 MB: evidence text up to the limit
    fill() {  # fill OUT BYTES WORD: the first evidence texts grow to make BYTES
        python3 - "$answers" "$@" <<'EOF'
import re, sys
src = open(sys.argv[1], encoding="utf-8").read()
pad, word = int(sys.argv[3]) - len(src.encode()), sys.argv[4]
def grow(m):
    global pad
    size = min(9_000_000, pad)  # libxml2 takes at most 10 MB in one text
    pad -= size
    return "<evidence>" + (word * (size // len(word) + 1))[:size] + "</evidence>" if size > 0 else m.group(0)
open(sys.argv[2], "w", encoding="utf-8").write(re.sub(r"<evidence>[^<]*</evidence>", grow, src))
EOF
    }
    fill "$work/big.xml" $((32 * 1024 * 1024 - 50 * 1024)) "evidence "
    size=$(stat -c %s "$work/big.xml")
    [ "$size" -gt $((31 * 1024 * 1024)) ] && [ "$size" -le $((32 * 1024 * 1024)) ] || fail "answers of $size bytes"
    "$mnr" score "$work/big.xml" -o "$work/results.xml" 2>"$work/msg" || fail "score: $(cat "$work/msg")"
    [ "$(stat -c %s "$work/results.xml")" -gt $((32 * 1024 * 1024)) ] || fail "the results are not over 32 MB: the test proves nothing"
    "$mnr" validate "$work/results.xml" >"$work/msg" 2>&1 || fail "validate: $(cat "$work/msg")"
    "$mnr" report "$work/results.xml" -o "$work/r.csv" 2>"$work/msg" || fail "report: $(cat "$work/msg")"
    # texts of '>' grow four times when written (&gt;): refused, nothing written
    fill "$work/gt.xml" $((16 * 1024 * 1024)) ">"
    msg=$("$mnr" score "$work/gt.xml" -o "$work/gt-results.xml" 2>&1); rc=$?
    [ $rc -eq 1 ] || fail "results over the limit: exit status $rc, expected 1"
    has "$msg" "more than the 48 MB mnr reads back"
    [ -e "$work/gt-results.xml" ] && fail "results over the limit were written"
    msg=$("$mnr" score "$work/gt.xml" 2>&1 >"$work/stdout.xml"); rc=$?
    [ $rc -eq 1 ] && [ ! -s "$work/stdout.xml" ] || fail "results over the limit went to standard output"
    # other files stay at 32 MB
    fill "$work/over.xml" $((33 * 1024 * 1024 + 4096)) "evidence "
    msg=$("$mnr" validate "$work/over.xml" 2>&1)
    has "$msg" "the file is too large (33 MB); mnr reads XML files up to 32 MB" ;;
pdf-too-large|pdf-large-complete)
    # one evidence text of WORDS words "wNNNNNNN", then LASTWORD
    words=$([ "$case" = pdf-too-large ] && echo 250000 || echo 195000)
    python3 - "$answers" "$work/long.xml" "$words" <<'EOF'
import sys
src = open(sys.argv[1], encoding="utf-8").read()
text = " ".join("w%07d" % i for i in range(int(sys.argv[3]))) + " LASTWORD"
i = src.index("<evidence>") + len("<evidence>")
open(sys.argv[2], "w", encoding="utf-8").write(src[:i] + text + src[src.index("</evidence>", i):])
EOF
    echo "EARLIER FILE" >"$work/report.pdf"
    if [ "$case" = pdf-too-large ]; then
        msg=$("$mnr" report "$work/long.xml" -o "$work/report.pdf" --browser /bin/false 2>&1); rc=$?
        [ $rc -eq 1 ] || fail "exit status $rc, expected 1"
        has "$msg" "report.pdf: the report holds a text of 2.1 MB (an evidence or comment text), more than the 2 MB Chromium prints whole"
        has "$msg" "write --format html"
        [ "$(cat "$work/report.pdf")" = "EARLIER FILE" ] || fail "the earlier file was changed"
        "$mnr" report "$work/long.xml" -o "$work/report.html" 2>/dev/null && grep -q LASTWORD "$work/report.html" ||
            fail "the HTML report of it lacks the last word"
    else
        command -v pdftotext >/dev/null || { echo "FAIL: pdftotext is not installed (apt-get install poppler-utils)"; exit 1; }
        "$mnr" report "$work/long.xml" -o "$work/report.pdf" 2>"$work/msg" || fail "report: $(cat "$work/msg")"
        pdftotext "$work/report.pdf" "$work/report.txt" || fail "pdftotext cannot read the PDF"
        tr -s '\n\f ' '   ' <"$work/report.txt" >"$work/line.txt"   # lines and pages joined
        grep -q "w0194999 LASTWORD" "$work/line.txt" ||
            fail "the PDF lacks the end of the long text (the last word found is $(grep -o 'w0[0-9]\{6\}' "$work/line.txt" | tail -1))"
    fi ;;
format-mismatch)
    for pair in "x.html pdf" "x.pdf html" "x.csv text" "x.TXT csv" "x.HTML pdf"; do
        set -- $pair
        msg=$("$mnr" report "$answers" -o "$work/$1" --format "$2" --browser /bin/false 2>&1); rc=$?
        [ $rc -eq 2 ] || fail "-o $1 --format $2: exit status $rc, expected 2"
        has "$msg" "--format $2 does not match the output name '$work/$1'"
        [ -e "$work/$1" ] && fail "-o $1 --format $2 wrote a file"
    done
    "$mnr" report "$answers" -o "$work/R.HTML" 2>/dev/null || fail "-o R.HTML: exit status $?"
    grep -q "<svg" "$work/R.HTML" || fail "R.HTML is not the HTML report"
    "$mnr" report "$answers" -o "$work/R.Csv" 2>/dev/null && grep -q '^C21,' "$work/R.Csv" || fail "-o R.Csv"
    msg=$("$mnr" report "$answers" -o "$work/R.PDF" --browser /bin/false 2>&1)
    has "$msg" "failed to print the PDF"   # taken for a PDF
    "$mnr" report "$answers" -o "$work/x.html" --format html 2>/dev/null || fail "-o x.html --format html"
    "$mnr" report "$answers" -o "$work/out.report" --format text 2>/dev/null || fail "-o out.report --format text" ;;
long-name)
    for n in 250 255; do
        name=$(printf 'r%.0s' $(seq $((n - 4)))).csv
        "$mnr" report "$answers" -o "$work/$name" 2>"$work/msg" || fail "a name of $n bytes: $(cat "$work/msg")"
        grep -q '^C21,' "$work/$name" 2>/dev/null || fail "a name of $n bytes: not written"
    done
    [ "$(ls -A "$work" | grep -vc '^msg$')" = 2 ] || fail "left: $(ls -A "$work")" ;;
stdin-dash)
    for args in "validate -" "score -" "report - -o $work/r.html"; do
        # shellcheck disable=SC2086
        msg=$("$mnr" $args 2>&1 </dev/null); rc=$?
        [ $rc -eq 2 ] || fail "mnr $args: exit status $rc, expected 2"
        has "$msg" "'-' would be standard input, which mnr does not read"
    done
    "$mnr" score --help | grep -q "'-' (standard input) is not read" || fail "score --help does not say so"
    # -o - is standard output, not a file named "-"
    (cd "$work" && "$mnr" score "$answers" -o - 2>/dev/null | grep -q '^<results') || fail "score -o -: no results on standard output"
    (cd "$work" && "$mnr" report "$answers" -o - --format csv 2>/dev/null | grep -q '^C21,') || fail "report -o -: no report on standard output"
    [ -e "$work/-" ] && fail "a file named - was written"
    msg=$("$mnr" report "$answers" -o - --format text 2>&1 >/dev/null)
    case $msg in *"written to"*) fail "report -o - claims a file: $msg" ;; esac
    msg=$("$mnr" score "$answers" -o - 2>&1 >/dev/null)
    case $msg in *"written to"*) fail "score -o - claims a file: $msg" ;; esac ;;
over-answers)
    ws=$data/tests/data/workshop
    cp "$ws/police.xml" "$ws/helpline.xml" "$ws/justice.xml" "$answers" "$work/"
    a=$work/$(basename "$answers")
    for f in justice "$(basename "$answers" .xml)"; do cp "$work/$f.xml" "$work/$f-saved.xml"; done
    lost="is an answers file; writing"
    msg=$("$mnr" merge "$work/police.xml" "$work/helpline.xml" -o "$work/justice.xml" 2>&1)
    refused $? "$msg" "$work/justice.xml" "$work/justice-saved.xml" "justice.xml: $lost the consensus over it would lose those answers"
    msg=$("$mnr" score "$work/police.xml" -o "$a" 2>&1)
    refused $? "$msg" "$a" "${a%.xml}-saved.xml" "$lost the results over it"
    msg=$("$mnr" report "$work/police.xml" -o "$work/justice.xml" --format html 2>&1)
    refused $? "$msg" "$work/justice.xml" "$work/justice-saved.xml" "$lost the report over it"
    msg=$("$mnr" compare "$work/police.xml" "$work/police.xml" -o "$work/justice.xml" --format text 2>&1)
    refused $? "$msg" "$work/justice.xml" "$work/justice-saved.xml" "$lost the comparison over it"
    mkdir "$work/cohort"; cp "$work/police.xml" "$work/cohort/"
    msg=$("$mnr" cohort "$work/cohort" -o "$work/justice.xml" --quiet 2>&1)
    refused $? "$msg" "$work/justice.xml" "$work/justice-saved.xml" "$lost the cohort baseline over it"
    # input and output swapped: said, not "cannot tell the format"
    msg=$(cd "$work" && "$mnr" report -o justice.xml police.xml 2>&1); rc=$?
    [ $rc -eq 2 ] || fail "swapped report: exit status $rc, expected 2"
    has "$msg" "-o names 'justice.xml', an answers file: were the input and the output swapped?"
    msg=$("$mnr" report "$a" -o - 2>&1 >/dev/null)
    has "$msg" "cannot tell the format of standard output (-o -); add --format"
    # a consensus is made again over itself, and is no participant
    "$mnr" merge "$work/police.xml" "$work/helpline.xml" -o "$work/c.xml" 2>/dev/null || fail "merge failed"
    "$mnr" merge "$work/police.xml" "$work/helpline.xml" -o "$work/c.xml" --decide C01.L1.a=yes 2>/dev/null \
        || fail "a consensus could not be made again over itself"
    grep -q 'decided="true"' "$work/c.xml" || fail "the consensus made again lacks its decision"
    cp "$work/c.xml" "$work/c-saved.xml"
    msg=$("$mnr" merge "$work/c.xml" "$work/justice.xml" -o "$work/c2.xml" 2>&1); rc=$?
    refused $rc "$msg" "$work/c.xml" "$work/c-saved.xml" "c.xml:2: is a workshop consensus made by mnr merge, not one participant's answers"
    [ -e "$work/c2.xml" ] && fail "a merge of a consensus was written"
    msg=$("$mnr" report "$work/police.xml" -o "$work/c.xml" --format text 2>&1)
    refused $? "$msg" "$work/c.xml" "$work/c-saved.xml" "c.xml: is a workshop consensus; writing the report over it"
    # not an answers file: replaced as before
    "$mnr" score "$work/police.xml" -o "$work/r.xml" 2>/dev/null && "$mnr" score "$work/helpline.xml" -o "$work/r.xml" 2>/dev/null \
        || fail "results could not be replaced" ;;
*) echo "unknown case $case"; exit 2 ;;
esac
exit $fail
