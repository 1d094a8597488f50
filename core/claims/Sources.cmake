# SPDX-License-Identifier: GPL-3.0-or-later
# Issue #19: stuck money chased for the customer — RBI's turnaround rules as data, the claim slip, the row's clock and
# the returning customer's answer.
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/claims/ClaimRules.h
    ${CMAKE_CURRENT_SOURCE_DIR}/claims/ClaimService.h
    ${CMAKE_CURRENT_SOURCE_DIR}/claims/ClaimSlip.h
    ${CMAKE_CURRENT_SOURCE_DIR}/claims/StuckMoney.h
)
