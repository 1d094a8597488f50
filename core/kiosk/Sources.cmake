# SPDX-License-Identifier: GPL-3.0-or-later
# Kiosk rules without widgets: the PIN lockout on the injected clock (security.md K-2), and PIN checks off the UI
# thread.
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/kiosk/PinLockout.cpp ${CMAKE_CURRENT_SOURCE_DIR}/kiosk/PinLockout.h
    ${CMAKE_CURRENT_SOURCE_DIR}/kiosk/PinService.cpp ${CMAKE_CURRENT_SOURCE_DIR}/kiosk/PinService.h
)
