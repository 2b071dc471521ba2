# PDF reports through headless Chromium, and escaping of user text in every
# report format. Included from tests/CMakeLists.txt (SRC, DATA, EXPECT and
# mnr_e2e come from there).
#
# Labels: tests that print a PDF need chromium and poppler-utils and carry
# the labels e2e and pdf. Without chromium they FAIL, with the message to
# install it; they never pass silently. `ctest -LE pdf` leaves them out.
# The tests of what happens when the browser is missing or broken need no
# browser and are plain e2e.

set(PDF_E2E ${CMAKE_CURRENT_SOURCE_DIR}/e2e)

# mnr_pdf(NAME ANSWERS MIN_PAGES MAX_PAGES PAPER): tests/e2e/pdf.sh
function(mnr_pdf name answers min max paper)
  add_test(NAME e2e.pdf-${name} COMMAND ${PDF_E2E}/pdf.sh $<TARGET_FILE:mnr> ${answers} ${min} ${max} ${paper})
  set_tests_properties(e2e.pdf-${name} PROPERTIES LABELS "e2e;pdf" TIMEOUT 240
                       ENVIRONMENT "MNR_DATA_DIR=;MNR_BROWSER=;LC_ALL=C.UTF-8")
endfunction()

# -- every example on A4 and on Letter. Page counts as printed by Chromium
#    156 with DejaVu Sans (the only font of a bare Debian 12) give the
#    middle of each range; the ranges leave room for other fonts, which
#    print narrower, and for edits to the model text, while still catching
#    a layout that falls apart (a section per page, a table cut off).
#    The example                  A4          Letter
set(PDF_PAGES_examplia-middle     30 52       32 56)
set(PDF_PAGES_examplia-2023       26 48       29 53)
set(PDF_PAGES_northland-early     28 50       30 54)
set(PDF_PAGES_southaven-advanced  30 52       32 56)
file(GLOB PDF_EXAMPLES ${SRC}/questionnaires/examples/*.xml)
foreach(ex ${PDF_EXAMPLES})
  get_filename_component(exname ${ex} NAME_WE)
  if(DEFINED PDF_PAGES_${exname})
    list(GET PDF_PAGES_${exname} 0 a4min)
    list(GET PDF_PAGES_${exname} 1 a4max)
    list(GET PDF_PAGES_${exname} 2 ltmin)
    list(GET PDF_PAGES_${exname} 3 ltmax)
  else()
    # a new example: any sensible length
    set(a4min 20)
    set(a4max 80)
    set(ltmin 20)
    set(ltmax 80)
  endif()
  mnr_pdf(${exname} ${ex} ${a4min} ${a4max} a4)
  mnr_pdf(${exname}-letter ${ex} ${ltmin} ${ltmax} letter)
endforeach()

# -- markup in the country name prints as text: pdf.sh finds the country
#    (<script>alert(1)</script> & ...) literally in the PDF's text, and a
#    name that tries to end the print stylesheet hides nothing (all 21
#    capabilities are still printed)
mnr_pdf(script-country ${DATA}/answers/script-country.xml 20 60 a4)
mnr_pdf(style-country ${DATA}/answers/style-country.xml 20 60 letter)

# -- no browser, or a broken one: one clear message, exit 1, no file
set(PDF_EXAMPLE ${SRC}/questionnaires/examples/examplia-middle.xml)
set(PDF_NOOUT ${CMAKE_CURRENT_BINARY_DIR}/pdf-must-not-exist)
mnr_e2e(pdf-browser-nonexistent 1 --out "pdf-must-not-exist-1.pdf: cannot write a PDF"
        --out "the browser given is not an executable file" --out "sudo apt-get install chromium"
        --out "--format html" --no-file ${PDF_NOOUT}-1.pdf
        -- $<TARGET_FILE:mnr> report ${PDF_EXAMPLE} -o ${PDF_NOOUT}-1.pdf --browser /nonexistent)
mnr_e2e(pdf-browser-env-nonexistent 1 --out "cannot write a PDF" --out "sudo apt-get install chromium"
        --no-file ${PDF_NOOUT}-2.pdf
        -- /usr/bin/env MNR_BROWSER=/nonexistent $<TARGET_FILE:mnr> report ${PDF_EXAMPLE} -o ${PDF_NOOUT}-2.pdf)
mnr_e2e(pdf-no-chromium 1 --out "cannot write a PDF: headless Chromium is not installed"
        --out "sudo apt-get install chromium" --no-file ${PDF_NOOUT}-3.pdf
        -- /usr/bin/env -u MNR_BROWSER PATH=/nonexistent $<TARGET_FILE:mnr> report ${PDF_EXAMPLE} -o ${PDF_NOOUT}-3.pdf)
mnr_e2e(pdf-browser-directory 1 --out "the browser given is not an executable file" --no-file ${PDF_NOOUT}-4.pdf
        -- $<TARGET_FILE:mnr> report ${PDF_EXAMPLE} -o ${PDF_NOOUT}-4.pdf --browser /usr/bin)
mnr_e2e(pdf-browser-fails 1 --out "failed to print the PDF (exit 1)" --out "--format html"
        --no-file ${PDF_NOOUT}-5.pdf
        -- $<TARGET_FILE:mnr> report ${PDF_EXAMPLE} -o ${PDF_NOOUT}-5.pdf --browser /bin/false)

# -- paper sizes the stylesheet does not know
mnr_e2e(report-bad-paper 1 --out "paper=a5 is not a paper size this report knows: use a4 or letter"
        --no-file ${PDF_NOOUT}-6.html
        -- $<TARGET_FILE:mnr> report ${PDF_EXAMPLE} --param paper=a5 -o ${PDF_NOOUT}-6.html)

# -- escaping of user text in HTML, text and CSV, and of --param values
add_test(NAME e2e.escaping COMMAND ${PDF_E2E}/escaping.sh $<TARGET_FILE:mnr> ${DATA}/answers)
set_tests_properties(e2e.escaping PROPERTIES LABELS e2e TIMEOUT 120
                     ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")

# -- a user stylesheet's HTML cannot pull local files or the network into
#    the PDF (tests/e2e/pdf-policy.sh)
add_test(NAME e2e.pdf-user-stylesheet-policy
         COMMAND ${PDF_E2E}/pdf-policy.sh $<TARGET_FILE:mnr> ${SRC}/questionnaires/examples/examplia-middle.xml)
set_tests_properties(e2e.pdf-user-stylesheet-policy PROPERTIES LABELS "e2e;pdf" TIMEOUT 240
                     ENVIRONMENT "MNR_DATA_DIR=;MNR_BROWSER=;LC_ALL=C.UTF-8")

# -- user text cannot rescale, clip or reorder the printed report: a
#    400-character word in evidence and as the country, an unclosed
#    right-to-left override after the country (tests/e2e/pdf-user-text.sh)
add_test(NAME e2e.pdf-user-text
         COMMAND ${PDF_E2E}/pdf-user-text.sh $<TARGET_FILE:mnr> ${SRC}/questionnaires/examples/examplia-middle.xml)
set_tests_properties(e2e.pdf-user-text PROPERTIES LABELS "e2e;pdf" TIMEOUT 400
                     ENVIRONMENT "MNR_DATA_DIR=;MNR_BROWSER=;LC_ALL=C.UTF-8")

# -- names and evidence in Arabic, Chinese, Cyrillic and Devanagari print
#    as text in fonts that have them (Noto, installed by scripts/lib.sh's
#    PDF_PACKAGES), every font embedded (tests/e2e/pdf-scripts.sh)
add_test(NAME e2e.pdf-scripts
         COMMAND ${PDF_E2E}/pdf-scripts.sh $<TARGET_FILE:mnr> ${SRC}/questionnaires/examples/examplia-middle.xml)
set_tests_properties(e2e.pdf-scripts PROPERTIES LABELS "e2e;pdf" TIMEOUT 240
                     ENVIRONMENT "MNR_DATA_DIR=;MNR_BROWSER=;LC_ALL=C.UTF-8")

# -- the HTML report puts each piece of user text in a <bdi> and keeps the
#    line breaks of evidence and comments (tests/e2e/user-text.sh)
add_test(NAME e2e.user-text-html COMMAND ${PDF_E2E}/user-text.sh $<TARGET_FILE:mnr> ${DATA}/answers/user-text.xml)
set_tests_properties(e2e.user-text-html PROPERTIES LABELS e2e TIMEOUT 120
                     ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
