#!/usr/bin/env bash
# readme-commands.sh MNR - every command the README shows runs as written on
# the shipped files: the lines of each ```sh block of README.md, in order
# (a later one may read what an earlier one wrote), each in bash from a copy
# of the repository root, with MNR on the PATH as `mnr`. A command that
# exits non-zero fails the test, with its output. And every mnr command has
# an example among them.
#
# Left out: the blocks of "Quick start" (scripts/fresh-check runs them as
# written on a fresh Debian 12) and "Building by hand" (they install
# packages with sudo, then build as every test build does).
# `mnr ask` reads what is typed in the terminal: given no input of its own
# in the README, it gets a recorded session (tests/data/ask), as if typed.
set -u
mnr=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0; fail() { echo "FAIL: $*"; fail=1; }

# a copy of the repository root, so that no command can change the source
# (builds, git and node_modules left out)
mkdir -p "$tmp/bin" "$tmp/root"
ln -s "$mnr" "$tmp/bin/mnr"
tar -C "$src" --exclude=./.git --exclude='./build*' --exclude=node_modules \
    --exclude=./fuzz-findings --exclude=./out -cf - . | tar -C "$tmp/root" -xf - \
    || { echo "FAIL: cannot copy $src"; exit 1; }

# The commands: lines of the ```sh blocks outside the sections left out;
# a line ending in \ goes on on the next; blank and comment lines skipped.
mapfile -t commands < <(awk '
    /^## / { skip = ($0 == "## Quick start" || $0 == "## Building by hand") }
    /^```/ { if (inblock) { inblock = 0; run = 0 } else { inblock = 1; run = ($0 == "```sh" && !skip) }; next }
    !run { next }
    { line = line $0 }
    /\\$/ { sub(/\\$/, "", line); next }
    line !~ /^[ \t]*(#|$)/ { print line }
    { line = "" }' "$src/README.md")
[ ${#commands[@]} -ge 10 ] || { echo "FAIL: only ${#commands[@]} commands found in README.md's sh blocks"; exit 1; }

for cmd in "${commands[@]}"; do
    input=/dev/null
    if [[ $cmd == "mnr ask "* && $cmd != *"<"* ]]; then
        input=$src/tests/data/ask/full-session.txt
        [[ $cmd == *"-q rapid"* ]] && input=$src/tests/data/ask/rapid-session.txt
    fi
    (cd "$tmp/root" && env -u MNR_DATA_DIR PATH="$tmp/bin:$PATH" \
        timeout 180 bash -c "$cmd" < "$input" > "$tmp/out" 2>&1)
    rc=$?
    [ $rc -eq 0 ] || fail "exit $rc: $cmd
$(head -c 2000 "$tmp/out")"
done

# what they wrote in the repository root is in .gitignore, so that trying
# the examples in a clone leaves `git status` clean (when it is a clone)
if git -C "$src" rev-parse --git-dir > /dev/null 2>&1; then
    for f in $(cd "$tmp/root" && ls -A); do
        [ -e "$src/$f" ] && continue
        [ -d "$tmp/root/$f" ] && f=$f/
        git -C "$src" check-ignore -q "$f" || fail "$f, written by the README's examples, is not in .gitignore"
    done
fi

# an example of every command mnr has (as its --help lists them)
for c in $("$mnr" --help | sed -n 's/^  \([a-z][a-z]*\)  .*/\1/p'); do
    printf '%s\n' "${commands[@]}" | grep -q "^mnr $c\b" || fail "README.md has no example of mnr $c"
done
echo "${#commands[@]} commands of README.md run"
exit $fail
