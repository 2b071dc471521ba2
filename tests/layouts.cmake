# The shipped layouts at scale and in a second XSLT processor. Included from
# tests/CMakeLists.txt (SRC and EXAMPLES come from there). Label: e2e.

# -- inputs about 100 times the examples (tests/e2e/scale.sh): each format
#    within a time and a memory limit. The sanitizer build allocates more.
#    The sanitizer build runs the three cases whose texts are many short
#    pieces; the two 200 000-character names go through libxslt's string
#    functions, whose allocations ASan's allocator slows some 40 times and
#    holds in quarantine (72 s and 1.2 GB there against 1.7 s and 30 MB
#    here): their cost is measured in the normal build only.
if(MNR_SANITIZE)
  set(SCALE_LIMITS 180 1000)
  set(SCALE_CASES respondents evidence quotes)
else()
  set(SCALE_LIMITS 60 150)
  set(SCALE_CASES respondents country evidence quotes model-name)
endif()
foreach(case ${SCALE_CASES})
  add_test(NAME e2e.scale-${case}
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/scale.sh $<TARGET_FILE:mnr> ${case} ${SCALE_LIMITS})
  set_tests_properties(e2e.scale-${case} PROPERTIES LABELS e2e TIMEOUT 300
                       ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
endforeach()

# -- the same whole outputs from Saxon-HE as from xsltproc, every layout
#    (tests/e2e/second-xslt.sh): the reports of the examples, of a workshop
#    consensus with its annex (9 of 16 answers agreeing, 56.25%: an exact
#    half, which the processors' format-number round apart), a comparison
#    a cohort and a form; and the rounding itself on exact halves
set(SECOND_XSLT_CASES)
foreach(ex ${EXAMPLES})
  get_filename_component(exname ${ex} NAME_WE)
  list(APPEND SECOND_XSLT_CASES ${exname})
  set(SECOND_XSLT_ARGS_${exname} report ${ex})
endforeach()
set(WS ${CMAKE_CURRENT_SOURCE_DIR}/data/workshop)
list(APPEND SECOND_XSLT_CASES workshop compare cohort form rounding)
set(SECOND_XSLT_ARGS_workshop workshop ${WS}/half-a.xml ${WS}/half-b.xml ${WS}/half-c.xml ${WS}/half-d.xml)
set(SECOND_XSLT_ARGS_compare compare ${CMAKE_CURRENT_SOURCE_DIR}/data/compare/old.xml
    ${CMAKE_CURRENT_SOURCE_DIR}/data/compare/new.xml)
set(SECOND_XSLT_ARGS_cohort cohort ${CMAKE_CURRENT_SOURCE_DIR}/data/cohort/assessments)
set(SECOND_XSLT_ARGS_form form ${SRC}/questionnaires/examples/northland-early.xml)
set(SECOND_XSLT_ARGS_rounding rounding)
foreach(case ${SECOND_XSLT_CASES})
  add_test(NAME e2e.second-xslt-${case}
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/second-xslt.sh $<TARGET_FILE:mnr> ${SECOND_XSLT_ARGS_${case}})
  set_tests_properties(e2e.second-xslt-${case} PROPERTIES LABELS e2e TIMEOUT 180
                       ENVIRONMENT "MNR_DATA_DIR=")
endforeach()

# -- the layouts in another language (tests/e2e/i18n-layouts.sh): words
#    modules made by hand (tests/data/i18n) for Arabic, right to left with
#    a draft notice, and for French number signs; the CSV keeps machine
#    numbers
add_test(NAME e2e.i18n-layouts
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/i18n-layouts.sh $<TARGET_FILE:mnr> ${DATA})
set_tests_properties(e2e.i18n-layouts PROPERTIES LABELS e2e TIMEOUT 120
                     ENVIRONMENT "MNR_DATA_DIR=")
