#!/usr/bin/env bash
# not-regular.sh MNR DATA - every file a command reads that is not a regular
# file (a named pipe, a device, a directory) is refused at once, with the
# file's name and what to give instead, and nothing is written: no command
# waits on a FIFO that nobody writes (each runs under `timeout`, so a wait
# fails the test instead of hanging it). The one check is
# mnr_input_open (src/base/fileio.c).
set -u
mnr=$1 data=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 MNR_DATA_DIR=
fail=0; fail() { echo "FAIL: $*"; fail=1; }
ws=$data/workshop a=$data/workshop/police.xml
mkfifo "$work/fifo.xml" "$work/fifo.txt"
fifo="is a named pipe (FIFO), not a regular file; give the path of"

# refused WANT CMD...: CMD exits 1 at once (not by the timeout) saying
# WANT, and writes no output.
refused() {
    local want=$1; shift
    local msg rc
    msg=$(timeout 10 "$@" < /dev/null 2>&1); rc=$?
    [ $rc -eq 124 ] && { fail "waited on a file that is not a regular file: $*"; return; }
    [ $rc -eq 1 ] || fail "exit status $rc, expected 1: $*"
    case $msg in *"$want"*) ;; *) fail "$* says: $msg; expected: $want" ;; esac
    [ -e "$work/out" ] && fail "an output was written: $*"
    rm -f "$work/out"
}

# --decisions: it used to wait for ever on a FIFO, and read a device to its limit
refused "fifo.txt: $fifo a decisions file (save what the pipe gives to a file first)" \
    "$mnr" merge "$a" "$ws/helpline.xml" --decisions "$work/fifo.txt" -o "$work/out"
refused "/dev/zero: is a device, not a regular file; give the path of a decisions file" \
    "$mnr" merge "$a" "$ws/helpline.xml" --decisions /dev/zero -o "$work/out"
refused "$ws: is a directory, not a decisions file; give the path of a file inside it" \
    "$mnr" merge "$a" "$ws/helpline.xml" --decisions "$ws" -o "$work/out"
# every other file argument, through the same check
refused "fifo.xml: $fifo an XML file" "$mnr" merge "$a" "$work/fifo.xml" -o "$work/out"
refused "fifo.xml: $fifo an XML file" "$mnr" validate "$work/fifo.xml"
refused "/dev/null: is a device, not a regular file; give the path of an XML file" \
    "$mnr" validate /dev/null
refused "fifo.xml: $fifo an XML file" "$mnr" score "$work/fifo.xml" -o "$work/out"
refused "fifo.xml: $fifo an XML file" "$mnr" score "$a" --baseline "$work/fifo.xml" -o "$work/out"
refused "fifo.xml: $fifo an XML file" "$mnr" report "$work/fifo.xml" -o "$work/out" -f text
refused "fifo.xml: $fifo an XML file" "$mnr" report "$a" --stylesheet "$work/fifo.xml" -o "$work/out" -f text
refused "fifo.xml: $fifo an XML file" "$mnr" report "$a" --baseline "$work/fifo.xml" -o "$work/out" -f text
refused "fifo.xml: $fifo an XML file" "$mnr" compare "$a" "$work/fifo.xml" -o "$work/out" -f text
refused "fifo.xml: $fifo an XML file" "$mnr" compare "$work/fifo.xml" "$a" -o "$work/out" -f text
refused "fifo.xml: $fifo an XML file" "$mnr" cohort "$work/fifo.xml" -o "$work/out" --quiet
refused "fifo.xml: $fifo an XML file" "$mnr" form --answers "$work/fifo.xml" -o "$work/out"
refused "fifo.xml: $fifo an XML file" "$mnr" form -q "$work/fifo.xml" -o "$work/out"
refused "fifo.xml: $fifo an XML file" "$mnr" ask -q "$work/fifo.xml" -o "$work/out"
# a module a user stylesheet imports: libxml2 would wait on it too
mkdir "$work/xsl"; mkfifo "$work/xsl/module.xsl"
cat > "$work/xsl/user.xsl" <<'EOF'
<?xml version="1.0"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="module.xsl"/>
  <xsl:output method="text"/>
  <xsl:template match="/">report</xsl:template>
</xsl:stylesheet>
EOF
refused "module.xsl: $fifo" "$mnr" report "$a" --stylesheet "$work/xsl/user.xsl" -o "$work/out" -f text
exit $fail
