# SPDX-License-Identifier: GPL-3.0-or-later
# The agent's standing with Eko (eKYC once, daily biometric login every IST day), the flows that change it, and the
# agent's E-value balance, and the strike guard before the agent's own finger (issue #18).
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/agent/AgentIdentity.h
    ${CMAKE_CURRENT_SOURCE_DIR}/agent/AgentSession.cpp ${CMAKE_CURRENT_SOURCE_DIR}/agent/AgentSession.h
    ${CMAKE_CURRENT_SOURCE_DIR}/agent/DailyLoginFlow.cpp ${CMAKE_CURRENT_SOURCE_DIR}/agent/DailyLoginFlow.h
    ${CMAKE_CURRENT_SOURCE_DIR}/agent/EkycFlow.cpp ${CMAKE_CURRENT_SOURCE_DIR}/agent/EkycFlow.h
    ${CMAKE_CURRENT_SOURCE_DIR}/agent/StrikeGuard.cpp ${CMAKE_CURRENT_SOURCE_DIR}/agent/StrikeGuard.h
    ${CMAKE_CURRENT_SOURCE_DIR}/agent/WalletService.cpp ${CMAKE_CURRENT_SOURCE_DIR}/agent/WalletService.h
)
