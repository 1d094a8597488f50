# SPDX-License-Identifier: GPL-3.0-or-later
# The counter's service bundle and the agent's session (daily login, eKYC), shared by the flows and the screens.
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/counter/CounterServices.h
)
