#!/bin/sh
# vnu.sh PAGE.html... - the W3C Nu HTML checker (npm package vnu-jar, run
# with Java) on each page: prints every message; an error fails, a warning
# is listed only. Run by languages.sh.
here=$(cd "${0%/*}" && pwd)
jar=$here/node_modules/vnu-jar/build/dist/vnu.jar
if ! command -v java >/dev/null 2>&1; then
    echo "FAIL: no Java runtime for the Nu HTML checker: install default-jre-headless"
    exit 1
fi
if [ ! -f "$jar" ]; then
    echo "FAIL: the npm packages are not installed: install nodejs npm / run npm ci in tests/browser"
    exit 1
fi
# (the form's script is allowed by its SHA-256 in the page's CSP, which
# the checker does not compute: its warning that the CSP blocks the
# inline script is listed, not a failure)
java -jar "$jar" --verbose "$@" 2>&1 && { echo "no errors in $# page(s)"; exit 0; }
echo "FAIL: the Nu HTML checker found errors (above)"
exit 1
