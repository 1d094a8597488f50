# SPDX-License-Identifier: GPL-3.0-or-later
# The day close (issue #19): the day's report previewed, closed under its number, printed, saved as PDF and CSV.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/dayclose/DayCloseFiles.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dayclose/DayCloseFiles.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dayclose/DayClosePage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dayclose/DayClosePage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dayclose/DayClosePageFiles.cpp
)
