# SPDX-License-Identifier: GPL-3.0-or-later
# The device interface (BiometricDevice, its jobs and value types), RD error messages and the safe RD XML parser.
# rd_service/ implements the interface; ui/ and flows use only these headers.
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/device/BiometricDevice.cpp ${CMAKE_CURRENT_SOURCE_DIR}/device/BiometricDevice.h
    ${CMAKE_CURRENT_SOURCE_DIR}/device/DeviceErrors.cpp ${CMAKE_CURRENT_SOURCE_DIR}/device/DeviceErrors.h
    ${CMAKE_CURRENT_SOURCE_DIR}/device/DeviceTypes.cpp ${CMAKE_CURRENT_SOURCE_DIR}/device/DeviceTypes.h
    ${CMAKE_CURRENT_SOURCE_DIR}/device/QualityGate.cpp ${CMAKE_CURRENT_SOURCE_DIR}/device/QualityGate.h
    ${CMAKE_CURRENT_SOURCE_DIR}/device/PidFile.cpp ${CMAKE_CURRENT_SOURCE_DIR}/device/PidFile.h
    ${CMAKE_CURRENT_SOURCE_DIR}/device/RdSettings.h
    ${CMAKE_CURRENT_SOURCE_DIR}/device/RdXml.cpp ${CMAKE_CURRENT_SOURCE_DIR}/device/RdXml.h
    ${CMAKE_CURRENT_SOURCE_DIR}/device/Finger.cpp ${CMAKE_CURRENT_SOURCE_DIR}/device/Finger.h
    ${CMAKE_CURRENT_SOURCE_DIR}/device/FingerCapture.cpp ${CMAKE_CURRENT_SOURCE_DIR}/device/FingerCapture.h
    ${CMAKE_CURRENT_SOURCE_DIR}/device/RecoveringCaptureJob.cpp ${CMAKE_CURRENT_SOURCE_DIR}/device/RecoveringCaptureJob.h
)
