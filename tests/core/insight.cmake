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
        PS_FIXTURES="${PS_FIXTURES}"
        PS_TREE_FIXTURES="${CMAKE_CURRENT_SOURCE_DIR}/fixtures/trees")
    add_dependencies(tst_insight_cli picklescope-cli)
    add_test(NAME tst_insight_cli COMMAND tst_insight_cli)
    set_tests_properties(tst_insight_cli PROPERTIES LABELS "cli")
endif()

# Decision trees against the real scikit-learn's export_text and decision_path
# (tests/fixtures/generate_trees.py).
add_executable(tst_tree ${CMAKE_CURRENT_LIST_DIR}/tst_tree.cpp)
target_link_libraries(tst_tree PRIVATE picklescope_core Qt6::Test)
target_compile_definitions(tst_tree PRIVATE
    PS_TREE_FIXTURES="${CMAKE_CURRENT_SOURCE_DIR}/fixtures/trees")
add_test(NAME tst_tree COMMAND tst_tree)
set_tests_properties(tst_tree PROPERTIES LABELS "engine;sanitize")
