# SPDX-License-Identifier: GPL-3.0-or-later
# Small widgets the screens share: the masked Aadhaar field.
target_sources(saathi_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/widgets/AadhaarLineEdit.cpp ${CMAKE_CURRENT_SOURCE_DIR}/widgets/AadhaarLineEdit.h
)
