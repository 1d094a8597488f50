# SPDX-License-Identifier: GPL-3.0-or-later
# Onboarding wizard: agent details → user_code, AePS activation with documents, service status.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/onboarding/ActivationPage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/onboarding/ActivationPage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/onboarding/AddressWidget.cpp ${CMAKE_CURRENT_SOURCE_DIR}/onboarding/AddressWidget.h
    ${CMAKE_CURRENT_SOURCE_DIR}/onboarding/AgentDetailsPage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/onboarding/AgentDetailsPage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/onboarding/OnboardingWizard.cpp ${CMAKE_CURRENT_SOURCE_DIR}/onboarding/OnboardingWizard.h
    ${CMAKE_CURRENT_SOURCE_DIR}/onboarding/ServiceStatusPage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/onboarding/ServiceStatusPage.h
)
