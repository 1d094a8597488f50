# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings, hardening and Qt strictness applied to every Saathi target through one interface library.
add_library(saathi_build_flags INTERFACE)
target_compile_definitions(saathi_build_flags INTERFACE
    QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>
    _GLIBCXX_ASSERTIONS)
target_include_directories(saathi_build_flags INTERFACE "${PROJECT_BINARY_DIR}/generated")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(saathi_build_flags INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough -fstack-protector-strong
        $<$<BOOL:${SAATHI_WERROR}>:-Werror>)
    if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
        # Full RELRO, as Debian's hardening=+all (lintian: hardening-no-bindnow): the GOT is read-only once started.
        target_link_options(saathi_build_flags INTERFACE -Wl,-z,relro -Wl,-z,now)
    endif()
    if(SAATHI_FUZZ)
        # libFuzzer's coverage in every Saathi object; only the fuzz targets link libFuzzer's main
        # (-fsanitize=fuzzer, tests/fuzz), so the asan-labelled Qt tests build and run from the same objects.
        if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
            message(FATAL_ERROR "SAATHI_FUZZ needs clang++ (libFuzzer): -DCMAKE_CXX_COMPILER=clang++ or the fuzz preset")
        endif()
        target_compile_options(saathi_build_flags INTERFACE -fsanitize=fuzzer-no-link,address,undefined
            -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(saathi_build_flags INTERFACE -fsanitize=address,undefined)
    elseif(SAATHI_ASAN)
        target_compile_options(saathi_build_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(saathi_build_flags INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(saathi_build_flags INTERFACE /W4 /permissive- $<$<BOOL:${SAATHI_WERROR}>:/WX>)
endif()
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()
