# The editable reports: DOCX and ODT (mnr report/compare/cohort -o X.docx,
# X.odt), their reference documents (--reference-docx, --reference-odt)
# and the refusal of bad ones. Included from tests/CMakeLists.txt (SRC,
# DATA, NOOUT and mnr_e2e come from there).
#
# Labels: the tests that run LibreOffice carry the label office and share
# one RESOURCE_LOCK, so that two LibreOffice never run at once (each takes
# a core and some 15 s to 60 s); `ctest -LE office` leaves them out. The
# pandoc tests (a second reader) are plain e2e.

set(OFFICE_SH ${CMAKE_CURRENT_SOURCE_DIR}/e2e/office.sh)
set(OFFICE_DATA ${DATA}/office)
set(OFFICE_RESULTS ${DATA}/office/examplia-results.xml)

function(mnr_office name)
  add_test(NAME e2e.office-${name} COMMAND ${OFFICE_SH} ${ARGN})
  set_tests_properties(e2e.office-${name} PROPERTIES LABELS "e2e;office" TIMEOUT 400
                       RESOURCE_LOCK libreoffice ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
endfunction()

# -- LibreOffice opens the DOCX and the ODT and converts them to PDF; the
#    PDF's text holds every capability, level and figure of the text report
mnr_office(convert convert $<TARGET_FILE:mnr> ${OFFICE_RESULTS})
# -- the Arabic report right to left: bidi markers, an Arabic font, and
#    LibreOffice's PDF of each holds the Arabic words
mnr_office(rtl rtl $<TARGET_FILE:mnr> ${OFFICE_RESULTS} ${SRC}/po/ar.po)
# -- a reference document's styles, page and header are taken
mnr_office(reference reference $<TARGET_FILE:mnr> ${OFFICE_RESULTS})

# -- pandoc reads each back: the HTML's headings, the text's figures
foreach(layout report compare cohort)
  if(layout STREQUAL "report")
    set(args ${OFFICE_RESULTS})
  elseif(layout STREQUAL "compare")
    set(args ${DATA}/compare/old.xml ${DATA}/compare/new.xml)
  else()
    set(args ${DATA}/cohort/assessments)
  endif()
  add_test(NAME e2e.office-reader-${layout} COMMAND ${OFFICE_SH} reader $<TARGET_FILE:mnr> ${layout} ${args})
  set_tests_properties(e2e.office-reader-${layout} PROPERTIES LABELS e2e TIMEOUT 120
                       ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
endforeach()

# -- the package: an ODT's mimetype first and stored; the parts a DOCX has
add_test(NAME e2e.office-package COMMAND sh -c
  "d=$(mktemp -d) && trap 'rm -rf \$d' EXIT && \
   $<TARGET_FILE:mnr> report ${OFFICE_RESULTS} -o \$d/r.odt 2>/dev/null && \
   $<TARGET_FILE:mnr> compare ${DATA}/compare/old.xml ${DATA}/compare/new.xml -f docx -o \$d/c 2>/dev/null && \
   unzip -v \$d/r.odt | sed -n 4p | grep -q ' Stored .* mimetype$' && \
   [ \"$(unzip -p \$d/r.odt mimetype)\" = application/vnd.oasis.opendocument.text ] && \
   unzip -p \$d/c word/document.xml | grep -q '<w:tblHeader/>' && \
   unzip -p \$d/c word/document.xml | grep -q '<w:pStyle w:val=\"Heading1\"/>' && \
   unzip -p \$d/c word/document.xml | grep -q '<wp:docPr id=\"1\" name=\"Chart 1\" descr=\"' && \
   unzip -p \$d/c docProps/core.xml | grep -q '<dc:language>en</dc:language>' && \
   unzip -p \$d/r.odt content.xml | grep -q '<table:table-header-rows>' && \
   unzip -p \$d/r.odt content.xml | grep -q '<svg:title>Domain profile' && \
   unzip -p \$d/r.odt meta.xml | grep -q '<dc:title>Republic of Examplia'")
set_tests_properties(e2e.office-package PROPERTIES LABELS e2e ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")

# -- bad reference documents: one message each, exit 1, nothing written
# (";" splits a CMake argument: each message is checked in its parts)
set(REDO "save the document again from Word (.docx) or LibreOffice (.odt), or leave out the reference document")
mnr_e2e(office-ref-not-zip 1
  --out "not-zip.docx: not a zip archive (Not a zip archive), so not a DOCX or ODT document" --out "document\; ${REDO}"
  --no-file ${NOOUT}.docx -- $<TARGET_FILE:mnr> report ${OFFICE_RESULTS} -o ${NOOUT}.docx --reference-docx ${OFFICE_DATA}/not-zip.docx)
mnr_e2e(office-ref-bomb 1
  --out "bomb.docx: the zip's entries unpack to more than a reference document may (8 MB an entry, 64 MB together" --out "together\; a zip bomb?)\; ${REDO}"
  --no-file ${NOOUT}.docx -- $<TARGET_FILE:mnr> report ${OFFICE_RESULTS} -o ${NOOUT}.docx --reference-docx ${OFFICE_DATA}/bomb.docx)
mnr_e2e(office-ref-lying-bomb 1
  --out "lying-bomb.docx: its entry word/styles.xml unpacks to another size than it declares (a zip bomb?)" --out "(a zip bomb?)\; ${REDO}"
  --no-file ${NOOUT}.docx -- $<TARGET_FILE:mnr> report ${OFFICE_RESULTS} -o ${NOOUT}.docx --reference-docx ${OFFICE_DATA}/lying-bomb.docx)
mnr_e2e(office-ref-no-styles 1
  --out "no-styles.docx: a zip without word/styles.xml, so not a Word document (.docx)" --out "(.docx)\; give a document saved by Word or LibreOffice as .docx"
  --no-file ${NOOUT}.docx -- $<TARGET_FILE:mnr> report ${OFFICE_RESULTS} -o ${NOOUT}.docx --reference-docx ${OFFICE_DATA}/no-styles.docx)
mnr_e2e(office-ref-odt-no-styles 1
  --out "no-styles.docx: a zip without styles.xml, so not an OpenDocument text (.odt)" --out "(.odt)\; give a document saved by LibreOffice as .odt"
  --no-file ${NOOUT}.odt -- $<TARGET_FILE:mnr> report ${OFFICE_RESULTS} -o ${NOOUT}.odt --reference-odt ${OFFICE_DATA}/no-styles.docx)
add_test(NAME e2e.office-ref-too-large COMMAND ${OFFICE_SH} too-large $<TARGET_FILE:mnr> ${OFFICE_RESULTS})
set_tests_properties(e2e.office-ref-too-large PROPERTIES LABELS e2e ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
mnr_e2e(office-ref-wrong-format 2
  --out "mnr report: --reference-docx is the template of a DOCX report" --out "report\; write -o OUT.docx, or leave it out"
  --no-file ${NOOUT}.html -- $<TARGET_FILE:mnr> report ${OFFICE_RESULTS} -o ${NOOUT}.html --reference-docx ${OFFICE_DATA}/no-styles.docx)
mnr_e2e(office-ref-cohort-no-report 2
  --out "mnr cohort: a reference document is the template of --report OUT" --out "OUT\; give --report"
  -- $<TARGET_FILE:mnr> cohort ${DATA}/cohort/assessments -o ${NOOUT} --reference-odt ${OFFICE_DATA}/no-styles.docx)
