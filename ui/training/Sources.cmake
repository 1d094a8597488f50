# SPDX-License-Identifier: GPL-3.0-or-later
# Training's hint line (what to type in the practice world), shown at the top of each step while in training.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/training/HintLine.cpp ${CMAKE_CURRENT_SOURCE_DIR}/training/HintLine.h
)
