# The bad-input corpus (tests/data/bad/MANIFEST): one test per file and role,
# e2e.bad.FILE.ROLE, run by tests/e2e/bad-corpus.sh, which checks the exit
# status, the message (file, line, text), time, memory, leaks of a secret
# and that no output file is left. Included from tests/CMakeLists.txt.
set(BAD_CORPUS ${CMAKE_CURRENT_SOURCE_DIR}/e2e/bad-corpus.sh)
set(BAD_GEN ${CMAKE_CURRENT_BINARY_DIR}/bad-corpus-gen)
set(BAD_WORK ${CMAKE_CURRENT_BINARY_DIR}/bad-corpus-work)
set(BAD_MANIFEST ${CMAKE_CURRENT_SOURCE_DIR}/data/bad/MANIFEST)
if(MNR_SANITIZE)
  set(BAD_SANITIZE ON)
else()
  set(BAD_SANITIZE OFF)
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${BAD_MANIFEST})

# The 100 MB file and the other large inputs, made once per build directory.
add_test(NAME e2e.bad-input.generate
         COMMAND ${BAD_CORPUS} generate ${BAD_GEN} $<TARGET_FILE:mnr> ${PROJECT_SOURCE_DIR})
set_tests_properties(e2e.bad-input.generate PROPERTIES
                     LABELS "e2e;bad-input" TIMEOUT 300 FIXTURES_SETUP bad-corpus
                     ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")

file(READ ${BAD_MANIFEST} bad_manifest)
string(REGEX MATCHALL "\n[^#\n|][^|\n]*\\|[^|\n]*\\|" bad_rows "\n${bad_manifest}")
set(bad_count 0)
foreach(row IN LISTS bad_rows)
  string(REGEX REPLACE "^\n([^|]*)\\|([^|]*)\\|$" "\\1" bad_file "${row}")
  string(REGEX REPLACE "^\n([^|]*)\\|([^|]*)\\|$" "\\2" bad_roles "${row}")
  string(STRIP "${bad_file}" bad_file)
  string(STRIP "${bad_roles}" bad_roles)
  string(REGEX REPLACE "^(\\.\\./)+" "" bad_name "${bad_file}")
  string(REGEX REPLACE "(\\.xml\\.in|\\.xml|\\.sed)$" "" bad_name "${bad_name}")
  string(REPLACE "/" "." bad_name "${bad_name}")
  string(REPLACE "@" "" bad_name "${bad_name}")
  separate_arguments(bad_roles UNIX_COMMAND "${bad_roles}")
  set(bad_expanded)
  foreach(r IN LISTS bad_roles)
    string(REGEX REPLACE ":.*" "" r "${r}")
    if(r STREQUAL "all")
      list(APPEND bad_expanded validate score report model-dir baseline-dir questionnaire-dir)
    elseif(r STREQUAL "input")
      list(APPEND bad_expanded validate score report)
    elseif(r STREQUAL "dirs")
      list(APPEND bad_expanded model-dir baseline-dir questionnaire-dir)
    elseif(r MATCHES "^(validate|score|report|model-dir|baseline-dir|questionnaire-dir)$")
      list(APPEND bad_expanded ${r})
    else()
      message(FATAL_ERROR "${BAD_MANIFEST}: unknown role '${r}' for ${bad_file}")
    endif()
  endforeach()
  foreach(r IN LISTS bad_expanded)
    set(t e2e.bad.${bad_name}.${r})
    add_test(NAME ${t}
             COMMAND ${BAD_CORPUS} run ${BAD_GEN} $<TARGET_FILE:mnr> ${PROJECT_SOURCE_DIR}
                     ${BAD_WORK} ${BAD_SANITIZE} ${bad_file} ${r})
    set_tests_properties(${t} PROPERTIES
                         LABELS "e2e;bad-input" TIMEOUT 120 SKIP_RETURN_CODE 77
                         FIXTURES_REQUIRED bad-corpus
                         ENVIRONMENT "MNR_DATA_DIR=;LC_ALL=C.UTF-8")
    math(EXPR bad_count "${bad_count} + 1")
  endforeach()
endforeach()
if(bad_count LESS 100)
  message(FATAL_ERROR "${BAD_MANIFEST}: only ${bad_count} bad-input tests found")
endif()
