# What the fuzzers (tests/fuzz, run by scripts/fuzz) found, kept as
# regression tests: each input exactly as the fuzzer wrote it, run through
# the built mnr, must get its one message, with nothing written. When a
# fuzzer finds something, put the input in a folder of its harness under
# tests/fuzz/ (tests/fuzz/decisions/ for fuzz_decisions) and add it here.
# Included from tests/CMakeLists.txt.

set(FUZZ_OUT ${CMAKE_CURRENT_BINARY_DIR}/fuzz-must-not-exist.xml)

# fuzz_decisions, in 13 executions: a note with a control character, then
# zero bytes. mnr merge wrote it into the consensus and then blamed its
# own output ("consensus.xml:33: PCDATA invalid Char value 1"); now the
# decisions file is refused with its line, before anything is written.
mnr_e2e(fuzz-decisions-control-char 1
        --out "control-char.txt:1: the line has a zero byte: a decisions file is plain text"
        --not "PCDATA invalid Char" --no-file ${FUZZ_OUT}
        -- $<TARGET_FILE:mnr> merge ${DATA}/workshop/police.xml ${DATA}/workshop/helpline.xml
           --decisions ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/decisions/control-char.txt -o ${FUZZ_OUT})
