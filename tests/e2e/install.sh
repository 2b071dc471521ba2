#!/usr/bin/env bash
# mnr finds its data without flags when installed under a prefix, run from
# an unrelated directory with MNR_DATA_DIR unset; and the man page is there.
set -eu
build=$1; prefix=$(mktemp -d); trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
cd /
env -u MNR_DATA_DIR "$prefix/bin/mnr" validate "$prefix/share/mnr/model/mnr-model.xml" | grep -q ": ok"
env -u MNR_DATA_DIR "$prefix/bin/mnr" baseline --format csv | grep -q "^item,label,capabilities,yes,respondents,percent$"
test -s "$prefix/share/man/man1/mnr.1.gz"
# the form, with its script (stylesheets/form.js) from the installed data
env -u MNR_DATA_DIR "$prefix/bin/mnr" form -q rapid -o "$prefix/form.html" 2>/dev/null
grep -q "^'use strict';$" "$prefix/form.html"
# and a copy of the binary elsewhere, without data, says how to fix it
cp "$prefix/bin/mnr" "$prefix/lonely-mnr"
out=$(env -u MNR_DATA_DIR "$prefix/lonely-mnr" baseline 2>&1) && exit 1
echo "$out" | grep -q "give --data-dir DIR or set MNR_DATA_DIR"
echo ok
