#!/usr/bin/env bash
# output.sh MNR ANSWERS CASE
#
# Output files are written whole or not at all. Each CASE makes writing
# fail in one way, with an earlier file of the same name in place, and
# checks: exit status 1, a message naming the file and saying what to do,
# the earlier file exactly as it was, no temporary file beside it.
#
#   full-disk      a 64 KB file system (tmpfs, mounted in a private mount
#                  namespace) that the report does not fit on
#   size-limit     `ulimit -f` below the report's size
#   unwritable     a directory the user may not write to (as root, mnr is
#                  run as the user nobody, for whom root's mode 755
#                  directory is unwritable)
#   no-directory   the output's directory does not exist
#   is-directory   the output path is a directory
#   pdf-fails      the browser fails while printing the PDF
#   score-full-disk  the results file of `mnr score` on a full disk
# and ones that must succeed:
#   dev-null, stdout  `-o /dev/null` and `-o /dev/stdout` are written in place
#                  (a pipe, or a file opened with >> keeps what was before),
#                  and stay what they were: a device, a symbolic link
#   symlink        a link to a report keeps pointing at the new report
#   replaces       a good run replaces the earlier file and keeps its
#                  permissions (0600 stays 0600); a new file gets the usual
#                  ones (0644 under umask 022); no temporary file is left
#   dangling-symlink  a link to a file not made yet: the file is made and
#                  the link kept; a link into a missing directory is refused
#   dev-shm, proc-regular  a regular file reached through /dev/shm or
#                  /proc/self/cwd is replaced, not appended to
# and ones that must be refused:
#   foreign-symlink  a link another user owns, in a sticky world-writable
#                  directory like /tmp, is not followed (it would let that
#                  user choose which file is replaced); not as root: a link
#                  of root's in /etc
#   stdout-closed  `-o /dev/stdout` with stdout closed fails and leaves /dev
#                  alone (a private tmpfs on /dev in a mount namespace)
#   empty-name     `-o ""` says the file name is empty
set -u
source "$(dirname "$0")/lib.sh"
mnr=$1 answers=$2 case=$3
work=$(mktemp -d); chmod 755 "$work"
shm=/dev/shm/mnr-output-test.$$.csv
cleanup() { mountpoint -q "$work/disk" 2>/dev/null && umount "$work/disk"; rm -rf "$work" "$shm"; }
trap cleanup EXIT
fail=0
fail() { echo "FAIL: $*"; fail=1; }

expect_kept() {  # expect_kept FILE RC MSG EXPECTED
    local file=$1 rc=$2 msg=$3 expected=$4
    [ "$rc" -eq 1 ] || fail "exit status $rc, expected 1"
    case $msg in *"$file"*) ;; *) fail "the message does not name $file" ;; esac
    case $msg in *"$expected"*) ;; *) fail "the message lacks: $expected" ;; esac
    check_kept "$file" "EARLIER FILE"
    check_no_temp "$file"
    [ $fail -eq 0 ] || { echo "--- message:"; echo "$msg"; }
}

# Runs "$@" in a new mount namespace where $work/disk is a 64 KB tmpfs
# holding report.html = "EARLIER FILE". Unprivileged users get the
# namespace through a user namespace (unshare -r).
on_small_disk() {
    mkdir -p "$work/disk"
    local as_root=()
    [ "$(id -u)" -eq 0 ] || as_root=(-r)
    unshare "${as_root[@]}" -m sh -c '
        mount -t tmpfs -o size=64k none "$1" || exit 77
        echo "EARLIER FILE" > "$1/$2"
        shift 2
        "$@" > "'"$work"'/msg" 2>&1
        echo $? > "'"$work"'/rc"
        cp "'"$work"'/disk/"* "'"$work"'/after/" 2>/dev/null
        ls -A "'"$work"'/disk" > "'"$work"'/listing"
    ' sh "$work/disk" "$@"
}

