# mnr merge: the command line, and merge -> validate -> score ->
# report. Included from tests/CMakeLists.txt.

set(WS ${DATA}/workshop)
set(MERGE_OUT ${CMAKE_CURRENT_BINARY_DIR}/merge-must-not-exist.xml)
mnr_e2e(merge-help 0 --out "Usage: mnr merge PARTICIPANT.xml... -o CONSENSUS.xml [--decide QUESTION=VALUE]..."
        --out "the lower middle one when" -- $<TARGET_FILE:mnr> merge --help)
mnr_e2e(merge-in-help 0 --out "  merge      combine workshop participants' answers into one consensus"
        -- $<TARGET_FILE:mnr> --help)
mnr_e2e(merge-one-file 2 --out "mnr merge: give two or more participants' answers files to merge"
        --no-file ${MERGE_OUT} -- $<TARGET_FILE:mnr> merge ${WS}/police.xml -o ${MERGE_OUT})
mnr_e2e(merge-directory 2 --out "mnr merge: '${WS}' is a directory"
        --out "list the participants' answers files (e.g. ${WS}/*.xml)"
        --no-file ${MERGE_OUT} -- $<TARGET_FILE:mnr> merge ${WS} -o ${MERGE_OUT})
mnr_e2e(merge-no-output 2 --out "mnr merge: give the consensus file to write with -o CONSENSUS.xml"
        -- $<TARGET_FILE:mnr> merge ${WS}/police.xml ${WS}/helpline.xml)
mnr_e2e(merge-other-questionnaire 1
        --out "rapid.xml:3: these answers are to questionnaire mnr-rapid 1.0, but ${WS}/police.xml answers mnr-full 1.0"
        --no-file ${MERGE_OUT} -- $<TARGET_FILE:mnr> merge ${WS}/police.xml ${WS}/rapid.xml -o ${MERGE_OUT})
mnr_e2e(merge-other-model 1
        --out "old-model.xml:3: these answers were made against model mnr-maturity 0.9, but this mnr has model mnr-maturity 1.0"
        --no-file ${MERGE_OUT} -- $<TARGET_FILE:mnr> merge ${WS}/police.xml ${WS}/old-model.xml -o ${MERGE_OUT})
mnr_e2e(merge-na-decision 1
        --out "--decide: question C01.L1.a does not allow \"na\" (not applicable)"
        --no-file ${MERGE_OUT} -- $<TARGET_FILE:mnr> merge ${WS}/police.xml ${WS}/helpline.xml --decide C01.L1.a=na -o ${MERGE_OUT})
mnr_e2e(merge-over-input 1 --out "helpline.xml: cannot write the output there: it is the same file as"
        -- $<TARGET_FILE:mnr> merge ${WS}/police.xml ${WS}/helpline.xml -o ${WS}/helpline.xml)
