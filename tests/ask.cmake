# mnr ask: the command line, and sessions through a
# pseudo-terminal (tests/pty/ptydrive.c) and from a pipe.
# Included from tests/CMakeLists.txt.

# The pty driver: forkpty from libutil (in libc since glibc 2.34; -lutil
# still links on Debian 12).
add_executable(ptydrive pty/ptydrive.c)
target_link_libraries(ptydrive PRIVATE util)

set(ASK_OUT ${CMAKE_CURRENT_BINARY_DIR}/ask-must-not-exist.xml)
mnr_e2e(ask-help 0 --out "Usage: mnr ask [-q full|rapid|FILE] -o ANSWERS.xml"
        --out "Input: one line at a time" -- $<TARGET_FILE:mnr> ask --help)
mnr_e2e(ask-in-help 0 --out "  ask        answer a questionnaire in the terminal, saved after every answer"
        -- $<TARGET_FILE:mnr> --help)
mnr_e2e(ask-no-output 2 --out "mnr ask: give the answers file to write (or go on with) with -o ANSWERS.xml"
        -- $<TARGET_FILE:mnr> ask -q rapid)
mnr_e2e(ask-stdout 2 --out "mnr ask: mnr ask saves the answers file after every answer, so -o needs a file name, not '-'"
        -- $<TARGET_FILE:mnr> ask -o -)
mnr_e2e(ask-unknown-questionnaire 2 --out "mnr ask: unknown questionnaire 'medium'" --no-file ${ASK_OUT}
        -- $<TARGET_FILE:mnr> ask -q medium -o ${ASK_OUT})
mnr_e2e(ask-extra-argument 2 --out "mnr ask: unexpected argument 'b.xml'" --no-file ${ASK_OUT}
        -- $<TARGET_FILE:mnr> ask -o ${ASK_OUT} b.xml)

# Sessions: one test per case of tests/e2e/ask.sh.
foreach(case rapid replay resume navigate invalid not-text signals review refuse colour lock changed
             lang french)
  add_test(NAME e2e.ask-${case}
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/ask.sh ${case} $<TARGET_FILE:mnr> $<TARGET_FILE:ptydrive> ${DATA})
  set_tests_properties(e2e.ask-${case} PROPERTIES LABELS e2e TIMEOUT 60 SKIP_RETURN_CODE 77
                       ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
endforeach()

# The answer and command keys of each language can be told apart (no two
# alike, none a digit...): mnr ask --check-keys. English always; each
# language of po/LINGUAS (and the pseudo-language qps) once the build has
# made its catalog, <mnr's directory>/locale/LL.mo (skipped before).
mnr_e2e(ask-keys-en 0 --out "y y" --out "q q" -- $<TARGET_FILE:mnr> ask --check-keys)
set(ASK_LANGUAGES qps)
if(EXISTS ${PROJECT_SOURCE_DIR}/po/LINGUAS)
  file(STRINGS ${PROJECT_SOURCE_DIR}/po/LINGUAS linguas REGEX "^[^#]")
  string(REGEX MATCHALL "[A-Za-z_@]+" linguas "${linguas}")
  list(APPEND ASK_LANGUAGES ${linguas})
endif()
foreach(ll ${ASK_LANGUAGES})
  add_test(NAME e2e.ask-keys-${ll}
           COMMAND sh -c "[ -f \"$1\" ] || { echo \"$1 not built: skipped\"; exit 77; }; shift; exec \"$@\""
                   sh $<TARGET_FILE_DIR:mnr>/locale/${ll}.mo $<TARGET_FILE:mnr> ask --check-keys --lang ${ll})
  set_tests_properties(e2e.ask-keys-${ll} PROPERTIES LABELS e2e TIMEOUT 60 SKIP_RETURN_CODE 77
                       ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
endforeach()

# memcheck over a whole session from a file (answers, back, skip, jump,
# levels, quit): exit 99 on a memory error or leak
if(NOT MNR_SANITIZE)
  add_test(NAME valgrind.ask
           COMMAND sh -c "rm -f \"$1\" && shift && exec \"$@\" < \"${DATA}/ask/full-session.txt\" > /dev/null"
                   sh ${CMAKE_CURRENT_BINARY_DIR}/vg-ask.xml ${VG} $<TARGET_FILE:mnr> ask
                   -o ${CMAKE_CURRENT_BINARY_DIR}/vg-ask.xml)
  set_tests_properties(valgrind.ask PROPERTIES LABELS valgrind TIMEOUT 300)
endif()
