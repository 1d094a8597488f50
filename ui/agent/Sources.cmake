# SPDX-License-Identifier: GPL-3.0-or-later
# The agent's own screens: the daily biometric login and the one-time eKYC wizard.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/agent/AgentFields.cpp ${CMAKE_CURRENT_SOURCE_DIR}/agent/AgentFields.h
    ${CMAKE_CURRENT_SOURCE_DIR}/agent/DailyLoginPage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/agent/DailyLoginPage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/agent/EkycWizard.cpp ${CMAKE_CURRENT_SOURCE_DIR}/agent/EkycWizard.h
    ${CMAKE_CURRENT_SOURCE_DIR}/agent/EkycWizardPages.cpp ${CMAKE_CURRENT_SOURCE_DIR}/agent/EkycWizardPages.h
)
