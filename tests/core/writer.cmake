# SPDX-License-Identifier: MIT
# Writing: convert round trips checked by the real Python, atomic saves.
add_executable(tst_convert ${CMAKE_CURRENT_LIST_DIR}/tst_convert.cpp)
target_link_libraries(tst_convert PRIVATE Qt6::Test)
target_compile_definitions(tst_convert PRIVATE
    PS_FIXTURES="${PS_FIXTURES}"
    PS_ROUNDTRIP="${CMAKE_CURRENT_SOURCE_DIR}/roundtrip"
    PICKLESCOPE_CLI="$<TARGET_FILE:picklescope-cli>")
add_dependencies(tst_convert picklescope-cli)
add_test(NAME tst_convert COMMAND tst_convert)
set_tests_properties(tst_convert PROPERTIES LABELS "writer" TIMEOUT 900)

add_executable(tst_edit ${CMAKE_CURRENT_LIST_DIR}/tst_edit.cpp)
target_link_libraries(tst_edit PRIVATE picklescope_core Qt6::Test)
target_compile_definitions(tst_edit PRIVATE
    PS_FIXTURES="${PS_FIXTURES}"
    PS_ROUNDTRIP="${CMAKE_CURRENT_SOURCE_DIR}/roundtrip"
    PICKLESCOPE_CLI="$<TARGET_FILE:picklescope-cli>")
add_dependencies(tst_edit picklescope-cli)
add_test(NAME tst_edit COMMAND tst_edit)
set_tests_properties(tst_edit PROPERTIES LABELS "writer" TIMEOUT 600)

add_executable(tst_export ${CMAKE_CURRENT_LIST_DIR}/tst_export.cpp)
target_link_libraries(tst_export PRIVATE Qt6::Test)
target_compile_definitions(tst_export PRIVATE
    PS_FIXTURES="${PS_FIXTURES}"
    PICKLESCOPE_CLI="$<TARGET_FILE:picklescope-cli>")
add_dependencies(tst_export picklescope-cli)
add_test(NAME tst_export COMMAND tst_export)
set_tests_properties(tst_export PROPERTIES LABELS "writer" TIMEOUT 300)

# The deep comparison the round trips rely on reports what it must (tests/roundtrip/compare.py).
add_test(NAME tst_compare_py
    COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/roundtrip/test_compare.py)
set_tests_properties(tst_compare_py PROPERTIES LABELS "writer")
