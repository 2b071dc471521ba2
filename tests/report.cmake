# mnr report: every example checked against its own results, the fictional
# mark, --target and --param; valgrind on every example in each format.
# Included from tests/CMakeLists.txt (SRC, EXAMPLES, NOOUT, VG and mnr_e2e
# come from there). (The PDF: tests/pdf.cmake; layouts: tests/layouts.cmake;
# user stylesheets: tests/stylesheets.cmake; figures: tests/figures.cmake.)

# -- report: every example, checked against its own results
foreach(ex ${EXAMPLES})
  get_filename_component(exname ${ex} NAME_WE)
  add_test(NAME e2e.report-${exname} COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/report.sh $<TARGET_FILE:mnr> ${ex})
  # report.sh starts some 300 processes (xmllint, grep per capability): it
  # took 110-120 s on a 2-core machine under load, so more room than 120 s
  set_tests_properties(e2e.report-${exname} PROPERTIES LABELS e2e TIMEOUT 300 ENVIRONMENT "MNR_DATA_DIR=")
endforeach()

# every shipped example is marked fictional, and its report says so
file(GLOB_RECURSE SHIPPED_EXAMPLES RELATIVE ${SRC} ${SRC}/questionnaires/examples/*.xml)
foreach(f ${SHIPPED_EXAMPLES})
  mnr_e2e(example-fictional-${f} 0 --out " (fictional example)" --out "This is a fictional example country"
          -- $<TARGET_FILE:mnr> report ${SRC}/${f} -f text -o -)
endforeach()

# --target re-scores answers; a results file already holds its targets
mnr_e2e(report-target-on-results 1 --out "examplia-results.xml: --target needs an answers file" --no-file ${NOOUT}.html
        -- sh -c "$<TARGET_FILE:mnr> score ${SRC}/questionnaires/examples/examplia-middle.xml -o ${CMAKE_CURRENT_BINARY_DIR}/examplia-results.xml && $<TARGET_FILE:mnr> report ${CMAKE_CURRENT_BINARY_DIR}/examplia-results.xml --target 4 -o ${NOOUT}.html")

# -- report --param: only the documented parameters, once each, UTF-8
add_test(NAME e2e.report-params COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/params.sh $<TARGET_FILE:mnr>)
set_tests_properties(e2e.report-params PROPERTIES LABELS e2e TIMEOUT 120 ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")

# -- valgrind memcheck (not in the sanitizer build; VG: tests/CMakeLists.txt)
if(NOT MNR_SANITIZE)
  foreach(ex ${EXAMPLES})
    get_filename_component(exname ${ex} NAME_WE)
    foreach(fmt html text csv)
      add_test(NAME valgrind.report-${exname}-${fmt}
               COMMAND ${VG} $<TARGET_FILE:mnr> report ${ex} --format ${fmt}
                       -o ${CMAKE_CURRENT_BINARY_DIR}/vg-${exname}.${fmt})
      set_tests_properties(valgrind.report-${exname}-${fmt} PROPERTIES LABELS valgrind TIMEOUT 300)
    endforeach()
  endforeach()
endif()
