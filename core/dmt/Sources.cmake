# SPDX-License-Identifier: GPL-3.0-or-later
# Domestic money transfer (DMT) on both Eko rails: value types, the step service, transfer plans and the
# journaled transfer and refund flows.
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtCustomerFlow.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtCustomerFlow.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtField.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtField.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtJob.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtJob.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtRefundFlow.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtRefundFlow.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtReply.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtReply.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtService.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtService.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtTransferFlow.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtTransferFlow.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtTypes.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/DmtTypes.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/RecipientBook.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/RecipientBook.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dmt/TransferPlan.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dmt/TransferPlan.h
)
