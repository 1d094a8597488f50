# SPDX-License-Identifier: GPL-3.0-or-later
# Going live with UAT or production: one page per core/setup flow, in GoLiveWizard.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/GoLiveActivationPage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/setup/GoLiveActivationPage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/GoLiveCredentialsPage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/setup/GoLiveCredentialsPage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/GoLiveEnvironmentPage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/setup/GoLiveEnvironmentPage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/GoLiveFinishPage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/setup/GoLiveFinishPage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/GoLiveOnboardingPage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/setup/GoLiveOnboardingPage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/GoLiveShopPage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/setup/GoLiveShopPage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/GoLiveState.h
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/GoLiveWizard.cpp ${CMAKE_CURRENT_SOURCE_DIR}/setup/GoLiveWizard.h
    ${CMAKE_CURRENT_SOURCE_DIR}/setup/SetupForm.cpp ${CMAKE_CURRENT_SOURCE_DIR}/setup/SetupForm.h
)
