# Every output of mnr in each language of po/LINGUAS (French, Spanish,
# Arabic), end to end with the catalogs the build makes (build/locale):
# tests/e2e/languages.sh, what it checks written at its top. Skipped (77)
# while a catalog is not built. Included from tests/CMakeLists.txt.
add_test(NAME e2e.languages
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/languages.sh $<TARGET_FILE:mnr> ${DATA})
set_tests_properties(e2e.languages PROPERTIES LABELS e2e TIMEOUT 300 SKIP_RETURN_CODE 77
                     ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
