# SPDX-License-Identifier: MIT
# Presentation layer: Python reprs, paths, children, summaries, JSON, disassembly.
foreach(name pyrepr path present)
    add_executable(tst_${name} ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp)
    target_link_libraries(tst_${name} PRIVATE picklescope_core Qt6::Test)
    target_compile_definitions(tst_${name} PRIVATE PS_FIXTURES="${PS_FIXTURES}")
    add_test(NAME tst_${name} COMMAND tst_${name})
    set_tests_properties(tst_${name} PROPERTIES LABELS "present;sanitize")
endforeach()
# Python's own reprs, written by tests/core/data/pyrepr/generate.py.
target_compile_definitions(tst_pyrepr PRIVATE
    PS_PYREPR_EXPECTED="${CMAKE_CURRENT_LIST_DIR}/data/pyrepr/expected.json")
