# SPDX-License-Identifier: GPL-3.0-or-later
# Training's guide (hints per step, from the practice world's samples) and its practice scenarios with their judge.
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/training/Practice.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/training/Practice.h
    ${CMAKE_CURRENT_SOURCE_DIR}/training/PracticeScenario.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/training/PracticeScenario.h
    ${CMAKE_CURRENT_SOURCE_DIR}/training/PreflightScenarios.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/training/TrainingGuide.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/training/TrainingGuide.h
)
