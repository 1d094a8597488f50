# SPDX-License-Identifier: GPL-3.0-or-later
# The home page: tiles (made cards by TileCard), the AePS lock, unresolved transactions.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/home/HomePage.cpp ${CMAKE_CURRENT_SOURCE_DIR}/home/HomePage.h
    ${CMAKE_CURRENT_SOURCE_DIR}/home/RupeeText.cpp ${CMAKE_CURRENT_SOURCE_DIR}/home/RupeeText.h
    ${CMAKE_CURRENT_SOURCE_DIR}/home/TileCard.cpp ${CMAKE_CURRENT_SOURCE_DIR}/home/TileCard.h
)
