# Honest figures in the reports (docs/scoring.md sections 2 and 3):
# tests/e2e/figures.sh, one case each. Included from tests/CMakeLists.txt.
foreach(case rapid-empty rapid-dont-know rapid-one full-empty worked-example threshold)
  add_test(NAME e2e.figures-${case} COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/figures.sh $<TARGET_FILE:mnr> ${case})
  set_tests_properties(e2e.figures-${case} PROPERTIES LABELS e2e TIMEOUT 60
                       ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
endforeach()

# mnr score's one-line summary follows the same rules.
mnr_e2e(figures-score-summary-one 0
        --out "Testonia: overall index 4.00 over 1 of 21 capabilities, no overall level (5 of 6 domains have no assessed capability)"
        --not "level 4, Mature" -- $<TARGET_FILE:mnr> score ${DATA}/answers/rapid-one.xml -o ${CMAKE_CURRENT_BINARY_DIR}/figures-rapid-one.xml)
mnr_e2e(figures-score-summary-all 0
        --out "overall index 1.64 (level 1, Emerging) over 21 of 21 capabilities"
        -- $<TARGET_FILE:mnr> score ${SRC}/questionnaires/examples/examplia-middle.xml -o ${CMAKE_CURRENT_BINARY_DIR}/figures-examplia.xml)

# The summary's comparison table names what it leaves out beneath it: the
# example's Legislation has no figure in the 2021 review (20 of its 21
# capabilities in the table); the hand-worked pair's later assessment adds
# the capabilities not assessed.
mnr_e2e(figures-comparison-left-out 0
        --out "<p class=\"table-note\">Not in this table: <span class=\"nowrap\">3 </span>Legislation (no aggregated figure in the review).</p>"
        -- $<TARGET_FILE:mnr> report ${SRC}/questionnaires/examples/examplia-middle.xml -f html -o -)
mnr_e2e(figures-comparison-left-out-not-assessed 0
        --out "Legislation (no aggregated figure in the review)\; not assessed, numbers 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21.</p>"
        -- $<TARGET_FILE:mnr> report ${DATA}/compare/new.xml -f html -o -)
