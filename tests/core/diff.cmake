# SPDX-License-Identifier: MIT
# Comparing two files (issue 12): the engine against the differences numpy computed for the
# pairs of tests/fixtures/generate_diff.py, and `picklescope-cli diff` as a process.
set(PS_DIFF_FIXTURES "${CMAKE_CURRENT_LIST_DIR}/../fixtures/diff")

add_executable(tst_diff ${CMAKE_CURRENT_LIST_DIR}/tst_diff.cpp)
target_link_libraries(tst_diff PRIVATE picklescope_core Qt6::Test)
target_compile_definitions(tst_diff PRIVATE PS_DIFF_FIXTURES="${PS_DIFF_FIXTURES}")
add_test(NAME tst_diff COMMAND tst_diff)
set_tests_properties(tst_diff PROPERTIES LABELS "engine;sanitize")

if(TARGET picklescope-cli)
    add_executable(tst_diff_cli ${CMAKE_CURRENT_LIST_DIR}/../cli/tst_diff_cli.cpp)
    target_link_libraries(tst_diff_cli PRIVATE Qt6::Test)
    target_compile_definitions(tst_diff_cli PRIVATE
        PICKLESCOPE_CLI="$<TARGET_FILE:picklescope-cli>"
        PS_FIXTURES="${PS_DIFF_FIXTURES}")
    add_dependencies(tst_diff_cli picklescope-cli)
    add_test(NAME tst_diff_cli COMMAND tst_diff_cli)
    set_tests_properties(tst_diff_cli PROPERTIES LABELS "cli")
endif()
