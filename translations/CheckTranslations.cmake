# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DPROJECT_FILE=<.lupdate/saathi_core_project.cmake> -DLUPDATE=<lupdate> -DTS=<saathi_hi.ts> -DWORK=<dir>
#       -P CheckTranslations.cmake
# Fails when a tr()/translate() string in the sources has no Hindi in the committed catalogue: runs lupdate over
# the same sources into a copy of the .ts and counts what it had to add as unfinished.
include("${PROJECT_FILE}") # lupdate_sources, lupdate_include_paths
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(name "${TS}" NAME)
set(copy "${WORK}/${name}")
configure_file("${TS}" "${copy}" COPYONLY)
set(list_file "${WORK}/sources.lst")
string(REPLACE ";" "\n" lines "${lupdate_sources}")
file(WRITE "${list_file}" "${lines}\n")
set(includes "")
foreach(dir ${lupdate_include_paths})
    list(APPEND includes "-I${dir}")
endforeach()
execute_process(COMMAND "${LUPDATE}" -silent -no-obsolete -locations none ${includes} "@${list_file}" -ts "${copy}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()
file(READ "${copy}" text)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*(<comment>[^<]*</comment>[ \n\t]*)?<translation type=\"unfinished\"" missing "${text}")
list(LENGTH missing count)
if(count GREATER 0)
    list(SUBLIST missing 0 10 first)
    string(REGEX REPLACE "<translation type=\"unfinished\"" "" first "${first}")
    string(REPLACE ";" "\n  " first "${first}")
    message(FATAL_ERROR "${count} strings have no Hindi in ${name}; run `cmake --build <build> --target "
                        "update_translations` and translate them. First ones:\n  ${first}")
endif()
message(STATUS "${name}: every string of the sources is translated")
