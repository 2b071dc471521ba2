# core-graph.cmake: refuses a circle between the modules of src/core.
#
#   cmake -DDIR=src/core [-DSTAMP=FILE] -P scripts/core-graph.cmake
#
# A module is a .c file and its .h (context.c and context.h are
# "context"); module A uses module B when a file of A has
# #include "B.h". The layers (src/cli -> src/core -> src/base) are kept
# by the CMake targets, but two core modules that use each other would
# still compile: this check is what the build runs for that (CMakeLists.txt,
# before libmnrcore), and it names the circle. On success it touches STAMP.
cmake_minimum_required(VERSION 3.20)
if(NOT DIR)
  message(FATAL_ERROR "core-graph.cmake: give -DDIR=the folder of the modules")
endif()

file(GLOB files "${DIR}/*.c" "${DIR}/*.h")
set(modules "")
foreach(f ${files})
  get_filename_component(m "${f}" NAME_WE)
  list(APPEND modules "${m}")
endforeach()
list(REMOVE_DUPLICATES modules)

# uses_<m>: the modules m includes (its own header left out)
foreach(f ${files})
  get_filename_component(m "${f}" NAME_WE)
  file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"]+\\.h\"")
  foreach(line ${lines})
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\\.h\".*" "\\1" used "${line}")
    if(NOT used STREQUAL m AND used IN_LIST modules)
      list(APPEND uses_${m} "${used}")
    endif()
  endforeach()
endforeach()

# Depth first; `path` is the walk from the module first entered, so the
# circle is the part of it from the module met again.
set(circle "")
function(visit m path)
  if(circle)
    return()
  endif()
  list(FIND path "${m}" at)
  if(at GREATER_EQUAL 0)
    list(SUBLIST path ${at} -1 loop)
    list(APPEND loop "${m}")
    string(REPLACE ";" " -> " loop "${loop}")
    set(circle "${loop}" PARENT_SCOPE)
    return()
  endif()
  if(done_${m})
    return()
  endif()
  list(APPEND path "${m}")
  foreach(u ${uses_${m}})
    visit("${u}" "${path}")
    if(circle)
      set(circle "${circle}" PARENT_SCOPE)
      return()
    endif()
  endforeach()
  set(done_${m} 1 PARENT_SCOPE)
endfunction()

list(SORT modules)
foreach(m ${modules})
  visit("${m}" "")
  if(circle)
    message(FATAL_ERROR "${DIR}: the modules include each other in a circle: ${circle}. "
            "A module includes only modules below it: move what both need into a module "
            "beneath them, or let the caller above both hand it over (as assess.c does for "
            "results_check.c)")
  endif()
endforeach()
if(STAMP)
  file(TOUCH "${STAMP}")
endif()
