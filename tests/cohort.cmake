# mnr cohort (docs/cohort.md): the command line, the hand-checked cohort of
# tests/data/cohort end to end, and the cohort baseline read back by
# score, report and validate. Included from tests/CMakeLists.txt.

set(COHORT ${DATA}/cohort)
set(COHORT_OUT ${CMAKE_CURRENT_BINARY_DIR}/cohort-must-not-exist.xml)
mnr_e2e(cohort-help 0 --out "Usage: mnr cohort ANSWERS-or-DIR... -o COHORT.xml [--report OUT]"
        --out "Only the latest assessment of each country counts"
        --out "That protects within one cohort only: two cohorts whose countries differ by"
        --out "is a 32-bit hash of the assessments counted:"
        -- $<TARGET_FILE:mnr> cohort --help)
mnr_e2e(cohort-in-help 0 --out "  cohort     score many assessments into an anonymised cohort baseline"
        -- $<TARGET_FILE:mnr> --help)
mnr_e2e(cohort-no-input 2 --out "mnr cohort: give the answers or results files, or directories of them"
        -- $<TARGET_FILE:mnr> cohort -o ${COHORT_OUT})
mnr_e2e(cohort-no-output 2 --out "mnr cohort: give the cohort baseline to write with -o COHORT.xml"
        -- $<TARGET_FILE:mnr> cohort ${COHORT}/assessments)
mnr_e2e(cohort-min-group-2 2 --out "mnr cohort: --min-group takes a number of countries from 3 up, not '2'"
        --no-file ${COHORT_OUT} -- $<TARGET_FILE:mnr> cohort ${COHORT}/assessments -o ${COHORT_OUT} --min-group 2)
mnr_e2e(cohort-by-unknown 2 --out "mnr cohort: --by takes region or income, not 'planet'"
        --no-file ${COHORT_OUT} -- $<TARGET_FILE:mnr> cohort ${COHORT}/assessments -o ${COHORT_OUT} --by planet)
mnr_e2e(cohort-by-twice 2 --out "mnr cohort: give --by once"
        --no-file ${COHORT_OUT} -- $<TARGET_FILE:mnr> cohort ${COHORT}/assessments -o ${COHORT_OUT} --by region --by income)
mnr_e2e(cohort-format-no-report 2 --out "mnr cohort: --format is the format of --report OUT" --out "give --report"
        --no-file ${COHORT_OUT} -- $<TARGET_FILE:mnr> cohort ${COHORT}/assessments -o ${COHORT_OUT} --format csv)
mnr_e2e(cohort-stdin 2 --out "'-' would be standard input, which mnr does not read"
        -- $<TARGET_FILE:mnr> cohort - -o ${COHORT_OUT})
