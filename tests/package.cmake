# The Debian package (scripts/package.cmake): cpack -G DEB on this build,
# in a temporary directory, holds the binary, the data, the man page and
# the docs, and its control fields give project()'s version, the libraries
# it needs and Chromium as a recommendation. Some 10 s. Installing it in a
# fresh Debian is scripts/fresh-check's. Not in the sanitizer build, whose
# binary needs the sanitizers' libraries. Included from tests/CMakeLists.txt.
if(NOT MNR_SANITIZE)
  add_test(NAME package.deb COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/package.sh
           ${PROJECT_BINARY_DIR} ${PROJECT_VERSION})
  set_tests_properties(package.deb PROPERTIES LABELS "e2e;package" TIMEOUT 120)
endif()

# scripts/version prints the version CMake reads from project()
add_test(NAME package.version-script COMMAND ${PROJECT_SOURCE_DIR}/scripts/version)
set_tests_properties(package.version-script PROPERTIES LABELS "e2e;package"
                     PASS_REGULAR_EXPRESSION "^${PROJECT_VERSION}\n$")

# every results file names the version it was made by (generator="mnr
# VERSION", results.c), and the reports show it
mnr_e2e(version-in-results 0 --out "generator=\"mnr ${PROJECT_VERSION}\""
        -- $<TARGET_FILE:mnr> score ${SRC}/questionnaires/examples/examplia-middle.xml -o -)
mnr_e2e(version-in-report 0 --out "mnr ${PROJECT_VERSION}"
        -- $<TARGET_FILE:mnr> report ${SRC}/questionnaires/examples/examplia-middle.xml -f text -o -)
