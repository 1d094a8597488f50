# SPDX-License-Identifier: GPL-3.0-or-later
# The customer's receipt: a value built from the journal row and Eko's answer, rendered as text.
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/receipt/Receipt.cpp ${CMAKE_CURRENT_SOURCE_DIR}/receipt/Receipt.h
)
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/receipt/DmtReceipt.cpp ${CMAKE_CURRENT_SOURCE_DIR}/receipt/DmtReceipt.h
)
