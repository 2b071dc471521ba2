# Writes, at build time, the two generated documents the installed package
# carries, gzipped with GZIP when given (gzip -9n: smallest, no time stamp,
# so the same sources give the same bytes), as they are otherwise:
#   -DWHAT=man       docs/mnr.1 with the version of project() in its .TH
#                    line (the source says @PROJECT_VERSION@): mnr.1.gz
#   -DWHAT=changelog the Debian changelog of a native package, one entry
#                    per version of docs/CHANGELOG.md ("## X.Y.Z (YYYY-MM-DD)"),
#                    each pointing at that file: changelog.gz
# Run by the build (CMakeLists.txt) as
#   cmake -DWHAT=... -DIN=... -DOUT=... -DVERSION=... [-DGZIP=...] [-DMAINTAINER=...]
#         -P scripts/package-docs.cmake

# day_name(VAR Y M D): the English day of the week (Sakamoto's method)
function(day_name var y m d)
  set(t 0 3 2 5 0 3 5 1 4 6 2 4)
  math(EXPR i "${m} - 1")
  list(GET t ${i} tm)
  if(m LESS 3)
    math(EXPR y "${y} - 1")
  endif()
  math(EXPR w "(${y} + ${y} / 4 - ${y} / 100 + ${y} / 400 + ${tm} + ${d}) % 7")
  set(names Sun Mon Tue Wed Thu Fri Sat)
  list(GET names ${w} n)
  set(${var} ${n} PARENT_SCOPE)
endfunction()

function(write_gz text out)
  if(NOT GZIP)
    file(WRITE "${out}" "${text}")
    return()
  endif()
  file(WRITE "${out}.tmp" "${text}")
  execute_process(COMMAND "${GZIP}" -9n -c "${out}.tmp" OUTPUT_FILE "${out}" RESULT_VARIABLE rc)
  file(REMOVE "${out}.tmp")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip failed on ${out}: install gzip")
  endif()
endfunction()

file(READ "${IN}" text)
if(WHAT STREQUAL "man")
  string(REPLACE "@PROJECT_VERSION@" "${VERSION}" text "${text}")
  write_gz("${text}" "${OUT}")
elseif(WHAT STREQUAL "changelog")
  set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
  string(REGEX MATCHALL "\n## [0-9][0-9.]* \\([0-9-]+\\)" heads "\n${text}")
  set(deb "")
  foreach(h IN LISTS heads)
    string(REGEX MATCH "## ([0-9.]+) \\(([0-9]+)-([0-9]+)-([0-9]+)\\)" _ "${h}")
    set(v ${CMAKE_MATCH_1})
    set(y ${CMAKE_MATCH_2})
    math(EXPR m "1${CMAKE_MATCH_3} - 100")   # "08" is not octal to math()
    math(EXPR d "1${CMAKE_MATCH_4} - 100")
    day_name(dn ${y} ${m} ${d})
    math(EXPR i "${m} - 1")
    list(GET months ${i} mn)
    string(APPEND deb "mnr (${v}) unstable; urgency=medium\n\n"
      "  * What changed for users in ${v}: /usr/share/doc/mnr/CHANGELOG.md\n\n"
      " -- ${MAINTAINER}  ${dn}, ${CMAKE_MATCH_4} ${mn} ${y} 00:00:00 +0000\n\n")
  endforeach()
  string(FIND "${heads}" "## ${VERSION} (" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${IN} has no entry for version ${VERSION} (project() in CMakeLists.txt): "
                        "add a \"## ${VERSION} (YYYY-MM-DD)\" section saying what changed")
  endif()
  write_gz("${deb}" "${OUT}")
else()
  message(FATAL_ERROR "WHAT must be man or changelog")
endif()
