# SPDX-License-Identifier: GPL-3.0-or-later
# Issue #19: the numbered end-of-day report (journal v7: day_closes), its JSON, print lines, HTML/PDF and CSV.
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/dayclose/DayCloseCsv.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/dayclose/DayCloseData.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dayclose/DayCloseData.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dayclose/DayCloseOutput.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dayclose/DayCloseOutput.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dayclose/DayCloseReport.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dayclose/DayCloseReport.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dayclose/DayCloseService.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dayclose/DayCloseService.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dayclose/DayCloseText.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dayclose/DayCloseText.h
    ${CMAKE_CURRENT_SOURCE_DIR}/dayclose/DayCloser.cpp ${CMAKE_CURRENT_SOURCE_DIR}/dayclose/DayCloser.h
)
