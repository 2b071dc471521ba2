# mnr baseline: the review's figures as mnr holds them, in each format;
# valgrind on it. Included from tests/CMakeLists.txt (VG and mnr_e2e come
# from there).

# -- baseline: the figures as mnr holds them (the full check of every
#    figure against the review is tests/unit/test_baseline.c)
mnr_e2e(baseline-csv 0 --out "item,label,capabilities,yes,respondents,percent"
        --out "law-enforcement,Law enforcement capability,C04,42,42,100.0"
        --out "leadership,Leadership,C01,32,42,76.2"
        --out "media,\"Government support to ethical, informed and balanced media reporting\",C20,23,42,54.8"
        --out "legislation,Legislation,C03,,,"
        -- $<TARGET_FILE:mnr> baseline --format csv)
mnr_e2e(baseline-text 0 --out "Cohort: 42 countries: 17 government survey, 25 low- and middle-income countries"
        --out "76.2%  32/42     C01" --out "no aggregated figure" --out "The review's Figure 1 shows 55"
        -- $<TARGET_FILE:mnr> baseline)
mnr_e2e(baseline-xml-validates 0 --out ": ok"
        -- sh -c "$<TARGET_FILE:mnr> baseline --format xml > ${CMAKE_CURRENT_BINARY_DIR}/baseline-out.xml && $<TARGET_FILE:mnr> validate ${CMAKE_CURRENT_BINARY_DIR}/baseline-out.xml")
mnr_e2e(baseline-bad-format 2 --out "mnr baseline: unknown format 'nope'" -- $<TARGET_FILE:mnr> baseline --format nope)

# -- valgrind memcheck (not in the sanitizer build; VG: tests/CMakeLists.txt)
if(NOT MNR_SANITIZE)
  add_test(NAME valgrind.baseline COMMAND ${VG} $<TARGET_FILE:mnr> baseline)
endif()
