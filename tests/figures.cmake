# Honest figures in the reports (PRODUCT.md 8a, issue 12 class 5):
# tests/e2e/figures.sh, one case each. Included from tests/CMakeLists.txt.
foreach(case rapid-empty rapid-dont-know rapid-one full-empty worked-example threshold)
  add_test(NAME e2e.figures-${case} COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/figures.sh $<TARGET_FILE:mnr> ${case})
  set_tests_properties(e2e.figures-${case} PROPERTIES LABELS e2e TIMEOUT 60
                       ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
endforeach()
