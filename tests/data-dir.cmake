# Where mnr finds its data (model, questionnaires, stylesheets): --data-dir,
# an installed prefix, the build directory. Included from
# tests/CMakeLists.txt.

# -- --data-dir given a directory that is not one
mnr_e2e(bad-data-dir 1 --out "not an mnr data directory" -- $<TARGET_FILE:mnr> baseline --data-dir /nonexistent)
# -- installed under a prefix, run from elsewhere with MNR_DATA_DIR unset
#    (tests/e2e/install.sh; the man page is installed too)
add_test(NAME e2e.install-finds-data COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/install.sh ${PROJECT_BINARY_DIR})
set_tests_properties(e2e.install-finds-data PROPERTIES LABELS e2e TIMEOUT 300)
# -- from the build directory, with no flag and no MNR_DATA_DIR: the source tree.
mnr_e2e(build-dir-finds-data 0 --out "Leadership" -- $<TARGET_FILE:mnr> baseline)
