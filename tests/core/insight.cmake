# SPDX-License-Identifier: MIT
# scikit-learn insight: feature importances, feature names, learned parameters and estimator
# discovery against the real scikit-learn's answers; and `picklescope-cli insight` as a process.
add_executable(tst_insight ${CMAKE_CURRENT_LIST_DIR}/tst_insight.cpp)
target_link_libraries(tst_insight PRIVATE picklescope_core Qt6::Test)
target_compile_definitions(tst_insight PRIVATE PS_FIXTURES="${PS_FIXTURES}")
add_test(NAME tst_insight COMMAND tst_insight)
set_tests_properties(tst_insight PROPERTIES LABELS "engine;sanitize")

if(TARGET picklescope-cli)
    add_executable(tst_insight_cli ${CMAKE_CURRENT_LIST_DIR}/../cli/tst_insight_cli.cpp)
    target_link_libraries(tst_insight_cli PRIVATE Qt6::Test)
    target_compile_definitions(tst_insight_cli PRIVATE
        PICKLESCOPE_CLI="$<TARGET_FILE:picklescope-cli>"
        PS_FIXTURES="${PS_FIXTURES}")
    add_dependencies(tst_insight_cli picklescope-cli)
    add_test(NAME tst_insight_cli COMMAND tst_insight_cli)
    set_tests_properties(tst_insight_cli PROPERTIES LABELS "cli")
endif()
