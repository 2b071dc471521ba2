# mnr score: each semantic error of an answers file, the skip logic, the
# worked example, input read the way its schema reads it, and results files
# read back. Included from tests/CMakeLists.txt (SRC, DATA, ANS, NOOUT and
# mnr_e2e come from there). Label: e2e.

# -- score: each semantic error of an answers file, with file, line and a hint
mnr_e2e(score-unknown-question 1 --out "unknown-question.xml:8: there is no question C01.L9.z in questionnaire mnr-full 1.0"
        --out "check the id" --no-file ${NOOUT} -- $<TARGET_FILE:mnr> score ${ANS}/unknown-question.xml -o ${NOOUT})
mnr_e2e(score-duplicate-answer 1 --out "duplicate-answer.xml:9: question C01.L1.a is answered twice (first at line 7)" --out "keep one"
        --no-file ${NOOUT} -- $<TARGET_FILE:mnr> score ${ANS}/duplicate-answer.xml -o ${NOOUT})
mnr_e2e(score-na-not-allowed 1 --out "na-not-allowed.xml:7: question C01.L1.a does not allow \"na\""
        --no-file ${NOOUT} -- $<TARGET_FILE:mnr> score ${ANS}/na-not-allowed.xml -o ${NOOUT})
mnr_e2e(score-level-in-criteria 1 --out "level-in-criteria.xml:7: question C01.L1.a takes yes, partly, no or dont-know"
        --no-file ${NOOUT} -- $<TARGET_FILE:mnr> score ${ANS}/level-in-criteria.xml -o ${NOOUT})
mnr_e2e(score-yes-in-rapid 1 --out "yes-in-rapid.xml:7: question C01.R takes a level from 0 to 4 or dont-know, not \"yes\""
        --no-file ${NOOUT} -- $<TARGET_FILE:mnr> score ${ANS}/yes-in-rapid.xml -o ${NOOUT})
mnr_e2e(score-old-model 1 --out "old-model.xml:3: these answers were made against model mnr-maturity 0.9, but this mnr has model mnr-maturity 1.0"
        --no-file ${NOOUT} -- $<TARGET_FILE:mnr> score ${ANS}/old-model.xml -o ${NOOUT})
mnr_e2e(score-old-questionnaire 1 --out "old-questionnaire.xml:3: these answers were made against questionnaire mnr-full 0.9"
        --no-file ${NOOUT} -- $<TARGET_FILE:mnr> score ${ANS}/old-questionnaire.xml -o ${NOOUT})
mnr_e2e(score-unknown-questionnaire 1 --out "unknown-questionnaire.xml:3: names questionnaire \"mnr-short\", which this mnr does not have"
        --no-file ${NOOUT} -- $<TARGET_FILE:mnr> score ${ANS}/unknown-questionnaire.xml -o ${NOOUT})
mnr_e2e(score-unknown-target 1 --out "unknown-target.xml:7: target for capability C42"
        --no-file ${NOOUT} -- $<TARGET_FILE:mnr> score ${ANS}/unknown-target.xml -o ${NOOUT})
mnr_e2e(score-schema-bad-value 1 --out "schema-bad-value.xml:7:" --out "'maybe'" --out "schema answers.xsd"
        --no-file ${NOOUT} -- $<TARGET_FILE:mnr> score ${ANS}/schema-bad-value.xml -o ${NOOUT})
mnr_e2e(score-bad-target-option 2 --out "--target takes a level from 1 to 4, not '7'"
        -- $<TARGET_FILE:mnr> score ${ANS}/markup-evidence.xml --target 7)
mnr_e2e(score-validate-too 1 --out "duplicate-answer.xml:9: question C01.L1.a is answered twice"
        -- $<TARGET_FILE:mnr> validate ${ANS}/duplicate-answer.xml)

# -- skip logic: an answer to a switched-off question is a warning, not an error
mnr_e2e(score-skipped-answer 0
        --out "skipped-answer.xml:18: warning: question C12.L3.a is answered, but the questionnaire skips it given the answer to C12.L1.a"
        --out "the answer is not counted" -- $<TARGET_FILE:mnr> score ${ANS}/skipped-answer.xml -o ${CMAKE_CURRENT_BINARY_DIR}/skipped-results.xml)
# the worked example of docs/scoring.md as the results file shows it
mnr_e2e(score-worked-example 0
        --out "<capability id=\"C12\" number=\"12\" name=\"CSEA hotline\" weight=\"1\" assessed=\"true\" level=\"2\" level-name=\"Developing\" score=\"2.50\" gap=\"0.50\""
        -- $<TARGET_FILE:mnr> score ${ANS}/worked-example.xml)

# -- input read the way its schema reads it: white space in dates, booleans,
#    ids; line breaks in evidence kept; blank texts refused
add_test(NAME e2e.text-input COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/text-input.sh $<TARGET_FILE:mnr> ${DATA}/answers)
set_tests_properties(e2e.text-input PROPERTIES LABELS e2e TIMEOUT 120)

# -- results read back: every kind of results validates as written; a
#    changed figure is refused (more: tests/data/bad/results/consistency)
add_test(NAME e2e.results-consistency COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/results-consistency.sh $<TARGET_FILE:mnr>)
set_tests_properties(e2e.results-consistency PROPERTIES LABELS e2e TIMEOUT 120 ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
