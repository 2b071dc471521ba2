# The documentation matches the program: options in --help, the man page
# and the README; the README's commands run. Included from
# tests/CMakeLists.txt.

# -- every option of every command is in its --help, the man page and the README
add_test(NAME e2e.docs-options COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/docs-options.sh $<TARGET_FILE:mnr>)
set_tests_properties(e2e.docs-options PROPERTIES LABELS e2e TIMEOUT 120 ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")

# -- every command of the README's examples runs as written on the shipped
#    files (one prints a PDF: chromium, as tests/pdf.cmake)
add_test(NAME e2e.readme-commands COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/readme-commands.sh $<TARGET_FILE:mnr>)
set_tests_properties(e2e.readme-commands PROPERTIES LABELS "e2e;pdf" TIMEOUT 300
                     ENVIRONMENT "MNR_DATA_DIR=;MNR_BROWSER=;LC_ALL=C.UTF-8")
