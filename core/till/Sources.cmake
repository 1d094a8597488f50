# SPDX-License-Identifier: GPL-3.0-or-later
# Issue #19: the cash till — operators, shifts, manual moves and the close (journal v7: till_shifts, till_moves).
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/till/Operators.cpp ${CMAKE_CURRENT_SOURCE_DIR}/till/Operators.h
    ${CMAKE_CURRENT_SOURCE_DIR}/till/TillBook.cpp ${CMAKE_CURRENT_SOURCE_DIR}/till/TillBook.h
    ${CMAKE_CURRENT_SOURCE_DIR}/till/TillBookQueries.cpp ${CMAKE_CURRENT_SOURCE_DIR}/till/TillBookSql.h
    ${CMAKE_CURRENT_SOURCE_DIR}/till/TillErrors.cpp ${CMAKE_CURRENT_SOURCE_DIR}/till/TillErrors.h
    ${CMAKE_CURRENT_SOURCE_DIR}/till/TillJson.cpp ${CMAKE_CURRENT_SOURCE_DIR}/till/TillJson.h
    ${CMAKE_CURRENT_SOURCE_DIR}/till/TillService.cpp ${CMAKE_CURRENT_SOURCE_DIR}/till/TillService.h
    ${CMAKE_CURRENT_SOURCE_DIR}/till/TillTypes.cpp ${CMAKE_CURRENT_SOURCE_DIR}/till/TillTypes.h
)
