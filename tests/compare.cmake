# mnr compare: the command line, the hand-worked pair in every
# format (tests/e2e/compare.sh), the PDF, axe-core on the HTML and valgrind.
# Included from tests/CMakeLists.txt.

set(CMP ${DATA}/compare)
set(CMP_OUT ${CMAKE_CURRENT_BINARY_DIR}/compare-must-not-exist)
mnr_e2e(compare-help 0 --out "Usage: mnr compare OLD NEW [-o OUT] [--format text|html|pdf|csv|docx|odt]"
        --out "mnr does not rank or compare countries" -- $<TARGET_FILE:mnr> compare --help)
mnr_e2e(compare-in-help 0 --out "  compare    show one country's progress between two of its assessments"
        -- $<TARGET_FILE:mnr> --help)
mnr_e2e(compare-same-file 0 --out "new.xml: warning: is the same file as the earlier one: nothing can have changed"
        --out "Criteria               0 newly met, 0 no longer met"
        -- $<TARGET_FILE:mnr> compare ${CMP}/new.xml ${CMP}/new.xml)
mnr_e2e(compare-one-file 2 --out "mnr compare: give the two assessments to compare: mnr compare OLD NEW"
        -- $<TARGET_FILE:mnr> compare ${CMP}/old.xml)
mnr_e2e(compare-three-files 2 --out "mnr compare: two assessments at a time ('${CMP}/old.xml' is extra)"
        -- $<TARGET_FILE:mnr> compare ${CMP}/old.xml ${CMP}/new.xml ${CMP}/old.xml)
mnr_e2e(compare-stdin 2 --out "mnr compare: '-' would be standard input, which mnr does not read"
        -- $<TARGET_FILE:mnr> compare ${CMP}/old.xml -)
mnr_e2e(compare-unknown-extension 2 --out "mnr compare: cannot tell the format from '${CMP_OUT}.doc'" --out "add --format html, pdf, text, csv, docx or odt"
        --no-file ${CMP_OUT}.doc -- $<TARGET_FILE:mnr> compare ${CMP}/old.xml ${CMP}/new.xml -o ${CMP_OUT}.doc)
mnr_e2e(compare-format-mismatch 2 --out "mnr compare: --format csv does not match the output name '${CMP_OUT}.html', which says html"
        --no-file ${CMP_OUT}.html -- $<TARGET_FILE:mnr> compare ${CMP}/old.xml ${CMP}/new.xml -o ${CMP_OUT}.html -f csv)
# two countries: refused, whatever the format, with nothing written
mnr_e2e(compare-two-countries 1
        --out "northland-early.xml:6: this is an assessment of \"Northland\", but ${SRC}/questionnaires/examples/examplia-middle.xml is of \"Republic of Examplia\": mnr compare shows one country's progress between two of its own assessments and never sets two countries side by side (mnr does not rank countries)"
        --out "give two assessments of the same country" --no-file ${CMP_OUT}.html
        -- $<TARGET_FILE:mnr> compare ${SRC}/questionnaires/examples/examplia-middle.xml
           ${SRC}/questionnaires/examples/northland-early.xml -o ${CMP_OUT}.html)
mnr_e2e(compare-later-first 1
        --out "new.xml:9: this assessment, dated 2026-06-01, is the later one (${CMP}/old.xml is dated 2024-05-10)"
        --out "give the earlier assessment first: mnr compare OLD NEW"
        --no-file ${CMP_OUT}.txt -- $<TARGET_FILE:mnr> compare ${CMP}/new.xml ${CMP}/old.xml -o ${CMP_OUT}.txt)
# -- every date is ordered, and refused at input when no assessment can have
#    it: OLD 10000-01-01 (a five-digit year) and NEW 9999-12-31 are both in
#    the future, the first named with its line
mnr_e2e(compare-five-digit-year 1
        --out "old-10000.xml:7: the assessment is dated 10000-01-01, after today ("
        --out "correct the date to the day the assessment was made"
        --no-file ${CMP_OUT}.txt
        -- sh -c "sed 's|<date>[^<]*</date>|<date>10000-01-01</date>|' \"$2\"/old.xml > \"$3\"/old-10000.xml && sed 's|<date>[^<]*</date>|<date>9999-12-31</date>|' \"$2\"/new.xml > \"$3\"/new-9999.xml && exec \"$1\" compare \"$3\"/old-10000.xml \"$3\"/new-9999.xml -o \"$4\""
           sh $<TARGET_FILE:mnr> ${CMP} ${CMAKE_CURRENT_BINARY_DIR} ${CMP_OUT}.txt)
