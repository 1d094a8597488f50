# SPDX-License-Identifier: GPL-3.0-or-later
# AePS customer screens: one form page for the four kinds (named per kind), the bank picker, the result page.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/AadhaarPayPage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/AepsFormFields.cpp ${CMAKE_CURRENT_SOURCE_DIR}/aeps/AepsFormFields.h
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/AepsFormPage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/aeps/AepsFormPage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/AepsFormPagePreflight.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/BalanceEnquiryPage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/BankPicker.cpp ${CMAKE_CURRENT_SOURCE_DIR}/aeps/BankPicker.h
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/CashWithdrawalPage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/MiniStatementModel.cpp ${CMAKE_CURRENT_SOURCE_DIR}/aeps/MiniStatementModel.h
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/MiniStatementPage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/PreflightPrompt.cpp ${CMAKE_CURRENT_SOURCE_DIR}/aeps/PreflightPrompt.h
    ${CMAKE_CURRENT_SOURCE_DIR}/aeps/TransactionResultPage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/aeps/TransactionResultPage.h
)
