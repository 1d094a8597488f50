# SPDX-License-Identifier: GPL-3.0-or-later
# The home page: tiles (made cards by TileCard), the AePS lock, the day at a glance, unresolved transactions.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/home/DayGlance.cpp ${CMAKE_CURRENT_SOURCE_DIR}/home/DayGlance.h
    ${CMAKE_CURRENT_SOURCE_DIR}/home/HomePage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/home/HomePage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/home/OpenRowsBox.cpp ${CMAKE_CURRENT_SOURCE_DIR}/home/OpenRowsBox.h
    ${CMAKE_CURRENT_SOURCE_DIR}/home/PracticePanel.cpp ${CMAKE_CURRENT_SOURCE_DIR}/home/PracticePanel.h
    ${CMAKE_CURRENT_SOURCE_DIR}/home/RupeeText.cpp ${CMAKE_CURRENT_SOURCE_DIR}/home/RupeeText.h
    ${CMAKE_CURRENT_SOURCE_DIR}/home/TileCard.cpp ${CMAKE_CURRENT_SOURCE_DIR}/home/TileCard.h
    ${CMAKE_CURRENT_SOURCE_DIR}/home/TillStatus.cpp ${CMAKE_CURRENT_SOURCE_DIR}/home/TillStatus.h
)
