# SPDX-License-Identifier: MIT
# The layer check of core/ rejects each kind of violation (and accepts this build's layering).
add_test(NAME layer_check
    COMMAND ${CMAKE_COMMAND}
            -DCHECK=${PROJECT_SOURCE_DIR}/scripts/check_layers.cmake
            -DWORK=${CMAKE_CURRENT_BINARY_DIR}/layer_check
            -DREAL_MANIFEST=${PICKLESCOPE_LAYER_MANIFEST}
            -P ${CMAKE_CURRENT_SOURCE_DIR}/layers/check_layers_test.cmake)
set_tests_properties(layer_check PROPERTIES LABELS "engine")
