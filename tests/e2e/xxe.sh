#!/usr/bin/env bash
# An answers file with an external entity (and an external DTD) pointing at
# a local file holding a unique secret: mnr must refuse it and the secret
# must appear in no output.
set -u
mnr=$1; work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
secret="SECRET-$$-$RANDOM-$RANDOM"
echo "$secret" > "$work/secret.txt"
cat > "$work/xxe.xml" <<XML
<?xml version="1.0"?>
<!DOCTYPE answers [ <!ENTITY leak SYSTEM "file://$work/secret.txt"> ]>
<answers model="mnr-maturity" model-version="1.0" questionnaire="mnr-full" questionnaire-version="1.0">
  <country>&leak;</country>
</answers>
XML
cat > "$work/xxe-dtd.xml" <<XML
<?xml version="1.0"?>
<!DOCTYPE answers SYSTEM "file://$work/secret.txt">
<answers/>
XML
fail=0
for f in xxe.xml xxe-dtd.xml; do
    for cmd in "validate" "score" "report -o $work/out.html"; do
        out=$("$mnr" $cmd "$work/$f" 2>&1); rc=$?
        [ $rc -eq 1 ] || { echo "FAIL: mnr $cmd $f exit $rc"; fail=1; }
        case $out in *"$secret"*) echo "FAIL: secret leaked by mnr $cmd $f"; fail=1 ;; esac
        case $out in *"DOCTYPE"*) ;; *) echo "FAIL: mnr $cmd $f: no DOCTYPE message: $out"; fail=1 ;; esac
        [ -e "$work/out.html" ] && { echo "FAIL: output written"; fail=1; }
    done
done
exit $fail
