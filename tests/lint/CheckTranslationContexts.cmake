# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DSOURCE_DIR=<repo> -P CheckTranslationContexts.cmake
# A text shows in Hindi only when the context it is looked up under at run time is the one lupdate filed it under.
# Fails on: a local tr() wrapper (a function or lambda named tr: lupdate files its callers under the enclosing
# namespace or class, while the wrapper looks them up under its own context; use Q_DECLARE_TR_FUNCTIONS), and on
# QCoreApplication::translate("X", <not a literal>) in a file with no QT_TRANSLATE_NOOP("X", …) (lupdate never sees
# a text passed through a helper unless the literal is marked where it is written).
cmake_minimum_required(VERSION 3.25)
set(errors "")
set(ws "[ \t\r\n]*")
foreach(dir app core print rd_service sandbox ui)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${dir}/*.cpp" "${SOURCE_DIR}/${dir}/*.h")
    foreach(f ${files})
        file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
        file(READ "${f}" text)
        if(text MATCHES "QString${ws}tr${ws}\\(${ws}const${ws}char" OR text MATCHES "auto${ws}tr${ws}=${ws}\\[")
            list(APPEND errors "${rel}: local tr() wrapper (declare the context with Q_DECLARE_TR_FUNCTIONS)")
        endif()
        string(REGEX MATCHALL "translate${ws}\\(${ws}\"[^\"]*\"${ws},${ws}[^\" \t\r\n]" calls "${text}")
        foreach(call ${calls})
            string(REGEX REPLACE "^translate${ws}\\(${ws}\"([^\"]*)\".*" "\\1" context "${call}")
            if(NOT text MATCHES "QT_TRANSLATE_NOOP${ws}\\(${ws}\"${context}\"")
                list(APPEND errors
                    "${rel}: translate(\"${context}\", <variable>) without QT_TRANSLATE_NOOP(\"${context}\", …) at the literals")
            endif()
        endforeach()
    endforeach()
endforeach()

if(errors)
    list(JOIN errors "\n  " report)
    message(FATAL_ERROR "translation context lint failed:\n  ${report}")
endif()
message(STATUS "translation context lint: clean")
