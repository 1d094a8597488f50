# SPDX-License-Identifier: GPL-3.0-or-later
# Issue #19, stuck money chased for the customer: the claim slip dialog (History), home's box of rows to chase with
# the returning customer's lookup by mobile, and the AePS form's note under the customer's mobile.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/claims/ClaimSlipButton.cpp ${CMAKE_CURRENT_SOURCE_DIR}/claims/ClaimSlipButton.h
    ${CMAKE_CURRENT_SOURCE_DIR}/claims/ClaimSlipDialog.cpp ${CMAKE_CURRENT_SOURCE_DIR}/claims/ClaimSlipDialog.h
    ${CMAKE_CURRENT_SOURCE_DIR}/claims/CustomerMoneyNote.cpp ${CMAKE_CURRENT_SOURCE_DIR}/claims/CustomerMoneyNote.h
    ${CMAKE_CURRENT_SOURCE_DIR}/claims/StuckMoneyBox.cpp ${CMAKE_CURRENT_SOURCE_DIR}/claims/StuckMoneyBox.h
)
