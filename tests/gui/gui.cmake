# SPDX-License-Identifier: MIT
# GUI suites (offscreen): the models under QAbstractItemModelTester, the window driven as a
# user would, and responsiveness while a big file loads.
if(TARGET picklescope_gui)
    find_package(Qt6 REQUIRED COMPONENTS Widgets Test Xml)
    foreach(suite tst_objecttreemodel tst_treeindex tst_mainwindow tst_responsiveness tst_charts
        tst_editing tst_firstscreen tst_compare tst_dataview tst_filechanges tst_language
        tst_treediagram tst_benchmarkload tst_opcodemodel tst_uniformtableview)
        add_executable(${suite} ${CMAKE_CURRENT_LIST_DIR}/${suite}.cpp
            ${CMAKE_CURRENT_LIST_DIR}/gui_testing.h)
        target_link_libraries(${suite} PRIVATE picklescope_gui Qt6::Test Qt6::Xml)
        target_compile_definitions(${suite} PRIVATE
            PS_FIXTURES="${PS_FIXTURES}"
            PS_HOSTILE="${PS_HOSTILE}"
            PS_PYTHON="/usr/bin/python3")
        add_test(NAME ${suite} COMMAND ${suite})
        set_tests_properties(${suite} PROPERTIES LABELS "gui"
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/gui-config")
    endforeach()
    # The window's benchmark mode is tested on the program itself, as tests/bench/run.py runs it.
    add_dependencies(tst_benchmarkload picklescope)
    target_compile_definitions(tst_benchmarkload PRIVATE
        PS_PICKLESCOPE="$<TARGET_FILE:picklescope>")
    # The language switch reads the catalogues (every message, to find texts left behind) and
    # opens the bundled example model of README command 1.
    target_compile_definitions(tst_language PRIVATE
        PS_TRANSLATIONS="${PROJECT_SOURCE_DIR}/translations"
        PS_EXAMPLES="${PROJECT_SOURCE_DIR}/resources/examples")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/../bench/bench.cmake)