add_test(NAME e2e.merge COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/merge.sh $<TARGET_FILE:mnr> ${DATA})
set_tests_properties(e2e.merge PROPERTIES LABELS e2e TIMEOUT 120 ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
add_test(NAME e2e.merge-12 COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/merge-12.sh $<TARGET_FILE:mnr>)
set_tests_properties(e2e.merge-12 PROPERTIES LABELS e2e TIMEOUT 120 ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
if(MNR_SANITIZE)
  set(MERGE_200_SANITIZE ON)
else()
  set(MERGE_200_SANITIZE OFF)
endif()
add_test(NAME e2e.merge-200 COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/merge-200.sh $<TARGET_FILE:mnr> ${MERGE_200_SANITIZE})
set_tests_properties(e2e.merge-200 PROPERTIES LABELS e2e TIMEOUT 300 ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
add_test(NAME e2e.merge-too-large COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/merge-too-large.sh $<TARGET_FILE:mnr>)
set_tests_properties(e2e.merge-too-large PROPERTIES LABELS e2e TIMEOUT 120 ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
if(NOT MNR_SANITIZE)
  add_test(NAME valgrind.merge COMMAND ${VG} $<TARGET_FILE:mnr> merge ${WS}/police.xml ${WS}/helpline.xml
           ${WS}/justice.xml --decide "C12.L2.a=partly a note" -o ${CMAKE_CURRENT_BINARY_DIR}/vg-merge.xml)
  set_tests_properties(valgrind.merge PROPERTIES LABELS valgrind TIMEOUT 300)
endif()
mnr_e2e(merge-same-file-twice 1 --out "police.xml: is the same file as ${WS}/police.xml: each participant's answers count once"
        --no-file ${MERGE_OUT} -- $<TARGET_FILE:mnr> merge ${WS}/police.xml ${WS}/helpline.xml ${WS}/../workshop/police.xml -o ${MERGE_OUT})
mnr_e2e(merge-blank-workshop 2 --out "mnr merge: --workshop needs a name"
        --no-file ${MERGE_OUT} -- $<TARGET_FILE:mnr> merge ${WS}/police.xml ${WS}/helpline.xml --workshop " " -o ${MERGE_OUT})
# the report with the workshop annex passes axe-core as the examples do
add_test(NAME browser.a11y-workshop
         COMMAND sh -c "\"$1\" merge \"$2\"/police.xml \"$2\"/helpline.xml \"$2\"/justice.xml --decide 'C12.L2.a=partly agreed' -o \"$3\".xml && \"$1\" report \"$3\".xml -o \"$3\" && \"$4\" a11y.js \"$3\""
                 sh $<TARGET_FILE:mnr> ${WS} ${CMAKE_CURRENT_BINARY_DIR}/a11y-workshop.html ${CMAKE_CURRENT_SOURCE_DIR}/browser/node.sh)
set_tests_properties(browser.a11y-workshop PROPERTIES LABELS "browser" TIMEOUT 300
                     ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
# a consensus edited by hand: a blank participant's name is refused with its line
mnr_e2e(merge-blank-participant 1 --out "blank-participant.xml:16: the participant's name is blank (only white space)" --out "write the name"
        -- $<TARGET_FILE:mnr> validate ${WS}/blank-participant.xml)
# a decisions file that is not text: the line and what is wrong, before
# anything is written (the consensus would not hold it; found by fuzz_decisions)
mnr_e2e(merge-decisions-control 1
        --out "decisions-control.txt:2: the decision has a control character (byte 0x01)" --out "remove it"
        --no-file ${MERGE_OUT} -- $<TARGET_FILE:mnr> merge ${WS}/police.xml ${WS}/helpline.xml
        --decisions ${WS}/decisions-control.txt -o ${MERGE_OUT})
mnr_e2e(merge-decisions-latin1 1
        --out "decisions-latin1.txt:2: the decision is not valid UTF-8 text" --out "write it in UTF-8"
        --no-file ${MERGE_OUT} -- $<TARGET_FILE:mnr> merge ${WS}/police.xml ${WS}/helpline.xml
        --decisions ${WS}/decisions-latin1.txt -o ${MERGE_OUT})
mnr_e2e(merge-decisions-zero 1
        --out "decisions-zero.txt:2: the line has a zero byte: a decisions file is plain text"
        --no-file ${MERGE_OUT} -- $<TARGET_FILE:mnr> merge ${WS}/police.xml ${WS}/helpline.xml
        --decisions ${WS}/decisions-zero.txt -o ${MERGE_OUT})
mnr_e2e(merge-decisions-directory 1
        --out "workshop: is a directory, not a decisions file"
        --no-file ${MERGE_OUT} -- $<TARGET_FILE:mnr> merge ${WS}/police.xml ${WS}/helpline.xml
        --decisions ${WS} -o ${MERGE_OUT})
# the same question decided twice: refused, naming both places (a file's
# two lines, two --decide, or one of each), as an answer given twice is
mnr_e2e(merge-decided-twice-file 1
        --out "decisions-twice.txt:4: question C01.L1.a is decided twice (first at line 2)" --out "keep one of the decisions"
        --no-file ${MERGE_OUT} -- $<TARGET_FILE:mnr> merge ${WS}/police.xml ${WS}/helpline.xml
        --decisions ${WS}/decisions-twice.txt -o ${MERGE_OUT})
mnr_e2e(merge-decided-twice-option 1
        --out "--decide: question C01.L1.a is decided twice (first by --decide C01.L1.a=yes)" --out "keep one of the decisions"
        --no-file ${MERGE_OUT} -- $<TARGET_FILE:mnr> merge ${WS}/police.xml ${WS}/helpline.xml
        --decide "C01.L1.a=yes a note" --decide C01.L1.a=no -o ${MERGE_OUT})
mnr_e2e(merge-decided-twice-both 1
        --out "--decide: question C12.L2.a is decided twice (first at ${WS}/decisions-bom.txt:2)" --out "keep one of the decisions"
        --no-file ${MERGE_OUT} -- $<TARGET_FILE:mnr> merge ${WS}/police.xml ${WS}/helpline.xml
        --decide C12.L2.a=yes --decisions ${WS}/decisions-bom.txt -o ${MERGE_OUT})
# two countries: the message names the <country> line, not the <answers> one
mnr_e2e(merge-other-country 1
        --out "other-country.xml:6: these answers are about Kingdom of Otheria, but ${WS}/police.xml is about Republic of Examplia"
        --no-file ${MERGE_OUT} -- $<TARGET_FILE:mnr> merge ${WS}/police.xml ${WS}/other-country.xml -o ${MERGE_OUT})
# one participant counted twice: a copy of a file, or the same respondent
# with the same answers saved again under another name, names both files
mnr_e2e(merge-copy-of-participant 1
        --out "police-copy.xml:7: the same respondent, R. Okafor (National Police, Cybercrime Unit), with the same answers as in ${WS}/police.xml: one participant would count twice in every median. Give each participant's file once. Nothing was written"
        --no-file ${MERGE_OUT} -- $<TARGET_FILE:mnr> merge ${WS}/police.xml ${WS}/helpline.xml ${WS}/police-copy.xml -o ${MERGE_OUT})
mnr_e2e(merge-participant-saved-again 1
        --out "police-resaved.xml:10: the same respondent, r. okafor (National Police,  Cybercrime Unit), with the same answers as in ${WS}/police.xml"
        --no-file ${MERGE_OUT} -- $<TARGET_FILE:mnr> merge ${WS}/helpline.xml ${WS}/police.xml ${WS}/police-resaved.xml -o ${MERGE_OUT})
# a second --decisions would drop the first file's decisions unsaid
mnr_e2e(merge-decisions-twice 2
        --out "mnr merge: --decisions is given twice" --out "give it once"
        --no-file ${MERGE_OUT} -- $<TARGET_FILE:mnr> merge ${WS}/police.xml ${WS}/helpline.xml
        --decisions ${WS}/decisions-bom.txt --decisions ${WS}/decisions-twice.txt -o ${MERGE_OUT})
# a workshop's report of more than 2 MB of HTML, made of many short texts,
# prints to PDF whole (Chromium; the normal build only: the sanitizers
# watch mnr, and the PDF tests of the examples already run there)
if(NOT MNR_SANITIZE)
  add_test(NAME e2e.merge-pdf COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/merge-pdf.sh $<TARGET_FILE:mnr>
           ${PROJECT_SOURCE_DIR}/questionnaires/mnr-full.xml)
  set_tests_properties(e2e.merge-pdf PROPERTIES LABELS "e2e;pdf" TIMEOUT 400
                       ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
endif()
