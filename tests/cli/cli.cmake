# SPDX-License-Identifier: MIT
# The command-line tool, run as a process on the fixture corpus.
add_executable(tst_cli ${CMAKE_CURRENT_LIST_DIR}/tst_cli.cpp)
target_link_libraries(tst_cli PRIVATE Qt6::Test)
target_compile_definitions(tst_cli PRIVATE
    PICKLESCOPE_CLI="$<TARGET_FILE:picklescope-cli>"
    PS_FIXTURES="${PS_FIXTURES}")
add_dependencies(tst_cli picklescope-cli)
add_test(NAME tst_cli COMMAND tst_cli)
set_tests_properties(tst_cli PROPERTIES LABELS "cli")
