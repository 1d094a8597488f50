# SPDX-License-Identifier: GPL-3.0-or-later
# The journal's history: filters, paged table, details, reprint (DUPLICATE), CSV export.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/history/ForgetCustomerButton.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/history/ForgetCustomerButton.h
    ${CMAKE_CURRENT_SOURCE_DIR}/history/HistoryModel.cpp ${CMAKE_CURRENT_SOURCE_DIR}/history/HistoryModel.h
    ${CMAKE_CURRENT_SOURCE_DIR}/history/HistoryPage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/history/HistoryPage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/history/ReprintPanel.cpp ${CMAKE_CURRENT_SOURCE_DIR}/history/ReprintPanel.h
)
