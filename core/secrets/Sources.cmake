# SPDX-License-Identifier: GPL-3.0-or-later
# Credentials in the OS keychain (QtKeychain), behind the SecretStore interface.
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/secrets/SecretStore.h
    ${CMAKE_CURRENT_SOURCE_DIR}/secrets/CustomerTokenKeyStore.cpp ${CMAKE_CURRENT_SOURCE_DIR}/secrets/CustomerTokenKeyStore.h
    ${CMAKE_CURRENT_SOURCE_DIR}/secrets/EkoCredentials.h
    ${CMAKE_CURRENT_SOURCE_DIR}/secrets/EkoCredentialStore.cpp ${CMAKE_CURRENT_SOURCE_DIR}/secrets/EkoCredentialStore.h
    ${CMAKE_CURRENT_SOURCE_DIR}/secrets/KeychainSecretStore.cpp ${CMAKE_CURRENT_SOURCE_DIR}/secrets/KeychainSecretStore.h
)
