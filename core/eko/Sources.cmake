# SPDX-License-Identifier: GPL-3.0-or-later
# The Eko client: endpoint catalogue, signing and encoding, envelope parsing, error messages, typed operations.
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/eko/EkoClient.cpp ${CMAKE_CURRENT_SOURCE_DIR}/eko/EkoClient.h
    ${CMAKE_CURRENT_SOURCE_DIR}/eko/WireFields.cpp ${CMAKE_CURRENT_SOURCE_DIR}/eko/WireFields.h
    ${CMAKE_CURRENT_SOURCE_DIR}/eko/WireBody.cpp ${CMAKE_CURRENT_SOURCE_DIR}/eko/WireBody.h
    ${CMAKE_CURRENT_SOURCE_DIR}/eko/EkoConfig.h
    ${CMAKE_CURRENT_SOURCE_DIR}/eko/EkoEnvelope.cpp ${CMAKE_CURRENT_SOURCE_DIR}/eko/EkoEnvelope.h
    ${CMAKE_CURRENT_SOURCE_DIR}/eko/EkoErrors.cpp ${CMAKE_CURRENT_SOURCE_DIR}/eko/EkoErrors.h
    ${CMAKE_CURRENT_SOURCE_DIR}/eko/EkoJob.cpp ${CMAKE_CURRENT_SOURCE_DIR}/eko/EkoJob.h
    ${CMAKE_CURRENT_SOURCE_DIR}/eko/EkoRequest.cpp ${CMAKE_CURRENT_SOURCE_DIR}/eko/EkoRequest.h
    ${CMAKE_CURRENT_SOURCE_DIR}/eko/EkoResponse.h
    ${CMAKE_CURRENT_SOURCE_DIR}/eko/OneShotBody.cpp ${CMAKE_CURRENT_SOURCE_DIR}/eko/OneShotBody.h
    ${CMAKE_CURRENT_SOURCE_DIR}/eko/EndpointCatalogue.cpp ${CMAKE_CURRENT_SOURCE_DIR}/eko/EndpointCatalogue.h
    ${CMAKE_CURRENT_SOURCE_DIR}/eko/SpkiPins.cpp ${CMAKE_CURRENT_SOURCE_DIR}/eko/SpkiPins.h
    ${CMAKE_CURRENT_SOURCE_DIR}/eko/TransportPolicy.cpp ${CMAKE_CURRENT_SOURCE_DIR}/eko/TransportPolicy.h
)
qt_add_resources(saathi_core "saathi_eko_catalogue"
    PREFIX "/saathi/eko"
    BASE "${PROJECT_SOURCE_DIR}/resources/eko"
    FILES "${PROJECT_SOURCE_DIR}/resources/eko/endpoints.json"
)
target_sources(saathi_core PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/eko/AepsOperations.cpp ${CMAKE_CURRENT_SOURCE_DIR}/eko/AepsOperations.h
    ${CMAKE_CURRENT_SOURCE_DIR}/eko/AepsTransaction.cpp ${CMAKE_CURRENT_SOURCE_DIR}/eko/AepsTransaction.h
    ${CMAKE_CURRENT_SOURCE_DIR}/eko/AgentOperations.cpp ${CMAKE_CURRENT_SOURCE_DIR}/eko/AgentOperations.h
    ${CMAKE_CURRENT_SOURCE_DIR}/eko/ToolsOperations.cpp ${CMAKE_CURRENT_SOURCE_DIR}/eko/ToolsOperations.h
)
