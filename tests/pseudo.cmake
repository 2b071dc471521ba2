# The pseudo-language qps (scripts/make-qps: every text of po/mnr.pot
# accented and bracketed): every output of mnr in it holds no English text
# of the template and no placeholder left (tests/e2e/pseudo.sh: reports,
# the workshop annex, compare, cohort, the form, mnr ask, help, errors).
# Needs the qps catalog the build makes. Included from tests/CMakeLists.txt.
# The HTML pages in qps and Arabic in the browser: browser.widths-qps and
# browser.widths-ar (browser.cmake).

add_test(NAME e2e.pseudo-english
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/pseudo.sh $<TARGET_FILE:mnr> ${SRC} ${DATA}
                 ${CMAKE_CURRENT_BINARY_DIR}/pseudo)
set_tests_properties(e2e.pseudo-english PROPERTIES LABELS e2e TIMEOUT 120
)
