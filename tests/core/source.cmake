# SPDX-License-Identifier: MIT
# The "source" stage: memory map, decompression, ZIP, .npy, PyTorch containers.
# Label "sanitize": the ZIP and decompression mutation tests also run under ASan/UBSan.
add_executable(tst_source ${CMAKE_CURRENT_LIST_DIR}/tst_source.cpp)
target_link_libraries(tst_source PRIVATE picklescope_core Qt6::Test)
target_compile_definitions(tst_source PRIVATE PS_TEST_DATA="${CMAKE_CURRENT_LIST_DIR}/data")
add_test(NAME tst_source COMMAND tst_source)
set_tests_properties(tst_source PROPERTIES LABELS "source;sanitize")

# Issue 14: files rewritten or truncated on disk while open, through the engine and the CLI.
if(TARGET picklescope_cli_lib)
    add_executable(tst_changed_on_disk ${CMAKE_CURRENT_LIST_DIR}/tst_changed_on_disk.cpp)
    target_link_libraries(tst_changed_on_disk PRIVATE
        picklescope_core picklescope_cli_lib Qt6::Test)
    target_compile_definitions(tst_changed_on_disk PRIVATE PS_FIXTURES="${PS_FIXTURES}")
    add_test(NAME tst_changed_on_disk COMMAND tst_changed_on_disk -nocrashhandler)
    set_tests_properties(tst_changed_on_disk PROPERTIES LABELS "engine")
endif()

# Issue 14: .npy and .npz files as documents; other formats named (tests/fixtures/generate_npy.py).
add_executable(tst_npy_files ${CMAKE_CURRENT_LIST_DIR}/tst_npy_files.cpp)
target_link_libraries(tst_npy_files PRIVATE picklescope_core Qt6::Test)
target_compile_definitions(tst_npy_files PRIVATE
    PS_NPY_FIXTURES="${CMAKE_CURRENT_LIST_DIR}/../fixtures/npy")
add_test(NAME tst_npy_files COMMAND tst_npy_files)
set_tests_properties(tst_npy_files PROPERTIES LABELS "engine;sanitize")
