# SPDX-License-Identifier: MIT
# Benchmarks: built with the tests, never run by ctest (run them by hand; see each source).
if(TARGET picklescope_gui)
    add_executable(bench_treediagram ${CMAKE_CURRENT_LIST_DIR}/bench_treediagram.cpp)
    target_link_libraries(bench_treediagram PRIVATE picklescope_gui)
endif()
