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

# Issue 14: .npy / .npz files and formats PickleScope does not read.
add_executable(tst_npy_cli ${CMAKE_CURRENT_LIST_DIR}/tst_npy_cli.cpp)
target_link_libraries(tst_npy_cli PRIVATE Qt6::Test)
target_compile_definitions(tst_npy_cli PRIVATE
    PICKLESCOPE_CLI="$<TARGET_FILE:picklescope-cli>"
    PS_FIXTURES="${PS_FIXTURES}"
    PS_NPY_FIXTURES="${CMAKE_CURRENT_LIST_DIR}/../fixtures/npy")
add_dependencies(tst_npy_cli picklescope-cli)
add_test(NAME tst_npy_cli COMMAND tst_npy_cli)
set_tests_properties(tst_npy_cli PROPERTIES LABELS "cli")
