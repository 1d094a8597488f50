# SPDX-License-Identifier: GPL-3.0-or-later
# The app's settings (environment, location, language, printer, kiosk, the agent's PIN hash) and the Eko
# environment profiles. Credentials are not settings: they live in the keychain (secrets/).
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/settings/AgentProfile.cpp ${CMAKE_CURRENT_SOURCE_DIR}/settings/AgentProfile.h
    ${CMAKE_CURRENT_SOURCE_DIR}/settings/Catalogue.cpp ${CMAKE_CURRENT_SOURCE_DIR}/settings/Catalogue.h
    ${CMAKE_CURRENT_SOURCE_DIR}/settings/AppSettings.cpp ${CMAKE_CURRENT_SOURCE_DIR}/settings/AppSettings.h
    ${CMAKE_CURRENT_SOURCE_DIR}/settings/EnvironmentProfile.cpp ${CMAKE_CURRENT_SOURCE_DIR}/settings/EnvironmentProfile.h
    ${CMAKE_CURRENT_SOURCE_DIR}/settings/PrinterSettings.cpp ${CMAKE_CURRENT_SOURCE_DIR}/settings/PrinterSettings.h
    ${CMAKE_CURRENT_SOURCE_DIR}/settings/PinHash.cpp ${CMAKE_CURRENT_SOURCE_DIR}/settings/PinHash.h
)
