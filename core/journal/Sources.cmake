# SPDX-License-Identifier: GPL-3.0-or-later
# The transaction journal: SQLite store, schema migrations, state machine, reconciliation, history, CSV.
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/CsvExport.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/CsvExport.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/DailySummary.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/DailySummary.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/EventChain.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/EventChain.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/HistoryQuery.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/HistoryQuery.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/InquirerFactory.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/InquirerFactory.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalDatabase.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalDatabase.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalErrors.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalErrors.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalEnvironment.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalEnvironment.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalJson.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalJson.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalPaths.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalPaths.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalSchema.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalSchema.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalService.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalService.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalStore.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalStore.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalStoreEnvironment.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalStoreHousekeeping.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalStoreLookups.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/LegacyJournalMigration.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/LegacyJournalMigration.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalTypes.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/JournalTypes.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/RawBodySanitizer.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/RawBodySanitizer.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/ReconcilePolicy.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/ReconcilePolicy.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/Reconciler.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/Reconciler.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/SqliteFailure.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/SqliteFailure.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/SqlUtil.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/SqlUtil.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/TransactionInquirer.cpp ${CMAKE_CURRENT_SOURCE_DIR}/journal/TransactionInquirer.h
    ${CMAKE_CURRENT_SOURCE_DIR}/journal/TransactionRecord.h
)
