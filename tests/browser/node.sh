#!/bin/sh
# node.sh SCRIPT.js ARGS... - runs one of the browser tests in this folder
# with Node.js, after checking that Node.js and the npm packages are there:
# without them the test fails with what to do, not with a stack trace.
# scripts/test installs both.
#
# A new test: SCRIPT.js in this folder, starting its browser with
# browsers.js's launch() (Chromium, or Firefox with MNR_TEST_BROWSER=firefox)
# and loading any further npm package (added
# to package.json and package-lock.json with npm install) with requireDep();
# add it to tests/browser.cmake through this script.
here=$(cd "${0%/*}" && pwd)
script=$1; shift
if ! command -v node >/dev/null 2>&1; then
    echo "FAIL: Node.js is not installed: install nodejs npm / run npm ci in tests/browser"
    exit 1
fi
# each script loads its npm packages with chromium.js's requireDep, which
# says the same when one is missing
if [ ! -d "$here/node_modules" ]; then
    echo "FAIL: the npm packages are not installed: install nodejs npm / run npm ci in tests/browser"
    exit 1
fi
exec node "$here/$script" "$@"
