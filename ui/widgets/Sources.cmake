# SPDX-License-Identifier: GPL-3.0-or-later
# Small widgets the screens share: the masked Aadhaar field, the file chooser a test can answer, the capture panel and
# its finger picker.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/widgets/AadhaarLineEdit.cpp ${CMAKE_CURRENT_SOURCE_DIR}/widgets/AadhaarLineEdit.h
    ${CMAKE_CURRENT_SOURCE_DIR}/widgets/ScrollingForm.cpp ${CMAKE_CURRENT_SOURCE_DIR}/widgets/ScrollingForm.h
    ${CMAKE_CURRENT_SOURCE_DIR}/widgets/FileChooser.cpp ${CMAKE_CURRENT_SOURCE_DIR}/widgets/FileChooser.h
    ${CMAKE_CURRENT_SOURCE_DIR}/widgets/CapturePanel.cpp ${CMAKE_CURRENT_SOURCE_DIR}/widgets/CapturePanel.h
    ${CMAKE_CURRENT_SOURCE_DIR}/widgets/FingerPicker.cpp ${CMAKE_CURRENT_SOURCE_DIR}/widgets/FingerPicker.h
)
