# SPDX-License-Identifier: GPL-3.0-or-later
# The receipt on screen (with its QR code), printed on the printer chosen in Settings (ReceiptOutput: thermal,
# system or PDF) and as PDF.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptActions.cpp ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptActions.h
    ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptOutput.cpp ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptOutput.h
    ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptPrintAction.cpp ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptPrintAction.h
    ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptPrinter.cpp ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptPrinter.h
    ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptQrView.cpp ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptQrView.h
    ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptView.cpp ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptView.h
)
