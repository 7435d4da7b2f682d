# SPDX-License-Identifier: MIT
# Engine tests: malformed input, random input and truncations, the real-file corpus, dis.
# Label "sanitize": also run by scripts/test.sh in the ASan/UBSan build.
foreach(name malformed robustness corpus dis graph fastlane)
    add_executable(tst_${name} ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp)
    target_link_libraries(tst_${name} PRIVATE picklescope_core Qt6::Test)
    target_compile_definitions(tst_${name} PRIVATE PS_FIXTURES="${PS_FIXTURES}")
    add_test(NAME tst_${name} COMMAND tst_${name})
    set_tests_properties(tst_${name} PROPERTIES LABELS "engine;sanitize")
endforeach()
