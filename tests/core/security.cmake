# SPDX-License-Identifier: MIT
# Security analysis: the hostile corpus, the real-file corpus (no false alarms), the rules;
# and `picklescope-cli scan` run as a process (exit codes, --json, --strict).
add_executable(tst_security ${CMAKE_CURRENT_LIST_DIR}/tst_security.cpp)
target_link_libraries(tst_security PRIVATE picklescope_core Qt6::Test)
target_compile_definitions(tst_security PRIVATE
    PS_FIXTURES="${PS_FIXTURES}"
    PS_HOSTILE="${PS_HOSTILE}")
add_test(NAME tst_security COMMAND tst_security)
set_tests_properties(tst_security PROPERTIES LABELS "engine;sanitize")

if(TARGET picklescope-cli)
    add_executable(tst_scan_cli ${CMAKE_CURRENT_LIST_DIR}/../cli/tst_scan_cli.cpp)
    target_link_libraries(tst_scan_cli PRIVATE Qt6::Test)
    target_compile_definitions(tst_scan_cli PRIVATE
        PICKLESCOPE_CLI="$<TARGET_FILE:picklescope-cli>"
        PS_FIXTURES="${PS_FIXTURES}"
        PS_HOSTILE="${PS_HOSTILE}")
    add_dependencies(tst_scan_cli picklescope-cli)
    add_test(NAME tst_scan_cli COMMAND tst_scan_cli)
    set_tests_properties(tst_scan_cli PROPERTIES LABELS "cli")
endif()
