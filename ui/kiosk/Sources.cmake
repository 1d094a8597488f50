# SPDX-License-Identifier: GPL-3.0-or-later
# Kiosk mode: idle lock (InactivityWatcher + LockScreen) and the full-screen, close-guarded window (KioskController).
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/kiosk/InactivityWatcher.cpp ${CMAKE_CURRENT_SOURCE_DIR}/kiosk/InactivityWatcher.h
    ${CMAKE_CURRENT_SOURCE_DIR}/kiosk/KioskController.cpp ${CMAKE_CURRENT_SOURCE_DIR}/kiosk/KioskController.h
    ${CMAKE_CURRENT_SOURCE_DIR}/kiosk/LockScreen.cpp ${CMAKE_CURRENT_SOURCE_DIR}/kiosk/LockScreen.h
)
