# The build's own checks: no circle between the modules of src/core
# (scripts/core-graph.cmake, which the build runs on src/core before the
# library); it names the circle it finds. Included from
# tests/CMakeLists.txt. Label: build.

add_test(NAME build.core-graph-circle COMMAND ${CMAKE_COMMAND} -DDIR=${DATA}/core-graph/circle
         -P ${SRC}/scripts/core-graph.cmake)
set_tests_properties(build.core-graph-circle PROPERTIES LABELS build
  # (CMake wraps the message where the path's length puts the line end)
  PASS_REGULAR_EXPRESSION "in[ \n]+a[ \n]+circle:[ \n]+one[ \n]+->[ \n]+two[ \n]+->[ \n]+three[ \n]+->[ \n]+one")
add_test(NAME build.core-graph-line COMMAND ${CMAKE_COMMAND} -DDIR=${DATA}/core-graph/line
         -P ${SRC}/scripts/core-graph.cmake)
add_test(NAME build.core-graph-src COMMAND ${CMAKE_COMMAND} -DDIR=${SRC}/src/core
         -P ${SRC}/scripts/core-graph.cmake)
set_tests_properties(build.core-graph-line build.core-graph-src PROPERTIES LABELS build)
