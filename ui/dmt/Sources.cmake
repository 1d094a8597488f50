# SPDX-License-Identifier: GPL-3.0-or-later
# Money transfer (DMT) screens: the page the Home tile opens and its steps (customer, recipients, transfer, result,
# refund), each its own class.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtCustomerStep.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtCustomerStep.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtEkycForm.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtEkycForm.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtOtpWidget.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtOtpWidget.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtRegistrationForm.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtRegistrationForm.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtRecipientForm.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtRecipientForm.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtRecipientsStep.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtRecipientsStep.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtRefundStep.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtRefundStep.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtResultStep.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtResultStep.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtSendingView.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtSendingView.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtTransferStep.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtTransferStep.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/MoneyTransferPage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/MoneyTransferPage.h
)
