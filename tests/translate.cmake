# Reports, comparisons, cohort reports and forms in another language: the
# texts the ITS rules pick (po/its/mnr.its, src/base/its.c) translated in
# the words module and in the document a layout reads, free text never.
# Included from tests/CMakeLists.txt (SRC and DATA come from there).
#
# mnr-lang is mnr with a table as its catalog (tests/tools/mnr-lang.c), so
# the test needs no compiled catalog; not installed.
get_target_property(mnr_lang_sources mnr SOURCES)
list(REMOVE_ITEM mnr_lang_sources src/cli/main.c)
list(TRANSFORM mnr_lang_sources PREPEND ${PROJECT_SOURCE_DIR}/)
add_executable(mnr-lang ${PROJECT_SOURCE_DIR}/tests/tools/mnr-lang.c ${mnr_lang_sources})
target_include_directories(mnr-lang PRIVATE ${PROJECT_SOURCE_DIR}/src/cli)
target_link_libraries(mnr-lang PRIVATE mnrcore)
target_compile_definitions(mnr-lang PRIVATE MNR_VERSION="${PROJECT_VERSION}")

add_test(NAME e2e.translate
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/translate.sh $<TARGET_FILE:mnr>
                 $<TARGET_FILE:mnr-lang> ${DATA}/translate/xx.tsv)
set_tests_properties(e2e.translate PROPERTIES LABELS e2e TIMEOUT 120
                     ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
