# SPDX-License-Identifier: MIT
# Proves the layer check (scripts/check_layers.cmake) accepts a clean layering and rejects each
# kind of violation with a message naming it. Each case builds a small stage tree and manifest
# under WORK and runs the check in a child process.
#
#   cmake -DCHECK=<check_layers.cmake> -DWORK=<scratch dir> [-DREAL_MANIFEST=<layers.cmake>]
#         -P tests/layers/check_layers_test.cmake
cmake_minimum_required(VERSION 3.22)

set(failures 0)

# stages: "name:dep,dep" ...; files: "stage/file.ext|#include lines separated by ;" ...
# unlisted: files written to disk but left out of the manifest.
function(make_tree case stages files unlisted)
    set(root "${WORK}/${case}")
    file(REMOVE_RECURSE "${root}")
    set(manifest "")
    set(names "")
    foreach(spec IN LISTS stages)
        string(REPLACE ":" ";" parts "${spec}")
        list(GET parts 0 name)
        list(LENGTH parts n)
        set(links "")
        if(n GREATER 1)
            list(GET parts 1 deps)
            string(REPLACE "," ";" deps "${deps}")
            foreach(dep IN LISTS deps)
                list(APPEND links "picklescope_${dep}")
            endforeach()
        endif()
        list(APPEND links "Some::External")
        list(APPEND names "${name}")
        file(MAKE_DIRECTORY "${root}/${name}")
        set(sources_${name} "")
        string(APPEND manifest "set(STAGE_${name}_DIR \"${root}/${name}\")\n"
                               "set(STAGE_${name}_LINKS \"${links}\")\n")
    endforeach()
    foreach(spec IN LISTS files)
        string(REPLACE "|" ";" parts "${spec}")
        list(GET parts 0 path)
        list(LENGTH parts n)
        set(text "// test file\n")
        if(n GREATER 1)
            list(SUBLIST parts 1 -1 lines)
            foreach(include IN LISTS lines)
                string(APPEND text "#include \"${include}\"\n")
            endforeach()
        endif()
        file(WRITE "${root}/${path}" "${text}")
        string(REPLACE "/" ";" pieces "${path}")
        list(GET pieces 0 stage)
        list(GET pieces 1 file)
        if(NOT path IN_LIST unlisted)
            list(APPEND sources_${stage} "${file}")
        endif()
    endforeach()
    foreach(name IN LISTS names)
        string(APPEND manifest "set(STAGE_${name}_SOURCES \"${sources_${name}}\")\n")
    endforeach()
    file(WRITE "${root}/layers.cmake" "set(PICKLESCOPE_STAGES ${names})\n${manifest}")
endfunction()

# Runs the check on a manifest; `expect` is PASS or a regular expression its error must match.
function(expect_check case manifest expect)
    execute_process(COMMAND "${CMAKE_COMMAND}" "-DMANIFEST=${manifest}" -P "${CHECK}"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(output "${out}${err}")
    if(expect STREQUAL "PASS")
        if(NOT rc EQUAL 0)
            message(SEND_ERROR "${case}: the check failed on a clean layering:\n${output}")
            math(EXPR failures "${failures} + 1")
        endif()
    elseif(rc EQUAL 0)
        message(SEND_ERROR "${case}: the check passed, expected a failure matching '${expect}'")
        math(EXPR failures "${failures} + 1")
    elseif(NOT output MATCHES "${expect}")
        message(SEND_ERROR "${case}: failed, but the message does not match '${expect}':\n${output}")
        math(EXPR failures "${failures} + 1")
    else()
        message(STATUS "${case}: rejected as expected")
    endif()
    set(failures ${failures} PARENT_SCOPE)
endfunction()

# A clean three-stage layering: a file may include its own stage, a direct dependency and a
# dependency's dependency; same-folder includes are not stage includes.
make_tree(clean "low;mid:low;top:mid"
    "low/low.h;low/low.cpp|low/low.h;mid/mid.h|low/low.h;top/top.cpp|top/top.h|mid/mid.h|low/low.h;top/top.h|data.inc;top/data.inc" "")
expect_check(clean "${WORK}/clean/layers.cmake" PASS)

# A lower stage including a higher one.
make_tree(upward "low;top:low" "low/low.cpp|top/top.h;top/top.h" "")
expect_check(upward "${WORK}/upward/layers.cmake"
    "low/low.cpp includes \"top/top.h\", but stage low may only use: none")

# Two peers that know nothing of each other.
make_tree(sideways "low;left:low;right:low" "low/low.h;left/left.h|low/low.h;right/right.cpp|left/left.h" "")
expect_check(sideways "${WORK}/sideways/layers.cmake"
    "right/right.cpp includes \"left/left.h\", but stage right may only use: low")

# Static libraries may link each other in a cycle as far as CMake is concerned.
make_tree(cycle "a:c;b:a;c:b" "a/a.h;b/b.h|a/a.h;c/c.h|b/b.h" "")
expect_check(cycle "${WORK}/cycle/layers.cmake" "dependency cycle: a -> c -> b -> a")

# A file in a stage folder that its target does not list.
make_tree(unlisted "low" "low/low.h;low/forgotten.h" "low/forgotten.h")
expect_check(unlisted "${WORK}/unlisted/layers.cmake"
    "low/forgotten.h is not listed in low/CMakeLists.txt")

# core/ includes nothing but its own stages.
make_tree(foreign "low" "low/low.cpp|gui/window.h" "")
expect_check(foreign "${WORK}/foreign/layers.cmake"
    "low/low.cpp includes \"gui/window.h\": gui/ is not a stage of core/")

# A listed file that is not there.
make_tree(missing "low" "low/low.h" "")
file(APPEND "${WORK}/missing/layers.cmake" "list(APPEND STAGE_low_SOURCES gone.cpp)\n")
expect_check(missing "${WORK}/missing/layers.cmake" "low: gone.cpp is listed but does not exist")

# The engine's own layering, as this build generated it.
if(DEFINED REAL_MANIFEST)
    expect_check(core "${REAL_MANIFEST}" PASS)
endif()

if(failures GREATER 0)
    message(FATAL_ERROR "${failures} layer check case(s) failed")
endif()
