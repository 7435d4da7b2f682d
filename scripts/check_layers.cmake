# SPDX-License-Identifier: MIT
# The layer check of core/ (run by the build: core/CMakeLists.txt; tested by tests/layers/).
#
#   cmake -DMANIFEST=<layers.cmake> [-DSTAMP=<file>] -P scripts/check_layers.cmake
#
# MANIFEST sets PICKLESCOPE_STAGES (the stage names) and, for each stage S, STAGE_S_DIR (its
# folder), STAGE_S_SOURCES (its files, relative to the folder or absolute) and STAGE_S_LINKS
# (what its target links; picklescope_<stage> entries are its stage dependencies). CMake itself
# accepts cycles between static libraries, so this script is what enforces the layers:
#   * the stage dependencies form no cycle;
#   * every `#include "X/..."` in a stage's files names the stage itself or one it depends on,
#     directly or through other stages (and X is a stage: core/ includes nothing else);
#   * every .cpp, .h and .inc file in a stage's folder is listed in its target, and every
#     listed file lies in that folder.
# All violations are reported, then the script fails. On success it touches STAMP.
cmake_minimum_required(VERSION 3.22)

if(NOT DEFINED MANIFEST OR NOT EXISTS "${MANIFEST}")
    message(FATAL_ERROR "check_layers: MANIFEST not given or missing: '${MANIFEST}'")
endif()
include("${MANIFEST}")

set(problems "")
macro(problem)
    string(CONCAT problem_text ${ARGN})
    string(APPEND problems "  ${problem_text}\n")
endmacro()

# Direct stage dependencies.
foreach(stage IN LISTS PICKLESCOPE_STAGES)
    set(deps_${stage} "")
    foreach(link IN LISTS STAGE_${stage}_LINKS)
        if(link MATCHES "^picklescope_(.+)$")
            set(dep "${CMAKE_MATCH_1}")
            if(dep IN_LIST PICKLESCOPE_STAGES)
                list(APPEND deps_${stage} "${dep}")
            endif()
        endif()
    endforeach()
endforeach()

# Transitive dependencies, with cycle detection (depth-first, explicit stack of stages being
# expanded; a stage met again while on that stack closes a cycle).
function(expand stage chain)
    get_property(done GLOBAL PROPERTY layer_closure_${stage} SET)
    if(done)
        return()
    endif()
    if(stage IN_LIST chain)
        list(APPEND chain "${stage}")
        list(JOIN chain " -> " text)
        set_property(GLOBAL APPEND PROPERTY layer_cycles "${text}")
        return()
    endif()
    list(APPEND chain "${stage}")
    set(all "")
    foreach(dep IN LISTS deps_${stage})
        expand("${dep}" "${chain}")
        list(APPEND all "${dep}")
        get_property(sub GLOBAL PROPERTY layer_closure_${dep})
        list(APPEND all ${sub})
    endforeach()
    list(REMOVE_DUPLICATES all)
    set_property(GLOBAL PROPERTY layer_closure_${stage} "${all}")
endfunction()
foreach(stage IN LISTS PICKLESCOPE_STAGES)
    expand("${stage}" "")
endforeach()
get_property(cycles GLOBAL PROPERTY layer_cycles)
foreach(cycle IN LISTS cycles)
    problem("dependency cycle: ${cycle}")
endforeach()

foreach(stage IN LISTS PICKLESCOPE_STAGES)
    set(dir "${STAGE_${stage}_DIR}")
    get_property(allowed GLOBAL PROPERTY layer_closure_${stage})
    list(JOIN allowed ", " allowed_text)
    if(allowed_text STREQUAL "")
        set(allowed_text "none")
    endif()

    set(listed "")
    foreach(source IN LISTS STAGE_${stage}_SOURCES)
        cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${dir}" NORMALIZE OUTPUT_VARIABLE file)
        cmake_path(GET file PARENT_PATH parent)
        cmake_path(COMPARE "${parent}" EQUAL "${dir}" same)
        if(NOT same)
            problem("${stage}: ${source} is listed but is not in ${dir}")
        endif()
        if(NOT EXISTS "${file}")
            problem("${stage}: ${source} is listed but does not exist")
            continue()
        endif()
        list(APPEND listed "${file}")

        file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
        foreach(line IN LISTS includes)
            if(NOT line MATCHES "#[ \t]*include[ \t]*\"([^\"]*)\"")
                continue()
            endif()
            set(target "${CMAKE_MATCH_1}")
            if(NOT target MATCHES "^([^/]+)/")
                continue() # same-folder include ("allowlist_data.inc")
            endif()
            set(used "${CMAKE_MATCH_1}")
            cmake_path(GET file FILENAME name)
            if(NOT used IN_LIST PICKLESCOPE_STAGES)
                problem("${stage}/${name} includes \"${target}\": ${used}/ is not a stage of core/")
            elseif(NOT used STREQUAL stage AND NOT used IN_LIST allowed)
                problem("${stage}/${name} includes \"${target}\", but stage ${stage} may only "
                        "use: ${allowed_text} (link picklescope_${used} in ${stage}/CMakeLists.txt "
                        "if that is a real dependency and no cycle follows)")
            endif()
        endforeach()
    endforeach()

    file(GLOB on_disk LIST_DIRECTORIES false "${dir}/*.cpp" "${dir}/*.h" "${dir}/*.inc")
    foreach(file IN LISTS on_disk)
        if(NOT file IN_LIST listed)
            cmake_path(GET file FILENAME name)
            problem("${stage}/${name} is not listed in ${stage}/CMakeLists.txt")
        endif()
    endforeach()
endforeach()

if(NOT problems STREQUAL "")
    message(FATAL_ERROR "core/ layer check failed:\n${problems}"
                        "The allowed dependencies are in core/README.md.")
endif()
if(DEFINED STAMP)
    file(TOUCH "${STAMP}")
endif()
