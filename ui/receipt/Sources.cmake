# SPDX-License-Identifier: GPL-3.0-or-later
# The receipt on screen, printed and as PDF.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptActions.cpp ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptActions.h
    ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptPrinter.cpp ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptPrinter.h
    ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptView.cpp ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptView.h
)
