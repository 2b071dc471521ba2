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

# -- the same reports from Saxon-HE as from xsltproc (tests/e2e/second-xslt.sh)
foreach(ex ${EXAMPLES})
  get_filename_component(exname ${ex} NAME_WE)
  add_test(NAME e2e.second-xslt-${exname}
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/second-xslt.sh $<TARGET_FILE:mnr> ${ex})
  set_tests_properties(e2e.second-xslt-${exname} PROPERTIES LABELS e2e TIMEOUT 180
                       ENVIRONMENT "MNR_DATA_DIR=")
endforeach()
