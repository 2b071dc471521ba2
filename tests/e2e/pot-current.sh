#!/usr/bin/env bash
# pot-current.sh - po/mnr.pot holds exactly the texts the sources have
# marked for translation: a text marked in C (_(), N_(), C_(),
# mnr_ngettext) or made translatable in the data (po/its/mnr.its) that is
# not in the template would never reach a translator; one the sources no
# longer have is dead weight. The template is made again
# (scripts/translations --pot) and compared, msgid by msgid (msgcmp), with
# the one in the repository.
set -u
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$src/scripts/translations" --pot "$work/now.pot" || { echo "FAIL: scripts/translations --pot failed"; exit 1; }
fail=0
# in the sources, not in po/mnr.pot
if ! msgcmp --use-untranslated --use-fuzzy "$src/po/mnr.pot" "$work/now.pot" >"$work/new" 2>&1; then
    echo "FAIL: the sources mark texts that po/mnr.pot lacks (> below)"
    fail=1
fi
# in po/mnr.pot, no longer in the sources
if ! msgcmp --use-untranslated --use-fuzzy "$work/now.pot" "$src/po/mnr.pot" >"$work/old" 2>&1; then
    echo "FAIL: po/mnr.pot has texts that the sources no longer have (< below)"
    fail=1
fi
if [ $fail -ne 0 ]; then
    # show the texts themselves, not only where they are
    diff <(grep -E '^(msgctxt|msgid) ' "$src/po/mnr.pot" | sort) \
         <(grep -E '^(msgctxt|msgid) ' "$work/now.pot" | sort) | grep '^[<>]' | head -40
    echo "Run scripts/translations and commit po/mnr.pot (and the merged po/LL.po files)."
fi
exit $fail
