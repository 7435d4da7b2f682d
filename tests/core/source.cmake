# SPDX-License-Identifier: MIT
# The "source" stage: memory map, decompression, ZIP, .npy, PyTorch containers.
# Label "sanitize": the ZIP and decompression mutation tests also run under ASan/UBSan.
add_executable(tst_source ${CMAKE_CURRENT_LIST_DIR}/tst_source.cpp)
target_link_libraries(tst_source PRIVATE picklescope_core Qt6::Test)
target_compile_definitions(tst_source PRIVATE PS_TEST_DATA="${CMAKE_CURRENT_LIST_DIR}/data")
add_test(NAME tst_source COMMAND tst_source)
set_tests_properties(tst_source PROPERTIES LABELS "source;sanitize")
