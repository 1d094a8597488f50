# SPDX-License-Identifier: GPL-3.0-or-later
# The form kit every page uses: one key policy (Esc back, Enter on), labels with their buddies, the theme's tones.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/form/FormKit.cpp ${CMAKE_CURRENT_SOURCE_DIR}/form/FormKit.h
    ${CMAKE_CURRENT_SOURCE_DIR}/form/PageKeys.cpp ${CMAKE_CURRENT_SOURCE_DIR}/form/PageKeys.h
    ${CMAKE_CURRENT_SOURCE_DIR}/form/Theme.cpp ${CMAKE_CURRENT_SOURCE_DIR}/form/Theme.h
    ${CMAKE_CURRENT_SOURCE_DIR}/form/WizardKit.cpp ${CMAKE_CURRENT_SOURCE_DIR}/form/WizardKit.h
)
