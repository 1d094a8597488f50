# SPDX-License-Identifier: GPL-3.0-or-later
# AePS customer transactions: one flow (state machine) per operation on a shared base.
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/AadhaarPayFlow.h
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/AepsCustomerFlow.cpp ${CMAKE_CURRENT_SOURCE_DIR}/aeps/AepsCustomerFlow.h
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/AepsCustomerFlowSwitches.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/AepsCustomerFlowCoach.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/AepsCustomerFlowPreflight.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/AepsForm.cpp ${CMAKE_CURRENT_SOURCE_DIR}/aeps/AepsForm.h
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/AepsTransaction.h
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/AepsFormValidator.cpp ${CMAKE_CURRENT_SOURCE_DIR}/aeps/AepsFormValidator.h
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/BalanceEnquiryFlow.h
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/CashWithdrawalFlow.h
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/MiniStatementFlow.h
)
