# Checks of the HTML report in a real browser: Debian's headless Chromium
# driven by playwright-core, and Firefox ESR driven by puppeteer-core
# (tests/browser, its npm packages installed by `npm ci` there; scripts/test
# does it). Included from tests/CMakeLists.txt.
#
# Without Node.js or the npm packages the tests FAIL with what to install;
# `ctest -LE browser` leaves them out.

set(BROWSER_TESTS ${CMAKE_CURRENT_SOURCE_DIR}/browser)

# -- accessibility: axe-core finds no serious or critical violation, and no
#    missing landmark or skipped heading level, in each example's report;
#    a11y.js also checks the contrast of chart text, which axe leaves out,
#    on a heat map with a two-thirds cell (the shade where a single ramp
#    failed with either ink)
file(GLOB A11Y_EXAMPLES ${SRC}/questionnaires/examples/*.xml)
foreach(ex ${A11Y_EXAMPLES} ${DATA}/answers/heat-two-thirds.xml)
  get_filename_component(exname ${ex} NAME_WE)
  set(html ${CMAKE_CURRENT_BINARY_DIR}/a11y-${exname}.html)
  add_test(NAME browser.a11y-${exname}
           COMMAND sh -c "\"$1\" report \"$2\" -o \"$3\" && \"$4\" a11y.js \"$3\""
                   sh $<TARGET_FILE:mnr> ${ex} ${html} ${BROWSER_TESTS}/node.sh)
  set_tests_properties(browser.a11y-${exname} PROPERTIES LABELS "browser" TIMEOUT 300
                       ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
endforeach()

# -- the same in Firefox ESR (puppeteer-core over WebDriver BiDi): every
#    example's report in one browser session, the reports the tests above
#    wrote (FIXTURES_REQUIRED orders them after those)
set(A11Y_FIREFOX_HTML "")
foreach(ex ${A11Y_EXAMPLES} ${DATA}/answers/heat-two-thirds.xml)
  get_filename_component(exname ${ex} NAME_WE)
  list(APPEND A11Y_FIREFOX_HTML ${CMAKE_CURRENT_BINARY_DIR}/a11y-${exname}.html)
  set_tests_properties(browser.a11y-${exname} PROPERTIES FIXTURES_SETUP a11y-reports)
endforeach()
add_test(NAME browser.a11y-firefox COMMAND ${BROWSER_TESTS}/node.sh a11y.js ${A11Y_FIREFOX_HTML})
set_tests_properties(browser.a11y-firefox PROPERTIES LABELS "browser" TIMEOUT 300 FIXTURES_REQUIRED a11y-reports
                     ENVIRONMENT "MNR_TEST_BROWSER=firefox;LC_ALL=C.UTF-8")

# -- reflow (WCAG 2.1 1.4.10): every kind of HTML page (each example's
#    report, user text that cannot wrap, a workshop report with its annex,
#    a comparison, a cohort report, both forms) at 320, 390, 768 and
#    1280 px wide never scrolls sideways; a wide table or chart scrolls in
#    its own box (widths.sh writes the pages, widths.js checks them)
add_test(NAME browser.widths
         COMMAND sh ${BROWSER_TESTS}/widths.sh $<TARGET_FILE:mnr> ${SRC} ${DATA} ${CMAKE_CURRENT_BINARY_DIR}/widths)
set_tests_properties(browser.widths PROPERTIES LABELS "browser" TIMEOUT 300)
# -- the same pages in the pseudo-language qps (every word some 40% longer:
#    a long word must wrap, not run out of its box) and in Arabic (right
#    to left), from the catalogs the build makes
foreach(ll qps ar)
  add_test(NAME browser.widths-${ll}
           COMMAND sh ${BROWSER_TESTS}/widths.sh $<TARGET_FILE:mnr> ${SRC} ${DATA}
                   ${CMAKE_CURRENT_BINARY_DIR}/widths-${ll} ${ll})
  set_tests_properties(browser.widths-${ll} PROPERTIES LABELS "browser" TIMEOUT 300)
endforeach()

# -- without Node.js, or before `npm ci`: the message says what to do
mnr_e2e(browser-no-node 1 --out "FAIL: Node.js is not installed: install nodejs npm / run npm ci in tests/browser"
        --not "at " -- /usr/bin/env PATH=/nonexistent /bin/sh ${BROWSER_TESTS}/node.sh a11y.js x.html)
mnr_e2e(browser-no-npm-packages 1 --out "FAIL: the npm packages are not installed: install nodejs npm / run npm ci in tests/browser"
        -- sh -c "d=\$(mktemp -d) && trap 'rm -rf \"\$d\"' EXIT && cp \"$1\"/node.sh \"$1\"/*.js \"\$d\" && sh \"\$d\"/node.sh a11y.js x.html"
           sh ${BROWSER_TESTS})
