# SPDX-License-Identifier: GPL-3.0-or-later
# The cash till (issue #19): open a shift, cash added or taken out, close or hand over; talks to core/till's
# TillService and Operators only.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/till/OperatorPicker.cpp ${CMAKE_CURRENT_SOURCE_DIR}/till/OperatorPicker.h
    ${CMAKE_CURRENT_SOURCE_DIR}/till/TillAmount.cpp ${CMAKE_CURRENT_SOURCE_DIR}/till/TillAmount.h
    ${CMAKE_CURRENT_SOURCE_DIR}/till/TillCloseForm.cpp ${CMAKE_CURRENT_SOURCE_DIR}/till/TillCloseForm.h
    ${CMAKE_CURRENT_SOURCE_DIR}/till/TillFigures.cpp ${CMAKE_CURRENT_SOURCE_DIR}/till/TillFigures.h
    ${CMAKE_CURRENT_SOURCE_DIR}/till/TillKit.cpp ${CMAKE_CURRENT_SOURCE_DIR}/till/TillKit.h
    ${CMAKE_CURRENT_SOURCE_DIR}/till/TillMoveForm.cpp ${CMAKE_CURRENT_SOURCE_DIR}/till/TillMoveForm.h
    ${CMAKE_CURRENT_SOURCE_DIR}/till/TillOpenForm.cpp ${CMAKE_CURRENT_SOURCE_DIR}/till/TillOpenForm.h
    ${CMAKE_CURRENT_SOURCE_DIR}/till/TillPage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/till/TillPage.h
)
