# SPDX-License-Identifier: GPL-3.0-or-later
# The customer's receipt: a value built from the journal row and Eko's answer, rendered as text.
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/receipt/Receipt.cpp ${CMAKE_CURRENT_SOURCE_DIR}/receipt/Receipt.h
    ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptHeader.cpp ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptHeader.h
    ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptQr.cpp ${CMAKE_CURRENT_SOURCE_DIR}/receipt/ReceiptQr.h
)
# Any journaled transaction's receipt, rebuilt from its row (reprints, History, saathi-cli receipt).
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/receipt/JournalReceipts.cpp ${CMAKE_CURRENT_SOURCE_DIR}/receipt/JournalReceipts.h
)
# ESC/POS thermal printing on a serial port (Qt SerialPort is headless, so core may link it).
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/receipt/AsciiTransliterator.cpp ${CMAKE_CURRENT_SOURCE_DIR}/receipt/AsciiTransliterator.h
    ${CMAKE_CURRENT_SOURCE_DIR}/receipt/EscPosEncoder.cpp ${CMAKE_CURRENT_SOURCE_DIR}/receipt/EscPosEncoder.h
    ${CMAKE_CURRENT_SOURCE_DIR}/receipt/SerialReceiptPrinter.cpp ${CMAKE_CURRENT_SOURCE_DIR}/receipt/SerialReceiptPrinter.h
)
target_link_libraries(saathi_core PUBLIC Qt6::SerialPort)
# The money-transfer receipt (masked account; a refund says the cash went back to the customer).
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/receipt/DmtReceipt.cpp ${CMAKE_CURRENT_SOURCE_DIR}/receipt/DmtReceipt.h
)
