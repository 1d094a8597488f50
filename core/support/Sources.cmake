# SPDX-License-Identifier: GPL-3.0-or-later
# What a support engineer reads after a bad day: the rotating, redacted log file and the support bundle.
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/support/LogFile.cpp ${CMAKE_CURRENT_SOURCE_DIR}/support/LogFile.h
    ${CMAKE_CURRENT_SOURCE_DIR}/support/SupportBundle.cpp ${CMAKE_CURRENT_SOURCE_DIR}/support/SupportBundle.h
    ${CMAKE_CURRENT_SOURCE_DIR}/support/SupportFileWriter.cpp ${CMAKE_CURRENT_SOURCE_DIR}/support/SupportFileWriter.h
)
