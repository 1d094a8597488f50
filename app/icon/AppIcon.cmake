# SPDX-License-Identifier: GPL-3.0-or-later
# The application icon: resources/icons/app/in.saathi.Saathi.svg is the one source. A small build tool renders it to
# the hicolor PNG sizes (build/app/icons/hicolor/<N>x<N>/apps/), which the window icon embeds and installer/ installs
# beside the SVG. Included from app/CMakeLists.txt, so the generated files live in the directory of saathi_app_gui.
find_package(Qt6 REQUIRED COMPONENTS Svg)
qt_add_executable(saathi-render-icon icon/RenderAppIcon.cpp)
target_link_libraries(saathi-render-icon PRIVATE Qt6::Gui Qt6::Svg saathi_build_flags)

set(SAATHI_APP_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/app/in.saathi.Saathi.svg" CACHE INTERNAL "")
set(SAATHI_APP_ICON_DIR "${CMAKE_CURRENT_BINARY_DIR}/icons/hicolor" CACHE INTERNAL "")
set(saathi_icon_sizes 16 24 32 48 64 128 256 512)
list(JOIN saathi_icon_sizes ", " saathi_icon_sizes_text)
set(saathi_icon_pngs "")
foreach(size ${saathi_icon_sizes})
    list(APPEND saathi_icon_pngs "${SAATHI_APP_ICON_DIR}/${size}x${size}/apps/in.saathi.Saathi.png")
endforeach()
add_custom_command(OUTPUT ${saathi_icon_pngs}
    COMMAND saathi-render-icon "${SAATHI_APP_ICON_SVG}" "${SAATHI_APP_ICON_DIR}" ${saathi_icon_sizes}
    DEPENDS saathi-render-icon "${SAATHI_APP_ICON_SVG}"
    COMMENT "Rendering the application icon at ${saathi_icon_sizes_text} px" VERBATIM)
target_sources(saathi_app_gui PRIVATE icon/AppIcon.cpp icon/AppIcon.h)
qt_add_resources(saathi_app_gui saathi_app_icon PREFIX "/icons/app" BASE "${SAATHI_APP_ICON_DIR}"
    FILES ${saathi_icon_pngs})
