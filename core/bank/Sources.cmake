# SPDX-License-Identifier: GPL-3.0-or-later
# Banks: Eko's bank list as a value type and a directory loaded once per environment.
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/bank/Bank.h
    ${CMAKE_CURRENT_SOURCE_DIR}/bank/BankDirectory.cpp ${CMAKE_CURRENT_SOURCE_DIR}/bank/BankDirectory.h
)
