# SPDX-License-Identifier: GPL-3.0-or-later
# The adapters between the Eko client and the journal: an answer as a journal outcome, and the inquirer the
# reconciler asks. core/eko stays Eko's client only; core/journal knows no Eko.
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/reconcile/EkoJournalOutcome.cpp ${CMAKE_CURRENT_SOURCE_DIR}/reconcile/EkoJournalOutcome.h
    ${CMAKE_CURRENT_SOURCE_DIR}/reconcile/EkoTransactionInquirer.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/reconcile/EkoTransactionInquirer.h
)
