# SPDX-License-Identifier: MIT
# Recogniser units: dtypes, array addressing, decodeDType, small pickles through Document.
# Label "sanitize": also run by scripts/test.sh in the ASan/UBSan build.
add_executable(tst_recognise ${CMAKE_CURRENT_LIST_DIR}/tst_recognise.cpp)
target_link_libraries(tst_recognise PRIVATE picklescope_core Qt6::Test)
add_test(NAME tst_recognise COMMAND tst_recognise)
set_tests_properties(tst_recognise PROPERTIES LABELS "recognise;sanitize")
