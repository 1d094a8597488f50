# SPDX-License-Identifier: GPL-3.0-or-later
# Issue #18: the one pre-flight step before the finger (verdict go/warn/stop with reasons), the classification of
# Eko's answers by code and reason text, and the counter's memory of customers' banks and fingers (journal v6).
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/preflight/AnswerClassifier.cpp ${CMAKE_CURRENT_SOURCE_DIR}/preflight/AnswerClassifier.h
    ${CMAKE_CURRENT_SOURCE_DIR}/preflight/CustomerMemory.cpp ${CMAKE_CURRENT_SOURCE_DIR}/preflight/CustomerMemory.h
    ${CMAKE_CURRENT_SOURCE_DIR}/preflight/CustomerMemoryService.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/preflight/CustomerMemoryService.h
    ${CMAKE_CURRENT_SOURCE_DIR}/preflight/Preflight.cpp ${CMAKE_CURRENT_SOURCE_DIR}/preflight/Preflight.h
)
# How Eko's answers are classified (AnswerClassifier::builtIn): :/saathi/eko/answer-classes.json.
qt_add_resources(saathi_core "saathi_preflight_answer_classes"
    PREFIX "/saathi/eko"
    BASE "${PROJECT_SOURCE_DIR}/resources/eko"
    FILES "${PROJECT_SOURCE_DIR}/resources/eko/answer-classes.json"
)
