# mnr validate: every shipped XML file is ok, and bad input gets one
# message each; valgrind on both. Included from tests/CMakeLists.txt
# (SRC, DATA, ANS, VG and mnr_e2e come from there).

# -- validate: every shipped XML file is ok
file(GLOB_RECURSE SHIPPED_XML RELATIVE ${SRC} ${SRC}/model/*.xml ${SRC}/questionnaires/*.xml)
foreach(f ${SHIPPED_XML})
  mnr_e2e(validate-shipped-${f} 0 --out "${SRC}/${f}: ok" -- $<TARGET_FILE:mnr> validate ${SRC}/${f})
endforeach()

# -- validate: bad input, one message each
mnr_e2e(validate-malformed 1 --out "malformed.xml:3: Opening and ending tag mismatch" --out "not well-formed XML"
        -- $<TARGET_FILE:mnr> validate ${DATA}/bad/malformed.xml)
mnr_e2e(validate-wrong-kind 1 --out "wrong-kind.xml:2: not an mnr file: the root element is <inventory>"
        -- $<TARGET_FILE:mnr> validate ${DATA}/bad/wrong-kind.xml)
mnr_e2e(validate-schema-invalid 1 --out "model-no-descriptors.xml:14: Element 'capability': Missing child element(s)"
        --out "schema model.xsd" -- $<TARGET_FILE:mnr> validate ${DATA}/bad/model-no-descriptors.xml)
mnr_e2e(validate-duplicate-id 1 --out "model-duplicate-id.xml:19:" --out "Duplicate key-sequence ['C01']"
        -- $<TARGET_FILE:mnr> validate ${DATA}/bad/model-duplicate-id.xml)
mnr_e2e(validate-unknown-dependency 1 --out "model-unknown-dependency.xml:18:" --out "['C99']"
        -- $<TARGET_FILE:mnr> validate ${DATA}/bad/model-unknown-dependency.xml)
mnr_e2e(validate-dependency-cycle 1 --out "model-dependency-cycle.xml: the dependencies between capabilities go round in a circle"
        -- $<TARGET_FILE:mnr> validate ${DATA}/bad/model-dependency-cycle.xml)
mnr_e2e(validate-empty 1 --out "empty.xml: the file is empty" --out "expected an XML document"
        -- $<TARGET_FILE:mnr> validate ${DATA}/bad/empty.xml)
mnr_e2e(validate-directory 1 --out "a-directory: is a directory, not an XML file"
        -- $<TARGET_FILE:mnr> validate ${DATA}/bad/a-directory)
mnr_e2e(validate-missing 1 --out "no-such-file.xml: no such file" --out "check the path"
        -- $<TARGET_FILE:mnr> validate ${DATA}/bad/no-such-file.xml)
mnr_e2e(validate-billion-laughs 1 --out "billion-laughs.xml:2: the file has a <!DOCTYPE> declaration"
        -- timeout 0.5 $<TARGET_FILE:mnr> validate ${DATA}/bad/billion-laughs.xml)
mnr_e2e(validate-some-bad 1 --out ": ok" --out "empty.xml: the file is empty"
        -- $<TARGET_FILE:mnr> validate ${SRC}/model/mnr-model.xml ${DATA}/bad/empty.xml)

# -- valgrind memcheck (not in the sanitizer build; VG: tests/CMakeLists.txt)
if(NOT MNR_SANITIZE)
  add_test(NAME valgrind.validate-shipped COMMAND ${VG} $<TARGET_FILE:mnr> validate ${SHIPPED_XML})
  set_tests_properties(valgrind.validate-shipped PROPERTIES LABELS valgrind TIMEOUT 300
                       WORKING_DIRECTORY ${SRC})
  # bad input: exit 1 (invalid input), not 99 (a memory error)
  add_test(NAME valgrind.bad-input COMMAND ${EXPECT} 1 -- ${VG} $<TARGET_FILE:mnr> validate
           ${DATA}/bad/malformed.xml ${DATA}/bad/billion-laughs.xml ${ANS}/duplicate-answer.xml)
endif()