add_test(NAME e2e.cohort COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/cohort.sh $<TARGET_FILE:mnr> ${DATA})
set_tests_properties(e2e.cohort PROPERTIES LABELS e2e TIMEOUT 120 ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")

# -- a cohort baseline read back: each check beyond the schema
foreach(bad names-country withheld-with-size levels-do-not-add-up no-min-group withheld-with-counts)
  mnr_e2e(cohort-baseline-${bad} 1 --out "${bad}.xml:" --no-file ${COHORT_OUT}
          -- $<TARGET_FILE:mnr> score ${SRC}/questionnaires/examples/examplia-middle.xml
             --baseline ${COHORT}/baselines/${bad}.xml -o ${COHORT_OUT})
endforeach()
mnr_e2e(cohort-baseline-names-country-message 1
        --out "names-country.xml:14: a cohort baseline names no country (mnr cohort keeps them anonymous), but this one does"
        -- $<TARGET_FILE:mnr> validate ${COHORT}/baselines/names-country.xml)
mnr_e2e(cohort-baseline-levels-message 1
        --out "levels-do-not-add-up.xml:25: C01: the counts at levels 0-4 (16 in all, 12 at level 1 or above) do not add up to its 15 assessments and 12 in place"
        -- $<TARGET_FILE:mnr> validate ${COHORT}/baselines/levels-do-not-add-up.xml)
mnr_e2e(cohort-baseline-withheld-size-message 1
        --out "withheld-with-size.xml:11: group europe-central-asia is withheld but gives its size" --out "remove size"
        -- $<TARGET_FILE:mnr> report ${SRC}/questionnaires/examples/examplia-middle.xml
           --baseline ${COHORT}/baselines/withheld-with-size.xml -o ${COHORT_OUT}.txt)
# -- every rule mnr cohort keeps, checked when a cohort baseline is read,
#    at the line of the element at fault (tests/data/cohort/README.md)
set(MAKE_AGAIN "make the file again with mnr cohort")
function(cohort_rule name)
  mnr_e2e(cohort-rule-${name} 1 ${ARGN} --out "${MAKE_AGAIN}"
          -- $<TARGET_FILE:mnr> validate ${COHORT}/baselines/${name}.xml)
  mnr_e2e(cohort-rule-${name}-score 1 ${ARGN} --no-file ${COHORT_OUT}
          -- $<TARGET_FILE:mnr> score ${SRC}/questionnaires/examples/examplia-middle.xml
             --baseline ${COHORT}/baselines/${name}.xml -o ${COHORT_OUT})
endfunction()
cohort_rule(min-group-1 --out "min-group-1.xml:2: min-group=\"1\" is below 3, the least mnr cohort allows (with fewer, a country could work out another's figures)")
cohort_rule(item-below-min-group --out "item-below-min-group.xml:31: C02: a figure from 3 countries is published, but min-group=\"5\" withholds any from fewer")
cohort_rule(group-figure-of-two --out "group-figure-of-two.xml:28: C01, group latin-america-caribbean: a figure from 2 countries is published, but min-group=\"5\" withholds any from fewer")
cohort_rule(group-below-min-group --out "group-below-min-group.xml:13: group sub-saharan-africa: a figure from 4 countries is published, but min-group=\"5\" withholds any from fewer")
cohort_rule(group-over-its-size --out "group-over-its-size.xml:28: C01, group latin-america-caribbean: 7 countries' assessments, more than the 6 countries of the group (line 12)")
cohort_rule(group-over-cohort --out "group-over-cohort.xml:12: group latin-america-caribbean: 16 countries, more than the 15 countries of the cohort (line 10)")
cohort_rule(size-below-counts --out "size-below-counts.xml:22: C01: 15 countries' assessments, more than the 14 countries of the cohort (line 10)")
cohort_rule(figures-of-withheld-group --out "figures-of-withheld-group.xml:27: C01, group europe-central-asia: the group is withheld (line 11), and so is every figure of it, but this one gives counts")
cohort_rule(median-off-level --out "median-off-level.xml:25: C01: median-score=\"3.50\" is not at level 2, the level of the middle country")
# more groups than any grouping has: refused before the groups are compared
# with each other (that costs the square of their number)
cohort_rule(many-groups --out "many-groups.xml:43: the cohort lists more than 32 groups, more than any grouping of the model has")
cohort_rule(group-twice --out "group-twice.xml:13: group latin-america-caribbean is listed twice (first at line 12)")
cohort_rule(one-group-withheld --out "one-group-withheld.xml:13: group sub-saharan-africa is the only group withheld, so the cohort less the published groups gives its size away")
cohort_rule(withheld-groups-too-small --out "withheld-groups-too-small.xml:10: the withheld groups hold 3 countries together (the cohort's 15 less the published groups' 12), fewer than min-group=\"5\", so subtracting gives them away")
cohort_rule(groups-do-not-add-up --out "groups-do-not-add-up.xml:10: the groups hold 16 countries in all, not the cohort's 15: every country is in one group (id=\"not-given\" when its assessment gives none)")
# a count is read with its range checked, never wrapped (atoi made this 12)
mnr_e2e(cohort-rule-count-wraps 1 --out "count-wraps.xml:22: yes=\"4294967308\" is out of range: a count here is a whole number from 0 to 1000000" --out "correct it"
        -- $<TARGET_FILE:mnr> validate ${COHORT}/baselines/count-wraps.xml)
mnr_e2e(cohort-rule-count-wraps-report 1 --out "count-wraps.xml:22: yes=\"4294967308\" is out of range" --not "12 of 15"
        --no-file ${COHORT_OUT}.txt
        -- $<TARGET_FILE:mnr> report ${SRC}/questionnaires/examples/examplia-middle.xml
           --baseline ${COHORT}/baselines/count-wraps.xml -o ${COHORT_OUT}.txt)
cohort_rule(title-edited --out "title-edited.xml:3: the <title> is not the one mnr cohort writes (\"Cohort baseline: the latest self-assessments of 15 countries\"): a cohort baseline holds mnr's own words and its figures only")
cohort_rule(caveat-edited --out "caveat-edited.xml:6: the <caveat> is not the one mnr cohort writes (\"Only the latest assessment of each country counts")
cohort_rule(statement-edited --out "statement-edited.xml:23: the <statement> is not the one mnr cohort writes (\"Countries in the cohort with this capability in place (level 1 or above), of those whose assessment covers it.\")")

mnr_e2e(cohort-baseline-missing 1 --out "no-such.xml: no such file" --no-file ${COHORT_OUT}
        -- $<TARGET_FILE:mnr> score ${SRC}/questionnaires/examples/examplia-middle.xml
           --baseline ${COHORT}/baselines/no-such.xml -o ${COHORT_OUT})
mnr_e2e(cohort-baseline-not-baseline 1 --out "expected a baseline file (root element <baseline>), found <answers>"
        -- $<TARGET_FILE:mnr> score ${SRC}/questionnaires/examples/examplia-middle.xml
           --baseline ${SRC}/questionnaires/examples/northland-early.xml)
mnr_e2e(cohort-baseline-good 0 --out "good.xml: ok (cohort baseline cohort-"
        -- $<TARGET_FILE:mnr> validate ${COHORT}/baselines/good.xml)

# -- synthetic assessments (tests/tools/mnr-synth.c): valid, no warning,
#    a cohort by income group of them
add_test(NAME e2e.cohort-synthetic
         COMMAND sh -c "d=\$(mktemp -d) && trap 'rm -rf \"\$d\"' EXIT && \"$2\" \"$3\" 60 7 \"\$d/a\" 20 && \"$1\" validate \"\$d\"/a/*.xml > \"\$d/v\" 2>&1; s=\$?; grep -v ': ok (answers for Synthland' \"\$d/v\"; [ \$s = 0 ] && \"$1\" cohort \"\$d/a\" -o \"\$d/c.xml\" --by income 2>&1 | grep -F 'Read 60 files: 20 countries counted (the latest assessment of each), 40 older assessments of a country left out.'"
                 sh $<TARGET_FILE:mnr> $<TARGET_FILE:mnr-synth> ${SRC})
set_tests_properties(e2e.cohort-synthetic PROPERTIES LABELS e2e TIMEOUT 60 ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")

if(NOT MNR_SANITIZE)
  add_test(NAME valgrind.cohort COMMAND ${VG} $<TARGET_FILE:mnr> cohort ${COHORT}/assessments --by region
           -o ${CMAKE_CURRENT_BINARY_DIR}/vg-cohort.xml --report ${CMAKE_CURRENT_BINARY_DIR}/vg-cohort.html)
  set_tests_properties(valgrind.cohort PROPERTIES LABELS valgrind TIMEOUT 300)
endif()

# the cohort report passes axe-core as the gap reports do
add_test(NAME browser.a11y-cohort
         COMMAND sh -c "\"$1\" cohort \"$2\" --by region -o \"$3\".xml --report \"$3\" -q && \"$4\" a11y.js \"$3\""
                 sh $<TARGET_FILE:mnr> ${COHORT}/assessments ${CMAKE_CURRENT_BINARY_DIR}/a11y-cohort.html ${CMAKE_CURRENT_SOURCE_DIR}/browser/node.sh)
set_tests_properties(browser.a11y-cohort PROPERTIES LABELS "browser" TIMEOUT 300
                     ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")

# the cohort report of 46 countries in seven regions, in HTML and PDF: every
# count of a levels bar drawn (beside the bar where its part is too
# narrow), each region's table on its heading's page, withheld regions
# sharing pages (tests/e2e/cohort-pdf.sh)
add_test(NAME e2e.pdf-cohort COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/cohort-pdf.sh $<TARGET_FILE:mnr>)
set_tests_properties(e2e.pdf-cohort PROPERTIES LABELS "e2e;pdf" TIMEOUT 240
                     ENVIRONMENT "MNR_DATA_DIR=;MNR_BROWSER=;LC_ALL=C.UTF-8")
