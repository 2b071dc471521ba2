# Hostile files against every command: control characters kept from a
# terminal, files that are not regular files, external entities. Included
# from tests/CMakeLists.txt.

# -- no control character from a file reaches a terminal
add_test(NAME e2e.terminal-safety COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/terminal-safety.sh $<TARGET_FILE:mnr>)
set_tests_properties(e2e.terminal-safety PROPERTIES LABELS e2e TIMEOUT 120)

# -- a file argument that is not a regular file (a FIFO, a device) is
#    refused at once by every command, --decisions and imported modules too
add_test(NAME e2e.not-regular COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/not-regular.sh $<TARGET_FILE:mnr> ${DATA})
set_tests_properties(e2e.not-regular PROPERTIES LABELS e2e TIMEOUT 300)

# -- an external entity naming a local secret: refused, the secret shown nowhere
add_test(NAME e2e.xxe-secret COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/xxe.sh $<TARGET_FILE:mnr>)
set_tests_properties(e2e.xxe-secret PROPERTIES LABELS e2e TIMEOUT 120)
