# core-graph.cmake: refuses a circle between the modules of src/core.
#
#   cmake -DDIR=src/core [-DSTAMP=FILE] -P scripts/core-graph.cmake
#
# A module is a .c file and its .h (context.c and context.h are
# "context"), and with them the .c files (and their .h) named after it up
# to a "_": baseline.c, baseline_cohort.c and their headers are
# "baseline", a file split along its sections staying one module. A header
# without a .c of its own (cohort_words.h: words both cohort.c and
# baseline_cohort.c use) is a module by itself. Module A uses module B
# when a file of A includes a header of B. The layers (src/cli -> src/core -> src/base) are kept
# by the CMake targets, but two core modules that use each other would
# still compile: this check is what the build runs for that (CMakeLists.txt,
# before libmnrcore), and it names the circle. On success it touches STAMP.
cmake_minimum_required(VERSION 3.20)
if(NOT DIR)
  message(FATAL_ERROR "core-graph.cmake: give -DDIR=the folder of the modules")
endif()

file(GLOB files "${DIR}/*.c" "${DIR}/*.h")
set(modules "")
set(sources "")
foreach(f ${files})
  get_filename_component(stem "${f}" NAME_WE)
  if(f MATCHES "\\.c$")
    list(APPEND sources "${stem}")
  endif()
endforeach()

# the module of a file or header name (without .c or .h)
function(module_of name out)
  set(m "${name}")
  if(name IN_LIST sources)
    string(REGEX REPLACE "_.*" "" m "${name}")
  endif()
  set(${out} "${m}" PARENT_SCOPE)
endfunction()

set(headers "")
foreach(f ${files})
  get_filename_component(stem "${f}" NAME_WE)
  module_of("${stem}" m)
  list(APPEND modules "${m}")
  if(f MATCHES "\\.h$")
    list(APPEND headers "${stem}")
  endif()
endforeach()
list(REMOVE_DUPLICATES modules)

# uses_<m>: the modules m includes (its own files left out)
foreach(f ${files})
  get_filename_component(stem "${f}" NAME_WE)
  module_of("${stem}" m)
  file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"]+\\.h\"")
  foreach(line ${lines})
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\\.h\".*" "\\1" header "${line}")
    module_of("${header}" used)
    if(NOT used STREQUAL m AND header IN_LIST headers)
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
