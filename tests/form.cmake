# mnr form: the command line, and the form in Chromium.
# Included from tests/CMakeLists.txt.

mnr_e2e(form-help 0 --out "Usage: mnr form [-q full|rapid|FILE] [--answers ANSWERS] -o FORM.html"
        -- $<TARGET_FILE:mnr> form --help)
mnr_e2e(form-in-help 0 --out "  form       write an offline HTML form" -- $<TARGET_FILE:mnr> --help)
mnr_e2e(form-no-output 2 --out "mnr form: give the form file to write with -o FORM.html"
        -- $<TARGET_FILE:mnr> form -q rapid)
mnr_e2e(form-unknown-questionnaire 2
        --out "mnr form: unknown questionnaire 'medium'" --out "use full, rapid or the path of a questionnaire file"
        --no-file ${CMAKE_CURRENT_BINARY_DIR}/form-medium.html
        -- $<TARGET_FILE:mnr> form -q medium -o ${CMAKE_CURRENT_BINARY_DIR}/form-medium.html)
mnr_e2e(form-missing-questionnaire 1 --out "no-such.xml: no such file"
        -- $<TARGET_FILE:mnr> form -q ${DATA}/no-such.xml -o ${CMAKE_CURRENT_BINARY_DIR}/form-missing.html)
mnr_e2e(form-bad-answers 1 --out "schema-bad-value.xml:7: Element 'answer', attribute 'value'"
        --no-file ${CMAKE_CURRENT_BINARY_DIR}/form-bad.html
        -- $<TARGET_FILE:mnr> form --answers ${DATA}/answers/schema-bad-value.xml -o ${CMAKE_CURRENT_BINARY_DIR}/form-bad.html)
mnr_e2e(form-other-questionnaire 1
        --out "northland-early.xml:5: these answers are for questionnaire mnr-full version 1.0, but the form is for mnr-rapid version 1.0"
        -- $<TARGET_FILE:mnr> form -q rapid --answers ${SRC}/questionnaires/examples/northland-early.xml
           -o ${CMAKE_CURRENT_BINARY_DIR}/form-other.html)
mnr_e2e(form-not-answers 1 --out "mnr-model.xml:21: expected an answers file (root element <answers>) to open the form with, found <model>"
        -- $<TARGET_FILE:mnr> form --answers ${SRC}/model/mnr-model.xml -o ${CMAKE_CURRENT_BINARY_DIR}/form-model.html)
mnr_e2e(form-not-questionnaire 1 --out "mnr-model.xml:21: expected a questionnaire (root element <questionnaire>), found <model>"
        --out "check the file name" --no-file ${CMAKE_CURRENT_BINARY_DIR}/form-not-q.html
        -- $<TARGET_FILE:mnr> form -q ${SRC}/model/mnr-model.xml -o ${CMAKE_CURRENT_BINARY_DIR}/form-not-q.html)
# mnr score reads the answers through the same mnr_context_load_kind, with its own advice
mnr_e2e(score-not-answers 1 --out "mnr-model.xml:21: expected an answers file (root element <answers>), found <model>"
        --out "give the answers file (mnr report also reads results files)"
        --no-file ${CMAKE_CURRENT_BINARY_DIR}/score-model.xml
        -- $<TARGET_FILE:mnr> score ${SRC}/model/mnr-model.xml -o ${CMAKE_CURRENT_BINARY_DIR}/score-model.xml)
mnr_e2e(form-questionnaire-file 0 --out "Form written to"
        -- $<TARGET_FILE:mnr> form -q ${SRC}/questionnaires/mnr-rapid.xml -o ${CMAKE_CURRENT_BINARY_DIR}/form-file.html)
add_test(NAME e2e.form COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/form.sh $<TARGET_FILE:mnr> ${DATA})
set_tests_properties(e2e.form PROPERTIES LABELS e2e TIMEOUT 60 ENVIRONMENT "LC_ALL=C.UTF-8")

# -- the form's script (stylesheets/form.js) parses as JavaScript: Node.js's
#    syntax check, without running it (label browser: it needs Node.js)
add_test(NAME browser.form-js-syntax
         COMMAND sh -c "command -v node >/dev/null || { echo 'FAIL: Node.js is not installed: install nodejs'; exit 1; }; exec node --check \"$1\"" sh ${SRC}/stylesheets/form.js)
set_tests_properties(browser.form-js-syntax PROPERTIES LABELS browser TIMEOUT 60)

# -- the form in headless Chromium and in headless Firefox ESR, each its own
#    test so that a failure names the browser (tests/browser/form.test.js;
#    needs Node.js and `npm ci` in tests/browser, which scripts/test does)
foreach(browser chromium firefox)
  add_test(NAME browser.form-${browser}
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/browser/node.sh form.test.js $<TARGET_FILE:mnr>
                   ${CMAKE_CURRENT_BINARY_DIR}/form-browser-${browser})
  set_tests_properties(browser.form-${browser} PROPERTIES LABELS browser TIMEOUT 900
                       ENVIRONMENT "MNR_TEST_BROWSER=${browser};MNR_DATA_DIR=;LC_ALL=C.UTF-8")
  # the same walk on the form in Arabic (right to left) and French, with the
  # catalogs the build makes: labels, names and the script's messages in
  # that language
  foreach(ll ar fr)
    add_test(NAME browser.form-${browser}-${ll}
             COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/browser/node.sh form.test.js $<TARGET_FILE:mnr>
                     ${CMAKE_CURRENT_BINARY_DIR}/form-browser-${browser}-${ll} ${ll})
    set_tests_properties(browser.form-${browser}-${ll} PROPERTIES LABELS browser TIMEOUT 900
                         ENVIRONMENT "MNR_TEST_BROWSER=${browser};MNR_DATA_DIR=;LC_ALL=C.UTF-8")
  endforeach()
endforeach()