mnr_e2e(compare-other-model 1
        --out "old-model.xml:3: these answers were made against model mnr-maturity 0.9, but this mnr has model mnr-maturity 1.0"
        --no-file ${CMP_OUT}.txt -- $<TARGET_FILE:mnr> compare ${CMP}/old.xml ${ANS}/old-model.xml -o ${CMP_OUT}.txt)
mnr_e2e(compare-missing 1 --out "no-such-file.xml: no such file" --out "check the path"
        --no-file ${CMP_OUT}.txt -- $<TARGET_FILE:mnr> compare ${CMP}/no-such-file.xml ${CMP}/new.xml -o ${CMP_OUT}.txt)
mnr_e2e(compare-malformed 1 --out "malformed.xml:3: Opening and ending tag mismatch" --out "not well-formed XML"
        --no-file ${CMP_OUT}.txt -- $<TARGET_FILE:mnr> compare ${CMP}/old.xml ${DATA}/bad/malformed.xml -o ${CMP_OUT}.txt)
mnr_e2e(compare-wrong-kind 1 --out "mnr-model.xml:21: expected an answers or results file, found <model>"
        --out "mnr compare reads what mnr score reads or writes"
        --no-file ${CMP_OUT}.txt -- $<TARGET_FILE:mnr> compare ${SRC}/model/mnr-model.xml ${CMP}/new.xml -o ${CMP_OUT}.txt)
mnr_e2e(compare-into-data-dir 1 --out "cannot write the output there: it is in the stylesheets directory of mnr's data directory"
        --no-file ${SRC}/stylesheets/compare-out.html
        -- $<TARGET_FILE:mnr> compare ${CMP}/old.xml ${CMP}/new.xml -o ${SRC}/stylesheets/compare-out.html)
mnr_e2e(compare-pdf-no-browser 1 --out "compare-must-not-exist.pdf: cannot write a PDF: the browser given is not an executable file"
        --no-file ${CMP_OUT}.pdf
        -- $<TARGET_FILE:mnr> compare ${CMP}/old.xml ${CMP}/new.xml -o ${CMP_OUT}.pdf --browser /nonexistent)
add_test(NAME e2e.compare COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/compare.sh $<TARGET_FILE:mnr> ${DATA})
set_tests_properties(e2e.compare PROPERTIES LABELS e2e TIMEOUT 120 ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")

# the PDF through headless Chromium (needs chromium and poppler-utils, as
# the report's PDF tests: tests/pdf.cmake)
add_test(NAME e2e.pdf-compare COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/compare-pdf.sh $<TARGET_FILE:mnr>
         ${CMP}/old.xml ${CMP}/new.xml)
set_tests_properties(e2e.pdf-compare PROPERTIES LABELS "e2e;pdf" TIMEOUT 240
                     ENVIRONMENT "MNR_DATA_DIR=;MNR_BROWSER=;LC_ALL=C.UTF-8")

# the HTML passes axe-core as the reports do (tests/browser.cmake)
add_test(NAME browser.a11y-compare
         COMMAND sh -c "\"$1\" compare \"$2\"/old.xml \"$2\"/new.xml -o \"$3\" && \"$4\" a11y.js \"$3\""
                 sh $<TARGET_FILE:mnr> ${CMP} ${CMAKE_CURRENT_BINARY_DIR}/a11y-compare.html
                 ${CMAKE_CURRENT_SOURCE_DIR}/browser/node.sh)
set_tests_properties(browser.a11y-compare PROPERTIES LABELS "browser" TIMEOUT 300
                     ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")

if(NOT MNR_SANITIZE)
  add_test(NAME valgrind.compare COMMAND ${VG} $<TARGET_FILE:mnr> compare ${CMP}/old.xml ${CMP}/new.xml
           -o ${CMAKE_CURRENT_BINARY_DIR}/vg-compare.html)
  set_tests_properties(valgrind.compare PROPERTIES LABELS valgrind TIMEOUT 300)
endif()
