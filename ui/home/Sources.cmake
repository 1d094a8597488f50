# SPDX-License-Identifier: GPL-3.0-or-later
# The home page: tiles, the AePS lock, unresolved transactions.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/home/HomePage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/home/HomePage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/home/PracticePanel.cpp ${CMAKE_CURRENT_SOURCE_DIR}/home/PracticePanel.h
    ${CMAKE_CURRENT_SOURCE_DIR}/home/RupeeText.cpp ${CMAKE_CURRENT_SOURCE_DIR}/home/RupeeText.h
)
