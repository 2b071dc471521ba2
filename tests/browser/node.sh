#!/bin/sh
# node.sh SCRIPT.js ARGS... - runs one of the browser tests in this folder
# with Node.js, after checking that Node.js and the npm packages of
# package-lock.json are there: without them the test fails with what to do,
# not with a stack trace. scripts/test installs both.
here=$(cd "${0%/*}" && pwd)
script=$1; shift
if ! command -v node >/dev/null 2>&1; then
    echo "FAIL: Node.js is not installed: install nodejs npm / run npm ci in tests/browser"
    exit 1
fi
for pkg in playwright-core axe-core; do
    if [ ! -f "$here/node_modules/$pkg/package.json" ]; then
        echo "FAIL: the npm package $pkg is missing: install nodejs npm / run npm ci in tests/browser"
        exit 1
    fi
done
exec node "$here/$script" "$@"
