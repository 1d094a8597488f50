# SPDX-License-Identifier: GPL-3.0-or-later
# The form kit every page uses: one key policy (Esc back, Enter on), labels with their buddies, the theme's tones.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/form/FormKit.cpp ${CMAKE_CURRENT_SOURCE_DIR}/form/FormKit.h
    ${CMAKE_CURRENT_SOURCE_DIR}/form/PageKeys.cpp ${CMAKE_CURRENT_SOURCE_DIR}/form/PageKeys.h
    ${CMAKE_CURRENT_SOURCE_DIR}/form/Theme.cpp ${CMAKE_CURRENT_SOURCE_DIR}/form/Theme.h
    ${CMAKE_CURRENT_SOURCE_DIR}/form/WizardKit.cpp ${CMAKE_CURRENT_SOURCE_DIR}/form/WizardKit.h
)
# The theme's style sheet and the in-house icons (resources/theme, resources/icons/actions) as one Qt resource.
qt_add_resources(saathi_ui "saathi_look" PREFIX "/" BASE "${PROJECT_SOURCE_DIR}/resources"
    FILES "${PROJECT_SOURCE_DIR}/resources/theme/saathi.qss"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/aadhaar-pay.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/agent.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/back.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/balance-enquiry.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/cancel.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/cash-withdrawal.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/check-again.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/chevron-down.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/chevron-up.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/customer.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/fingerprint.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/history.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/lock.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/mini-statement.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/money-transfer.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/print.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/reprint.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/retry.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/save-pdf.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/settings.svg"
    "${PROJECT_SOURCE_DIR}/resources/icons/actions/submit.svg")
