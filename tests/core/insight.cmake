# SPDX-License-Identifier: MIT
# scikit-learn insight: feature importances, feature names, learned parameters and estimator
# discovery against the real scikit-learn's answers.
add_executable(tst_insight ${CMAKE_CURRENT_LIST_DIR}/tst_insight.cpp)
target_link_libraries(tst_insight PRIVATE picklescope_core Qt6::Test)
target_compile_definitions(tst_insight PRIVATE PS_FIXTURES="${PS_FIXTURES}")
add_test(NAME tst_insight COMMAND tst_insight)
set_tests_properties(tst_insight PROPERTIES LABELS "engine;sanitize")

