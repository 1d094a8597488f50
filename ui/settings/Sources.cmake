# SPDX-License-Identifier: GPL-3.0-or-later
# Settings: environment, Eko credentials (keychain), location, language, printer, kiosk and PINs.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/settings/CustomerMemoryBox.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/settings/CustomerMemoryBox.h
    ${CMAKE_CURRENT_SOURCE_DIR}/settings/CredentialsWidget.cpp ${CMAKE_CURRENT_SOURCE_DIR}/settings/CredentialsWidget.h
    ${CMAKE_CURRENT_SOURCE_DIR}/settings/LanguageSwitcher.cpp ${CMAKE_CURRENT_SOURCE_DIR}/settings/LanguageSwitcher.h
    ${CMAKE_CURRENT_SOURCE_DIR}/settings/OperatorDialog.cpp ${CMAKE_CURRENT_SOURCE_DIR}/settings/OperatorDialog.h
    ${CMAKE_CURRENT_SOURCE_DIR}/settings/OperatorsBox.cpp ${CMAKE_CURRENT_SOURCE_DIR}/settings/OperatorsBox.h
    ${CMAKE_CURRENT_SOURCE_DIR}/settings/PinWidget.cpp ${CMAKE_CURRENT_SOURCE_DIR}/settings/PinWidget.h
    ${CMAKE_CURRENT_SOURCE_DIR}/settings/PrinterSettingsBox.cpp ${CMAKE_CURRENT_SOURCE_DIR}/settings/PrinterSettingsBox.h
    ${CMAKE_CURRENT_SOURCE_DIR}/settings/SettingsPage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/settings/SettingsPage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/settings/SupportFileBox.cpp ${CMAKE_CURRENT_SOURCE_DIR}/settings/SupportFileBox.h
    ${CMAKE_CURRENT_SOURCE_DIR}/settings/SwitchRefusedBox.cpp ${CMAKE_CURRENT_SOURCE_DIR}/settings/SwitchRefusedBox.h
)
