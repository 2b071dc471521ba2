# The Windows build under Wine (label windows): only when configured with
# -DMNR_WINDOWS_BUILD=DIR, the build directory of scripts/build-windows
# (scripts/test passes it when wine is installed). Compares every command's
# outputs with this build's (tests/e2e/windows.sh), and runs the unit
# tests built for Windows.
set(MNR_WINDOWS_BUILD "" CACHE PATH "scripts/build-windows' build directory, for the windows tests")
if(MNR_WINDOWS_BUILD)
  file(GLOB mnr_win_stage LIST_DIRECTORIES true "${MNR_WINDOWS_BUILD}/stage/mnr-*-windows-x64")
  add_test(NAME windows.commands
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/windows.sh "${mnr_win_stage}" $<TARGET_FILE:mnr> ${SRC})
  set_tests_properties(windows.commands PROPERTIES LABELS windows TIMEOUT 900 RUN_SERIAL ON)
  foreach(t test_scoring test_baseline test_worked_example test_results_figures test_textsafe
            test_sha256 test_merge test_compare test_cohort test_date test_xmlscan test_options)
    add_test(NAME windows.unit.${t}
             COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/wine-run "${MNR_WINDOWS_BUILD}" "${MNR_WINDOWS_BUILD}/mnr/tests/${t}.exe")
    set_tests_properties(windows.unit.${t} PROPERTIES LABELS windows TIMEOUT 300 RUN_SERIAL ON)
  endforeach()
endif()
