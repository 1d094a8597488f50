# SPDX-License-Identifier: GPL-3.0-or-later
# Issue #19: stuck money chased for the customer — RBI's turnaround rules as data, the claim slip, the row's clock and
# the returning customer's answer.
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/claims/ClaimRules.cpp ${CMAKE_CURRENT_SOURCE_DIR}/claims/ClaimRules.h
    ${CMAKE_CURRENT_SOURCE_DIR}/claims/ClaimService.cpp ${CMAKE_CURRENT_SOURCE_DIR}/claims/ClaimService.h
    ${CMAKE_CURRENT_SOURCE_DIR}/claims/ClaimSlip.cpp ${CMAKE_CURRENT_SOURCE_DIR}/claims/ClaimSlip.h
    ${CMAKE_CURRENT_SOURCE_DIR}/claims/StuckMoney.cpp ${CMAKE_CURRENT_SOURCE_DIR}/claims/StuckMoney.h
)
# The built-in turnaround rules (ClaimRules::builtIn): :/saathi/claims/turnaround-rules.json. The setting claims/rules
# names a replacement file.
qt_add_resources(saathi_core "saathi_claims_rules"
    PREFIX "/saathi/claims"
    BASE "${PROJECT_SOURCE_DIR}/resources/claims"
    FILES "${PROJECT_SOURCE_DIR}/resources/claims/turnaround-rules.json"
)
