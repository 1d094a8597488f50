# SPDX-License-Identifier: GPL-3.0-or-later
# The fingerprint device wizard: discovery with live progress, choose, details, test capture, save.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/device/DeviceWizard.cpp ${CMAKE_CURRENT_SOURCE_DIR}/device/DeviceWizard.h
    ${CMAKE_CURRENT_SOURCE_DIR}/device/DeviceWizardPages.cpp ${CMAKE_CURRENT_SOURCE_DIR}/device/DeviceWizardPages.h
    ${CMAKE_CURRENT_SOURCE_DIR}/device/DeviceDiscoveryPage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/device/DeviceDiscoveryPage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/device/DeviceChoosePage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/device/DeviceChoosePage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/device/DeviceDetailsPage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/device/DeviceDetailsPage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/device/DeviceSavePage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/device/DeviceSavePage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/device/DeviceCapturePage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/device/DeviceCapturePage.h
)