case $case in
    full-disk|score-full-disk)
        mkdir -p "$work/after"
        if [ "$case" = full-disk ]; then
            on_small_disk report.html "$mnr" report "$answers" -o "$work/disk/report.html"
        else
            on_small_disk report.html "$mnr" score "$answers" -o "$work/disk/report.html"
        fi
        [ -f "$work/rc" ] || { echo "SKIP: cannot mount a small file system here (as a user: no user namespace, as in a chroot)"; exit 77; }
        msg=$(cat "$work/msg")
        [ "$(cat "$work/rc")" -eq 1 ] || fail "exit status $(cat "$work/rc"), expected 1"
        case $msg in *"disk/report.html: cannot write the output: the disk is full"*) ;;
            *) fail "the message lacks 'report.html: cannot write the output: the disk is full'" ;; esac
        case $msg in *"left as it was"*) ;; *) fail "the message does not say the earlier file is kept" ;; esac
        [ "$(cat "$work/after/report.html")" = "EARLIER FILE" ] || fail "the earlier file was changed"
        [ "$(cat "$work/listing")" = "report.html" ] || fail "left on the disk: $(cat "$work/listing")"
        [ $fail -eq 0 ] || { echo "--- message:"; echo "$msg"; } ;;
    size-limit)
        echo "EARLIER FILE" >"$work/report.html"
        msg=$(ulimit -f 16; "$mnr" report "$answers" -o "$work/report.html" 2>&1); rc=$?
        expect_kept "$work/report.html" $rc "$msg" "size limit for files here" ;;
    unwritable)
        mkdir "$work/shared"; echo "EARLIER FILE" >"$work/shared/report.html"
        if [ "$(id -u)" -eq 0 ]; then
            # nobody runs its own copy of mnr and the data: the build may
            # be where it cannot go (a clone in /root)
            source "$(dirname "$0")/as-nobody.sh"
            nobody_copy "$mnr" "$(dirname "$0")/../.." "$work/nobody" || exit 1
            chmod 755 "$work/shared"; chmod 644 "$work/shared/report.html"
            cp "$answers" "$work/answers.xml"; chmod 644 "$work/answers.xml"
            msg=$("${as_nobody[@]}" "$nobody_mnr" report "$work/answers.xml" -o "$work/shared/report.html" 2>&1); rc=$?
        else
            chmod 555 "$work/shared"
            msg=$("$mnr" report "$answers" -o "$work/shared/report.html" 2>&1); rc=$?
            chmod 755 "$work/shared"
        fi
        expect_kept "$work/shared/report.html" $rc "$msg" "permission denied" ;;
    no-directory)
        msg=$("$mnr" report "$answers" -o "$work/not-made-yet/report.html" 2>&1); rc=$?
        [ $rc -eq 1 ] || fail "exit status $rc, expected 1"
        case $msg in *"not-made-yet/report.html: cannot create the output: the directory does not exist"*) ;;
            *) fail "unexpected message: $msg" ;; esac
        [ -e "$work/not-made-yet" ] && fail "a directory was created" ;;
    is-directory)
        mkdir "$work/report.html"
        msg=$("$mnr" report "$answers" -o "$work/report.html" 2>&1); rc=$?
        [ $rc -eq 1 ] || fail "exit status $rc, expected 1"
        case $msg in *"report.html: cannot write the output: that is a directory"*) ;;
            *) fail "unexpected message: $msg" ;; esac
        [ -z "$(ls -A "$work/report.html")" ] || fail "something was written into the directory" ;;
    pdf-fails)
        echo "EARLIER FILE" >"$work/report.pdf"
        msg=$("$mnr" report "$answers" -o "$work/report.pdf" --browser /bin/false 2>&1); rc=$?
        expect_kept "$work/report.pdf" $rc "$msg" "failed to print the PDF" ;;
    replaces)
        echo "EARLIER FILE" >"$work/report.html"; chmod 600 "$work/report.html"
        msg=$(umask 022; "$mnr" report "$answers" -o "$work/report.html" 2>&1); rc=$?
        [ $rc -eq 0 ] || fail "exit status $rc: $msg"
        grep -q "<svg" "$work/report.html" || fail "the report was not written"
        [ "$(stat -c %a "$work/report.html")" = 600 ] || fail "mode $(stat -c %a "$work/report.html"), expected 600 as before"
        msg=$(umask 022; "$mnr" report "$answers" -o "$work/new.html" 2>&1); rc=$?
        [ $rc -eq 0 ] || fail "exit status $rc: $msg"
        [ "$(stat -c %a "$work/new.html")" = 644 ] || fail "mode $(stat -c %a "$work/new.html"), expected 644"
        [ "$(ls -A "$work" | tr '\n' ' ')" = "new.html report.html " ] || fail "left beside them: $(ls -A "$work")" ;;
    dev-null)
        msg=$("$mnr" report "$answers" --format csv -o /dev/null 2>&1); rc=$?
        [ $rc -eq 0 ] || fail "exit status $rc: $msg"
        [ -c /dev/null ] || fail "/dev/null is no longer a device" ;;
    stdout)  # into a pipe, into a file after earlier output (>>), and /dev/stdout stays a link
        lines=$("$mnr" report "$answers" --format csv -o /dev/stdout 2>/dev/null | grep -c '^C[0-9][0-9],')
        [ "$lines" = 21 ] || fail "expected 21 capability rows through a pipe, got $lines"
        echo "EARLIER LINE" >"$work/log.csv"
        "$mnr" report "$answers" --format csv -o /dev/stdout >>"$work/log.csv" 2>/dev/null || fail "exit status $?"
        [ "$(head -n 1 "$work/log.csv")" = "EARLIER LINE" ] || fail "the earlier line was overwritten"
        grep -q '^C21,' "$work/log.csv" || fail "the report did not arrive after it"
        [ -L /dev/stdout ] || fail "/dev/stdout is no longer a symbolic link" ;;
    symlink)  # the link is kept and the file it points to is replaced
        mkdir "$work/real"; echo "EARLIER FILE" >"$work/real/report.html"
        ln -s real/report.html "$work/report.html"
        msg=$("$mnr" report "$answers" -o "$work/report.html" 2>&1); rc=$?
        [ $rc -eq 0 ] || fail "exit status $rc: $msg"
        [ -L "$work/report.html" ] || fail "the link was replaced by a file"
        grep -q "<svg" "$work/real/report.html" || fail "the file behind the link was not replaced"
        [ "$(ls -A "$work/real")" = "report.html" ] || fail "left beside it: $(ls -A "$work/real")" ;;
    dangling-symlink)  # the link is kept and the file it names is made
        mkdir "$work/real"; ln -s real/report.html "$work/report.html"
        msg=$("$mnr" report "$answers" -o "$work/report.html" 2>&1); rc=$?
        [ $rc -eq 0 ] || fail "exit status $rc: $msg"
        [ -L "$work/report.html" ] || fail "the link was replaced by a file"
        grep -q "<svg" "$work/real/report.html" 2>/dev/null || fail "the file the link names was not made"
        [ "$(ls -A "$work/real")" = "report.html" ] || fail "left beside it: $(ls -A "$work/real")"
        ln -s nowhere/report.html "$work/lost.html"
        msg=$("$mnr" report "$answers" -o "$work/lost.html" 2>&1); rc=$?
        [ $rc -eq 1 ] || fail "a link into a missing directory: exit status $rc, expected 1"
        case $msg in *"lost.html: "*"symbolic link to "*"nowhere/report.html"*"directory does not exist"*) ;;
            *) fail "unexpected message for a link into a missing directory: $msg" ;; esac
        [ -L "$work/lost.html" ] || fail "the link into a missing directory was replaced"
        [ "$(ls -A "$work" | tr '\n' ' ')" = "lost.html real report.html " ] || fail "left beside them: $(ls -A "$work")" ;;
    foreign-symlink)  # another user's link in a sticky directory is not followed
        if [ "$(id -u)" -ne 0 ]; then
            # only root can give a link to another user: use one of root's
            # in /etc (Debian's /etc/os-release), refused before any write
            link=$(find /etc -maxdepth 1 -type l -user 0 -xtype f ! -name mtab 2>/dev/null | sort | head -n 1)
            [ -n "$link" ] || { echo "SKIP: not root, and no link of root's to a file in /etc"; exit 77; }
            before=$(cat "$link")
            msg=$("$mnr" report "$answers" --format csv -o "$link" 2>&1); rc=$?
            [ $rc -eq 1 ] || fail "exit status $rc, expected 1"
            case $msg in *"$link: "*"symbolic link owned by another user (uid 0)"*) ;;
                *) fail "unexpected message: $msg" ;; esac
            [ "$(cat "$link")" = "$before" ] && [ -L "$link" ] || fail "$link or its file was changed"
            exit $fail
        fi
        mkdir "$work/victim" "$work/tmp"; chmod 1777 "$work/tmp"
        echo "EARLIER FILE" >"$work/victim/victim.txt"
        ln -s "$work/victim/victim.txt" "$work/tmp/link.csv"; chown -h nobody "$work/tmp/link.csv"
        msg=$("$mnr" report "$answers" --format csv -o "$work/tmp/link.csv" 2>&1); rc=$?
        [ $rc -eq 1 ] || fail "exit status $rc, expected 1"
        case $msg in *"tmp/link.csv: "*"symbolic link"*"another user"*) ;;
            *) fail "unexpected message: $msg" ;; esac
        [ "$(cat "$work/victim/victim.txt")" = "EARLIER FILE" ] || fail "the file behind the link was replaced"
        [ "$(ls -A "$work/victim")" = "victim.txt" ] || fail "left beside it: $(ls -A "$work/victim")"
        [ -L "$work/tmp/link.csv" ] || fail "the link was replaced" ;;
    dev-shm|proc-regular)  # a regular file under /dev or /proc is replaced, not appended to
        if [ "$case" = dev-shm ]; then
            [ -d /dev/shm ] && [ -w /dev/shm ] || { echo "SKIP: no writable /dev/shm"; exit 77; }
            file=$shm out=$shm
        else
            file=$work/report.csv out=/proc/self/cwd/report.csv
        fi
        echo "EARLIER LINE" >"$file"
        for run in 1 2; do
            msg=$(cd "$work" && "$mnr" report "$answers" --format csv -o "$out" 2>&1) || fail "run $run: exit status $?: $msg"
        done
        grep -q "EARLIER LINE" "$file" && fail "the earlier file was appended to"
        n=$(grep -c '^C21,' "$file")
        [ "$n" = 1 ] || fail "expected one report in $file, found $n"
        check_no_temp "$file" ;;
    stdout-closed)  # /dev/stdout names fd 1, which is closed: nothing in /dev changes
        cp "$answers" "$work/answers.xml"
        as_root=(); [ "$(id -u)" -eq 0 ] || as_root=(-r)
        unshare "${as_root[@]}" -m sh -c '
            mount -t tmpfs none /dev || exit 77
            ln -s /proc/self/fd/1 /dev/stdout || exit 77
            "$1" report "$2/answers.xml" --format csv -o /dev/stdout >&- 2>"$2/msg"
            echo $? >"$2/rc"
            ls -A /dev >"$2/listing"; readlink /dev/stdout >"$2/link"
        ' sh "$mnr" "$work"
        [ -f "$work/rc" ] || { echo "SKIP: cannot mount a tmpfs on /dev here (as a user: no user namespace, as in a chroot)"; exit 77; }
        msg=$(cat "$work/msg")
        [ "$(cat "$work/rc")" -eq 1 ] || fail "exit status $(cat "$work/rc"), expected 1"
        case $msg in *"/dev/stdout: cannot open the output"*"not open"*) ;;
            *) fail "unexpected message: $msg" ;; esac
        [ "$(cat "$work/listing")" = stdout ] || fail "/dev now holds: $(cat "$work/listing")"
        [ "$(cat "$work/link")" = /proc/self/fd/1 ] || fail "/dev/stdout is no longer the link to /proc/self/fd/1"
        cmp -s "$answers" "$work/answers.xml" || fail "the answers file was changed" ;;
    empty-name)
        msg=$(cd "$work" && "$mnr" report "$answers" --format csv -o "" 2>&1); rc=$?
        [ $rc -eq 1 ] || fail "exit status $rc, expected 1"
        case $msg in *"the output file name is empty"*) ;; *) fail "unexpected message: $msg" ;; esac
        [ -z "$(ls -A "$work")" ] || fail "left in the directory: $(ls -A "$work")" ;;
    *) echo "unknown case $case"; exit 2 ;;
esac
exit $fail
