# SPDX-License-Identifier: GPL-3.0-or-later
# Going live with UAT or production: one flow per set-up screen (credentials, onboarding, shop, AePS), the
# persisted step, and the short-lived Eko client each step builds from the environment's settings.
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/AepsActivationFlow.cpp ${CMAKE_CURRENT_SOURCE_DIR}/setup/AepsActivationFlow.h
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/AgentOnboarding.cpp ${CMAKE_CURRENT_SOURCE_DIR}/setup/AgentOnboarding.h
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/Choice.h
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/CredentialsCheck.cpp ${CMAKE_CURRENT_SOURCE_DIR}/setup/CredentialsCheck.h
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/EkoAnswers.cpp ${CMAKE_CURRENT_SOURCE_DIR}/setup/EkoAnswers.h
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/GoLiveContext.h
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/GoLiveProgress.cpp ${CMAKE_CURRENT_SOURCE_DIR}/setup/GoLiveProgress.h
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/OnboardingService.cpp ${CMAKE_CURRENT_SOURCE_DIR}/setup/OnboardingService.h
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/ServiceStatus.cpp ${CMAKE_CURRENT_SOURCE_DIR}/setup/ServiceStatus.h
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/SetupClient.cpp ${CMAKE_CURRENT_SOURCE_DIR}/setup/SetupClient.h
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/ShopDetails.cpp ${CMAKE_CURRENT_SOURCE_DIR}/setup/ShopDetails.h
)
