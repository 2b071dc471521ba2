# User stylesheets that are broken or hostile, and output files that cannot
# be written. Included from tests/CMakeLists.txt (SRC, DATA, EXPECT and
# mnr_e2e come from there). Labels: e2e;bad-input.

set(STYLE_E2E ${CMAKE_CURRENT_SOURCE_DIR}/e2e/stylesheet.sh)
set(STYLE_ANSWERS ${SRC}/questionnaires/examples/examplia-middle.xml)
set(BADXSL ${DATA}/bad/stylesheet)

# mnr_bad_stylesheet(NAME CASE EXPECTED [NAMED]): tests/e2e/stylesheet.sh
function(mnr_bad_stylesheet name case expected)
  add_test(NAME e2e.stylesheet-${name}
           COMMAND ${STYLE_E2E} $<TARGET_FILE:mnr> ${STYLE_ANSWERS} ${case} ${expected} ${ARGN})
  set_tests_properties(e2e.stylesheet-${name} PROPERTIES LABELS "e2e;bad-input" TIMEOUT 60
                       ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
endfunction()

# -- what a stylesheet may not do
mnr_bad_stylesheet(write-file ${BADXSL}/write-file.xsl
  "write-file.xsl:6: the stylesheet tries to write the file /tmp/mnr-stylesheet-write-test.txt")
mnr_bad_stylesheet(read-local ${BADXSL}/read-local.xsl
  "read-local.xsl:5: the stylesheet tries to read /etc/passwd through document()")
mnr_bad_stylesheet(read-file-url ${BADXSL}/read-file-url.xsl
  "read-file-url.xsl:5: the stylesheet tries to read file:///etc/passwd through document()")
mnr_bad_stylesheet(read-sibling ${BADXSL}/read-sibling.xsl
  "may read only itself and the modules it imports")
mnr_bad_stylesheet(read-http ${BADXSL}/read-http.xsl
  "read-http.xsl:6: the stylesheet tries to fetch http://127.0.0.1:9/data.xml through document()")
mnr_bad_stylesheet(recursion ${BADXSL}/recursion.xsl
  "recursion.xsl:8: the stylesheet nests template calls more than 3000 deep")
mnr_bad_stylesheet(import-outside ${BADXSL}/import-outside.xsl
  "import-outside.xsl:4: the stylesheet module file:///etc/passwd is outside the stylesheet's own folder")
mnr_bad_stylesheet(read-no-path ${BADXSL}/read-no-path.xsl
  "read-no-path.xsl:6: the stylesheet tries to read file://localhost through document()")
mnr_bad_stylesheet(external-entity ${BADXSL}/external-entity.xsl
  "external-entity.xsl:2: the file has a <!DOCTYPE> declaration")
mnr_bad_stylesheet(billion-laughs ${BADXSL}/billion-laughs.xsl
  "billion-laughs.xsl:2: the file has a <!DOCTYPE> declaration")
mnr_bad_stylesheet(xinclude ${BADXSL}/xinclude.xsl
  "xinclude.xsl:5: the file has an XInclude element <xi:include>, which mnr does not accept")

# -- stylesheets that are simply broken
mnr_bad_stylesheet(import-missing ${BADXSL}/import-missing.xsl
  "import-missing.xsl:4: the stylesheet module ${BADXSL}/no-such-module.xsl does not exist")
mnr_bad_stylesheet(import-broken ${BADXSL}/import-broken.xsl
  "broken-module.xsl:4: Opening and ending tag mismatch" broken-module.xsl)
mnr_bad_stylesheet(messages-then-error ${BADXSL}/messages-then-error.xsl
  "messages-then-error.xsl:7: the stylesheet failed (Variable 'undeclared' has not been declared.)")
mnr_bad_stylesheet(compile-error ${BADXSL}/compile-error.xsl
  "compile-error.xsl:5: not a usable XSLT 1.0 stylesheet: xsl:value-of : could not compile select expression")
mnr_bad_stylesheet(runtime-error ${BADXSL}/runtime-error.xsl
  "the stylesheet stopped with its own message \"this layout needs a newer results file\", so no report was written")
mnr_bad_stylesheet(not-a-stylesheet ${BADXSL}/not-a-stylesheet.xsl
  "not-a-stylesheet.xsl:3: not a usable XSLT 1.0 stylesheet")
mnr_bad_stylesheet(not-xml ${BADXSL}/not-xml.xsl "not-xml.xsl:1: not an XML file")
mnr_bad_stylesheet(empty ${BADXSL}/empty.xsl "empty.xsl: the file is empty")
mnr_bad_stylesheet(binary ${BADXSL}/binary.xsl "binary.xsl:2: the file holds binary data (a zero byte)")
mnr_bad_stylesheet(invalid-utf8 ${BADXSL}/invalid-utf8.xsl "invalid-utf8.xsl:3: the file is not valid UTF-8 (byte 0xE9 here)")
mnr_bad_stylesheet(huge @huge "huge.xsl: the file is too large")
mnr_bad_stylesheet(deep @deep "deep.xsl:2: elements are nested more than 256 deep")
mnr_bad_stylesheet(missing @missing "no-such-layout.xsl: no such file")
mnr_bad_stylesheet(directory @directory "layouts: is a directory")

# -- what a user's own layout may do: import a module from its own
#    directory and read itself with document('')
mnr_e2e(stylesheet-custom-layout 0 --out "Ministry summary (custom layout)" --out "Overall maturity index: 1.64"
        -- sh -c "$<TARGET_FILE:mnr> report ${STYLE_ANSWERS} --stylesheet ${DATA}/stylesheet-custom/summary.xsl -o ${CMAKE_CURRENT_BINARY_DIR}/custom.txt && cat ${CMAKE_CURRENT_BINARY_DIR}/custom.txt")
# ...and one that declares the XHTML namespace in each of 100 templates
mnr_e2e(stylesheet-many-namespaces 0 --out "<p>part 100</p>"
        -- sh -c "$<TARGET_FILE:mnr> report ${STYLE_ANSWERS} --stylesheet ${DATA}/stylesheet-custom/many-templates.xsl -o ${CMAKE_CURRENT_BINARY_DIR}/many.html && cat ${CMAKE_CURRENT_BINARY_DIR}/many.html")
# ...and a copy of the shipped HTML layout with its modules (common.xsl,
#    common-html.xsl, charts.xsl, and words.xsl, which common.xsl imports)
#    beside it
add_test(NAME e2e.stylesheet-copied-layout
         COMMAND sh -c "d=$(mktemp -d) && cp ${SRC}/stylesheets/report-html.xsl ${SRC}/stylesheets/common.xsl ${SRC}/stylesheets/common-html.xsl ${SRC}/stylesheets/charts.xsl ${SRC}/stylesheets/words.xsl $d/ && $<TARGET_FILE:mnr> report ${STYLE_ANSWERS} --stylesheet $d/report-html.xsl -o $d/r.html && grep -q '<svg' $d/r.html; rc=$?; rm -rf $d; exit $rc")
set_tests_properties(e2e.stylesheet-copied-layout PROPERTIES LABELS e2e ENVIRONMENT "MNR_DATA_DIR=")

# ...and mnr's own layouts from a data directory whose path has a space
#    and a non-ASCII letter (imports are %-escaped URLs)
add_test(NAME e2e.stylesheet-data-dir-with-space
         COMMAND sh -c "d=$(mktemp -d) && mkdir \"$d/données mnr\" && cp -r ${SRC}/model ${SRC}/questionnaires ${SRC}/stylesheets \"$d/données mnr/\" && $<TARGET_FILE:mnr> report ${STYLE_ANSWERS} --data-dir \"$d/données mnr\" -o $d/r.html && grep -q '<svg' $d/r.html; rc=$?; rm -rf $d; exit $rc")
set_tests_properties(e2e.stylesheet-data-dir-with-space PROPERTIES LABELS e2e ENVIRONMENT "MNR_DATA_DIR=")

# -- output files: written whole or not at all (tests/e2e/output.sh)
foreach(case full-disk score-full-disk size-limit unwritable no-directory is-directory pdf-fails
             replaces dev-null stdout symlink dangling-symlink foreign-symlink dev-shm
             proc-regular stdout-closed empty-name)
  add_test(NAME e2e.output-${case}
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/output.sh $<TARGET_FILE:mnr> ${STYLE_ANSWERS} ${case})
  set_tests_properties(e2e.output-${case} PROPERTIES LABELS "e2e;bad-input" TIMEOUT 120
                       SKIP_RETURN_CODE 77 ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
endforeach()

# -- outputs that must not lose or destroy data (tests/e2e/output-safety.sh)
foreach(case stdout-full stdout-small-disk output-is-input output-in-data-dir read-only
             pdf-signal pdf-changed results-at-limit format-mismatch long-name stdin-dash
             over-answers)
  add_test(NAME e2e.output-safety-${case}
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/output-safety.sh $<TARGET_FILE:mnr> ${STYLE_ANSWERS} ${case})
  set_tests_properties(e2e.output-safety-${case} PROPERTIES LABELS "e2e;bad-input" TIMEOUT 180
                       SKIP_RETURN_CODE 77 ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
endforeach()
add_test(NAME e2e.output-safety-pdf-too-large
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/output-safety.sh $<TARGET_FILE:mnr> ${STYLE_ANSWERS} pdf-too-large)
set_tests_properties(e2e.output-safety-pdf-too-large PROPERTIES LABELS "e2e;bad-input" TIMEOUT 120
                     ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
# Ctrl-C while Chromium itself prints: nothing left in TMPDIR
add_test(NAME e2e.output-safety-pdf-signal-chromium
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/output-safety.sh $<TARGET_FILE:mnr> ${STYLE_ANSWERS} pdf-signal-chromium)
set_tests_properties(e2e.output-safety-pdf-signal-chromium PROPERTIES LABELS "e2e;pdf" TIMEOUT 240
                     ENVIRONMENT "MNR_DATA_DIR=;MNR_BROWSER=;LC_ALL=C.UTF-8")
# prints about 300 pages through chromium: label pdf, as tests/pdf.cmake
add_test(NAME e2e.output-safety-pdf-large-complete
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/output-safety.sh $<TARGET_FILE:mnr> ${STYLE_ANSWERS} pdf-large-complete)
set_tests_properties(e2e.output-safety-pdf-large-complete PROPERTIES LABELS "e2e;pdf" TIMEOUT 600
                     ENVIRONMENT "MNR_DATA_DIR=;MNR_BROWSER=;LC_ALL=C.UTF-8")
